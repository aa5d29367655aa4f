// Test helper for the claims layer: one extractor over the shipped lexicon, in-memory
// documents, and lookups of the claims a test asserts on.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "checker/claims/extract.hpp"
#include "checker/lexicon/lexicon.hpp"
#include "checker/text/document.hpp"
#include "tests/support/shipped.hpp"

namespace crosscheck::test {

inline DocumentClaims extract_text(const std::string& text, const std::string& path = "a.txt") {
  return extract_article(path, text);
}

inline std::vector<const Claim*> claims_of(const DocumentClaims& doc, ClaimKind kind) {
  std::vector<const Claim*> out;
  for (const auto& c : doc.claims)
    if (c.kind == kind) out.push_back(&c);
  return out;
}

// The claim of `kind` whose text contains `needle`, or nullptr.
inline const Claim* find_claim(const DocumentClaims& doc, ClaimKind kind, std::string_view needle) {
  for (const auto& c : doc.claims)
    if (c.kind == kind && c.text.find(needle) != std::string::npos) return &c;
  return nullptr;
}

// The count claim whose text contains `needle`; fails the test when missing.
inline const Claim* count_claim(const DocumentClaims& doc, std::string_view needle) {
  const Claim* c = find_claim(doc, ClaimKind::count, needle);
  CAPTURE(std::string(needle));
  REQUIRE(c != nullptr);
  return c;
}

// The type of the event mention a claim hangs on at extraction time ("" when none).
inline std::string mention_type(const DocumentClaims& doc, const Claim& claim) {
  const auto index = static_cast<std::size_t>(&claim - doc.claims.data());
  const auto& mention = doc.claim_mention.at(index);
  return mention ? doc.events.at(*mention).type.str() : std::string();
}

inline double count_value(const Claim& claim) { return std::get<CountValue>(claim.value).value; }

inline bool has_explain(const Claim& claim, std::string_view needle) {
  for (const auto& e : claim.explain)
    if (e.find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace crosscheck::test
