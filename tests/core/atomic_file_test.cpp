// The streamed atomic write: what the writer gives reaches the file whole (across the
// stream's blocks), and a writer that fails leaves the old file and no temporary.
#include "checker/core/atomic_file.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

#include "checker/core/diagnostic.hpp"
#include "tests/support/temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::size_t entries(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("write_file_atomic: a streamed text longer than the stream's blocks arrives whole") {
  crosscheck::test::ScratchDir dir("crosscheck-atomic");
  const fs::path file = dir.path / "claims.jsonl";
  std::string expected;
  crosscheck::write_file_atomic(
      file,
      [&](std::ostream& out) {
        for (int i = 0; i < 20000; ++i) {
          const std::string line = "{\"record\":\"claim\",\"n\":" + std::to_string(i) + "}\n";
          out << line;
          expected += line;
        }
      },
      "claims stream");
  CHECK(expected.size() > 3 * 64 * 1024);
  CHECK(read_all(file) == expected);
  CHECK(entries(dir.path) == 1);
}

TEST_CASE("write_file_atomic: a writer that throws leaves the old file and no temporary") {
  crosscheck::test::ScratchDir dir("crosscheck-atomic");
  const fs::path file = dir.path / "report.json";
  crosscheck::write_file_atomic(file, std::string("old report\n"), "report");
  CHECK_THROWS_AS(crosscheck::write_file_atomic(
                      file,
                      [](std::ostream& out) {
                        out << std::string(200 * 1024, 'x');  // some of it already written out
                        throw std::runtime_error("the writer failed");
                      },
                      "report"),
                  std::runtime_error);
  CHECK(read_all(file) == "old report\n");
  CHECK(entries(dir.path) == 1);
}

TEST_CASE("write_file_atomic: the string form is the streamed one") {
  crosscheck::test::ScratchDir dir("crosscheck-atomic");
  const fs::path file = dir.path / "baseline.yaml";
  crosscheck::write_file_atomic(file, std::string(), "baseline");
  CHECK(fs::exists(file));
  CHECK(read_all(file).empty());
  CHECK_THROWS_AS(crosscheck::write_file_atomic(dir.path, std::string("x"), "baseline"), crosscheck::InputError);
}
