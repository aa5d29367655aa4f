// resolve_events: event keys across documents, ranges that stay unknown, agreements joined
// by a range, story links for undated articles, other events, and each document's "now".
#include <doctest/doctest.h>

#include "tests/events/events_corpus.hpp"

using namespace crosscheck;
using namespace crosscheck::test;

namespace {

std::string front(const char* date) { return std::string("---\npublished: ") + date + "\n---\n"; }

// Two reports of one exchange day, in different words, with the same two distinctive counts.
const std::string dated_report =
    front("2025-06-12") +
    "On Tuesday Russia and Ukraine exchanged prisoners, with each side releasing 390 people, among them 270 "
    "soldiers each, officials said.\n";
const std::string undated_report =
    "Ukraine and Russia exchanged prisoners, with each side releasing 390 people, among them 270 soldiers each. "
    "Talks had been held a week earlier in Istanbul.\n";

}  // namespace

TEST_CASE("resolve_events exchange identity") {
  SUBCASE("two articles about the same exchange day share a key") {
    const auto corpus = resolve_articles({
        {"a.txt", front("2025-06-12") +
                      "On Tuesday Russia and Ukraine exchanged prisoners, with each side releasing 390 people.\n"},
        {"b.txt",
         front("2025-06-11") + "The two countries swapped 390 prisoners each on June 10, the ministry said.\n"},
    });
    const Claim& a = claim_in(corpus, "a.txt", ClaimKind::count, "390");
    const Claim& b = claim_in(corpus, "b.txt", ClaimKind::count, "390");
    CHECK(a.event.key == "exchange@2025-06-10");
    CHECK(b.event.key == a.event.key);
    CHECK(a.event.confidence >= 0.5);
    CHECK(b.event.confidence >= 0.5);
    CHECK(corpus.event_types.at("exchange@2025-06-10") == "exchange");
    CHECK(iso_date(corpus.event_dates.at("exchange@2025-06-10")) == "2025-06-10");
  }
  SUBCASE("a count in a sentence of another month is not the page's exchange") {
    const auto corpus = resolve_articles({
        {"m.txt", front("2025-09-11") + "The government freed 52 prisoners on Wednesday.\n\n"
                                        "In March, 14 prisoners were freed after talks.\n"},
    });
    CHECK(claim_in(corpus, "m.txt", ClaimKind::count, "52").event.key == "exchange@2025-09-10");
    CHECK(claim_in(corpus, "m.txt", ClaimKind::count, "14").event.key != "exchange@2025-09-10");
  }
  SUBCASE("exchanges on different days get different keys") {
    const auto corpus = resolve_articles({
        {"a.txt", front("2025-06-12") +
                      "On Tuesday Russia and Ukraine exchanged prisoners, with each side releasing 390 people.\n"},
        {"c.txt", front("2025-06-21") + "On Friday the two sides exchanged 500 prisoners each.\n"},
    });
    CHECK(claim_in(corpus, "a.txt", ClaimKind::count, "390").event.key == "exchange@2025-06-10");
    CHECK(claim_in(corpus, "c.txt", ClaimKind::count, "500").event.key == "exchange@2025-06-20");
  }
  SUBCASE("an exchange dated only to last week stays unknown, with the reason") {
    const auto corpus = resolve_articles({
        {"d.txt",
         front("2025-06-21") + "Officials described last week's exchange as smooth; 120 people were freed in it.\n"},
        {"a.txt", dated_report},
    });
    const Claim& week = claim_in(corpus, "d.txt", ClaimKind::date, "last week");
    CHECK(week.event.key.empty());
    CHECK(week.event.reason.find("unknown") == 0);
    CHECK(week.event.reason.find("2025-06-09..2025-06-15") != std::string::npos);
    const Claim& count = claim_in(corpus, "d.txt", ClaimKind::count, "120");
    CHECK(count.event.key.empty());
    CHECK(count.event.reason.find("unknown") == 0);
  }
}

