// Review decisions (crosscheck-review.yaml): loading with positions for every mistake, a
// stable text form, statuses applied to findings, stale decisions, and concurrent writers.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include <doctest/doctest.h>

#include "tests/support/temp_dir.hpp"

#include "checker/findings/review.hpp"

using namespace crosscheck;
namespace fs = std::filesystem;

namespace {

struct TempDir : crosscheck::test::ScratchDir {
  TempDir() : ScratchDir("crosscheck-review") {}
};

fs::path write(const TempDir& dir, const std::string& name, const std::string& text) {
  const fs::path p = dir.path / name;
  std::ofstream(p, std::ios::binary) << text;
  return p;
}

Finding finding_with(const std::string& fingerprint, FindingStatus status = FindingStatus::fresh) {
  Finding f;
  f.rule = "count-mismatch";
  f.fingerprint = fingerprint;
  f.status = status;
  return f;
}

}  // namespace

TEST_CASE("load_review: decisions by fingerprint") {
  TempDir tmp;
  const auto path =
      write(tmp, "crosscheck-review.yaml",
            "version: 1\ndecisions:\n"
            "  aa11:\n    status: dismissed\n    reason: false-positive\n    comment: \"two days, not one\"\n"
            "    reviewer: ana\n    date: 2026-12-01\n"
            "  bb22:\n    status: confirmed\n");
  const ReviewFile review = load_review(path);
  REQUIRE(review.decisions.size() == 2u);
  const auto& a = review.decisions.at("aa11");
  CHECK(a.status == FindingStatus::dismissed);
  CHECK(a.reason == "false-positive");
  CHECK(a.comment == "two days, not one");
  CHECK(a.reviewer == "ana");
  CHECK(a.date == "2026-12-01");
  CHECK(a.where.line == 3);
  // the text form loads back to the same decisions
  const auto again = write(tmp, "again.yaml", serialize_review(review));
  const ReviewFile reloaded = load_review(again);
  CHECK(serialize_review(reloaded) == serialize_review(review));
}

TEST_CASE("load_review: every mistake at its line and column") {
  struct Row {
    const char* name;
    const char* yaml;
    int line, column;
    const char* says;
  };
  const Row rows[] = {
      {"version", "version: 2\ndecisions: {}\n", 1, 10, "unsupported review file version"},
      {"top key", "version: 1\nfindings: {}\n", 2, 1, "unknown key 'findings'"},
      {"status", "version: 1\ndecisions:\n  aa11:\n    status: ignored\n", 4, 13, "unknown status 'ignored'"},
      {"no status", "version: 1\ndecisions:\n  aa11:\n    reason: wont-fix\n", 4, 5, "a decision needs 'status'"},
      {"reason", "version: 1\ndecisions:\n  aa11:\n    status: dismissed\n    reason: boring\n", 3, 3,
       "unknown reason 'boring'"},
      {"reason on a confirmation", "version: 1\ndecisions:\n  aa11:\n    status: confirmed\n    reason: wont-fix\n", 3,
       3, "a reason is given only for a dismissal"},
      {"fingerprint", "version: 1\ndecisions:\n  XY-1:\n    status: fixed\n", 3, 3, "lowercase hex"},
      {"date", "version: 1\ndecisions:\n  aa11:\n    status: fixed\n    date: yesterday\n", 3, 3, "YYYY-MM-DD"},
      {"key", "version: 1\ndecisions:\n  aa11:\n    status: fixed\n    who: ana\n", 5, 5, "unknown key 'who'"},
      {"twice", "version: 1\ndecisions:\n  aa11:\n    status: fixed\n  aa11:\n    status: confirmed\n", 5, 3,
       "duplicate key"},
  };
  TempDir tmp;
  for (const auto& row : rows) {
    CAPTURE(row.name);
    const auto path = write(tmp, std::string(row.name) + ".yaml", row.yaml);
    try {
      load_review(path);
      FAIL("loaded a broken review file");
    } catch (const InputError& e) {
      CHECK(e.where().path == path.string());
      CHECK(e.where().line == row.line);
      CHECK(e.where().column == row.column);
      CHECK(e.message().find(row.says) != std::string::npos);
    }
  }
}

TEST_CASE("apply_review: statuses, the baseline overridden, stale decisions") {
  ReviewFile review;
  review.decisions["aa11"] =
      ReviewDecision{"aa11", FindingStatus::dismissed, "wont-fix", "known", "ana", "2026-12-01", {}};
  review.decisions["bb22"] = ReviewDecision{"bb22", FindingStatus::confirmed, "", "", "", "", {}};
  review.decisions["cc33"] = ReviewDecision{"cc33", FindingStatus::fixed, "", "", "", "", {}};
  std::vector<Finding> findings{finding_with("aa11", FindingStatus::baselined), finding_with("bb22"),
                                finding_with("dd44")};
  const auto stale = apply_review(findings, review);
  CHECK(findings[0].status == FindingStatus::dismissed);
  CHECK(findings[0].review == "wont-fix");
  CHECK(findings[0].reviewer == "ana");
  CHECK(findings[1].status == FindingStatus::confirmed);
  CHECK(findings[2].status == FindingStatus::fresh);
  REQUIRE(stale.size() == 1u);
  CHECK(stale.front().fingerprint == "cc33");
}

TEST_CASE("set_review_decision: concurrent writers lose nothing") {
  TempDir tmp;
  const fs::path path = tmp.path / "crosscheck-review.yaml";
  std::vector<std::thread> writers;
  for (int i = 0; i < 24; ++i)
    writers.emplace_back([&path, i] {
      ReviewDecision d;
      d.fingerprint = "f" + std::to_string(i % 10) + std::to_string(i);
      d.status = i % 2 ? FindingStatus::dismissed : FindingStatus::confirmed;
      if (i % 2) d.reason = "needs-source";
      set_review_decision(path, d);
    });
  for (auto& w : writers) w.join();
  const ReviewFile review = load_review(path);
  CHECK(review.decisions.size() == 24u);
  // nothing but the file is left in the directory (no lock file, no temporary)
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(tmp.path)) ++entries;
  CHECK(entries == 1u);
  // an invalid decision is refused before anything is written
  ReviewDecision bad;
  bad.fingerprint = "Not-Hex";
  CHECK_THROWS_AS(set_review_decision(path, bad), InputError);
  CHECK(load_review(path).decisions.size() == 24u);
}
