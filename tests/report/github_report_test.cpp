#include <sstream>

#include <doctest/doctest.h>

#include "tests/report/report_fixtures.hpp"

using namespace crosscheck;
using crosscheck::test::check_golden;
using crosscheck::test::sample_report;

TEST_CASE("write_github") {
  std::ostringstream out, summary;
  write_github(out, sample_report(true), &summary);
  const std::string commands = out.str();
  const std::string table = summary.str();

  SUBCASE("golden: commands and step summary") {
    check_golden("github.txt", commands);
    check_golden("github-summary.md", table);
  }
  SUBCASE("an annotation per unsuppressed finding, with its full position and title") {
    CHECK(commands.find("::error file=/srv/news/wire/012.txt,line=4,col=18,endLine=4,endColumn=44,"
                        "title=crosscheck count-mismatch::released per side differs") != std::string::npos);
    CHECK(commands.find("::notice file=/srv/news/wire/017.txt,line=15") != std::string::npos);
    CHECK(commands.find("scope-mismatch") == std::string::npos);  // baselined
    CHECK(commands.find("date-mismatch") == std::string::npos);   // dismissed
  }
  SUBCASE("related locations become note lines inside the message") {
    CHECK(commands.find("%0Anote: /srv/news/wire/017.txt:9:1: 1,200 per side here") != std::string::npos);
  }
  SUBCASE("message data escapes %, CR, LF and nothing else") {
    CHECK(commands.find("100%25 | <b>minister</b>, per facts: 2024") != std::string::npos);
    CHECK(commands.find("reference facts:%0Aminister, since 2024") != std::string::npos);
  }
  SUBCASE("the step summary lists every finding, suppressed ones included, with | escaped") {
    CHECK(table.find("| warning | baselined |") != std::string::npos);
    CHECK(table.find("| error | dismissed |") != std::string::npos);
    CHECK(table.find("100% \\| &lt;b&gt;minister&lt;/b&gt;") != std::string::npos);
    CHECK(table.find("crosscheck baseline prune") != std::string::npos);
  }
  SUBCASE("an unset end leaves endLine and endColumn out") {
    ReportInput input = sample_report(false);
    input.findings[1].primary.end = {};
    std::ostringstream only;
    write_github(only, input, nullptr);
    CHECK(only.str().find("::error file=/srv/news/wire/012.txt,line=4,col=18,title=") != std::string::npos);
  }
  SUBCASE("no step summary stream, no table") {
    std::ostringstream only;
    CHECK_NOTHROW(write_github(only, sample_report(true), nullptr));
    CHECK(only.str() == commands);
  }
}

TEST_CASE("escape_github_property") {
  struct Row {
    const char* in;
    const char* out;
  };
  const Row rows[] = {{"plain", "plain"},
                      {"a:b", "a%3Ab"},
                      {"a,b", "a%2Cb"},
                      {"100%", "100%25"},
                      {"two\nlines", "two%0Alines"},
                      {"cr\r", "cr%0D"},
                      {"desk notes/kyïv 2.md", "desk notes/kyïv 2.md"}};
  for (const Row& row : rows) {
    SUBCASE(row.in) { CHECK(escape_github_property(row.in) == row.out); }
  }
}

TEST_CASE("escape_github_data") {
  SUBCASE("colons and commas stay in data") { CHECK(escape_github_data("a: b, c") == "a: b, c"); }
  SUBCASE("percent first, so escapes are not escaped twice") { CHECK(escape_github_data("%0A\n") == "%250A%0A"); }
}
