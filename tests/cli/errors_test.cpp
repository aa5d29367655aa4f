// Exit codes and messages for bad input and bad configuration: every error exits 2 and names
// the file (with line:col where the file has one); warning-level problems never stop a run.
#include <sys/stat.h>

#include "tests/cli/run.hpp"

using namespace crosscheck::cli_test;

namespace {

const std::string good_article = "fixtures/errors/good.md";

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("bad input paths") {
  TempDir tmp;
  SUBCASE("missing path: named, the other paths still read, exit 2 in every format") {
    const std::string missing = (tmp / "no-such-article.md").string();
    const auto r = run_crosscheck({"lint", missing, good_article});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "no-such-article.md: error: no such file or directory"));
    CHECK(contains(r.out, "1 document, "));
    CHECK(contains(r.out, "1 input not read: the corpus is incomplete"));
    const auto json = run_crosscheck({"lint", "--format", "json", missing, good_article});
    CHECK(json.status == 2);
    const auto report = json_of(json);
    CHECK(report.at("summary").at("incomplete") == true);
    REQUIRE(report.at("diagnostics").size() == 1);
    CHECK(report.at("diagnostics")[0].at("level") == "error");
    CHECK(report.at("diagnostics")[0].at("path") == missing);
    const auto sarif = run_crosscheck({"lint", "--format", "sarif", missing, good_article});
    CHECK(sarif.status == 2);
    const auto invocation = json_of(sarif).at("runs")[0].at("invocations")[0];
    CHECK(invocation.at("executionSuccessful") == false);
    CHECK(invocation.at("toolExecutionNotifications")[0].at("message").at("text") == "no such file or directory");
    const auto github = run_crosscheck({"lint", "--format", "github", missing, good_article});
    CHECK(github.status == 2);
    CHECK(contains(github.out, "::error file=" + missing + ",title=crosscheck input::no such file or directory"));
  }
  SUBCASE("standard input as '-'") {
    write_text(tmp / "in.txt", "On Friday each side released 390 prisoners.\n");
    RunOptions options;
    options.stdin_file = tmp / "in.txt";
    const auto r = run_crosscheck({"claims", "--format", "json", "-"}, options);
    CHECK(r.status == 0);
    const auto report = json_of(r);
    bool read = false;
    for (const auto& c : report.at("claims"))
      read = read || (c.at("path") == "<stdin>" && c.at("text") == "390 prisoners");
    CHECK(read);
  }
  SUBCASE("a FIFO given by name is not opened (it could block forever)") {
    REQUIRE(mkfifo((tmp / "pipe.txt").c_str(), 0600) == 0);
    const auto r = run_crosscheck({"lint", (tmp / "pipe.txt").string(), good_article});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "pipe.txt: error: not read: a FIFO (named pipe), not a regular file"));
    CHECK(contains(r.out, "1 document, "));
  }
  SUBCASE("baseline write refuses a corpus read in part") {
    const auto r = run_crosscheck(
        {"baseline", "write", good_article, (tmp / "gone.md").string(), "-o", (tmp / "b.json").string()});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "baseline not written"));
    CHECK_FALSE(std::filesystem::exists(tmp / "b.json"));
  }
  SUBCASE("dangling symlink") {
    std::filesystem::create_symlink(tmp / "gone.md", tmp / "link.md");
    const auto r = run_crosscheck({"claims", (tmp / "link.md").string()});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "link.md: error:"));
    CHECK(contains(r.out, "0 documents, 0 claims; 1 not read: the corpus is incomplete"));
  }
  SUBCASE("a directory where a baseline file is expected") {
    std::filesystem::create_directory(tmp / "not-a-file");
    const auto r = run_crosscheck({"lint", good_article, "--baseline", (tmp / "not-a-file").string()});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "not-a-file: error:"));
  }
  SUBCASE("a file where the rules directory is expected") {
    const auto r = run_crosscheck({"lint", good_article, "--rules", good_article});
    CHECK(r.status == 2);
    CHECK(contains(r.err, good_article + ": error:"));
  }
  SUBCASE("binary file") {
    std::string blob =
        "\x7f"
        "ELF";
    blob += std::string(512, '\0');
    blob += "\x01\x02 390 prisoners each \x03";
    write_text(tmp / "image.txt", blob);
    const auto r = run_crosscheck({"claims", (tmp / "image.txt").string()});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "image.txt: error: binary file"));
  }
  SUBCASE("a stray NUL byte is a warning with its position, not an error") {
    write_text(tmp / "a.txt", std::string("Each side released 390 prisoners.\nA stray\0byte here.\n", 53));
    const auto r = run_crosscheck({"claims", "--format", "json", (tmp / "a.txt").string()});
    CHECK(r.status == 0);
    CHECK(contains(r.err, "a.txt:2:8: warning:"));
    const auto report = json_of(r);
    REQUIRE(report.at("claims").size() >= 1);
    CHECK(report.at("claims")[0].value("text", "") == "390 prisoners");
  }
}

