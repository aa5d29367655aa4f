// Bridges the lexicon (data) and X3: fills x3::symbols tables from lexicon sections, with the
// case variants spelled out (x3::no_case calls tolower per character and was 2.2x slower),
// and a parser that finds its table through the parse context instead of a global.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "checker/lexicon/lexicon.hpp"
#include "grammars/config.hpp"

namespace crosscheck::grammars {

// The spellings a phrase can take in running text: as written, as written opening a sentence,
// lower case, Capitalized, Title Case (a headline's), UPPER.
std::vector<std::string> case_variants(std::string_view phrase, bool title_case = true);

// Adds every entry of `section` (all case variants) with its canonical value. An empty table
// takes the one tree every table of the same section's words shares (built once per process);
// a table given a second section gets its own copy first. So a table filled here is extended
// only through here, never by its own add().
void fill_symbols(SymbolTable& table, const Lexicon& lexicon, std::string_view section);

// True when the byte at `it` (or the end) cannot continue a word: symbol matches must end
// on a word boundary so "each" does not match "eachother".
inline bool at_word_boundary(iterator_type it, iterator_type last) {
  if (it == last) return true;
  const auto c = static_cast<unsigned char>(*it);
  return !(std::isalnum(c) || c == '_' || c >= 0x80);
}

// Parses with the symbol table `Bundle::*Member` of the bundle stored in the context under
// `Tag` (put there once per parse call with x3::with<Tag>(std::cref(bundle))), and only at
// a word boundary.
template <class Tag, class Bundle, SymbolTable Bundle::*Member>
struct lexicon_symbol_parser : x3::parser<lexicon_symbol_parser<Tag, Bundle, Member>> {
  using attribute_type = std::string;
  static bool const has_attribute = true;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext, Attribute& attr) const {
    const Bundle& bundle = x3::get<Tag>(context).get();
    Iterator save = first;
    std::string value;
    if (!(bundle.*Member).parse(first, last, context, rcontext, value)) return false;
    if (!at_word_boundary(first, last)) {
      first = save;
      return false;
    }
    x3::traits::move_to(value, attr);
    return true;
  }
};

}  // namespace crosscheck::grammars
