#include "checker/engine/pipeline.hpp"

#include "checker/engine/claims_cache.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <thread>
#include <tuple>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "checker/text/document.hpp"

namespace crosscheck {

namespace {

// What worker threads freed stays in their own malloc arenas, which later phases on the main
// thread never reuse: give the whole free pages back to the system between phases (after
// extraction with more than one thread, after resolution always). lint -j 2 on the 20 MB bench
// corpus: 127 -> 119 MB; -j 1 unchanged (106 MB), and no slower.
void give_back_freed_pages() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}
}  // namespace

std::filesystem::path corpus_root(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::optional<fs::path> root;
  for (const std::string& given : paths) {
    if (given == stdin_path) continue;
    std::error_code ec;
    fs::path dir = fs::is_directory(given, ec) ? fs::path(given) : fs::path(given).parent_path();
    dir = fs::absolute(dir.empty() ? fs::path(".") : dir, ec).lexically_normal();
    if (!root) {
      root = dir;
      continue;
    }
    fs::path common;
    for (auto a = root->begin(), b = dir.begin(); a != root->end() && b != dir.end() && *a == *b; ++a, ++b)
      common /= *a;
    root = common;
  }
  if (!root) return fs::current_path();
  // Shown relative to the current directory when below it (baseline messages stay short).
  std::error_code ec;
  const fs::path relative = root->lexically_relative(fs::current_path(ec));
  if (!ec && !relative.empty() && *relative.begin() != "..") return relative;
  return *root;
}

namespace {

// What identifies a file across runs: its path below the corpus root ('/'-separated), so a
// baseline made in one directory matches a run from another; the absolute path for a file
// outside the root.
std::string corpus_key(const std::filesystem::path& file, const std::filesystem::path& root) {
  namespace fs = std::filesystem;
  if (file == stdin_path) return stdin_display;
  std::error_code ec;
  const fs::path absolute_file = fs::absolute(file, ec).lexically_normal();
  const fs::path relative = absolute_file.lexically_relative(fs::absolute(root, ec).lexically_normal());
  if (relative.empty() || *relative.begin() == "..") return absolute_file.generic_string();
  return relative.generic_string();
}

void renumber_document(DocumentClaims& document, std::size_t index) {
  document.document = index;
  for (Claim& claim : document.claims) claim.document = index;
}

// Reports progress to options.progress: sizes are taken once up front, each file counts
// when its reading starts (the next one is under way), reports are at most every
// progress_every seconds and one at a time.
class ProgressMeter {
 public:
  ProgressMeter(const std::vector<std::filesystem::path>& files, const AnalysisOptions& options)
      : options_(options), sizes_(files.size(), 0) {
    if (!options_.progress) return;
    for (std::size_t i = 0; i < files.size(); ++i) {
      std::error_code ec;
      const auto size = std::filesystem::file_size(files[i], ec);
      sizes_[i] = ec ? 0 : size;
      total_ += sizes_[i];
    }
  }
  void done(std::size_t started) {  // file `started` begins: the ones before it are read
    if (!options_.progress) return;
    if (started > 0) {
      files_done_.fetch_add(1);
      bytes_done_.fetch_add(sizes_[started - 1]);
    }
    const double now = elapsed();
    double last = last_.load();
    if (now - last < options_.progress_every || !last_.compare_exchange_strong(last, now)) return;
    report(now);
  }
  void finish() {
    if (!options_.progress) return;
    files_done_ = sizes_.size();
    bytes_done_ = total_;
    report(elapsed());
  }

 private:
  const AnalysisOptions& options_;
  std::vector<std::uintmax_t> sizes_;
  std::uintmax_t total_ = 0;
  std::atomic<std::size_t> files_done_{0};
  std::atomic<std::uintmax_t> bytes_done_{0};
  std::atomic<double> last_{0};
  std::mutex reporting_;
  const std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();

  double elapsed() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count(); }
  void report(double seconds) {
    const std::lock_guard lock(reporting_);
    options_.progress(Progress{files_done_.load(), sizes_.size(), bytes_done_.load(), total_, seconds});
  }
};

}  // namespace

