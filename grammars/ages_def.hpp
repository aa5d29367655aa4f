// The age grammar's X3 parts. No semantic actions: AgeGrammar lowers the AST into AgeMention.
// The words come from the lexicon; the only literals are punctuation.
#pragma once

#include "grammars/ages_ast_adapted.hpp"
#include "grammars/ages_rules.hpp"
#include "grammars/lexicon_symbols.hpp"

namespace crosscheck::grammars::ages {

template <SymbolTable Symbols::*Member>
using table = lexicon_symbol_parser<symbols_tag, Symbols, Member>;

after_name_type const after_name_rule = "after_name";
before_name_type const before_name_rule = "before_name";

// A name is two to four capitalised words: one word alone ("Gonen, 24") may be a place or a
// sentence's first word.
constexpr int max_name_words = 4;

auto const name_word = !table<&Symbols::stopwords>{} >> capitalized_word;
auto const person = x3::raw[name_word >> x3::repeat(1, max_name_words - 1)[name_word]];
// Ages of people: one to three digits, not part of a longer number ("24,000").
auto const age_number =
    x3::lexeme[x3::uint_ >> !x3::lit(',') >> !ascii_digits] | x3::lexeme[x3::uint_ >> &(x3::lit(',') >> !ascii_digits)];
// What may follow the age: punctuation or the end ("Romi Gonen, 24, was", "Sharabi, 52.").
auto const age_end = &(x3::lit(',') | x3::lit('.') | x3::lit(';') | x3::lit(')') | x3::eoi);

// ("Iair Horn, de 49 años,": a unit of age_units may follow the number)
auto const after_name_rule_def = person >> ((x3::lit(',') >> x3::omit[-table<&Symbols::before_number>{}] >>
                                             age_number >> x3::omit[-table<&Symbols::units>{}] >> age_end) |
                                            (x3::lit('(') >> age_number >> x3::lit(')')));
auto const before_name_rule_def = x3::lexeme[x3::uint_ >> x3::omit[table<&Symbols::after_number>{}]] >>
                                  x3::omit[x3::repeat(0, 2)[lowercase_word]] >> person;

BOOST_SPIRIT_DEFINE(after_name_rule, before_name_rule)

}  // namespace crosscheck::grammars::ages
