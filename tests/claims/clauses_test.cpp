// The clause arithmetic extraction shares (checker/claims/clauses.hpp).
#include <doctest/doctest.h>

#include <set>
#include <string>

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

}  // namespace crosscheck