TEST_CASE("front matter as scraped: warnings, and the article is still read") {
  struct Row {
    const char* corpus;
    const char* where;  // file:line:col in the original file, front-matter fence included
    const char* says;
  };
  const Row rows[] = {
      {"fixtures/errors/front-matter-date", "fixtures/errors/front-matter-date/a.md:3:12: warning:", "published"},
      {"fixtures/errors/front-matter-field", "fixtures/errors/front-matter-field/a.md:3:1: warning:", "publisher"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.corpus) {
      const auto r = run_crosscheck({"claims", "--format", "json", row.corpus});
      CHECK(r.status == 0);
      CHECK_MESSAGE(contains(r.err, row.where), r.err);
      CHECK(contains(r.err, row.says));
      const auto report = json_of(r);
      REQUIRE(report.at("claims").size() >= 1);
      CHECK(report.at("claims")[0].value("text", "").find("120") != std::string::npos);
      const auto lint = run_crosscheck({"lint", row.corpus});
      CHECK(lint.status == 0);
      CHECK(contains(lint.err, row.where));
    }
  }
}

TEST_CASE("malformed front matter") {
  struct Row {
    const char* corpus;
    const char* where;  // file:line:col in the original file, front-matter fence included
    const char* says;
  };
  const Row rows[] = {
      {"fixtures/errors/front-matter-syntax", "fixtures/errors/front-matter-syntax/a.md:4:10: error:", "invalid YAML"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.corpus) {
      for (const char* command : {"claims", "lint"}) {
        CAPTURE(command);
        const auto r = run_crosscheck({command, row.corpus});
        CHECK(r.status == 2);
        CHECK_MESSAGE(contains(r.err, row.where), r.err);
        CHECK(contains(r.err, row.says));
      }
    }
  }
  SUBCASE("tabs, CRLF and a BOM: the position is still the original file's") {
    TempDir tmp;
    write_text(tmp / "a.md", "\xef\xbb\xbf---\r\nsource: Daily Lantern\r\n\tpublished: 2025-05-24\r\n---\r\nText.\r\n");
    const auto r = run_crosscheck({"claims", (tmp / "a.md").string()});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "a.md:3:1: error:"));
  }
}