namespace {

// The lexicon (the caller's, or loaded here) and the extractor built from it, once per run for
// both steps.
struct Vocabulary {
  explicit Vocabulary(const AnalysisOptions& options)
      : owned(options.lexicon ? nullptr
                              : std::make_shared<const Lexicon>(
                                    Lexicon::load_extended(default_lexicon_dir(), options.lexicon_dirs))),
        lexicon(options.lexicon ? *options.lexicon : *owned),
        extractor(lexicon) {}
  std::shared_ptr<const Lexicon> owned;
  const Lexicon& lexicon;
  ClaimExtractor extractor;
};

ClaimsStream extract_with(const Vocabulary& vocabulary, const std::vector<std::string>& paths,
                          const AnalysisOptions& options, std::size_t* cache_hits) {
  ClaimsStream out;
  const ClaimExtractor& extractor = vocabulary.extractor;
  TextOptions text_options;
  for (const auto& v : text_vocabulary())
    for (const auto& entry : vocabulary.lexicon.section(v.section))
      if (v.value.empty() || entry.value == v.value) (text_options.*v.list).push_back(entry.phrase);

  CorpusFiles found = find_corpus_files(paths);
  const auto& files = found.files;
  out.errors = std::move(found.errors);
  out.warnings = std::move(found.warnings);
  const std::filesystem::path root = options.root.empty() ? corpus_root(paths) : options.root;
  out.root = root.generic_string();
  std::optional<CorpusManifest> manifest;  // a broken manifest is named; the files are still read
  collect_errors(out.errors, [&] { manifest = load_manifest(root.empty() ? "." : root); });

  std::optional<ClaimsCache> cache;
  if (!options.cache_dir.empty()) cache.emplace(options.cache_dir, cache_identity(options.lexicon_dirs, root));
  std::vector<ArchivedDocument> extracted(files.size());
  std::vector<std::optional<InputError>> errors(files.size());
  std::atomic<std::size_t> next{0}, hits{0};
  ProgressMeter meter(files, options);
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      meter.done(i);
      const std::string shown = files[i].lexically_normal().generic_string();
      Warnings& warnings = extracted[i].load_warnings;
      try {
        std::string read_as;
        std::string bytes = read_input_file(files[i], read_as);
        const std::string key_in_corpus = corpus_key(files[i], root);
        // Standard input is never cached: it is read once.
        const std::string cache_key =
            cache && read_as != stdin_display ? cache->key(read_as, key_in_corpus, bytes) : std::string();
        if (!cache_key.empty()) {
          if (auto cached = cache->load(cache_key)) {
            extracted[i] = std::move(*cached);
            if (!options.keep_notes) drop_notes(extracted[i].claims);
            ++hits;
            continue;
          }
        }
        Document doc = document_from_bytes(files[i], std::move(read_as), std::move(bytes),
                                           manifest ? &*manifest : nullptr, warnings, text_options);
        doc.corpus_key = key_in_corpus;
        extracted[i].claims = extractor.extract(doc, i);
        if (!cache_key.empty()) cache->store(cache_key, extracted[i].claims, warnings);
        if (!options.keep_notes) drop_notes(extracted[i].claims);
      } catch (const InputError& e) {
        errors[i] = e;
      } catch (const std::bad_alloc&) {
        errors[i] = InputError({shown, 0, 0}, "out of memory while reading this file (not analysed)");
      } catch (const std::exception& e) {
        errors[i] = InputError({shown, 0, 0}, std::string("internal error while reading this file: ") + e.what());
      }
    }
  };
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(files.size(), 1)));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  meter.finish();
  if (threads > 1) give_back_freed_pages();
  // The files that were read are the documents; the rest are named in `errors` (with what
  // their reading warned of) and the run reports an incomplete input.
  out.documents.reserve(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (errors[i]) {
      for (auto& w : extracted[i].load_warnings) out.warnings.push_back(std::move(w));
      out.errors.push_back(std::move(*errors[i]));
      continue;
    }
    out.documents.push_back(std::move(extracted[i]));
  }
  if (cache_hits) *cache_hits = hits;
  return out;
}

AnalysedCorpus resolve_with(const Vocabulary& vocabulary, ClaimsStream stream, const AnalysisOptions& options) {
  AnalysedCorpus out;
  out.root = stream.root;
  out.errors = std::move(stream.errors);
  out.warnings = std::move(stream.warnings);
  std::vector<DocumentClaims> readable;
  readable.reserve(stream.documents.size());
  for (ArchivedDocument& document : stream.documents) {
    for (auto& w : document.load_warnings) out.warnings.push_back(std::move(w));
    for (auto& w : document.claims.warnings) out.warnings.push_back(std::move(w));
    out.paths.push_back(document.claims.path);
    if (!options.keep_notes) drop_notes(document.claims);
    renumber_document(document.claims, readable.size());
    readable.push_back(std::move(document.claims));
  }
  sort_diagnostics(out.errors, out.warnings);
  out.resolved = resolve_events(std::move(readable), vocabulary.extractor, event_options_from(vocabulary.lexicon));
  give_back_freed_pages();
  return out;
}

}  // namespace

ClaimsStream extract_corpus(const std::vector<std::string>& paths, const AnalysisOptions& options,
                            std::size_t* cache_hits) {
  return extract_with(Vocabulary(options), paths, options, cache_hits);
}

AnalysedCorpus resolve_corpus(ClaimsStream stream, const AnalysisOptions& options) {
  return resolve_with(Vocabulary(options), std::move(stream), options);
}

AnalysedCorpus analyse_corpus(const std::vector<std::string>& paths, const AnalysisOptions& options) {
  const Vocabulary vocabulary(options);
  std::size_t hits = 0;
  AnalysedCorpus out = resolve_with(vocabulary, extract_with(vocabulary, paths, options, &hits), options);
  out.cache_hits = hits;
  return out;
}

}  // namespace crosscheck
