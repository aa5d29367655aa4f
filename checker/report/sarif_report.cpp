// The SARIF 2.1.0 reporter for code-scanning UIs: one run, the rules as tool.driver.rules,
// one result per finding with the conflicting claims as relatedLocations.
#include "checker/report/report.hpp"

#include <filesystem>
#include <map>

#include <nlohmann/json.hpp>

#include "checker/findings/fingerprint.hpp"

// Where SARIF viewers link "more about this tool"; the build may set the project's page.
#ifndef CROSSCHECK_INFORMATION_URI
#define CROSSCHECK_INFORMATION_URI "https://github.com/crosscheck-news/crosscheck"
#endif

namespace crosscheck {
namespace {

using ordered_json = nlohmann::ordered_json;
namespace fs = std::filesystem;

constexpr const char* base_id = "CORPUSROOT";

std::string sarif_level(Level level) {
  switch (level) {
    case Level::error: return "error";
    case Level::warning: return "warning";
    case Level::info: return "note";
  }
  return "error";
}

// "count-mismatch" -> "CountMismatch": SARIF's reportingDescriptor.name is a readable id.
std::string rule_name(const std::string& id) {
  std::string out;
  bool upper = true;
  for (const char c : id) {
    if (c == '-' || c == '_') {
      upper = true;
      continue;
    }
    out.push_back(upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    upper = false;
  }
  return out;
}

fs::path absolute_normal(const std::string& path) { return fs::absolute(fs::path(path)).lexically_normal(); }

struct UriResolver {
  bool has_base = false;
  fs::path base;

  explicit UriResolver(const std::string& base_dir) {
    if (base_dir.empty()) return;
    has_base = true;
    base = absolute_normal(base_dir);
  }

  std::string base_uri() const {
    std::string text = base.generic_string();
    if (text.empty() || text.back() != '/') text.push_back('/');
    return "file://" + percent_encode_path(text);
  }

  // A path under the corpus root becomes a relative URI with the base id; anything else an
  // absolute file URI, so a result never points at the wrong file.
  ordered_json artifact_location(const std::string& path) const {
    if (has_base) {
      const fs::path relative = absolute_normal(path).lexically_relative(base);
      if (!relative.empty() && *relative.begin() != "..") {
        return {{"uri", percent_encode_path(relative.generic_string())}, {"uriBaseId", base_id}};
      }
    }
    const fs::path given(path);
    if (!given.is_absolute() && !has_base)
      return {{"uri", percent_encode_path(given.lexically_normal().generic_string())}};
    return {{"uri", "file://" + percent_encode_path(absolute_normal(path).generic_string())}};
  }
};

ordered_json physical_location(const UriResolver& uris, const Location& location) {
  ordered_json region{{"startLine", location.begin.line}, {"startColumn", location.begin.column}};
  // An end that is unset or before the start would make the log invalid; SARIF then means
  // "to the end of the start line", which is close enough.
  if (location.begin < location.end) {
    region["endLine"] = location.end.line;
    region["endColumn"] = location.end.column;
  }
  if (!location.text.empty()) region["snippet"] = {{"text", location.text}};
  return {{"artifactLocation", uris.artifact_location(location.path)}, {"region", std::move(region)}};
}

// Whether the whole input was read, and every problem with it: a file that could not be read
// is an error notification (executionSuccessful false), an ignored field a warning.
ordered_json invocation(const UriResolver& uris, const ReportInput& input) {
  ordered_json notifications = ordered_json::array();
  for (const InputProblem& problem : input_problems(input.input_errors, input.input_warnings)) {
    ordered_json physical{{"artifactLocation", uris.artifact_location(problem.where->path)}};
    if (problem.where->line > 0)
      physical["region"] = {{"startLine", problem.where->line}, {"startColumn", std::max(problem.where->column, 1)}};
    notifications.push_back({{"level", problem.level},
                             {"message", {{"text", *problem.message}}},
                             {"locations", ordered_json::array({{{"physicalLocation", std::move(physical)}}})}});
  }
  ordered_json out{{"executionSuccessful", input.input_errors.empty()}};
  if (!notifications.empty()) out["toolExecutionNotifications"] = std::move(notifications);
  return out;
}

ordered_json rule_descriptor(const RuleInfo& rule) {
  const std::string summary = rule.summary.empty() ? rule.id : rule.summary;
  const std::string description = rule.description.empty() ? summary : rule.description;
  const std::string help = rule.help.empty() ? description : rule.help;
  ordered_json out;
  out["id"] = rule.id;
  out["name"] = rule_name(rule.id);
  out["shortDescription"] = {{"text", summary}};
  out["fullDescription"] = {{"text", description}};
  out["help"] = {{"text", help}, {"markdown", help}};
  out["defaultConfiguration"] = {{"level", sarif_level(rule.level)}};
  ordered_json properties;
  if (!rule.check.empty()) properties["check"] = rule.check;
  if (!rule.kind.empty()) properties["kind"] = rule.kind;
  if (!properties.empty()) out["properties"] = std::move(properties);
  return out;
}

ordered_json suppression(const Finding& finding) {
  const std::string justification =
      finding.status == FindingStatus::baselined
          ? "known finding recorded in the baseline"
          : "dismissed in editorial review" + (finding.review.empty() ? std::string() : " (" + finding.review + ")") +
                (finding.review_comment.empty() ? std::string() : ": " + finding.review_comment);
  return ordered_json::array({{{"kind", "external"}, {"status", "accepted"}, {"justification", justification}}});
}

}  // namespace

void write_sarif(std::ostream& out, const ReportInput& input) {
  const UriResolver uris(input.base_dir);

  // Rules in load order, then any rule a finding names that was not loaded (hand-built
  // findings, a rule set changed between runs), so every ruleIndex points somewhere.
  std::vector<RuleInfo> rules = input.rules;
  std::map<std::string, std::size_t> rule_index;
  for (std::size_t i = 0; i < rules.size(); ++i) rule_index.emplace(rules[i].id, i);
  for (const Finding& finding : input.findings) {
    if (rule_index.count(finding.rule)) continue;
    rule_index.emplace(finding.rule, rules.size());
    RuleInfo info;
    info.id = finding.rule;
    info.kind = finding.kind;
    info.level = finding.level;
    rules.push_back(info);
  }

  ordered_json driver;
  driver["name"] = "crosscheck";
  driver["version"] = CROSSCHECK_VERSION;
  driver["semanticVersion"] = CROSSCHECK_VERSION;
  driver["informationUri"] = CROSSCHECK_INFORMATION_URI;
  ordered_json rule_array = ordered_json::array();
  for (const RuleInfo& rule : rules) rule_array.push_back(rule_descriptor(rule));
  driver["rules"] = std::move(rule_array);

  ordered_json results = ordered_json::array();
  for (const Finding& finding : input.findings) {
    ordered_json result;
    result["ruleId"] = finding.rule;
    result["ruleIndex"] = rule_index.at(finding.rule);
    result["level"] = sarif_level(finding.level);
    result["message"] = {{"text", finding.message}};
    result["locations"] = ordered_json::array({{{"physicalLocation", physical_location(uris, finding.primary)}}});
    if (!finding.related.empty()) {
      ordered_json related = ordered_json::array();
      int id = 1;
      for (const Location& location : finding.related) {
        ordered_json item;
        item["id"] = id++;
        item["physicalLocation"] = physical_location(uris, location);
        item["message"] = {{"text", location.label.empty() ? location.text : location.label}};
        related.push_back(std::move(item));
      }
      result["relatedLocations"] = std::move(related);
    }
    const std::string print = finding.fingerprint.empty() ? fingerprint(finding) : finding.fingerprint;
    result["partialFingerprints"] = {{fingerprint_scheme, print}};
    if (input.baseline_used) {
      result["baselineState"] = finding.status == FindingStatus::baselined ? "unchanged" : "new";
    }
    if (is_suppressed(finding)) result["suppressions"] = suppression(finding);
    ordered_json properties;
    properties["kind"] = finding.kind;
    if (!finding.event.empty()) properties["event"] = finding.event;
    properties["status"] = std::string(to_string(finding.status));
    result["properties"] = std::move(properties);
    results.push_back(std::move(result));
  }

  ordered_json run;
  run["tool"] = {{"driver", std::move(driver)}};
  if (uris.has_base) run["originalUriBaseIds"] = {{base_id, {{"uri", uris.base_uri()}}}};
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);
  run["invocations"] = ordered_json::array({invocation(uris, input)});
  if (input.baseline_used && !input.stale.empty()) {
    // SARIF has no place for baseline entries without a result; keep them visible to tools.
    ordered_json stale = ordered_json::array();
    for (const BaselineEntry& entry : input.stale) {
      stale.push_back(
          {{"fingerprint", entry.fingerprint}, {"rule", entry.rule}, {"path", entry.path}, {"message", entry.message}});
    }
    run["properties"]["staleBaselineEntries"] = std::move(stale);
  }
  if (input.review_used && !input.stale_decisions.empty()) {
    ordered_json stale = ordered_json::array();
    for (const ReviewDecision& d : input.stale_decisions)
      stale.push_back(
          {{"fingerprint", d.fingerprint}, {"status", std::string(to_string(d.status))}, {"reason", d.reason}});
    run["properties"]["staleReviewDecisions"] = std::move(stale);
  }

  ordered_json root;
  root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  root["version"] = "2.1.0";
  root["runs"] = ordered_json::array({std::move(run)});
  out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace crosscheck
