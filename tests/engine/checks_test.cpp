// The shipped rules run over small in-memory corpora: for each check kind, what is flagged
// and what must not be (different events, agreement totals, qualifiers, cumulative figures),
// plus deterministic order and fingerprints, and duplicates collapsing into one finding.
#include <doctest/doctest.h>

#include "tests/support/shipped_rules.hpp"

#include <set>

#include <algorithm>
#include <utility>

#include "checker/claims/extract.hpp"
#include "checker/engine/engine.hpp"
#include "checker/events/events.hpp"
#include "checker/lexicon/lexicon.hpp"
#include "checker/text/document.hpp"

using namespace crosscheck;
using crosscheck::test::Articles;
using crosscheck::test::dump;
using crosscheck::test::findings_in;
using crosscheck::test::findings_of;
using crosscheck::test::of_rule;
using crosscheck::test::resolve_articles;
using crosscheck::test::shipped_rules;

namespace {

// The event key of the count in `path` whose text contains `needle`: an accepted scenario
// only proves something when both claims were extracted and keyed as expected.
std::string count_key(const ResolvedCorpus& corpus, std::string_view path, std::string_view needle) {
  for (const auto& c : corpus.claims)
    if (c.path == path && c.kind == ClaimKind::count && c.text.find(needle) != std::string::npos)
      return c.event.key.empty() ? "unknown (" + c.event.type + ")" : c.event.key.str();
  return "missing";
}

std::string front(const char* date) { return std::string("---\npublished: ") + date + "\n---\n"; }

// Reports of the exchange on Tuesday 2025-06-10, in several outlets' styles.
const std::string tuesday_390 =
    front("2025-06-12") + "On Tuesday Russia and Ukraine exchanged prisoners, with each side releasing 390 people.\n";
const std::string june10_307 =
    front("2025-06-11") + "The two countries swapped 307 prisoners each on June 10, the ministry said.\n";
const std::string june10_390 =
    front("2025-06-11") + "The two countries swapped 390 prisoners each on June 10, the ministry said.\n";

}  // namespace

