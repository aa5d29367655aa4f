// The event model: multi-day occurrences and their parts, a deal's figure told of one day,
// superlatives of the whole, the time each claim refers to (tense, a count's own date, the
// narrated day of undated pages), and the links that keep other events apart.
#include <doctest/doctest.h>

#include "tests/events/events_corpus.hpp"

using namespace crosscheck;
using namespace crosscheck::test;

namespace {

std::string front(const char* published) { return std::string("---\npublished: ") + published + "\n---\n"; }
const std::string undated = "---\npublished: unknown\n---\n";

}  // namespace

TEST_CASE("occurrences that last several days") {
  SUBCASE("a range is the window of the whole; days inside it are its parts") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-03-18") +
                      "Each side freed 800 prisoners over a four-day period from March 13-16, 2025.\n\n"
                      "On Friday, March 14, 2025, each side released 210 prisoners.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "800").event.key == "exchange@2025-03-13..2025-03-16");
    const Claim& day = claim_in(corpus, "a.md", ClaimKind::count, "210");
    CHECK(day.event.key == "exchange@2025-03-14");
    CHECK(day.event.reason.find("one day of the exchange of 2025-03-13..2025-03-16") != std::string::npos);
  }
  SUBCASE("a number of days and the day it ended give the window") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-03-17") + "The sides exchanged 800 prisoners each over the course of four days, "
                                        "concluding on Sunday, March 16, 2025.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "800").event.key == "exchange@2025-03-13..2025-03-16");
  }
  SUBCASE("the words that end or start a window are whole words of the lexicon, not parts of others") {
    // "restarted" holds "start", but only "concluding" says what the day was to the span
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-03-17") + "Once the restarted talks had agreed it, the sides exchanged 800 prisoners "
                                        "each over the course of four days, concluding on Sunday, March 16, 2025.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "800").event.key == "exchange@2025-03-13..2025-03-16");
  }
  SUBCASE("a number of days without the day it ended or began gives none") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-03-17") +
                      "On Sunday, March 16, 2025, the sides exchanged 800 prisoners each, three days after talks.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "800").event.key == "exchange@2025-03-16");
  }
  SUBCASE("'a three-day' before its event word is the event's length; before another noun it is not") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-03-17") + "A three-day exchange of prisoners began on Friday, March 14, 2025, when "
                                        "the sides released 800 each.\n"},
         {"b.md", front("2025-03-17") + "At the end of the first day of a two-day street festival on Saturday, "
                                        "March 15, 2025, a gunman opened fire, killing 11 people.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::date, "Friday").event.key == "exchange@2025-03-14..2025-03-16");
    CHECK(claim_in(corpus, "b.md", ClaimKind::date, "Saturday").event.key == "attack@2025-03-15");
  }
  SUBCASE("a superlative said of one day is said of the whole") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-03-17") + "The sides exchanged 800 prisoners each over the course of four days, "
                                        "concluding on Sunday, March 16, 2025.\n"},
         {"b.md", front("2025-03-15") + "On Friday, March 14, 2025, each side released 210 prisoners, "
                                        "the biggest swap of the war.\n"}});
    CHECK(claim_in(corpus, "b.md", ClaimKind::superlative, "biggest").event.key == "exchange@2025-03-13..2025-03-16");
  }
}

