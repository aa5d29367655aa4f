#include <sstream>

#include <doctest/doctest.h>

#include "tests/report/report_fixtures.hpp"

using namespace crosscheck;
using crosscheck::test::check_golden;
using crosscheck::test::sample_report;

namespace {

std::string text_of(const ReportInput& input, TextReportOptions options) {
  std::ostringstream out;
  write_text(out, input, options);
  return out.str();
}

}  // namespace

TEST_CASE("write_text") {
  SUBCASE("golden: plain") { check_golden("text.txt", text_of(sample_report(false), {})); }
  SUBCASE("golden: explain, suppressed shown, baseline with a stale entry") {
    check_golden("text_explain.txt", text_of(sample_report(true), {false, true, true}));
  }
  SUBCASE("golden: colour") { check_golden("text_color.txt", text_of(sample_report(true), {true, false, false})); }

  SUBCASE("primary line is path:line:col: level: message [rule], then a note per related location") {
    const std::string text = text_of(sample_report(false), {});
    CHECK(text.find("/srv/news/wire/012.txt:4:18: error: released per side differs: 250 here, 1,200 per side in "
                    "wire/017.txt [count-mismatch]\n/srv/news/wire/017.txt:9:1: note: 1,200 per side here\n") !=
          std::string::npos);
  }
  SUBCASE("baselined and dismissed findings are hidden unless asked, but counted") {
    const std::string hidden = text_of(sample_report(true), {});
    CHECK(hidden.find("scope-mismatch") == std::string::npos);
    CHECK(hidden.find("date-mismatch") == std::string::npos);
    CHECK(hidden.find("(1 baselined, 1 dismissed)") != std::string::npos);
    const std::string shown = text_of(sample_report(true), {false, false, true});
    CHECK(shown.find("[scope-mismatch] (baselined)") != std::string::npos);
    CHECK(shown.find("[date-mismatch] (dismissed)") != std::string::npos);
  }
  SUBCASE("why lines only with explain") {
    CHECK(text_of(sample_report(false), {}).find("  why: ") == std::string::npos);
    CHECK(text_of(sample_report(false), {false, true, false}).find("  why: same property (released)") !=
          std::string::npos);
  }
  SUBCASE("no escape sequences without colour, some with it") {
    CHECK(text_of(sample_report(true), {}).find('\x1b') == std::string::npos);
    CHECK(text_of(sample_report(true), {true, false, false}).find("\x1b[1;31merror:") != std::string::npos);
  }
  SUBCASE("article text cannot break a diagnostic over lines or send escape sequences") {
    ReportInput input = sample_report(false);
    input.findings = {input.findings[1]};
    input.findings[0].message = "two\nlines and \x1b[2J a clear-screen";
    input.findings[0].related[0].label = "tab\there";
    const std::string text = text_of(input, {});
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find("error: two lines and ?[2J a clear-screen [count-mismatch]\n") != std::string::npos);
    CHECK(text.find("note: tab here\n") != std::string::npos);
  }
  SUBCASE("stale baseline entries are listed only when a baseline was used") {
    ReportInput input = sample_report(true);
    CHECK(text_of(input, {}).find("/srv/news/crosscheck-baseline.yaml:8:5: note: stale baseline entry") !=
          std::string::npos);
    input.baseline_used = false;
    CHECK(text_of(input, {}).find("stale") == std::string::npos);
  }
}

TEST_CASE("summary_line") {
  struct Row {
    const char* name;
    bool baseline;
    std::size_t keep;  // findings kept from the sample
    const char* expected;
  };
  const Row rows[] = {
      {"nothing found, no baseline", false, 0, "6 documents, 87 claims: 0 errors, 0 warnings, 0 info"},
      {"nothing found, baseline", true, 0,
       "6 documents, 87 claims: 0 errors, 0 warnings, 0 info (0 baselined); 1 stale baseline entry"},
      {"everything", true, 4,
       "6 documents, 87 claims: 1 error, 0 warnings, 1 info (1 baselined, 1 dismissed); 1 stale baseline entry"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      ReportInput input = sample_report(row.baseline);
      input.findings.resize(row.keep);
      CHECK(summary_line(input) == row.expected);
    }
  }
  SUBCASE("singular nouns") {
    ReportInput input = sample_report(false);
    input.documents = 1;
    input.claims = 1;
    input.findings.clear();
    CHECK(summary_line(input) == "1 document, 1 claim: 0 errors, 0 warnings, 0 info");
  }
}

TEST_CASE("fails_gate") {
  const ReportInput input = sample_report(true);
  SUBCASE("suppressed findings never fail, others at or above fail_on do") {
    for (const Finding& finding : input.findings) {
      const bool suppressed = finding.status == FindingStatus::baselined || finding.status == FindingStatus::dismissed;
      CHECK(is_suppressed(finding) == suppressed);
      CHECK(fails_gate(finding, Level::info) == !suppressed);
      CHECK(fails_gate(finding, Level::error) == (!suppressed && finding.level == Level::error));
    }
  }
  SUBCASE("count_failing follows fail_on") {
    ReportInput copy = input;
    CHECK(count_failing(copy) == 1);  // the new count-mismatch error
    copy.fail_on = Level::info;
    CHECK(count_failing(copy) == 2);  // plus the new role-mismatch info
  }
}
