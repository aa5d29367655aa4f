// analyse_corpus: the result does not depend on the thread count, and a bad file is named
// in `errors` while the other files are still read.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "checker/claims/claim_json.hpp"
#include "checker/claims/claims_stream.hpp"
#include "checker/engine/pipeline.hpp"

using namespace crosscheck;

namespace {

std::filesystem::path corpus_dir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck_engine_pipeline_test" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

void write(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

void write_articles(const std::filesystem::path& dir) {
  write(dir / "01-wire.txt",
        "---\npublished: 2025-06-12\n---\nOn Tuesday Russia and Ukraine exchanged prisoners, with each "
        "side releasing 390 people, among them 270 soldiers each.\n");
  write(dir / "02-daily.md",
        "---\npublished: 2025-06-11\nsource: Daily Ledger\n---\n# Swap on the border\n\nThe two countries "
        "swapped 307 prisoners each on June 10, the ministry said.\n");
  write(dir / "03-undated.txt",
        "Ukraine and Russia exchanged prisoners, with each side releasing 390 people, among them 270 "
        "soldiers each. Talks had been held a week earlier in Istanbul.\n");
  write(dir / "04-quake.txt",
        "Prisoner swap completed\nMarch 14, 2025\n\nThe earthquake killed 45 people on Thursday.\n");
}

std::string claims_dump(const AnalysedCorpus& corpus) {
  nlohmann::json all = nlohmann::json::array();
  for (const auto& c : corpus.resolved.claims) all.push_back(claim_json(c, true));
  return all.dump();
}

}  // namespace

TEST_CASE("analyse_corpus") {
  SUBCASE("one thread and two threads give identical claims") {
    const auto dir = corpus_dir("threads");
    write_articles(dir);
    AnalysisOptions one;
    one.threads = 1;
    AnalysisOptions two;
    two.threads = 2;
    const auto a = analyse_corpus({dir.string()}, one);
    const auto b = analyse_corpus({dir.string()}, two);
    CHECK(a.errors.empty());
    CHECK(a.paths.size() == 4);
    CHECK(a.paths == b.paths);
    CHECK(a.resolved.claims.size() >= 8);
    CHECK(claims_dump(a) == claims_dump(b));
    REQUIRE(a.resolved.documents.size() == b.resolved.documents.size());
    for (std::size_t i = 0; i < a.resolved.documents.size(); ++i) {
      CHECK(a.resolved.documents[i].focus == b.resolved.documents[i].focus);
      CHECK(a.resolved.documents[i].explain == b.resolved.documents[i].explain);
    }
  }
  SUBCASE("a run that prints no notes drops them, and nothing else") {
    const auto dir = corpus_dir("notes");
    write_articles(dir);
    write(dir / "05-page.txt",
          "Home | World | Sport\n\nThe earthquake on Friday killed 45 people, officials said on Saturday.\n\n"
          "Share this article\n");
    AnalysisOptions kept;
    kept.threads = 1;
    AnalysisOptions dropped = kept;
    dropped.keep_notes = false;
    const auto with = analyse_corpus({dir.string()}, kept);
    const auto without = analyse_corpus({dir.string()}, dropped);
    const auto count_notes = [](const AnalysedCorpus& corpus) {
      std::size_t notes = 0;
      for (const auto& c : corpus.resolved.claims) notes += c.explain.size();
      for (const auto& d : corpus.resolved.documents) notes += d.skipped.size();
      return notes;
    };
    CHECK(count_notes(with) > 0);
    CHECK(count_notes(without) < count_notes(with));
    for (const auto& d : without.resolved.documents) CHECK(d.skipped.empty());
    // the claims themselves, their events and the documents' resolution are the same
    const auto dump = [](const AnalysedCorpus& corpus) {
      nlohmann::json all = nlohmann::json::array();
      for (const auto& c : corpus.resolved.claims) all.push_back(claim_json(c, false));
      return all.dump();
    };
    CHECK(dump(with) == dump(without));
    REQUIRE(with.resolved.documents.size() == without.resolved.documents.size());
    for (std::size_t i = 0; i < with.resolved.documents.size(); ++i)
      CHECK(with.resolved.documents[i].explain == without.resolved.documents[i].explain);
    // a claims stream read back (`check`) drops them too
    const auto resolved = resolve_corpus(extract_corpus({dir.string()}, kept), dropped);
    CHECK(dump(resolved) == dump(with));
    for (const auto& d : resolved.resolved.documents) CHECK(d.skipped.empty());
    CHECK(count_notes(resolved) == count_notes(without));
    // and a stream reader told so drops them as it reads each record
    std::stringstream stream;
    write_claims_stream(stream, extract_corpus({dir.string()}, kept), "test");
    const auto read_back = [&](bool keep) {
      stream.clear();
      stream.seekg(0);
      ClaimsStreamReader reader("test", keep);
      reader.read(stream, "stream.jsonl");
      std::size_t notes = 0, claims = 0;
      for (const auto& d : reader.finish().documents) {
        notes += d.claims.skipped.size();
        claims += d.claims.claims.size();
        for (const auto& c : d.claims.claims) notes += c.explain.size();
      }
      return std::pair{notes, claims};
    };
    CHECK(read_back(true).first > 0);
    CHECK(read_back(false).first == 0);
    CHECK(read_back(false).second == read_back(true).second);
  }
  SUBCASE("front matter source reaches the claims") {
    const auto dir = corpus_dir("source");
    write_articles(dir);
    AnalysisOptions options;
    options.threads = 2;
    const auto a = analyse_corpus({dir.string()}, options);
    bool found = false;
    for (const auto& c : a.resolved.claims)
      if (c.path.find("02-daily.md") != std::string::npos) found = found || c.source_id == "Daily Ledger";
    CHECK(found);
  }
  SUBCASE("a binary file is reported and the others are still read") {
    const auto dir = corpus_dir("binary");
    write_articles(dir);
    std::string png("\x89PNG\r\n\x1a\n", 8);
    png += std::string(64, '\0');
    png += "IHDR";
    png += std::string(64, '\0');
    write(dir / "02b-photo.txt", png);
    AnalysisOptions options;
    options.threads = 2;
    const auto a = analyse_corpus({dir.string()}, options);
    REQUIRE(a.errors.size() == 1);
    CHECK(a.errors[0].where().path.find("02b-photo.txt") != std::string::npos);
    CHECK(a.paths.size() == 4);
    for (const auto& p : a.paths) CHECK(p.find("02b-photo.txt") == std::string::npos);
  }
  SUBCASE("a missing path is named; the other paths are still analysed") {
    const auto dir = corpus_dir("missing");
    write_articles(dir);
    AnalysisOptions options;
    options.threads = 1;
    const auto a = analyse_corpus({(dir / "nope.txt").string(), dir.string()}, options);
    REQUIRE(a.errors.size() == 1);
    const bool named = std::any_of(a.errors.begin(), a.errors.end(), [](const InputError& e) {
      return e.where().path.find("nope.txt") != std::string::npos && e.message() == "no such file or directory";
    });
    CHECK(named);
    CHECK(a.paths.size() == 4);
    CHECK_FALSE(a.resolved.claims.empty());
  }
}
