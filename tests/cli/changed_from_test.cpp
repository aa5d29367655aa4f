// lint --changed-from REV in a git checkout: the whole corpus is analysed, only findings that
// touch files changed since REV (committed, modified or new) are reported.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

#include "tests/cli/run.hpp"

using namespace crosscheck::cli_test;

namespace {

std::string git_program() {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  for (std::size_t start = 0; start <= dirs.size();) {
    const auto end = std::min(dirs.find(':', start), dirs.size());
    const auto candidate = std::filesystem::path(dirs.substr(start, end - start)) / "git";
    if (std::filesystem::exists(candidate)) return candidate.string();
    start = end + 1;
  }
  return "";
}

bool git(const TempDir& dir, const std::vector<std::string>& args) {
  static const std::string program = git_program();
  if (program.empty()) return false;
  RunOptions options;
  options.cwd = dir.path();
  std::vector<std::string> all{"-c", "user.name=t", "-c", "user.email=t@example.org"};
  all.insert(all.end(), args.begin(), args.end());
  return run_program(program, all, options).status == 0;
}

}  // namespace

TEST_CASE("lint --changed-from") {
  TempDir dir;
  if (!git(dir, {"init", "-q"})) {
    MESSAGE("git is not available: skipped");
    return;
  }
  RunOptions here;
  here.cwd = dir.path();
  // A known contradiction between a.md and b.md, committed.
  write_text(dir / "corpus/a.md", read_text("fixtures/lint/scope-flag/a.md"));
  write_text(dir / "corpus/b.md", read_text("fixtures/lint/scope-flag/b.md"));
  REQUIRE(git(dir, {"add", "."}));
  REQUIRE(git(dir, {"commit", "-q", "-m", "corpus"}));

  SUBCASE("nothing changed: nothing reported, exit 0") {
    const auto r = run_crosscheck({"lint", "corpus", "--changed-from", "HEAD", "--format", "json"}, here);
    CHECK(r.status == 0);
    CHECK(json_of(r).at("findings").empty());
  }
  SUBCASE("a new, uncommitted article that contradicts: only its finding") {
    write_text(dir / "corpus/c.md", read_text("fixtures/lint/compare-flag/a.md"));
    write_text(dir / "corpus/d.md", read_text("fixtures/lint/compare-flag/b.md"));
    const auto r = run_crosscheck({"lint", "corpus", "--changed-from", "HEAD", "--format", "json"}, here);
    CHECK(r.status == 1);
    const auto findings = json_of(r).at("findings");
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].value("rule", "") == "count-mismatch");
  }
  SUBCASE("a modified article is a changed file") {
    write_text(dir / "corpus/a.md", read_text("fixtures/lint/scope-flag/a.md") + "\nMore text.\n");
    const auto r = run_crosscheck({"lint", "corpus", "--changed-from", "HEAD", "--format", "json"}, here);
    CHECK(r.status == 1);
    CHECK(json_of(r).at("findings").size() == 1);
  }
  SUBCASE("an unknown revision is a usage error") {
    const auto r = run_crosscheck({"lint", "corpus", "--changed-from", "no-such-rev"}, here);
    CHECK(r.status == 2);
    CHECK(r.err.find("--changed-from") != std::string::npos);
  }
}
