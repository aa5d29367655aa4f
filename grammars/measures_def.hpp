// The measure grammar's X3 parts: the frames around a measure's number (an age word and its
// group before it, a unit and a measure word after it). The number itself is NumberGrammar's.
// No semantic actions: MeasureGrammar lowers the AST into MeasureMention.
#pragma once

#include "grammars/lexicon_symbols.hpp"
#include "grammars/measures_ast_adapted.hpp"
#include "grammars/measures_rules.hpp"

namespace crosscheck::grammars::measures {

template <SymbolTable Symbols::*Member>
using table = lexicon_symbol_parser<symbols_tag, Symbols, Member>;

age_lead_type const age_lead_rule = "age_lead";
age_unit_type const age_unit_rule = "age_unit";
age_after_number_type const age_after_number_rule = "age_after_number";
age_end_type const age_end_rule = "age_end";
softener_type const softener_rule = "softener";
article_type const article_rule = "article";
measure_lead_type const measure_lead_rule = "measure_lead";
measure_unit_type const measure_unit_rule = "measure_unit";
measure_after_type const measure_after_rule = "measure_after";

// At most this many words name the group between the age word and its verb.
constexpr int max_group_words = 6;

auto const age_lead_rule_def = table<&Symbols::age_words>{} >>
                               x3::raw[x3::repeat(0, max_group_words)[table<&Symbols::age_subjects>{}]] >>
                               x3::omit[-x3::lit(',')] >> x3::matches[table<&Symbols::age_verbs>{}];

auto const age_unit_rule_def = x3::matches[x3::lit('-')] >> table<&Symbols::age_units>{};

auto const age_after_number_rule_def = x3::omit[x3::lit(',')] >> x3::omit[-table<&Symbols::age_verbs>{}] >>
                                       x3::omit[table<&Symbols::age_determiners>{}] >> table<&Symbols::age_words>{};

// A typographic quote or dash (U+2010..U+203F start with E2 80) ends a clause too.
auto const clause_mark =
    x3::lit(',') | x3::lit('.') | x3::lit(';') | x3::lit(':') | x3::lit(')') | x3::lit('"') | x3::lit("\xE2\x80");
auto const age_end_rule_def = &(x3::eoi | clause_mark | table<&Symbols::age_followers>{});

auto const softener_rule_def = table<&Symbols::softeners>{};
auto const article_rule_def = table<&Symbols::articles>{};

auto const measure_lead_rule_def =
    table<&Symbols::words_before>{} >> x3::omit[-x3::lit('-')] >> x3::omit[-table<&Symbols::links>{}];

auto const measure_unit_rule_def = x3::matches[x3::lit('-')] >> table<&Symbols::units>{};

// "10 km (6 miles) deep": a conversion in parentheses may stand before the measure word.
constexpr int max_conversion_chars = 24;
auto const conversion = x3::lit('(') >> x3::lexeme[x3::repeat(1, max_conversion_chars)[x3::char_ - x3::lit(')')]] >>
                        x3::lit(')');

auto const measure_after_rule_def = x3::omit[-conversion] >> x3::omit[-x3::lit('-')] >> table<&Symbols::words_after>{};

BOOST_SPIRIT_DEFINE(age_lead_rule, age_unit_rule, age_after_number_rule, age_end_rule, softener_rule, article_rule,
                    measure_lead_rule, measure_unit_rule, measure_after_rule)

}  // namespace crosscheck::grammars::measures
