// Acceptance on the five seed articles: the shared seed-check script (claims and lint), and the
// lint findings asserted directly: exactly the three real problems at warning or error.
#include <set>

#include "tests/cli/run.hpp"

using namespace crosscheck::cli_test;

namespace {

// The three-digit prefixes of the seed files a finding points at.
std::set<std::string> seed_documents(const nlohmann::json& finding) {
  std::set<std::string> docs;
  for (const auto& l : finding.at("locations")) {
    const std::string name = std::filesystem::path(l.value("path", "")).filename().string();
    docs.insert(name.substr(0, 3));
  }
  return docs;
}

}  // namespace

TEST_CASE("seed acceptance") {
  REQUIRE_MESSAGE(std::filesystem::is_directory("../shared/seeds"), "../shared/seeds is missing next to the checkout");
  SUBCASE("seed-check passes") {
    const auto r = run_program("../shared/tools/seed-check", {binary_path(), "all"});
    CHECK_MESSAGE(r.status == 0, r.out << r.err);
  }
  SUBCASE("lint reports exactly the three known problems at warning or error") {
    const auto r = run_crosscheck({"lint", "../shared/seeds", "--format", "json"});
    CHECK(r.status == 1);
    const auto report = json_of(r);
    bool scope = false;
    bool duration = false;
    bool role = false;
    std::size_t serious = 0;
    for (const auto& f : report.at("findings")) {
      const std::string level = f.value("level", "");
      if (level != "error" && level != "warning") continue;
      ++serious;
      const auto docs = seed_documents(f);
      const std::string kind = f.value("kind", "");
      CAPTURE(f.value("message", ""));
      if ((kind == "scope_mismatch" || kind == "count_mismatch") && docs.count("002") &&
          (docs.count("004") || docs.count("000")))
        scope = true;
      else if (kind == "duration_mismatch" && docs.count("000")) duration = true;
      else if (kind == "role_mismatch" && docs.count("002")) role = true;
      else FAIL_CHECK("unexpected finding " << kind << " " << level);
    }
    CHECK_MESSAGE(scope, "002's 1,000 in total vs the per-side 1,000 of 004/000 not reported");
    CHECK_MESSAGE(duration, "000's 'over two years' not reported");
    CHECK_MESSAGE(role, "002's 'Former U.S. President Donald Trump' not reported");
    CHECK(serious == 3);
  }
}
