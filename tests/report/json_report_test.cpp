#include <sstream>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "tests/report/report_fixtures.hpp"

using namespace crosscheck;
using crosscheck::test::check_golden;
using crosscheck::test::sample_report;

namespace {

std::string json_text(const ReportInput& input) {
  std::ostringstream out;
  write_json(out, input);
  return out.str();
}

}  // namespace

TEST_CASE("write_json") {
  SUBCASE("golden") { check_golden("report.json", json_text(sample_report(true))); }

  SUBCASE("streamed, the text is what the JSON library prints for the whole document") {
    // (the findings are written one at a time; the text must not tell)
    const auto as_printed = [](const std::string& text) { return nlohmann::ordered_json::parse(text).dump(2) + "\n"; };
    ReportInput empty = sample_report(false);
    empty.findings.clear();
    ReportInput reviewed = sample_report(true);
    reviewed.review_used = true;
    reviewed.stale_decisions.push_back(ReviewDecision{});
    reviewed.stale_decisions.back().fingerprint = "0123456789abcdef0123456789abcdef";
    reviewed.stale_decisions.back().reason = "a reason with \"quotes\"\nand a line break";
    for (const ReportInput* input : {&empty, &reviewed}) {
      const std::string text = json_text(*input);
      CHECK(text == as_printed(text));
    }
    CHECK(json_text(empty).find("\"findings\": []") != std::string::npos);
    CHECK(json_text(sample_report(true)) == as_printed(json_text(sample_report(true))));
  }

  const nlohmann::json root = nlohmann::json::parse(json_text(sample_report(true)));
  SUBCASE("tool and summary as in the contract") {
    CHECK(root["tool"]["name"] == "crosscheck");
    CHECK(root["tool"]["version"] == CROSSCHECK_VERSION);
    CHECK(root["summary"]["documents"] == 6);
    CHECK(root["summary"]["claims"] == 87);
    CHECK(root["summary"]["findings"] == 4);
    CHECK(root["summary"]["by_level"]["error"] == 2);
    CHECK(root["summary"]["by_level"]["warning"] == 1);
    CHECK(root["summary"]["by_level"]["info"] == 1);
    CHECK(root["summary"]["by_status"]["new"] == 2);
    CHECK(root["summary"]["by_status"]["baselined"] == 1);
    CHECK(root["summary"]["failing"] == 1);
  }
  SUBCASE("a finding carries every contract member, locations[0] is the primary") {
    const nlohmann::json& finding = root["findings"][1];
    for (const char* key : {"rule", "kind", "level", "message", "fingerprint", "status", "event", "locations"}) {
      CHECK_MESSAGE(finding.contains(key), key);
    }
    CHECK(finding["rule"] == "count-mismatch");
    CHECK(finding["status"] == "new");
    CHECK(finding["fingerprint"].get<std::string>().size() == 32);
    const nlohmann::json& primary = finding["locations"][0];
    CHECK(primary["path"] == "/srv/news/wire/012.txt");
    CHECK(primary["line"] == 4);
    CHECK(primary["column"] == 18);
    CHECK(primary["end_line"] == 4);
    CHECK(primary["end_column"] == 44);
    CHECK(primary["claim"]["value"] == 250);
    CHECK_FALSE(primary.contains("label"));
    CHECK(finding["locations"][1]["label"] == "1,200 per side here");
  }
  SUBCASE("statuses are spelled as in the contract") {
    CHECK(root["findings"][0]["status"] == "baselined");
    CHECK(root["findings"][3]["status"] == "dismissed");
  }
  SUBCASE("stale entries only when a baseline was used") {
    REQUIRE(root.contains("stale"));
    CHECK(root["stale"][0]["fingerprint"] == "00112233445566778899aabbccddeeff");
    const nlohmann::json without = nlohmann::json::parse(json_text(sample_report(false)));
    CHECK_FALSE(without.contains("stale"));
  }
  SUBCASE("invalid UTF-8 in a claim text does not throw") {
    ReportInput input = sample_report(false);
    input.findings[0].primary.text = "bad \xff byte";
    nlohmann::json parsed;
    CHECK_NOTHROW(parsed = nlohmann::json::parse(json_text(input)));
  }
}
