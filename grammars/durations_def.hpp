// The duration grammar's X3 parts: the unit after a number, "its fourth year", and the
// subject phrases. The number itself is NumberGrammar's. No semantic actions: DurationGrammar
// lowers the AST into DurationMention.
#pragma once

#include "grammars/durations_ast_adapted.hpp"
#include "grammars/durations_rules.hpp"
#include "grammars/lexicon_symbols.hpp"

namespace crosscheck::grammars::durations {

template <SymbolTable Symbols::*Member>
using table = lexicon_symbol_parser<symbols_tag, Symbols, Member>;

duration_unit_type const duration_unit_rule = "duration_unit";
ordinal_year_type const ordinal_year_rule = "ordinal_year";
subject_after_type const subject_after_rule = "subject_after";
subject_type const subject_rule = "subject";

auto const half = x3::lexeme[x3::lit("and") >> word_end] >> x3::lexeme[(x3::lit("a") | x3::lit("one")) >> word_end] >>
                  x3::lexeme[x3::lit("half") >> word_end];

auto const duration_unit_rule_def = x3::matches[half] >> x3::matches[x3::lit('-')] >> table<&Symbols::units>{} >>
                                    !(table<&Symbols::blockers_after>{} >> !table<&Symbols::event_subjects>{});

auto const digits = x3::rule<struct digits_class, std::string>{"digits"} = x3::raw[ascii_digits];
auto const ordinal = x3::rule<struct ordinal_class, std::string>{"ordinal"} =
    table<&Symbols::ordinals>{} | x3::lexeme[digits >> x3::omit[table<&Symbols::ordinal_suffixes>{}]];

auto const ordinal_year_rule_def = x3::omit[table<&Symbols::possessives>{}] >> ordinal >> table<&Symbols::units>{};

// "for two years of brutal war": one adjective may stand before the subject. "a two-month-long
// war", "the three-year-old war": how long an event has lasted.
auto const subject_after_rule_def = (x3::omit[table<&Symbols::age_links>{}] >> table<&Symbols::event_subjects>{}) |
                                    x3::omit[-table<&Symbols::subject_links>{}] >>
                                        x3::omit[-table<&Symbols::determiners>{}] >> x3::omit[-capitalized_word] >>
                                        x3::omit[-(lowercase_word >> &table<&Symbols::subjects>{})] >>
                                        table<&Symbols::subjects>{};

auto const subject_rule_def = table<&Symbols::subjects>{};

BOOST_SPIRIT_DEFINE(duration_unit_rule, ordinal_year_rule, subject_after_rule, subject_rule)

}  // namespace crosscheck::grammars::durations