TEST_CASE("broken configuration") {
  SUBCASE("lexicon") {
    const auto r = run_crosscheck({"claims", good_article, "--lexicon", "fixtures/errors/lexicon-broken"});
    CHECK(r.status == 2);
    CHECK_MESSAGE(contains(r.err, "fixtures/errors/lexicon-broken/counts.yaml:4:12: error:"), r.err);
  }
  struct Row {
    const char* dir;
    const char* where;
    const char* says;
  };
  const Row rows[] = {
      {"fixtures/errors/rules-unknown-key", "test-scope.yaml:4:1: error:", "severity"},
      {"fixtures/errors/rules-wrong-type", "test-scope.yaml:8:20: error:", "per_side_factor"},
      {"fixtures/errors/rules-unknown-check", "test-scope.yaml:2:8: error:", "mind-reading"},
      {"fixtures/errors/rules-bad-level", "test-scope.yaml:3:8: error:", "level"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.dir) {
      const std::string where = std::string(row.dir) + "/" + row.where;
      for (const auto& args : {std::vector<std::string>{"lint", good_article, "--rules", row.dir},
                               std::vector<std::string>{"rules", "--rules", row.dir},
                               std::vector<std::string>{"explain", "test-scope", "--rules", row.dir}}) {
        CAPTURE(args.front());
        const auto r = run_crosscheck(args);
        CHECK(r.status == 2);
        CHECK_MESSAGE(contains(r.err, where), r.err);
        CHECK(contains(r.err, row.says));
      }
    }
  }
}

TEST_CASE("usage errors") {
  struct Row {
    std::vector<std::string> args;
    const char* says;
  };
  const Row rows[] = {
      {{"frobnicate", good_article}, "unknown command 'frobnicate'"},
      {{"lint", good_article, "--frobnicate"}, "--frobnicate"},
      {{"lint", good_article, "--format", "xml"}, "unknown --format 'xml'"},
      {{"claims", good_article, "--format", "sarif"}, "unknown --format 'sarif'"},
      {{"lint", good_article, "--fail-on", "fatal"}, "unknown --fail-on 'fatal'"},
      {{"lint"}, "no PATH given"},
      {{"baseline", "rewrite", good_article}, "unknown baseline subcommand"},
      {{}, "no command given"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.says) {
      const auto r = run_crosscheck(row.args);
      CHECK(r.status == 2);
      CHECK_MESSAGE(contains(r.err, row.says), r.err);
      CHECK(r.out.empty());
    }
  }
}

TEST_CASE("invalid UTF-8 next to a good file") {
  TempDir tmp;
  write_text(tmp / "corpus/bad.txt", "On Friday each side released 390 prisoners.\nA broken \xff byte here.\n");
  write_text(tmp / "corpus/good.md",
             "---\nsource: Daily Lantern\npublished: 2025-05-24\n---\nOn Friday each side released 390 prisoners.\n");
  const std::string corpus = (tmp / "corpus").string();
  const auto claims = run_crosscheck({"claims", "--format", "json", corpus});
  CHECK(claims.status == 0);
  CHECK_MESSAGE(contains(claims.err, "bad.txt:2:10: warning:"), claims.err);
  bool good_count = false;
  const auto report = json_of(claims);
  for (const auto& c : report.at("claims"))
    good_count = good_count || (contains(c.value("path", ""), "good.md") && c.value("text", "") == "390 prisoners" &&
                                c.value("scope", "") == "per_side" && c.at("value") == 390);
  CHECK(good_count);
  const auto lint = run_crosscheck({"lint", corpus});
  CHECK(lint.status == 0);
  CHECK(contains(lint.err, "bad.txt:2:10: warning:"));
  CHECK(contains(lint.out, "2 documents"));
}

TEST_CASE("a rule selecting an event type the lexicon does not have") {
  TempDir tmp;
  write_text(tmp / "rules" / "toll.yaml",
             "id: toll\ncheck: compare\nlevel: error\nmessage: \"{value} vs {other_value}\"\n"
             "select:\n  event_types: [earthquake, quakes]\n"
             "docs:\n  summary: A test rule.\n  flagged: \"a: 10; b: 12\"\n  accepted: \"a: 10; b: 10\"\n");
  write_text(tmp / "a.txt", "On Friday a quake killed 12 people.\n");
  const auto r = run_crosscheck({"lint", "--rules", (tmp / "rules").string(), (tmp / "a.txt").string()});
  CHECK(r.status == 2);
  CHECK(contains(r.err, "toll.yaml:6:29: error: unknown event_types value 'quakes' (expected one of: agreement"));
  CHECK(contains(r.err, "earthquake"));
}

