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

  // Where find() tries a phrase: every word start of its walk where some phrase begins, with
  // the longest one's end, whether that end is on a word boundary (else find() skips it) and
  // its value. PhraseIndex answers find() on any part of a text from these.
  struct Start {
    std::size_t begin = 0, end = 0;
    bool boundary = false;
    std::string value;
  };
  std::vector<Start> starts(std::string_view text) const;

 private:
  template <class OnStart>
  void walk(std::string_view text, OnStart&& on_start) const;

  struct Table;
  std::unique_ptr<Table> table_;
};

// One matcher's phrases in one text (a sentence), found once: the passes ask for the phrases
// before or after each claim, and a new scan for each made the cost of a sentence grow with
// the square of its claims. find(from, to) returns exactly what
// matcher.find(text.substr(from, to - from)) returns (offsets from `from`): the walk over a
// part is the walk over the whole from the part's first word on, except near its end, where
// a phrase running past it is tried again within it.
class PhraseIndex {
 public:
  PhraseIndex(const PhraseMatcher& matcher, std::string_view text);
  std::vector<PhraseMention> find(std::size_t from, std::size_t to) const;

 private:
  // Whether the whole text's walk and a walk starting at `from` meet at the first word from
  // `from` on: `from` does not cut a word or a phrase the whole text's walk found.
  bool in_step(std::size_t from) const;

  const PhraseMatcher& matcher_;
  std::string_view text_;
  std::vector<PhraseMatcher::Start> starts_;  // the whole text's, in order
};

}  // namespace crosscheck::grammars
