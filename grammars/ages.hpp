// Age mentions: a named person and the age written next to the name ("Romi Gonen, 24,",
// "Agam Berger (19)", "the 20-year-old soldier Agam Berger"). The public API of the age
// grammar; its words come from lexicon/en/ages.yaml.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/lexicon/lexicon.hpp"

namespace crosscheck::grammars {

struct AgeMention {
  std::size_t begin = 0, end = 0;            // the name and the age
  std::size_t name_begin = 0, name_end = 0;  // the name
  std::string person;                        // as written: "Romi Gonen"
  unsigned age = 0;                          // 1 to 119
  std::string text;
};

// Rules of reading (precision first): a name of two to four capitalised words, none a stop
// word (age_name_stopwords, months, weekdays); the age right after it, after a comma (and
// age_before_number: "aged") or in parentheses, and ended by punctuation; or before it,
// joined by age_after_number ("-year-old") with up to two lower-case words between. Ages
// outside 1..119 are no ages.
class AgeGrammar {
 public:
  explicit AgeGrammar(const Lexicon& lexicon);
  ~AgeGrammar();
  AgeGrammar(AgeGrammar&&) noexcept;
  AgeGrammar& operator=(AgeGrammar&&) noexcept;

  // Left to right, non-overlapping; positions are offsets into `sentence`.
  std::vector<AgeMention> parse(std::string_view sentence) const;

 private:
  struct Tables;
  std::unique_ptr<Tables> tables_;
};

}  // namespace crosscheck::grammars
