#include "checker/core/yaml_file.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using crosscheck::nearest_name;

TEST_CASE("nearest_name: the closest known name within the allowed edits") {
  const std::vector<std::string> known{"count_categories", "count_scopes", "dates", "sides"};
  CHECK(nearest_name("count_categores", known) == "count_categories");
  CHECK(nearest_name("count_scope", known) == "count_scopes");
  CHECK(nearest_name("dats", known, 1) == "dates");
  CHECK(nearest_name("qualifiers", known).empty());
  // a length difference of exactly the allowed edits is still a match
  CHECK(nearest_name("sid", known, 2) == "sides");
  CHECK(nearest_name("si", known, 2).empty());
  // of two candidates, the nearer wins whatever the order
  CHECK(nearest_name("abcd", {"abcdef", "abce"}) == "abce");
  CHECK(nearest_name("abcd", {"abce", "abcdef"}) == "abce");
}

TEST_CASE("nearest_name: a key far longer than any candidate has no suggestion") {
  const std::vector<std::string> known{"count_categories", "dates"};
  CHECK(nearest_name(std::string(100000, 'd') + "ates", known).empty());
  CHECK(nearest_name(std::string("dates") + "xyz", known) == "dates");
  CHECK(nearest_name(std::string("dates") + "wxyz", known).empty());
}
