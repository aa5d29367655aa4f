// A baseline file; what loads must survive a write and a second load unchanged (an error on
// the second load is a finding, not bad input).
#include <optional>

#include "checker/findings/baseline.hpp"
#include "fuzz/fuzz_support.hpp"

using namespace crosscheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto file = fuzz::write_scratch_file("baseline/crosscheck-baseline.yaml", fuzz::input_text(data, size));
  std::optional<Baseline> baseline;
  fuzz::expect_input_errors([&] { baseline = load_baseline(file); });
  if (!baseline) return 0;
  const std::string written = serialize_baseline(*baseline);
  const auto again = fuzz::write_scratch_file("baseline/written.yaml", written);
  fuzz::require(serialize_baseline(load_baseline(again)) == written, "a written baseline loads back unchanged");
  return 0;
}
