// A finding: one contradiction, shaped like a compiler diagnostic: a primary location and
// related locations (the conflicting claims), plus what identifies it across runs.
#pragma once

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

struct Location {
  std::string path;
  std::string source_id;  // front-matter source, else url, else path
  LineColumn begin, end;  // end exclusive, 1-based
  ByteSpan bytes;
  std::string text;      // the claim as written
  std::string snippet;   // the sentence around it
  std::string label;     // for related locations: what this one says
  nlohmann::json claim;  // {"kind", "property", "value", "qualifier", "scope"}
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
