// The JSON reporter: the contract in DESIGN.md ("JSON output") that tools and tests read.
// Members are only ever added, never renamed; ordered_json keeps the documented order.
#include "checker/report/report.hpp"

#include <nlohmann/json.hpp>

namespace crosscheck {
namespace {

using ordered_json = nlohmann::ordered_json;

ordered_json location_json(const Location& location, bool related) {
  ordered_json out;
  out["path"] = location.path;
  out["line"] = location.begin.line;
  out["column"] = location.begin.column;
  out["end_line"] = location.end.line;
  out["end_column"] = location.end.column;
  out["text"] = location.text;
  out["claim"] = location.claim.text().empty() ? ordered_json() : ordered_json::parse(location.claim.text());
  if (related) out["label"] = location.label;
  return out;
}

ordered_json stale_json(const BaselineEntry& entry) {
  return ordered_json{{"fingerprint", entry.fingerprint},
                      {"rule", entry.rule},
                      {"path", entry.path},
                      {"message", entry.message},
                      {"baseline_line", entry.where.line}};
}

ordered_json finding_json(const Finding& finding) {
  ordered_json item;
  item["rule"] = finding.rule;
  item["kind"] = finding.kind;
  item["level"] = std::string(to_string(finding.level));
  item["message"] = finding.message;
  item["fingerprint"] = finding.fingerprint;
  item["status"] = std::string(to_string(finding.status));
  item["event"] = finding.event;
  ordered_json locations = ordered_json::array();
  locations.push_back(location_json(finding.primary, false));
  for (const Location& related : finding.related) locations.push_back(location_json(related, true));
  item["locations"] = std::move(locations);
  if (!finding.explain.empty()) item["explain"] = finding.explain;
  if (finding.status == FindingStatus::confirmed || finding.status == FindingStatus::dismissed ||
      finding.status == FindingStatus::fixed)
    item["review"] = {{"reason", finding.review},
                      {"comment", finding.review_comment},
                      {"reviewer", finding.reviewer},
                      {"date", finding.review_date}};
  return item;
}

}  // namespace

// The document as `dump(2)` writes it, streamed: the findings are written one at a time, so a
// report of many findings is never held whole (as a JSON tree and as its text) beside the corpus.
void write_json(std::ostream& out, const ReportInput& input) {
  ordered_json by_level{{"error", 0}, {"warning", 0}, {"info", 0}};
  ordered_json by_status{{"new", 0}, {"baselined", 0}, {"confirmed", 0}, {"dismissed", 0}, {"fixed", 0}};
  for (const Finding& finding : input.findings) {
    by_level[std::string(to_string(finding.level))] = by_level[std::string(to_string(finding.level))].get<int>() + 1;
    by_status[std::string(to_string(finding.status))] =
        by_status[std::string(to_string(finding.status))].get<int>() + 1;
  }
  const ordered_json tool{{"name", "crosscheck"}, {"version", CROSSCHECK_VERSION}};
  const ordered_json summary{{"documents", input.documents},
                             {"claims", input.claims},
                             {"findings", input.findings.size()},
                             {"by_level", by_level},
                             {"by_status", by_status},
                             {"failing", count_failing(input)},
                             {"fail_on", std::string(to_string(input.fail_on))},
                             {"incomplete", !input.input_errors.empty()}};
  out << "{\n  \"tool\": " << nested_json(tool, 1) << ",\n  \"summary\": " << nested_json(summary, 1)
      << ",\n  \"findings\": ";
  write_json_items(out, input.findings, finding_json);
  ordered_json diagnostics = ordered_json::array();
  for (const InputProblem& problem : input_problems(input.input_errors, input.input_warnings))
    diagnostics.push_back(diagnostic_json<ordered_json>(problem));
  out << ",\n  \"diagnostics\": " << nested_json(diagnostics, 1);
  if (input.baseline_used) {
    ordered_json stale = ordered_json::array();
    for (const BaselineEntry& entry : input.stale) stale.push_back(stale_json(entry));
    out << ",\n  \"stale\": " << nested_json(stale, 1);
  }
  if (input.review_used) {
    ordered_json stale = ordered_json::array();
    for (const ReviewDecision& d : input.stale_decisions)
      stale.push_back({{"fingerprint", d.fingerprint},
                       {"status", std::string(to_string(d.status))},
                       {"reason", d.reason},
                       {"review_line", d.where.line}});
    out << ",\n  \"stale_decisions\": " << nested_json(stale, 1);
  }
  out << "\n}\n";
}

}  // namespace crosscheck
