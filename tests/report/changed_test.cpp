#include <doctest/doctest.h>

#include "checker/findings/changed.hpp"

using namespace crosscheck;

namespace {

Location at(const char* path) {
  Location location;
  location.path = path;
  return location;
}

Finding between(const char* primary, const char* related, const char* rule) {
  Finding finding;
  finding.rule = rule;
  finding.primary = at(primary);
  if (related != nullptr) finding.related.push_back(at(related));
  return finding;
}

}  // namespace

TEST_CASE("normalize_changed_path") {
  struct Row {
    const char* in;
    const char* out;
  };
  const Row rows[] = {
      {"corpus/a.txt", "corpus/a.txt"},      {"./corpus/a.txt", "corpus/a.txt"},
      {"corpus/x/../a.txt", "corpus/a.txt"}, {"/repo/corpus/a.txt", "corpus/a.txt"},
      {"corpus//a.txt", "corpus/a.txt"},     {"/elsewhere/a.txt", "/elsewhere/a.txt"},
      {"../other/a.txt", "/other/a.txt"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.in) { CHECK(normalize_changed_path(row.in, "/repo") == row.out); }
  }
}

TEST_CASE("keep_changed_findings") {
  const std::vector<Finding> findings = {
      between("corpus/a.txt", "corpus/b.txt", "r1"), between("corpus/c.txt", "corpus/a.txt", "r2"),
      between("corpus/c.txt", "corpus/d.txt", "r3"), between("corpus/e.txt", nullptr, "r4")};
  SUBCASE("a finding is kept when its primary or a related location changed") {
    const auto kept = keep_changed_findings(findings, {"./corpus/a.txt"}, "/repo");
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].rule == "r1");
    CHECK(kept[1].rule == "r2");
  }
  SUBCASE("absolute and relative spellings meet") {
    const auto kept = keep_changed_findings(findings, {"/repo/corpus/e.txt"}, "/repo");
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].rule == "r4");
  }
  SUBCASE("nothing changed, nothing kept") { CHECK(keep_changed_findings(findings, {}, "/repo").empty()); }
  SUBCASE("a changed file no finding touches keeps nothing") {
    CHECK(keep_changed_findings(findings, {"corpus/zzz.txt", "corpus"}, "/repo").empty());
  }
}
