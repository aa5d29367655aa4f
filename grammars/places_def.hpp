// The place grammar's X3 parts: a preposition, then a gazetteer name or a run of capitalised
// words with an optional kind noun. No semantic actions: PlaceGrammar lowers the AST into
// PlaceMention.
#pragma once

#include "grammars/lexicon_symbols.hpp"
#include "grammars/places_ast_adapted.hpp"
#include "grammars/places_rules.hpp"

namespace crosscheck::grammars::places {

template <SymbolTable Symbols::*Member>
using table = lexicon_symbol_parser<symbols_tag, Symbols, Member>;

preposition_type const preposition_rule = "preposition";
gazetteer_name_type const gazetteer_name_rule = "gazetteer_name";
place_name_type const place_name_rule = "place_name";
place_head_type const place_head_rule = "place_head";

// At most this many capitalised words make one name ("San Juan de la Cruz" is not read whole).
constexpr int max_name_words = 4;

auto const name_word = !table<&Symbols::stopwords>{} >> capitalized_word;

auto const preposition_rule_def = table<&Symbols::prepositions>{};
auto const gazetteer_name_rule_def = table<&Symbols::names>{};
auto const place_head_rule_def = table<&Symbols::heads>{};
auto const place_name_rule_def = x3::raw[name_word >> x3::repeat(0, max_name_words - 1)[name_word]] >>
                                 (place_head_rule | x3::attr(std::string()));

BOOST_SPIRIT_DEFINE(preposition_rule, gazetteer_name_rule, place_name_rule, place_head_rule)

}  // namespace crosscheck::grammars::places
