// Breakdowns that are everyone (complete_sets: children and adults; men, women and children)
// are held against the whole they break down, at its place: a place's figure is the whole of
// the groups told there and a part of the event's whole. And a running figure of one hour
// ("As of Saturday afternoon") is compared only with that hour's. Own-words corpora.
#include <doctest/doctest.h>

#include "tests/events/events_corpus.hpp"
#include "tests/support/shipped_rules.hpp"

using namespace crosscheck;
using namespace crosscheck::test;

namespace {

const std::string avery_40 = "At least 40 people were killed by the flooding in Avery County, officials said. ";

}  // namespace

TEST_CASE("complete breakdowns") {
  SUBCASE("flagged: children and adults add up to less than the place's dead") {
    const auto findings = findings_of(
        {{"a.md", article("2025-05-03", "On Friday, May 2, 2025, " + avery_40 +
                                            "Among the dead in Avery County were 12 children and 20 adults.")}});
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "breakdown-short");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->message.find("32") != std::string::npos);
  }
  SUBCASE("the groups take the place and the whole they are told of") {
    const auto corpus = resolve_articles({{"a.md", article("2025-05-03", "On Friday, May 2, 2025, " + avery_40 +
                                                                             "Among the dead in Avery County were 12 "
                                                                             "children and 20 adults.")}});
    const Claim& adults = claim_in(corpus, "a.md", ClaimKind::count, "20 adults");
    CHECK(adults.property == "killed/adults");
    CHECK(adults.location == "Avery County");
    REQUIRE(adults.part);
    CHECK(adults.part->dimension == "sex_and_age");
  }
  SUBCASE("accepted: a breakdown that adds up") {
    const auto findings = findings_of(
        {{"a.md", article("2025-05-03", "On Friday, May 2, 2025, " + avery_40 +
                                            "Among the dead in Avery County were 12 children and 28 adults.")}});
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
  SUBCASE("accepted: groups that are not everyone may leave people out") {
    const auto findings = findings_of(
        {{"a.md", article("2025-05-03", "On Friday, May 2, 2025, " + avery_40 +
                                            "Among the dead in Avery County were 12 children and 20 women.")}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "breakdown-short").empty());
  }
  SUBCASE("accepted: one place's groups are not the whole event's") {
    const auto findings = findings_of(
        {{"a.md",
          article("2025-05-03", "On Friday, May 2, 2025, the flooding killed 104 people across the state. " + avery_40 +
                                    "Among the dead in Avery County were 12 children and 28 adults.")}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "breakdown-short").empty());
  }
}

TEST_CASE("a figure and the rest of it") {
  const std::string lead = "The flood that struck on Friday, May 2, 2025, has killed more than 60 people. ";
  SUBCASE("flagged: the figure and its rest elsewhere add up to less than the toll") {
    const auto findings = findings_of(
        {{"a.md", article("2025-05-05", lead + "Crews have recovered the bodies of 48 people, including 15 children, "
                                               "and 9 other deaths were reported in other parts of the state.")}});
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "breakdown-short");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->message.find("= 57") != std::string::npos);
    CHECK(of_rule(findings, "count-mismatch").empty());  // the rest is a part, never the toll
  }
  SUBCASE("the rest is a place part outside the first figure's place, and remembers it") {
    const auto corpus = resolve_articles(
        {{"a.md", article("2025-05-05", lead + "At least 50 people died in Avery County, and 12 other deaths were "
                                               "reported outside Avery County.")}});
    const Claim& rest = claim_in(corpus, "a.md", ClaimKind::count, "12 other deaths");
    REQUIRE(rest.part);
    CHECK(rest.part->dimension == "place");
    CHECK(rest.part->value == "outside Avery County");
    REQUIRE(rest.completes);
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "At least 50 people").begin == *rest.completes);
  }
  SUBCASE("flagged: a figure and its rest above the toll") {
    const auto findings =
        findings_of({{"a.md", article("2025-05-05", lead)},
                     {"b.md", article("2025-05-05",
                                      "The flood that struck on Friday, May 2, 2025, killed 50 people in Avery "
                                      "County, and 14 other deaths were reported elsewhere. It has killed 62 "
                                      "people, officials said.")}});
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "sum-mismatch").size() == 1);
  }
  SUBCASE("accepted: a figure and its rest that add up") {
    const auto findings = findings_of(
        {{"a.md", article("2025-05-05", lead + "Crews have recovered the bodies of 52 people, and 11 other deaths "
                                               "were reported in other parts of the state.")}});
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
  SUBCASE("'outside' with no place after it is no rest") {
    const auto corpus = resolve_articles(
        {{"a.md", article("2025-05-05", lead + "Crews have recovered the bodies of 48 people, and 9 other deaths "
                                               "were reported outside the official lists.")}});
    CHECK_FALSE(claim_in(corpus, "a.md", ClaimKind::count, "9 other deaths").completes);
  }
  SUBCASE("accepted: an added count with no words of elsewhere is no rest") {
    const auto findings = findings_of(
        {{"a.md", article("2025-05-05", lead + "Crews have recovered the bodies of 48 people, and 9 other deaths "
                                               "were reported on Sunday.")}});
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
}

TEST_CASE("a running figure of one hour") {
  const auto corpus = resolve_articles(
      {{"a.md", article("2025-05-03", "The flood on Friday, May 2, 2025, left 25 people missing, officials said.")},
       {"b.md", article("2025-05-03",
                        "The flood on Friday, May 2, 2025, hit the valley. As of Saturday afternoon, "
                        "there were 27 missing campers, the city manager said.")}});
  const Claim& afternoon = claim_in(corpus, "b.md", ClaimKind::count, "27");
  CHECK(afternoon.as_of_time == "saturday afternoon");
  CHECK(claim_in(corpus, "a.md", ClaimKind::count, "25").as_of_time.empty());
  CHECK(of_rule(findings_in(corpus), "count-mismatch").empty());
}
