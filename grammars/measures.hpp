// Measure mentions: a number with a unit and a property that is not a count of things. Ages
// of a group's extremes ("the youngest of the freed men was 23 years old", "Name, 81, was the oldest"),
// and measures named by a word before or after the number ("at a depth of 10 km", "a
// 7.8-magnitude quake", "turnout was 62 percent"). The public API of the measure grammar; all
// vocabulary comes from lexicon/en/measures.yaml, numbers from NumberGrammar.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/lexicon/lexicon.hpp"
#include "grammars/numbers.hpp"
#include "grammars/vocabulary.hpp"

namespace crosscheck::grammars {

struct MeasureMention {
  std::size_t begin = 0, end = 0;  // "the youngest ... 23 years old", "a depth of 10 km", "7.8-magnitude"
  std::size_t number_begin = 0, number_end = 0;
  std::string property;             // canonical: age_youngest, age_oldest, magnitude, depth, ...
  double amount = 0;                // as stated (low end of a range)
  std::optional<double> amount_hi;  // "6.1 to 6.3"
  double lo = 0, hi = 0;            // interval after lowering the qualifier (hi = +inf when open)
  Qualifier qualifier = Qualifier::exact;
  std::string unit;  // canonical from measure_units ("year" for ages), "" for a bare number
  std::string cue;   // the words that named the measure, as written: "youngest", "depth of", "magnitude"
  std::string text;
};

// Rules of reading (precision first; a number read as the wrong measure costs more than a
// missed one):
// - An age is read only as a group's extreme: "the" + age word, then the number after a verb
//   ("was 23"), after a comma ("the youngest, 19,"), elided ("and the youngest 19") when it
//   ends its clause, or before it set off by commas ("Name, 81, was the oldest"). "a
//   27-year-old man", "aged 27", "her oldest son was 30" are no measures.
// - An age without "years old" must end its clause or be followed by a follower word
//   ("the oldest was 66 and ..."): "the oldest 100 prisoners" is a count.
// - Other measures need their measure word right before the number (with an optional link:
//   "a depth of", "turnout was") or right after it and its unit ("7.8-magnitude", "10 km
//   deep"), or a unit that names the property alone ("5,000 hectares"). A bare "40 percent"
//   is nothing.
// - The unit must be one the property takes (measure_property_units) and the number within
//   the property's bounds (measure_bounds).
class MeasureGrammar {
 public:
  explicit MeasureGrammar(const Lexicon& lexicon, NumberOptions options = {});
  ~MeasureGrammar();
  MeasureGrammar(MeasureGrammar&&) noexcept;
  MeasureGrammar& operator=(MeasureGrammar&&) noexcept;

  // Left to right, non-overlapping; positions are offsets into `sentence`.
  std::vector<MeasureMention> parse(std::string_view sentence) const;

 private:
  struct Tables;
  std::unique_ptr<Tables> tables_;
};

}  // namespace crosscheck::grammars