TEST_CASE("resolve_events agreements") {
  const std::string signed_last_week =
      front("2025-06-21") +
      "Negotiators signed an agreement in Istanbul last week. On Friday the two sides exchanged 500 prisoners each.\n";
  SUBCASE("a range joins the only agreement dated to a day inside it") {
    const auto corpus = resolve_articles({
        {"e.txt", signed_last_week},
        {"f.txt", front("2025-06-14") + "The agreement was signed in Istanbul on June 12, officials said.\n"},
    });
    const Claim& week = claim_in(corpus, "e.txt", ClaimKind::date, "last week");
    CHECK(week.event.key == "agreement@2025-06-12");
    CHECK(week.event.reason.find("the only agreement") != std::string::npos);
    // The exchange of the same article keeps its own day.
    CHECK(claim_in(corpus, "e.txt", ClaimKind::count, "500").event.key == "exchange@2025-06-20");
  }
  SUBCASE("a range holding two agreement days stays unknown") {
    const auto corpus = resolve_articles({
        {"e.txt", signed_last_week},
        {"f.txt", front("2025-06-14") + "The agreement was signed in Istanbul on June 12, officials said.\n"},
        {"g.txt", front("2025-06-15") + "A second agreement was reached in Geneva on June 14, diplomats said.\n"},
    });
    const Claim& week = claim_in(corpus, "e.txt", ClaimKind::date, "last week");
    CHECK(week.event.key.empty());
    CHECK(week.event.reason.find("several") != std::string::npos);
  }
  SUBCASE("a range with no dated agreement inside keeps its own range key") {
    const auto corpus = resolve_articles({{"e.txt", signed_last_week}});
    CHECK(claim_in(corpus, "e.txt", ClaimKind::date, "last week").event.key == "agreement@2025-06-09..2025-06-15");
  }
}

TEST_CASE("resolve_events story links") {
  SUBCASE("an undated article sharing two exact counts inherits the date") {
    const auto corpus = resolve_articles({{"a.txt", dated_report}, {"h.txt", undated_report}});
    const auto& h = context_of(corpus, "h.txt");
    CHECK(h.focus == "exchange@2025-06-10");
    CHECK(explains(h.explain, "story link: same story as a.txt"));
    const Claim& count = claim_in(corpus, "h.txt", ClaimKind::count, "390");
    CHECK(count.event.key == "exchange@2025-06-10");
    CHECK(count.event.confidence < claim_in(corpus, "a.txt", ClaimKind::count, "390").event.confidence);
  }
  SUBCASE("a page published before the story's day is not of that story") {
    const auto corpus = resolve_articles({{"a.txt", dated_report}, {"h.txt", front("2024-06-12") + undated_report}});
    CHECK(context_of(corpus, "h.txt").focus != "exchange@2025-06-10");
  }
  SUBCASE("a narrative-relative date resolves against the inherited date") {
    const auto corpus = resolve_articles({{"a.txt", dated_report}, {"h.txt", undated_report}});
    const Claim& earlier = claim_in(corpus, "h.txt", ClaimKind::date, "a week earlier");
    const auto& v = std::get<DateValue>(earlier.value);
    CHECK(v.relative);
    CHECK(v.resolution.find("2025-06-10") != std::string::npos);
    // Seven days before the exchange lies inside the resolved range, and nothing after it.
    CHECK(v.lo <= *parse_iso_date("2025-06-03"));
    CHECK(v.hi >= *parse_iso_date("2025-06-03"));
    CHECK(v.hi < *parse_iso_date("2025-06-10"));
  }
  SUBCASE("the undated article alone stays undated, and so does its relative date") {
    const auto corpus = resolve_articles({{"h.txt", undated_report}});
    CHECK(context_of(corpus, "h.txt").focus.empty());
    CHECK(claim_in(corpus, "h.txt", ClaimKind::count, "390").event.key.empty());
    const Claim& earlier = claim_in(corpus, "h.txt", ClaimKind::date, "a week earlier");
    CHECK(explains(earlier.explain, "unresolved"));
  }
  SUBCASE("one shared count is not a story link") {
    const auto corpus = resolve_articles({
        {"a.txt", dated_report},
        {"k.txt", "Ukraine and Russia exchanged prisoners, with each side releasing 390 people.\n"},
    });
    CHECK(context_of(corpus, "k.txt").focus.empty());
    CHECK(claim_in(corpus, "k.txt", ClaimKind::count, "390").event.key.empty());
  }
  SUBCASE("matching two dated stories is ambiguous and stays undated") {
    const std::string other_day =
        front("2025-06-19") +
        "On Tuesday the two countries exchanged prisoners again, with each side releasing 390 people, among them 270 "
        "soldiers each.\n";
    const auto corpus = resolve_articles({{"a.txt", dated_report}, {"h.txt", undated_report}, {"m.txt", other_day}});
    CHECK(claim_in(corpus, "m.txt", ClaimKind::count, "390").event.key == "exchange@2025-06-17");
    const auto& h = context_of(corpus, "h.txt");
    CHECK(h.focus.empty());
    CHECK(explains(h.explain, "ambiguous"));
    CHECK(claim_in(corpus, "h.txt", ClaimKind::count, "390").event.key.empty());
  }
}

