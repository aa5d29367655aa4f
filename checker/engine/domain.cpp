#include "checker/engine/domain.hpp"

#include <algorithm>
#include <fstream>

#include "checker/core/data_dir.hpp"
#include "checker/core/yaml_file.hpp"

namespace crosscheck {

namespace {

// The first line of text after the README's heading: what the domain is for.
std::string readme_summary(const std::filesystem::path& readme) {
  std::ifstream in(readme);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    return line;
  }
  return {};
}

bool is_yaml(const std::filesystem::path& p) { return p.extension() == ".yaml" || p.extension() == ".yml"; }

}  // namespace

std::filesystem::path shipped_domains_dir() { return data_dir().path / "domains"; }

std::vector<std::string> shipped_domain_names() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(shipped_domains_dir(), ec))
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

const std::vector<std::string>& default_domain_names() {
  static const std::vector<std::string> names{"exchanges"};
  return names;
}

std::vector<std::filesystem::path> default_rule_dirs() {
  std::vector<std::filesystem::path> dirs{data_dir().path / "rules"};
  for (const auto& name : default_domain_names()) {
    const Domain d = load_domain(name, {"default domain", 0, 0});
    if (!d.rules_dir.empty()) dirs.push_back(d.rules_dir);
  }
  return dirs;
}

Domain load_domain(const std::string& name_or_path, const FilePosition& named_at) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const bool looks_like_path = name_or_path.find('/') != std::string::npos || name_or_path.rfind('.', 0) == 0;
  fs::path dir = looks_like_path ? fs::path(name_or_path) : shipped_domains_dir() / name_or_path;
  if (!looks_like_path && !fs::is_directory(dir, ec) && fs::is_directory(name_or_path, ec)) dir = name_or_path;
  if (!fs::is_directory(dir, ec)) {
    const std::string nearest = looks_like_path ? "" : nearest_name(name_or_path, shipped_domain_names());
    throw InputError(named_at, "unknown domain '" + name_or_path + "'" +
                                   (nearest.empty() ? "" : " (did you mean '" + nearest + "'?)") +
                                   " (not a directory; shipped domains: " +
                                   (shipped_domain_names().empty() ? "none" : joined(shipped_domain_names())) + ")");
  }
  Domain domain;
  domain.dir = dir;
  domain.name = fs::absolute(dir, ec).lexically_normal().filename().string();
  if (domain.name.empty()) domain.name = fs::absolute(dir, ec).lexically_normal().parent_path().filename().string();
  std::vector<InputError> errors;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    if (name == "lexicon" && entry.is_directory()) domain.lexicon_dir = entry.path();
    else if (name == "rules" && entry.is_directory()) domain.rules_dir = entry.path();
    else if (name == "facts" && entry.is_directory()) {
      for (const auto& f : fs::directory_iterator(entry.path(), ec))
        if (f.is_regular_file() && is_yaml(f.path())) domain.facts_files.push_back(f.path());
      std::sort(domain.facts_files.begin(), domain.facts_files.end());
    } else if (name == "README.md" && entry.is_regular_file()) {
      domain.summary = readme_summary(entry.path());
    } else {
      errors.emplace_back(FilePosition{entry.path().string(), 0, 0},
                          "unknown entry '" + name + "' in domain '" + domain.name +
                              "' (a domain has lexicon/, rules/, facts/ and README.md)");
    }
  }
  if (domain.lexicon_dir.empty() && domain.rules_dir.empty() && domain.facts_files.empty())
    errors.emplace_back(FilePosition{dir.string(), 0, 0},
                        "domain '" + domain.name + "' has no lexicon/, rules/ or facts/ to add");
  throw_if_any(std::move(errors));
  return domain;
}

}  // namespace crosscheck
