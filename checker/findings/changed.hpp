// Changed-only mode for pull requests: the whole corpus is analysed (a new article can
// contradict an old one) but only findings that touch a changed file are reported.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "checker/findings/finding.hpp"

namespace crosscheck {

// One spelling per file: lexically normal, relative to `base` when it lies under it, with
// forward slashes ("./a/../b.txt" and "/cwd/b.txt" both become "b.txt").
std::string normalize_changed_path(const std::filesystem::path& path,
                                   const std::filesystem::path& base = std::filesystem::current_path());

// Findings whose primary or any related location is one of `changed` (order kept).
std::vector<Finding> keep_changed_findings(const std::vector<Finding>& findings,
                                           const std::vector<std::string>& changed,
                                           const std::filesystem::path& base = std::filesystem::current_path());

}  // namespace crosscheck
