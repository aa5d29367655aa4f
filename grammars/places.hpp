// Place mentions: where an event happened, read after a preposition ("in Norland province",
// "near Port Avery", "off the coast of Calder Island"), with the gazetteer of
// lexicon/en/places.yaml (canonical names, kinds, what lies within what). The public API of
// the place grammar.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/lexicon/lexicon.hpp"

namespace crosscheck::grammars {

struct PlaceMention {
  std::size_t begin = 0, end = 0;   // "near Port Avery", "in Norland province"
  std::size_t name_begin = 0;       // where the name starts
  std::string preposition;          // canonical: in, near, off, at
  std::string name;                 // as written, without a kind noun ("Norland")
  std::string canonical;            // the gazetteer's name, "" when the place is not in it
  std::string kind;                 // country, region, city ("" unknown): gazetteer, else the kind noun
  std::vector<std::string> within;  // the gazetteer places it lies within, nearest first
  std::string country;              // itself or the first place it lies within of kind country, "" unknown
  std::string text;
};

// Rules of reading (precision first: a capitalised word after "in" is often a person, a month
// or an organisation):
// - Only right after a preposition of place_prepositions; the name starts with a capital.
// - A gazetteer name is read as the gazetteer writes it ("the Philippines", "U.S."), unless
//   another capitalised word follows it ("Java Sea" is not Java).
// - Otherwise one to four capitalised words, none of them a stop word (place_stopwords,
//   months, weekdays), with an optional kind noun after them ("Norland province").
// Whether the clause speaks of where an event happened is the claims pass's concern.
class PlaceGrammar {
 public:
  explicit PlaceGrammar(const Lexicon& lexicon);
  ~PlaceGrammar();
  PlaceGrammar(PlaceGrammar&&) noexcept;
  PlaceGrammar& operator=(PlaceGrammar&&) noexcept;

  // Left to right, non-overlapping; positions are offsets into `sentence`.
  std::vector<PlaceMention> parse(std::string_view sentence) const;

  // A name as written ("Haiti", "the Dominican Republic") in the gazetteer: its canonical name,
  // then the places it lies within, nearest first ("Haiti", "Hispaniola", "Caribbean"); empty
  // when the gazetteer does not know it.
  std::vector<std::string> lineage(std::string_view name) const;

 private:
  struct Tables;
  std::unique_ptr<Tables> tables_;
};

}  // namespace crosscheck::grammars