TEST_CASE("rules and explain") {
  SUBCASE("rules lists every shipped rule id and the default domain's") {
    const auto r = run_crosscheck({"rules"});
    REQUIRE(r.status == 0);
    std::size_t files = 0;
    std::vector<std::filesystem::directory_entry> entries;
    for (const char* dir : {"rules", "domains/exchanges/rules"})
      for (const auto& entry : std::filesystem::directory_iterator(dir)) entries.push_back(entry);
    for (const auto& entry : entries) {
      if (entry.path().extension() != ".yaml") continue;
      ++files;
      const std::string text = read_text(entry.path());
      const auto at = text.find("id: ");
      REQUIRE(at != std::string::npos);
      const std::string id = text.substr(at + 4, text.find('\n', at) - at - 4);
      CHECK_MESSAGE(contains(r.out, id + "\t"), id << " missing from `crosscheck rules`");
    }
    CHECK(files >= 8);
    CHECK(static_cast<std::size_t>(std::count(r.out.begin(), r.out.end(), '\n')) == files);
  }
  SUBCASE("explain prints a rule's docs") {
    const auto r = run_crosscheck({"explain", "scope-mismatch"});
    CHECK(r.status == 0);
    CHECK(contains(r.out, "scope-mismatch (error, check: scope"));
    CHECK(contains(r.out, "A total that does not match a per-side count"));
    CHECK(contains(r.out, "Flagged:"));
    CHECK(contains(r.out, "1,000-for-1,000"));
    CHECK(contains(r.out, "Accepted:"));
  }
  SUBCASE("explain of an unknown rule") {
    const auto r = run_crosscheck({"explain", "nope"});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "no rule or check kind 'nope'"));
    CHECK(r.out.empty());
  }
  SUBCASE("explain of a check kind prints its parameters, values and placeholders") {
    const auto r = run_crosscheck({"explain", "stage"});
    CHECK(r.status == 0);
    CHECK(contains(r.out, "check stage (finding kind: stage_date_mismatch)"));
    CHECK(contains(r.out, "max_days (default 6, at least 0): "));
    CHECK(contains(r.out, "values: dates ordinals"));
    CHECK(contains(r.out, "{other_day}"));
  }
}

