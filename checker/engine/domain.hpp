// Domains: a kind of story (prisoner exchanges, disasters, elections) as a directory of YAML
// (a lexicon overlay, rules, reference facts) and a docs page, chosen with --domain or in the
// corpus's crosscheck.yaml. A domain extends the shipped lexicon, rules and facts.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "checker/core/diagnostic.hpp"

namespace crosscheck {

struct Domain {
  std::string name;  // the directory's name
  std::filesystem::path dir;
  std::filesystem::path lexicon_dir;               // lexicon/ (empty when the domain has none)
  std::filesystem::path rules_dir;                 // rules/ (empty when none)
  std::vector<std::filesystem::path> facts_files;  // facts/*.yaml, sorted
  std::string summary;                             // the first line of README.md after its heading
};

// <data>/domains: the domains shipped with crosscheck.
std::filesystem::path shipped_domains_dir();
std::vector<std::string> shipped_domain_names();

// The domains a run uses when neither --domain nor crosscheck.yaml names any.
const std::vector<std::string>& default_domain_names();

// The shipped rules/ followed by the default domains' rules: what a run uses when nothing
// chooses otherwise (for tests and benchmarks that load rules themselves).
std::vector<std::filesystem::path> default_rule_dirs();

// A shipped domain's name ("disasters") or a directory ("./newsroom/quakes"). A name that is
// neither is an error at `named_at` listing the shipped domains; an entry of the directory
// other than lexicon/, rules/, facts/ and README.md is an error naming the ones it may have.
Domain load_domain(const std::string& name_or_path, const FilePosition& named_at);

}  // namespace crosscheck
