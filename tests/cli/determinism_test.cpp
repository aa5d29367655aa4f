// Findings do not depend on the thread count or on the order the corpus is given in
// (DESIGN.md: "identical for any thread count and file order").
#include "tests/cli/run.hpp"

using namespace crosscheck::cli_test;

namespace {

std::vector<std::string> files_reversed(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.is_regular_file()) files.push_back(dir + "/" + std::filesystem::relative(e.path(), dir).generic_string());
  std::sort(files.rbegin(), files.rend());
  return files;
}

}  // namespace

TEST_CASE("lint output determinism") {
  std::vector<std::string> corpora = {"../shared/seeds"};
  for (const auto& name : subdirectories("fixtures/lint")) corpora.push_back("fixtures/lint/" + name);
  for (const auto& name : subdirectories("fixtures/claims")) corpora.push_back("fixtures/claims/" + name);
  for (const std::string& corpus : corpora) {
    SUBCASE(corpus.c_str()) {
      const auto reference = run_crosscheck({"lint", corpus, "--format", "json", "-j2"});
      REQUIRE(reference.status <= 1);
      const auto one_thread = run_crosscheck({"lint", corpus, "--format", "json", "-j1"});
      const bool same_threads = one_thread.out == reference.out;  // bools: doctest would print both outputs
      CHECK_MESSAGE(same_threads, "-j1 vs -j2: " << first_difference(reference.out, one_thread.out));
      std::vector<std::string> args = {"lint", "--format", "json", "-j2"};
      const auto files = files_reversed(corpus);
      args.insert(args.end(), files.begin(), files.end());
      const auto reversed = run_crosscheck(args);
      const bool same_order = reversed.out == reference.out;
      CHECK_MESSAGE(same_order,
                    "files in reverse order vs the directory: " << first_difference(reference.out, reversed.out));
      CHECK(reversed.status == reference.status);
    }
  }
}
