// The review app end to end, without a browser: the server on 127.0.0.1, Host checks, no path
// but its two, validated decisions written to the review file, 1,000 concurrent posts.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>

#include <atomic>
#include <thread>

#include "tests/cli/run.hpp"

using namespace crosscheck::cli_test;

namespace {

// `crosscheck review corpus --port 0` in the background, stopped at the end of the test.
struct Server {
  pid_t pid = -1;
  int port = 0;
  std::string banner;
  Server(const std::filesystem::path& cwd, const std::vector<std::string>& extra = {}) {
    int out[2];
    REQUIRE(pipe2(out, O_CLOEXEC) == 0);
    std::vector<std::string> args{binary_path(), "review", "corpus", "--port", "0"};
    args.insert(args.end(), extra.begin(), extra.end());
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
    REQUIRE(posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    char c = 0;
    while (read(out[0], &c, 1) == 1 && c != '\n') banner += c;  // the address line
    close(out[0]);
    const auto at = banner.find("127.0.0.1:");
    REQUIRE_MESSAGE(at != std::string::npos, banner);
    port = std::stoi(banner.substr(at + 10));
  }
  ~Server() {
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
  }
  // One HTTP/1.1 request (Connection: close); the status code and the body.
  std::pair<int, std::string> request(const std::string& method, const std::string& target,
                                      const std::string& body = "", const std::string& host = "") const {
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      close(fd);
      return {-1, ""};
    }
    const std::string req = method + " " + target +
                            " HTTP/1.1\r\nHost: " + (host.empty() ? "127.0.0.1:" + std::to_string(port) : host) +
                            "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
                            "\r\nConnection: close\r\n\r\n" + body;
    std::size_t sent = 0;
    while (sent < req.size()) {
      const ssize_t n = write(fd, req.data() + sent, req.size() - sent);
      if (n <= 0) break;
      sent += static_cast<std::size_t>(n);
    }
    std::string response;
    char buffer[65536];
    for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) response.append(buffer, static_cast<std::size_t>(n));
    close(fd);
    if (response.size() < 12) return {-1, response};
    const auto body_at = response.find("\r\n\r\n");
    return {std::stoi(response.substr(9, 3)), body_at == std::string::npos ? "" : response.substr(body_at + 4)};
  }
};

std::string decision(const std::string& fingerprint, const std::string& status, const std::string& extra = "") {
  return "{\"fingerprint\":\"" + fingerprint + "\",\"status\":\"" + status + "\"" + extra + "}";
}

}  // namespace

TEST_CASE("the review app") {
  TempDir tmp;
  for (const auto& e : std::filesystem::directory_iterator(seeds_dir()))
    write_text(tmp / "corpus" / e.path().filename(), read_text(e.path()));
  RunOptions here;
  here.cwd = tmp.path();
  const auto findings = json_of(run_crosscheck({"lint", "corpus", "--format", "json"}, here)).at("findings");
  REQUIRE(findings.size() >= 2);
  std::string error_fp, other_fp;
  for (const auto& f : findings)
    (f.value("level", "") == "error" && error_fp.empty() ? error_fp : other_fp) = f.value("fingerprint", "");
  REQUIRE(!error_fp.empty());
  REQUIRE(!other_fp.empty());

  Server server(tmp.path());
  const auto page = server.request("GET", "/");
  CHECK(page.first == 200);
  CHECK(page.second.find("crosscheck report") != std::string::npos);
  CHECK(page.second.find("/api/decision") != std::string::npos);

  SUBCASE("requests for another host, other paths and other methods are refused") {
    CHECK(server.request("GET", "/", "", "evil.example").first == 403);
    CHECK(server.request("GET", "/", "", "127.0.0.1.evil.example:80").first == 403);
    CHECK(server.request("POST", "/api/decision", decision(error_fp, "dismissed"), "evil.example").first == 403);
    CHECK(server.request("GET", "/../../etc/passwd").first == 404);
    CHECK(server.request("GET", "/corpus/" + std::string("000_ad3ed3bd8d4eae1d.txt")).first == 404);
    CHECK(server.request("GET", "/api/decision").first == 405);
    CHECK_FALSE(std::filesystem::exists(tmp / "corpus/crosscheck-review.yaml"));
  }
  SUBCASE("every input is validated") {
    CHECK(server.request("POST", "/api/decision", "not json").first == 400);
    CHECK(server.request("POST", "/api/decision", decision("0123", "dismissed")).first == 422);  // no such finding
    CHECK(server.request("POST", "/api/decision", decision(error_fp, "ignored")).first == 400);
    CHECK(server.request("POST", "/api/decision", decision(error_fp, "confirmed", ",\"reason\":\"wont-fix\"")).first ==
          400);
    CHECK(server.request("POST", "/api/decision", decision(error_fp, "dismissed", ",\"path\":\"/etc/x\"")).first ==
          400);
    CHECK(server.request("POST", "/api/decision", decision(error_fp, "dismissed", ",\"comment\":7")).first == 400);
    CHECK(server.request("POST", "/api/decision", std::string(70000, ' ')).first == 413);
    CHECK_FALSE(std::filesystem::exists(tmp / "corpus/crosscheck-review.yaml"));
  }
  SUBCASE("decisions are written, shown on reload and respected by lint") {
    const auto dismissed = server.request(
        "POST", "/api/decision",
        decision(error_fp, "dismissed", ",\"reason\":\"false-positive\",\"comment\":\"both say each side\""));
    CHECK(dismissed.first == 200);
    CHECK(server.request("POST", "/api/decision", decision(other_fp, "confirmed")).first == 200);
    const std::string file = read_text(tmp / "corpus/crosscheck-review.yaml");
    CHECK(file.find(error_fp + ":\n    status: dismissed\n    reason: false-positive") != std::string::npos);
    CHECK(file.find(other_fp + ":\n    status: confirmed") != std::string::npos);
    const auto reloaded = server.request("GET", "/");
    CHECK(reloaded.second.find("both say each side") != std::string::npos);
    const auto lint = json_of(run_crosscheck({"lint", "corpus", "--format", "json"}, here));
    for (const auto& f : lint.at("findings")) {
      if (f.value("fingerprint", "") == error_fp) CHECK(f.value("status", "") == "dismissed");
      if (f.value("fingerprint", "") == other_fp) CHECK(f.value("status", "") == "confirmed");
    }
  }
}

