// lint --cache: a run that reads claims from the cache gives what a run that extracts them
// gives (claims with their explanations, documents, warnings), extracts again only what
// changed, and treats a damaged or deleted cache as missing. Own-words corpus (fixtures/eval).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "checker/claims/claim_json.hpp"
#include "checker/claims/claims_archive.hpp"
#include "checker/engine/pipeline.hpp"
#include "tests/support/temp_dir.hpp"

using namespace crosscheck;
using crosscheck::test::ScratchDir;
namespace fs = std::filesystem;

namespace {

// Everything the reporters read from an analysed corpus.
std::string dump(const AnalysedCorpus& corpus) {
  nlohmann::json all = nlohmann::json::object();
  for (const auto& c : corpus.resolved.claims) all["claims"].push_back(claim_json(c, true));
  for (const auto& d : corpus.resolved.documents)
    all["documents"].push_back({d.path, d.source_id, d.focus, d.explain, d.now_how, d.names});
  for (const auto& w : corpus.warnings) all["warnings"].push_back(format_position(w.where) + ": " + w.message);
  all["paths"] = corpus.paths;
  return all.dump();
}

AnalysedCorpus analyse(const fs::path& corpus, const fs::path& cache = {}) {
  AnalysisOptions options;
  options.threads = 2;
  options.cache_dir = cache;
  return analyse_corpus({corpus.string()}, options);
}

std::vector<fs::path> entries(const fs::path& cache) {
  std::vector<fs::path> found;
  for (const auto& e : fs::recursive_directory_iterator(cache))
    if (e.path().extension() == ".claims") found.push_back(e.path());
  return found;
}

}  // namespace

TEST_CASE("the claims cache") {
  ScratchDir scratch;
  const fs::path corpus = scratch.path / "corpus", cache = scratch.path / "cache";
  fs::copy(fs::path(CROSSCHECK_SOURCE_DIR) / "fixtures" / "eval", corpus, fs::copy_options::recursive);
  const AnalysedCorpus plain = analyse(corpus);
  const std::size_t n = plain.paths.size();
  REQUIRE(n >= 10);
  const AnalysedCorpus cold = analyse(corpus, cache);
  CHECK(cold.cache_hits == 0);
  CHECK(entries(cache).size() == n);
  CHECK(fs::exists(cache / "CACHEDIR.TAG"));
  CHECK(dump(cold) == dump(plain));

  SUBCASE("a warm run reads every file's claims from it and gives the same analysis") {
    const AnalysedCorpus warm = analyse(corpus, cache);
    CHECK(warm.cache_hits == n);
    CHECK(dump(warm) == dump(plain));
  }
  SUBCASE("a changed file is extracted again") {
    const fs::path changed = corpus / "storm-idris-floods" / "01-wire.txt";
    REQUIRE(fs::exists(changed));
    std::ofstream(changed, std::ios::app) << "\nThe storm killed 3 more people on the coast, officials said.\n";
    const AnalysedCorpus warm = analyse(corpus, cache);
    CHECK(warm.cache_hits == n - 1);
    CHECK(dump(warm) == dump(analyse(corpus)));
    CHECK(dump(warm) != dump(plain));
  }
  SUBCASE("a damaged entry is read as missing, and written again") {
    for (const auto& e : entries(cache)) {
      std::fstream f(e, std::ios::in | std::ios::out | std::ios::binary);
      f.seekp(-1, std::ios::end);
      f.put('\x7f');
    }
    const AnalysedCorpus warm = analyse(corpus, cache);
    CHECK(warm.cache_hits == 0);
    CHECK(dump(warm) == dump(plain));
    CHECK(analyse(corpus, cache).cache_hits == n);
  }
  SUBCASE("the cache may be deleted at any time") {
    fs::remove_all(cache);
    const AnalysedCorpus again = analyse(corpus, cache);
    CHECK(again.cache_hits == 0);
    CHECK(dump(again) == dump(plain));
  }
  SUBCASE("a temporary file of a writer that is gone is removed") {
    const fs::path stale = cache / "tmp" / "999999999-abandoned-XXXXXX";
    std::ofstream(stale) << "half";
    analyse(corpus, cache);
    CHECK_FALSE(fs::exists(stale));
  }
}

TEST_CASE("archived claims") {
  ScratchDir scratch;
  const fs::path file = scratch.path / "a.txt";
  std::ofstream(file) << "---\npublished: 2025-06-12\n---\nOn Tuesday Russia and Ukraine exchanged prisoners, "
                         "with each side releasing 390 people, among them 270 soldiers each.\n";
  const fs::path cache = scratch.path / "cache";
  analyse(scratch.path, cache);
  const auto stored = entries(cache);
  REQUIRE(stored.size() == 1);
  std::ifstream in(stored.front(), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string payload = bytes.substr(bytes.find('\n') + 1 + 8);  // after the magic line and checksum
  const auto document = unarchive_document(payload);
  REQUIRE(document);
  CHECK(document->claims.claims.size() >= 3);
  CHECK(archive_document(*document) == payload);                           // read back, written again: the same bytes
  CHECK_FALSE(unarchive_document(payload.substr(0, payload.size() - 1)));  // cut short
  CHECK_FALSE(unarchive_document(payload + "x"));                          // bytes left over
  CHECK_FALSE(unarchive_document(""));
}

TEST_CASE("a cache path that cannot be a directory is refused, naming it") {
  ScratchDir scratch;
  const fs::path file = scratch.path / "cache-file";
  std::ofstream(file) << "not a directory";
  AnalysisOptions options;
  options.cache_dir = file;
  try {
    analyse_corpus({(fs::path(CROSSCHECK_SOURCE_DIR) / "fixtures" / "eval").string()}, options);
    FAIL("no error for a cache path that is a file");
  } catch (const InputError& e) {
    CHECK(e.where().path == file.string());
    CHECK(std::string(e.what()).find("claims cache") != std::string::npos);
  }
}
