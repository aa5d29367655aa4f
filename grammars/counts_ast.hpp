// The syntax tree of a count phrase before lowering: the number (from the numbers family),
// the words around it with the lexicon's canonical values, and where each piece was found.
#pragma once

#include <boost/optional.hpp>
#include <string>
#include <vector>

#include "grammars/numbers_ast.hpp"

namespace crosscheck::grammars::ast {

// One word or lexicon phrase of a noun group; category and side are canonical or "".
struct CountWord : Located {
  std::string category;
  std::string side;
};

// Up to three modifiers and the head noun: "fallen soldiers", "Ukrainian prisoners of war".
struct NounGroup {
  std::vector<CountWord> modifiers;
  CountWord head;
};

// "of the released prisoners were": the whole a subset is taken from.
struct SubsetTail {
  std::string opener;  // "of the", "of them"
  boost::optional<NounGroup> whole;
};

// "-for-1,000", " for a thousand": the other half of an N-for-N swap.
struct PairTail {
  std::string joiner;
  NumberPhrase number;
};

struct ScopeMarker : Located {
  std::string scope;  // canonical Scope name
  bool attached = true;
};

// One counted item: "[frame] [a total of] [qualifier] number [for number] [of the ... were]
// [noun group [and noun group]...] [scope marker]".
struct CountItem : Located {
  boost::optional<std::string> frame;         // category from "bodies of", "death toll rose to"
  boost::optional<ScopeMarker> prefix_scope;  // "a total of"
  boost::optional<std::string> qualifier;     // canonical Qualifier name
  NumberPhrase number;
  boost::optional<PairTail> pair;  // "1,000-for-1,000", "a thousand for a thousand"
  boost::optional<SubsetTail> subset;
  std::vector<NounGroup> nouns;  // coordinated: "prisoners of war and civilians"
  boost::optional<ScopeMarker> scope;
};

// Items joined by commas and "and": "270 military personnel and 120 civilians each".
struct CountList : Located {
  std::vector<CountItem> items;
  bool list = true;
};

}  // namespace crosscheck::grammars::ast
