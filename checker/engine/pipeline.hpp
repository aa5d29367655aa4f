// The whole left half of the data flow for a set of paths: files -> documents -> claims ->
// events. Documents are read and parsed on every core; the result does not depend on how
// many threads ran or in which order files finished.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "checker/claims/claims_stream.hpp"
#include "checker/claims/extract.hpp"
#include "checker/core/diagnostic.hpp"
#include "checker/events/events.hpp"
#include "checker/lexicon/lexicon.hpp"

namespace crosscheck {

// How far the reading of a corpus has come: files and bytes read so far, of how many, and
// the seconds since it began.
struct Progress {
  std::size_t files_done = 0, files = 0;
  std::uintmax_t bytes_done = 0, bytes = 0;
  double seconds = 0;
};

struct AnalysisOptions {
  // Extensions of the shipped lexicon, in order (domains, the project's, --lexicon); the
  // later ones' words come first.
  std::vector<std::filesystem::path> lexicon_dirs;
  // That lexicon when the caller has loaded it already (the CLI's setup does, to check the
  // rules against it); null: loaded from `lexicon_dirs` for the run.
  std::shared_ptr<const Lexicon> lexicon;
  unsigned threads = 0;  // 0 = hardware concurrency
  // The corpus root documents are keyed from (their fingerprints, the manifest); empty: the
  // deepest directory holding every path. Shards of one corpus extracted apart share it.
  std::filesystem::path root;
  // The claims cache (`lint --cache DIR`, claims_cache.hpp); empty: none.
  std::filesystem::path cache_dir;
  // Called now and then while files are read (at most every `progress_every` seconds, from
  // one thread at a time) and once when all are read; empty: never.
  std::function<void(const Progress&)> progress;
  double progress_every = 0.1;
  // Each claim's extraction notes and the lines each page skipped as furniture: only `claims`
  // prints them (and `extract` and the cache keep them). A run that never prints them drops
  // them as each page is read: a fifth of lint's memory on a corpus of scraped pages.
  bool keep_notes = true;
};

struct AnalysedCorpus {
  std::vector<std::string> paths;  // documents, in corpus order
  std::filesystem::path root;      // common corpus root (manifest, baseline default)
  ResolvedCorpus resolved;
  Warnings warnings;               // sorted by position
  std::vector<InputError> errors;  // paths that could not be read, sorted: the input is incomplete (exit 2)
  std::size_t cache_hits = 0;      // documents whose claims came from the cache
};

// The deepest directory that holds every given path (a directory itself, a file's parent),
// relative to the current directory when below it: the same whatever the order of the paths.
std::filesystem::path corpus_root(const std::vector<std::string>& paths);

// The map step alone (`crosscheck extract`): every file read and its claims extracted, on
// every core and through the cache, documents in corpus order. `cache_hits`, when given,
// counts the documents whose claims came from the cache.
ClaimsStream extract_corpus(const std::vector<std::string>& paths, const AnalysisOptions& options,
                            std::size_t* cache_hits = nullptr);

// The reduce step alone (`crosscheck check`): events resolved over extracted documents, in
// the order of their paths, whichever stream or shard each came from.
AnalysedCorpus resolve_corpus(ClaimsStream stream, const AnalysisOptions& options);

// Both steps in one process (`lint`). Throws for a bad lexicon. Every problem with the input (a missing path, a
// directory that cannot be read, an unreadable or binary file, bad front matter, a broken manifest) is collected in
// `errors` and the rest of the corpus is analysed: one bad file never loses the others. The root is the deepest
// directory holding every path.
AnalysedCorpus analyse_corpus(const std::vector<std::string>& paths, const AnalysisOptions& options);

}  // namespace crosscheck
