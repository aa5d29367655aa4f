// A lexicon extension (`--lexicon DIR`, a domain's lexicon): the input is one overlay file,
// merged over the shipped lexicon.
#include "fuzz/fuzz_support.hpp"

using namespace crosscheck;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  test::shipped_lexicon();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto file = fuzz::write_scratch_file("lexicon/overlay.yaml", fuzz::input_text(data, size));
  fuzz::expect_input_errors([&] {
    const Lexicon merged = Lexicon::load_extended(test::shipped_lexicon(), {file.parent_path()});
    for (const auto& name : merged.section_names())
      for (const auto& entry : merged.section(name)) fuzz::require(!entry.phrase.empty(), "no phrase is empty");
  });
  return 0;
}
