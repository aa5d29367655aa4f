// The project's settings in crosscheck.yaml at the corpus root (found like Vale's and ruff's
// configuration): the domains, extra rules, facts and lexicon a run uses and its fail-on level.
// Every key is checked before any article is read; all problems are reported at once.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "checker/core/diagnostic.hpp"
#include "checker/findings/finding.hpp"

namespace crosscheck::cli {

struct NamedValue {
  std::string value;
  FilePosition where;
};

struct ProjectConfig {
  std::filesystem::path file;                      // the crosscheck.yaml read
  std::optional<std::vector<NamedValue>> domains;  // nullopt: not set (the default domains apply)
  std::vector<std::filesystem::path> rules_dirs;   // the project's own rules, after the domains'
  std::vector<std::filesystem::path> facts_files;
  std::vector<std::filesystem::path> lexicon_dirs;
  std::optional<Level> fail_on;
};

// The keys crosscheck.yaml may have (`files` is the per-file metadata read with the corpus).
const std::vector<std::string>& project_config_keys();

// Reads `file`: each bad key or value is added to `errors` at file:line:col with the valid
// choices, and the good ones are kept (so the domains it names are checked too). Throws
// InputError when the file cannot be read at all. Paths are relative to the file's directory.
ProjectConfig load_project_config(const std::filesystem::path& file, std::vector<InputError>& errors);

// The crosscheck.yaml that applies to a run over `paths`: the one at the corpus root (the first
// path if it is a directory, else its parent), or for commands without paths the one in the
// current directory; nullopt when there is none.
std::optional<std::filesystem::path> find_project_config(const std::vector<std::string>& paths);

}  // namespace crosscheck::cli
