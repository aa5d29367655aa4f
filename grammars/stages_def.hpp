// The stage grammar: [ordinal [and final] | final | relative] [-] noun [of [the] what], and
// the numbered form: noun number [of [the] what].
// No semantic actions: StageGrammar lowers the AST into StageMention.
#pragma once

#include "grammars/lexicon_symbols.hpp"
#include "grammars/stages_ast_adapted.hpp"
#include "grammars/stages_rules.hpp"

namespace crosscheck::grammars::stages {

template <SymbolTable Symbols::*Member>
using table = lexicon_symbol_parser<symbols_tag, Symbols, Member>;

stage_phrase_type const stage_phrase_rule = "stage_phrase";
numbered_stage_type const numbered_stage_rule = "numbered_stage";

auto const and_word = x3::lexeme[x3::lit("and") >> word_end];
auto const of_word = x3::lexeme[x3::lit("of") >> word_end];

// "21st": digits glued to a suffix; the attribute is the digits.
auto const digits = x3::rule<struct digits_class, std::string>{"digits"} = x3::raw[ascii_digits];
auto const digit_ordinal = x3::lexeme[digits >> x3::omit[table<&Symbols::ordinal_suffixes>{}]];
auto const ordinal = x3::rule<struct ordinal_class, std::string>{"ordinal"} =
    table<&Symbols::ordinals>{} | digit_ordinal;

auto const of_what = x3::rule<struct of_what_class, std::string>{"of_what"} =
    x3::omit[of_word] >> x3::omit[-table<&Symbols::determiners>{}] >> table<&Symbols::of_what>{};

auto const stage_phrase_rule_def =
    -ordinal >> -(-x3::omit[and_word] >> table<&Symbols::finals>{}) >>
    -table<&Symbols::relatives>{} >> x3::omit[-x3::lit('-')] >> table<&Symbols::nouns>{} >> -of_what;

auto const numbered_stage_rule_def = table<&Symbols::numbered_nouns>{} >>
                                     (table<&Symbols::cardinals>{} | x3::lexeme[digits >> word_end]) >> -of_what;

BOOST_SPIRIT_DEFINE(stage_phrase_rule, numbered_stage_rule)

}  // namespace crosscheck::grammars::stages
