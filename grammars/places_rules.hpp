// Declares the place rules, the symbol tables they read through the parse context, and the
// one context type they are instantiated for (see places.cpp).
#pragma once

#include <functional>

#include "grammars/config.hpp"
#include "grammars/places_ast.hpp"
#include "grammars/stages_parsers.hpp"

namespace crosscheck::grammars::places {

// Filled from the lexicon sections place_* (lexicon/en/places.yaml), and months and weekdays
// (dates.yaml) as stop words.
struct Symbols {
  SymbolTable prepositions, names, heads, stopwords;
};

struct symbols_tag;
using skipper_type = ascii_space_parser;
using context_type =
    x3::context<symbols_tag, const std::reference_wrapper<const Symbols>, x3::phrase_parse_context<skipper_type>::type>;

using preposition_type = x3::rule<struct preposition_class, std::string>;
using gazetteer_name_type = x3::rule<struct gazetteer_name_class, std::string>;
using place_name_type = x3::rule<struct place_name_class, ast::PlaceName>;
using place_head_type = x3::rule<struct place_head_class, std::string>;
BOOST_SPIRIT_DECLARE(preposition_type, gazetteer_name_type, place_name_type, place_head_type)

// "in", "near", "off the coast of": canonical from place_prepositions.
preposition_type const& preposition();
// A name of the gazetteer as written ("the Philippines", "U.S."): its canonical name.
gazetteer_name_type const& gazetteer_name();
// One to four capitalised words, none a stop word, and an optional kind noun ("Norland
// province").
place_name_type const& place_name();
// "province", "town": canonical kind from place_heads.
place_head_type const& place_head();

}  // namespace crosscheck::grammars::places
