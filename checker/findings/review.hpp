// Review decisions: what editors decided about findings, in a YAML file next to the corpus
// (crosscheck-review.yaml), keyed by fingerprint. A dismissed finding no longer fails a run;
// confirmed and fixed ones are shown with the decision. Decisions whose fingerprint matches no
// finding are stale and reported as such.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "checker/core/diagnostic.hpp"
#include "checker/findings/finding.hpp"

namespace crosscheck {

inline constexpr const char* default_review_name = "crosscheck-review.yaml";

struct ReviewDecision {
  std::string fingerprint;
  FindingStatus status = FindingStatus::confirmed;  // confirmed, dismissed or fixed
  std::string reason;                               // for dismissals: false-positive, wont-fix, needs-source
  std::string comment, reviewer;
  std::string date;    // YYYY-MM-DD, "" when not given
  FilePosition where;  // where the decision is in the review file (stale reports)
};

struct ReviewFile {
  int version = 1;
  std::map<std::string, ReviewDecision> decisions;  // by fingerprint
};

// The statuses and dismissal reasons a decision may have, as written in the file.
const std::vector<std::string>& review_statuses();
const std::vector<std::string>& review_reasons();

// Reads a review file; InputError with file:line:col on malformed YAML, an unknown version or
// key, a fingerprint that is not lowercase hex, a status or reason outside the lists above, a
// reason on a decision that is not a dismissal, or a date that is not YYYY-MM-DD.
ReviewFile load_review(const std::filesystem::path& path);

// The file text, decisions sorted by fingerprint, so concurrent edits diff and merge cleanly.
std::string serialize_review(const ReviewFile& review);

// Writes the file through a temporary file renamed over it (write_file_atomic).
void write_review_atomic(const std::filesystem::path& path, const ReviewFile& review);

// Read-modify-write under an exclusive lock (flock on the file's directory): loads the file (an empty
// one when it does not exist), sets `decision` (replacing the fingerprint's earlier one) and
// writes it atomically, so concurrent writers never lose each other's decisions.
void set_review_decision(const std::filesystem::path& path, const ReviewDecision& decision);

// "confirmed", "dismissed", "fixed" as a status; nullopt for anything else.
std::optional<FindingStatus> review_status_named(const std::string& name);

// Today's date (UTC) as a decision's date, YYYY-MM-DD.
std::string review_date_today();

// Validates one decision as load_review would (UsageError-style message, "" when fine).
std::string review_decision_problem(const ReviewDecision& decision);

// Sets each finding's status from its decision (a review decision overrides the baseline) and
// returns the decisions that matched no finding (stale), in fingerprint order.
std::vector<ReviewDecision> apply_review(std::vector<Finding>& findings, const ReviewFile& review);

}  // namespace crosscheck
