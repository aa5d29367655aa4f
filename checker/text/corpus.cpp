#include <algorithm>
#include <set>

#include "checker/core/yaml_file.hpp"
#include "checker/text/document.hpp"
#include "checker/text/meta_fields.hpp"

namespace crosscheck {

namespace {

constexpr const char* manifest_name = "crosscheck.yaml";

bool is_hidden(const std::filesystem::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

bool is_corpus_extension(const std::filesystem::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".txt" || ext == ".md";
}

// The key a file has in a manifest: its path relative to the manifest root, '/'-separated.
std::string manifest_key(const std::filesystem::path& p) { return p.lexically_normal().generic_string(); }

}  // namespace

std::vector<std::filesystem::path> collect_corpus_files(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::vector<fs::path> result;
  std::set<std::string> seen;  // a file named twice (or inside a named directory) is read once
  auto add = [&](const fs::path& p) {
    if (seen.insert(p.lexically_normal().generic_string()).second) result.push_back(p);
  };
  for (const std::string& given : paths) {
    const fs::path path(given);
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw InputError({given, 0, 0}, "no such file or directory");
    if (!fs::is_directory(status)) {
      add(path);
      continue;
    }
    std::vector<fs::path> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::none, ec);
    if (ec) throw InputError({given, 0, 0}, "cannot read directory: " + ec.message());
    for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
      if (ec) throw InputError({given, 0, 0}, "cannot read directory: " + ec.message());
      const fs::path& entry = it->path();
      if (is_hidden(entry)) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec)) continue;
      if (entry.filename() == manifest_name || !is_corpus_extension(entry)) continue;
      found.push_back(entry);
    }
    std::sort(found.begin(), found.end(),
              [](const fs::path& a, const fs::path& b) { return a.generic_string() < b.generic_string(); });
    for (const fs::path& p : found) add(p);
  }
  return result;
}

std::optional<CorpusManifest> load_manifest(const std::filesystem::path& dir) {
  const std::filesystem::path file = dir / manifest_name;
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return std::nullopt;
  const std::string name = file.string();
  const YAML::Node root = load_yaml_file(file);
  CorpusManifest manifest;
  manifest.root = dir;
  if (root.IsNull()) return manifest;
  if (!root.IsMap()) fail_at(name, root, "the manifest must be a map (with a 'files' key)");
  // Other top-level keys (lint settings, ...) belong to other layers; only `files` is read here.
  const YAML::Node files = root["files"];
  if (!files || files.IsNull()) return manifest;
  if (!files.IsMap()) fail_at(name, files, "'files' must be a map of file path -> fields");
  for (const auto& entry : files) {
    const std::string written = scalar_string(name, entry.first, "a file path under 'files'");
    const std::string key = manifest_key(written);
    // A key no file below the root can have would be ignored without a word.
    if (std::filesystem::path(written).is_absolute() || key.empty() || key == "." || key == ".." ||
        key.starts_with("../") || key.ends_with('/'))
      fail_at(name, entry.first, "file path '" + written + "' must name a file below the corpus root");
    DocumentMeta meta;
    read_meta_fields(name, entry.second, 0, "manifest entry '" + key + "'", meta);
    manifest.files.emplace_back(key, std::move(meta));
  }
  std::stable_sort(manifest.files.begin(), manifest.files.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t k = 1; k < manifest.files.size(); ++k) {
    if (manifest.files[k].first == manifest.files[k - 1].first) {
      throw InputError({name, 0, 0}, "file '" + manifest.files[k].first + "' is listed twice under 'files'");
    }
  }
  return manifest;
}

const DocumentMeta* CorpusManifest::find(const std::filesystem::path& file) const {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path absolute_root = fs::absolute(root, ec).lexically_normal();
  const fs::path absolute_file = fs::absolute(file, ec).lexically_normal();
  const fs::path relative = absolute_file.lexically_relative(absolute_root);
  if (relative.empty() || *relative.begin() == "..") return nullptr;
  const std::string key = manifest_key(relative);
  const auto it = std::lower_bound(files.begin(), files.end(), key,
                                   [](const auto& entry, const std::string& k) { return entry.first < k; });
  return it != files.end() && it->first == key ? &it->second : nullptr;
}

}  // namespace crosscheck
