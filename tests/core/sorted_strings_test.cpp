#include "checker/core/sorted_strings.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using crosscheck::SortedStrings;

TEST_CASE("SortedStrings: a set of strings in one sorted vector") {
  SortedStrings names;
  CHECK(names.empty());
  CHECK(names.insert("ukraine"));
  CHECK(names.insert("gaza"));
  CHECK(names.insert("israel"));
  CHECK_FALSE(names.insert("gaza"));  // once only
  CHECK(names.size() == 3);
  CHECK(std::vector<std::string>(names.begin(), names.end()) == std::vector<std::string>{"gaza", "israel", "ukraine"});
  CHECK(names.count("israel") == 1);
  CHECK(names.contains("ukraine"));
  CHECK_FALSE(names.contains("ukrain"));
  CHECK_FALSE(names.contains(""));
  // read back in order (an archive) or not, the same set
  SortedStrings read;
  for (const auto& s : {"gaza", "israel", "ukraine"}) read.insert(read.end(), s);
  CHECK(read == names);
  SortedStrings unordered;
  for (const auto& s : {"ukraine", "gaza", "israel", "gaza"}) unordered.insert(unordered.end(), s);
  CHECK(unordered == names);
  CHECK(SortedStrings{"b", "a"} == SortedStrings{"a", "b"});
  names.clear();
  CHECK(names.empty());
}
