#include "checker/cli/project_config.hpp"

#include "checker/core/yaml_file.hpp"

namespace crosscheck::cli {

namespace {

constexpr const char* config_name = "crosscheck.yaml";

// A string or a list of strings, each with its position.
std::vector<NamedValue> read_names(const std::string& path, const YAML::Node& node, const std::string& key) {
  std::vector<NamedValue> out;
  if (node.IsNull()) return out;
  if (node.IsScalar()) return {{node.Scalar(), node_position(path, node)}};
  if (!node.IsSequence()) fail_at(path, node, "'" + key + "' must be a string or a list of strings");
  for (const auto& item : node)
    out.push_back({scalar_string(path, item, "an entry of '" + key + "'"), node_position(path, item)});
  return out;
}

// Paths relative to the configuration file; each must exist (a directory when `directory`).
std::vector<std::filesystem::path> read_paths(const std::string& path, const YAML::Node& node, const std::string& key,
                                              bool directory, std::vector<InputError>& errors) {
  std::vector<std::filesystem::path> out;
  const std::filesystem::path base = std::filesystem::path(path).parent_path();
  for (const auto& named : read_names(path, node, key)) {
    const std::filesystem::path given(named.value);
    const std::filesystem::path p = given.is_absolute() ? given : (base / given).lexically_normal();
    std::error_code ec;
    const bool ok = directory ? std::filesystem::is_directory(p, ec) : std::filesystem::is_regular_file(p, ec);
    if (!ok) {
      errors.emplace_back(named.where, "'" + key + "': " + (directory ? "no directory '" : "no file '") + named.value +
                                           "' (paths are relative to " + config_name + ")");
      continue;
    }
    out.push_back(p);
  }
  return out;
}

}  // namespace

const std::vector<std::string>& project_config_keys() {
  static const std::vector<std::string> keys{"domains", "facts", "fail_on", "files", "lexicon", "rules"};
  return keys;
}

ProjectConfig load_project_config(const std::filesystem::path& file, std::vector<InputError>& errors) {
  ProjectConfig config;
  config.file = file;
  const std::string path = file.string();
  const YAML::Node root = load_yaml_file(file);
  if (root.IsNull()) return config;
  if (!root.IsMap()) fail_at(path, root, std::string(config_name) + " must be a map of settings");
  for (const auto& kv : root) {
    collect_errors(errors, [&] {
      const std::string key = scalar_string(path, kv.first, "a setting name");
      const YAML::Node& value = kv.second;
      if (key == "files") return;  // per-file metadata, read with the corpus
      if (key == "domains") {
        config.domains = read_names(path, value, key);
      } else if (key == "rules") {
        config.rules_dirs = read_paths(path, value, key, true, errors);
      } else if (key == "facts") {
        config.facts_files = read_paths(path, value, key, false, errors);
      } else if (key == "lexicon") {
        config.lexicon_dirs = read_paths(path, value, key, true, errors);
      } else if (key == "fail_on") {
        const std::string level = scalar_string(path, value, "fail_on");
        config.fail_on = level_from_string(level);
        if (!config.fail_on) fail_at(path, value, "unknown fail_on '" + level + "' (expected error, warning or info)");
      } else {
        const std::string nearest = nearest_name(key, project_config_keys());
        fail_at(path, kv.first,
                "unknown key '" + key + "' in " + config_name +
                    (nearest.empty() ? "" : " (did you mean '" + nearest + "'?)") +
                    " (expected one of: " + joined(project_config_keys()) + ")");
      }
    });
  }
  return config;
}

std::optional<std::filesystem::path> find_project_config(const std::vector<std::string>& paths) {
  std::filesystem::path root = ".";
  std::error_code ec;
  if (!paths.empty()) {
    const std::filesystem::path first(paths.front());
    root = std::filesystem::is_directory(first, ec) ? first : first.parent_path();
    if (root.empty()) root = ".";
  }
  const auto file = root / config_name;
  if (std::filesystem::is_regular_file(file, ec)) return file;
  return std::nullopt;
}

}  // namespace crosscheck::cli
