#include "fuzz/fuzz_support.hpp"

#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <system_error>

namespace crosscheck::fuzz {

namespace {

std::filesystem::path make_scratch_dir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "crosscheck-fuzz-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    std::perror("crosscheck fuzz: mkdtemp");
    std::abort();
  }
  static std::filesystem::path dir;
  dir = pattern;
  std::atexit([] {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  });
  return dir;
}

}  // namespace

Document input_document(const std::uint8_t* data, std::size_t size) {
  Warnings warnings;
  return make_document("input.md", input_text(data, size), warnings, test::shipped_text_options());
}

std::filesystem::path write_scratch_file(const std::string& name, std::string_view bytes) {
  static const std::filesystem::path dir = make_scratch_dir();
  const auto path = dir / name;
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  require(static_cast<bool>(out), "the scratch file could not be written");
  return path;
}

void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "crosscheck fuzz: invariant broken: %s\n", what);
  std::abort();
}

}  // namespace crosscheck::fuzz
