// Date mentions in a sentence: absolute dates ("May 23, 2025", "23/05/2025", "February 2022",
// "in 2022"), weekdays ("on Tuesday") and relative expressions ("last week", "two days ago",
// "a week earlier"), as written. Resolving them to calendar days is relative_date.hpp's job.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/lexicon/lexicon.hpp"

namespace crosscheck::grammars {

enum class DatePrecision { day, month, year };
enum class RelativeUnit { none, day, week, weekend, month, year };
// What a relative expression counts from: "yesterday" from the publication date, "a week
// earlier" from the date of the event the narrative is about.
enum class RelativeAnchor { publication, narrative };

struct DateMention {
  std::size_t begin = 0, end = 0;  // the expression in the parsed text
  std::optional<int> year;         // absolute parts as written
  std::optional<unsigned> month, day;
  std::optional<unsigned> end_month, end_day;  // ranges: "May 23-25", "23 to 25 May", "between May 23 and 25"
  std::optional<unsigned> weekday;             // 0 = Sunday .. 6 = Saturday, when written
  DatePrecision precision = DatePrecision::day;
  bool relative = false;  // weekday alone, casual and relative forms
  RelativeUnit unit = RelativeUnit::none;
  int offset = 0;             // -1 last/previous/ago/earlier, 0 this/today, +1 next/later/tomorrow
  int amount = 1;             // "two weeks ago" -> 2
  bool earlier_part = false;  // "earlier this month/week/year"
  bool later_part = false;    // "later this month"
  // A weekday in the future tense on a page written on a day not known ("is expected late
  // Tuesday" read from its story's day): that day itself or one after it.
  bool from_anchor_on = false;
  RelativeAnchor anchor = RelativeAnchor::publication;
  std::string text;  // as written
  // "February 30", "April 31": a day the month does not have. Never a date; parse() hands such
  // mentions to its caller apart, so they can be reported instead of vanishing.
  bool impossible = false;
};

struct DateSymbols;

// Finds date mentions. The vocabulary comes from the date_* sections of the lexicon
// (lexicon/en/dates.yaml). Bare years are emitted only after a preposition from
// date_year_prepositions ("in 2022", "since 2014") or with a month ("February 2022"), never
// alone ("the 2022 invasion", "2025 prisoners"). Month names match Capitalized or UPPER
// only, so "may" and "march" stay verbs. Numeric dates with slashes are emitted only when
// the day is > 12 (otherwise day and month cannot be told apart).
class DateGrammar {
 public:
  explicit DateGrammar(const Lexicon& lexicon);
  ~DateGrammar();
  DateGrammar(DateGrammar&&) noexcept;
  DateGrammar& operator=(DateGrammar&&) noexcept;

  // Mentions left to right, non-overlapping. Thread-safe: parse only reads the tables.
  // Impossible dates ("February 30") are left out, and added to `impossible` when given.
  std::vector<DateMention> parse(std::string_view sentence, std::vector<DateMention>* impossible = nullptr) const;

 private:
  bool is_gate_word(std::string_view word) const;

  std::unique_ptr<DateSymbols> symbols_;
  // First words (as they may be spelled) of every phrase that can start a date expression:
  // only these words and words starting with a digit reach the X3 grammar. Sorted by (first
  // byte, length) with a prefix index over that key: a lookup compares a handful of words
  // (a hash set cost more than the grammar itself).
  std::vector<std::string> gate_words_;
  std::vector<std::uint32_t> gate_index_;
};

}  // namespace crosscheck::grammars
