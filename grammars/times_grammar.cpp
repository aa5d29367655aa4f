// TimeGrammar: gates word starts (digits, lead and qualifier words), runs the time rules and
// lowers the result (the calc9 "compiler" role) into TimeMention: 12-hour clock to minutes,
// zone to UTC when it converts.
#include <cctype>
#include <charconv>
#include <map>
#include <optional>

#include "grammars/lexicon_symbols.hpp"
#include "grammars/stages_word_gate.hpp"
#include "grammars/times.hpp"
#include "grammars/times_rules.hpp"

namespace crosscheck::grammars {

namespace {

constexpr int minutes_per_day = 24 * 60;

struct TimeTables {
  times::Symbols symbols;
  WordGate lead_gate;                               // time_leads, time_qualifiers
  std::map<std::string, int, std::less<>> offsets;  // zone -> minutes east of UTC
};

template <class Rule, class Attribute>
bool parse_rule_at(const Rule& rule, const times::Symbols& symbols, std::string_view text, std::size_t pos,
                   Attribute& attribute, std::size_t& end) {
  const auto symbols_ref = std::cref(symbols);
  const auto skipper_context = x3::make_context<x3::skipper_tag>(ascii_space);
  const auto context = x3::make_context<times::symbols_tag>(symbols_ref, skipper_context);
  static_assert(std::is_same_v<std::decay_t<decltype(context)>, times::context_type>);
  const char* first = text.data() + pos;
  if (!rule.parse(first, text.data() + text.size(), context, x3::unused, attribute)) return false;
  end = trim_trailing_space(text, pos, static_cast<std::size_t>(first - text.data()));
  return true;
}

int wrap_day(int minutes) { return ((minutes % minutes_per_day) + minutes_per_day) % minutes_per_day; }

// "6:35 AM (IST)": a zone of the lexicon alone in brackets right after a time is its zone.
bool bracketed_zone_at(const TimeTables& t, std::string_view s, std::size_t pos, std::string& zone, std::size_t& end) {
  while (pos < s.size() && is_ascii_space(s[pos])) ++pos;
  std::size_t after = 0;
  std::string found;
  if (pos >= s.size() || s[pos] != '(' || !parse_rule_at(times::zone(), t.symbols, s, pos + 1, found, after) ||
      after >= s.size() || s[after] != ')')
    return false;
  zone = std::move(found);
  end = after + 1;
  return true;
}

// "9.45am Irish time", "4 a.m. Kyiv time": a place's time the lexicon does not know is a zone
// of its own, as written (it converts to none, and is never the event's local time).
bool named_time_at(std::string_view s, std::size_t pos, std::string& zone, std::size_t& end) {
  if (pos >= s.size() || !is_ascii_space(s[pos])) return false;
  const std::size_t word = pos + 1;
  if (word >= s.size() || s[word] < 'A' || s[word] > 'Z') return false;
  std::size_t p = word + 1;
  while (p < s.size() && ((s[p] >= 'a' && s[p] <= 'z') || s[p] == '-')) ++p;
  if (p - word < 2) return false;
  for (const std::string_view time : {" time", " Time"})
    if (s.compare(p, time.size(), time) == 0 &&
        (p + time.size() == s.size() || !std::isalpha(static_cast<unsigned char>(s[p + time.size()])))) {
      const std::string_view name = s.substr(word, p - word);
      zone = name == "Local" ? "local" : std::string(name) + " time";
      end = p + time.size();
      return true;
    }
  return false;
}

// A clock reading with its a.m./p.m. and zone, before the words around it are known.
struct Reading {
  int minutes = 0;
  std::string zone;
  std::size_t end = 0;
};

// "4:17 a.m.", "3 pm", "06:40", "0340 GMT" at `pos`: the reading when it is a time (see the
// rules in times.hpp); `led` when a lead word stands before it.
std::optional<Reading> reading_at(const TimeTables& t, std::string_view s, std::size_t pos, bool led) {
  Reading r;
  std::string meridiem;
  std::size_t end = 0;
  unsigned hour = 0, minute = 0;
  bool four = false, dot = false;
  ast::ClockReading clock;
  if (parse_rule_at(times::clock(), t.symbols, s, pos, clock, end)) {
    hour = clock.hour;
    minute = clock.minute;
    dot = clock.separator == '.';
  } else if (parse_rule_at(times::four_digits(), t.symbols, s, pos, hour, end)) {
    minute = hour % 100;
    hour /= 100;
    four = true;
  } else if (!parse_rule_at(times::bare_hour(), t.symbols, s, pos, hour, end)) {
    return std::nullopt;
  } else {
    minute = 0;
    dot = true;  // a bare hour, like "4.17", needs a.m./p.m.
  }
  const bool has_meridiem = !four && parse_rule_at(times::meridiem(), t.symbols, s, end, meridiem, end);
  const bool has_zone = parse_rule_at(times::zone(), t.symbols, s, end, r.zone, end) ||
                        bracketed_zone_at(t, s, end, r.zone, end) || named_time_at(s, end, r.zone, end);
  if (minute >= 60) return std::nullopt;
  if (has_meridiem) {
    if (hour < 1 || hour > 12) return std::nullopt;
    hour = hour % 12 + (meridiem == "pm" ? 12 : 0);
  } else {
    if (dot || hour >= 24) return std::nullopt;
    if (four && (!has_zone || !t.offsets.count(r.zone))) return std::nullopt;
    if (!four && !led && !has_zone) return std::nullopt;
  }
  r.minutes = static_cast<int>(hour * 60 + minute);
  r.end = end;
  return r;
}

std::optional<int> to_utc(const TimeTables& t, int minutes, std::string_view zone) {
  const auto it = t.offsets.find(zone);
  if (it == t.offsets.end()) return std::nullopt;
  return wrap_day(minutes - it->second);
}

// A time at `pos` with what stands before it: a lead or qualifier word ("at about", "shortly
// after") or nothing, then the reading and a conversion in parentheses.
std::optional<TimeMention> time_at(const TimeTables& t, std::string_view s, std::size_t pos) {
  std::size_t at = pos;
  std::string word;
  std::size_t end = 0;
  bool led = false;
  Qualifier qualifier = Qualifier::exact;
  if (parse_rule_at(times::qualifier(), t.symbols, s, at, word, end)) {
    led = true;
    at = end;
  } else if (parse_rule_at(times::lead(), t.symbols, s, at, word, end)) {
    led = true;
    at = end;
    if (parse_rule_at(times::qualifier(), t.symbols, s, at, word, end)) at = end;
  }
  if (led && !word.empty()) qualifier = qualifier_from_string(word).value_or(Qualifier::exact);
  while (at < s.size() && is_ascii_space(s[at])) ++at;
  if (at >= s.size() || s[at] < '0' || s[at] > '9') return std::nullopt;
  const auto reading = reading_at(t, s, at, led);
  if (!reading) return std::nullopt;
  TimeMention m;
  m.begin = pos;
  m.end = reading->end;
  m.minutes = reading->minutes;
  m.zone = reading->zone;
  m.qualifier = qualifier;
  m.utc_minutes = to_utc(t, m.minutes, m.zone);
  // "04:17 (0117 GMT)": the same moment in a zone that converts.
  x3::unused_type nothing;
  std::size_t open_end = 0, close_end = 0;
  if (parse_rule_at(times::open_conversion(), t.symbols, s, m.end, nothing, open_end)) {
    std::size_t inner = open_end;
    while (inner < s.size() && is_ascii_space(s[inner])) ++inner;
    const auto converted = reading_at(t, s, inner, false);
    if (converted && !converted->zone.empty() &&
        parse_rule_at(times::close_conversion(), t.symbols, s, converted->end, nothing, close_end)) {
      m.end = close_end;
      if (!m.utc_minutes) m.utc_minutes = to_utc(t, converted->minutes, converted->zone);
    }
  }
  return m;
}

}  // namespace

struct TimeGrammar::Tables : TimeTables {};

TimeGrammar::TimeGrammar(const Lexicon& lexicon) : tables_(std::make_unique<Tables>()) {
  auto& t = *tables_;
  fill_symbols(t.symbols.leads, lexicon, "time_leads");
  fill_symbols(t.symbols.qualifiers, lexicon, "time_qualifiers");
  fill_symbols(t.symbols.meridiems, lexicon, "time_meridiems");
  // Zones are written in one case ("EDT", "local time"): "Z" and "LT" must not match "z" or "lt".
  for (const auto& entry : lexicon.section("time_zones")) t.symbols.zones.add(entry.phrase, entry.value);
  for (const auto& entry : lexicon.section("time_zone_offsets")) {
    int offset = 0;
    const auto& v = entry.value;
    if (std::from_chars(v.data(), v.data() + v.size(), offset).ec == std::errc{}) t.offsets[entry.phrase] = offset;
  }
  t.lead_gate.add_section(lexicon, "time_leads");
  t.lead_gate.add_section(lexicon, "time_qualifiers");
  t.lead_gate.open_on_digits();
}

TimeGrammar::~TimeGrammar() = default;
TimeGrammar::TimeGrammar(TimeGrammar&&) noexcept = default;
TimeGrammar& TimeGrammar::operator=(TimeGrammar&&) noexcept = default;

std::vector<TimeMention> TimeGrammar::parse(std::string_view sentence) const {
  std::vector<TimeMention> out;
  const TimeTables& t = *tables_;
  std::size_t pos = next_word_start(sentence, 0);
  while (pos != std::string_view::npos) {
    if (t.lead_gate.opens(gate_word_at(sentence, pos))) {
      if (auto mention = time_at(t, sentence, pos)) {
        mention->text = std::string(sentence.substr(mention->begin, mention->end - mention->begin));
        const auto end = mention->end;
        out.push_back(std::move(*mention));
        pos = next_word_start(sentence, end);
        continue;
      }
    }
    pos = next_word_start(sentence, pos + 1);
  }
  return out;
}

}  // namespace crosscheck::grammars
