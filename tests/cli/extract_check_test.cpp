// The extract/check seam: `extract | check` gives what `lint` gives, byte for byte, whether
// the corpus is extracted in one run or in shards (any order, concatenated or named apart);
// a broken or incomplete stream is an error naming file:line:col, never a silent partial run.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/cli/run.hpp"
#include "tests/support/temp_dir.hpp"

using namespace crosscheck::cli_test;
using crosscheck::test::ScratchDir;

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool has(const std::string& text, const std::string& needle) { return text.find(needle) != std::string::npos; }

// The articles of a corpus directory, in reverse order (the shards' order must not matter).
std::vector<std::filesystem::path> articles_of(const std::filesystem::path& corpus) {
  std::vector<std::filesystem::path> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(corpus))
    if (e.path().extension() == ".txt" || e.path().extension() == ".md") out.push_back(e.path());
  std::sort(out.rbegin(), out.rend());
  return out;
}

}  // namespace

TEST_CASE("extract then check equals lint") {
  ScratchDir scratch;
  for (const std::string corpus : {"fixtures/eval", "examples/sample-corpus"}) {
    CAPTURE(corpus);
    const auto stream = scratch.path / "all.jsonl";
    const auto extracted = run_crosscheck({"extract", corpus, "-o", stream.string(), "-q"});
    REQUIRE(extracted.status == 0);
    CHECK(extracted.err.empty());
    for (const std::string format : {"json", "text", "sarif"}) {
      CAPTURE(format);
      const auto lint = run_crosscheck({"lint", corpus, "--format", format, "--explain"});
      const auto check = run_crosscheck({"check", "--claims", stream.string(), "--format", format, "--explain"});
      CHECK(check.status == lint.status);
      CHECK(check.out == lint.out);
      CHECK(check.err == lint.err);
    }

    SUBCASE("shards, one per article, in reverse order, concatenated or named apart") {
      std::vector<std::string> args{"check", "--format", "json"};
      std::string concatenated;
      int n = 0;
      for (const auto& article : articles_of(corpus)) {
        const auto shard = scratch.path / ("shard" + std::to_string(n++) + ".jsonl");
        REQUIRE(run_crosscheck({"extract", "-q", "--root", corpus, article.string(), "-o", shard.string()}).status ==
                0);
        args.push_back("--claims");
        args.push_back(shard.string());
        concatenated += read_file(shard);
      }
      const auto lint = run_crosscheck({"lint", corpus, "--format", "json"});
      const auto apart = run_program(binary_path(), args);
      CHECK(apart.out == lint.out);
      const auto joined = scratch.path / "joined.jsonl";
      std::ofstream(joined) << concatenated;
      RunOptions from_stdin;
      from_stdin.stdin_file = joined;
      const auto piped = run_crosscheck({"check", "--claims", "-", "--format", "json"}, from_stdin);
      CHECK(piped.out == lint.out);
      CHECK(piped.status == lint.status);
    }
  }
}

TEST_CASE("the claims stream's records") {
  ScratchDir scratch;
  const auto extracted = run_crosscheck({"extract", "examples/sample-corpus", "-q"});
  REQUIRE(extracted.status == 0);
  std::istringstream lines(extracted.out);
  std::string header, document, claim;
  std::getline(lines, header);
  std::getline(lines, document);
  std::getline(lines, claim);
  CHECK(has(header, "\"record\":\"header\""));
  CHECK(has(header, "\"root\":\"examples/sample-corpus\""));
  CHECK(has(document, "\"record\":\"document\""));
  CHECK(has(document, "\"published\":\"20"));
  CHECK(has(document, "\"event_types\":[\""));
  CHECK(has(claim, "\"record\":\"claim\""));
  CHECK(claim.rfind("{\"record\":\"claim\",\"path\":", 0) == 0);
  CHECK(has(claim, ",\"kind\":\""));
  CHECK(has(claim, "\"event_type\":"));
}

