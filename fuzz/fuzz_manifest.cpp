// The corpus manifest: the input is a `crosscheck.yaml`, loaded from a corpus root and asked
// for the fields of a file.
#include <algorithm>

#include "fuzz/fuzz_support.hpp"

using namespace crosscheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto file = fuzz::write_scratch_file("corpus/crosscheck.yaml", fuzz::input_text(data, size));
  fuzz::expect_input_errors([&] {
    const auto manifest = load_manifest(file.parent_path());
    if (!manifest) return;
    fuzz::require(std::is_sorted(manifest->files.begin(), manifest->files.end(),
                                 [](const auto& a, const auto& b) { return a.first < b.first; }),
                  "manifest entries are sorted by path");
    for (const auto& [path, meta] : manifest->files) {
      fuzz::require(manifest->find(file.parent_path() / path) != nullptr, "every listed file is found");
      if (meta.published) fuzz::require(is_iso_date(*meta.published), "a published date is ISO 8601");
    }
  });
  return 0;
}
