// One-pass normalization of a document's bytes into the text the grammars read: markup
// stripped, quotes/dashes/spaces folded, each normalized byte mapped to its original byte.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crosscheck {

enum class ByteProblem { nul_byte, invalid_utf8 };

struct NormalizedText {
  std::string text;
  std::vector<std::size_t> norm_to_byte;                          // one entry per byte of `text`, plus one for the end
  std::vector<std::pair<std::size_t, std::size_t>> source_units;  // entities and tags: (begin, end)
  std::vector<std::pair<std::size_t, ByteProblem>> problems;      // original offsets, in order
};

// Normalizes original[begin, end) (begin skips a BOM and front matter).
NormalizedText normalize_text(std::string_view original, std::size_t begin);

// Length of a valid UTF-8 sequence at `i` and its code point; 0 when invalid or truncated.
std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& code_point);

}  // namespace crosscheck
