// The per-document fields of front matter and of manifest entries (checker/text/meta_fields):
// the input is the YAML between the `---` lines, read leniently (front matter) and strictly
// (a manifest entry).
#include "checker/core/yaml_file.hpp"
#include "checker/text/meta_fields.hpp"
#include "fuzz/fuzz_support.hpp"

using namespace crosscheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::expect_input_errors([&] {
    const YAML::Node node = load_yaml_text(fuzz::input_text(data, size), "input.md", 1);
    DocumentMeta lenient_meta;
    Warnings warnings;
    fuzz::expect_input_errors([&] { read_meta_fields("input.md", node, 1, "front matter", lenient_meta, &warnings); });
    if (lenient_meta.published) fuzz::require(is_iso_date(*lenient_meta.published), "a published date is ISO 8601");
    DocumentMeta strict_meta;
    read_meta_fields("crosscheck.yaml", node, 0, "manifest entry 'input.md'", strict_meta);
  });
  return 0;
}
