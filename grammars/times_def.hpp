// The time-of-day grammar's X3 parts: a clock reading and the words around it (lead,
// qualifier, a.m./p.m., zone, a conversion in parentheses). No semantic actions:
// TimeGrammar lowers the AST into TimeMention.
#pragma once

#include "grammars/lexicon_symbols.hpp"
#include "grammars/times_ast_adapted.hpp"
#include "grammars/times_rules.hpp"

namespace crosscheck::grammars::times {

template <SymbolTable Symbols::*Member>
using table = lexicon_symbol_parser<symbols_tag, Symbols, Member>;

clock_type const clock_rule = "clock";
four_digits_type const four_digits_rule = "four_digits";
bare_hour_type const bare_hour_rule = "bare_hour";
meridiem_type const meridiem_rule = "meridiem";
zone_type const zone_rule = "zone";
lead_type const lead_rule = "lead";
qualifier_type const qualifier_rule = "qualifier";
open_conversion_type const open_conversion_rule = "open_conversion";
close_conversion_type const close_conversion_rule = "close_conversion";

auto const hour_digits = x3::uint_parser<unsigned, 10, 1, 2>{};
auto const minute_digits = x3::uint_parser<unsigned, 10, 2, 2>{};
// No digit, and no ",5" or ".5" continuing a number ("1:50,000" is a scale, not a time).
auto const ascii_digit = x3::char_('0', '9');
auto const number_end = !(ascii_digit | ((x3::lit(',') | x3::lit('.')) >> ascii_digit));

auto const clock_rule_def = x3::lexeme[hour_digits >> (x3::char_(':') | x3::char_('.')) >> minute_digits >> number_end];
auto const four_digits_rule_def = x3::lexeme[x3::uint_parser<unsigned, 10, 4, 4>{} >> number_end >> word_end];
auto const bare_hour_rule_def = x3::lexeme[hour_digits >> number_end];
auto const meridiem_rule_def = table<&Symbols::meridiems>{};
auto const zone_rule_def = table<&Symbols::zones>{};
auto const lead_rule_def = table<&Symbols::leads>{};
auto const qualifier_rule_def = table<&Symbols::qualifiers>{};
auto const open_conversion_rule_def = x3::lit('(');
auto const close_conversion_rule_def = x3::lit(')');

BOOST_SPIRIT_DEFINE(clock_rule, four_digits_rule, bare_hour_rule, meridiem_rule, zone_rule, lead_rule, qualifier_rule,
                    open_conversion_rule, close_conversion_rule)

}  // namespace crosscheck::grammars::times
