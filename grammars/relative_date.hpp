// Resolution of a date mention to calendar days: relative forms against the publication or
// narrative date, year-less dates to the nearest year, each with a line saying how.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "grammars/dates.hpp"

namespace crosscheck::grammars {

struct ResolvedDate {
  std::chrono::year_month_day lo, hi;  // lo == hi for one day; a week, weekend, month: the range
  DatePrecision precision = DatePrecision::day;
  std::string how;  // "Tuesday -> 2025-06-10 (the Tuesday on or before published 2025-06-10)"
};

// Resolves `mention` against `anchor`: the publication date for RelativeAnchor::publication,
// the narrative date for RelativeAnchor::narrative (the caller picks which one it passes).
// Semantics (news is written after the fact):
// - weekday alone: the most recent such weekday on or before the anchor; "last Friday" the one
//   strictly before, "next Friday" the one strictly after;
// - "last week"/"this week"/"two weeks ago": Monday..Sunday of the ISO week shifted by
//   offset x amount weeks; months and years likewise (precision month / year);
// - "over the weekend"/"last weekend": the Saturday..Sunday before the anchor, or the one it
//   falls on; "this weekend" the one of the anchor's ISO week; "next weekend" the one after;
// - "earlier this month": [first day of the anchor's month, anchor - 1]; "later this month":
//   [anchor + 1, last day] (week: Monday..Sunday, year: January 1..December 31);
// - a year-less absolute date takes the anchor's year, or the previous year when that would
//   put it more than 183 days after the anchor.
// nullopt when it cannot be resolved: no anchor for a relative or year-less form, an empty
// range ("earlier this month" on the 1st), a day that does not exist. Never guesses.
std::optional<ResolvedDate> resolve_date(const DateMention& mention, std::optional<std::chrono::year_month_day> anchor);

// "2025-06-10".
std::string to_iso_string(std::chrono::year_month_day date);

}  // namespace crosscheck::grammars
