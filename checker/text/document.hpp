// A document of the corpus: original bytes, front matter, the normalized text the grammars
// read, the map from normalized offsets back to original bytes, and its sentences.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "checker/core/diagnostic.hpp"
#include "checker/core/offsets.hpp"

namespace crosscheck {

// Front matter or manifest fields; empty optional = not given.
struct DocumentMeta {
  std::optional<std::string> source;
  std::optional<std::string> url;
  std::optional<std::string> published;  // ISO 8601 date "YYYY-MM-DD" as given
  std::optional<std::string> lang;
  std::optional<std::string> title;
};

// Maps normalized-text offsets to original byte offsets, and bytes to line/column.
class OffsetMap {
 public:
  OffsetMap() = default;
  // `norm_to_byte[i]` = original byte offset of normalized byte i; one extra entry for the end.
  OffsetMap(std::vector<std::size_t> norm_to_byte, const std::string& original);

  ByteOffset to_byte(NormOffset offset) const;
  ByteSpan to_bytes(NormSpan span) const;
  // 1-based line and column (in code points) of an original byte offset.
  LineColumn locate(ByteOffset offset) const;

 private:
  std::vector<std::size_t> norm_to_byte_;
  std::vector<std::size_t> line_starts_;  // byte offsets where each line starts
  const std::string* original_ = nullptr;
};

struct Sentence {
  NormSpan span;                // in Document::text, without surrounding spaces
  std::size_t paragraph = 0;    // 0-based paragraph index (blank lines and list items separate)
  bool whole_line = false;      // the sentence is alone on its line (title, date line, byline)
};

struct Document {
  std::string path;             // as shown to users (relative to the current directory when possible)
  std::string original;         // the file's bytes
  DocumentMeta meta;            // front matter, then manifest for fields front matter lacks
  std::string text;             // normalized: markup stripped, quotes/dashes/spaces folded
  OffsetMap offsets;
  std::vector<Sentence> sentences;

  std::string_view sentence_text(const Sentence& s) const {
    return std::string_view(text).substr(s.span.begin.value, s.span.end.value - s.span.begin.value);
  }
  // The source identity used in messages and fingerprints: meta.source, else meta.url, else path.
  std::string source_id() const;
};

// Per-file settings from the corpus manifest `crosscheck.yaml` at a corpus root.
struct CorpusManifest {
  std::filesystem::path root;
  std::vector<std::pair<std::string, DocumentMeta>> files;  // path relative to root -> meta
  const DocumentMeta* find(const std::filesystem::path& file) const;
};

// Expands the given paths: files as they are, directories walked recursively for .txt and
// .md files, sorted. Throws InputError for a path that does not exist.
std::vector<std::filesystem::path> collect_corpus_files(const std::vector<std::string>& paths);

// Reads `crosscheck.yaml` in `dir` when present. Throws InputError (file:line:col) when malformed.
std::optional<CorpusManifest> load_manifest(const std::filesystem::path& dir);

// Reads and normalizes one file. Throws InputError when the file cannot be read, is binary,
// or has malformed front matter; records warnings (invalid UTF-8, NUL bytes) and goes on.
Document load_document(const std::filesystem::path& file, const CorpusManifest* manifest, Warnings& warnings);

// Normalizes text held in memory (tests, benchmarks); same rules as load_document.
Document make_document(std::string path, std::string original, Warnings& warnings);

}  // namespace crosscheck
