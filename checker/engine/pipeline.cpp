#include "checker/engine/pipeline.hpp"

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>

#include "checker/text/document.hpp"

namespace crosscheck {

namespace {

// The directory the corpus lives in: the first path if it is a directory, else its parent.
std::filesystem::path corpus_root(const std::vector<std::string>& paths) {
  if (paths.empty()) return std::filesystem::current_path();
  std::filesystem::path p(paths.front());
  std::error_code ec;
  return std::filesystem::is_directory(p, ec) ? p : p.parent_path();
}

}  // namespace

AnalysedCorpus analyse_corpus(const std::vector<std::string>& paths, const AnalysisOptions& options) {
  AnalysedCorpus out;
  const Lexicon lexicon = Lexicon::load_extended(default_lexicon_dir(), options.lexicon_dirs);
  TextOptions text_options;
  for (const auto& v : text_vocabulary())
    for (const auto& entry : lexicon.section(v.section))
      if (v.value.empty() || entry.value == v.value) (text_options.*v.list).push_back(entry.phrase);
  const ClaimExtractor extractor(lexicon);

  const auto files = collect_corpus_files(paths);
  out.root = corpus_root(paths);
  std::optional<CorpusManifest> manifest;
  std::error_code ec;
  if (std::filesystem::is_directory(out.root.empty() ? "." : out.root, ec))
    manifest = load_manifest(out.root.empty() ? "." : out.root);

  std::vector<DocumentClaims> extracted(files.size());
  std::vector<Warnings> warnings(files.size());
  std::vector<std::optional<InputError>> errors(files.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      try {
        const Document doc = load_document(files[i], manifest ? &*manifest : nullptr, warnings[i], text_options);
        extracted[i] = extractor.extract(doc, i);
      } catch (const InputError& e) {
        errors[i] = e;
      } catch (const std::exception& e) {
        errors[i] = InputError({files[i].string(), 0, 0}, e.what());
      }
    }
  };
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(files.size(), 1)));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  for (auto& e : errors)
    if (e) out.errors.push_back(*e);
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (errors[i]) continue;
    out.paths.push_back(extracted[i].path);
    for (auto& w : warnings[i]) out.warnings.push_back(std::move(w));
  }
  if (!out.errors.empty()) return out;
  out.resolved = resolve_events(std::move(extracted), extractor, event_options_from(lexicon));
  return out;
}

}  // namespace crosscheck
