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

// Where each normalized byte came from. Normalized bytes that copy consecutive original
// bytes (most of a text) share one run, so the map costs memory per edit (a folded quote, a
// tag, a line break), not per byte: a 50 MB dump had needed 400 MB for it.
class NormToByte {
 public:
  // Normalized bytes size() .. size() + count - 1 come from bytes byte .. byte + count - 1.
  void append_run(std::size_t byte, std::size_t count);
  void push_back(std::size_t byte) { append_run(byte, 1); }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::size_t operator[](std::size_t norm) const;  // norm < size()
  std::size_t runs() const { return runs_.size(); }

 private:
  struct Run {
    std::size_t norm, byte;
  };
  std::vector<Run> runs_;  // by norm, ascending
  std::size_t size_ = 0;
};

struct NormalizedText {
  std::string text;
  NormToByte norm_to_byte;                                        // one entry per byte of `text`, plus one for the end
  std::vector<std::pair<std::size_t, std::size_t>> source_units;  // entities and tags: (begin, end)
  std::vector<std::pair<std::size_t, ByteProblem>> problems;      // original offsets, in order
};

// Normalizes original[begin, end) (begin skips a BOM and front matter).
NormalizedText normalize_text(std::string_view original, std::size_t begin);

// Length of a valid UTF-8 sequence at `i` and its code point; 0 when invalid or truncated.
std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& code_point);

// Length of a list-bullet character at `i` (•, ◦, ▪, ‣, ●), 0 when there is none: the one list
// of them that sentence splitting, page structure and the count readings share.
std::size_t bullet_char_length(std::string_view s, std::size_t i);

}  // namespace crosscheck
