// One article is one moment: an undated page's own figures for its main event are compared
// with each other (key "TYPE@page:PATH"), never with another page's; figures its sentences
// date to another day, and series of day-keyed events, stay out. Also: a speaker after a
// place is no second place, and a toll for named places is not the whole event's.
#include <doctest/doctest.h>

#include "tests/events/events_corpus.hpp"
#include "tests/support/shipped_rules.hpp"

using namespace crosscheck;
using namespace crosscheck::test;

namespace {

std::string undated(const std::string& body) { return "---\npublished: unknown\n---\n" + body + "\n"; }

const std::string lead_61 = "Flooding along the Pell River has killed at least 61 people, officials said.\n\n";

}  // namespace

TEST_CASE("an undated page's own moment") {
  SUBCASE("flagged: the lead's toll and a lower current toll further down") {
    const Articles articles{
        {"a.md", undated(lead_61 + "Rescuers kept searching the banks overnight.\n\n"
                                   "The death toll has risen to 57 people, the county said in a statement.")}};
    const auto corpus = resolve_articles(articles);
    const Claim& lead = claim_in(corpus, "a.md", ClaimKind::count, "61");
    CHECK(lead.event.key == "flood@page:a.md");
    CHECK(lead.event.confidence >= 0.5);
    CHECK(explains(context_of(corpus, "a.md").explain, "compared with each other only"));
    const auto findings = findings_in(corpus);
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "count-mismatch").size() == 1);
  }
  SUBCASE("not flagged: a figure its sentence dates to another day") {
    const Articles articles{{"a.md", undated(lead_61 + "On Friday, 13 people had died, the county said.")}};
    const auto corpus = resolve_articles(articles);
    const Claim& friday = claim_in(corpus, "a.md", ClaimKind::count, "13");
    CHECK(friday.event.key.empty());
    CHECK(friday.event.reason.find("names a day ('Friday')") != std::string::npos);
    CHECK(of_rule(findings_in(corpus), "count-mismatch").empty());
  }
  SUBCASE("not flagged: a figure given as of a day") {
    const Articles articles{
        {"a.md", undated(lead_61 + "At least 13 deaths had been tied to the flood as of early Friday.")}};
    const auto corpus = resolve_articles(articles);
    const Claim& friday = claim_in(corpus, "a.md", ClaimKind::count, "13");
    CHECK(friday.event.key.empty());
    CHECK(friday.event.reason.find("names a day ('Friday')") != std::string::npos);
    CHECK(of_rule(findings_in(corpus), "count-mismatch").empty());
  }
  SUBCASE("not flagged: a figure given on a day ('on Friday put the toll at')") {
    const Articles articles{
        {"a.md", undated(lead_61 +
                         "The aid agency on Friday put the death toll at more than 110, while many remain missing.")}};
    const auto corpus = resolve_articles(articles);
    const Claim& friday = claim_in(corpus, "a.md", ClaimKind::count, "110");
    CHECK(friday.event.key.empty());
    CHECK(friday.event.reason.find("names a day ('Friday')") != std::string::npos);
    CHECK(of_rule(findings_in(corpus), "count-mismatch").empty());
  }
  SUBCASE("not flagged: the toll of the event a superlative compares with") {
    const Articles articles{
        {"a.md",
         undated("An earthquake in the mountains has killed 2,900 people, officials said.\n\n"
                 "It was the largest earthquake in the country since 1960, when at least 12,000 people died.\n\n"
                 "It was also the deadliest earthquake in the region since the 1999 quake near the coast, "
                 "which killed 228 people.")}};
    const auto corpus = resolve_articles(articles);
    for (const char* figure : {"12,000", "228"}) {
      CAPTURE(figure);
      const Claim& then = claim_in(corpus, "a.md", ClaimKind::count, figure);
      CHECK(then.event.key.empty());
      CHECK(then.event.reason.find("the superlative compares with") != std::string::npos);
    }
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "2,900").event.key == "earthquake@page:a.md");
    CHECK(of_rule(findings_in(corpus), "count-mismatch").empty());
  }
  SUBCASE("not flagged: a figure that continues a statement about another place") {
    const Articles articles{
        {"a.md", undated("The earthquake has left more than 440 people missing, officials said.\n\n"
                         "Many of the dead abroad were builders at a tower in the Thai capital, rescuers said, "
                         "adding about 80 people are still missing.")}};
    const auto corpus = resolve_articles(articles);
    const Claim& abroad = claim_in(corpus, "a.md", ClaimKind::count, "about 80");
    CHECK(abroad.location == "Thai");
    CHECK(explains(abroad.explain, "continues a statement about Thai"));
    CHECK(of_rule(findings_in(corpus), "count-mismatch").empty());
  }
  SUBCASE("a partitive on an island counts the island's part") {
    const Articles articles{{"a.md", undated("The storm has killed at least seven people across the region.\n\n"
                                             "Four of the deaths were on the island of Calder.")}};
    const auto corpus = resolve_articles(articles);
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "Four").location == "Calder");
    CHECK(of_rule(findings_in(corpus), "count-mismatch").empty());
  }
  SUBCASE("the day the main event names is the page's moment") {
    const Articles articles{
        {"a.md", undated("Crews searched on Sunday after flooding along the Pell River killed 40 people.\n\n"
                         "Later on Sunday, officials said the toll stood at 44.\n\n"
                         "On Friday, 9 people had died.")}};
    const auto corpus = resolve_articles(articles);
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "40").event.key == "flood@page:a.md");
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "9 people").event.key.empty());
  }
  SUBCASE("two undated pages are never compared with each other") {
    const auto findings = findings_of({
        {"a.md", undated("Flooding along the Pell River has killed at least 61 people, officials said.")},
        {"b.md", undated("Flooding along the Pell River has killed 30 people, officials said.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "count-mismatch").empty());
  }
  SUBCASE("a page about a series of exchanges is not one moment") {
    const auto corpus =
        resolve_articles({{"a.md", undated("The two sides exchanged 84 prisoners each, officials said.\n\n"
                                           "The sides exchanged 90 prisoners each, the ministry said.")}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "84").event.key.empty());
    CHECK(of_rule(findings_in(corpus), "count-mismatch").empty());
  }
}

TEST_CASE("places and the whole event") {
  SUBCASE("a speaker after a place is not a second place") {
    const auto corpus = resolve_articles({{"a.md", undated("At least 52 people were killed by the flooding in "
                                                           "Avery County, Sheriff Dana Cole said.")}});
    const Claim& toll = claim_in(corpus, "a.md", ClaimKind::count, "52");
    CHECK(toll.location == "Avery County");
    CHECK_FALSE(toll.covers);
  }
  SUBCASE("a list still ends with 'and'") {
    const auto corpus = resolve_articles(
        {{"a.md", undated("The flood killed 19 people in Lane, Ross and Avery counties, officials said.")}});
    const Claim& toll = claim_in(corpus, "a.md", ClaimKind::count, "19");
    REQUIRE(toll.covers);
    CHECK(toll.covers->values.size() == 3);
  }
  SUBCASE("a toll of named places is not compared with the whole event's") {
    const auto findings = findings_of({{"a.md", undated("Flooding along the Pell River has killed at least 104 "
                                                        "people, officials said.\n\n"
                                                        "The flood killed 19 people in Lane, Ross and Avery "
                                                        "counties, officials said.")}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "count-mismatch").empty());
  }
}
