#include "checker/core/data_dir.hpp"

#include <cstdlib>
#include <system_error>

namespace crosscheck {

namespace {

// The data a directory must hold to be crosscheck's: its rules and its base lexicon.
bool holds_data(const std::filesystem::path& dir) {
  std::error_code ec;
  return std::filesystem::is_directory(dir / "rules", ec) && std::filesystem::is_directory(dir / "lexicon" / "en", ec);
}

DataDir find_data_dir() {
  if (const char* env = std::getenv("CROSSCHECK_DATA_DIR"); env && *env) return {env, "CROSSCHECK_DATA_DIR"};
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto installed = exe.parent_path().parent_path() / "share" / "crosscheck";
    if (holds_data(installed)) return {installed, "installed with the binary"};
  }
  return {CROSSCHECK_SOURCE_DIR, "source tree"};
}

}  // namespace

const DataDir& data_dir() {
  static const DataDir dir = find_data_dir();
  return dir;
}

}  // namespace crosscheck
