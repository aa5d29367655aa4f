// The CI gate end to end (issue 4's acceptance): lint, write the baseline, survive unrelated
// edits, fail only on a new contradiction, report and prune stale entries; atomic baseline
// writes; --changed.
#include <set>

#include "tests/cli/run.hpp"

using namespace crosscheck::cli_test;

namespace {

const std::string agreement_total =
    "---\nsource: Gazette\npublished: 2025-05-24\n---\n"
    "The agreement reached in Istanbul on May 16, 2025 provides for the exchange of 1,000 prisoners in total.\n";

// The same article after an edit: two paragraphs on top, the claim's sentence re-wrapped.
const std::string agreement_total_edited =
    "---\nsource: Gazette\npublished: 2025-05-24\n---\n"
    "Families waited for hours at the crossing, holding photographs and flags.\n\n"
    "Officials on both sides described the talks as difficult but useful.\n\n"
    "The agreement reached in Istanbul\non May 16, 2025 provides for the\n"
    "exchange of 1,000 prisoners\nin total.\n";

// The article with the contradicting sentence gone.
const std::string agreement_total_removed =
    "---\nsource: Gazette\npublished: 2025-05-24\n---\n"
    "Families waited for hours at the crossing, holding photographs and flags.\n\n"
    "Officials on both sides described the talks as difficult but useful.\n";

const std::string agreement_per_side_1200 =
    "---\nsource: Tribune\npublished: 2025-05-24\n---\n"
    "Under the deal struck in Istanbul on May 16, 2025, the sides agreed to a 1,200-for-1,200 prisoner exchange.\n";

bool touches(const nlohmann::json& finding, const std::string& file) {
  for (const auto& l : finding.at("locations"))
    if (l.value("path", "") == file) return true;
  return false;
}

std::set<std::string> directory_listing(const std::filesystem::path& dir) {
  std::set<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(dir)) names.insert(e.path().filename().string());
  return names;
}

// A corpus with one known finding (a total against a per-side figure), in a temp dir that
// is also the working directory of every run, so paths are relative as in CI.
struct Workspace {
  TempDir tmp;
  RunOptions here;
  Workspace() {
    write_text(tmp / "corpus/a.md", agreement_total);
    write_text(tmp / "corpus/b.md", read_text("fixtures/lint/scope-flag/b.md"));
    here.cwd = tmp.path();
  }
  RunResult run(const std::vector<std::string>& args) const { return run_crosscheck(args, here); }
};

}  // namespace

