// Progress on stderr: on a terminal one line rewritten in place and cleared at the end; never
// when stderr is not a terminal unless --progress asks; never with --quiet. The report on
// stdout is the same with and without it. The terminal is a pseudo-terminal from `script`
// (util-linux, Essential on Debian).
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include "tests/cli/run.hpp"
#include "tests/support/temp_dir.hpp"

using namespace crosscheck::cli_test;
using crosscheck::test::ScratchDir;

namespace {

// `n` articles of about 2 KB: 3,000 of them take well over half a second to read.
void write_corpus(const std::filesystem::path& dir, int n) {
  std::filesystem::create_directories(dir);
  std::string filler;
  for (int k = 0; k < 12; ++k)
    filler += "Families waited at the border crossing for news, and volunteers handed out tea and blankets. ";
  for (int i = 0; i < n; ++i)
    std::ofstream(dir / ("a" + std::to_string(i) + ".txt"))
        << "---\npublished: 2025-06-12\n---\nOn Tuesday, June 10, 2025, Russia and Ukraine exchanged prisoners, "
           "with each side releasing "
        << 300 + i % 50 << " people, officials said. The talks had been held a week earlier in Istanbul.\n\n"
        << filler << "\n";
}

bool has(const std::string& text, const std::string& needle) { return text.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("progress on stderr") {
  ScratchDir scratch;
  const auto corpus = scratch.path / "corpus";
  write_corpus(corpus, 40);
  const auto plain = run_crosscheck({"lint", corpus.string(), "-j", "1"});
  SUBCASE("none when stderr is not a terminal") { CHECK_FALSE(has(plain.err, "files")); }
  SUBCASE("--progress prints lines and a last one; stdout is unchanged") {
    const auto r = run_crosscheck({"lint", corpus.string(), "-j", "1", "--progress"});
    CHECK(has(r.err, "crosscheck: read 40 of 40 files"));
    CHECK(r.out == plain.out);
    CHECK(r.status == plain.status);
  }
  SUBCASE("--quiet wins") {
    const auto r = run_crosscheck({"lint", corpus.string(), "-j", "1", "--progress", "--quiet"});
    CHECK_FALSE(has(r.err, "files"));
  }
  SUBCASE("on a terminal: one line rewritten in place, then cleared") {
    if (std::system("command -v script >/dev/null 2>&1") != 0) {
      MESSAGE("no `script` to make a terminal; not checked");
      return;
    }
    const auto big = scratch.path / "big";
    write_corpus(big, 3000);
    const auto typescript = scratch.path / "typescript.txt";
    // the line shows from half a second into a run; a fast machine reads 3,000 files sooner
    const std::string command = "CROSSCHECK_PROGRESS_AFTER=0 script -qec '" + binary_path() + " lint " + big.string() +
                                " -j 1 -o " + (scratch.path / "report.txt").string() + "' /dev/null > " +
                                typescript.string();
    std::system(command.c_str());
    std::ifstream in(typescript, std::ios::binary);
    const std::string seen((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(has(seen, "\r\033[Kcrosscheck: "));
    CHECK(has(seen, " of 3,000 files, "));
    CHECK(has(seen, " s left"));
    CHECK(seen.rfind("\r\033[K") > seen.rfind("files"));  // the last thing written clears the line
  }
}
