#include "checker/findings/finding.hpp"

#include <algorithm>
#include <tuple>

namespace crosscheck {

std::string_view to_string(Level level) {
  switch (level) {
    case Level::info: return "info";
    case Level::warning: return "warning";
    case Level::error: return "error";
  }
  return "error";
}

std::optional<Level> level_from_string(std::string_view text) {
  if (text == "info") return Level::info;
  if (text == "warning") return Level::warning;
  if (text == "error") return Level::error;
  return std::nullopt;
}

std::string_view to_string(FindingStatus status) {
  switch (status) {
    case FindingStatus::fresh: return "new";
    case FindingStatus::baselined: return "baselined";
    case FindingStatus::confirmed: return "confirmed";
    case FindingStatus::dismissed: return "dismissed";
    case FindingStatus::fixed: return "fixed";
  }
  return "new";
}

bool finding_less(const Finding& a, const Finding& b) {
  return std::tie(a.primary.path, a.primary.begin, a.rule, a.message, a.fingerprint) <
         std::tie(b.primary.path, b.primary.begin, b.rule, b.message, b.fingerprint);
}

void sort_findings(std::vector<Finding>& findings) { std::sort(findings.begin(), findings.end(), finding_less); }

ClaimSnapshot::ClaimSnapshot(const nlohmann::json& claim) {
  if (!claim.is_null()) text_ = claim.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::json ClaimSnapshot::json() const { return text_.empty() ? nlohmann::json() : nlohmann::json::parse(text_); }

bool ClaimSnapshot::is_claim() const { return text_.starts_with('{') && text_ != "{}"; }

}  // namespace crosscheck
