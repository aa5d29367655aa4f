#include "checker/report/report.hpp"

namespace crosscheck {

bool is_suppressed(const Finding& finding) {
  return finding.status == FindingStatus::baselined || finding.status == FindingStatus::dismissed;
}

bool fails_gate(const Finding& finding, Level fail_on) { return !is_suppressed(finding) && finding.level >= fail_on; }

std::size_t count_failing(const ReportInput& input) {
  std::size_t failing = 0;
  for (const Finding& finding : input.findings) failing += fails_gate(finding, input.fail_on) ? 1 : 0;
  return failing;
}

ReportCounts count_findings(const ReportInput& input) {
  ReportCounts counts;
  for (const Finding& finding : input.findings) {
    if (finding.status == FindingStatus::baselined) {
      ++counts.baselined;
    } else if (finding.status == FindingStatus::dismissed) {
      ++counts.dismissed;
    } else if (finding.level == Level::error) {
      ++counts.error;
    } else if (finding.level == Level::warning) {
      ++counts.warning;
    } else {
      ++counts.info;
    }
  }
  counts.failing = count_failing(input);
  return counts;
}

namespace {

std::string plural(std::size_t count, const std::string& one, const std::string& many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

}  // namespace

std::string summary_line(const ReportInput& input) {
  const ReportCounts counts = count_findings(input);
  std::string line = plural(input.documents, "document", "documents") + ", " + plural(input.claims, "claim", "claims") +
                     ": " + plural(counts.error, "error", "errors") + ", " +
                     plural(counts.warning, "warning", "warnings") + ", " + std::to_string(counts.info) + " info";
  std::string suppressed;
  if (counts.baselined > 0 || input.baseline_used) suppressed = std::to_string(counts.baselined) + " baselined";
  if (counts.dismissed > 0)
    suppressed += (suppressed.empty() ? "" : ", ") + std::to_string(counts.dismissed) + " dismissed";
  if (!suppressed.empty()) line += " (" + suppressed + ")";
  if (input.baseline_used && !input.stale.empty()) {
    line += "; " + plural(input.stale.size(), "stale baseline entry", "stale baseline entries");
  }
  if (input.review_used && !input.stale_decisions.empty()) {
    line += "; " + plural(input.stale_decisions.size(), "stale review decision", "stale review decisions");
  }
  if (!input.input_errors.empty()) {
    line += "; " + plural(input.input_errors.size(), "input", "inputs") + " not read: the corpus is incomplete";
  }
  // ("published: unknown" and the like are printed above with the findings but are none)
  if (!input.input_warnings.empty())
    line += "; " + plural(input.input_warnings.size(), "input warning", "input warnings") + " (not findings)";
  return line;
}

std::string stale_decision_text(const ReviewDecision& decision) {
  return "review decision for fingerprint " + decision.fingerprint + " (" + std::string(to_string(decision.status)) +
         (decision.reason.empty() ? "" : ", " + decision.reason) + ") matches no finding";
}

std::vector<InputProblem> input_problems(const std::vector<InputError>& errors, const Warnings& warnings) {
  std::vector<InputProblem> out;
  out.reserve(errors.size() + warnings.size());
  for (const InputError& e : errors) out.push_back({"error", &e.where(), &e.message()});
  for (const Warning& w : warnings) out.push_back({"warning", &w.where, &w.message});
  return out;
}

std::string percent_encode_path(const std::string& path) {
  static constexpr char hex_digits[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    const bool keep = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') ||
                      byte == '-' || byte == '.' || byte == '_' || byte == '~' || byte == '/';
    if (keep) {
      out.push_back(c);
    } else {
      out.push_back('%');
      out.push_back(hex_digits[byte >> 4]);
      out.push_back(hex_digits[byte & 0x0f]);
    }
  }
  return out;
}

std::string escape_github_data(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out.push_back(c);
  }
  return out;
}

std::string escape_github_property(const std::string& text) {
  std::string out;
  for (const char c : escape_github_data(text)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out.push_back(c);
  }
  return out;
}

}  // namespace crosscheck
