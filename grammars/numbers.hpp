// Public face of the numbers family: finds a number (digits, number words, vague words, ranges)
// or a qualifier phrase at a position in a sentence and lowers a qualified number to an interval.
// Other families (counts, durations) reuse it; all vocabulary comes from lexicon/en/numbers.yaml.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>

#include "checker/lexicon/lexicon.hpp"
#include "grammars/vocabulary.hpp"

namespace crosscheck::grammars {

// How digits are grouped. English writes "1,000.5"; much of Europe writes "1.000,5", and a
// translated article may keep that, so the caller says which convention a document uses.
struct NumberOptions {
  char thousands = ',';
  char decimal = '.';
  bool space_groups = true;  // "1 000" (a space between groups of exactly three digits)
};

struct NumberMatch {
  std::size_t begin = 0, end = 0;  // byte offsets in the parsed text
  double value = 0;                // the number as stated (low end of a range or vague word)
  std::optional<double> value_hi;  // "300 to 400", "between 300 and 400", vague upper bound
  bool vague = false;              // "dozens", "hundreds", "tens of thousands"
  bool words = false;              // spelled out ("six thousand"), not digits
};

struct Interval {
  double lo = 0, hi = 0;  // hi is +inf when open
};

// A qualifier phrase, a number, and the interval they mean together ("more than 1,000").
struct QualifiedNumber {
  std::size_t begin = 0, end = 0;  // qualifier start (or number start) .. number end
  Qualifier qualifier = Qualifier::exact;
  NumberMatch number;
  Interval interval;
};

// The interval a qualifier makes of a stated number: more than N -> [N+1, inf) for whole N,
// at least N -> [N, inf), about N -> [0.9N, 1.1N], nearly N -> [0.9N, N], up to / at most N
// -> [0, N], fewer than N -> [0, N-1]; ranges and vague words use their low and high ends.
Interval lower_qualifier(Qualifier qualifier, const NumberMatch& number);

struct NumberSymbols;  // the x3::symbols tables, see numbers_rules.hpp

class NumberGrammar {
 public:
  explicit NumberGrammar(const Lexicon& lexicon, NumberOptions options = {});

  // The number starting exactly at `pos` in `text` (digits or words), or nullopt.
  std::optional<NumberMatch> parse_at(std::string_view text, std::size_t pos) const;
  // Qualifier phrase ("more than", "at least", "about", "nearly", "up to", "fewer than") at pos;
  // the second member is the offset just past the phrase (before any following space).
  std::optional<std::pair<Qualifier, std::size_t>> qualifier_at(std::string_view text, std::size_t pos) const;
  // An optional qualifier followed by a number, starting exactly at `pos`.
  std::optional<QualifiedNumber> parse_qualified_at(std::string_view text, std::size_t pos) const;

  // The gate: true when `word` (one word as written) can start a number or a qualifier, i.e.
  // it starts with a digit or its lower-case form is the first word of a lexicon phrase.
  bool is_gate_word(std::string_view word) const;

  const NumberSymbols& symbols() const { return *symbols_; }
  const NumberOptions& options() const { return options_; }

 private:
  std::shared_ptr<const NumberSymbols> symbols_;
  NumberOptions options_;
};

}  // namespace crosscheck::grammars