TEST_CASE("baseline workflow") {
  Workspace ws;
  const std::string baseline = "corpus/crosscheck-baseline.yaml";

  REQUIRE(ws.run({"lint", "corpus"}).status == 1);
  const auto written = ws.run({"baseline", "write", "corpus"});
  REQUIRE_MESSAGE(written.status == 0, written.err);
  REQUIRE(std::filesystem::exists(ws.tmp / baseline));
  CHECK(read_text(ws.tmp / baseline).find("rule: scope-mismatch") != std::string::npos);

  SUBCASE("the baseline silences the known finding") {
    const auto r = ws.run({"lint", "corpus", "--baseline", baseline, "--format", "json"});
    CHECK(r.status == 0);
    const auto report = json_of(r);
    REQUIRE(report.at("findings").size() == 1);
    CHECK(report.at("findings")[0].value("status", "") == "baselined");
  }
  SUBCASE("inserted paragraphs and re-wrapped lines keep the fingerprint") {
    write_text(ws.tmp / "corpus/a.md", agreement_total_edited);
    const auto r = ws.run({"lint", "corpus", "--baseline", baseline, "--format", "json"});
    CHECK_MESSAGE(r.status == 0, r.out);
    const auto report = json_of(r);
    REQUIRE(report.at("findings").size() == 1);
    CHECK(report.at("findings")[0].value("status", "") == "baselined");
    int moved_line = 0;  // the edited article's claim did move
    for (const auto& l : report.at("findings")[0].at("locations"))
      if (l.value("path", "") == "corpus/a.md") moved_line = l.value("line", 0);
    CHECK(moved_line > 5);
  }
  SUBCASE("a new contradiction fails, only it is new; a removed one is stale until pruned") {
    write_text(ws.tmp / "corpus/a.md", agreement_total_edited);
    write_text(ws.tmp / "corpus/c.md", agreement_per_side_1200);
    const auto added = ws.run({"lint", "corpus", "--baseline", baseline, "--format", "json"});
    CHECK(added.status == 1);
    std::size_t new_ones = 0;
    std::size_t baselined = 0;
    const auto added_report = json_of(added);  // kept: a temporary would die before the loop body
    for (const auto& f : added_report.at("findings")) {
      const std::string status = f.value("status", "");
      CAPTURE(f.value("message", ""));
      if (status == "new") {
        ++new_ones;
        CHECK(touches(f, "corpus/c.md"));
      } else {
        CHECK(status == "baselined");
        CHECK_FALSE(touches(f, "corpus/c.md"));
        ++baselined;
      }
    }
    CHECK(new_ones >= 1);
    CHECK(baselined == 1);

    write_text(ws.tmp / "corpus/a.md", agreement_total_removed);
    const auto json = ws.run({"lint", "corpus", "--baseline", baseline, "--format", "json"});
    const auto report = json_of(json);
    REQUIRE(report.contains("stale"));
    REQUIRE(report.at("stale").size() == 1);
    CHECK(report.at("stale")[0].value("rule", "") == "scope-mismatch");
    const auto text = ws.run({"lint", "corpus", "--baseline", baseline});
    CHECK(text.out.find(baseline + ":") != std::string::npos);
    CHECK(text.out.find("1 stale baseline entr") != std::string::npos);

    const auto pruned = ws.run({"baseline", "prune", "corpus"});
    CHECK_MESSAGE(pruned.status == 0, pruned.err);
    CHECK(read_text(ws.tmp / baseline).find("scope-mismatch") == std::string::npos);
    const auto after = json_of(ws.run({"lint", "corpus", "--baseline", baseline, "--format", "json"}));
    CHECK((!after.contains("stale") || after.at("stale").empty()));
  }
}

