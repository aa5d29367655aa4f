// `--cache DIR`: the claims extracted from each file, kept by a hash of everything that
// decides them: the file's bytes, the path it is shown as and its path below the corpus root,
// the binary itself, every lexicon file read and the corpus manifest. A run over a mostly
// unchanged corpus extracts only what changed; event resolution and the checks run over the
// whole corpus as always, so the output is the same byte for byte. The directory is safe to
// delete at any time, entries are written to a temporary file and renamed, and an entry that
// does not read back is treated as missing. Never stale: any change to what the key covers
// gives another key.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/claims/claims_archive.hpp"

namespace crosscheck {

class ClaimsCache {
 public:
  // `identity` is what else decides extraction (cache_identity); creates `dir` when needed
  // (throws InputError naming it when it cannot be a directory) and removes the temporary
  // files of writers that are gone.
  ClaimsCache(std::filesystem::path dir, std::string identity);

  std::string key(std::string_view shown_path, std::string_view corpus_key, std::string_view bytes) const;
  std::optional<ArchivedDocument> load(const std::string& key) const;
  // Best effort: a cache that cannot be written only makes the next run slower.
  void store(const std::string& key, const DocumentClaims& claims, const Warnings& load_warnings) const;

 private:
  std::filesystem::path dir_;
  std::string identity_;
  std::filesystem::path entry(const std::string& key) const;
};

// A hash of the running binary, the lexicon files (the shipped directory and `lexicon_dirs`,
// in order) and the manifest at `corpus_root` when there is one.
std::string cache_identity(const std::vector<std::filesystem::path>& lexicon_dirs,
                           const std::filesystem::path& corpus_root);

}  // namespace crosscheck
