// The syntax tree of a count phrase before lowering: the number (from the numbers family),
// the words around it with the lexicon's canonical values, and where each piece was found.
#pragma once

#include <boost/optional.hpp>
#include <string>
#include <vector>

#include "grammars/numbers_ast.hpp"

namespace crosscheck::grammars::ast {

// One word or lexicon phrase of a noun group; category and side are canonical or "". A
// category adjective ("military", "civilian") has its category marked with a leading '+'.
struct CountWord : Located {
  std::string category;
  std::string side;
};

// Up to three modifiers, the head noun and, in languages that put it there, a side adjective
// after the noun: "fallen soldiers", "Ukrainian prisoners of war", "militari russi".
struct NounGroup {
  std::vector<CountWord> modifiers;
  CountWord head;
  boost::optional<CountWord> trailing;
};

// The verb that governs a number with no noun: "released" in "each released 180",
// "exchanged" in "the number of those exchanged amounts to 2,400".
struct Governor : Located {
  std::string property;
  bool running = false;  // "the number of those ... amounts to": everyone so far
};

// "-person prisoner exchange" in "a 24-person prisoner exchange": the counted noun written
// as a compound adjective, and the event word it qualifies.
struct CompoundTail {
  std::string category;
  std::string event;
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

// One counted item: "[frame] [verb] [a total of] [another] [qualifier] number [for number]
// [-person exchange] [of the ... were] [noun group [and noun group]...] [scope marker]".
struct CountItem : Located {
  boost::optional<std::string> frame;         // category from "bodies of", "death toll rose to"
  boost::optional<Governor> governor;         // "released 180", "the number of those freed is 30"
  boost::optional<ScopeMarker> prefix_scope;  // "a total of"
  boost::optional<std::string> additive;      // "another", "a further"
  boost::optional<std::string> qualifier;     // canonical Qualifier name
  NumberPhrase number;
  boost::optional<PairTail> pair;  // "1,000-for-1,000", "a thousand for a thousand"
  boost::optional<CompoundTail> compound;
  boost::optional<SubsetTail> subset;
  std::vector<NounGroup> nouns;  // coordinated: "prisoners of war and civilians"
  boost::optional<ScopeMarker> scope;
  // "who had been serving life sentences": a clause that says which people the number counts
  // (count_defining_clauses), canonical
  boost::optional<std::string> defined_by;
  bool bare_end = false;   // the number ends its phrase: punctuation or a function word follows
  bool predicate = false;  // a property verb follows: "31 were released", "24 died"
};

// Items joined by commas and "and": "270 military personnel and 120 civilians each".
struct CountList : Located {
  std::vector<CountItem> items;
  bool list = true;
};

}  // namespace crosscheck::grammars::ast