TEST_CASE("resolve_events name links") {
  // A named storm is one storm: an undated page that names the storm a dated report names is
  // that report's story, with no figure in common.
  const std::string dated = front("2031-09-17") +
                            "Hurricane Orla made landfall on Tuesday in Belize, killing at least four people. "
                            "Hurricane Ivo of 2012 had been weaker.\n";
  const std::string undated =
      "Heavy rain lashed the coast on Tuesday as Hurricane Orla came ashore, officials said. Two people were "
      "killed in Belize.\n";
  SUBCASE("the storm's name links the undated page to the dated report") {
    const auto corpus = resolve_articles({{"a.txt", dated}, {"u.txt", undated}});
    const auto& u = context_of(corpus, "u.txt");
    CHECK(u.focus == "storm@2031-09-16");
    CHECK(explains(u.explain, "story link: names the storm 'Orla', as a.txt does"));
    CHECK(claim_in(corpus, "u.txt", ClaimKind::count, "Two").event.key == "storm@2031-09-16");
    // the storm's day named by its weekday ("on Tuesday", as 2031-09-16 was): news writes a
    // weekday only in the week after a day, so the page is of that week and its weekdays read
    const Claim& tuesday = claim_in(corpus, "u.txt", ClaimKind::date, "Tuesday");
    CHECK(iso_date(std::get<DateValue>(tuesday.value).lo) == "2031-09-16");
    CHECK(explains(u.explain, "by the weekday 2031-09-16 was ('Tuesday')"));
  }
  SUBCASE("a named storm is covered for weeks: a page that does not name its day by a weekday is of any") {
    const std::string later =
        "Hurricane Orla came ashore in Belize, officials said. Two people were killed in Belize, the "
        "police said on Monday.\n";
    const auto corpus = resolve_articles({{"a.txt", dated}, {"u.txt", later}});
    CHECK(context_of(corpus, "u.txt").focus == "storm@2031-09-16");
    const Claim& monday = claim_in(corpus, "u.txt", ClaimKind::date, "Monday");
    CHECK_FALSE(std::get<DateValue>(monday.value).lo.ok());
    CHECK_FALSE(claim_in(corpus, "u.txt", ClaimKind::count, "Two").as_of);
  }
  SUBCASE("another weekday than the storm's day's says nothing of the week") {
    const std::string other_day =
        "Heavy rain lashed the coast on Thursday as Hurricane Orla came ashore, officials said. Two people "
        "were killed in Belize.\n";
    const auto corpus = resolve_articles({{"a.txt", dated}, {"u.txt", other_day}});
    CHECK_FALSE(explains(context_of(corpus, "u.txt").explain, "story calendar"));
  }
  SUBCASE("a name that dated reports give two days says nothing") {
    const std::string other = front("2031-09-20") + "Hurricane Orla struck Cuba on Friday, killing two people.\n";
    const auto corpus = resolve_articles({{"a.txt", dated}, {"b.txt", other}, {"u.txt", undated}});
    CHECK(context_of(corpus, "u.txt").focus == "storm@page:u.txt");  // its own moment, no story's day
  }
  SUBCASE("a storm the dated report names in passing is not its story") {
    const std::string passing =
        "Heavy rain lashed the coast on Tuesday as Hurricane Ivo came ashore, officials said.\n";
    const auto corpus = resolve_articles({{"a.txt", dated}, {"u.txt", passing}});
    CHECK(context_of(corpus, "u.txt").focus == "storm@page:u.txt");
  }
}

