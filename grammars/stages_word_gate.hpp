// The gate in front of the stage, superlative, duration and role grammars: only word starts
// whose word opens a phrase of the listed lexicon sections (or starts with a digit) reach X3,
// so the grammars run on a few percent of the words. Lives under the stages_ prefix because
// of file ownership; the four families share it.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "checker/lexicon/lexicon.hpp"

namespace crosscheck::grammars {

// Words for gating are runs of ASCII letters and digits: lexicon phrases and running text are
// cut the same way, so "ex-President" gates on "ex" and "U.S." on "U".
std::string_view gate_word_at(std::string_view text, std::size_t pos);

// The first word start at or after `pos` (a position inside a word moves past that word), or
// npos. A word start follows a non-letter: space, punctuation, or a typographic quote or dash.
std::size_t next_word_start(std::string_view text, std::size_t pos);

// Left to right over the word starts of `text`: `match_at(pos)` returns where a mention
// found there ends (the scan goes on after it, so mentions never overlap) or 0 for none.
template <class MatchAt>
void scan_word_starts(std::string_view text, MatchAt&& match_at) {
  std::size_t pos = next_word_start(text, 0);
  while (pos != std::string_view::npos) {
    const std::size_t end = match_at(pos);
    pos = next_word_start(text, end > pos ? end : pos + 1);
  }
}

// `end` moved back over trailing white space (X3 skips white space before a failing optional
// part, so a parse can end after the space that followed the phrase).
std::size_t trim_trailing_space(std::string_view text, std::size_t begin, std::size_t end);

// The word (ASCII letters) that ends right before `pos`, across white space only; "" after a
// punctuation mark or at the start.
std::string_view previous_word(std::string_view text, std::size_t pos);

class WordGate {
 public:
  // Opens on the first word of every phrase (all case variants) in `section`.
  void add_section(const Lexicon& lexicon, std::string_view section);
  void open_on_digits() { digits_ = true; }
  bool opens_at(std::string_view text, std::size_t pos) const { return opens(gate_word_at(text, pos)); }
  // `word` as cut by gate_word_at.
  bool opens(std::string_view word) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> first_words_;
  // Bit n of [c] is set when a gate word of length n (< 64) starts with byte c: most words
  // are turned away here, before hashing (the hash lookup cost more than the grammar).
  std::array<std::uint64_t, 256> lengths_by_first_byte_{};
  bool digits_ = false;
};

}  // namespace crosscheck::grammars
