// Definitions of the dates grammar. No semantic actions: the rules only build the AST of
// dates_ast.hpp; which readings are dates at all (day ranges, ambiguous numeric dates, "this
// Friday") is decided by the lowering pass in dates_grammar.cpp.
#pragma once

#include "grammars/dates_ast.hpp"
#include "grammars/dates_ast_adapted.hpp"
#include "grammars/dates_rules.hpp"
#include "grammars/lexicon_symbols.hpp"

namespace crosscheck::grammars::dates_rules {

template <SymbolTable DateSymbols::*Member>
using table = lexicon_symbol_parser<date_symbols_tag, DateSymbols, Member>;

// Character classes as ranges: the standard encoding's isdigit/isalnum assert on bytes of
// UTF-8 text (en dashes, curly quotes), which are never digits or letters here.
auto const digit = x3::char_('0', '9');
auto const alnum = x3::char_("0-9a-zA-Z");
auto const lower = x3::char_('a', 'z');
// Whitespace is explicit: every token boundary matters for what follows it.
auto const ws = x3::omit[+x3::char_(" \t\r\n")];
// "the day before the talks": a lower-case word after a phrase makes it relative to
// something other than the narrative date, so such phrases are left alone.
auto const no_lower_word_follows = !(ws >> lower);
auto const dash = x3::lit('-') | x3::lit("\xE2\x80\x93") | x3::lit("\xE2\x80\x94");

// A day of the month: one or two digits, an optional ordinal suffix, and nothing glued on
// ("10:30", "23.5", "23rd-placed" are not days).
auto const day_number = x3::uint_parser<unsigned, 10, 1, 2>{} >> !digit >>
                        -x3::omit[table<&DateSymbols::ordinal_suffixes>{}] >> !(alnum | (x3::char_(":./") >> digit));
// Years 1900-2099 only: other four-digit numbers are counts.
auto const year_number = &(x3::lit("19") | x3::lit("20")) >> x3::uint_parser<int, 10, 4, 4>{} >> !alnum;
// ", 2025", " 2025", " de 2025" (date_year_links).
auto const year_tail = -x3::lit(',') >> ws >> -(x3::omit[table<&DateSymbols::year_links>{}] >> ws) >> year_number;
auto const two_digits = x3::uint_parser<unsigned, 10, 2, 2>{};
auto const one_or_two_digits = x3::uint_parser<unsigned, 10, 1, 2>{};

x3::rule<class range_end_class, unsigned> const range_end = "range_end";
x3::rule<class month_first_class, dates_ast::MonthFirstDate> const month_first = "month_first";
x3::rule<class day_first_class, dates_ast::DayFirstDate> const day_first = "day_first";
x3::rule<class between_month_first_class, dates_ast::MonthFirstDate> const between_month_first = "between_month_first";
x3::rule<class between_day_first_class, dates_ast::DayFirstDate> const between_day_first = "between_day_first";
x3::rule<class month_first_range_class, dates_ast::MonthFirstRange> const month_first_range = "month_first_range";
x3::rule<class day_first_range_class, dates_ast::DayFirstRange> const day_first_range = "day_first_range";
x3::rule<class between_month_first_range_class, dates_ast::MonthFirstRange> const between_month_first_range =
    "between_month_first_range";
x3::rule<class between_day_first_range_class, dates_ast::DayFirstRange> const between_day_first_range =
    "between_day_first_range";
x3::rule<class calendar_date_class, dates_ast::CalendarDate> const calendar_date = "calendar_date";
x3::rule<class attached_date_class, dates_ast::CalendarDate> const attached_date = "attached_date";
x3::rule<class weekday_date_class, dates_ast::WeekdayDate> const weekday_date = "weekday_date";
x3::rule<class month_year_class, dates_ast::MonthYear> const month_year = "month_year";
x3::rule<class month_alone_class, dates_ast::MonthYear> const month_alone = "month_alone";
x3::rule<class numeric_month_year_class, dates_ast::MonthYear> const numeric_month_year = "numeric_month_year";
x3::rule<class iso_date_class, dates_ast::IsoDate> const iso_date = "iso_date";
x3::rule<class numeric_date_class, dates_ast::NumericDate> const numeric_date = "numeric_date";
x3::rule<class year_only_class, dates_ast::YearOnly> const year_only = "year_only";
x3::rule<class holiday_date_class, dates_ast::HolidayDate> const holiday_date = "holiday_date";
x3::rule<class casual_day_class, dates_ast::CasualDay> const casual_day = "casual_day";
x3::rule<class narrative_day_class, dates_ast::NarrativeDay> const narrative_day = "narrative_day";
x3::rule<class weekend_phrase_class, dates_ast::WeekendPhrase> const weekend_phrase = "weekend_phrase";
x3::rule<class part_of_unit_class, dates_ast::PartOfUnit> const part_of_unit = "part_of_unit";
x3::rule<class relative_unit_class, dates_ast::RelativeUnitDate> const relative_unit = "relative_unit";
x3::rule<class unit_first_class, dates_ast::UnitFirstDate> const unit_first = "unit_first";
x3::rule<class leading_shift_class, dates_ast::LeadingShiftDate> const leading_shift = "leading_shift";
x3::rule<class amount_class, std::string> const amount = "amount";
x3::rule<class any_unit_class, std::string> const any_unit = "any_unit";
x3::rule<class shift_class, std::string> const shift = "shift";
x3::rule<class shifted_date_class, dates_ast::ShiftedDate> const shifted_date = "shifted_date";
date_expression_type const date_expression = "date_expression";

auto const month = table<&DateSymbols::months>{};
auto const unit = table<&DateSymbols::units>{};

auto const range_end_def =
    (-ws >> dash >> -ws >> day_number) | (ws >> x3::omit[table<&DateSymbols::range_words>{}] >> ws >> day_number);
auto const month_first_def = month >> ws >> day_number >> -range_end >> -year_tail;
auto const day_first_def = day_number >> -range_end >> ws >> -(x3::omit[table<&DateSymbols::day_of>{}] >> ws) >> month
                           >> -year_tail;
auto const between_join = ws >> x3::omit[table<&DateSymbols::between_joins>{}] >> ws;
auto const between_month_first_def = x3::omit[table<&DateSymbols::between>{}] >> ws >> month >> ws >> day_number >>
                                     between_join >> day_number >> -year_tail;
auto const between_day_first_def = x3::omit[table<&DateSymbols::between>{}] >> ws >> day_number >> between_join >>
                                   day_number >> ws >> -(x3::omit[table<&DateSymbols::day_of>{}] >> ws) >> month >>
                                   -year_tail;
auto const range_join = (-ws >> dash >> -ws) | (ws >> x3::omit[table<&DateSymbols::range_words>{}] >> ws);
auto const day_of = -(x3::omit[table<&DateSymbols::day_of>{}] >> ws);
auto const between_open = x3::omit[table<&DateSymbols::between>{}] >> ws;
auto const month_first_range_def = month >> ws >> day_number >> range_join >> month >> ws >> day_number >> -year_tail;
auto const day_first_range_def =
    day_number >> ws >> day_of >> month >> range_join >> day_number >> ws >> day_of >> month >> -year_tail;
auto const between_month_first_range_def =
    between_open >> month >> ws >> day_number >> between_join >> month >> ws >> day_number >> -year_tail;
auto const between_day_first_range_def = between_open >> day_number >> ws >> day_of >> month >> between_join >>
                                         day_number >> ws >> day_of >> month >> -year_tail;
// Ranges across months before the one-month forms, which would stop after the first date.
auto const calendar_date_def = between_month_first_range | between_day_first_range | between_month_first |
                               between_day_first | month_first_range | day_first_range | month_first | day_first;
auto const attached_date_def =
    (-x3::lit(',') >> ws >> calendar_date) | (ws >> x3::lit('(') >> -ws >> calendar_date >> -ws >> x3::lit(')'));
auto const weekday_date_def = -(table<&DateSymbols::weekday_modifiers>{} >> ws) >> table<&DateSymbols::weekdays>{} >>
                              -attached_date >> -(ws >> table<&DateSymbols::weekday_post_modifiers>{});
auto const month_year_def = month >> ws >> year_number;
// "in June", "since March": a month without a day or a year, after a preposition of
// date_month_prepositions (year 0: the year is resolved against the anchor). Not "in June
// 2022" (month_year) nor "in June 23" (calendar_date), which the other forms read.
auto const month_alone_def = x3::omit[table<&DateSymbols::month_prepositions>{}] >> ws >> month >> x3::attr(0) >> !alnum
                             >> !(ws >> digit) >> !(x3::lit(',') >> ws >> year_number);
// "in 3/2024", "12/2022": a month and a year in figures (the month checked in lowering).
auto const numeric_month_year_def = x3::raw[one_or_two_digits] >> x3::lit('/') >> year_number >>
                                    !(x3::char_("/.-") >> digit);
auto const iso_date_def = year_number >> x3::lit('-') >> two_digits >> x3::lit('-') >> two_digits >> !alnum;
auto const numeric_date_def =
    (one_or_two_digits >> x3::char_('/') >> one_or_two_digits >> x3::lit('/') >> year_number) |
    (one_or_two_digits >> x3::char_('.') >> one_or_two_digits >> x3::lit('.') >> year_number >>
     !(x3::lit('.') >> digit));
auto const year_only_def = x3::omit[table<&DateSymbols::year_prepositions>{}] >> ws >> year_number >>
                           !(dash | x3::lit('/')) >>
                           (no_lower_word_follows | &(ws >> table<&DateSymbols::year_followers>{}));
// "New Year's Day", "Christmas Day 2004"; not "the July Fourth weekend" (a period)
auto const holiday_date_def = table<&DateSymbols::holidays>{} >> -year_tail >>
                              !(ws >> (table<&DateSymbols::units>{} | table<&DateSymbols::units_plural>{}));
auto const casual_day_def = table<&DateSymbols::casual_days>{};
auto const narrative_day_def = table<&DateSymbols::narrative_days>{} |
                               (table<&DateSymbols::narrative_days_before_after>{} >> no_lower_word_follows);
auto const weekend_phrase_def = table<&DateSymbols::weekend_phrases>{};
auto const part_of_unit_def = table<&DateSymbols::parts>{} >> ws >> table<&DateSymbols::unit_modifiers>{} >> ws >> unit;
auto const relative_unit_def = table<&DateSymbols::unit_modifiers>{} >> ws >> unit;
auto const unit_first_def =
    -(x3::omit[table<&DateSymbols::unit_articles>{}] >> ws) >> unit >> ws >> table<&DateSymbols::unit_post_modifiers>{};
auto const amount_def = (+digit >> !alnum) | table<&DateSymbols::amounts>{};
auto const any_unit_def = unit | table<&DateSymbols::units_plural>{};
auto const shift_def = table<&DateSymbols::ago>{} | table<&DateSymbols::shifts>{} |
                       (table<&DateSymbols::shifts_before_after>{} >> no_lower_word_follows);
auto const shifted_date_def = amount >> ws >> any_unit >> ws >> shift;
auto const leading_shift_def = table<&DateSymbols::leading_shifts>{} >> ws >> amount >> ws >> any_unit;

// Order matters (first match wins): a weekday with its date before the bare weekday, the
// calendar forms before the year-only form, the narrative and weekend phrases (which start
// with "the"/"over") before the modifier forms.
auto const date_expression_def = holiday_date | weekday_date | month_year | calendar_date | iso_date | numeric_date |
                                 numeric_month_year | year_only | month_alone | casual_day | narrative_day |
                                 weekend_phrase | part_of_unit | relative_unit | unit_first | shifted_date |
                                 leading_shift;

BOOST_SPIRIT_DEFINE(range_end, month_first, day_first, between_month_first, between_day_first, month_first_range,
                    day_first_range, between_month_first_range, between_day_first_range, calendar_date, attached_date,
                    weekday_date, month_year, month_alone, numeric_month_year, iso_date, numeric_date, year_only,
                    holiday_date, casual_day, narrative_day, weekend_phrase, part_of_unit, relative_unit, unit_first,
                    amount, any_unit, shift, shifted_date, leading_shift, date_expression)

}  // namespace crosscheck::grammars::dates_rules
