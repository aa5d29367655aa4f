// Test helper for the events layer: a list of (path, text) articles in, the resolved corpus
// out, with lookups of claims and document contexts by path.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/claims/extract.hpp"
#include "checker/events/events.hpp"
#include "checker/lexicon/lexicon.hpp"
#include "checker/text/document.hpp"
#include "tests/support/shipped.hpp"

namespace crosscheck::test {

// The claim of `kind` in `path` whose text contains `needle`; fails the test when missing.
inline const Claim& claim_in(const ResolvedCorpus& corpus, std::string_view path, ClaimKind kind,
                             std::string_view needle) {
  for (const auto& c : corpus.claims)
    if (c.path == path && c.kind == kind && c.text.find(needle) != std::string::npos) return c;
  FAIL("no " << to_string(kind) << " claim with '" << needle << "' in " << path);
  throw;  // unreachable: FAIL throws
}

inline const DocumentContext& context_of(const ResolvedCorpus& corpus, std::string_view path) {
  for (const auto& d : corpus.documents)
    if (d.path == path) return d;
  FAIL("no document " << path);
  throw;
}

inline bool explains(const std::vector<std::string>& lines, std::string_view needle) {
  for (const auto& line : lines)
    if (line.find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace crosscheck::test
