// superlative-conflict over measures and windows: deadliest by toll, strongest by magnitude,
// "in a century", "this year", "ever"; the window excludes its own start; events of types that
// happen in many places are compared only when one source reports both. Also reference facts
// scoped to a place: a duration of another war is not measured from the shipped war start.
#include <doctest/doctest.h>

#include "checker/engine/facts.hpp"
#include "tests/support/shipped_rules.hpp"

using namespace crosscheck;
using namespace crosscheck::test;

namespace {

// One source reporting two quakes of one region: the earlier one deadlier and stronger.
const std::string two_quakes =
    article("2025-11-03",
            "A magnitude 6.8 earthquake struck the coast on Sunday, November 2, 2025, killing 30 people.\n\n"
            "An earthquake on March 9, 2025, of magnitude 7.2, killed 85 people in the same region.");

}  // namespace

TEST_CASE("superlative-conflict over measures and windows") {
  SUBCASE("flagged: the deadliest this year, but a deadlier one earlier that year") {
    const auto findings = findings_of({
        {"a.md", two_quakes},
        {"b.md", article("2025-11-03",
                         "The earthquake on Sunday, November 2, 2025, killed 30 people, the deadliest quake this "
                         "year.")},
    });
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "superlative-conflict");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->primary.path == "b.md");
    CHECK(found[0]->message.find("85") != std::string::npos);
  }
  SUBCASE("flagged: the strongest in a century, but a stronger one months before") {
    const auto findings = findings_of({
        {"a.md", two_quakes},
        {"b.md", article("2025-11-03",
                         "The earthquake on Sunday, November 2, 2025, was the strongest quake in a century, "
                         "officials said.")},
    });
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "superlative-conflict");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->message.find("7.2") != std::string::npos);
  }
  SUBCASE("flagged: the strongest on record has no lower bound") {
    const auto findings = findings_of({
        {"a.md", two_quakes},
        {"b.md", article("2025-11-03",
                         "The earthquake on Sunday, November 2, 2025, was the strongest quake on record, "
                         "officials said.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "superlative-conflict").size() == 1);
  }
  SUBCASE("accepted: the deadliest in a century when the deadlier one is the event itself") {
    const auto findings = findings_of({
        {"a.md", two_quakes},
        {"b.md", article("2025-03-10",
                         "The earthquake on Sunday, March 9, 2025, killed 85 people, the deadliest quake in a "
                         "century.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "superlative-conflict").empty());
  }
  SUBCASE("accepted: quakes no source reports together may be far apart") {
    const auto findings = findings_of({
        {"a.md", article("2025-03-10", "An earthquake on Sunday, March 9, 2025, killed 85 people.")},
        {"b.md", article("2025-11-03",
                         "The earthquake on Sunday, November 2, 2025, killed 30 people, the deadliest quake this "
                         "year.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "superlative-conflict").empty());
  }
  SUBCASE("accepted: the event the window starts from is not inside it") {
    const auto findings = findings_of({
        {"a.md", article("2025-06-11", "On June 10 each side released 500 prisoners.")},
        {"b.md",
         article("2025-06-21", "On June 20 each side released 300 prisoners, the largest exchange since June 2025.")},
    });
    CAPTURE(dump(findings));
    // June 10 is inside "since June 2025" (from June 1): flagged; the start day itself is not.
    CHECK(of_rule(findings, "superlative-conflict").size() == 1);
    const auto none = findings_of({
        {"a.md", article("2025-06-02", "On June 1 each side released 500 prisoners.")},
        {"b.md",
         article("2025-06-21", "On June 20 each side released 300 prisoners, the largest exchange since June 2025.")},
    });
    CAPTURE(dump(none));
    CHECK(of_rule(none, "superlative-conflict").empty());
  }
}

TEST_CASE("superlative-conflict: an event of its type the day before is the same one keyed another day") {
  // a page dated by its dateline the day after the bombing keys it a day late; the toll it
  // rose to the day before is not a deadlier bombing
  const std::string both = article("2023-02-01",
                                   "The bombing on Monday, January 30, 2023, killed 101 people.\n\n"
                                   "A bombing on January 31, 2023, killed 100 people, the deadliest in years.");
  const auto findings = findings_of({{"a.md", both}});
  CAPTURE(dump(findings));
  CHECK(of_rule(findings, "superlative-conflict").empty());
  // three days apart they are two
  const std::string apart = article("2023-02-03",
                                    "The bombing on Monday, January 30, 2023, killed 101 people.\n\n"
                                    "A bombing on February 2, 2023, killed 100 people, the deadliest in years.");
  const auto two = findings_of({{"a.md", apart}});
  CAPTURE(dump(two));
  CHECK(of_rule(two, "superlative-conflict").size() == 1);
}

TEST_CASE("reference facts scoped to a place") {
  SUBCASE("accepted: another country's war is not measured from the shipped war start") {
    const auto findings = findings_of({
        {"a.md", article("2025-06-12", "The civil war in Sudan, which has lasted for more than two years, goes on.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "duration-mismatch").empty());
  }
  SUBCASE("flagged: the same sentence about the war in Ukraine") {
    const auto findings = findings_of({
        {"a.md", article("2025-06-12", "The war in Ukraine, which has lasted for more than four years, goes on.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "duration-mismatch").size() == 1);
  }
  SUBCASE("event_for_claim says why a fact does not apply") {
    ReferenceFacts facts;
    facts.add_file(default_facts_file());
    Claim c;
    c.kind = ClaimKind::duration;
    c.property = "war";
    c.snippet = "Sudan's civil war has lasted for more than two years.";
    std::string why;
    CHECK(facts.event_for_claim("war", c, &why) == nullptr);
    CHECK(why.find("Sudan") != std::string::npos);
    c.snippet = "Russia's war has lasted for more than three years.";
    CHECK(facts.event_for_claim("war", c) == facts.event("war_start"));
    c.snippet = "The Russia-Ukraine war has lasted for more than three years.";
    CHECK(facts.event_for_claim("war", c) == facts.event("war_start"));
    c.snippet = "The Israel-Hamas war has lasted for more than a year.";
    CHECK(facts.event_for_claim("war", c) == nullptr);
    c.snippet = "The war has lasted for more than three years.";
    CHECK(facts.event_for_claim("war", c) == facts.event("war_start"));
    // the sides after "between" name the war
    c.property = "conflict";
    c.snippet = "Varno has been engulfed in a conflict between the Varnian army and the RSF since April 2023.";
    CHECK(facts.event_for_claim("conflict", c, &why) == nullptr);
    CHECK(why.find("Varnian") != std::string::npos);
    c.snippet = "The conflict between Russia and Ukraine has lasted for more than three years.";
    CHECK(facts.event_for_claim("conflict", c) == facts.event("war_start"));
    c.snippet = "The conflict between Russia and Tarnland has lasted for more than three years.";
    CHECK(facts.event_for_claim("conflict", c) == nullptr);
  }
}

TEST_CASE("superlative-conflict: a swap of another war is not set against 'the largest swap of the war'") {
  // a larger swap between parties the lexicon does not know, of another war
  const std::string other_war = article(
      "2023-04-16", "On Friday, April 14, 2023, the rebels and the government exchanged 887 prisoners in total.");
  const std::string this_war =
      article("2024-01-04",
              "On Wednesday, January 3, 2024, Ukraine and Russia exchanged 478 prisoners in total, the largest swap "
              "since the start of the full-scale war in February 2022. Ukraine received 230 of its soldiers.");
  const auto findings = findings_of({{"a.md", other_war}, {"b.md", this_war}});
  CAPTURE(dump(findings));
  CHECK(of_rule(findings, "superlative-conflict").empty());
  // a larger swap of the same war, with its sides, still is
  const std::string same_war = article(
      "2023-04-16",
      "On Friday, April 14, 2023, Ukraine and Russia exchanged 800 prisoners in total. Ukraine received 400 of its "
      "soldiers.");
  const auto both = findings_of({{"a.md", same_war}, {"b.md", this_war}});
  CAPTURE(dump(both));
  CHECK(of_rule(both, "superlative-conflict").size() == 1);
}
