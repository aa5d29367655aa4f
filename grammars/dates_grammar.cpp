// DateGrammar: fills the date symbol tables from the lexicon, gates word positions, runs the
// X3 grammar and lowers its AST into DateMention (the only place that decides what a parsed
// form means and which forms are not dates after all).
#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <utility>

#include "grammars/dates.hpp"
#include "grammars/dates_ast.hpp"
#include "grammars/dates_rules.hpp"
#include "grammars/lexicon_symbols.hpp"

namespace crosscheck::grammars {

namespace {

bool is_lower_case(std::string_view s) {
  for (char c : s) {
    if (std::isupper(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// Like fill_symbols, but a phrase written with capitals never matches in lower case: month
// names double as verbs and modals ("may", "march").
void fill_symbols_keeping_capitals(SymbolTable& table, const Lexicon& lexicon, std::string_view section) {
  for (const auto& entry : lexicon.section(section)) {
    const bool capitalized = !is_lower_case(entry.phrase);
    for (const auto& variant : case_variants(entry.phrase)) {
      if (capitalized && is_lower_case(variant)) continue;
      if (!table.find(variant)) table.add(variant, entry.value);
    }
  }
}

// The leading run of letters of a phrase: what the gate compares a word of text with.
std::string_view leading_word(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && std::isalpha(static_cast<unsigned char>(s[n]))) ++n;
  return s.substr(0, n);
}

constexpr std::size_t gate_max_length = 31;

std::size_t gate_key(unsigned char first, std::size_t length) { return (std::size_t{first} << 5) | length; }

void add_gate_words(std::vector<std::string>& gate, const Lexicon& lexicon, std::string_view section,
                    bool keep_capitals) {
  for (const auto& entry : lexicon.section(section)) {
    const bool capitalized = keep_capitals && !is_lower_case(entry.phrase);
    for (const auto& variant : case_variants(entry.phrase)) {
      if (capitalized && is_lower_case(variant)) continue;
      const auto word = leading_word(variant);
      if (!word.empty() && word.size() <= gate_max_length) gate.emplace_back(word);
    }
  }
}

template <class T>
std::optional<T> to_number(std::string_view s) {
  T value{};
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc{} || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

unsigned days_in_month(unsigned month, std::optional<int> year) {
  static constexpr unsigned days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && year) {
    const int y = *year;
    return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
  }
  return days[month - 1];
}

bool valid_day(unsigned month, unsigned day, std::optional<int> year) {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(month, year);
}

std::optional<RelativeUnit> unit_from(std::string_view canonical) {
  if (canonical == "day") return RelativeUnit::day;
  if (canonical == "week") return RelativeUnit::week;
  if (canonical == "weekend") return RelativeUnit::weekend;
  if (canonical == "month") return RelativeUnit::month;
  if (canonical == "year") return RelativeUnit::year;
  return std::nullopt;
}

// The lowering pass (calc9's "compiler" role): AST -> DateMention, nullopt for forms that
// parse but are not dates we can stand behind.
struct Lowering {
  using result_type = std::optional<DateMention>;

  result_type operator()(const dates_ast::MonthFirstDate& d) const {
    return calendar(to_number<unsigned>(d.month), d.day, d.end_day, d.year);
  }
  result_type operator()(const dates_ast::DayFirstDate& d) const {
    return calendar(to_number<unsigned>(d.month), d.day, d.end_day, d.year);
  }
  result_type operator()(const dates_ast::MonthFirstRange& d) const {
    return month_range(to_number<unsigned>(d.month), d.day, to_number<unsigned>(d.end_month), d.end_day, d.year);
  }
  result_type operator()(const dates_ast::DayFirstRange& d) const {
    return month_range(to_number<unsigned>(d.month), d.day, to_number<unsigned>(d.end_month), d.end_day, d.year);
  }
  result_type operator()(const dates_ast::CalendarDate& d) const { return boost::apply_visitor(*this, d.get()); }

  result_type operator()(const dates_ast::WeekdayDate& d) const {
    const auto weekday = to_number<unsigned>(d.weekday);
    if (!weekday || *weekday > 6) return std::nullopt;
    if (d.date) {
      auto m = (*this)(*d.date);
      if (m) m->weekday = weekday;
      return m;
    }
    DateMention m;
    m.weekday = weekday;
    m.relative = true;
    m.unit = RelativeUnit::day;
    // "el viernes pasado": a modifier after the weekday reads as one before it.
    const std::optional<std::string>& modifier = d.modifier ? d.modifier : d.post_modifier;
    if (!modifier || *modifier == "plain") return m;  // "este viernes": the weekday as written
    if (*modifier == "last") {
      m.offset = -1;
    } else if (*modifier == "next") {
      m.offset = 1;
    } else {
      return std::nullopt;  // "this Friday": past or coming, news uses both
    }
    return m;
  }

  result_type operator()(const dates_ast::MonthYear& d) const {
    const auto month = to_number<unsigned>(d.month);
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    DateMention m;
    if (d.year != 0) m.year = d.year;  // 0: "in June", the month alone
    m.month = month;
    m.precision = DatePrecision::month;
    return m;
  }

  result_type operator()(const dates_ast::IsoDate& d) const { return calendar(d.month, d.day, std::nullopt, d.year); }

  result_type operator()(const dates_ast::NumericDate& d) const {
    unsigned day = d.first, month = d.second;
    if (d.separator == '/') {
      if (d.first > 12 && d.second <= 12) {
        day = d.first, month = d.second;
      } else if (d.second > 12 && d.first <= 12) {
        day = d.second, month = d.first;
      } else {
        return std::nullopt;  // 05/06/2025: May 6 or June 5, no way to tell
      }
    }
    return calendar(month, day, std::nullopt, d.year);
  }

  result_type operator()(const dates_ast::YearOnly& d) const {
    DateMention m;
    m.year = d.year;
    m.precision = DatePrecision::year;
    return m;
  }

  result_type operator()(const dates_ast::HolidayDate& d) const {
    const auto dash = d.month_day.find('-');
    if (dash == std::string::npos) return std::nullopt;
    return calendar(to_number<unsigned>(std::string_view(d.month_day).substr(0, dash)),
                    to_number<unsigned>(std::string_view(d.month_day).substr(dash + 1)).value_or(0), std::nullopt,
                    d.year);
  }

  result_type operator()(const dates_ast::CasualDay& d) const {
    const auto offset = to_number<int>(d.offset);
    if (!offset) return std::nullopt;
    return relative(RelativeUnit::day, *offset, 1, RelativeAnchor::publication);
  }

  result_type operator()(const dates_ast::NarrativeDay& d) const {
    const auto offset = to_number<int>(d.offset);
    if (!offset) return std::nullopt;
    return relative(RelativeUnit::day, *offset, 1, RelativeAnchor::narrative);
  }

  result_type operator()(const dates_ast::WeekendPhrase& d) const {
    if (d.modifier != "last") return std::nullopt;
    return relative(RelativeUnit::weekend, -1, 1, RelativeAnchor::publication);
  }

  result_type operator()(const dates_ast::PartOfUnit& d) const {
    const auto unit = unit_from(d.unit);
    if (d.modifier != "this" || !unit) return std::nullopt;
    if (*unit != RelativeUnit::week && *unit != RelativeUnit::month && *unit != RelativeUnit::year) return std::nullopt;
    auto m = relative(*unit, 0, 1, RelativeAnchor::publication);
    m.earlier_part = d.part == "earlier";
    m.later_part = d.part == "later";
    if (!m.earlier_part && !m.later_part) return std::nullopt;
    return m;
  }

  result_type operator()(const dates_ast::RelativeUnitDate& d) const {
    const auto unit = unit_from(d.unit);
    // "last day" is the final day of something, not yesterday.
    if (!unit || *unit == RelativeUnit::day) return std::nullopt;
    if (d.modifier == "last") return relative(*unit, -1, 1, RelativeAnchor::publication);
    if (d.modifier == "this") return relative(*unit, 0, 1, RelativeAnchor::publication);
    if (d.modifier == "next") return relative(*unit, 1, 1, RelativeAnchor::publication);
    if (d.modifier == "previous") return relative(*unit, -1, 1, RelativeAnchor::narrative);
    if (d.modifier == "following") return relative(*unit, 1, 1, RelativeAnchor::narrative);
    return std::nullopt;  // "the last week": the seven days before, not a calendar week
  }

  result_type operator()(const dates_ast::UnitFirstDate& d) const {
    return (*this)(dates_ast::RelativeUnitDate{d.modifier, d.unit});
  }

  result_type operator()(const dates_ast::LeadingShiftDate& d) const {
    return (*this)(dates_ast::ShiftedDate{d.amount, d.unit, d.shift});
  }

  result_type operator()(const dates_ast::ShiftedDate& d) const {
    const auto unit = unit_from(d.unit);
    const auto amount = to_number<int>(d.amount);
    if (!unit || !amount || *amount < 1 || *amount > 999) return std::nullopt;
    if (d.shift == "ago") return relative(*unit, -1, *amount, RelativeAnchor::publication);
    if (d.shift == "earlier") return relative(*unit, -1, *amount, RelativeAnchor::narrative);
    if (d.shift == "later") return relative(*unit, 1, *amount, RelativeAnchor::narrative);
    return std::nullopt;
  }

  static result_type calendar(std::optional<unsigned> month, unsigned day, std::optional<unsigned> end_day,
                              std::optional<int> year) {
    if (!month) return std::nullopt;
    if (!valid_day(*month, day, year)) {
      if (day < 29 || day > 31) return std::nullopt;  // "May 45" is not written as a date
      DateMention m;
      m.year = year;
      m.month = month;
      m.day = day;
      m.impossible = true;
      return m;
    }
    if (end_day && (*end_day <= day || !valid_day(*month, *end_day, year))) return std::nullopt;
    DateMention m;
    m.year = year;
    m.month = month;
    m.day = day;
    if (end_day) {
      m.end_month = month;
      m.end_day = end_day;
    }
    return m;
  }

  // A range over a month boundary. "December 30 to January 2" (no year) crosses into the next
  // year; with a year written the same order is contradictory and left alone.
  static result_type month_range(std::optional<unsigned> month, unsigned day, std::optional<unsigned> end_month,
                                 unsigned end_day, std::optional<int> year) {
    if (!month || !end_month || *end_month == *month) return std::nullopt;
    if (*end_month < *month && year) return std::nullopt;
    if (!valid_day(*month, day, year) || !valid_day(*end_month, end_day, year)) return std::nullopt;
    DateMention m;
    m.year = year;
    m.month = month;
    m.day = day;
    m.end_month = end_month;
    m.end_day = end_day;
    return m;
  }

  static DateMention relative(RelativeUnit unit, int offset, int amount, RelativeAnchor anchor) {
    DateMention m;
    m.relative = true;
    m.unit = unit;
    m.offset = offset;
    m.amount = amount;
    m.anchor = anchor;
    return m;
  }
};

// Letters, digits, '_' and UTF-8 bytes continue a word; a table, because libc's isalnum per
// byte showed up at the top of the profile.
constexpr std::array<bool, 256> word_byte_table = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[static_cast<std::size_t>(c)] =
        (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
  }
  return table;
}();

bool is_word_byte(unsigned char c) { return word_byte_table[c]; }
bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A number glued to what precedes it is part of something else: "F-16", "10:30", "$23",
// "1.5", "3/4".
bool digit_can_start_date(unsigned char previous) {
  switch (previous) {
    case '-':
    case ':':
    case '/':
    case '.':
    case ',':
    case '+':
    case '$':
    case '#':
    case '%':
    case '&':
    case '@': return false;
    default: return true;
  }
}

}  // namespace

DateGrammar::DateGrammar(const Lexicon& lexicon) : symbols_(std::make_unique<DateSymbols>()) {
  DateSymbols& s = *symbols_;
  fill_symbols_keeping_capitals(s.months, lexicon, "date_months");
  // "Sunday", "Sun." as written: "the setting sun." is no weekday (lower-case overlays keep theirs)
  fill_symbols_keeping_capitals(s.weekdays, lexicon, "date_weekdays");
  fill_symbols(s.ordinal_suffixes, lexicon, "date_ordinal_suffixes");
  fill_symbols(s.weekday_modifiers, lexicon, "date_weekday_modifiers");
  fill_symbols(s.unit_modifiers, lexicon, "date_unit_modifiers");
  fill_symbols(s.units, lexicon, "date_units");
  fill_symbols(s.units_plural, lexicon, "date_units_plural");
  fill_symbols(s.casual_days, lexicon, "date_casual_days");
  fill_symbols(s.narrative_days, lexicon, "date_narrative_days");
  fill_symbols(s.narrative_days_before_after, lexicon, "date_narrative_days_before_after");
  fill_symbols(s.weekend_phrases, lexicon, "date_weekend_phrases");
  fill_symbols(s.parts, lexicon, "date_parts");
  fill_symbols(s.ago, lexicon, "date_ago");
  fill_symbols(s.shifts, lexicon, "date_shifts");
  fill_symbols(s.shifts_before_after, lexicon, "date_shifts_before_after");
  fill_symbols(s.amounts, lexicon, "date_amounts");
  fill_symbols(s.range_words, lexicon, "date_range_words");
  fill_symbols(s.between, lexicon, "date_between");
  fill_symbols(s.between_joins, lexicon, "date_between_joins");
  fill_symbols(s.year_prepositions, lexicon, "date_year_prepositions");
  fill_symbols(s.year_followers, lexicon, "date_year_followers");
  fill_symbols(s.month_prepositions, lexicon, "date_month_prepositions");
  fill_symbols(s.day_of, lexicon, "date_day_of");
  fill_symbols(s.year_links, lexicon, "date_year_links");
  fill_symbols(s.weekday_post_modifiers, lexicon, "date_weekday_post_modifiers");
  fill_symbols(s.unit_articles, lexicon, "date_unit_articles");
  fill_symbols(s.unit_post_modifiers, lexicon, "date_unit_post_modifiers");
  fill_symbols(s.leading_shifts, lexicon, "date_leading_shifts");
  fill_symbols_keeping_capitals(s.holidays, lexicon, "date_holidays");

  add_gate_words(gate_words_, lexicon, "date_months", true);
  add_gate_words(gate_words_, lexicon, "date_weekdays", true);
  add_gate_words(gate_words_, lexicon, "date_holidays", true);
  for (const char* section :
       {"date_weekday_modifiers", "date_unit_modifiers", "date_casual_days", "date_narrative_days",
        "date_narrative_days_before_after", "date_weekend_phrases", "date_parts", "date_amounts", "date_between",
        "date_year_prepositions", "date_month_prepositions", "date_unit_articles", "date_leading_shifts"}) {
    add_gate_words(gate_words_, lexicon, section, false);
  }
  // "semana pasada": a unit opens a date only in languages that put the modifier after it.
  if (!lexicon.section("date_unit_post_modifiers").empty()) add_gate_words(gate_words_, lexicon, "date_units", false);
  auto key_of = [](const std::string& w) { return gate_key(static_cast<unsigned char>(w[0]), w.size()); };
  std::sort(gate_words_.begin(), gate_words_.end(), [&](const std::string& a, const std::string& b) {
    return std::pair(key_of(a), a) < std::pair(key_of(b), b);
  });
  gate_words_.erase(std::unique(gate_words_.begin(), gate_words_.end()), gate_words_.end());
  gate_index_.assign(gate_key(255, gate_max_length) + 2, 0);
  for (const auto& w : gate_words_) ++gate_index_[key_of(w) + 1];
  for (std::size_t k = 1; k < gate_index_.size(); ++k) gate_index_[k] += gate_index_[k - 1];
}

bool DateGrammar::is_gate_word(std::string_view word) const {
  if (word.empty() || word.size() > gate_max_length) return false;
  const auto key = gate_key(static_cast<unsigned char>(word[0]), word.size());
  for (auto k = gate_index_[key]; k < gate_index_[key + 1]; ++k) {
    if (gate_words_[k] == word) return true;
  }
  return false;
}

DateGrammar::~DateGrammar() = default;
DateGrammar::DateGrammar(DateGrammar&&) noexcept = default;
DateGrammar& DateGrammar::operator=(DateGrammar&&) noexcept = default;

std::vector<DateMention> DateGrammar::parse(std::string_view sentence, std::vector<DateMention>* impossible) const {
  std::vector<DateMention> mentions;
  const char* const data = sentence.data();
  const char* const last = data + sentence.size();
  // Built once per call: copying the parser per token would copy the symbol tables' handles.
  auto const parser = x3::with<date_symbols_tag>(std::cref(*symbols_))[date_expression()];

  std::size_t i = 0;
  while (i < sentence.size()) {
    const auto c = static_cast<unsigned char>(sentence[i]);
    const bool word_start = is_word_byte(c) && (i == 0 || !is_word_byte(static_cast<unsigned char>(sentence[i - 1])));
    if (!word_start) {
      ++i;
      continue;
    }
    std::size_t word_end = i;
    while (word_end < sentence.size() && is_word_byte(static_cast<unsigned char>(sentence[word_end]))) ++word_end;

    bool gated = false;
    if (is_ascii_digit(c)) {
      gated = i == 0 || digit_can_start_date(static_cast<unsigned char>(sentence[i - 1]));
    } else if (is_ascii_letter(c)) {
      std::size_t letters_end = i;
      while (letters_end < word_end && is_ascii_letter(static_cast<unsigned char>(sentence[letters_end])))
        ++letters_end;
      gated = is_gate_word(sentence.substr(i, letters_end - i));
    }
    if (!gated) {
      i = word_end;
      continue;
    }

    const char* first = data + i;
    dates_ast::DateExpression expression;
    if (!x3::parse(first, last, parser, expression)) {
      i = word_end;
      continue;
    }
    const auto end = static_cast<std::size_t>(first - data);
    // A form that parses but is not a date ("this Friday", "05/06/2025") is still consumed,
    // so its words do not start a second, wrong reading.
    if (auto mention = boost::apply_visitor(Lowering{}, expression.get())) {
      mention->begin = i;
      mention->end = end;
      mention->text = std::string(sentence.substr(i, end - i));
      // "Monday, Tuesday and Wednesday, April 14, 15 and 16": the weekday ends a list of
      // weekdays and the date begins a list of days; they are not one day's names
      if (mention->weekday && mention->day && !mentions.empty() && mentions.back().weekday && !mentions.back().day &&
          mentions.back().end <= i) {
        const std::string_view between = sentence.substr(mentions.back().end, i - mentions.back().end);
        if (between == ", " || between == " and " || between == ", and " || between == " or " || between == ", or ")
          mention->weekday.reset();
      }
      if (!mention->impossible) {
        mentions.push_back(std::move(*mention));
      } else if (impossible) {
        impossible->push_back(std::move(*mention));
      }
    }
    i = end > i ? end : word_end;
  }
  return mentions;
}

}  // namespace crosscheck::grammars
