#include "checker/findings/changed.hpp"

#include <unordered_set>

namespace crosscheck {

std::string normalize_changed_path(const std::filesystem::path& path, const std::filesystem::path& base) {
  if (path.empty()) return {};
  // Lexical only: a deleted file in a diff no longer exists, and symlinks in a corpus are
  // named the way the author and git name them.
  const std::filesystem::path absolute_base = base.is_absolute() ? base : std::filesystem::absolute(base);
  const std::filesystem::path absolute = (path.is_absolute() ? path : absolute_base / path).lexically_normal();
  const std::filesystem::path relative = absolute.lexically_relative(absolute_base.lexically_normal());
  const bool under_base = !relative.empty() && *relative.begin() != "..";
  std::string out = (under_base ? relative : absolute).generic_string();
  if (out.size() > 1 && out.back() == '/') out.pop_back();
  return out;
}

std::vector<Finding> keep_changed_findings(const std::vector<Finding>& findings,
                                           const std::vector<std::string>& changed, const std::filesystem::path& base) {
  std::unordered_set<std::string> wanted;
  for (const std::string& path : changed) wanted.insert(normalize_changed_path(path, base));
  auto touches = [&](const Location& location) {
    return wanted.count(normalize_changed_path(location.path, base)) > 0;
  };

  std::vector<Finding> kept;
  for (const Finding& finding : findings) {
    bool keep = touches(finding.primary);
    for (const Location& location : finding.related) keep = keep || touches(location);
    if (keep) kept.push_back(finding);
  }
  return kept;
}

}  // namespace crosscheck