TEST_CASE("resolve_events other events") {
  SUBCASE("a previous swap never inherits the focus date") {
    const auto corpus = resolve_articles({
        {"p.txt", front("2025-06-12") +
                      "On Tuesday the sides exchanged 390 prisoners each. A previous swap freed 95 soldiers.\n"},
    });
    CHECK(claim_in(corpus, "p.txt", ClaimKind::count, "390").event.key == "exchange@2025-06-10");
    const Claim& previous = claim_in(corpus, "p.txt", ClaimKind::count, "95");
    CHECK(previous.event.key.empty());
    CHECK(previous.event.reason.find("another exchange") != std::string::npos);
  }
  SUBCASE("further exchanges in a later paragraph stay apart too") {
    const auto corpus = resolve_articles({
        {"p.txt", front("2025-06-12") +
                      "On Tuesday the sides exchanged 390 prisoners each.\n\n"
                      "Further exchanges are planned for July, officials said, and 300 prisoners are on the lists.\n"},
    });
    const Claim& further = claim_in(corpus, "p.txt", ClaimKind::count, "300");
    CHECK(further.event.type == "exchange");
    CHECK(further.event.key.empty());
  }
}

TEST_CASE("resolve_events: a sentence about another exchange lends none of its event words the article's day") {
  SUBCASE("a dash after another exchange's day") {
    const auto corpus = resolve_articles({
        {"p.txt", front("2025-06-12") +
                      "Norland received another 150 prisoners on Tuesday in the second exchange of the deal.\n\n"
                      "The first exchange took place on June 9 - 120 soldiers returned home.\n"},
    });
    CHECK(claim_in(corpus, "p.txt", ClaimKind::count, "150").event.key == "exchange@2025-06-10");
    const Claim& first = claim_in(corpus, "p.txt", ClaimKind::count, "120");
    CHECK(first.event.key != "exchange@2025-06-10");
  }
  SUBCASE("'in exchange for' inside a sentence about the first exchange") {
    const auto corpus = resolve_articles({
        {"p.txt", front("2025-06-12") +
                      "On Tuesday the sides freed 200 prisoners for four soldiers.\n\n"
                      "The group had handed over three civilians in exchange for 90 prisoners in the first "
                      "exchange.\n"},
    });
    const Claim& earlier = claim_in(corpus, "p.txt", ClaimKind::count, "90");
    CHECK(earlier.event.key.empty());
    CHECK(earlier.event.reason.find("another exchange") != std::string::npos);
  }
}

TEST_CASE("resolve_events: the figure of two days of exchanges is a running total") {
  const auto corpus = resolve_articles({
      {"p.txt", front("2025-06-12") +
                    "Norland received 150 prisoners on Tuesday. In two days of exchanges, 270 soldiers were "
                    "returned to Norland.\n"},
  });
  const Claim& total = claim_in(corpus, "p.txt", ClaimKind::count, "270");
  CHECK((total.scope == Scope::cumulative || total.running));
}

TEST_CASE("resolve_events: the figure of 'these swaps' is a running total") {
  const auto corpus = resolve_articles({
      {"p.txt", front("2025-06-12") +
                    "Norland received 150 prisoners on Tuesday. This is the 58th swap. In total, 3,700 people have "
                    "been released from captivity as a result of these swaps.\n"},
  });
  const Claim& total = claim_in(corpus, "p.txt", ClaimKind::count, "3,700");
  CHECK((total.scope == Scope::cumulative || total.running));
}

TEST_CASE("resolve_events: a count a relative clause says is yet to be freed is the plan's") {
  const auto corpus = resolve_articles({
      {"p.txt", front("2025-06-12") +
                    "On Tuesday the group freed three captives. The exchange is the first of 30 captives that the "
                    "group has pledged to release in the first phase.\n"},
  });
  const Claim& planned = claim_in(corpus, "p.txt", ClaimKind::count, "30");
  CHECK(planned.event.key.empty());
  CHECK(planned.event.reason.find("plan") != std::string::npos);
}

TEST_CASE("resolve_events plans") {
  SUBCASE("a planned exchange with its own date is not the exchange of that day") {
    const auto corpus = resolve_articles({
        {"a.txt", front("2025-06-12") + "Officials said the two sides will exchange 200 prisoners each on June 13.\n"},
        {"b.txt", front("2025-06-14") + "On Friday the two countries swapped 250 prisoners each.\n"},
    });
    CHECK(claim_in(corpus, "b.txt", ClaimKind::count, "250").event.key == "exchange@2025-06-13");
    const Claim& planned = claim_in(corpus, "a.txt", ClaimKind::count, "200");
    CHECK(planned.event.key.empty());
    CHECK(planned.event.reason.find("planned") != std::string::npos);
  }
}

