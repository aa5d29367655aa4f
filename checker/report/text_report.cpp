// The text reporter: what a person reads in a terminal, shaped like clang's diagnostics.
#include "checker/report/report.hpp"

#include <string_view>

namespace crosscheck {
namespace {

// clang's palette: bold locations, red errors, magenta warnings, cyan notes.
struct Palette {
  std::string_view bold, red, magenta, cyan, green, dim, reset;
};
constexpr Palette plain_palette{"", "", "", "", "", "", ""};
constexpr Palette ansi_palette{"\x1b[1m", "\x1b[1;31m", "\x1b[1;35m", "\x1b[1;36m", "\x1b[1;32m", "\x1b[2m", "\x1b[0m"};

std::string_view level_colour(const Palette& palette, Level level) {
  switch (level) {
    case Level::error: return palette.red;
    case Level::warning: return palette.magenta;
    case Level::info: return palette.green;
  }
  return palette.red;
}

// One diagnostic per line, and article text must not drive the terminal: line breaks and
// tabs become spaces, other control characters (ESC above all) a '?'.
std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\n' || c == '\r' || c == '\t') out.push_back(' ');
    else if (byte < 0x20 || byte == 0x7f) out.push_back('?');
    else out.push_back(c);
  }
  return out;
}

void write_position(std::ostream& out, const Palette& palette, const Location& location) {
  out << palette.bold << one_line(location.path) << ':' << location.begin.line << ':' << location.begin.column << ':'
      << palette.reset;
}

}  // namespace

void write_text(std::ostream& out, const ReportInput& input, const TextReportOptions& options) {
  const Palette& palette = options.color ? ansi_palette : plain_palette;
  for (const Finding& finding : input.findings) {
    if (is_suppressed(finding) && !options.show_suppressed) continue;
    write_position(out, palette, finding.primary);
    out << ' ' << level_colour(palette, finding.level) << to_string(finding.level) << ':' << palette.reset << ' '
        << palette.bold << one_line(finding.message) << palette.reset << " [" << finding.rule << ']';
    if (is_suppressed(finding)) out << ' ' << palette.dim << '(' << to_string(finding.status) << ')' << palette.reset;
    out << '\n';
    for (const Location& related : finding.related) {
      write_position(out, palette, related);
      out << ' ' << palette.cyan << "note:" << palette.reset << ' '
          << one_line(related.label.empty() ? related.text : related.label) << '\n';
    }
    if (finding.status == FindingStatus::confirmed || finding.status == FindingStatus::dismissed ||
        finding.status == FindingStatus::fixed) {
      out << "  review: " << to_string(finding.status) << (finding.review.empty() ? "" : " (" + finding.review + ")")
          << (finding.reviewer.empty() ? "" : " by " + finding.reviewer)
          << (finding.review_date.empty() ? "" : " on " + finding.review_date)
          << (finding.review_comment.empty() ? "" : ": " + one_line(finding.review_comment)) << '\n';
    }
    if (options.explain) {
      for (const std::string& reason : finding.explain) out << "  why: " << one_line(reason) << '\n';
    }
  }
  if (input.baseline_used) {
    for (const BaselineEntry& entry : input.stale) {
      const std::string where = entry.where.path.empty() ? std::string("baseline") : format_position(entry.where);
      out << palette.bold << where << ':' << palette.reset << ' ' << palette.cyan << "note:" << palette.reset
          << " stale baseline entry matches no finding: " << one_line(entry.path) << ": " << one_line(entry.message)
          << " [" << entry.rule << "] (fingerprint " << entry.fingerprint << ")\n";
    }
  }
  if (input.review_used) {
    for (const ReviewDecision& d : input.stale_decisions)
      out << palette.bold << format_position(d.where) << ':' << palette.reset << ' ' << palette.cyan
          << "note:" << palette.reset << " stale " << stale_decision_text(d) << '\n';
  }
  out << summary_line(input) << '\n';
}

}  // namespace crosscheck
