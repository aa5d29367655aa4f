#include <sstream>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "tests/report/report_fixtures.hpp"

using namespace crosscheck;
using crosscheck::test::check_golden;
using crosscheck::test::sample_report;

namespace {

nlohmann::json sarif_of(const ReportInput& input) {
  std::ostringstream out;
  write_sarif(out, input);
  return nlohmann::json::parse(out.str());
}

const nlohmann::json* result_for(const nlohmann::json& run, const std::string& rule) {
  for (const nlohmann::json& result : run["results"]) {
    if (result["ruleId"] == rule) return &result;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("write_sarif") {
  SUBCASE("golden, with a baseline") {
    std::ostringstream out;
    write_sarif(out, sample_report(true));
    check_golden("report.sarif", out.str());
  }
  SUBCASE("golden, without a baseline") {
    std::ostringstream out;
    write_sarif(out, sample_report(false));
    check_golden("report-no-baseline.sarif", out.str());
  }

  const nlohmann::json root = sarif_of(sample_report(true));
  const nlohmann::json& run = root["runs"][0];
  SUBCASE("log and driver") {
    CHECK(root["version"] == "2.1.0");
    CHECK(root.contains("$schema"));
    const nlohmann::json& driver = run["tool"]["driver"];
    CHECK(driver["name"] == "crosscheck");
    CHECK(driver["semanticVersion"] == CROSSCHECK_VERSION);
    CHECK(driver["informationUri"].get<std::string>().rfind("https://", 0) == 0);
    CHECK(run["columnKind"] == "unicodeCodePoints");
    CHECK(run["originalUriBaseIds"]["CORPUSROOT"]["uri"] == "file:///srv/news/");
  }
  SUBCASE("every ruleIndex points at its rule, unloaded rules are appended") {
    const nlohmann::json& rules = run["tool"]["driver"]["rules"];
    CHECK(rules.size() == 4);
    CHECK(rules[0]["id"] == "count-mismatch");
    CHECK(rules[0]["name"] == "CountMismatch");
    CHECK(rules[0]["defaultConfiguration"]["level"] == "error");
    CHECK(rules[3]["id"] == "role-mismatch");
    for (const nlohmann::json& result : run["results"]) {
      CHECK(rules[result["ruleIndex"].get<std::size_t>()]["id"] == result["ruleId"]);
    }
  }
  SUBCASE("levels map to error, warning, note") {
    CHECK((*result_for(run, "count-mismatch"))["level"] == "error");
    CHECK((*result_for(run, "scope-mismatch"))["level"] == "warning");
    CHECK((*result_for(run, "role-mismatch"))["level"] == "note");
  }
  SUBCASE("relative, percent-encoded URIs with the base id; region and snippet") {
    const nlohmann::json& location = (*result_for(run, "scope-mismatch"))["locations"][0]["physicalLocation"];
    CHECK(location["artifactLocation"]["uri"] == "desk%20notes/ky%C3%AFv%202.md");
    CHECK(location["artifactLocation"]["uriBaseId"] == "CORPUSROOT");
    CHECK(location["region"]["startLine"] == 12);
    CHECK(location["region"]["startColumn"] == 7);
    CHECK(location["region"]["endColumn"] == 31);
    CHECK(location["region"]["snippet"]["text"] == "600 prisoners altogether");
  }
  SUBCASE("related locations carry an id and a message") {
    const nlohmann::json& related = (*result_for(run, "count-mismatch"))["relatedLocations"];
    REQUIRE(related.size() == 1);
    CHECK(related[0]["id"] == 1);
    CHECK(related[0]["message"]["text"] == "1,200 per side here");
    CHECK(related[0]["physicalLocation"]["artifactLocation"]["uri"] == "wire/017.txt");
  }
  SUBCASE("fingerprints, baseline state and suppressions") {
    const nlohmann::json& fresh = *result_for(run, "count-mismatch");
    CHECK(fresh["partialFingerprints"]["crosscheck/v1"].get<std::string>().size() == 32);
    CHECK(fresh["baselineState"] == "new");
    CHECK_FALSE(fresh.contains("suppressions"));
    const nlohmann::json& known = *result_for(run, "scope-mismatch");
    CHECK(known["baselineState"] == "unchanged");
    CHECK(known["suppressions"][0]["kind"] == "external");
    CHECK(known["suppressions"][0]["status"] == "accepted");
    CHECK((*result_for(run, "date-mismatch"))["suppressions"].size() == 1);
  }
  SUBCASE("no baselineState without a baseline") {
    const nlohmann::json plain = sarif_of(sample_report(false));
    for (const nlohmann::json& result : plain["runs"][0]["results"]) CHECK_FALSE(result.contains("baselineState"));
  }
  SUBCASE("an unset end leaves endLine and endColumn out") {
    ReportInput input = sample_report(false);
    input.findings[0].primary.end = {};
    const nlohmann::json region =
        sarif_of(input)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
    CHECK(region["startLine"] == 12);
    CHECK_FALSE(region.contains("endLine"));
    CHECK_FALSE(region.contains("endColumn"));
  }
  SUBCASE("a path outside the corpus root gets an absolute file URI") {
    ReportInput input = sample_report(false);
    input.findings[0].primary.path = "/elsewhere/x y.txt";
    const nlohmann::json other = sarif_of(input);
    const nlohmann::json& artifact =
        other["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
    CHECK(artifact["uri"] == "file:///elsewhere/x%20y.txt");
    CHECK_FALSE(artifact.contains("uriBaseId"));
  }
}

TEST_CASE("percent_encode_path") {
  struct Row {
    const char* in;
    const char* out;
  };
  const Row rows[] = {{"a/b.txt", "a/b.txt"},        {"desk notes/x.md", "desk%20notes/x.md"},
                      {"kyïv.txt", "ky%C3%AFv.txt"}, {"50%#?.txt", "50%25%23%3F.txt"},
                      {"a:b,c", "a%3Ab%2Cc"},        {"~a_b-c.d", "~a_b-c.d"}};
  for (const Row& row : rows) {
    SUBCASE(row.in) { CHECK(percent_encode_path(row.in) == row.out); }
  }
}
