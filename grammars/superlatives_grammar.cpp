// SuperlativeGrammar: gates word starts, runs the superlative rule, and lowers its AST (the
// calc9 "compiler" role) into SuperlativeMention.
#include <algorithm>
#include <cctype>
#include <charconv>

#include "grammars/lexicon_symbols.hpp"
#include "grammars/stages_word_gate.hpp"
#include "grammars/superlatives.hpp"
#include "grammars/superlatives_rules.hpp"

namespace crosscheck::grammars {

struct SuperlativeGrammar::Tables {
  superlatives::Symbols symbols;
  WordGate gate;
  std::vector<std::string> needs_reference;  // canonical adjectives, see superlative_needs_reference
  std::vector<std::string> hedges;           // lower case, see superlative_hedges
};

namespace {

constexpr unsigned first_plausible_year = 1800, last_plausible_year = 2100;

std::optional<unsigned> to_unsigned(const std::string& s) {
  unsigned value = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc{} || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

// Month names as written and in capitals only: lower-case "may" and "march" are verbs.
void fill_month_symbols(SymbolTable& table, const Lexicon& lexicon) {
  for (const auto& entry : lexicon.section("date_months")) {
    const auto variants = case_variants(entry.phrase);
    for (const auto& variant : {variants.front(), variants.back()}) {
      if (!table.find(variant)) table.add(variant, entry.value);
    }
  }
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// True when the words before `pos` are one of `hedges` (lower case, single spaces): "one of
// the largest".
bool hedged(std::string_view text, std::size_t pos, const std::vector<std::string>& hedges) {
  constexpr int max_hedge_words = 3;
  std::string before;  // the last words before pos, lower case, single spaces
  std::size_t at = pos;
  for (int i = 0; i < max_hedge_words; ++i) {
    const auto word = previous_word(text, at);
    if (word.empty()) break;
    before = lower_ascii(word) + (before.empty() ? "" : " " + before);
    at = static_cast<std::size_t>(word.data() - text.data());
    for (const auto& hedge : hedges)
      if (before == hedge) return true;
  }
  return false;
}

bool plausible_year(unsigned year) { return year >= first_plausible_year && year <= last_plausible_year; }

// The year and month a since-clause names; false when its year is implausible ("since 12").
bool lower_since(const ast::SinceClause& since, std::optional<int>& year, std::optional<unsigned>& month,
                 std::string& event) {
  std::optional<unsigned> y = since.in_date ? std::optional<unsigned>(since.in_date->year)
                              : since.year  ? since.year
                                            : since.year_before_event;
  const auto& month_name = since.in_date ? since.in_date->month : since.month;
  if (y && !plausible_year(*y)) return false;
  if (!y && !since.event && !month_name) return false;
  if (y) year = static_cast<int>(*y);
  if (month_name) month = to_unsigned(*month_name);
  event = since.event.value_or("");
  return true;
}

template <class Rule, class Attribute>
bool parse_rule_at(const Rule& rule, const superlatives::Symbols& symbols, std::string_view text, std::size_t pos,
                   Attribute& attribute, std::size_t& end) {
  return grammars::parse_rule_at<superlatives::symbols_tag, superlatives::context_type>(rule, symbols, text, pos,
                                                                                        attribute, end);
}

}  // namespace

SuperlativeGrammar::SuperlativeGrammar(const Lexicon& lexicon) : tables_(std::make_unique<Tables>()) {
  auto& s = tables_->symbols;
  fill_symbols(s.adjectives, lexicon, "superlative_adjectives");
  fill_symbols(s.subjects, lexicon, "superlative_subjects");
  fill_symbols(s.subject_modifiers, lexicon, "superlative_subject_modifiers");
  fill_symbols(s.since_events, lexicon, "superlative_since_events");
  fill_symbols(s.determiners, lexicon, "superlative_determiners");
  fill_symbols(s.pre_scopes, lexicon, "superlative_pre_scopes");
  fill_symbols(s.scopes, lexicon, "superlative_scopes");
  fill_symbols(s.lookbacks, lexicon, "superlative_lookbacks");
  fill_symbols(s.place_links, lexicon, "superlative_place_links");
  fill_symbols(s.place_verbs, lexicon, "superlative_place_verbs");
  fill_symbols(s.place_nouns, lexicon, "superlative_place_nouns");
  fill_month_symbols(s.months, lexicon);
  tables_->gate.add_section(lexicon, "superlative_adjectives");
  for (const auto& entry : lexicon.section("superlative_needs_reference"))
    tables_->needs_reference.push_back(entry.value);
  for (const auto& entry : lexicon.section("superlative_hedges")) tables_->hedges.push_back(lower_ascii(entry.phrase));
}

SuperlativeGrammar::~SuperlativeGrammar() = default;
SuperlativeGrammar::SuperlativeGrammar(SuperlativeGrammar&&) noexcept = default;
SuperlativeGrammar& SuperlativeGrammar::operator=(SuperlativeGrammar&&) noexcept = default;

std::optional<SinceMention> SuperlativeGrammar::since_at(std::string_view text, std::size_t pos) const {
  ast::SinceClause since;
  SinceMention m;
  if (!parse_rule_at(superlatives::since_clause(), tables_->symbols, text, pos, since, m.end)) return std::nullopt;
  if (!lower_since(since, m.year, m.month, m.event)) return std::nullopt;
  m.begin = pos;
  return m;
}

std::vector<SuperlativeMention> SuperlativeGrammar::parse(std::string_view sentence) const {
  std::vector<SuperlativeMention> out;
  const auto& symbols = tables_->symbols;
  std::size_t pos = next_word_start(sentence, 0);
  while (pos != std::string_view::npos) {
    ast::Superlative phrase;
    std::size_t end = 0;
    if (tables_->gate.opens_at(sentence, pos) && !hedged(sentence, pos, tables_->hedges) &&
        parse_rule_at(superlatives::superlative(), symbols, sentence, pos, phrase, end)) {
      SuperlativeMention m;
      m.begin = pos;
      m.end = end;
      m.adjective = phrase.adjective;
      m.subject = phrase.subject.value_or("");
      if (const auto* kind = phrase.subject ? symbols.subjects.find(*phrase.subject) : nullptr) m.subject_kind = *kind;
      bool reference = false;
      bool valid = true;
      if (phrase.since) {
        valid = lower_since(*phrase.since, m.since_year, m.since_month, m.since_event);
        reference = valid;
      }
      const auto& scope_text = phrase.scope_text ? phrase.scope_text : phrase.scope_before;
      if (scope_text) {
        m.scope_text = *scope_text;
        const auto& scopes = phrase.scope_text ? symbols.scopes : symbols.pre_scopes;
        if (const auto* scope = scopes.find(*scope_text)) m.scope = *scope;
        m.of_scope = true;
        reference = true;
      }
      if (phrase.lookback) {
        m.lookback = *phrase.lookback;
        reference = true;
      }
      const auto& ordinals = tables_->needs_reference;
      const bool needs_reference = std::find(ordinals.begin(), ordinals.end(), m.adjective) != ordinals.end();
      if (valid && (reference || (!needs_reference && !m.subject.empty()))) {
        m.text = std::string(sentence.substr(m.begin, m.end - m.begin));
        out.push_back(std::move(m));
        pos = next_word_start(sentence, end);
        continue;
      }
    }
    pos = next_word_start(sentence, pos + 1);
  }
  return out;
}

}  // namespace crosscheck::grammars