TEST_CASE("resolve_events document now") {
  SUBCASE("the published date") {
    const auto corpus = resolve_articles({{"a.txt", dated_report}});
    const auto& a = context_of(corpus, "a.txt");
    REQUIRE(a.now.has_value());
    CHECK(iso_date(*a.now) == "2025-06-12");
    CHECK_FALSE(a.now_is_lower_bound);
    CHECK(a.now_how.find("published 2025-06-12") == 0);
  }
  SUBCASE("without one, the main event's day is a lower bound") {
    const auto corpus = resolve_articles(
        {{"n.txt",
          "Prisoners were exchanged on 3 March 2025 after talks in Istanbul. Families waited at the border.\n"}});
    const auto& n = context_of(corpus, "n.txt");
    CHECK_FALSE(n.published.has_value());
    REQUIRE(n.now.has_value());
    CHECK(iso_date(*n.now) == "2025-03-03");
    CHECK(n.now_is_lower_bound);
    CHECK(n.now_how.find("main event") != std::string::npos);
  }
  SUBCASE("without a dated event, the latest date reported is a lower bound") {
    const auto corpus = resolve_articles(
        {{"n.txt",
          "Diplomats met on 3 March 2025 and again on 9 April 2025. Neither meeting produced a communique.\n"}});
    const auto& n = context_of(corpus, "n.txt");
    REQUIRE(n.now.has_value());
    CHECK(iso_date(*n.now) == "2025-04-09");
    CHECK(n.now_is_lower_bound);
    CHECK(n.now_how.find("latest date") != std::string::npos);
  }
  SUBCASE("nothing dated: no now at all") {
    const auto corpus = resolve_articles({{"n.txt", "Diplomats met again. Neither meeting produced a communique.\n"}});
    CHECK_FALSE(context_of(corpus, "n.txt").now.has_value());
  }
}

TEST_CASE("resolve_events: 'a day after the earthquake' counts from the earthquake, never dates it") {
  const auto corpus = resolve_articles({
      {"a.txt", front("2031-04-04") +
                    "Rescuers searched for dozens of people a day after Norland's strongest earthquake in decades "
                    "killed nine people. The earthquake struck on Wednesday morning.\n"},
  });
  const Claim& nine = claim_in(corpus, "a.txt", ClaimKind::count, "nine");
  CHECK(nine.event.key == "earthquake@2031-04-02");
  const Claim& after = claim_in(corpus, "a.txt", ClaimKind::date, "a day after");
  CHECK(explains(after.explain, "counts from the earthquake after it"));
}

TEST_CASE("resolve_events: a coming day dates what will happen then, never an event that has happened") {
  const auto corpus = resolve_articles({
      {"a.txt", front("2031-08-01") +
                    "The search for people who went missing in the floods will continue on Monday, officials "
                    "said. The floods struck on Tuesday and killed 40 people.\n"},
  });
  CHECK(context_of(corpus, "a.txt").focus == "flood@2031-07-29");
  const Claim& monday = claim_in(corpus, "a.txt", ClaimKind::date, "Monday");
  CHECK(explains(monday.explain, "is a coming day (future tense)"));
  // written on that Monday: still a coming time, not the floods' day
  const auto same_day = resolve_articles({
      {"b.txt", front("2031-08-04") +
                    "The search for people who went missing in the floods will continue on Monday, officials "
                    "said. The floods struck on Tuesday and killed 40 people.\n"},
  });
  CHECK(context_of(same_day, "b.txt").focus == "flood@2031-07-29");
}

TEST_CASE("resolve_events: an ordinal after a month is a day, not another event") {
  const auto corpus = resolve_articles({
      {"p.txt", front("2025-06-03") +
                    "The flood struck on Sunday. A June First weekend flood caused flash flooding that has killed "
                    "more than 80 people.\n"},
  });
  CHECK(claim_in(corpus, "p.txt", ClaimKind::count, "80").event.key == "flood@2025-06-01");
}
