// A corpus as scrapers leave it (tests/hostile/make_corpus.py: binary files, other encodings,
// broken front matter, FIFOs and sockets, link loops, unreadable directories, thousands of
// counts in one sentence) next to the seed articles: every bad input is named with its
// reason in text, JSON and SARIF, the seeds' findings are still reported, the exit status
// says the input was incomplete, and the output does not depend on threads, file order or
// the working directory. Time and memory on this corpus are measured in bench/, not here.
#include <unistd.h>

#include <algorithm>
#include <random>
#include <sstream>

#include "tests/cli/run.hpp"

using namespace crosscheck::cli_test;

namespace {

struct Expected {
  std::string path;   // below the corpus root
  std::string level;  // error, warning, read
  std::string says;
};

std::vector<Expected> make_hostile_corpus(const std::filesystem::path& dir) {
  const auto r = run_program("/usr/bin/python3", {CROSSCHECK_SOURCE_DIR "/tests/hostile/make_corpus.py", dir.string(),
                                                  "--seeds", seeds_dir(), "--counts", "8000", "--csv-lines", "4000"});
  REQUIRE_MESSAGE(r.status == 0, r.err);
  std::vector<Expected> out;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    const auto tab = line.find('\t');
    const auto second = line.find('\t', tab + 1);
    Expected e{line.substr(0, tab), line.substr(tab + 1, second - tab - 1), line.substr(second + 1)};
    if (e.level == "error-unless-root") e.level = geteuid() == 0 ? "read" : "error";
    out.push_back(e);
  }
  REQUIRE(out.size() >= 15);
  return out;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// The regular files and links of the corpus, sorted: what a user would list by hand.
std::vector<std::string> listed_files(const std::filesystem::path& dir) {
  std::vector<std::string> files;
  std::error_code ec;  // a link loop is listed, not followed
  for (auto it = std::filesystem::recursive_directory_iterator(
           dir, std::filesystem::directory_options::skip_permission_denied);
       it != std::filesystem::recursive_directory_iterator(); ++it) {
    const auto status = it->symlink_status();
    if (std::filesystem::is_regular_file(status) ||
        (std::filesystem::is_symlink(status) && !std::filesystem::is_directory(it->path(), ec)))
      files.push_back(it->path().string());
    if (std::filesystem::is_symlink(status)) it.disable_recursion_pending();
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

// The corpus and its three lints, made once per process: doctest runs the test case once per
// subcase, and the lints of this corpus are the slowest part of the suite under the sanitizers.
struct HostileRun {
  TempDir tmp;
  std::filesystem::path corpus = tmp / "corpus";
  std::vector<Expected> expected = make_hostile_corpus(corpus);
  RunResult text = run_crosscheck({"lint", corpus.string()});
  RunResult json_run = run_crosscheck({"lint", "--format", "json", corpus.string()});
  RunResult sarif_run = run_crosscheck({"lint", "--format", "sarif", corpus.string()});
  ~HostileRun() {  // what make_corpus.py locked, unlocked so that the directory can be removed
    std::error_code ignored;
    std::filesystem::permissions(corpus / "locked", std::filesystem::perms::owner_all, ignored);
    std::filesystem::permissions(corpus / "secret.txt", std::filesystem::perms::owner_all, ignored);
  }
};

const HostileRun& hostile_run() {
  static const HostileRun run;
  return run;
}

TEST_CASE("a hostile corpus: nothing lost, every bad input named, the same output any way it is run") {
  const HostileRun& run = hostile_run();
  const auto& tmp = run.tmp;
  const auto& corpus = run.corpus;
  const auto& expected = run.expected;
  const auto& text = run.text;
  const auto& json_run = run.json_run;
  const auto& sarif_run = run.sarif_run;
  for (const auto* r : {&text, &json_run, &sarif_run}) CHECK(r->status == 2);
  const auto report = json_of(json_run);
  const auto sarif = json_of(sarif_run);

  SUBCASE("the seeds' findings are still reported") {
    std::vector<std::string> found;
    for (const auto& f : report.at("findings"))
      if (contains(f.at("locations")[0].at("path").get<std::string>(), "/seeds/")) found.push_back(f.at("rule"));
    std::sort(found.begin(), found.end());
    CHECK(found == std::vector<std::string>{"duration-mismatch", "role-mismatch", "scope-mismatch"});
    CHECK(report.at("summary").at("incomplete") == true);
    CHECK(contains(text.out, "the corpus is incomplete"));
  }

  SUBCASE("each bad input is named with its reason in text, JSON and SARIF") {
    const auto invocation = sarif.at("runs")[0].at("invocations")[0];
    CHECK(invocation.at("executionSuccessful") == false);
    for (const Expected& e : expected) {
      CAPTURE(e.path);
      const std::string path = (corpus / e.path).string();
      bool in_json = false;
      for (const auto& d : report.at("diagnostics"))
        in_json = in_json || (d.at("path") == path && d.at("level") == e.level &&
                              contains(d.at("message").get<std::string>(), e.says));
      bool in_sarif = false;
      for (const auto& n : invocation.value("toolExecutionNotifications", nlohmann::json::array()))
        in_sarif =
            in_sarif ||
            (n.at("level") == e.level && contains(n.at("message").at("text").get<std::string>(), e.says) &&
             contains(n.at("locations")[0].at("physicalLocation").at("artifactLocation").at("uri").get<std::string>(),
                      e.path.substr(e.path.rfind('/') + 1)));
      if (e.level == "read") {
        CHECK_FALSE(contains(text.err, path + ": error"));
        continue;
      }
      CHECK(in_json);
      CHECK(in_sarif);
      const bool in_text =
          contains(text.err, path) && contains(text.err, ": " + e.level + ": ") && contains(text.err, e.says);
      CHECK_MESSAGE(in_text, text.err);
    }
  }

  SUBCASE("-j 1, -j 2, reversed file order, another locale and another working directory give byte-identical JSON") {
    const auto one = run_crosscheck({"lint", "--format", "json", "-j1", corpus.string()});
    const auto two = run_crosscheck({"lint", "--format", "json", "-j2", corpus.string()});
    RunOptions elsewhere;
    elsewhere.cwd = "/";
    const auto moved = run_crosscheck({"lint", "--format", "json", "-j2", corpus.string()}, elsewhere);
    RunOptions locale;
    locale.env = {{"LC_ALL", "C.UTF-8"}, {"LANG", "tr_TR.UTF-8"}};
    const auto localized = run_crosscheck({"lint", "--format", "json", "-j2", corpus.string()}, locale);
    const bool same_threads = one.out == two.out;
    const bool same_directory = moved.out == two.out;
    const bool same_locale = localized.out == two.out;
    CHECK_MESSAGE(same_locale, first_difference(two.out, localized.out));
    CHECK_MESSAGE(same_threads, first_difference(one.out, two.out));
    CHECK_MESSAGE(same_directory, first_difference(two.out, moved.out));
    std::vector<std::string> args = {"lint", "--format", "json"};
    auto files = listed_files(corpus);
    auto forward = args;
    forward.insert(forward.end(), files.begin(), files.end());
    auto backward = args;
    backward.insert(backward.end(), files.rbegin(), files.rend());
    const auto a = run_crosscheck(forward);
    const auto b = run_crosscheck(backward);
    CHECK(a.status == 2);
    const bool same_order = a.out == b.out;
    CHECK_MESSAGE(same_order, first_difference(a.out, b.out));
  }
  SUBCASE("fingerprints do not depend on how the corpus path is written") {
    RunOptions above;
    above.cwd = tmp.path();
    RunOptions inside;
    inside.cwd = corpus / "seeds";
    const auto a = json_of(run_crosscheck({"lint", "--format", "json", "corpus/seeds"}, above));
    const auto b = json_of(run_crosscheck({"lint", "--format", "json", "."}, inside));
    std::vector<std::string> prints_a, prints_b;
    for (const auto& f : a.at("findings")) prints_a.push_back(f.at("fingerprint"));
    for (const auto& f : b.at("findings")) prints_b.push_back(f.at("fingerprint"));
    CHECK(prints_a.size() == 3);
    CHECK(prints_a == prints_b);
  }
}

TEST_CASE("a few hundred documents in shuffled order give the same findings and fingerprints") {
  TempDir tmp;
  const char* sources[] = {"Harbour Post", "Valley Times", "Coast Radio", "Northern Courier", "Plains Wire"};
  const char* days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
  std::vector<std::string> files;
  for (int k = 0; k < 300; ++k) {
    const int event = k / 10;                                      // ten reports per exchange
    const int per_side = 50 + event * 10 + (k % 17 == 0 ? 5 : 0);  // a few reports get the figure wrong
    std::ostringstream text;
    text << "---\nsource: " << sources[k % 5] << " " << k % 7 << "\npublished: 2025-0" << 1 + event / 10 << "-"
         << 10 + event % 10 << "\n---\n"
         << "On " << days[event % 5] << " the two sides exchanged prisoners, officials said. Each side released "
         << per_side << " people" << (k % 3 == 0 ? ", " + std::to_string(2 * per_side) + " in total." : ".")
         << "\n\nThe exchange was the " << (event % 4 == 0 ? "largest" : "latest") << " this year.\n";
    const auto path = tmp / "corpus" / ("report-" + std::to_string(k) + ".md");
    write_text(path, text.str());
    files.push_back(path.string());
  }
  const auto reference = run_crosscheck({"lint", "--format", "json", (tmp / "corpus").string()});
  REQUIRE(reference.status <= 1);
  CHECK(json_of(reference).at("summary").at("documents") == 300);
  std::mt19937 shuffle(12345);
  for (int round = 0; round < 2; ++round) {
    std::shuffle(files.begin(), files.end(), shuffle);
    std::vector<std::string> args = {"lint", "--format", "json", round == 0 ? "-j1" : "-j2"};
    args.insert(args.end(), files.begin(), files.end());
    const auto shuffled = run_crosscheck(args);
    const bool same = shuffled.out == reference.out;
    CHECK_MESSAGE(same, first_difference(reference.out, shuffled.out));
  }
}