TEST_CASE("every configuration value is validated") {
  TempDir tmp;
  const std::string rule_head =
      "id: test-scope\ncheck: scope\nlevel: error\nmessage: \"{value}\"\n"
      "docs:\n  summary: A test rule.\n  flagged: \"a: 10 each; b: 15 in total\"\n  accepted: \"a: 10 each; b: 20\"\n";
  struct Row {
    const char* name;
    std::string rule;
    const char* where;  // line:col in the rule file
    const char* says;
  };
  const Row rows[] = {
      {"a zero factor", rule_head + "params:\n  per_side_factor: 0\n", "10:20", "must be a finite number above 0"},
      {"a negative tolerance",
       "id: test-compare\ncheck: compare\nlevel: error\nmessage: \"{value}\"\ndocs:\n  summary: A.\n  flagged: a\n"
       "  accepted: b\nparams:\n  tolerance: -1\n",
       "10:14", "at least 0 and at most 1"},
      {"NaN", rule_head + "params:\n  per_side_factor: .nan\n", "10:20", "must be a finite number"},
      {"a complete set of one part",
       "id: test-sum\ncheck: sum\nlevel: error\nmessage: \"{value}\"\ndocs:\n  summary: A.\n  flagged: a\n"
       "  accepted: b\nparams:\n  complete_sets: [children+adults, children]\n",
       "10:36", "needs two or more parts joined by '+'"},
      {"an infinite confidence", rule_head + "params:\n  min_confidence: .inf\n", "10:19", "between 0 and 1"},
      {"a key given twice", rule_head + "level: warning\n", "9:1", "duplicate key 'level' (first given at line 3)"},
      {"a second YAML document", rule_head + "---\nid: other\n", "9:1", "a second YAML document begins here"},
      {"a NUL byte (on one yaml-cpp yields empty documents forever)", std::string("id: x\nname: a\0,\n", 16), "2:8",
       "a NUL byte in YAML text"},
      {"aliases that expand past the budget", "", "", "once its aliases are expanded"},
      {"an alias inside its own anchor (a cycle)", "a: &a [*a]\n", "1:4", "nested deeper than 256 levels"},
      {"nesting deeper than the parser can take", rule_head + "x: " + std::string(2000, '[') + "\n", "9:1",
       "nested deeper than 256 levels"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      std::string text = row.rule;
      if (text.empty()) {
        text = "a: &a [\"" + std::string(1000, 'x') + "\"]\n";
        for (int level = 1; level < 30; ++level) {
          text += "l" + std::to_string(level) + ": &l" + std::to_string(level) + " [";
          for (int k = 0; k < 10; ++k)
            text += std::string(k ? ", " : "") + (level == 1 ? "*a" : "*l" + std::to_string(level - 1));
          text += "]\n";
        }
      }
      write_text(tmp / "rules" / "r.yaml", text);
      const auto r = run_crosscheck({"lint", good_article, "--rules", (tmp / "rules").string()});
      CHECK(r.status == 2);
      CHECK_MESSAGE(contains(r.err, "r.yaml:" + std::string(row.where)), r.err);
      CHECK_MESSAGE(contains(r.err, row.says), r.err);
    }
  }
  SUBCASE("an empty rules directory") {
    std::filesystem::create_directories(tmp / "empty");
    const auto r = run_crosscheck({"lint", good_article, "--rules", (tmp / "empty").string()});
    CHECK(r.status == 2);
    CHECK(contains(r.err, "empty: error: no rule files (*.yaml) in this rules directory"));
  }
  SUBCASE("a baseline and a manifest go through the same checks") {
    write_text(tmp / "b.yaml", "version: 1\nfindings: []\nversion: 1\n");
    const auto baseline = run_crosscheck({"lint", good_article, "--baseline", (tmp / "b.yaml").string()});
    CHECK(baseline.status == 2);
    CHECK(contains(baseline.err, "b.yaml:3:1: error: duplicate key 'version'"));
    write_text(tmp / "corpus" / "a.txt", "Each side released 390 prisoners.\n");
    write_text(tmp / "corpus" / "crosscheck.yaml", "files: {}\n---\nfiles: {}\n");
    const auto manifest = run_crosscheck({"lint", (tmp / "corpus").string()});
    CHECK(manifest.status == 2);
    CHECK(contains(manifest.err, "crosscheck.yaml:2:1: error: a second YAML document"));
  }
}

TEST_CASE("figures that are not what they look like are never read as something else") {
  TempDir tmp;
  write_text(tmp / "a.txt",
             "On Friday the index fell to -5 points and -5 prisoners is a typo.\n"
             "The model counted 10^400 soldiers.\n"
             "The swap on February 30, 2025 freed 120 prisoners.\n");
  const auto r = run_crosscheck({"claims", "--format", "json", (tmp / "a.txt").string()});
  CHECK(r.status == 0);
  const auto report = json_of(r);
  for (const auto& c : report.at("claims")) {
    CAPTURE(c.dump());
    if (c.at("kind") != "count") continue;
    CHECK(c.at("value") == 120);  // never 5 or 400
  }
  CHECK(contains(r.err, "a.txt:3:13: warning: 'February 30, 2025' is not a date (the month has no day 30); not read"));
  REQUIRE(report.at("diagnostics").size() == 1);
  CHECK(report.at("diagnostics")[0].at("line") == 3);
}
