// The superlative grammar:
//   adjective [-][scope] [modifiers] [subject] [link|verb Place... | the place-noun]
//   [since-clause | scope | look-back]
// No semantic actions: SuperlativeGrammar lowers the AST into SuperlativeMention.
#pragma once

#include "grammars/lexicon_symbols.hpp"
#include "grammars/superlatives_ast_adapted.hpp"
#include "grammars/superlatives_rules.hpp"

namespace crosscheck::grammars::superlatives {

template <SymbolTable Symbols::*Member>
using table = lexicon_symbol_parser<symbols_tag, Symbols, Member>;

superlative_type const superlative_rule = "superlative";
since_clause_type const since_clause_rule = "since_clause";

auto const since_word = x3::lexeme[(x3::lit("since") | x3::lit("Since")) >> word_end];
auto const in_word = x3::lexeme[x3::lit("in") >> word_end];
auto const and_word = x3::lexeme[x3::lit("and") >> word_end];
auto const years_word = x3::lexeme[x3::lit("years") >> word_end];
auto const year4 = x3::lexeme[x3::uint_parser<unsigned, 10, 4, 4>{} >> word_end];

auto const the_word = x3::lexeme[x3::lit("the") >> word_end];

// "in Japan", "on Kyiv and Kharkiv", "to hit the country", "in the Southeast Asian nation"
auto const place = x3::omit[(table<&Symbols::place_links>{} | table<&Symbols::place_verbs>{}) >>
                            ((capitalized_word >> x3::repeat(0, 3)[-and_word >> capitalized_word]) |
                             (the_word >> x3::repeat(0, 3)[capitalized_word] >> table<&Symbols::place_nouns>{}))];

auto const in_date = x3::rule<struct in_date_class, ast::SinceInDate>{"in_date"} =
    x3::omit[in_word] >> -table<&Symbols::months>{} >> year4;

auto const since_clause_rule_def = x3::omit[since_word] >> x3::omit[-table<&Symbols::determiners>{}] >>
                                   &(year4 | table<&Symbols::since_events>{} | table<&Symbols::months>{}) >> -year4 >>
                                   -table<&Symbols::since_events>{} >> -table<&Symbols::months>{} >> -year4 >> -in_date;

auto const subject_text = x3::rule<struct subject_text_class, std::string>{"subject"} =
    x3::raw[table<&Symbols::subjects>{}];
auto const scope_text = x3::rule<struct scope_text_class, std::string>{"scope_text"} =
    x3::raw[table<&Symbols::scopes>{}];
auto const pre_scope_text = x3::rule<struct pre_scope_text_class, std::string>{"pre_scope_text"} =
    x3::raw[table<&Symbols::pre_scopes>{}];
// "in 25 years": the digits only.
auto const numeric_lookback = x3::rule<struct numeric_lookback_class, std::string>{"numeric_lookback"} =
    x3::omit[in_word] >>
    (x3::rule<struct digits_class, std::string>{"digits"} = x3::lexeme[x3::raw[ascii_digits >> word_end]]) >>
    x3::omit[years_word];

auto const superlative_rule_def =
    table<&Symbols::adjectives>{} >>
    -(x3::omit[-x3::lit('-')] >> pre_scope_text) >> x3::omit[*table<&Symbols::subject_modifiers>{}] >> -subject_text
    >> x3::omit[-place] >> -since_clause_rule >> -scope_text >> -(table<&Symbols::lookbacks>{} | numeric_lookback);

BOOST_SPIRIT_DEFINE(superlative_rule, since_clause_rule)

}  // namespace crosscheck::grammars::superlatives
