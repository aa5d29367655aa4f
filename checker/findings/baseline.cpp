#include "checker/findings/baseline.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <tuple>
#include <unordered_set>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "checker/core/atomic_file.hpp"
#include "checker/core/yaml_file.hpp"
#include "checker/findings/yaml_text.hpp"

namespace crosscheck {
namespace {

bool is_plain_rule_id(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  }) && text.front() != '-';
}

bool entry_less(const BaselineEntry& a, const BaselineEntry& b) {
  return std::tie(a.path, a.rule, a.message, a.fingerprint) < std::tie(b.path, b.rule, b.message, b.fingerprint);
}

std::string optional_string(const std::string& file, const YAML::Node& entry, const char* key) {
  const YAML::Node node = entry[key];
  if (!node) return {};
  return scalar_string(file, node, std::string("'") + key + "'");
}

}  // namespace

Baseline load_baseline(const std::filesystem::path& path) {
  const std::string file = path.string();
  const YAML::Node root = load_yaml_file(path);
  if (!root.IsMap())
    throw InputError(node_position(file, root), "a baseline must be a mapping with 'version' and 'findings'");
  for (const auto& item : root) {
    const std::string key = item.first.Scalar();
    if (key != "version" && key != "findings") fail_at(file, item.first, "unknown key '" + key + "' in baseline");
  }
  Baseline baseline;
  const YAML::Node version = root["version"];
  if (!version) fail_at(file, root, "baseline has no 'version'");
  if (!version.IsScalar() || version.Scalar() != "1")
    fail_at(file, version, "unsupported baseline version (expected 1)");

  const YAML::Node findings = root["findings"];
  if (!findings || findings.IsNull()) return baseline;
  if (!findings.IsSequence()) fail_at(file, findings, "'findings' must be a list");
  for (const YAML::Node& entry : findings) {
    if (!entry.IsMap()) fail_at(file, entry, "a baseline entry must be a mapping");
    for (const auto& item : entry) {
      const std::string key = item.first.Scalar();
      if (key != "fingerprint" && key != "rule" && key != "path" && key != "message") {
        fail_at(file, item.first, "unknown key '" + key + "' in baseline entry");
      }
    }
    const YAML::Node fingerprint_node = entry["fingerprint"];
    if (!fingerprint_node) fail_at(file, entry, "baseline entry has no 'fingerprint'");
    BaselineEntry out;
    out.fingerprint = scalar_string(file, fingerprint_node, "'fingerprint'");
    if (!is_hex_fingerprint(out.fingerprint)) fail_at(file, fingerprint_node, "'fingerprint' must be lowercase hex");
    out.rule = optional_string(file, entry, "rule");
    out.path = optional_string(file, entry, "path");
    out.message = optional_string(file, entry, "message");
    out.where = node_position(file, entry);
    baseline.entries.push_back(std::move(out));
  }
  return baseline;
}

Baseline make_baseline(const std::vector<Finding>& findings) {
  Baseline baseline;
  std::unordered_set<std::string> seen;
  for (const Finding& finding : findings) {
    if (finding.status == FindingStatus::dismissed || finding.fingerprint.empty()) continue;
    if (!seen.insert(finding.fingerprint).second) continue;
    baseline.entries.push_back({finding.fingerprint, finding.rule, finding.primary.path, finding.message, {}});
  }
  std::sort(baseline.entries.begin(), baseline.entries.end(), entry_less);
  return baseline;
}

std::string serialize_baseline(const Baseline& baseline) {
  std::string out =
      "# crosscheck baseline: known findings; `crosscheck baseline write` regenerates it\n"
      "version: " +
      std::to_string(baseline.version) + "\n";
  if (baseline.entries.empty()) return out + "findings: []\n";
  out += "findings:\n";
  std::vector<BaselineEntry> entries = baseline.entries;
  for (BaselineEntry& entry : entries) {
    entry.rule = as_written(entry.rule);
    entry.path = as_written(entry.path);
    entry.message = as_written(entry.message);
  }
  std::sort(entries.begin(), entries.end(), entry_less);
  for (const BaselineEntry& entry : entries) {
    out += "  - fingerprint: " + entry.fingerprint + "\n";
    out += "    rule: " + (is_plain_rule_id(entry.rule) ? entry.rule : yaml_quoted(entry.rule)) + "\n";
    out += "    path: " + yaml_quoted(entry.path) + "\n";
    out += "    message: " + yaml_quoted(entry.message) + "\n";
  }
  return out;
}

void write_baseline_atomic(const std::filesystem::path& path, const Baseline& baseline) {
  write_file_atomic(path, serialize_baseline(baseline), "baseline");
}

void write_baseline_atomic(const std::filesystem::path& path, const std::vector<Finding>& findings) {
  write_baseline_atomic(path, make_baseline(findings));
}

std::vector<BaselineEntry> apply_baseline(std::vector<Finding>& findings, const Baseline& baseline) {
  std::unordered_set<std::string> known;
  for (const BaselineEntry& entry : baseline.entries) known.insert(entry.fingerprint);
  std::unordered_set<std::string> matched;
  for (Finding& finding : findings) {
    if (!known.count(finding.fingerprint)) continue;
    matched.insert(finding.fingerprint);
    if (finding.status == FindingStatus::fresh) finding.status = FindingStatus::baselined;
  }
  std::vector<BaselineEntry> stale;
  for (const BaselineEntry& entry : baseline.entries) {
    if (!matched.count(entry.fingerprint)) stale.push_back(entry);
  }
  return stale;
}

Baseline prune_baseline(const Baseline& baseline, const std::vector<Finding>& findings) {
  std::unordered_set<std::string> present;
  for (const Finding& finding : findings) present.insert(finding.fingerprint);
  Baseline pruned;
  pruned.version = baseline.version;
  for (const BaselineEntry& entry : baseline.entries) {
    if (present.count(entry.fingerprint)) pruned.entries.push_back(entry);
  }
  return pruned;
}

}  // namespace crosscheck
