// Document loading and normalization: any bytes (front matter, BOM, CRLF, entities, invalid
// UTF-8, NULs) become a Document whose sentences and offsets stay inside its texts.
#include "fuzz/fuzz_support.hpp"

using namespace crosscheck;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  test::shipped_text_options();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::expect_input_errors([&] {
    const Document doc = fuzz::input_document(data, size);
    for (const auto& sentence : doc.sentences) {
      fuzz::require(sentence.span.begin <= sentence.span.end && sentence.span.end.value <= doc.text.size(),
                    "a sentence lies inside the normalized text");
      const ByteSpan bytes = doc.offsets.to_bytes(sentence.span);
      fuzz::require(bytes.begin <= bytes.end && bytes.end.value <= doc.original.size(),
                    "a sentence maps inside the original bytes");
      const LineColumn begin = doc.offsets.locate(bytes.begin);
      const LineColumn end = doc.offsets.locate(bytes.end);
      fuzz::require(begin.line >= 1 && begin.column >= 1 && begin <= end, "line and column are 1-based and ordered");
    }
  });
  return 0;
}
