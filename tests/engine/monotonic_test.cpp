// toll-decreased (check monotonic): a later toll below an earlier one of the same event is
// flagged; figures that may both hold, other places, same-day figures and plans are not. Also
// cumulative-below-stage leaving a storm's rising toll "so far" alone.
#include <doctest/doctest.h>

#include "tests/support/shipped_rules.hpp"

using namespace crosscheck;
using namespace crosscheck::test;

namespace {

const char* lead = "The flood that hit the valley on Sunday, April 6, 2025, ";

}  // namespace

TEST_CASE("toll-decreased") {
  SUBCASE("flagged: at least 52 dead, then 47 two days later") {
    const auto findings = findings_of({
        {"a.md", article("2025-04-07", std::string(lead) + "killed at least 52 people, officials said.")},
        {"b.md", article("2025-04-09", std::string(lead) + "killed 47 people, officials said.")},
    });
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "toll-decreased");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->primary.path == "b.md");
    CHECK(found[0]->kind == "toll_decreased");
    CHECK(found[0]->level == Level::info);  // a fall is as often a revision as an error
    CHECK(found[0]->message.find("47") != std::string::npos);
    CHECK(found[0]->message.find("at least 52") != std::string::npos);
    CHECK(found[0]->message.find("2025-04-07") != std::string::npos);
  }
  SUBCASE("accepted: a page dated only by its lead's full date may tell a later day's toll") {
    // "On Wednesday, March 13, 2024, ..." opening a page with no date of its own: the
    // event's day, not necessarily the day of the figures the page gives
    const char* parade =
        "On Wednesday, March 13, 2024, a shooting at the parade left at least 31 people "
        "wounded, police said.";
    const char* next_day = "The shooting at the parade on Wednesday left 27 people wounded, police said on Thursday.";
    const auto undated = findings_of({{"a.md", article("unknown", parade)}, {"b.md", article("2024-03-14", next_day)}});
    CAPTURE(dump(undated));
    CHECK(of_rule(undated, "toll-decreased").empty());
    // the control: the same page with its published day given
    const auto dated =
        findings_of({{"a.md", article("2024-03-13", parade)}, {"b.md", article("2024-03-14", next_day)}});
    CAPTURE(dump(dated));
    CHECK(of_rule(dated, "toll-decreased").size() == 1u);
  }
  SUBCASE("accepted: a toll that rose") {
    const auto findings = findings_of({
        {"a.md", article("2025-04-07", std::string(lead) + "killed 47 people, officials said.")},
        {"b.md", article("2025-04-09", std::string(lead) + "killed at least 52 people, officials said.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "toll-decreased").empty());
  }
  SUBCASE("accepted: about 50, then 48 (both may hold)") {
    const auto findings = findings_of({
        {"a.md", article("2025-04-07", std::string(lead) + "killed about 50 people, officials said.")},
        {"b.md", article("2025-04-09", std::string(lead) + "killed 48 people, officials said.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "toll-decreased").empty());
  }
  SUBCASE("accepted: a lower figure within the tolerance") {
    const auto findings = findings_of({
        {"a.md", article("2025-04-07", std::string(lead) + "killed 200 people, officials said.")},
        {"b.md", article("2025-04-09", std::string(lead) + "killed 196 people, officials said.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "toll-decreased").empty());
  }
  SUBCASE("accepted: one town's toll later than the whole") {
    const auto findings = findings_of({
        {"a.md", article("2025-04-07", std::string(lead) + "killed at least 52 people, officials said.")},
        {"b.md", article("2025-04-09", std::string(lead) + "killed 19 people in Marlow, officials said.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "toll-decreased").empty());
  }
  SUBCASE("accepted: an earlier day whose figures disagree says nothing of a fall") {
    const auto findings = findings_of({
        {"a.md", article("2025-04-07", std::string(lead) + "killed 52 people, officials said.")},
        {"b.md", article("2025-04-07", std::string(lead) + "killed 25 people, officials said.")},
        {"c.md", article("2025-04-09", std::string(lead) + "killed 27 people, officials said.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "toll-decreased").empty());
    // two pages of one published day may be of different hours
    CHECK(of_rule(findings, "count-mismatch").empty());
  }
  SUBCASE("accepted: one of the injured died (transfers: injured>killed)") {
    const auto findings = findings_of({
        {"a.md", article("2025-04-07", std::string(lead) + "killed 20 people and injured 30 others, officials said.")},
        {"b.md", article("2025-04-09", std::string(lead) + "killed 23 people and injured 27 others, officials said.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "toll-decreased").empty());
  }
  SUBCASE("flagged: the injured fell by more than the dead rose") {
    const auto findings = findings_of({
        {"a.md", article("2025-04-07", std::string(lead) + "killed 20 people and injured 30 others, officials said.")},
        {"b.md", article("2025-04-09", std::string(lead) + "killed 23 people and injured 20 others, officials said.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "toll-decreased").size() == 1);
  }
  SUBCASE("accepted: the same day is the count check's, not this one") {
    const auto findings = findings_of({
        {"a.md", article("2025-04-08", std::string(lead) + "killed at least 52 people, officials said.")},
        {"b.md", article("2025-04-08", std::string(lead) + "killed 47 people, officials said.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "toll-decreased").empty());
  }
}

TEST_CASE("cumulative-below-stage selects stages of exchanges only") {
  SUBCASE("accepted: a storm's toll so far, rising over the days") {
    const auto findings = findings_of({
        {"a.md", article("2025-09-15",
                         "The storm that made landfall on Sunday, September 14, 2025, has killed 9 people so far.")},
        {"b.md", article("2025-09-17",
                         "The storm that made landfall on Sunday, September 14, 2025, killed a total of 30 people.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "cumulative-below-stage").empty());
    CHECK(of_rule(findings, "toll-decreased").empty());
  }
}
