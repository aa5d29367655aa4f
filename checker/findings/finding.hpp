// A finding: one contradiction, shaped like a compiler diagnostic: a primary location and
// related locations (the conflicting claims), plus what identifies it across runs.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "checker/core/offsets.hpp"

namespace crosscheck {

enum class Level { info, warning, error };
std::string_view to_string(Level level);
std::optional<Level> level_from_string(std::string_view text);

enum class FindingStatus { fresh, baselined, confirmed, dismissed, fixed };
std::string_view to_string(FindingStatus status);  // "new", "baselined", ...

// The claim a location shows ({"kind", "property", "value", "qualifier", "scope"}), held as its
// compact JSON text and read back as JSON where a report or a fingerprint needs it. A run keeps
// every finding until they are sorted, and a tree of maps per location was the largest part of
// the checks' memory (a 20 MB corpus's lint -j 2: 20 MB of its 122 MB peak).
class ClaimSnapshot {
 public:
  ClaimSnapshot() = default;
  ClaimSnapshot(std::nullptr_t) {}                   // NOLINT(google-explicit-constructor): no claim
  ClaimSnapshot(const nlohmann::json& claim);        // NOLINT(google-explicit-constructor): reads like it
  nlohmann::json json() const;                       // null when there is none
  bool is_claim() const;                             // an object with at least one member
  const std::string& text() const { return text_; }  // "" when there is none

 private:
  std::string text_;
};

struct Location {
  std::string path;
  std::string source_id;  // front-matter source, else url, else path
  LineColumn begin, end;  // end exclusive, 1-based
  ByteSpan bytes;
  std::string text;     // the claim as written
  std::string snippet;  // the sentence around it
  std::string label;    // for related locations: what this one says
  ClaimSnapshot claim;  // {"kind", "property", "value", "qualifier", "scope"}
};

struct Finding {
  std::string rule;  // rule id, kebab-case
  std::string kind;  // count_mismatch, scope_mismatch, ...
  Level level = Level::error;
  std::string message;
  std::string event;  // event key the claims were grouped under
  Location primary;
  std::vector<Location> related;
  std::string fingerprint;  // stable across unrelated edits; see fingerprint.hpp
  FindingStatus status = FindingStatus::fresh;
  // The editors' decision, when a review file has one (review.hpp): a dismissal's reason, a
  // comment, who decided and when.
  std::string review, review_comment, reviewer, review_date;
  std::vector<std::string> explain;  // why these claims were compared (lint --explain)
};

// Deterministic order: path, line, column, rule, then message.
bool finding_less(const Finding& a, const Finding& b);
void sort_findings(std::vector<Finding>& findings);

// What reporters need to know about a rule (SARIF tool.driver.rules, `crosscheck rules`).
struct RuleInfo {
  std::string id;
  std::string check;  // the check kind it configures
  std::string kind;   // finding kind it produces
  Level level = Level::error;
  std::string summary;      // one line
  std::string description;  // full description
  std::string help;         // docs: flagged and accepted examples
};

}  // namespace crosscheck
