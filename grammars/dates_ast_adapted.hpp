// Fusion adaptation of the dates AST, kept apart from the structs as in the X3 examples.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammars/dates_ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates_ast::MonthFirstDate, month, day, end_day, year)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates_ast::DayFirstDate, day, end_day, month, year)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates_ast::MonthFirstRange, month, day, end_month, end_day, year)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates_ast::DayFirstRange, day, month, end_day, end_month, year)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates_ast::WeekdayDate, modifier, weekday, date, post_modifier)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates_ast::MonthYear, month, year)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates_ast::IsoDate, year, month, day)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates_ast::NumericDate, first, separator, second, year)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates_ast::YearOnly, year)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates_ast::HolidayDate, month_day, year)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates_ast::CasualDay, offset)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates_ast::NarrativeDay, offset)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates_ast::WeekendPhrase, modifier)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates_ast::RelativeUnitDate, modifier, unit)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates_ast::UnitFirstDate, unit, modifier)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates_ast::PartOfUnit, part, modifier, unit)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates_ast::ShiftedDate, amount, unit, shift)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates_ast::LeadingShiftDate, shift, amount, unit)
