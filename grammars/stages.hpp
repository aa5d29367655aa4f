// Stage mentions ("the second stage", "third and final round", "the next phase of the
// exchange"): the public API of the stage grammar, used by event resolution to key a claim
// to one stage of a series.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/lexicon/lexicon.hpp"

namespace crosscheck::grammars {

struct StageMention {
  std::size_t begin = 0, end = 0;  // from the ordinal word to the noun (or its "of" phrase)
  std::optional<int> ordinal;      // 1, 2, 3; nullopt for "next"/"latest"/"final" alone
  bool final = false;              // "final", "last", also "third and final"
  std::string relative;            // canonical: next, latest, new, previous; "" with an ordinal
  std::string noun;                // canonical: stage (stage, phase, round, tranche, batch, ...)
  std::string of_what;             // canonical from stage_of_what: talks, exchange, ...; "" when absent
  std::string text;
};

class StageGrammar {
 public:
  explicit StageGrammar(const Lexicon& lexicon);
  ~StageGrammar();
  StageGrammar(StageGrammar&&) noexcept;
  StageGrammar& operator=(StageGrammar&&) noexcept;

  // Left to right, non-overlapping; positions are offsets into `sentence`.
  std::vector<StageMention> parse(std::string_view sentence) const;

 private:
  struct Tables;
  std::unique_ptr<Tables> tables_;
};

}  // namespace crosscheck::grammars
