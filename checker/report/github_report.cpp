// The GitHub reporter: workflow commands that become pull-request annotations, and a
// Markdown job summary with every finding (GitHub shows only a few annotations per step).
#include "checker/report/report.hpp"

namespace crosscheck {
namespace {

std::string command_name(Level level) {
  switch (level) {
    case Level::error: return "error";
    case Level::warning: return "warning";
    case Level::info: return "notice";
  }
  return "error";
}

// Table cells: '|' would end the cell, a newline the row, '<' could open HTML.
std::string markdown_cell(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += "<br>";
    else if (c == '\r') continue;
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else if (c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string position(const Location& location) {
  return location.path + ":" + std::to_string(location.begin.line) + ":" + std::to_string(location.begin.column);
}

void write_step_summary(std::ostream& summary, const ReportInput& input) {
  summary << "### crosscheck\n\n" << markdown_cell(summary_line(input)) << "\n\n";
  if (!input.findings.empty()) {
    summary << "| Level | Status | Location | Rule | Message | Conflicts with |\n"
            << "| --- | --- | --- | --- | --- | --- |\n";
    for (const Finding& finding : input.findings) {
      std::string conflicts;
      for (const Location& related : finding.related) {
        if (!conflicts.empty()) conflicts += "<br>";
        conflicts += markdown_cell(position(related)) + " " +
                     markdown_cell(related.label.empty() ? related.text : related.label);
      }
      summary << "| " << to_string(finding.level) << " | " << to_string(finding.status) << " | "
              << markdown_cell(position(finding.primary)) << " | " << markdown_cell(finding.rule) << " | "
              << markdown_cell(finding.message) << " | " << conflicts << " |\n";
    }
    summary << '\n';
  }
  if (input.baseline_used && !input.stale.empty()) {
    summary << "Stale baseline entries (run `crosscheck baseline prune`):\n\n"
            << "| Fingerprint | Rule | Path | Message |\n| --- | --- | --- | --- |\n";
    for (const BaselineEntry& entry : input.stale) {
      summary << "| " << markdown_cell(entry.fingerprint) << " | " << markdown_cell(entry.rule) << " | "
              << markdown_cell(entry.path) << " | " << markdown_cell(entry.message) << " |\n";
    }
    summary << '\n';
  }
}

}  // namespace

void write_github(std::ostream& out, const ReportInput& input, std::ostream* step_summary) {
  for (const InputProblem& problem : input_problems(input.input_errors, input.input_warnings)) {
    out << "::" << problem.level << " file=" << escape_github_property(problem.where->path);
    if (problem.where->line > 0) out << ",line=" << problem.where->line << ",col=" << problem.where->column;
    out << ",title=" << escape_github_property("crosscheck input") << "::" << escape_github_data(*problem.message)
        << '\n';
  }
  for (const Finding& finding : input.findings) {
    if (is_suppressed(finding)) continue;
    const Location& at = finding.primary;
    std::string message = finding.message;
    for (const Location& related : finding.related) {
      message += "\nnote: " + position(related) + ": " + (related.label.empty() ? related.text : related.label);
    }
    out << "::" << command_name(finding.level) << " file=" << escape_github_property(at.path)
        << ",line=" << at.begin.line << ",col=" << at.begin.column;
    if (at.begin < at.end) out << ",endLine=" << at.end.line << ",endColumn=" << at.end.column;
    out << ",title=" << escape_github_property("crosscheck " + finding.rule) << "::" << escape_github_data(message)
        << '\n';
  }
  if (input.baseline_used) {
    for (const BaselineEntry& entry : input.stale) {
      out << "::notice title=" << escape_github_property("crosscheck stale baseline entry") << "::"
          << escape_github_data(entry.path + ": " + entry.message + " [" + entry.rule + "] (fingerprint " +
                                entry.fingerprint + ") matches no finding; run `crosscheck baseline prune`")
          << '\n';
    }
  }
  if (input.review_used) {
    for (const ReviewDecision& d : input.stale_decisions)
      out << "::notice file=" << escape_github_property(d.where.path) << ",line=" << d.where.line
          << ",title=" << escape_github_property("crosscheck stale review decision")
          << "::" << escape_github_data(stale_decision_text(d)) << '\n';
  }
  out << summary_line(input) << '\n';
  if (step_summary != nullptr) write_step_summary(*step_summary, input);
}

}  // namespace crosscheck
