// Duration mentions ("for over two years", "18 months", "a three-year war", "held since
// 2022", "in its fourth year"): the public API of the duration grammar, used by the
// duration-mismatch check. Numbers come from NumberGrammar, since-clauses from
// SuperlativeGrammar.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/lexicon/lexicon.hpp"
#include "grammars/vocabulary.hpp"

namespace crosscheck::grammars {

struct DurationMention {
  std::size_t begin = 0, end = 0;          // qualifier (or number, "since", possessive) .. unit or year
  double amount = 0;                       // in `unit`s; "two and a half years" -> 2.5
  std::optional<double> amount_hi;         // "two to three years"
  std::string unit;                        // canonical: day, week, month, year, hour
  Qualifier qualifier = Qualifier::exact;  // "over two years" -> more_than
  std::optional<int> since_year;           // "held since 2022"
  std::optional<unsigned> since_month;     // "since February 2022"
  std::string since_event;                 // "since the war began" -> war_start
  std::optional<int> ordinal_year;         // "in its fourth year" -> 4
  std::string subject;                     // canonical from duration_subjects, "" when none
  std::string text;
};

class DurationGrammar {
 public:
  explicit DurationGrammar(const Lexicon& lexicon);
  ~DurationGrammar();
  DurationGrammar(DurationGrammar&&) noexcept;
  DurationGrammar& operator=(DurationGrammar&&) noexcept;

  // Left to right, non-overlapping; positions are offsets into `sentence`. A since-form needs
  // a subject ("held since 2022"; a bare "since 2022" is a date, not a duration) and is never
  // the reference point of a superlative ("the largest since 2022").
  std::vector<DurationMention> parse(std::string_view sentence) const;

 private:
  struct Tables;
  std::unique_ptr<Tables> tables_;
};

}  // namespace crosscheck::grammars
