// Story calendars: an undated page about a continuing event (a flood, a quake) whose figures
// dated reports give on the event's first days joins that story. Its weekdays fall in the
// week from the day before the event began, its main event is the story's occurrence, and its
// figures are as of the latest day the page writes of its own reporting ("officials said on
// Sunday"). So a later page's toll below an earlier page's is flagged; a page that writes no
// day of its own has no moment, and its tolls meet no other page's.
#include <doctest/doctest.h>

#include "tests/events/events_corpus.hpp"
#include "tests/support/shipped_rules.hpp"

using namespace crosscheck;
using namespace crosscheck::test;

namespace {

std::string page(const std::string& published, const std::string& body) {
  return "---\npublished: " + published + "\n---\n" + body + "\n";
}

// The dated report: the flood on Friday, July 4, 2025, and the figures the others share.
const std::string dated_report =
    page("2025-07-05",
         "Floods swept the Marren valley on Friday, killing at least 30 people, officials said on Saturday.\n\n"
         "In Pine County, 20 adults and 12 children died in the flood.");

const std::string shared_breakdown = "In Pine County, 20 adults and 12 children died in the flood.";

}  // namespace

TEST_CASE("story calendars of undated pages") {
  SUBCASE("an undated page joins the story: its weekdays, its occurrence, its moment") {
    const Articles articles{
        {"a.md", dated_report},
        {"b.md",
         page("unknown",
              "The flood that tore through the Marren valley has killed 45 people, officials said on "
              "Sunday.\n\n" +
                  shared_breakdown + "\n\nForecasters had warned of heavy rain as early as Thursday afternoon.")}};
    const auto corpus = resolve_articles(articles);
    const Claim& toll = claim_in(corpus, "b.md", ClaimKind::count, "45");
    CHECK(toll.event.key == "flood@2025-07-04");
    REQUIRE(toll.as_of);
    CHECK(iso_date(*toll.as_of) == "2025-07-06");
    CHECK(toll.as_of_written);  // its sentence writes the day ("said on Sunday")
    // a weekday before the event is the day before it, not a week later
    const Claim& thursday = claim_in(corpus, "b.md", ClaimKind::date, "Thursday");
    CHECK(iso_date(std::get<DateValue>(thursday.value).lo) == "2025-07-03");
    CHECK(explains(context_of(corpus, "b.md").explain, "moment: 2025-07-06"));
  }
  SUBCASE("flagged: a later page's toll below an earlier page's") {
    const Articles articles{
        {"a.md", dated_report},
        {"b.md", page("unknown", "The flood in the Marren valley has killed 45 people, officials said on Sunday.\n\n" +
                                     shared_breakdown)},
        {"c.md",
         page("unknown", "Forty people have died in the flood, officials said on Monday.\n\n" + shared_breakdown)}};
    const auto corpus = resolve_articles(articles);
    const auto findings = findings_in(corpus);
    CAPTURE(dump(findings));
    const auto fell = of_rule(findings, "toll-decreased");
    REQUIRE(fell.size() == 1);
    CHECK(fell[0]->primary.path == "c.md");
  }
  SUBCASE("not flagged: rising tolls of later days") {
    const Articles articles{
        {"a.md", dated_report},
        {"b.md", page("unknown", "The flood in the Marren valley has killed 45 people, officials said on Sunday.\n\n" +
                                     shared_breakdown)},
        {"c.md", page("unknown",
                      "At least 52 people have died in the flood, officials said on Monday.\n\n" + shared_breakdown)}};
    const auto corpus = resolve_articles(articles);
    const auto findings = findings_in(corpus);
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "toll-decreased").empty());
    CHECK(of_rule(findings, "count-mismatch").empty());
  }
  SUBCASE("not flagged: a page that writes no day of its own has no moment") {
    const Articles articles{
        {"a.md", dated_report},
        {"b.md", page("unknown",
                      "The flood in the Marren valley has killed 45 people, officials said.\n\n" + shared_breakdown)},
        {"c.md",
         page("unknown", "Forty people have died in the flood, officials said on Monday.\n\n" + shared_breakdown)}};
    const auto corpus = resolve_articles(articles);
    CHECK_FALSE(claim_in(corpus, "b.md", ClaimKind::count, "45").as_of);
    const auto findings = findings_in(corpus);
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "toll-decreased").empty());
  }
  SUBCASE("a later day the lead names is the page's moment, the event's own day is not") {
    const Articles articles{
        {"a.md", dated_report},
        {"b.md", page("unknown",
                      "Rescuers searched the Marren valley on Sunday as the flood's toll rose to 45 "
                      "people.\n\n" +
                          shared_breakdown)},
        {"c.md", page("unknown", "The flood that struck the Marren valley on Friday has killed 45 people.\n\n" +
                                     shared_breakdown)}};
    const auto corpus = resolve_articles(articles);
    CHECK(explains(context_of(corpus, "b.md").explain, "moment: 2025-07-06"));
    CHECK_FALSE(explains(context_of(corpus, "c.md").explain, "moment: 2025"));
  }
  SUBCASE("an anniversary report shares the toll, not the week: no calendar") {
    const Articles articles{
        {"a.md",
         page("2026-07-05", "A year ago, on July 4, 2025, floods swept the Marren valley.\n\n" + shared_breakdown)},
        {"b.md", page("unknown", "The flood in the Marren valley has killed 45 people, officials said on Sunday.\n\n" +
                                     shared_breakdown)}};
    const auto corpus = resolve_articles(articles);
    const Claim& toll = claim_in(corpus, "b.md", ClaimKind::count, "45");
    CHECK_FALSE((toll.as_of && iso_date(*toll.as_of) == "2025-07-06"));
    CHECK_FALSE(explains(context_of(corpus, "b.md").explain, "moment: 2025"));
  }
  SUBCASE("a page whose figures the dated reports do not give stays out of the story") {
    const Articles articles{
        {"a.md", dated_report},
        {"b.md", page("unknown", "A flood in the Oster valley has killed 9 people, officials said on Sunday.")}};
    const auto corpus = resolve_articles(articles);
    CHECK(claim_in(corpus, "b.md", ClaimKind::count, "9").event.key != "flood@2025-07-04");
  }
}

