// Digit grouping follows the article's language: "6.000" is six thousand in German and Spanish
// copy, and ambiguous (no count) in English.
#include <doctest/doctest.h>

#include "tests/claims/claims_corpus.hpp"

using namespace crosscheck;
using namespace crosscheck::test;

TEST_CASE("ClaimExtractor number conventions") {
  const std::string body = "On Tuesday, June 10, 2025, the two sides exchanged 6.000 prisoners each.\n";
  struct Row {
    const char* lang;
    bool read;
  };
  const Row rows[] = {{"de", true}, {"es", true}, {"de-AT", true}, {"en", false}, {"", false}};
  for (const auto& row : rows) {
    CAPTURE(row.lang);
    std::string text = "---\npublished: 2025-06-12\n";
    if (*row.lang) text += std::string("lang: ") + row.lang + "\n";
    const auto doc = extract_text(text + "---\n" + body, "a.md");
    const Claim* c = find_claim(doc, ClaimKind::count, "6.000");
    if (row.read) {
      REQUIRE(c != nullptr);
      CHECK(count_value(*c) == 6000);
    } else {
      CHECK(c == nullptr);
    }
  }
  SUBCASE("the comma is the decimal mark there") {
    const auto doc = extract_text("---\nlang: de\n---\nAbout 1,5 million people were displaced.\n", "a.md");
    const Claim* c = find_claim(doc, ClaimKind::count, "1,5");
    REQUIRE(c != nullptr);
    CHECK(count_value(*c) == 1500000);
  }
}