TEST_CASE("a deal's figure told of one day") {
  SUBCASE("is the deal's, or the whole exchange's when its window is known") {
    const auto corpus = resolve_articles(
        {{"deal.md", front("2025-03-06") + "At talks in Geneva on March 5, 2025, the sides agreed to exchange "
                                           "800 prisoners each.\n"},
         {"day.md", front("2025-03-14") + "On Friday, March 14, 2025, each side released 210 prisoners in what "
                                          "officials call an 800-for-800 exchange.\n"}});
    const Claim& format = claim_in(corpus, "day.md", ClaimKind::count, "800");
    CHECK(format.event.key == "agreement@2025-03-05");
    CHECK(format.event.reason.find("the figure of agreement@2025-03-05") != std::string::npos);
    CHECK(claim_in(corpus, "day.md", ClaimKind::count, "210").event.key == "exchange@2025-03-14");
  }
  SUBCASE("a figure the deal did not give stays the day's") {
    const auto corpus = resolve_articles(
        {{"deal.md", front("2025-03-06") + "At talks in Geneva on March 5, 2025, the sides agreed to exchange "
                                           "800 prisoners each.\n"},
         {"day.md", front("2025-03-14") + "On Friday, March 14, 2025, each side released 210 prisoners.\n"}});
    CHECK(claim_in(corpus, "day.md", ClaimKind::count, "210").event.key == "exchange@2025-03-14");
  }
}

TEST_CASE("the time a claim refers to") {
  SUBCASE("a weekday in a clause about what will happen is the next one") {
    const auto corpus =
        resolve_articles({{"a.md", front("2025-03-13") + "The swap began on Monday and will continue on Saturday.\n"}});
    CHECK(std::get<DateValue>(claim_in(corpus, "a.md", ClaimKind::date, "Monday").value).lo ==
          *parse_iso_date("2025-03-10"));
    const Claim& saturday = claim_in(corpus, "a.md", ClaimKind::date, "Saturday");
    CHECK(std::get<DateValue>(saturday.value).lo == *parse_iso_date("2025-03-15"));
    CHECK(explains(saturday.explain, "future tense"));
  }
  SUBCASE("a date right after a count dates that count") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-03-16") + "Each side freed 190 more soldiers on Sunday, after each released 210 "
                                        "prisoners on Saturday, and 250 on Friday.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "190").event.key == "exchange@2025-03-16");
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "210").event.key == "exchange@2025-03-15");
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "250").event.key == "exchange@2025-03-14");
  }
  SUBCASE("an undated page dates its weekdays by the day of the event it reports") {
    const auto corpus = resolve_articles(
        {{"a.md", undated + "The exchange ended on Sunday, March 16, 2025. Each side released 210 prisoners on "
                            "Saturday.\n"}});
    const Claim& saturday = claim_in(corpus, "a.md", ClaimKind::date, "Saturday");
    CHECK(std::get<DateValue>(saturday.value).lo == *parse_iso_date("2025-03-15"));
    CHECK(saturday.explain.back().find("no published date") != std::string::npos);
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "210").event.key == "exchange@2025-03-15");
  }
  SUBCASE("but not 'yesterday', which counts from the unknown day it was written") {
    const auto corpus = resolve_articles(
        {{"a.md", undated + "The exchange ended on Sunday, March 16, 2025. Officials said yesterday that more "
                            "swaps would follow.\n"}});
    CHECK_FALSE(std::get<DateValue>(claim_in(corpus, "a.md", ClaimKind::date, "yesterday").value).lo.ok());
  }
}

TEST_CASE("other events in the same sentence") {
  SUBCASE("a 'when' clause is the event it is attached to") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-03-20") + "On Thursday each side freed 120 soldiers.\n\n"
                                        "The previous exchange took place on February 2, when both sides returned "
                                        "95 servicemen each.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "95").event.key != "exchange@2025-03-20");
  }
  SUBCASE("a mention with its own unresolved date never takes the main event's") {
    const auto corpus =
        resolve_articles({{"a.md", undated + "Each side freed 120 soldiers on Thursday, March 20, 2025.\n\n"
                                             "Days later each side released 60 civilians on Tuesday.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "60").event.key != "exchange@2025-03-20");
  }
  SUBCASE("a planned or an outside figure is not the event's") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-03-20") + "On Thursday each side freed 120 soldiers. Earlier reports said the swap "
                                        "would involve 150 soldiers from each side. Another 12 were released "
                                        "outside of the exchange.\n"}});
    const Claim& planned = claim_in(corpus, "a.md", ClaimKind::count, "150");
    CHECK(planned.event.key.empty());
    CHECK(planned.event.reason.find("a planned figure") != std::string::npos);
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "Another 12").event.key.empty());
  }
  SUBCASE("past the lead, an event two weeks old is background, not the article's news") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-03-20") + "The two sides swapped prisoners again.\n\nSome were held for years.\n\n"
                                        "Officials thanked the mediators.\n\nThe exchange of March 3 freed 90.\n"}});
    CHECK(context_of(corpus, "a.md").focus != "exchange@2025-03-03");
  }
}

