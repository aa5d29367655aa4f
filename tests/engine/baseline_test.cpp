#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include "tests/support/temp_dir.hpp"

#include <sys/stat.h>

#include "checker/findings/baseline.hpp"
#include "checker/findings/fingerprint.hpp"

using namespace crosscheck;
namespace fs = std::filesystem;

namespace {

struct TempDir : crosscheck::test::ScratchDir {
  TempDir() : ScratchDir("crosscheck-baseline") {}
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_file(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

std::size_t count_entries(const fs::path& directory) {
  std::size_t count = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(directory)) ++count;
  return count;
}

Finding finding(const char* rule, const char* path, const char* message, double value) {
  Finding out;
  out.rule = rule;
  out.kind = "count_mismatch";
  out.event = "exchange@2025-03-14";
  out.message = message;
  out.primary.path = path;
  out.primary.source_id = path;
  out.primary.claim = nlohmann::json{
      {"kind", "count"}, {"property", "released"}, {"value", value}, {"qualifier", "exact"}, {"scope", "per_side"}};
  out.fingerprint = fingerprint(out);
  return out;
}

std::vector<Finding> sample_findings() {
  return {
      finding("count-mismatch", "wire/017.txt", "released per side differs: 1,200 here, 250 in wire/012.txt", 1200),
      finding("count-mismatch", "wire/012.txt", "released per side differs: 250 here, 1,200 in wire/017.txt", 250),
      finding("scope-mismatch", "desk/kyïv.md", "scope differs: \"600\" in total here: 600 per side # elsewhere", 600)};
}

}  // namespace

TEST_CASE("make_baseline") {
  SUBCASE("sorted by path, rule and message, one entry per fingerprint") {
    std::vector<Finding> findings = sample_findings();
    findings.push_back(findings[0]);
    const Baseline baseline = make_baseline(findings);
    REQUIRE(baseline.entries.size() == 3);
    CHECK(baseline.entries[0].path == "desk/kyïv.md");
    CHECK(baseline.entries[1].path == "wire/012.txt");
    CHECK(baseline.entries[2].path == "wire/017.txt");
  }
  SUBCASE("dismissed findings are left to the review file") {
    std::vector<Finding> findings = sample_findings();
    findings[0].status = FindingStatus::dismissed;
    CHECK(make_baseline(findings).entries.size() == 2);
  }
}

TEST_CASE("serialize_baseline") {
  const std::string text = serialize_baseline(make_baseline(sample_findings()));
  SUBCASE("readable layout with the regeneration hint") {
    CHECK(
        text.rfind(
            "# crosscheck baseline: known findings; `crosscheck baseline write` regenerates it\nversion: 1\nfindings:\n  - fingerprint: ",
            0) == 0);
    CHECK(text.find("\n    rule: scope-mismatch\n    path: \"desk/kyïv.md\"\n") != std::string::npos);
  }
  SUBCASE("messages with quotes, colons and '#' survive a round trip") {
    TempDir dir;
    write_file(dir.path / "b.yaml", text);
    const Baseline loaded = load_baseline(dir.path / "b.yaml");
    REQUIRE(loaded.entries.size() == 3);
    CHECK(loaded.entries[0].message == "scope differs: \"600\" in total here: 600 per side # elsewhere");
    CHECK(loaded.entries[0].where.line == 4);
    CHECK(serialize_baseline(loaded) == text);
  }
  SUBCASE("paths that are not UTF-8 are written replaced, in the order the replaced text sorts") {
    // The raw bytes sort after "corpus/" (0xff) but are written as U+FFFD (0xef ...): sorted
    // by the raw bytes, a second write would put the entries in another order.
    Baseline raw;
    raw.entries.push_back({"0123456789abcdef",
                           "count-mismatch",
                           "\xff\xff"
                           "corpus/a.md",
                           "m",
                           {}});
    raw.entries.push_back({"fedcba9876543210",
                           "count-mismatch",
                           "\xf0"
                           "orpus/b.md",
                           "m",
                           {}});
    raw.entries.push_back({"00112233445566ff", "count-mismatch", "\xef\xbf\xbe.md", "m", {}});
    const std::string written = serialize_baseline(raw);
    TempDir dir;
    write_file(dir.path / "b.yaml", written);
    CHECK(serialize_baseline(load_baseline(dir.path / "b.yaml")) == written);
    CHECK(written.find("\xff") == std::string::npos);
  }
  SUBCASE("an empty baseline is still a valid file") {
    TempDir dir;
    write_file(dir.path / "b.yaml", serialize_baseline(Baseline{}));
    CHECK(load_baseline(dir.path / "b.yaml").entries.empty());
  }
}

TEST_CASE("load_baseline") {
  struct Bad {
    const char* name;
    const char* text;
    int line, column;
    const char* says;
  };
  const Bad bad[] = {
      {"malformed YAML", "version: 1\nfindings:\n  - fingerprint: [abc\n", 4, 1, "invalid YAML"},
      {"no version", "findings: []\n", 1, 1, "no 'version'"},
      {"unknown version", "version: 2\nfindings: []\n", 1, 10, "unsupported baseline version"},
      {"unknown top-level key", "version: 1\nfinding: []\n", 2, 1, "unknown key 'finding'"},
      {"findings not a list", "version: 1\nfindings: abc\n", 2, 11, "must be a list"},
      {"entry without fingerprint", "version: 1\nfindings:\n  - rule: x\n", 3, 5, "no 'fingerprint'"},
      {"fingerprint not hex", "version: 1\nfindings:\n  - fingerprint: XYZ\n", 3, 18, "lowercase hex"},
      {"unknown entry key", "version: 1\nfindings:\n  - fingerprint: ab\n    rulee: x\n", 4, 5, "unknown key 'rulee'"},
      {"entry not a mapping", "version: 1\nfindings:\n  - ab\n", 3, 5, "must be a mapping"},
  };
  for (const Bad& row : bad) {
    SUBCASE(row.name) {
      TempDir dir;
      const fs::path file = dir.path / "baseline.yaml";
      write_file(file, row.text);
      try {
        load_baseline(file);
        FAIL("no error for: " << row.text);
      } catch (const InputError& error) {
        CHECK(error.where().path == file.string());
        CHECK(error.where().line == row.line);
        CHECK(error.where().column == row.column);
        CHECK_MESSAGE(error.message().find(row.says) != std::string::npos, error.message());
      }
    }
  }
  SUBCASE("missing file") { CHECK_THROWS_AS(load_baseline("/nonexistent/crosscheck-baseline.yaml"), InputError); }
}

TEST_CASE("apply_baseline") {
  std::vector<Finding> findings = sample_findings();
  Baseline baseline = make_baseline({findings[0], findings[2]});
  baseline.entries.push_back({"0123456789abcdef0123456789abcdef", "sum-mismatch", "wire/009.txt", "gone", {}});

  SUBCASE("known findings become baselined, others stay new, unmatched entries are stale") {
    const std::vector<BaselineEntry> stale = apply_baseline(findings, baseline);
    CHECK(findings[0].status == FindingStatus::baselined);
    CHECK(findings[1].status == FindingStatus::fresh);
    CHECK(findings[2].status == FindingStatus::baselined);
    REQUIRE(stale.size() == 1);
    CHECK(stale[0].rule == "sum-mismatch");
  }
  SUBCASE("review decisions are not overwritten") {
    findings[0].status = FindingStatus::dismissed;
    findings[2].status = FindingStatus::confirmed;
    CHECK(apply_baseline(findings, baseline).size() == 1);
    CHECK(findings[0].status == FindingStatus::dismissed);
    CHECK(findings[2].status == FindingStatus::confirmed);
  }
  SUBCASE("an empty baseline marks nothing") {
    CHECK(apply_baseline(findings, Baseline{}).empty());
    for (const Finding& f : findings) CHECK(f.status == FindingStatus::fresh);
  }
}

TEST_CASE("prune_baseline") {
  SUBCASE("drops stale entries and never adds new ones") {
    const std::vector<Finding> findings = sample_findings();
    Baseline baseline = make_baseline({findings[0]});
    baseline.entries.push_back({"0123456789abcdef0123456789abcdef", "sum-mismatch", "wire/009.txt", "gone", {}});
    const Baseline pruned = prune_baseline(baseline, findings);
    REQUIRE(pruned.entries.size() == 1);
    CHECK(pruned.entries[0].fingerprint == findings[0].fingerprint);
  }
}

TEST_CASE("write_baseline_atomic") {
  TempDir dir;
  const fs::path file = dir.path / "crosscheck-baseline.yaml";

  SUBCASE("writes the file and leaves no temporary behind") {
    write_baseline_atomic(file, sample_findings());
    CHECK(read_file(file) == serialize_baseline(make_baseline(sample_findings())));
    CHECK(count_entries(dir.path) == 1);
    CHECK((fs::status(file).permissions() & fs::perms::others_read) != fs::perms::none);
  }
  SUBCASE("replaces an existing baseline") {
    write_file(file, "old\n");
    write_baseline_atomic(file, Baseline{});
    CHECK(load_baseline(file).entries.empty());
    CHECK(count_entries(dir.path) == 1);
  }
  SUBCASE("a write failing part way leaves the old file intact and no temporary") {
    write_file(file, "old content\n");
    std::vector<Finding> many;
    for (int i = 0; i < 200; ++i) many.push_back(finding("count-mismatch", "wire/001.txt", "long message", i));
    // In a child, cap file size below the new baseline so write(2) fails with EFBIG mid-file
    // (works as root too, unlike a read-only directory).
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      std::signal(SIGXFSZ, SIG_IGN);
      const rlimit limit{4096, 4096};
      ::setrlimit(RLIMIT_FSIZE, &limit);
      try {
        write_baseline_atomic(file, many);
      } catch (const InputError&) {
        ::_exit(0);
      }
      ::_exit(1);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK_MESSAGE(WEXITSTATUS(status) == 0, "the failed write did not throw InputError");
    CHECK(read_file(file) == "old content\n");
    CHECK(count_entries(dir.path) == 1);
  }
  SUBCASE("a rename that fails leaves no temporary and reports the path") {
    fs::create_directory(file);  // a directory where the file should go
    fs::create_directory(file / "occupied");
    CHECK_THROWS_AS(write_baseline_atomic(file, sample_findings()), InputError);
    CHECK(count_entries(dir.path) == 1);
  }
  SUBCASE("a missing directory is an input error") {
    CHECK_THROWS_AS(write_baseline_atomic(dir.path / "no-such-dir" / "b.yaml", sample_findings()), InputError);
  }
  SUBCASE("never replaces what is not a regular file: a link, a FIFO, a device") {
    write_file(dir.path / "target.yaml", "kept\n");
    fs::create_symlink(dir.path / "target.yaml", file);
    CHECK_THROWS_WITH_AS(write_baseline_atomic(file, sample_findings()),
                         doctest::Contains("the path is a symbolic link, not a regular file"), InputError);
    CHECK(fs::is_symlink(fs::symlink_status(file)));
    CHECK(read_file(dir.path / "target.yaml") == "kept\n");
    const fs::path fifo = dir.path / "pipe.yaml";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK_THROWS_WITH_AS(write_baseline_atomic(fifo, sample_findings()), doctest::Contains("a FIFO"), InputError);
    CHECK(fs::is_fifo(fs::status(fifo)));
    CHECK_THROWS_WITH_AS(write_baseline_atomic("/dev/null", sample_findings()), doctest::Contains("a device"),
                         InputError);
    CHECK(fs::is_character_file(fs::status("/dev/null")));
  }
  SUBCASE("an existing file keeps its permissions") {
    write_file(file, "old\n");
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
    write_baseline_atomic(file, sample_findings());
    CHECK((fs::status(file).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
  }
  SUBCASE("temporaries of an interrupted write are removed by the next one; a running writer's are not") {
    const pid_t gone = ::fork();
    REQUIRE(gone >= 0);
    if (gone == 0) ::_exit(0);
    REQUIRE(::waitpid(gone, nullptr, 0) == gone);
    const std::string stale = ".crosscheck-baseline.yaml.crosscheck-" + std::to_string(gone) + ".tmp-Ab12Cd";
    const std::string live = ".crosscheck-baseline.yaml.crosscheck-1.tmp-Ef34Gh";  // pid 1 always runs
    write_file(dir.path / stale, "half a baseline");
    write_file(dir.path / live, "being written");
    write_baseline_atomic(file, sample_findings());
    CHECK_FALSE(fs::exists(dir.path / stale));
    CHECK(fs::exists(dir.path / live));
    CHECK(count_entries(dir.path) == 2);
  }
}

TEST_CASE("baseline workflow") {
  // The CI gate without the engine: findings as two runs would produce them, before and after
  // an edit that moves and re-wraps the claims, then a new contradiction, then a removed one.
  TempDir dir;
  const fs::path file = dir.path / default_baseline_name;
  std::vector<Finding> first = sample_findings();
  write_baseline_atomic(file, first);

  SUBCASE("moved and re-wrapped claims are still known") {
    std::vector<Finding> second = sample_findings();
    for (Finding& f : second) {
      f.primary.begin.line += 12;
      f.primary.text = "re-wrapped\r\ntext";
      f.fingerprint = fingerprint(f);
    }
    CHECK(apply_baseline(second, load_baseline(file)).empty());
    for (const Finding& f : second) CHECK(f.status == FindingStatus::baselined);
  }
  SUBCASE("a new contradiction is the only new finding") {
    std::vector<Finding> second = sample_findings();
    second.push_back(finding("count-mismatch", "wire/030.txt", "released per side differs: 900 here", 900));
    CHECK(apply_baseline(second, load_baseline(file)).empty());
    CHECK(std::count_if(second.begin(), second.end(),
                        [](const Finding& f) { return f.status == FindingStatus::fresh; }) == 1);
    CHECK(second.back().status == FindingStatus::fresh);
  }
  SUBCASE("a removed contradiction leaves a stale entry, and pruning removes it") {
    std::vector<Finding> second = sample_findings();
    const std::string gone = second[2].fingerprint;
    second.pop_back();
    const Baseline baseline = load_baseline(file);
    const std::vector<BaselineEntry> stale = apply_baseline(second, baseline);
    REQUIRE(stale.size() == 1);
    CHECK(stale[0].fingerprint == gone);
    CHECK(stale[0].where.path == file.string());
    CHECK(stale[0].where.line > 0);
    write_baseline_atomic(file, prune_baseline(baseline, second));
    CHECK(load_baseline(file).entries.size() == 2);
  }
}
