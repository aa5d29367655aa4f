// The two coordinate systems of a document: byte offsets in the original file and offsets in
// the normalized text the grammars read. Distinct types so they can never be mixed up.
#pragma once

#include <compare>
#include <cstddef>

namespace crosscheck {

struct ByteOffset {
  std::size_t value = 0;
  auto operator<=>(const ByteOffset&) const = default;
};

struct NormOffset {
  std::size_t value = 0;
  auto operator<=>(const NormOffset&) const = default;
};

struct ByteSpan {
  ByteOffset begin;
  ByteOffset end;
  auto operator<=>(const ByteSpan&) const = default;
};

struct NormSpan {
  NormOffset begin;
  NormOffset end;
  auto operator<=>(const NormSpan&) const = default;
};

// 1-based line and column; the column counts Unicode code points (a tab is one).
struct LineColumn {
  int line = 1;
  int column = 1;
  auto operator<=>(const LineColumn&) const = default;
};

}  // namespace crosscheck
