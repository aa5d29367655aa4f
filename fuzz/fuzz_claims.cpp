// Claim extraction end to end for one short document: every family, the lowering into
// claims, the published-date inference and the event mentions, over a normalized text.
#include "fuzz/fuzz_support.hpp"

using namespace crosscheck;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  test::shipped_extractor();
  test::shipped_text_options();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::expect_input_errors([&] {
    const Document doc = fuzz::input_document(data, size);
    const DocumentClaims claims = test::shipped_extractor().extract(doc, 0);
    for (const auto& claim : claims.claims)
      fuzz::require(claim.span.begin <= claim.span.end && claim.span.end.value <= doc.text.size(),
                    "a claim lies inside the normalized text");
  });
  return 0;
}
