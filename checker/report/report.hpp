// Reporters: pure functions from findings to text, JSON, SARIF 2.1.0 and GitHub workflow
// commands. They write to the stream they are given and never decide exit codes or colour.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "checker/core/diagnostic.hpp"
#include "checker/findings/baseline.hpp"
#include "checker/findings/finding.hpp"
#include "checker/findings/review.hpp"

namespace crosscheck {

// One claim of an event a finding is about, for the HTML report's claim matrix (who says what).
struct MatrixClaim {
  std::string event, property, source, path;
  int line = 0;
  std::string value;  // as a reader would say it: "about 400 per side"
};

struct ReportInput {
  std::vector<Finding> findings;  // sorted
  std::vector<RuleInfo> rules;    // all loaded rules (SARIF driver.rules)
  std::size_t documents = 0, claims = 0;
  bool baseline_used = false;
  std::vector<BaselineEntry> stale;  // baseline entries that matched nothing
  bool review_used = false;
  std::vector<ReviewDecision> stale_decisions;  // review decisions that matched nothing
  std::vector<MatrixClaim> event_claims;        // the HTML report's matrix (filled for --format html)
  std::string base_dir;                         // root for relative SARIF URIs: pass the current
                                                // directory (the checkout in CI), since code scanning
                                                // resolves relative URIs against the repository root
  Level fail_on = Level::error;
  // Problems with the input: errors name the files that could not be read (the corpus was
  // analysed in part, the run exits 2); warnings name fields and bytes that were ignored.
  std::vector<InputError> input_errors;
  Warnings input_warnings;
};

// One problem with the input, for reporters: "error" or "warning", where, what.
struct InputProblem {
  const char* level;
  const FilePosition* where;
  const std::string* message;
};
// Errors first, then warnings, each in the order given (sorted by the pipeline).
std::vector<InputProblem> input_problems(const std::vector<InputError>& errors, const Warnings& warnings);

// {"level", "path", "line", "column", "message"} (no line or column for a whole file): an
// entry of "diagnostics" in `lint` and `claims` JSON.
template <typename Json>
Json diagnostic_json(const InputProblem& problem) {
  Json out;
  out["level"] = problem.level;
  out["path"] = problem.where->path;
  if (problem.where->line > 0) {
    out["line"] = problem.where->line;
    out["column"] = problem.where->column;
  }
  out["message"] = *problem.message;
  return out;
}

// A JSON value as `dump(2)` prints it `depth` levels down in a document: every line after its
// first indented, so a large document (a report, the claims) is written one member at a time
// with the bytes a dump of the whole would have. JSON text has no raw newline in a string.
template <typename Json>
std::string nested_json(const Json& value, int depth) {
  const std::string text = value.dump(2, ' ', false, Json::error_handler_t::replace);
  const std::string indent(static_cast<std::size_t>(2 * depth), ' ');
  std::string shifted;
  shifted.reserve(text.size() + text.size() / 8);
  for (const char ch : text) {
    shifted += ch;
    if (ch == '\n') shifted += indent;
  }
  return shifted;
}

// The members of a JSON array one level down in a document, as `dump(2)` prints them ("[]" when
// there are none), each made by `item` and written at once: the array is never held whole.
template <typename Range, typename Item>
void write_json_items(std::ostream& out, const Range& range, Item&& item) {
  bool first = true;
  for (const auto& x : range) out << (std::exchange(first, false) ? "[\n    " : ",\n    ") << nested_json(item(x), 2);
  out << (first ? "[]" : "\n  ]");
}

struct TextReportOptions {
  bool color = false;            // ANSI colour; the CLI decides (isatty, NO_COLOR)
  bool explain = false;          // print Finding::explain as "  why: ..." lines
  bool show_suppressed = false;  // print baselined and dismissed findings too
};

// A finding a baseline or a review decision covers: counted, not shown, never failing.
bool is_suppressed(const Finding& finding);

// Whether the finding makes the run fail: not suppressed and at or above `fail_on`.
bool fails_gate(const Finding& finding, Level fail_on);
std::size_t count_failing(const ReportInput& input);

struct ReportCounts {
  std::size_t error = 0, warning = 0, info = 0;  // unsuppressed findings by level
  std::size_t baselined = 0, dismissed = 0;      // suppressed findings by status
  std::size_t failing = 0;                       // fails_gate
};
ReportCounts count_findings(const ReportInput& input);

// "3 documents, 41 claims: 1 error, 2 warnings, 0 info (3 baselined, 1 dismissed)", then
// "; 2 stale baseline entries" when a baseline was used and some entries matched nothing,
// then "; 1 input not read: the corpus is incomplete" when files could not be read.
// "fingerprint F (dismissed, false-positive) matches no finding": a stale review decision,
// the same words in every reporter.
std::string stale_decision_text(const ReviewDecision& decision);

std::string summary_line(const ReportInput& input);

// Compiler style: "path:line:col: error: message [rule-id]", "path:line:col: note: label"
// per related location, "  why: ..." with explain, stale entries, then summary_line().
void write_text(std::ostream& out, const ReportInput& input, const TextReportOptions& options);

// The JSON contract of DESIGN.md, extended with locations[].label (related), explain,
// summary.by_status, summary.failing, summary.incomplete, top-level "diagnostics" (problems
// with the input) and, when a baseline is used, top-level "stale".
void write_json(std::ostream& out, const ReportInput& input);

// SARIF 2.1.0 for code-scanning UIs (see docs/ci.md for the mapping); problems with the
// input are the invocation's toolExecutionNotifications.
void write_sarif(std::ostream& out, const ReportInput& input);

// One self-contained HTML file (no network, no external assets) for editors: findings grouped
// by event, the claims side by side in their sentences, a claim matrix per event (every
// source's value of every property, conflicting cells marked), filters by level, rule, status
// and source, and a search box. The data is embedded as JSON and rendered by inline script.
// `review_app`: the page served by `crosscheck review`, with buttons that post decisions to
// /api/decision on the server that serves it.
void write_html(std::ostream& out, const ReportInput& input, bool review_app = false);

// schema.org ClaimReview JSON-LD, an array with one review per wrong claim: the primary claim
// of each finding an editor confirmed in the review file (others are not published).
void write_claimreview(std::ostream& out, const ReportInput& input);

// GitHub workflow commands (::error/::warning/::notice) for problems with the input and
// unsuppressed findings, and a plain summary line; with `step_summary`, a Markdown table of every finding for the job
// summary.
void write_github(std::ostream& out, const ReportInput& input, std::ostream* step_summary);

// Percent-encodes a path for a URI reference, keeping '/' (RFC 3986 unreserved kept as is).
std::string percent_encode_path(const std::string& path);

// GitHub workflow command escaping: message data and property values.
std::string escape_github_data(const std::string& text);
std::string escape_github_property(const std::string& text);

}  // namespace crosscheck