namespace {
// The tool under test carries the sanitizers (the test code itself does not, so it is told).
#ifdef CROSSCHECK_TOOL_SANITIZED
constexpr int posts = 100;
#else
constexpr int posts = 1000;
#endif
}  // namespace

TEST_CASE("the review app under 1,000 concurrent decision posts (100 under sanitizers)") {
  // That many findings: events two sources report with different figures. Every post
  // rewrites the review file (the cost grows with the square of the posts), so a sanitizer
  // build posts fewer, with the same 50 clients at once.
  TempDir tmp;
  for (int i = 0; i < posts; ++i) {
    const int day = 1 + i % 28, month = 1 + (i / 28) % 12, year = 2000 + i / (28 * 12);
    const std::string when = std::to_string(year) + "-" + (month < 10 ? "0" : "") + std::to_string(month) + "-" +
                             (day < 10 ? "0" : "") + std::to_string(day);
    for (const char* side : {"a", "b"}) {
      const int figure = side[0] == 'a' ? 100 + i : 5000 + i;
      write_text(tmp / "corpus" / (std::to_string(i) + side + ".md"),
                 "---\nsource: Outlet " + std::string(side) + std::to_string(i) + "\npublished: " + when +
                     "\n---\nOn " + when + " the two sides exchanged " + std::to_string(figure) + " prisoners each.\n");
    }
  }
  RunOptions here;
  here.cwd = tmp.path();
  const auto findings = json_of(run_crosscheck({"lint", "corpus", "--format", "json"}, here)).at("findings");
  std::vector<std::string> fingerprints;
  for (const auto& f : findings) fingerprints.push_back(f.value("fingerprint", ""));
  REQUIRE(fingerprints.size() == static_cast<std::size_t>(posts));

  Server server(tmp.path());
  std::atomic<int> ok{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 50; ++t)  // 50 clients at once
    clients.emplace_back([&, t] {
      for (int i = t; i < posts; i += 50) {
        const std::string status = i % 2 ? "dismissed" : "confirmed";
        const std::string extra =
            (i % 2 ? ",\"reason\":\"wont-fix\"" : "") + std::string(",\"comment\":\"c") + std::to_string(i) + "\"";
        if (server.request("POST", "/api/decision", decision(fingerprints[static_cast<std::size_t>(i)], status, extra))
                .first == 200)
          ++ok;
      }
    });
  for (auto& c : clients) c.join();
  CHECK(ok == posts);
  CHECK(server.request("GET", "/").first == 200);  // still up
  // every decision in the file, once, as posted
  const std::string file = read_text(tmp / "corpus/crosscheck-review.yaml");
  std::size_t decisions = 0;
  for (auto at = file.find("    status: "); at != std::string::npos; at = file.find("    status: ", at + 1))
    ++decisions;
  CHECK(decisions == static_cast<std::size_t>(posts));
  for (int i = 0; i < posts; i += 97) {
    CAPTURE(i);
    const std::string entry = fingerprints[static_cast<std::size_t>(i)] +
                              ":\n    status: " + (i % 2 ? "dismissed\n    reason: wont-fix" : "confirmed") +
                              "\n    comment: \"c" + std::to_string(i) + "\"";
    CHECK(file.find(entry) != std::string::npos);
  }
  const auto lint = run_crosscheck({"lint", "corpus", "--format", "json"}, here);
  CHECK(lint.status == 1);  // the confirmed ones still fail; the file is whole and valid
  const auto report = json_of(lint);
  std::size_t dismissed = 0;
  for (const auto& f : report.at("findings")) dismissed += f.value("status", "") == "dismissed";
  CHECK(dismissed == static_cast<std::size_t>(posts / 2));
}
