// The baseline: findings a corpus already has and has accepted for now, as a sorted YAML file
// committed next to the corpus, so CI fails only on new contradictions.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "checker/core/diagnostic.hpp"
#include "checker/findings/finding.hpp"

namespace crosscheck {

inline constexpr const char* default_baseline_name = "crosscheck-baseline.yaml";

struct BaselineEntry {
  std::string fingerprint;
  std::string rule;
  std::string path;     // primary location when the entry was written (for people)
  std::string message;  // ditto; matching uses the fingerprint only
  FilePosition where;   // where the entry is in the baseline file (stale reports)
};

struct Baseline {
  int version = 1;
  std::vector<BaselineEntry> entries;  // sorted by path, rule, message, fingerprint
};

// Reads a baseline; InputError with file:line:col on malformed YAML, a missing or unknown
// version, a missing or non-hex fingerprint, or unknown keys (a typo must not go unnoticed).
Baseline load_baseline(const std::filesystem::path& path);

// One entry per distinct fingerprint, sorted so a regenerated file diffs cleanly.
// Dismissed findings are left out: the review file records them.
Baseline make_baseline(const std::vector<Finding>& findings);

// The file text: a comment saying how to regenerate it, version, findings.
std::string serialize_baseline(const Baseline& baseline);

// Writes to a temporary file in the same directory, fsyncs it, renames it over `path` and
// fsyncs the directory: a run killed or failing part way leaves the old file intact and no
// temporary behind. Throws InputError naming the path on failure.
void write_baseline_atomic(const std::filesystem::path& path, const Baseline& baseline);
void write_baseline_atomic(const std::filesystem::path& path, const std::vector<Finding>& findings);

// Marks fresh findings whose fingerprint is in the baseline as baselined (review statuses
// are left alone) and returns the entries that matched no finding (stale), in file order.
std::vector<BaselineEntry> apply_baseline(std::vector<Finding>& findings, const Baseline& baseline);

// The baseline without its stale entries; it never gains entries (writing is explicit).
Baseline prune_baseline(const Baseline& baseline, const std::vector<Finding>& findings);

}  // namespace crosscheck
