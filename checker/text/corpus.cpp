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

std::string special_file_kind(const std::filesystem::file_status& status) {
  namespace fs = std::filesystem;
  switch (status.type()) {
    case fs::file_type::fifo: return "a FIFO (named pipe)";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::block: return "a block device";
    case fs::file_type::character: return "a character device";
    default: return "not a regular file";
  }
}

namespace {

// Walks one directory given on the command line, depth first, each directory's entries in
// name order. A directory that cannot be opened or read is an error naming it and the reason;
// the walk goes on with its siblings. Symbolic links to directories are not followed (no
// loops); links to files are read.
class CorpusWalk {
 public:
  explicit CorpusWalk(CorpusFiles& out) : out_(out) {}

  void walk(const std::filesystem::path& dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      out_.errors.emplace_back(FilePosition{dir.generic_string(), 0, 0}, "cannot read directory: " + ec.message());
      return;
    }
    std::vector<fs::directory_entry> entries;
    for (const fs::directory_iterator end; it != end; it.increment(ec)) {
      if (ec) break;
      entries.push_back(*it);
    }
    if (ec) {
      out_.errors.emplace_back(FilePosition{dir.generic_string(), 0, 0}, "cannot read directory: " + ec.message());
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path() < b.path(); });
    for (const fs::directory_entry& entry : entries) visit(entry);
  }

 private:
  void visit(const std::filesystem::directory_entry& entry) {
    namespace fs = std::filesystem;
    const fs::path& p = entry.path();
    if (is_hidden(p)) return;
    std::error_code ec;
    const fs::file_status own = entry.symlink_status(ec);
    if (!ec && fs::is_directory(own)) {
      walk(p);
      return;
    }
    if (p.filename() == manifest_name || !is_corpus_extension(p)) return;
    const fs::file_status status = entry.status(ec);
    if (ec) {
      out_.errors.emplace_back(FilePosition{p.generic_string(), 0, 0}, "cannot read file: " + ec.message());
    } else if (fs::is_regular_file(status)) {
      out_.files.push_back(p);
    } else if (!fs::is_directory(status)) {
      Warning skipped;  // built by name: GCC 12 warns about the aggregate temporary
      skipped.where.path = p.generic_string();
      skipped.message = "skipped: " + special_file_kind(status) + ", not a regular file";
      out_.warnings.push_back(std::move(skipped));
    }
  }

  CorpusFiles& out_;
};

}  // namespace

CorpusFiles find_corpus_files(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  CorpusFiles out;
  for (const std::string& given : paths) {
    if (given == stdin_path) {
      out.files.emplace_back(given);
      continue;
    }
    const fs::path path(given);
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) {
      const bool missing = !ec || ec == std::errc::no_such_file_or_directory;
      out.errors.emplace_back(FilePosition{given, 0, 0}, missing ? "no such file or directory" : ec.message());
    } else if (fs::is_directory(status)) {
      CorpusWalk(out).walk(path);
    } else {
      out.files.push_back(path);  // special files are refused by load_document, with the reason
    }
  }
  // One order whatever the order of the arguments: findings must not depend on it. A file
  // named twice (or also inside a named directory) is read once.
  // Each path's key is computed once (a comparison normalizing both paths was 4% of a
  // warm-cache run); of one file's spellings the smallest is kept.
  std::vector<std::pair<std::string, fs::path>> keyed;
  keyed.reserve(out.files.size());
  for (auto& p : out.files) keyed.emplace_back(p.lexically_normal().generic_string(), std::move(p));
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second.native() < b.second.native();
  });
  keyed.erase(std::unique(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
              keyed.end());
  out.files.clear();
  for (auto& [key, p] : keyed) out.files.push_back(std::move(p));
  return out;
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