TEST_CASE("count-mismatch") {
  SUBCASE("flagged: two counts for one exchange day") {
    const auto findings = findings_of({{"a.txt", tuesday_390}, {"b.txt", june10_307}});
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "count-mismatch");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->kind == "count_mismatch");
    CHECK(found[0]->level == Level::error);
    CHECK(found[0]->event == "exchange@2025-06-10");
    REQUIRE(found[0]->related.size() == 1);
    CHECK(found[0]->message.find("307") != std::string::npos);
    CHECK(found[0]->message.find("390") != std::string::npos);
  }
  SUBCASE("flagged: more than 1,000 against 990; a round 1,000 is a rounded figure and agrees") {
    const auto findings = findings_of({
        {"a.txt", front("2025-06-12") + "On Tuesday Russia and Ukraine exchanged more than 1,000 prisoners each.\n"},
        {"b.txt",
         front("2025-06-11") + "The two countries swapped 990 prisoners each on June 10, the ministry said.\n"},
        {"c.txt",
         front("2025-06-11") + "The two countries swapped 1,000 prisoners each on June 10, the ministry said.\n"},
    });
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "count-mismatch");
    REQUIRE(found.size() == 2);  // each of the others against 990, never 1,000 against more than 1,000
    for (const auto* f : found) CHECK(f->message.find("990") != std::string::npos);
  }
  SUBCASE("accepted: the same count in other words") {
    const auto findings = findings_of({{"a.txt", tuesday_390}, {"b.txt", june10_390}});
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
  SUBCASE("accepted: different stages of one exchange are different days") {
    const auto corpus = resolve_articles({
        {"a.txt", tuesday_390},
        {"b.txt", front("2025-06-14") +
                      "On Friday the two countries swapped 307 prisoners each, the second stage of the deal.\n"},
    });
    CHECK(count_key(corpus, "a.txt", "390") == "exchange@2025-06-10");
    CHECK(count_key(corpus, "b.txt", "307") == "exchange@2025-06-13");
    const auto findings = findings_in(corpus);
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
  SUBCASE("accepted: an agreement's totals against one day's swap") {
    const auto corpus = resolve_articles({
        {"a.txt", tuesday_390},
        {"b.txt",
         front("2025-06-11") + "On June 10 the sides carried out part of a deal to swap 1,000 prisoners each.\n"},
    });
    CHECK(count_key(corpus, "b.txt", "1,000").rfind("agreement", 0) == 0);
    const auto findings = findings_in(corpus);
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "count-mismatch").empty());
    CHECK(of_rule(findings, "scope-mismatch").empty());
  }
  SUBCASE("accepted: at least 3 against 3") {
    const auto corpus = resolve_articles({
        {"a.txt",
         front("2025-06-12") + "On Tuesday the sides exchanged prisoners; at least 3 women were among those freed.\n"},
        {"b.txt", front("2025-06-11") + "On June 10 the sides exchanged prisoners; 3 women were among those freed.\n"},
    });
    CHECK(count_key(corpus, "a.txt", "3 women") == "exchange@2025-06-10");
    CHECK(count_key(corpus, "b.txt", "3 women") == "exchange@2025-06-10");
    const auto findings = findings_in(corpus);
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
  SUBCASE("accepted: two sides' figures that do not say who gives and who receives") {
    const auto findings =
        findings_of({{"a.txt", front("2025-09-19") + "On Thursday Russia returned the bodies of 900 soldiers, while "
                                                     "Ukraine returned 31.\n"}});
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
  SUBCASE("accepted: groups of one list are different figures") {
    const auto findings =
        findings_of({{"a.txt", front("2025-04-20") + "On Saturday Ukraine brought home 240 soldiers: the returnees "
                                                     "include seven officers and 233 privates and sergeants.\n"}});
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
  SUBCASE("accepted: about 400 against 390") {
    const auto corpus = resolve_articles({
        {"a.txt", front("2025-06-12") + "On Tuesday Russia and Ukraine exchanged about 400 prisoners each.\n"},
        {"b.txt", june10_390},
    });
    CHECK(count_key(corpus, "a.txt", "400") == "exchange@2025-06-10");
    CHECK(count_key(corpus, "b.txt", "390") == "exchange@2025-06-10");
    const auto findings = findings_in(corpus);
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
}

TEST_CASE("scope-mismatch") {
  SUBCASE("flagged: a total of 390 against 390 per side") {
    const auto findings = findings_of({
        {"a.txt", front("2025-06-12") + "On Tuesday Russia and Ukraine exchanged a total of 390 prisoners.\n"},
        {"b.txt", june10_390},
    });
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "scope-mismatch");
    REQUIRE(found.size() == 1);
    // One source each: either may be the primary, the other is the note.
    REQUIRE(found[0]->related.size() == 1);
    CHECK(std::set<std::string>{found[0]->primary.path, found[0]->related[0].path} ==
          std::set<std::string>{"a.txt", "b.txt"});
    CHECK(found[0]->message.find("780") != std::string::npos);
    CHECK(of_rule(findings, "count-mismatch").empty());  // different scopes are never compared as equals
  }
  SUBCASE("flagged at the minority: one total against two per-side reports") {
    const auto findings = findings_of({
        {"a.txt", front("2025-06-12") + "On Tuesday Russia and Ukraine exchanged a total of 390 prisoners.\n"},
        {"b.txt", june10_390},
        {"c.txt", june10_390},
    });
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "scope-mismatch");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->primary.path == "a.txt");
    CHECK(found[0]->related.size() == 2);
  }
  SUBCASE("accepted: a total of 780 against 390 per side") {
    const auto findings = findings_of({
        {"a.txt", front("2025-06-12") + "On Tuesday Russia and Ukraine exchanged a total of 780 prisoners.\n"},
        {"b.txt", june10_390},
    });
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
  SUBCASE("accepted: a total above twice the per-side figure (people freed outside the swap)") {
    const auto findings = findings_of({
        {"a.txt", front("2025-06-12") + "On Tuesday Russia and Ukraine exchanged a total of 820 prisoners.\n"},
        {"b.txt", june10_390},
    });
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
  SUBCASE("accepted: the total of another day") {
    const auto findings = findings_of({
        {"a.txt", front("2025-06-21") + "On Friday Russia and Ukraine exchanged a total of 390 prisoners.\n"},
        {"b.txt", june10_390},
    });
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
}

TEST_CASE("cumulative-below-stage") {
  SUBCASE("flagged: a running total below one stage") {
    const auto findings = findings_of({
        {"a.txt", tuesday_390},
        {"b.txt",
         front("2025-06-11") +
             "On June 10 the sides exchanged more prisoners. In all, 300 people have been exchanged so far.\n"},
    });
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "cumulative-below-stage");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->primary.path == "b.txt");
  }
  SUBCASE("accepted: one side's running total below what the other side received in one stage") {
    const auto findings = findings_of({
        {"a.txt", front("2025-03-10") + "On Sunday, March 9, 2025, the militia freed five Israeli hostages and "
                                        "Israel released 150 Palestinian prisoners in the exchange.\n"},
        {"b.txt", front("2025-03-10") + "On Sunday, March 9, 2025, five Israeli hostages were freed in the "
                                        "exchange. In all, 21 Israeli hostages have been freed so far.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "cumulative-below-stage").empty());
  }
  SUBCASE("accepted: a running total that names no side below the other side's stage") {
    const auto findings = findings_of({
        {"a.txt", front("2025-03-10") + "On Sunday, March 9, 2025, Israel released 150 Palestinian prisoners in "
                                        "the exchange.\n"},
        {"b.txt", front("2025-03-10") + "On Sunday, March 9, 2025, the exchange went ahead. In the first two days, "
                                        "21 hostages have been freed so far.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "cumulative-below-stage").empty());
  }
  SUBCASE("accepted: a running total above the stage") {
    const auto findings = findings_of({
        {"a.txt", tuesday_390},
        {"b.txt",
         front("2025-06-11") +
             "On June 10 the sides exchanged more prisoners. In all, 780 people have been exchanged so far.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
  SUBCASE("accepted: cumulative and single stage in one article") {
    const auto corpus = resolve_articles({
        {"a.txt", front("2025-06-12") +
                      "On Tuesday Russia and Ukraine exchanged prisoners, with each side releasing 390 people. "
                      "Some 1,200 people have been swapped so far.\n"},
    });
    CHECK(count_key(corpus, "a.txt", "1,200") == count_key(corpus, "a.txt", "390"));
    const auto findings = findings_in(corpus);
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
}

TEST_CASE("sum-mismatch") {
  SUBCASE("flagged: soldiers and civilians add up to more than the released") {
    const auto findings = findings_of({
        {"a.txt", tuesday_390},
        {"b.txt", front("2025-06-11") + "On June 10 the sides handed over 270 soldiers and 150 civilians each.\n"},
    });
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "sum-mismatch");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->primary.path == "a.txt");
    CHECK(found[0]->message.find("420") != std::string::npos);
  }
  SUBCASE("accepted: a breakdown that leaves people out") {
    const auto findings = findings_of({
        {"a.txt", tuesday_390},
        {"b.txt", front("2025-06-11") + "On June 10 the sides handed over 270 soldiers and 110 civilians each.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
  SUBCASE("accepted: a breakdown of another day") {
    const auto findings = findings_of({
        {"a.txt", tuesday_390},
        {"b.txt", front("2025-06-21") + "On Friday the sides handed over 270 soldiers and 150 civilians each.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
}

TEST_CASE("weekday-mismatch") {
  SUBCASE("flagged: a weekday that is not the date's") {
    const auto findings = findings_of({{"a.txt", "On Friday, May 24, 2025, the two sides exchanged 150 prisoners.\n"}});
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "weekday-mismatch");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->kind == "weekday_mismatch");
    CHECK(found[0]->message.find("Saturday") != std::string::npos);
  }
  SUBCASE("accepted: the right weekday") {
    const auto findings = findings_of({{"a.txt", "On Friday, May 23, 2025, the two sides exchanged 150 prisoners.\n"}});
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
  SUBCASE("accepted: an undated page's year-less day, its year borrowed from another date it writes") {
    const auto findings =
        findings_of({{"a.txt",
                      "The rains broke the record set on March 3, 2016. The storm peaked on Tuesday, April 16, "
                      "officials said.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "weekday-mismatch").empty());
  }
  SUBCASE("accepted: a weekday alone, resolved from the published date") {
    const auto findings = findings_of({{"a.txt", tuesday_390}});
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
  SUBCASE("accepted: a weekday and another event's date in one sentence") {
    const auto findings =
        findings_of({{"a.txt", front("2025-07-04") + "Before Friday, the sides had held five swaps, the previous "
                                                     "one taking place on June 21.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "weekday-mismatch").empty());
  }
  SUBCASE("flagged: consecutive weekdays the tenses put a week apart") {
    // published on a Sunday: the past Friday and the coming Saturday are eight days apart
    const auto findings = findings_of(
        {{"a.txt", front("2025-05-25") + "The exchange started on Friday and will continue on Saturday.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "weekday-mismatch").size() == 1);
  }
  SUBCASE("accepted: a page with no date of its own, its weekdays read from its story's day") {
    // the undated page takes the storm's day from the dated report that names it; when it was
    // written is not known, so neither is how its tenses place its weekdays
    const auto findings = findings_of(
        {{"a.txt", front("2031-09-17") + "Hurricane Orla made landfall on Tuesday in Belize.\n"},
         {"u.txt",
          "Hurricane Orla came ashore in Belize. The storm is expected to reach Honduras late Tuesday or in the "
          "early hours of Wednesday.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "weekday-mismatch").empty());
  }
  SUBCASE("accepted: two weekdays joined by a conjunction share one reading") {
    const auto findings =
        findings_of({{"a.txt", front("2024-09-29") + "The remnants of the storm are expected to linger over the "
                                                     "region on Saturday and Sunday.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "weekday-mismatch").empty());
  }
  SUBCASE("accepted: a coming weekday and the next one it lasts through") {
    // published on a Tuesday: "go into effect Monday ... last through Tuesday" names the coming
    // Monday and the day after; the second weekday's tense is the first's, left unwritten
    const auto findings = findings_of(
        {{"a.txt", front("2025-01-21") + "A red flag warning is set to go into effect Monday at noon and last "
                                         "through Tuesday evening, forecasters said.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "weekday-mismatch").empty());
  }
}

TEST_CASE("event-date-mismatch") {
  const std::string may23 =
      front("2025-05-24") +
      "On May 23 each side released 390 people, among them 270 soldiers each and 120 civilians each.\n";
  SUBCASE("flagged: one story, three identical counts, two days") {
    const auto findings = findings_of({
        {"a.txt", may23},
        {"b.txt",
         front("2025-05-25") +
             "On May 24 the two sides freed 390 prisoners each, including 270 soldiers each and 120 civilians each.\n"},
    });
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "event-date-mismatch");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->kind == "date_mismatch");
    CHECK(found[0]->level == Level::warning);
  }
  SUBCASE("accepted: the same story on the same day") {
    const auto findings = findings_of({
        {"a.txt", may23},
        {"b.txt",
         front("2025-05-25") +
             "On May 23 the two sides freed 390 prisoners each, including 270 soldiers each and 120 civilians each.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
  SUBCASE("accepted: another exchange with other figures") {
    const auto findings = findings_of({
        {"a.txt", may23},
        {"b.txt", front("2025-06-11") + "On June 10 each side released 84 people, among them 60 soldiers each.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
}

TEST_CASE("superlative-conflict") {
  SUBCASE("flagged: the largest since 2022, but a larger one came before it") {
    const auto findings = findings_of({
        {"a.txt", front("2025-06-11") + "On June 10 each side released 500 prisoners.\n"},
        {"b.txt",
         front("2025-06-21") + "On June 20 each side released 300 prisoners, the largest exchange since 2022.\n"},
    });
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "superlative-conflict");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->primary.path == "b.txt");
    CHECK(found[0]->message.find("1,000") != std::string::npos);
  }
  SUBCASE("accepted: the larger one is before the period") {
    const auto findings = findings_of({
        {"a.txt", front("2025-06-11") + "On June 10 each side released 500 prisoners.\n"},
        {"b.txt",
         front("2025-06-21") + "On June 20 each side released 300 prisoners, the largest exchange since June 15.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
  SUBCASE("flagged: two exchanges each called the largest over periods that hold both") {
    // No sizes: neither figure tells which is larger. Every article on the later exchange is
    // flagged, with an article on the earlier one as its partner.
    std::vector<std::pair<std::string, std::string>> docs;
    for (const char* name : {"a1.txt", "a2.txt"})
      docs.emplace_back(name, front("2025-06-11") + "The prisoner exchange on June 10 was the largest since 2022.\n");
    for (const char* name : {"b1.txt", "b2.txt", "b3.txt"})
      docs.emplace_back(name,
                        front("2025-06-21") + "The prisoner exchange on June 20 was the largest since May 2025.\n");
    docs.emplace_back("c.txt",
                      front("2025-06-21") + "The prisoner exchange on June 20 was the largest since June 12, 2025.\n");
    const auto findings = findings_of(docs);
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "superlative-conflict");
    REQUIRE(found.size() == 3);
    for (std::size_t k = 0; k < found.size(); ++k) {
      CHECK(found[k]->primary.path == "b" + std::to_string(k + 1) + ".txt");  // c.txt's period starts after June 10
      REQUIRE(found[k]->related.size() == 1);
      CHECK(found[k]->related[0].path.rfind("a", 0) == 0);
      CHECK(found[k]->message.find("exchange@2025-06-10") != std::string::npos);
    }
  }
  SUBCASE("accepted: the larger one came later") {
    const auto findings = findings_of({
        {"a.txt", front("2025-06-29") + "On June 28 each side released 500 prisoners.\n"},
        {"b.txt",
         front("2025-06-21") + "On June 20 each side released 300 prisoners, the largest exchange since 2022.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
}

TEST_CASE("duration-mismatch") {
  SUBCASE("flagged as a warning: understated") {
    const auto findings = findings_of({
        {"a.txt", front("2025-06-12") + "Kyiv says the war, which has been going on for over two years, must end.\n"},
    });
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "duration-mismatch");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->level == Level::warning);
    CHECK(found[0]->message.find("understates") != std::string::npos);
  }
  SUBCASE("flagged as an error: overstated, with a known published date") {
    const auto findings = findings_of({
        {"a.txt",
         front("2025-06-12") + "Kyiv says the war, which has been going on for more than four years, must end.\n"},
    });
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "duration-mismatch");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->level == Level::error);
    CHECK(found[0]->message.find("overstates") != std::string::npos);
  }
  SUBCASE("accepted: a war that began after the page was written is not the one it tells of") {
    const auto findings = findings_of({
        {"a.txt", front("2019-12-29") + "Kyiv says the war, which has been going on for more than five years, must "
                                        "end.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "duration-mismatch").empty());
  }
  SUBCASE("accepted: a length as of the earlier day its sentence tells of") {
    const auto findings = findings_of({
        {"a.txt", front("2022-09-22") +
                      "In May 2022, when the Russian army took the steel plant in Ukraine after three "
                      "months of fighting, the siege ended.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "duration-mismatch").empty());
    // with no such day the same length understates the war at the article's date
    const auto undated = findings_of({
        {"a.txt",
         front("2022-09-22") + "The Russian army took the steel plant in Ukraine after three months of fighting.\n"},
    });
    CAPTURE(dump(undated));
    CHECK(of_rule(undated, "duration-mismatch").size() == 1);
  }
  SUBCASE("accepted: a length the war is coming to ('heads towards the two-year mark')") {
    const auto findings = findings_of({
        {"a.txt",
         front("2024-01-03") + "Ukraine and Russia swapped prisoners as the war heads towards the two-year mark.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "duration-mismatch").empty());
    // told as reached, the same length overstates it
    const auto reached = findings_of({
        {"a.txt", front("2024-01-03") + "Ukraine and Russia swapped prisoners as the war passed the two-year mark.\n"},
    });
    CAPTURE(dump(reached));
    CHECK(of_rule(reached, "duration-mismatch").size() == 1);
  }
  SUBCASE("accepted: overstated only against a lower bound for the date") {
    const auto findings = findings_of({
        {"a.txt",
         "Prisoners were exchanged on 3 March 2025. Kyiv says the war, which has been going on for more than "
         "four years, must end.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "duration-mismatch").empty());
  }
  SUBCASE("accepted: a fitting duration") {
    const auto findings = findings_of({
        {"a.txt",
         front("2025-06-12") + "Kyiv says the war, which has been going on for more than three years, must end.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
}

TEST_CASE("role-mismatch") {
  struct Row {
    const char* sentence;
    bool flagged;
  };
  const Row rows[] = {
      {"Former U.S. President Donald Trump said the talks were going well.", true},
      {"President Joe Biden said the talks were going well.", true},
      {"U.S. President Donald Trump said the talks were going well.", false},
      {"Former President Joe Biden said the talks were going well.", false},
      {"Russian Foreign Minister Sergei Lavrov said the talks were going well.", false},
  };
  for (const auto& row : rows) {
    CAPTURE(row.sentence);
    const auto findings = findings_of({{"a.txt", front("2025-05-23") + row.sentence + "\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "role-mismatch").size() == (row.flagged ? 1u : 0u));
  }
}

TEST_CASE("composition-mismatch") {
  const std::string mixed =
      front("2025-05-26") + "On Saturday, May 24, 2025, each side released 215 combatants and civilians.\n";
  SUBCASE("flagged: the same figure as one group alone elsewhere") {
    const auto findings = findings_of(
        {{"a.txt", mixed},
         {"b.txt", front("2025-05-26") + "On Saturday, May 24, 2025, a 215-for-215 swap of military personnel "
                                         "took place.\n"}});
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "composition-mismatch");
    REQUIRE(found.size() == 1u);
    CHECK(found.front()->kind == "composition_mismatch");
  }
  SUBCASE("accepted: a figure that does not say who was counted") {
    const auto findings = findings_of(
        {{"a.txt", mixed},
         {"b.txt", front("2025-05-26") + "On Saturday, May 24, 2025, each side released 215 prisoners.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "composition-mismatch").empty());
  }
  SUBCASE("accepted: a bare number continuing the list does not name its groups") {
    const auto findings = findings_of(
        {{"a.txt", front("2025-05-26") + "Each released 215 combatants and civilians on Saturday, May 24, 2025, "
                                         "and 180 on Friday, May 23, 2025.\n"},
         {"b.txt", front("2025-05-24") + "On Friday, May 23, 2025, each side released 180 soldiers.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "composition-mismatch").empty());
  }
}

TEST_CASE("stage-date-mismatch and stage-ordinal-mismatch") {
  const std::string thursday = front("2025-06-13") +
                               "On Thursday, June 12, 2025, the sides carried out the second phase of the prisoner "
                               "exchange.\n";
  SUBCASE("flagged: one stage given two days") {
    const auto findings = findings_of(
        {{"a.txt", thursday},
         {"b.txt", thursday},
         {"c.txt", front("2025-06-11") + "On June 10, 2025, the sides held another exchange, concluding the "
                                         "second phase of an agreement.\n"}});
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "stage-date-mismatch");
    REQUIRE(found.size() == 1u);
    CHECK(found.front()->primary.path == "c.txt");
  }
  SUBCASE("accepted: a phase of a ceasefire lasts weeks, its exchanges' days are no dates of it") {
    const std::string sunday = front("2025-01-20") +
                               "On Sunday, January 19, 2025, three hostages were freed in the exchange, the first "
                               "phase of the ceasefire.\n";
    const auto findings =
        findings_of({{"a.txt", sunday},
                     {"b.txt", sunday},
                     {"c.txt", front("2025-01-21") + "On Monday, January 20, 2025, 90 prisoners were freed in the "
                                                     "exchange under the first phase of the ceasefire.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "stage-date-mismatch").empty());
  }
  SUBCASE("accepted: a day's second batch is no stage of the series") {
    const auto findings =
        findings_of({{"a.txt", thursday},
                     {"c.txt", front("2025-06-11") + "On June 10, 2025, the second group of prisoners crossed the "
                                                     "border in the exchange.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "stage-date-mismatch").empty());
  }
  SUBCASE("flagged: one event given two ordinals") {
    const auto findings = findings_of(
        {{"a.txt", thursday},
         {"b.txt", thursday},
         {"c.txt", front("2025-06-13") + "On Thursday, June 12, 2025, the sides held a prisoner exchange, the "
                                         "fourth this month.\n"}});
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "stage-ordinal-mismatch");
    REQUIRE(found.size() == 1u);
    CHECK(found.front()->primary.path == "c.txt");
  }
  SUBCASE("accepted: an article that names a later round as well") {
    const auto findings = findings_of(
        {{"a.txt", front("2025-07-24") + "On July 23, 2025, the third round of talks was held in Istanbul.\n"},
         {"c.txt", front("2025-07-24") + "On July 23, 2025, the third round of talks was held in Istanbul, and "
                                         "the sides will decide later on a fourth round of talks.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "stage-ordinal-mismatch").empty());
  }
}

TEST_CASE("previous-event-date") {
  const std::string article = front("2025-06-26") +
                              "On Thursday, June 26, 2025, the two sides exchanged 60 prisoners each.\n\n"
                              "The previous exchange took place on June 19, when 40 were freed.\n";
  SUBCASE("flagged: another source reports an exchange in between") {
    const auto findings = findings_of(
        {{"a.txt", article},
         {"b.txt", front("2025-06-21") + "On Friday, June 20, 2025, the two sides exchanged 35 prisoners each.\n"}});
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "previous-event-date");
    REQUIRE(found.size() == 1u);
    CHECK(found.front()->kind == "date_mismatch");
    CHECK(found.front()->message.find("2025-06-20") != std::string::npos);
  }
  SUBCASE("accepted: the exchange reported is the one given as previous") {
    const auto findings = findings_of(
        {{"a.txt", article},
         {"b.txt", front("2025-06-20") + "On Thursday, June 19, 2025, the two sides exchanged 40 prisoners each.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "previous-event-date").empty());
  }
  SUBCASE("another country's election in between is no previous one") {
    const std::string norland = front("2025-05-19") +
                                "On Sunday, May 18, 2025, Norland held a parliamentary election. Turnout in Norland "
                                "was high.\n\nThe previous election in Norland took place on March 10, 2024.\n";
    const auto election_in = [&](const std::string& country) {
      return findings_of({{"a.txt", norland},
                          {"b.txt", front("2024-10-10") + "Voters across " + country +
                                        " chose a president on Wednesday, October 9, 2024, in an election the " +
                                        country + " opposition disputed.\n"}});
    };
    CHECK(of_rule(election_in("Sudmark"), "previous-event-date").empty());
    CHECK(of_rule(election_in("Norland"), "previous-event-date").size() == 1u);
  }
  SUBCASE("accepted: the day in between is part of the same multi-day exchange") {
    const auto findings = findings_of(
        {{"a.txt", article},
         {"b.txt", front("2025-06-21") + "The sides exchanged 75 prisoners each over two days, from June 19-20, "
                                         "2025.\n\nOn Friday, June 20, 2025, each side released 35 prisoners.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "previous-event-date").empty());
  }
}

TEST_CASE("count-mismatch: a group a clause defines") {
  const std::string whole = "On Sunday the prison service said it had freed 150 detainees in the exchange. ";
  SUBCASE("flagged: two figures for the prisoners serving life terms among those released") {
    const auto findings =
        findings_of({{"a.txt", front("2025-03-09") + whole + "They included 80 who had been serving life terms.\n"},
                     {"b.txt", front("2025-03-09") + whole + "Among them, 81 were serving life terms.\n"}});
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "count-mismatch");
    REQUIRE(found.size() == 1u);
    CHECK(found.front()->message.find("released/life_sentences") != std::string::npos);
  }
  SUBCASE("accepted: those serving life terms among the people still held are another group") {
    const auto findings = findings_of(
        {{"a.txt", front("2025-03-09") + whole + "They included 80 who had been serving life terms.\n"},
         {"b.txt", front("2025-03-09") + whole + "Of the 9,000 still held, 300 are serving life sentences.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "count-mismatch").empty());
  }
}

TEST_CASE("age-mismatch") {
  const std::string undated = "---\npublished: unknown\n---\n";
  SUBCASE("flagged: undated reports that give another person the same age") {
    const auto findings =
        findings_of({{"a.txt", undated + "Mara Voss, 31, and Ilya Brand, 45, were freed on Sunday.\n"},
                     {"b.txt", undated + "Mara Voss, 32, and Ilya Brand, 45, were handed over on Sunday.\n"}});
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "age-mismatch");
    REQUIRE(found.size() == 1u);
    CHECK(found.front()->kind == "age_mismatch");
    CHECK(found.front()->primary.path == "b.txt");  // a tie: the report whose path sorts last
    REQUIRE(found.front()->related.size() == 1u);
    CHECK(found.front()->related.front().path == "a.txt");
    CHECK(found.front()->message.find("Mara Voss is 32 here, 31 in a.txt (both give Ilya Brand's age as 45)") !=
          std::string::npos);
  }
  SUBCASE("accepted: reports published months apart, though they give another person the same age") {
    const auto findings =
        findings_of({{"a.txt", front("2025-01-20") + "Mara Voss, 31, and Ilya Brand, 45, were moved on Sunday.\n"},
                     {"b.txt", front("2025-03-02") + "Mara Voss, 32, and Ilya Brand, 45, were freed on Sunday.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "age-mismatch").empty());
  }
  SUBCASE("flagged: the age fewer reports give, and one report giving two ages") {
    const auto findings = findings_of(
        {{"a.txt", front("2025-01-20") + "Mara Voss, 31, was freed on Sunday.\n"},
         {"b.txt", front("2025-01-21") + "The 32-year-old nurse Mara Voss was freed on Sunday.\n"},
         {"c.txt", front("2025-01-21") + "Mara Voss (32) was freed on Sunday. Mara Voss, 33, thanked the nurses.\n"}});
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "age-mismatch");
    REQUIRE(found.size() == 2u);
    CHECK(found[0]->primary.path == "a.txt");
    CHECK(found[0]->message.find("published within 30 days") != std::string::npos);
    CHECK(found[1]->primary.path == "c.txt");
    CHECK(found[1]->message.find("33 here") != std::string::npos);
  }
  SUBCASE("accepted: reports of other moments, and other people") {
    const auto findings =
        findings_of({{"a.txt", front("2023-10-09") + "Mara Voss, 30, was taken on Saturday.\n"},
                     {"b.txt", front("2025-01-20") + "Mara Voss, 32, was freed on Sunday.\n"},
                     {"c.txt", undated + "Mara Voss, 31, was freed.\n"},
                     {"d.txt", front("2025-01-20") + "Ilya Voss, 40, and Lena Brand, 45, were freed.\n"},
                     {"e.txt", front("2025-01-20") + "Anna Voss, 41, and Lena Brand, 45, were freed.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "age-mismatch").empty());
  }
}

TEST_CASE("event-date-mismatch: a written year that slipped") {
  const std::string slipped = front("2025-03-14") +
                              "On Friday the two sides exchanged 50 prisoners each.\n\n"
                              "On March 14, 2024, the ministry confirmed that the exchange had taken place.\n";
  const std::string other_a = front("2025-03-15") + "On March 14, 2025, the two sides exchanged 50 prisoners each.\n";
  const std::string other_b = front("2025-03-16") + "Each side freed 50 prisoners in the exchange of March 14, 2025.\n";
  const auto years = [](const std::vector<Finding>& findings) {
    std::vector<const Finding*> out;
    for (const auto* f : of_rule(findings, "event-date-mismatch"))
      if (f->message.find("year written differently") != std::string::npos) out.push_back(f);
    return out;
  };
  SUBCASE("flagged: the page's own story is the same day and month a year later") {
    const auto findings = findings_of({{"a.txt", slipped}});
    CAPTURE(dump(findings));
    const auto found = years(findings);
    REQUIRE(found.size() == 1u);
    CHECK(found.front()->kind == "date_mismatch");
    CHECK(found.front()->primary.path == "a.txt");
    CHECK(found.front()->message.find("2024-03-14 here, 2025-03-14 in this report's own story") != std::string::npos);
  }
  SUBCASE("accepted: a page published a year to the day after the event it tells of") {
    const auto findings = findings_of(
        {{"a.txt", front("2025-03-14") + "The exchange of March 14, 2024 freed 50 prisoners on each side. A year "
                                         "on, families are still waiting for news.\n"}});
    CAPTURE(dump(findings));
    CHECK(years(findings).empty());
  }
  SUBCASE("flagged: an undated page, when two other sources report the day in another year") {
    const auto findings = findings_of(
        {{"a.txt", "---\npublished: unknown\n---\nThe exchange of March 14, 2024 freed 50 prisoners on each side.\n"},
         {"b.txt", other_a},
         {"c.txt", other_b}});
    CAPTURE(dump(findings));
    const auto found = years(findings);
    REQUIRE(found.size() == 1u);
    CHECK(found.front()->primary.path == "a.txt");
    CHECK(found.front()->message.find("2 other sources report an exchange on 2025-03-14") != std::string::npos);
  }
  SUBCASE("accepted: one other source is not enough for an undated page") {
    const auto findings = findings_of(
        {{"a.txt", "---\npublished: unknown\n---\nThe exchange of March 14, 2024 freed 50 prisoners on each side.\n"},
         {"b.txt", other_a}});
    CAPTURE(dump(findings));
    CHECK(years(findings).empty());
  }
  SUBCASE("accepted: another source reports the written day as well") {
    const auto findings = findings_of(
        {{"a.txt", slipped},
         {"b.txt", front("2024-03-15") + "On March 14, 2024, the two sides exchanged 20 prisoners each.\n"}});
    CAPTURE(dump(findings));
    CHECK(years(findings).empty());
  }
  SUBCASE("accepted: a year-less date, and an earlier year further away than the allowed gap") {
    const auto findings =
        findings_of({{"a.txt", front("2025-03-14") + "On Friday the two sides exchanged 50 prisoners each.\n\n"
                                                     "The exchange of March 14 was confirmed.\n"},
                     {"b.txt", front("2025-03-14") + "On Friday the two sides exchanged 50 prisoners each.\n\n"
                                                     "The first exchange took place on March 14, 2019.\n"}});
    CAPTURE(dump(findings));
    CHECK(years(findings).empty());
  }
}

TEST_CASE("event-date-mismatch: a written month that slipped") {
  const std::string slipped =
      front("2025-06-06") + "The death toll in the earthquake has risen to 288. The earthquake struck on May 2.\n";
  const std::string other_a = front("2025-06-03") + "The earthquake on June 2 killed 233 people.\n";
  const std::string other_b = front("2025-06-04") + "The earthquake struck on June 2 and killed 275 people.\n";
  const auto months = [](const std::vector<Finding>& findings) {
    std::vector<const Finding*> out;
    for (const auto* f : of_rule(findings, "event-date-mismatch"))
      if (f->message.find("month written differently") != std::string::npos) out.push_back(f);
    return out;
  };
  SUBCASE("flagged: two other sources report the same day of the next month") {
    const auto findings = findings_of({{"a.txt", slipped}, {"b.txt", other_a}, {"c.txt", other_b}});
    CAPTURE(dump(findings));
    const auto found = months(findings);
    REQUIRE(found.size() == 1u);
    CHECK(found.front()->primary.path == "a.txt");
    CHECK(found.front()->message.find("2025-05-02 here, 2025-06-02 in 2 other sources") != std::string::npos);
  }
  SUBCASE("accepted: one other source is not enough") {
    CHECK(months(findings_of({{"a.txt", slipped}, {"b.txt", other_a}})).empty());
  }
  SUBCASE("accepted: an occurrence told as the one before, a month earlier") {
    const std::string previous =
        front("2025-06-03") +
        "The two sides exchanged 84 prisoners each on June 2. The previous exchange took place "
        "on May 2, when each side freed 150.\n";
    const auto findings = findings_of({{"a.txt", previous},
                                       {"b.txt", front("2025-06-03") + "On June 2 each side freed 84 prisoners.\n"},
                                       {"c.txt", front("2025-06-04") + "Each side freed 84 prisoners on June 2.\n"}});
    CAPTURE(dump(findings));
    CHECK(months(findings).empty());
  }
  SUBCASE("accepted: a day after the page was written is a plan's") {
    // the students will march on July 2, a month after the earthquake of June 2 others report
    const std::string plan = front("2025-06-20") +
                             "The earthquake struck on June 2 and killed 275 people. A charity formed after the 2019 "
                             "earthquake is asking schools to walk out at noon July 2.\n";
    const auto findings = findings_of({{"a.txt", plan}, {"b.txt", other_a}, {"c.txt", other_b}});
    CAPTURE(dump(findings));
    CHECK(months(findings).empty());
  }
}

TEST_CASE("role-mismatch on an undated page") {
  const std::string undated = "---\npublished: unknown\n---\n";
  const std::string dated = front("2025-06-12") + "On Tuesday each side released 120 prisoners.\n";
  SUBCASE("flagged: how long the war has lasted dates the page") {
    const auto findings = findings_of(
        {{"a.txt", dated},
         {"b.txt",
          undated +
              "Former U.S. President Donald Trump praised the first talks between Russia and Ukraine in more than three years "
              "of war.\n"}});
    CAPTURE(dump(findings));
    const auto roles = of_rule(findings, "role-mismatch");
    REQUIRE(roles.size() == 1u);
    CHECK(roles.front()->explain.back().find("more than three years") != std::string::npos);
  }
  SUBCASE("accepted: a war of an article that never names the fact's places is another war") {
    const auto findings = findings_of(
        {{"a.txt", dated},
         {"b.txt", undated + "Former U.S. President Donald Trump praised the first talks in more than three years "
                             "of war.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "role-mismatch").empty());
  }
  SUBCASE("accepted: a duration without 'more than' does not bound the date") {
    const auto findings = findings_of(
        {{"a.txt", dated},
         {"b.txt",
          undated +
              "Former U.S. President Donald Trump praised the first talks between Russia and Ukraine in three years "
              "of war.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "role-mismatch").empty());
  }
  SUBCASE("accepted: a bound later than anything the corpus knows is another war's") {
    const auto findings = findings_of(
        {{"a.txt", dated},
         {"b.txt",
          undated +
              "Former U.S. President Donald Trump praised the first talks between Russia and Ukraine in more than ten years of "
              "war.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "role-mismatch").empty());
  }
}

TEST_CASE("run_rules determinism") {
  const Articles corpus{
      {"a.txt", tuesday_390},
      {"b.txt", june10_307},
      {"c.txt", front("2025-06-12") + "On Tuesday Russia and Ukraine exchanged a total of 390 prisoners.\n"},
      {"d.txt", "On Friday, May 24, 2025, the two sides exchanged 150 prisoners.\n"},
  };
  SUBCASE("the corpus in reverse order gives the same findings and fingerprints") {
    const auto forward = findings_of(corpus);
    const auto backward = findings_of(Articles(corpus.rbegin(), corpus.rend()));
    CAPTURE(dump(forward));
    REQUIRE(forward.size() >= 3);
    REQUIRE(backward.size() == forward.size());
    for (std::size_t i = 0; i < forward.size(); ++i) {
      CHECK(forward[i].rule == backward[i].rule);
      CHECK(forward[i].primary.path == backward[i].primary.path);
      CHECK(forward[i].message == backward[i].message);
      CHECK(forward[i].fingerprint == backward[i].fingerprint);
      CHECK(forward[i].fingerprint.size() == 32);
    }
  }
  SUBCASE("findings come ordered by path, line, column and rule") {
    const auto findings = findings_of(corpus);
    CHECK(std::is_sorted(findings.begin(), findings.end(), finding_less));
  }
  SUBCASE("the same contradiction stated twice in one article is one finding") {
    const auto findings = findings_of({
        {"a.txt", tuesday_390},
        {"b.txt", june10_390},
        {"c.txt", front("2025-06-11") +
                      "The two countries swapped 307 prisoners each on June 10, the ministry said.\n\n"
                      "Officials confirmed that 307 prisoners each were swapped on June 10.\n"},
    });
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "count-mismatch");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->primary.path == "c.txt");
    CHECK(found[0]->primary.begin.line == 4);
    // the second statement is a related location: an editor corrects both
    const auto again = std::find_if(found[0]->related.begin(), found[0]->related.end(),
                                    [](const Location& l) { return l.path == "c.txt"; });
    REQUIRE(again != found[0]->related.end());
    CHECK(again->begin.line == 6);
    CHECK(again->label.find("the same article says it again") != std::string::npos);
  }
}

TEST_CASE("age-mismatch: a name with its middle name left out is the same person") {
  const auto findings =
      findings_of({{"a.txt", front("2025-01-20") + "Mara Lenz Voss (31) and Ilya Brand (45) were on the flight.\n"},
                   {"b.txt", front("2025-01-20") + "Mara Voss, 34, and Ilya Brand, 45, were on the flight.\n"}});
  CAPTURE(dump(findings));
  const auto found = of_rule(findings, "age-mismatch");
  REQUIRE(found.size() == 1u);
  CHECK(found.front()->message.find("is 34 here, 31") != std::string::npos);
  // two people sharing a surname stay two
  const auto apart =
      findings_of({{"a.txt", front("2025-01-20") + "Mara Voss (31) and Ilya Brand (45) were on the flight.\n"},
                   {"b.txt", front("2025-01-20") + "Tomas Voss, 34, and Ilya Brand, 45, were on the flight.\n"}});
  CHECK(of_rule(apart, "age-mismatch").empty());
}

TEST_CASE("age-mismatch: a family name of two words (a particle and a name) does not make relatives one person") {
  const auto findings = findings_of(
      {{"a.txt", front("2024-07-28") + "The victims were named as Sami Karim Abu Nadir, 12; Lina Hadi Selo, 11; "
                                       "and Rami Fadi Abu Nadir, 16.\n"}});
  CAPTURE(dump(findings));
  CHECK(of_rule(findings, "age-mismatch").empty());
  // the same person, with the particle, is still compared
  const auto same =
      findings_of({{"a.txt", front("2024-07-28") + "Sami Karim Abu Nadir, 12, and Lina Hadi Selo, 11, were named.\n"},
                   {"b.txt", front("2024-07-28") + "Sami Karim Abu Nadir, 14, and Lina Hadi Selo, 11, were named.\n"}});
  CHECK(of_rule(same, "age-mismatch").size() == 1u);
}

TEST_CASE("a relative day set beside the date it names") {
  SUBCASE("accepted: a day apart, the words agree with each other (a statement of the day before, reprinted)") {
    const auto findings =
        findings_of({{"a.txt", front("2017-05-07") + "The freed girls are due to arrive in Tarn tomorrow, Sunday, May "
                                                     "7, 2017, for the exchange.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "weekday-mismatch").empty());
  }
  SUBCASE("flagged: days apart") {
    const auto findings = findings_of(
        {{"a.txt", front("2023-06-10") + "The freed workers are due to arrive in Tarn tomorrow, June 14, 2023, for the "
                                         "exchange.\n"}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "weekday-mismatch").size() == 1u);
  }
}

TEST_CASE("a year-less weekday date on a page with no date of its own is not checked against a year it borrowed") {
  const auto findings =
      findings_of({{"a.txt",
                    "---\npublished: unknown\n---\nThe exchange of prisoners took place.\n\nOn the morning of "
                    "Friday, March 12, detained people were brought in for the exchange in Tarn. The first in two "
                    "years a major exchange took place on 14 October 2018. Tarn received 41 people.\n"}});
  CAPTURE(dump(findings));
  CHECK(of_rule(findings, "weekday-mismatch").empty());
  // with the year written, the weekday is the page's own mistake
  const auto written =
      findings_of({{"a.txt",
                    "---\npublished: unknown\n---\nThe sides exchanged 20 prisoners in Tarn on Friday, March 12, "
                    "2018.\n"}});
  CHECK(of_rule(written, "weekday-mismatch").size() == 1u);
}