TEST_CASE("an undated page's year-less days take the year of the story they belong to") {
  const std::string dated = front("2025-03-07") +
                            "At talks in Geneva on March 5, 2025, the sides agreed to exchange 640 prisoners "
                            "each.\n\nThe first stage came on Friday, March 7, when each side freed 212.\n";
  SUBCASE("one shared day and a shared figure give the year") {
    const auto corpus = resolve_articles(
        {{"dated.md", dated},
         {"page.md", undated + "On March 5, the two sides agreed to swap 640 prisoners each, officials said.\n"}});
    const Claim& day = claim_in(corpus, "page.md", ClaimKind::date, "March 5");
    const auto& v = std::get<DateValue>(day.value);
    REQUIRE(v.lo.ok());
    CHECK(iso_date(v.lo) == "2025-03-05");
    CHECK(v.resolution.find("the year of the story it reports") != std::string::npos);
  }
  SUBCASE("a day the story has without any shared figure is not enough") {
    const auto corpus = resolve_articles(
        {{"dated.md", dated},
         {"page.md", undated + "On March 5, the two sides agreed to swap 95 prisoners each, officials said.\n"}});
    const Claim& day = claim_in(corpus, "page.md", ClaimKind::date, "March 5");
    const auto& v = std::get<DateValue>(day.value);
    CHECK_FALSE(v.lo.ok());
    CHECK(v.resolution == "March 5 -> unresolved: the published date is unknown");
  }
  SUBCASE("stories of two years on the same day leave it unresolved") {
    const auto corpus = resolve_articles(
        {{"dated.md", dated},
         {"older.md", front("2023-03-06") + "At talks in Geneva on March 5, 2023, the sides agreed to exchange "
                                            "640 prisoners each.\n"},
         {"page.md", undated + "On March 5, the two sides agreed to swap 640 prisoners each, officials said.\n"}});
    const Claim& day = claim_in(corpus, "page.md", ClaimKind::date, "March 5");
    CHECK_FALSE(std::get<DateValue>(day.value).lo.ok());
  }
}

TEST_CASE("an undated page's weekdays fall in the few days its figures were reported on") {
  const auto corpus = resolve_articles(
      {{"fri.md", front("2025-03-14") + "On Friday, March 14, 2025, each side released 410 prisoners.\n"},
       {"sat.md", front("2025-03-15") + "On Saturday, March 15, 2025, each side released 322 prisoners.\n"},
       {"sun.md", front("2025-03-16") + "On Sunday, March 16, 2025, each side freed 410 more prisoners.\n"},
       {"page.md",
        undated + "Each side released 322 prisoners on Saturday, after 410 prisoners were freed on Friday.\n"}});
  const Claim& saturday = claim_in(corpus, "page.md", ClaimKind::date, "Saturday");
  const auto& v = std::get<DateValue>(saturday.value);
  REQUIRE(v.lo.ok());
  CHECK(iso_date(v.lo) == "2025-03-15");
  CHECK(v.resolution.find("the days of the story it reports") != std::string::npos);
}