TEST_CASE("baseline write is atomic") {
  Workspace ws;
  SUBCASE("a target that is a directory: exit 2, nothing left behind") {
    std::filesystem::create_directory(ws.tmp / "out");
    std::filesystem::create_directory(ws.tmp / "out/base.yaml");
    const auto r = ws.run({"baseline", "write", "corpus", "-o", "out/base.yaml"});
    CHECK(r.status == 2);
    CHECK(r.err.find("out/base.yaml") != std::string::npos);
    CHECK(std::filesystem::is_directory(ws.tmp / "out/base.yaml"));
    CHECK(directory_listing(ws.tmp / "out") == std::set<std::string>{"base.yaml"});
  }
  SUBCASE("a write that fails part way leaves the old file intact and no temp file") {
    std::filesystem::create_directory(ws.tmp / "out");
    const std::string old = "# crosscheck baseline: known findings\nversion: 1\nfindings: []\n";
    write_text(ws.tmp / "out/base.yaml", old);
    RunOptions limited = ws.here;
    limited.file_size_limit = 16;
    const auto r = run_crosscheck({"baseline", "write", "corpus", "-o", "out/base.yaml"}, limited);
    CHECK(r.status == 2);
    CHECK(read_text(ws.tmp / "out/base.yaml") == old);
    CHECK(directory_listing(ws.tmp / "out") == std::set<std::string>{"base.yaml"});
  }
  SUBCASE("a read-only directory") {
    if (geteuid() == 0) {
      MESSAGE("skipped: root writes into read-only directories");
      return;
    }
    std::filesystem::create_directory(ws.tmp / "out");
    const std::string old = "# crosscheck baseline: known findings\nversion: 1\nfindings: []\n";
    write_text(ws.tmp / "out/base.yaml", old);
    std::filesystem::permissions(ws.tmp / "out",
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    const auto r = ws.run({"baseline", "write", "corpus", "-o", "out/base.yaml"});
    CHECK(r.status == 2);
    CHECK(read_text(ws.tmp / "out/base.yaml") == old);
    CHECK(directory_listing(ws.tmp / "out") == std::set<std::string>{"base.yaml"});
  }
}

TEST_CASE("lint --changed") {
  Workspace ws;
  write_text(ws.tmp / "corpus/c.md", agreement_per_side_1200);
  write_text(ws.tmp / "corpus/d.md", "---\nsource: Herald\npublished: 2025-05-24\n---\nRain is expected tomorrow.\n");
  const auto all = json_of(ws.run({"lint", "corpus", "--format", "json"}));
  REQUIRE(all.at("findings").size() >= 2);
  SUBCASE("keeps only findings touching the changed file") {
    const auto r = ws.run({"lint", "corpus", "--changed", "corpus/c.md", "--format", "json"});
    CHECK(r.status == 1);
    const auto report = json_of(r);
    CHECK(report.at("findings").size() >= 1);
    for (const auto& f : report.at("findings")) CHECK(touches(f, "corpus/c.md"));
  }
  SUBCASE("a file only the old finding touches keeps only that finding") {
    const auto report = json_of(ws.run({"lint", "corpus", "--changed", "corpus/a.md", "--format", "json"}));
    CHECK(report.at("findings").size() >= 1);
    CHECK(report.at("findings").size() < all.at("findings").size());
    for (const auto& f : report.at("findings")) CHECK(touches(f, "corpus/a.md"));
  }
  SUBCASE("paths are compared normalized") {
    const auto r = json_of(ws.run({"lint", "corpus", "--changed", "./corpus/x/../c.md", "--format", "json"}));
    const auto plain = json_of(ws.run({"lint", "corpus", "--changed", "corpus/c.md", "--format", "json"}));
    CHECK(r.at("findings") == plain.at("findings"));
  }
  SUBCASE("a changed file no finding touches: clean") {
    const auto r = ws.run({"lint", "corpus", "--changed", "corpus/d.md", "--format", "json"});
    CHECK(r.status == 0);
    CHECK(json_of(r).at("findings").empty());
  }
}

TEST_CASE("review decisions") {
  Workspace ws;
  const auto first = json_of(ws.run({"lint", "corpus", "--format", "json"}));
  REQUIRE(first.at("findings").size() == 1);
  const std::string fingerprint = first.at("findings")[0].value("fingerprint", "");

  SUBCASE("a dismissed finding no longer fails; its decision shows in every format") {
    const auto set =
        ws.run({"review", "set", fingerprint, "--status", "dismissed", "--reason", "false-positive", "--comment",
                "the total counts both sides", "--reviewer", "ana", "--review-file", "corpus/crosscheck-review.yaml"});
    REQUIRE_MESSAGE(set.status == 0, set.err);
    const auto r = ws.run({"lint", "corpus", "--format", "json"});  // found at the corpus root
    CHECK(r.status == 0);
    const auto report = json_of(r);
    const auto& f = report.at("findings")[0];
    CHECK(f.value("status", "") == "dismissed");
    CHECK(f.at("review").value("reason", "") == "false-positive");
    CHECK(f.at("review").value("reviewer", "") == "ana");
    CHECK(report.at("stale_decisions").empty());
    const auto sarif = json_of(ws.run({"lint", "corpus", "--format", "sarif"}));
    const auto& result = sarif.at("runs")[0].at("results")[0];
    REQUIRE(result.contains("suppressions"));
    CHECK(result.at("suppressions")[0].value("justification", "").find("the total counts both sides") !=
          std::string::npos);
    const auto text = ws.run({"lint", "corpus", "--show-suppressed"});
    CHECK(text.out.find("review: dismissed (false-positive) by ana") != std::string::npos);
  }
  SUBCASE("a confirmed finding still fails; a decision that matches nothing is stale") {
    REQUIRE(ws.run({"review", "set", fingerprint, "--status", "confirmed", "--review-file", "decisions.yaml"}).status ==
            0);
    REQUIRE(ws.run({"review", "set", "00ff", "--status", "fixed", "--review-file", "decisions.yaml"}).status == 0);
    const auto r = ws.run({"lint", "corpus", "--review-file", "decisions.yaml", "--format", "json"});
    CHECK(r.status == 1);
    const auto report = json_of(r);
    CHECK(report.at("findings")[0].value("status", "") == "confirmed");
    REQUIRE(report.at("stale_decisions").size() == 1);
    CHECK(report.at("stale_decisions")[0].value("fingerprint", "") == "00ff");
    const auto text = ws.run({"lint", "corpus", "--review-file", "decisions.yaml"});
    CHECK(text.out.find("decisions.yaml:") != std::string::npos);
    // the confirmed contradiction, as schema.org ClaimReview for publishing the correction
    const auto published =
        json_of(ws.run({"lint", "corpus", "--review-file", "decisions.yaml", "--format", "claimreview"}));
    REQUIRE(published.is_array());
    REQUIRE(published.size() == 1);
    CHECK(published[0].value("@type", "") == "ClaimReview");
    CHECK(published[0].value("identifier", "") == fingerprint);
    CHECK(published[0].at("itemReviewed").value("@type", "") == "Claim");
    CHECK(published[0].at("reviewRating").value("ratingValue", 0) == 1);
    CHECK(!published[0].value("claimReviewed", "").empty());
    // nothing is published before an editor confirms it
    CHECK(json_of(ws.run({"lint", "corpus", "--format", "claimreview"})).empty());
    CHECK(text.out.find("1 stale review decision") != std::string::npos);
  }
  SUBCASE("bad decisions and a missing review file are errors") {
    const auto bad = ws.run({"review", "set", fingerprint, "--status", "confirmed", "--reason", "wont-fix"});
    CHECK(bad.status == 2);
    CHECK(bad.err.find("a reason is given only for a dismissal") != std::string::npos);
    const auto unknown = ws.run({"review", "set", fingerprint, "--status", "ignored"});
    CHECK(unknown.status == 2);
    const auto missing = ws.run({"lint", "corpus", "--review-file", "nope.yaml"});
    CHECK(missing.status == 2);
    CHECK(missing.err.find("nope.yaml") != std::string::npos);
  }
}

TEST_CASE("the HTML report") {
  Workspace ws;
  // a sentence that tries to end the data's script element and run its own
  write_text(ws.tmp / "corpus/c.md",
             "---\nsource: Herald\npublished: 2025-05-24\n---\n"
             "Under the deal struck in Istanbul on May 16, 2025, the sides agreed to a 1,200-for-1,200 prisoner "
             "exchange &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;.\n");  // entities decode to markup
  const auto r = ws.run({"lint", "corpus", "--format", "html", "-o", "report.html"});
  CHECK(r.status == 1);  // the findings still decide the exit status
  CHECK(r.out.empty());
  const std::string html = read_text(ws.tmp / "report.html");
  CHECK(html.rfind("<!doctype html>", 0) == 0);
  // self-contained: no external script, style, image or font
  for (const char* external : {"<link", "src=\"http", "url(http", "@import", "src=\"//"}) {
    CAPTURE(external);
    CHECK(html.find(external) == std::string::npos);
  }
  // the corpus' text is data, never markup: the only script ends are the page's own two
  std::size_t ends = 0;
  for (auto at = html.find("</script>"); at != std::string::npos; at = html.find("</script>", at + 1)) ++ends;
  CHECK(ends == 2);
  CHECK(html.find("<\\/script><script>alert(1)<\\/script>") != std::string::npos);
  // the findings, their sources and the claims of their events are in it
  CHECK(html.find("scope-mismatch") != std::string::npos);
  CHECK(html.find("\"Gazette\"") != std::string::npos);
  CHECK(html.find("\"claims\":[[") != std::string::npos);
  // -o refuses what is not a regular file, like every file the tool writes
  std::filesystem::create_directory(ws.tmp / "dir.html");
  const auto refused = ws.run({"lint", "corpus", "--format", "html", "-o", "dir.html"});
  CHECK(refused.status == 2);
}
