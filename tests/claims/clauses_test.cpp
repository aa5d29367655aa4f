// The clause arithmetic extraction shares (checker/claims/clauses.hpp).
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "checker/claims/clauses.hpp"

namespace crosscheck {

TEST_CASE("has_joint: a joint inside a span, a spaced joint also at the span's ends") {
  CHECK(has_joint(" dead and 200 ", {" and "}));
  CHECK(has_joint("and 200", {" and "}));    // the span starts where the joint's space would be
  CHECK(has_joint(" dead and", {" and "}));  // and ends there
  CHECK(has_joint(" dead AND 200 ", {" and "}));
  CHECK(has_joint(" dead, 200 ", {" and ", ","}));
  CHECK_FALSE(has_joint(" dead 200 ", {" and ", ","}));
  CHECK_FALSE(has_joint(" bandits ", {" and "}));  // a word holding the letters is no joint
  CHECK_FALSE(has_joint(" sandy", {" and "}));
  CHECK_FALSE(has_joint("", {" and ", ","}));
  CHECK(has_joint(";", {";"}));
}

TEST_CASE("title case: a lower-case word a title would capitalise makes a sentence prose") {
  const std::set<std::string, std::less<>> small{"in", "and", "to", "with"};
  CHECK(title_cased("Death Toll Rises to 72 in Norland Valley Flood", small));
  CHECK(title_cased("Death Toll Rises to 72 in Norland Valley Flood (updated at 19:20)", small));
  CHECK_FALSE(title_cased("43 died in Avery County and 11 in Yancey County.", small));
  CHECK(title_cased("43 died in Avery County and 11 in Yancey County."));  // without the list: capitals only
}

TEST_CASE("closes_on: a name whose last words are one of the heads") {
  const std::vector<std::string> heads{"Fire", "National Assembly", "county"};
  CHECK(closes_on("Ridge Fire", heads));
  CHECK(closes_on("the Norland National Assembly", heads));
  CHECK_FALSE(closes_on("Fire", heads));                      // the head alone names nothing
  CHECK(closes_on("Fire", heads, {.whole = true}));           // unless the caller says it does
  CHECK_FALSE(closes_on("Bonfire", heads, {.whole = true}));  // a word that ends in the letters is no head
  CHECK_FALSE(closes_on("Ridge Fires", heads));
  CHECK_FALSE(closes_on("Kerr County", heads));  // the heads' case counts
  CHECK(closes_on("Kerr County", heads, {.ignore_case = true}));
  CHECK_FALSE(closes_on("", heads, {.whole = true}));
  CHECK_FALSE(closes_on("Ridge Fire", {}));
}

}  // namespace crosscheck
