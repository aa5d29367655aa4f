// Finds the phrases of one lexicon section in running text (event triggers, clause-level
// scope markers, property verbs, places): longest match at word starts, on word boundaries.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/lexicon/lexicon.hpp"

namespace crosscheck::grammars {

struct PhraseMention {
  std::size_t begin = 0, end = 0;  // in the searched text
  std::string value;               // canonical value from the lexicon
};

class PhraseMatcher {
 public:
  PhraseMatcher(const Lexicon& lexicon, std::string_view section);
  ~PhraseMatcher();
  PhraseMatcher(PhraseMatcher&&) noexcept;
  PhraseMatcher& operator=(PhraseMatcher&&) noexcept;

  // Non-overlapping matches left to right; at each word start the longest phrase wins.
  std::vector<PhraseMention> find(std::string_view text) const;
  bool empty() const;

 private:
  struct Table;
  std::unique_ptr<Table> table_;
};

}  // namespace crosscheck::grammars
