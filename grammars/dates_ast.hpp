// AST of the dates grammar: one plain struct per written form, as parsed (canonical lexicon
// values are kept as strings). Meaning (offsets, anchors, validity) comes from the lowering
// pass in dates_grammar.cpp, never from the grammar.
#pragma once

#include <optional>
#include <string>

#include <boost/spirit/home/x3/support/ast/variant.hpp>

namespace crosscheck::grammars::dates_ast {

namespace x3 = boost::spirit::x3;

// "May 23", "Sept. 3rd, 2025", "May 23-25", "between May 23 and 25".
struct MonthFirstDate {
  std::string month;
  unsigned day = 0;
  std::optional<unsigned> end_day;
  std::optional<int> year;
};

// "23 May 2025", "23rd of May", "23 to 25 May", "between 23 and 25 May".
struct DayFirstDate {
  unsigned day = 0;
  std::optional<unsigned> end_day;
  std::string month;
  std::optional<int> year;
};

// "May 30 to June 2", "between May 30 and June 2, 2025".
struct MonthFirstRange {
  std::string month;
  unsigned day = 0;
  std::string end_month;
  unsigned end_day = 0;
  std::optional<int> year;
};

// "30 May - 2 June 2025", "between 30 May and 2 June".
struct DayFirstRange {
  unsigned day = 0;
  std::string month;
  unsigned end_day = 0;
  std::string end_month;
  std::optional<int> year;
};

struct CalendarDate : x3::variant<MonthFirstDate, DayFirstDate, MonthFirstRange, DayFirstRange> {
  using base_type::base_type;
  using base_type::operator=;
};

// "Friday", "last Friday", "Friday, May 23, 2025", "Friday (May 23)", "el viernes pasado".
struct WeekdayDate {
  std::optional<std::string> modifier;  // date_weekday_modifiers canonical value
  std::string weekday;
  std::optional<CalendarDate> date;
  std::optional<std::string> post_modifier;  // date_weekday_post_modifiers canonical value
};

// "February 2022".
struct MonthYear {
  std::string month;
  int year = 0;
};

// "2025-05-23".
struct IsoDate {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
};

// "23/05/2025", "05/23/2025", "23.05.2025": which number is the day is decided in lowering.
struct NumericDate {
  unsigned first = 0;
  char separator = '/';
  unsigned second = 0;
  int year = 0;
};

// "in 2022", "since 2014".
struct YearOnly {
  int year = 0;
};

// "New Year's Day", "Christmas Day 2004": a holiday on a fixed day (month-day), with its year
// when written.
struct HolidayDate {
  std::string month_day;
  std::optional<int> year;
};

// "yesterday", "today", "tomorrow": offset in days from publication.
struct CasualDay {
  std::string offset;
};

// "the day before", "the following day": offset in days from the narrative date.
struct NarrativeDay {
  std::string offset;
};

// "over the weekend".
struct WeekendPhrase {
  std::string modifier;
};

// "last week", "this month", "the previous week".
struct RelativeUnitDate {
  std::string modifier;  // date_unit_modifiers canonical value
  std::string unit;
};

// "la semana pasada", "la settimana scorsa": the unit before its modifier.
struct UnitFirstDate {
  std::string unit;
  std::string modifier;  // date_unit_post_modifiers canonical value
};

// "earlier this month", "later this week".
struct PartOfUnit {
  std::string part;
  std::string modifier;
  std::string unit;
};

// "two weeks ago" (shift "ago"), "a week earlier", "three days later".
struct ShiftedDate {
  std::string amount;  // digits or date_amounts canonical value
  std::string unit;
  std::string shift;  // "ago", "earlier" or "later"
};

// "hace dos días": the shift word before the amount.
struct LeadingShiftDate {
  std::string shift;  // date_leading_shifts canonical value
  std::string amount;
  std::string unit;
};

struct DateExpression : x3::variant<WeekdayDate, CalendarDate, MonthYear, IsoDate, NumericDate, YearOnly, HolidayDate,
                                    CasualDay, NarrativeDay, WeekendPhrase, PartOfUnit, RelativeUnitDate, UnitFirstDate,
                                    ShiftedDate, LeadingShiftDate> {
  using base_type::base_type;
  using base_type::operator=;
};

}  // namespace crosscheck::grammars::dates_ast
