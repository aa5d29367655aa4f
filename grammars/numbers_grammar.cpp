#include <algorithm>
#include <cctype>

#include "grammars/numbers.hpp"
#include "grammars/numbers_lowering.hpp"
#include "grammars/numbers_rules.hpp"

namespace crosscheck::grammars {

namespace {

// Scales are stored with a '*' so lowering can tell "dozen" from "twelve".
void fill_scales(SymbolTable& table, const Lexicon& lexicon, std::string_view section) {
  for (const auto& entry : lexicon.section(section))
    for (const auto& variant : case_variants(entry.phrase))
      if (!table.find(variant)) table.add(variant, "*" + entry.value);
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool starts_word(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  return pos == 0 || at_word_boundary(text.data() + pos - 1, text.data() + pos);
}

}  // namespace

NumberSymbols::NumberSymbols(const Lexicon& lexicon) {
  fill_symbols(units, lexicon, "number_units");
  fill_symbols(tens, lexicon, "number_tens");
  fill_scales(scales, lexicon, "number_scales");
  fill_scales(scale_suffixes, lexicon, "number_scale_suffixes");
  fill_symbols(articles, lexicon, "number_articles");
  fill_symbols(vague, lexicon, "number_vague");
  fill_symbols(range_openers, lexicon, "number_range_openers");
  fill_symbols(qualifiers, lexicon, "number_qualifiers");
  fill_symbols(lead_scales, lexicon, "number_lead_scales");
  fill_symbols(scale_joins, lexicon, "number_scale_joins");
  fill_symbols(tens_joins, lexicon, "number_tens_joins");
  fill_symbols(range_joins, lexicon, "number_range_joins");
  fill_symbols(range_words, lexicon, "number_range_words");
  // Scale words open a number only in a pair ("thousand for a thousand"), but must reach X3 then.
  for (const char* section : {"number_units", "number_tens", "number_scales", "number_lead_scales", "number_articles",
                              "number_vague", "number_range_openers", "number_qualifiers"}) {
    for (const auto& entry : lexicon.section(section)) {
      const std::string lower = lower_ascii(entry.phrase);
      gate_words.insert(lower.substr(0, lower.find_first_of(" -")));
    }
  }
}

NumberGrammar::NumberGrammar(const Lexicon& lexicon, NumberOptions options)
    : symbols_(std::make_shared<const NumberSymbols>(lexicon)), options_(options) {}

bool NumberGrammar::is_gate_word(std::string_view word) const {
  if (word.empty()) return false;
  if (std::isdigit(static_cast<unsigned char>(word.front()))) return true;
  return symbols_->is_gate_word(word);
}

bool NumberSymbols::is_gate_word(std::string_view word) const {
  char buffer[32]{};
  if (word.size() >= sizeof buffer) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    buffer[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  return gate_words.find(std::string_view(buffer, word.size())) != gate_words.end();
}

std::optional<NumberMatch> NumberGrammar::parse_at(std::string_view text, std::size_t pos) const {
  if (!starts_word(text, pos)) return std::nullopt;
  iterator_type first = text.data() + pos;
  const iterator_type last = text.data() + text.size();
  ast::NumberPhrase phrase;
  if (!x3::parse(first, last, x3::with<number_symbols_tag>(std::cref(*symbols_))[number_phrase()], phrase))
    return std::nullopt;
  return lower_number(phrase, text.data(), options_);
}

std::optional<std::pair<Qualifier, std::size_t>> NumberGrammar::qualifier_at(std::string_view text,
                                                                             std::size_t pos) const {
  if (!starts_word(text, pos)) return std::nullopt;
  iterator_type first = text.data() + pos;
  const iterator_type last = text.data() + text.size();
  std::string name;
  if (!x3::parse(first, last, x3::with<number_symbols_tag>(std::cref(*symbols_))[qualifier_phrase()], name))
    return std::nullopt;
  const auto qualifier = qualifier_from_string(name);
  if (!qualifier) return std::nullopt;
  return std::pair{*qualifier, static_cast<std::size_t>(first - text.data())};
}

std::optional<QualifiedNumber> NumberGrammar::parse_qualified_at(std::string_view text, std::size_t pos) const {
  if (!starts_word(text, pos)) return std::nullopt;
  iterator_type first = text.data() + pos;
  const iterator_type last = text.data() + text.size();
  ast::QualifiedPhrase phrase;
  if (!x3::parse(first, last, x3::with<number_symbols_tag>(std::cref(*symbols_))[qualified_number()], phrase))
    return std::nullopt;
  auto number = lower_number(phrase.number, text.data(), options_);
  if (!number) return std::nullopt;
  QualifiedNumber out;
  out.begin = pos;
  out.end = number->end;
  out.qualifier =
      phrase.qualifier ? qualifier_from_string(*phrase.qualifier).value_or(Qualifier::exact) : Qualifier::exact;
  out.number = *number;
  out.interval = lower_qualifier(out.qualifier, out.number);
  return out;
}

}  // namespace crosscheck::grammars
