// Public face of the counts family: finds "qualifier + number + noun + scope" phrases in a
// sentence ("more than 1,000 prisoners on each side") and lowers them into CountMentions for
// the claims layer. Vocabulary: lexicon/en/counts.yaml, numbers.yaml and the verbs and event
// words of events.yaml, extended per language by lexicon/<lang>/ (docs/languages.md).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/lexicon/lexicon.hpp"
#include "grammars/numbers.hpp"
#include "grammars/vocabulary.hpp"

namespace crosscheck::grammars {

struct CountMention {
  std::size_t begin = 0, end = 0;  // whole phrase in the parsed text: qualifier .. noun/scope marker
  std::size_t number_begin = 0, number_end = 0;
  double value = 0;                // the number as stated (low end of a range)
  std::optional<double> value_hi;  // "300 to 400", "300-400", "between 300 and 400"
  double lo = 0, hi = 0;           // interval after lowering the qualifier (hi = +inf when open)
  Qualifier qualifier = Qualifier::exact;
  bool vague = false;                // "dozens", "hundreds", "thousands of"
  std::string category;              // canonical, from lexicon section count_categories; "" when no noun
  std::string noun;                  // the noun as written ("military personnel")
  Scope scope = Scope::unspecified;  // only from markers attached to this phrase
  std::string scope_text;            // the marker as written ("each", "per side", "1,000-for-1,000")
  std::string side;                  // canonical side for one_side ("ukraine") from a demonym/adjective, else ""
  bool governed = false;             // no noun: a verb says what it counts ("each released 180")
  std::string verb;                  // that verb's property (count_properties), when the grammar read one
  bool continues = false;            // a bare number continuing the count before it ("..., and 180 on Friday")
  bool partitive = false;            // "Four of the deaths were in Haiti": a part of a toll told before
  bool listed = false;               // one place's figure of a list after a count ("— nine in Luzon, five in ...")
  // "Of the 43 dead, 28 were adults and 15 were children": a bare number opening a clause, a
  // copula (count_subset_copulas) and a category noun; the group is `category`, a part of the
  // count told before it (the claims layer finds that count, or drops this one).
  bool predicate_group = false;
  // The group a defining clause after the number or noun names ("121 who had been serving life
  // sentences": life_sentences, count_defining_clauses): a part of a whole told around it.
  std::string defined_by;
};

struct CountSymbols;  // the x3::symbols tables, see counts_rules.hpp

// Rules of reading (precision first, a false count costs more than a missed one):
// - A number is a count only with a category noun, an attached scope marker, an N-for-N
//   pair, a category frame ("the bodies of", "the death toll rose to"), a compound noun
//   before an event word ("a 24-person prisoner exchange", both sides in total), or a
//   property verb that governs it directly ("each released 180 in", "returned 20.", "another
//   31 were released", "the number of those exchanged amounts to 2,400"; category "",
//   `governed`). Such a bare number ends its phrase (punctuation or a function word follows),
//   is a whole number from 2 to below a million and never a year, a label or part of a token.
// - After a verb of release, a plural noun outside the lexicon that ends like a word for
//   people (count_person_suffixes: "collaborators") counts people.
// - A bare number after "and" that follows a count with only a short adverbial between them
//   continues it ("215 soldiers on Saturday, and 180 on Friday": military, `continues`); so
//   does one after a comma in a list of places, each item naming its own ("29 died in Avery
//   County, 11 in Calder and 10 in Tarn").
// - A category adjective stands for its noun when nothing follows it ("270 military and 120
//   civilians") and says what a demonym or "people" counts ("51 civilian Ukrainians").
// - "390 prisoners of war and civilians" is one mention; when the coordinated nouns differ in
//   category it is "people" (the number counts the whole mixed group, not its first part).
// - A scope marker after the last item of a list ("270 soldiers and 120 civilians each")
//   applies to every item when every item has a noun and none has its own marker.
// - A side adjective or demonym ("390 Ukrainian soldiers", "390 Ukrainians") gives side and
//   scope one_side unless a marker says otherwise; two different sides give neither.
// - Labels ("page 12", "aged 25", "Boeing 737", "May 23"), years after a preposition ("in
//   2022"), identifiers ("F-16", "COVID-19"), money, percentages and times are never counts.
class CountGrammar {
 public:
  explicit CountGrammar(const Lexicon& lexicon, NumberOptions options = {});

  std::vector<CountMention> parse(std::string_view sentence) const;  // left to right, non-overlapping

  const NumberGrammar& numbers() const { return numbers_; }

 private:
  NumberGrammar numbers_;
  std::shared_ptr<const CountSymbols> symbols_;
};

}  // namespace crosscheck::grammars