TEST_CASE("a file that cannot be read is carried through the stream") {
  ScratchDir scratch;
  const auto corpus = scratch.path / "corpus";
  std::filesystem::create_directories(corpus);
  std::ofstream(corpus / "a.txt") << "---\npublished: 2025-05-24\n---\nOn Friday Russia and Ukraine exchanged 390 "
                                     "prisoners each, officials said.\n";
  std::ofstream(corpus / "b.txt") << "---\npublished: 2025-05-24\n---\nOn Friday Russia and Ukraine exchanged 1,000 "
                                     "prisoners in total, officials said.\n";
  const auto missing = (corpus / "gone.txt").string();
  const auto stream = scratch.path / "claims.jsonl";
  const auto extracted = run_crosscheck({"extract", corpus.string(), missing, "-o", stream.string()});
  CHECK(extracted.status == 2);
  CHECK(has(extracted.err, "gone.txt"));
  const auto lint = run_crosscheck({"lint", corpus.string(), missing, "--format", "json"});
  const auto check = run_crosscheck({"check", "--claims", stream.string(), "--format", "json"});
  CHECK(lint.status == 2);
  CHECK(check.status == 2);
  CHECK(check.out == lint.out);
  CHECK(has(check.out, "gone.txt"));
}

TEST_CASE("a broken claims stream is an error with file:line:col") {
  ScratchDir scratch;
  const auto good = scratch.path / "good.jsonl";
  REQUIRE(run_crosscheck({"extract", "examples/sample-corpus", "-q", "-o", good.string()}).status == 0);
  const std::string text = read_file(good);
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  REQUIRE(lines.size() > 4);
  const auto write = [&](const std::string& name, const std::vector<std::string>& keep) {
    const auto path = scratch.path / name;
    std::ofstream out(path);
    for (const auto& l : keep) out << l << "\n";
    return path.string();
  };

  SUBCASE("not JSON") {
    auto broken = lines;
    broken[2] = "{\"record\": \"claim\", oops";
    const auto r = run_crosscheck({"check", "--claims", write("bad.jsonl", broken)});
    CHECK(r.status == 2);
    CHECK(has(r.err, "bad.jsonl:3:"));
    CHECK(r.out.empty());
  }
  SUBCASE("a field of the wrong type") {
    auto broken = lines;
    const auto at = broken[2].find("\"n\":");
    REQUIRE(at != std::string::npos);
    broken[2].replace(at, 4, "\"n\":\"x\",\"m\":");
    const auto r = run_crosscheck({"check", "--claims", write("typed.jsonl", broken)});
    CHECK(r.status == 2);
    CHECK(has(r.err, "typed.jsonl:3:1: error: n: expected a number"));
  }
  SUBCASE("a claim missing (a shard cut short)") {
    auto cut = lines;
    cut.erase(cut.begin() + 2);
    const auto r = run_crosscheck({"check", "--claims", write("cut.jsonl", cut)});
    CHECK(r.status == 2);
    CHECK(has(r.err, "a shard is missing or cut short"));
  }
  SUBCASE("claims without their document") {
    auto orphan = lines;
    orphan.erase(orphan.begin() + 1);
    const auto r = run_crosscheck({"check", "--claims", write("orphan.jsonl", orphan)});
    CHECK(r.status == 2);
    CHECK(has(r.err, "without its document record"));
  }
  SUBCASE("no header: not a claims stream") {
    const auto r = run_crosscheck({"check", "--claims", write("plain.jsonl", {lines.begin() + 1, lines.end()})});
    CHECK(r.status == 2);
    CHECK(has(r.err, "not a claims stream"));
  }
  SUBCASE("another version or format") {
    auto other = lines;
    const auto at = other[0].find("\"version\":\"");
    REQUIRE(at != std::string::npos);
    other[0].insert(at + 11, "9.");
    const auto r = run_crosscheck({"check", "--claims", write("old.jsonl", other)});
    CHECK(r.status == 2);
    CHECK(has(r.err, "old.jsonl:1:1: error: written by crosscheck 9."));
  }
  SUBCASE("shards of two corpus roots") {
    auto moved = lines;
    const auto at = moved[0].find("\"root\":\"");
    moved[0].insert(at + 8, "elsewhere/");
    const auto r =
        run_crosscheck({"check", "--claims", good.string(), "--claims", write("moved.jsonl", {moved.front()})});
    CHECK(r.status == 2);
    CHECK(has(r.err, "differs from"));
  }
  SUBCASE("a missing stream file") {
    const auto r = run_crosscheck({"check", "--claims", (scratch.path / "nope.jsonl").string()});
    CHECK(r.status == 2);
    CHECK(has(r.err, "nope.jsonl: error: cannot open the claims stream"));
  }
  SUBCASE("articles given to check") {
    const auto r = run_crosscheck({"check", "examples/sample-corpus"});
    CHECK(r.status == 2);
    CHECK(has(r.err, "give them with --claims"));
  }
}
