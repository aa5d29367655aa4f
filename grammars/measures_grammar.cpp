// MeasureGrammar: gates word starts (age words, measure words, numbers), runs the measure
// rules around the number NumberGrammar finds, and lowers the result (the calc9 "compiler"
// role) into MeasureMention, checking the unit against the property and the number against
// its bounds.
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "grammars/lexicon_symbols.hpp"
#include "grammars/measures.hpp"
#include "grammars/measures_rules.hpp"
#include "grammars/stages_word_gate.hpp"

namespace crosscheck::grammars {

namespace {

// The unit a property takes when none is written ("the youngest was 19": years).
constexpr std::string_view no_unit = "none";

struct MeasureTables {
  MeasureTables(const Lexicon& lexicon, NumberOptions options) : numbers(lexicon, options) {}
  NumberGrammar numbers;
  measures::Symbols symbols;
  WordGate age_gate;                                                            // measure_age_words
  WordGate lead_gate;                                                           // measure_words_before
  WordGate number_gate;                                                         // digits, number words and qualifiers
  std::map<std::string, std::vector<std::string>, std::less<>> property_units;  // in lexicon order
  std::map<std::string, std::string, std::less<>> unit_properties;
  std::map<std::string, Interval, std::less<>> bounds;
};

std::optional<double> to_double(std::string_view s) {
  double value = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc{} || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

bool in_table(const SymbolTable& table, std::string_view word) {
  return !word.empty() && table.find(std::string(word)) != nullptr;
}

std::size_t skip_spaces(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_ascii_space(text[pos])) ++pos;
  return pos;
}

// True when the last character before `pos`, across white space, is a comma ("Name, 81, ...").
bool after_comma(std::string_view text, std::size_t pos) {
  while (pos > 0 && is_ascii_space(text[pos - 1])) --pos;
  return pos > 0 && text[pos - 1] == ',';
}

template <class Rule, class Attribute>
bool parse_rule_at(const Rule& rule, const measures::Symbols& symbols, std::string_view text, std::size_t pos,
                   Attribute& attribute, std::size_t& end) {
  const auto symbols_ref = std::cref(symbols);
  const auto skipper_context = x3::make_context<x3::skipper_tag>(ascii_space);
  const auto context = x3::make_context<measures::symbols_tag>(symbols_ref, skipper_context);
  static_assert(std::is_same_v<std::decay_t<decltype(context)>, measures::context_type>);
  const char* first = text.data() + pos;
  if (!rule.parse(first, text.data() + text.size(), context, x3::unused, attribute)) return false;
  end = trim_trailing_space(text, pos, static_cast<std::size_t>(first - text.data()));
  return true;
}

// A measure is continuous: "more than 7" is above 7, not 8 and up as for a count of people.
Interval measure_interval(Qualifier qualifier, const NumberMatch& number) {
  Interval interval = lower_qualifier(qualifier, number);
  if (qualifier == Qualifier::more_than)
    interval.lo = std::nextafter(number.value, std::numeric_limits<double>::infinity());
  if (qualifier == Qualifier::fewer_than) interval.hi = std::nextafter(number.value_hi.value_or(number.value), 0.0);
  return interval;
}

bool takes_unit(const MeasureTables& t, std::string_view property, std::string_view unit) {
  const auto it = t.property_units.find(property);
  if (it == t.property_units.end()) return true;
  const std::string_view wanted = unit.empty() ? no_unit : unit;
  for (const auto& u : it->second)
    if (u == wanted) return true;
  return false;
}

// The unit a property is measured in when the text writes none ("" for unitless scales).
std::string default_unit(const MeasureTables& t, std::string_view property) {
  const auto it = t.property_units.find(property);
  if (it == t.property_units.end()) return "";
  for (const auto& u : it->second)
    if (u != no_unit) return u;
  return "";
}

bool within_bounds(const MeasureTables& t, std::string_view property, const NumberMatch& number) {
  const auto it = t.bounds.find(property);
  if (it == t.bounds.end()) return true;
  const double hi = number.value_hi.value_or(number.value);
  return number.value >= it->second.lo && hi <= it->second.hi;
}

MeasureMention make_mention(std::string property, const QualifiedNumber& number) {
  MeasureMention m;
  m.property = std::move(property);
  m.number_begin = number.number.begin;
  m.number_end = number.number.end;
  m.amount = number.number.value;
  m.amount_hi = number.number.value_hi;
  m.qualifier = number.qualifier;
  const Interval interval = measure_interval(number.qualifier, number.number);
  m.lo = interval.lo;
  m.hi = interval.hi;
  return m;
}

// "the youngest of the freed men was 23 years old", "and the youngest 19", "the youngest, a
// 19-year-old conscript": at the age word.
std::optional<MeasureMention> age_at_word(const MeasureTables& t, std::string_view s, std::size_t pos) {
  const auto determiner = previous_word(s, pos);
  if (!in_table(t.symbols.age_determiners, determiner)) return std::nullopt;
  ast::AgeLead lead;
  std::size_t lead_end = 0;
  if (!parse_rule_at(measures::age_lead(), t.symbols, s, pos, lead, lead_end)) return std::nullopt;
  // Without a verb the number must follow the age word: "the youngest of 12 children" is a family.
  if (!lead.verb && !lead.group.empty()) return std::nullopt;
  const std::size_t at = skip_spaces(s, lead_end);
  auto number = t.numbers.parse_qualified_at(s, at);
  bool article = false;
  std::string word;
  std::size_t word_end = 0;
  if (!number && parse_rule_at(measures::softener(), t.symbols, s, at, word, word_end))
    number = t.numbers.parse_qualified_at(s, skip_spaces(s, word_end));
  if (!number && parse_rule_at(measures::article(), t.symbols, s, at, word, word_end)) {
    number = t.numbers.parse_qualified_at(s, skip_spaces(s, word_end));
    article = true;
  }
  if (!number || number->number.vague || !within_bounds(t, lead.property, number->number)) return std::nullopt;
  ast::AgeUnit unit;
  std::size_t end = number->number.end;
  const bool has_unit = parse_rule_at(measures::age_unit(), t.symbols, s, end, unit, end);
  // "a 19-year-old" is an age only as an adjective; "was a 20" is nothing we read.
  if (article && !(has_unit && unit.hyphenated)) return std::nullopt;
  x3::unused_type nothing;
  std::size_t ignored = 0;
  if (!has_unit && !parse_rule_at(measures::age_end(), t.symbols, s, end, nothing, ignored)) return std::nullopt;
  MeasureMention m = make_mention(lead.property, *number);
  m.begin = static_cast<std::size_t>(determiner.data() - s.data());
  m.end = end;
  m.unit = has_unit ? unit.unit : default_unit(t, lead.property);
  m.cue = std::string(gate_word_at(s, pos));
  return m;
}

// "Name, 81, was the oldest": a number set off by commas before the age word.
std::optional<MeasureMention> age_before_word(const MeasureTables& t, std::string_view s, std::size_t pos,
                                              const QualifiedNumber& number) {
  if (!after_comma(s, pos)) return std::nullopt;
  std::string property;
  std::size_t end = 0;
  if (!parse_rule_at(measures::age_after_number(), t.symbols, s, number.end, property, end)) return std::nullopt;
  if (!within_bounds(t, property, number.number)) return std::nullopt;
  MeasureMention m = make_mention(property, number);
  m.begin = pos;
  m.end = end;
  m.unit = default_unit(t, property);
  m.cue = std::string(previous_word(s, end));
  return m;
}

// "at a depth of 10 km", "magnitude 6.1", "winds of up to 250 km/h": at the measure word.
std::optional<MeasureMention> measure_at_word(const MeasureTables& t, std::string_view s, std::size_t pos) {
  std::string property;
  std::size_t lead_end = 0;
  if (!parse_rule_at(measures::measure_lead(), t.symbols, s, pos, property, lead_end)) return std::nullopt;
  const auto number = t.numbers.parse_qualified_at(s, skip_spaces(s, lead_end));
  if (!number || number->number.vague || !within_bounds(t, property, number->number)) return std::nullopt;
  ast::MeasureUnit unit;
  std::size_t end = number->number.end;
  bool has_unit = parse_rule_at(measures::measure_unit(), t.symbols, s, end, unit, end);
  // "il sisma di magnitudo 5,7 ha colpito": a unit the property does not take, after a number
  // the property takes bare, is the next word of the sentence (Italian "has"), not its unit
  if (has_unit && !takes_unit(t, property, unit.unit) && takes_unit(t, property, "")) {
    has_unit = false;
    end = number->number.end;
  }
  if (!takes_unit(t, property, has_unit ? unit.unit : "")) return std::nullopt;
  MeasureMention m = make_mention(property, *number);
  m.begin = pos;
  m.end = end;
  m.unit = has_unit ? unit.unit : "";
  m.cue = std::string(s.substr(pos, lead_end - pos));
  return m;
}

// "a 7.8-magnitude quake", "10 km deep", "a 62% turnout", "5,000 hectares": at the number.
std::optional<MeasureMention> measure_at_number(const MeasureTables& t, std::string_view s, std::size_t pos) {
  const auto number = t.numbers.parse_qualified_at(s, pos);
  if (!number || number->number.vague) return std::nullopt;
  if (auto age = age_before_word(t, s, number->begin, *number)) return age;
  ast::MeasureUnit unit;
  std::size_t end = number->number.end;
  const bool has_unit = parse_rule_at(measures::measure_unit(), t.symbols, s, end, unit, end);
  const std::size_t unit_end = end;
  std::string property;
  const bool has_word = parse_rule_at(measures::measure_after(), t.symbols, s, end, property, end);
  if (!has_word && has_unit) {
    const auto it = t.unit_properties.find(unit.unit);
    if (it != t.unit_properties.end()) property = it->second;
  }
  if (property.empty() || !takes_unit(t, property, has_unit ? unit.unit : "") ||
      !within_bounds(t, property, number->number))
    return std::nullopt;
  MeasureMention m = make_mention(property, *number);
  m.begin = pos;
  m.end = end;
  m.unit = has_unit ? unit.unit : "";
  const std::size_t cue_begin = skip_spaces(s, has_word ? unit_end : number->number.end);
  m.cue = std::string(s.substr(cue_begin, end - cue_begin));
  return m;
}

}  // namespace

struct MeasureGrammar::Tables : MeasureTables {
  using MeasureTables::MeasureTables;
};

MeasureGrammar::MeasureGrammar(const Lexicon& lexicon, NumberOptions options)
    : tables_(std::make_unique<Tables>(lexicon, options)) {
  auto& t = *tables_;
  auto& s = t.symbols;
  fill_symbols(s.age_words, lexicon, "measure_age_words");
  fill_symbols(s.age_determiners, lexicon, "measure_age_determiners");
  fill_symbols(s.age_subjects, lexicon, "measure_age_subjects");
  fill_symbols(s.age_verbs, lexicon, "measure_age_verbs");
  fill_symbols(s.age_units, lexicon, "measure_age_units");
  fill_symbols(s.age_followers, lexicon, "measure_age_followers");
  fill_symbols(s.softeners, lexicon, "measure_softeners");
  fill_symbols(s.articles, lexicon, "measure_articles");
  fill_symbols(s.words_before, lexicon, "measure_words_before");
  fill_symbols(s.links, lexicon, "measure_links");
  fill_symbols(s.words_after, lexicon, "measure_words_after");
  fill_symbols(s.units, lexicon, "measure_units");
  for (const auto& entry : lexicon.section("measure_property_units"))
    t.property_units[entry.value].push_back(entry.phrase);
  for (const auto& entry : lexicon.section("measure_unit_properties"))
    t.unit_properties.emplace(entry.phrase, entry.value);
  for (const auto& entry : lexicon.section("measure_bounds")) {
    const auto dash = entry.phrase.find('-', 1);
    const auto lo = to_double(std::string_view(entry.phrase).substr(0, dash));
    const auto hi =
        dash == std::string::npos ? std::nullopt : to_double(std::string_view(entry.phrase).substr(dash + 1));
    if (lo && hi) t.bounds[entry.value] = Interval{*lo, *hi};
  }
  t.age_gate.add_section(lexicon, "measure_age_words");
  t.lead_gate.add_section(lexicon, "measure_words_before");
  for (auto section :
       {"number_units", "number_tens", "number_articles", "number_vague", "number_range_openers", "number_qualifiers"})
    t.number_gate.add_section(lexicon, section);
  t.number_gate.open_on_digits();
}

MeasureGrammar::~MeasureGrammar() = default;
MeasureGrammar::MeasureGrammar(MeasureGrammar&&) noexcept = default;
MeasureGrammar& MeasureGrammar::operator=(MeasureGrammar&&) noexcept = default;

std::vector<MeasureMention> MeasureGrammar::parse(std::string_view sentence) const {
  std::vector<MeasureMention> out;
  const MeasureTables& t = *tables_;
  std::size_t pos = next_word_start(sentence, 0);
  while (pos != std::string_view::npos) {
    const auto word = gate_word_at(sentence, pos);
    std::optional<MeasureMention> mention;
    if (t.age_gate.opens(word)) mention = age_at_word(t, sentence, pos);
    if (!mention && t.lead_gate.opens(word)) mention = measure_at_word(t, sentence, pos);
    if (!mention && t.number_gate.opens(word) && t.numbers.is_gate_word(word))
      mention = measure_at_number(t, sentence, pos);
    if (mention) {
      mention->text = std::string(sentence.substr(mention->begin, mention->end - mention->begin));
      const auto end = mention->end;
      out.push_back(std::move(*mention));
      pos = next_word_start(sentence, end);
      continue;
    }
    pos = next_word_start(sentence, pos + 1);
  }
  return out;
}

}  // namespace crosscheck::grammars