TEST_CASE("an undated sentence about another stage of the series") {
  SUBCASE("does not take the main event's day when the article names two stages") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-04-12") + "On Saturday, April 12, 2025, each side released 60 prisoners.\n\n"
                                        "The exchange marks the third phase of the truce. The initial phase saw "
                                        "each side release 23 prisoners in the exchange.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "60").event.key == "exchange@2025-04-12");
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "23").event.key.empty());
  }
  SUBCASE("the main event's own stage still does") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-04-12") + "On Saturday, April 12, 2025, each side released 60 prisoners.\n\n"
                                        "In this third phase of the truce, each side also returned 12 "
                                        "women in the exchange.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "12").event.key == "exchange@2025-04-12");
  }
}

TEST_CASE("figures of another time in a dated article") {
  const auto corpus = resolve_articles(
      {{"a.md", front("2025-04-12") + "On Saturday, April 12, 2025, each side released 60 prisoners.\n\n"
                                      "The militia has previously released 44 hostages in the exchanges.\n\n"
                                      "The truce calls for the release of 70 hostages in the exchange.\n"}});
  CHECK(claim_in(corpus, "a.md", ClaimKind::count, "60").event.key == "exchange@2025-04-12");
  CHECK(claim_in(corpus, "a.md", ClaimKind::count, "44").event.key.empty());  // "previously"
  CHECK(claim_in(corpus, "a.md", ClaimKind::count, "70").event.key.empty());  // what the truce calls for
}

TEST_CASE("the date people were taken is not the exchange's") {
  const auto corpus = resolve_articles(
      {{"a.md", front("2025-11-18") + "The militia released on Monday the 12 hostages taken on March 3, 2024 in "
                                      "exchange for 640 prisoners.\n"}});
  const Claim& taken = claim_in(corpus, "a.md", ClaimKind::date, "March 3, 2024");
  CHECK(taken.property == "background");
  CHECK(claim_in(corpus, "a.md", ClaimKind::count, "640").event.key == "exchange@2025-11-17");
  CHECK(claim_in(corpus, "a.md", ClaimKind::count, "12").event.key == "exchange@2025-11-17");
}

TEST_CASE("under an update line, the hour of the event its day dates is no hour of the figure") {
  const auto corpus = resolve_articles(
      {{"a.md", front("2021-04-09") +
                    "The latest on the attacks in Tarn.\n\nUpdate, 4:12 p.m.: The death toll from the "
                    "attacks in Tarn on Friday night has increased to 141 people.\n"},
       {"b.md", front("2021-04-09") + "The death toll from the attacks in Tarn on Friday night has increased to 141 "
                                      "people.\n"}});
  // the update's hour, which the page does not give, not the attacks' night
  CHECK(claim_in(corpus, "a.md", ClaimKind::count, "141").as_of_time.starts_with(update_hour_prefix));
  CHECK(claim_in(corpus, "b.md", ClaimKind::count, "141").as_of_time == "friday night");
}

TEST_CASE("another storm of the same type on an undated page is not the page's") {
  const auto corpus = resolve_articles(
      {{"a.md", undated + "Hurricane Varno caused more than 40 deaths in four states. Meanwhile, another "
                          "hurricane, named Tarn, killed 9 people in the south of Norland.\n"}});
  const Claim& whole = claim_in(corpus, "a.md", ClaimKind::count, "40");
  const Claim& other = claim_in(corpus, "a.md", ClaimKind::count, "9");
  CHECK_FALSE(whole.event.key.empty());
  CHECK(other.event.key != whole.event.key);
}

TEST_CASE("what took the page's main event's date takes its window when that event lasted days") {
  const auto corpus = resolve_articles(
      {{"a.md", front("2021-03-13") + "More than 900 people freed in prisoner exchange in Tarn.\n\n"
                                      "The sides completed the largest prisoner swap of the war. More than 900 "
                                      "people were released over the two-day exchange, completed on Friday.\n"}});
  CHECK(claim_in(corpus, "a.md", ClaimKind::count, "More than 900 people").event.key ==
        "exchange@2021-03-11..2021-03-12");
}