TEST_CASE("a page that tells of the event's first day and still expects more that day was written on it") {
  const Articles articles{
      {"a.md", page("2031-09-17",
                    "Hurricane Orla made landfall in Belize on Tuesday, killing 14 people and leaving 2,300 "
                    "homeless.")},
      {"b.md", page("unknown",
                    "Flooding swept across Belize on Tuesday as Hurricane Orla came ashore, killing 14 people and "
                    "leaving 2,300 homeless. Two people are missing.\n\nThe storm is expected to reach Honduras "
                    "late Tuesday or early Wednesday, and officials will give new figures as of Wednesday.")}};
  const auto corpus = resolve_articles(articles);
  const auto& b = context_of(corpus, "b.md");
  CHECK(b.focus == "storm@2031-09-16");  // the storm it names, not the floods of its lead
  CHECK(explains(b.explain, "moment: 2031-09-16"));
  CHECK(explains(b.explain, "expects more on that day"));
  const Claim& two = claim_in(corpus, "b.md", ClaimKind::count, "Two");
  REQUIRE(two.as_of);
  CHECK(iso_date(*two.as_of) == "2031-09-16");
  // a coming day is read forward from the story's day, never from the end of its week
  const Claim& coming = claim_in(corpus, "b.md", ClaimKind::date, "Wednesday");
  CHECK(iso_date(std::get<DateValue>(coming.value).lo) == "2031-09-17");
}

TEST_CASE("a coming day far below the lead, on a page linked by the storm's name, still dates the page") {
  // the page shares no figure with the dated report: linked by the name alone, it is of the
  // story's week because it names the landfall's day by its weekday; its expectation of more on
  // that day stands in a list after the lead, where no calendar reads it
  const Articles articles{
      {"a.md", page("2031-09-16", "Hurricane Orla made landfall in Belize on Tuesday, killing 14 people.")},
      {"b.md", page("unknown",
                    "Winds tore roofs off homes Tuesday as Hurricane Orla came ashore in Belize. It has been "
                    "blamed for at least three deaths so far.\n\nThe prime minister spoke on Monday. Schools "
                    "are closed. Roads are shut.\n\nWhat comes next: The storm is expected to reach Honduras "
                    "late Tuesday.")}};
  const auto corpus = resolve_articles(articles);
  const auto& b = context_of(corpus, "b.md");
  CHECK(explains(b.explain, "moment: 2031-09-16"));
  const Claim& three = claim_in(corpus, "b.md", ClaimKind::count, "at least three deaths");
  REQUIRE(three.as_of);
  CHECK(iso_date(*three.as_of) == "2031-09-16");
}
