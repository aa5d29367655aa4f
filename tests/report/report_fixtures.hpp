// Hand-built findings for reporter tests (the engine is not needed to test formatting), and
// the golden-file check: outputs are compared byte for byte with tests/golden/report/.
#pragma once

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include "checker/findings/fingerprint.hpp"
#include "checker/report/report.hpp"

namespace crosscheck::test {

inline Location make_location(std::string path, int line, int column, int end_column, std::string text,
                              nlohmann::json claim, std::string label = {}) {
  Location location;
  location.path = std::move(path);
  location.source_id = location.path;
  location.begin = {line, column};
  location.end = {line, end_column};
  location.text = std::move(text);
  location.label = std::move(label);
  location.claim = std::move(claim);
  return location;
}

inline nlohmann::json count_claim(std::string property, double value, std::string qualifier, std::string scope) {
  return {{"kind", "count"},
          {"property", std::move(property)},
          {"value", value},
          {"qualifier", std::move(qualifier)},
          {"scope", std::move(scope)}};
}

// Four findings covering every level and status a reporter must render differently, paths
// needing percent-encoding, and a message full of characters each format must escape.
inline ReportInput sample_report(bool with_baseline) {
  ReportInput input;
  input.documents = 6;
  input.claims = 87;
  input.base_dir = "/srv/news";
  input.baseline_used = with_baseline;

  Finding count;
  count.rule = "count-mismatch";
  count.kind = "count_mismatch";
  count.level = Level::error;
  count.message = "released per side differs: 250 here, 1,200 per side in wire/017.txt";
  count.event = "exchange@2025-03-14";
  count.primary = make_location("/srv/news/wire/012.txt", 4, 18, 44, "250 captives from each side",
                                count_claim("released", 250, "exact", "per_side"));
  count.related.push_back(make_location("/srv/news/wire/017.txt", 9, 1, 30, "1,200 detainees on either side",
                                        count_claim("released", 1200, "exact", "per_side"), "1,200 per side here"));
  count.explain = {"both dated 2025-03-14 by an explicit date in the clause",
                   "same property (released) and scope (per_side)"};

  Finding scope;
  scope.rule = "scope-mismatch";
  scope.kind = "scope_mismatch";
  scope.level = Level::warning;
  scope.message = "scope differs: 600 in total here, 600 per side in wire/012.txt";
  scope.event = "agreement@2025-03-02";
  scope.primary = make_location("/srv/news/desk notes/kyïv 2.md", 12, 7, 31, "600 prisoners altogether",
                                count_claim("agreed", 600, "exact", "total"));
  scope.related.push_back(make_location("/srv/news/wire/012.txt", 2, 5, 27, "600 for 600",
                                        count_claim("agreed", 600, "exact", "per_side"), "600 per side here"));
  scope.status = FindingStatus::baselined;

  Finding role;
  role.rule = "role-mismatch";
  role.kind = "role_mismatch";
  role.level = Level::info;
  role.message = "title differs: \"ex-minister\" here, 100% | <b>minister</b>, per facts: 2024, 2025";
  role.event = "role@Jane Roe";
  role.primary = make_location("/srv/news/wire/017.txt", 15, 3, 22, "ex-minister Jane Roe",
                               {{"kind", "role"},
                                {"property", "title"},
                                {"value", "minister"},
                                {"qualifier", "former"},
                                {"scope", "unspecified"}});
  role.related.push_back(make_location("/srv/news/facts/people.yaml", 3, 3, 20, "minister since 2024",
                                       {{"kind", "role"},
                                        {"property", "title"},
                                        {"value", "minister"},
                                        {"qualifier", "exact"},
                                        {"scope", "unspecified"}},
                                       "reference facts:\nminister, since 2024"));

  Finding date;
  date.rule = "date-mismatch";
  date.kind = "date_mismatch";
  date.level = Level::error;
  date.message = "exchange dated 2025-03-13 here, 2025-03-14 in wire/012.txt";
  date.event = "exchange@2025-03-14";
  date.primary = make_location("/srv/news/wire/020.txt", 1, 40, 54, "on Thursday",
                               {{"kind", "date"},
                                {"property", "exchange"},
                                {"value", "2025-03-13"},
                                {"qualifier", "exact"},
                                {"scope", "unspecified"}});
  date.related.push_back(make_location("/srv/news/wire/012.txt", 1, 10, 24, "March 14",
                                       {{"kind", "date"},
                                        {"property", "exchange"},
                                        {"value", "2025-03-14"},
                                        {"qualifier", "exact"},
                                        {"scope", "unspecified"}},
                                       "2025-03-14 here"));
  date.status = FindingStatus::dismissed;

  input.findings = {count, scope, role, date};
  assign_fingerprints(input.findings);
  sort_findings(input.findings);

  RuleInfo count_rule{"count-mismatch",
                      "compare",
                      "count_mismatch",
                      Level::error,
                      "the same count for the same event differs between sources",
                      "Compares counts of the same property and scope for one event, with interval semantics.",
                      "Flagged: 250 per side vs 1,200 per side for one exchange. Accepted: about 250 vs 248."};
  RuleInfo scope_rule{"scope-mismatch",
                      "scope",
                      "scope_mismatch",
                      Level::warning,
                      "a total in one source is a per-side figure in another",
                      "",
                      ""};
  RuleInfo date_rule{
      "date-mismatch", "calendar", "date_mismatch", Level::error, "the same event is dated differently", "", ""};
  input.rules = {count_rule, date_rule, scope_rule};

  if (with_baseline) {
    BaselineEntry stale;
    stale.fingerprint = "00112233445566778899aabbccddeeff";
    stale.rule = "sum-mismatch";
    stale.path = "wire/009.txt";
    stale.message = "parts add up to 310 here, 300 in total";
    stale.where = {"/srv/news/crosscheck-baseline.yaml", 8, 5};
    input.stale = {stale};
  }
  return input;
}

// Compares with tests/golden/report/<name>; CROSSCHECK_UPDATE_GOLDEN=1 rewrites the file
// instead (the only way goldens change: review the diff, then commit it).
inline void check_golden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(CROSSCHECK_SOURCE_DIR) + "/tests/golden/report/" + name;
  const char* update = std::getenv("CROSSCHECK_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream out(path, std::ios::binary);
    out << actual;
    REQUIRE_MESSAGE(out.good(), "cannot write " << path);
    MESSAGE("updated " << path);
    return;
  }
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), path << " is missing; run with CROSSCHECK_UPDATE_GOLDEN=1 to create it");
  std::ostringstream expected;
  expected << in.rdbuf();
  CHECK_MESSAGE(
      actual == expected.str(),
      "output differs from " << path << " (if the change is intended: CROSSCHECK_UPDATE_GOLDEN=1, review the diff)");
}

}  // namespace crosscheck::test
