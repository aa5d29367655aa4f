// Rule declarations of the dates grammar, the symbol tables it reads from the parse context,
// and the one context type it is instantiated for (dates.cpp).
#pragma once

#include <functional>
#include <string>

#include "grammars/config.hpp"
#include "grammars/dates_ast.hpp"

namespace crosscheck::grammars {

// Every vocabulary table the dates grammar uses, filled from the date_* sections of the
// lexicon by DateGrammar and handed to the rules through x3::with<date_symbols_tag>.
struct DateSymbols {
  SymbolTable months, weekdays, ordinal_suffixes, weekday_modifiers, unit_modifiers, units, units_plural, casual_days,
      narrative_days, narrative_days_before_after, weekend_phrases, parts, ago, shifts, shifts_before_after, amounts,
      range_words, between, between_joins, year_prepositions, year_followers, day_of, year_links,
      weekday_post_modifiers, unit_articles, unit_post_modifiers, leading_shifts, holidays, month_prepositions;
};

struct date_symbols_tag;

namespace dates_rules {

struct date_expression_class;
using date_expression_type = x3::rule<date_expression_class, dates_ast::DateExpression>;
BOOST_SPIRIT_DECLARE(date_expression_type)

using context_type = x3::context<date_symbols_tag, std::reference_wrapper<const DateSymbols>, x3::unused_type>;

}  // namespace dates_rules

// The whole grammar: one date expression starting exactly at the first iterator.
dates_rules::date_expression_type const& date_expression();

}  // namespace crosscheck::grammars
