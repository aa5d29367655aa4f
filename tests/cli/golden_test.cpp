// Golden outputs of `crosscheck lint` for every fixtures/lint corpus and of `crosscheck claims`
// for the seeds and every fixtures/claims corpus, plus what each lint fixture promises by its
// name (`*-flag` finds its kind, `*-clean` finds nothing at warning or error), checked apart
// from the golden so a blessed wrong output cannot hide a broken check.
#include <map>
#include <set>

#include "tests/cli/run.hpp"

using namespace crosscheck::cli_test;

namespace {

// The finding kinds a `<check>-flag` corpus must produce (every one of them).
const std::map<std::string, std::vector<std::string>>& kinds_by_check() {
  static const std::map<std::string, std::vector<std::string>> kinds = {
      {"compare", {"count_mismatch"}},
      {"scope", {"scope_mismatch"}},
      {"sum", {"sum_mismatch"}},
      {"cumulative", {"sum_mismatch"}},
      {"calendar", {"weekday_mismatch", "date_mismatch"}},
      {"superlative", {"superlative_conflict"}},
      {"duration", {"duration_mismatch"}},
      {"role", {"role_mismatch"}},
      {"attribute", {"time_of_day_mismatch", "place_mismatch"}},
  };
  return kinds;
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool at_warning_or_error(const nlohmann::json& finding) {
  const auto level = finding.value("level", "");
  return level == "error" || level == "warning";
}

// Golden files are compared on every machine, so no output may carry this checkout's location.
void check_no_absolute_path(const std::string& output, const std::string& what) {
  const std::string root = CROSSCHECK_SOURCE_DIR;
  const std::string parent = std::filesystem::path(root).parent_path().string();
  CHECK_MESSAGE(output.find(root) == std::string::npos, what << " contains the absolute path " << root);
  CHECK_MESSAGE(output.find(parent + "/") == std::string::npos, what << " contains the absolute path " << parent);
}

}  // namespace

TEST_CASE("lint golden outputs") {
  for (const std::string& name : subdirectories("fixtures/lint")) {
    SUBCASE(name.c_str()) {
      const std::string dir = "fixtures/lint/" + name;
      const RunResult text = run_crosscheck({"lint", dir, "--format", "text"});
      CHECK_MESSAGE(text.status <= 1, "stderr: " << text.err);
      check_no_absolute_path(text.out, "lint " + dir + " --format text");
      check_golden("lint/" + name + ".txt", text.out);

      const RunResult json = run_crosscheck({"lint", dir, "--format", "json"});
      CHECK(json.status == text.status);
      check_no_absolute_path(json.out, "lint " + dir + " --format json");
      check_golden("lint/" + name + ".json", json.out);
    }
  }
}

TEST_CASE("lint fixture expectations") {
  for (const std::string& name : subdirectories("fixtures/lint")) {
    SUBCASE(name.c_str()) {
      const std::string dir = "fixtures/lint/" + name;
      const RunResult r = run_crosscheck({"lint", dir, "--format", "json"});
      REQUIRE_MESSAGE(r.status <= 1, "stderr: " << r.err);
      const auto report = json_of(r);
      std::set<std::string> kinds;
      std::size_t serious = 0;
      bool any_error = false;
      for (const auto& f : report.at("findings")) {
        if (!at_warning_or_error(f)) continue;
        ++serious;
        kinds.insert(f.value("kind", ""));
        any_error = any_error || f.value("level", "") == "error";
      }
      if (ends_with(name, "-flag")) {
        const std::string check = name.substr(0, name.size() - 5);
        const auto expected = kinds_by_check().find(check);
        REQUIRE_MESSAGE(expected != kinds_by_check().end(), "no expected finding kind for check '" << check << "'");
        for (const auto& kind : expected->second) CHECK_MESSAGE(kinds.count(kind) == 1, dir << " has no " << kind);
        // Exit 1 at the default --fail-on error when an error is present; a warning-only
        // corpus passes the default gate and fails with --fail-on warning.
        CHECK(r.status == (any_error ? 1 : 0));
        CHECK(run_crosscheck({"lint", dir, "--fail-on", "warning"}).status == 1);
      } else if (ends_with(name, "-clean")) {
        CHECK_MESSAGE(serious == 0, dir << " has findings at warning or error:\n" << r.out);
        CHECK(r.status == 0);
        CHECK(run_crosscheck({"lint", dir, "--fail-on", "warning"}).status == 0);
      }
    }
  }
}

TEST_CASE("claims golden outputs") {
  SUBCASE("seeds") {
    // Given relative to the repository root, as CI runs it, so paths in the golden are too.
    const RunResult r = run_crosscheck({"claims", "--format", "json", "../shared/seeds"});
    REQUIRE_MESSAGE(r.status == 0, "stderr: " << r.err);
    check_no_absolute_path(r.out, "claims ../shared/seeds");
    check_golden("claims/seeds.json", r.out);
  }
  for (const std::string& name : subdirectories("fixtures/claims")) {
    SUBCASE(name.c_str()) {
      const RunResult r = run_crosscheck({"claims", "--format", "json", "fixtures/claims/" + name});
      REQUIRE_MESSAGE(r.status == 0, "stderr: " << r.err);
      CHECK_MESSAGE(r.err.empty(), "unexpected warnings: " << r.err);
      check_no_absolute_path(r.out, "claims fixtures/claims/" + name);
      check_golden("claims/" + name + ".json", r.out);
    }
  }
}
