// Runs the crosscheck binary as a user would (posix_spawn, NO_COLOR=1) and captures stdout,
// stderr and the exit status; plus the file, temp-directory and golden-file helpers the
// end-to-end tests share.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

extern char** environ;

namespace crosscheck::cli_test {

struct RunResult {
  int status = -1;  // exit status; 128 + signal when killed by one
  std::string out;
  std::string err;
};

struct RunOptions {
  std::filesystem::path cwd;                             // empty: the test's working directory
  std::vector<std::pair<std::string, std::string>> env;  // set (or override) in the child
  // RLIMIT_FSIZE for the child (with SIGXFSZ ignored, so a write past it fails with EFBIG
  // instead of killing it): how a test makes a write fail part way.
  rlim_t file_size_limit = RLIM_INFINITY;
  std::filesystem::path stdin_file;  // empty: /dev/null
};

inline std::string binary_path() { return CROSSCHECK_BINARY; }
inline std::string shared_dir() { return CROSSCHECK_SHARED_DIR; }
inline std::string seeds_dir() { return shared_dir() + "/seeds"; }

// The child's environment: ours, minus what would change the output (colour, the GitHub job
// summary, the golden update switch), plus NO_COLOR=1 and the caller's additions.
inline std::vector<std::string> child_environment(const RunOptions& options) {
  std::vector<std::string> env;
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    const std::string entry = *e;
    const std::string key = entry.substr(0, entry.find('='));
    if (key == "NO_COLOR" || key == "GITHUB_STEP_SUMMARY" || key == "CROSSCHECK_UPDATE_GOLDEN") continue;
    bool overridden = false;
    for (const auto& [k, v] : options.env) overridden = overridden || k == key;
    if (!overridden) env.push_back(entry);
  }
  env.push_back("NO_COLOR=1");
  for (const auto& [k, v] : options.env) env.push_back(k + "=" + v);
  return env;
}

// Reads both pipes with poll so a child that fills stderr while we wait on stdout (or the
// reverse) cannot deadlock.
inline void drain(int out_fd, int err_fd, std::string& out, std::string& err) {
  pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
  std::string* sinks[2] = {&out, &err};
  int open_fds = 2;
  char buffer[65536];
  while (open_fds > 0) {
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      const ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        sinks[i]->append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      }
    }
  }
}

// Runs any program (a path, no PATH lookup) with the environment above.
inline RunResult run_program(const std::string& program, const std::vector<std::string>& args,
                             const RunOptions& options = {}) {
  std::vector<std::string> argv_storage;
  argv_storage.push_back(program);
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_storage = child_environment(options);
  std::vector<char*> envp;
  for (auto& e : env_storage) envp.push_back(e.data());
  envp.push_back(nullptr);

  int out_pipe[2];
  int err_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC) != 0 || pipe2(err_pipe, O_CLOEXEC) != 0)
    throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  const std::string stdin_path = options.stdin_file.empty() ? "/dev/null" : options.stdin_file.string();
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, stdin_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
  if (!options.cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, options.cwd.c_str());
  pid_t pid = 0;
  // The child inherits limits and ignored signals at spawn; ours are restored right after.
  rlimit old_limit{};
  getrlimit(RLIMIT_FSIZE, &old_limit);
  void (*old_handler)(int) = SIG_DFL;
  if (options.file_size_limit != RLIM_INFINITY) {
    old_handler = std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{options.file_size_limit, old_limit.rlim_max};
    setrlimit(RLIMIT_FSIZE, &limit);
  }
  const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  if (options.file_size_limit != RLIM_INFINITY) {
    setrlimit(RLIMIT_FSIZE, &old_limit);
    std::signal(SIGXFSZ, old_handler);
  }
  posix_spawn_file_actions_destroy(&actions);
  close(out_pipe[1]);
  close(err_pipe[1]);
  if (spawned != 0) {
    close(out_pipe[0]);
    close(err_pipe[0]);
    throw std::runtime_error("cannot run " + argv_storage[0] + ": " + std::strerror(spawned));
  }
  RunResult result;
  drain(out_pipe[0], err_pipe[0], result.out, result.err);
  int wstatus = 0;
  while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(wstatus)) result.status = WEXITSTATUS(wstatus);
  else if (WIFSIGNALED(wstatus)) result.status = 128 + WTERMSIG(wstatus);
  return result;
}

inline RunResult run_crosscheck(const std::vector<std::string>& args, const RunOptions& options = {}) {
  return run_program(binary_path(), args, options);
}

inline RunResult run_crosscheck(std::initializer_list<std::string> args, const RunOptions& options = {}) {
  return run_crosscheck(std::vector<std::string>(args), options);
}

// Parses stdout as JSON; a parse failure fails the test with the output shown.
inline nlohmann::json json_of(const RunResult& r) {
  auto parsed = nlohmann::json::parse(r.out, nullptr, false);
  REQUIRE_MESSAGE(!parsed.is_discarded(), "stdout is not JSON:\n" << r.out << "\nstderr:\n" << r.err);
  return parsed;
}

inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void write_text(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
  REQUIRE_MESSAGE(out.good(), "cannot write " << path.string());
}

// A fresh directory under the system temp dir, removed with everything in it at scope end.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "crosscheck-cli-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error(std::string("mkdtemp: ") + std::strerror(errno));
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    // Restore permissions a test may have taken away, so the removal cannot fail half way.
    for (auto it = std::filesystem::recursive_directory_iterator(path_, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
      if (it->is_directory(ec))
        std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all, std::filesystem::perm_options::add,
                                     ec);
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// The first line where two texts differ, both versions shown, so a failing golden says
// what changed without a diff tool.
inline std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream e(expected);
  std::istringstream a(actual);
  std::string le;
  std::string la;
  for (int line = 1;; ++line) {
    const bool has_e = static_cast<bool>(std::getline(e, le));
    const bool has_a = static_cast<bool>(std::getline(a, la));
    if (!has_e && !has_a) return "texts differ only in the final newline";
    if (!has_e || !has_a || le != la) {
      std::ostringstream out;
      out << "first difference at line " << line << ":\n"
          << "  golden: " << (has_e ? le : std::string("<end of file>")) << "\n"
          << "  actual: " << (has_a ? la : std::string("<end of file>"));
      return out.str();
    }
  }
}

// Compares with tests/golden/<relative>; CROSSCHECK_UPDATE_GOLDEN=1 rewrites the file instead,
// the same switch tests/report uses (docs/ci.md): review the diff, then commit it.
inline void check_golden(const std::string& relative, const std::string& actual) {
  const std::filesystem::path path = std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "tests/golden" / relative;
  const char* update = std::getenv("CROSSCHECK_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    write_text(path, actual);
    MESSAGE("updated " << path.string());
    return;
  }
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), path.string() << " is missing; run with CROSSCHECK_UPDATE_GOLDEN=1 to create it");
  const std::string expected = read_text(path);
  const bool same = actual == expected;  // a bool, so doctest does not print both whole files
  CHECK_MESSAGE(same, "output differs from " << path.string() << "\n"
                                             << first_difference(expected, actual)
                                             << "\n(if the change is intended: CROSSCHECK_UPDATE_GOLDEN=1, "
                                                "review the diff)");
}

// Every subdirectory of a directory (relative to the repository root), sorted.
inline std::vector<std::string> subdirectories(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace crosscheck::cli_test
