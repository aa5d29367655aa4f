#include <algorithm>
#include <cctype>

#include "grammars/counts.hpp"
#include "grammars/counts_rules.hpp"
#include "grammars/numbers_lowering.hpp"

namespace crosscheck::grammars {

namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

void fill_words(CountSymbols::WordSet& set, const Lexicon& lexicon, std::string_view section) {
  for (const auto& entry : lexicon.section(section)) set.insert(lower_ascii(entry.phrase));
}

void fill_first_words(CountSymbols::WordSet& set, const Lexicon& lexicon, std::string_view section) {
  for (const auto& entry : lexicon.section(section)) {
    const std::string lower = lower_ascii(entry.phrase);
    set.insert(lower.substr(0, lower.find(' ')));
  }
}

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '_' || u >= 0x80;
}

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// The words right before `pos`, lower-cased: "age of" and "of" before "25" in "the age of 25".
std::pair<std::string, std::string> previous_words(std::string_view text, std::size_t pos) {
  std::string words[2];
  std::size_t end = pos;
  for (auto& word : words) {
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && (is_word_byte(text[begin - 1]) || text[begin - 1] == '.' || text[begin - 1] == '+')) --begin;
    word = lower_ascii(text.substr(begin, end - begin));
    end = begin;
  }
  return {words[0], words[1].empty() ? std::string() : words[1] + " " + words[0]};
}

// Numbers that are part of something else: money ("$5", "€2bn"), identifiers ("F-16",
// "COVID-19", "@unit42", "/2025/"), percentages, times ("10:30"), ordinals are already
// rejected by the numbers grammar.
bool embedded_in_token(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin > 0) {
    const char before = text[begin - 1];
    if (before == '$' || before == '#' || before == '@' || before == '/' || before == '+' || before == '\\' ||
        before == '&' || before == '=')
      return true;
    if ((before == '-' || before == '.' || before == '_') && begin > 1 && is_alnum(text[begin - 2])) return true;
    // U+20A0..U+20CF currency signs (€, ₴, ₽) are E2 82 xx; £ and ¥ are C2 A3 and C2 A5.
    if (begin >= 3 && static_cast<unsigned char>(text[begin - 3]) == 0xE2 &&
        static_cast<unsigned char>(text[begin - 2]) == 0x82)
      return true;
    if (begin >= 2 && static_cast<unsigned char>(text[begin - 2]) == 0xC2 &&
        (static_cast<unsigned char>(before) == 0xA3 || static_cast<unsigned char>(before) == 0xA5))
      return true;
  }
  if (end < text.size()) {
    const char after = text[end];
    const bool digit_next = end + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[end + 1]));
    if (after == '%' || after == '/' || after == '@') return true;
    if ((after == ':' || after == '.') && digit_next) return true;
  }
  return false;
}

bool year_like(const ast::NumberPhrase& phrase, std::size_t begin, std::size_t end, std::string_view text,
               double value) {
  if (phrase.hi || end - begin != 4 || value < 1800 || value > 2100) return false;
  return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(begin), text.begin() + static_cast<std::ptrdiff_t>(end),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

std::string_view slice(std::string_view text, const char* base, const char* first, const char* last) {
  return text.substr(static_cast<std::size_t>(first - base), static_cast<std::size_t>(last - first));
}

struct ItemLowering {
  std::string_view text;
  const CountSymbols& symbols;
  const NumberOptions& options;

  bool is_label_context(std::size_t begin, const ast::NumberPhrase& phrase, std::size_t number_end,
                        double value) const {
    const auto [one, two] = previous_words(text, begin);
    if (symbols.labels.count(one) || (!two.empty() && symbols.labels.count(two))) return true;
    return year_like(phrase, begin, number_end, text, value) && symbols.year_prepositions.count(one);
  }

  // "thousand for a thousand": the first half is a bare scale word that only the pair makes a
  // number of; it reads as the pair's value when the pair ends in the same word.
  std::optional<NumberMatch> bare_scale_pair(const ast::CountItem& item, const char* base) const {
    const auto other = lower_number(item.pair->number, base, options);
    if (!other || !other->words || other->value_hi) return std::nullopt;
    const auto begin = static_cast<std::size_t>(item.number.first - base);
    const auto end = static_cast<std::size_t>(item.number.last - base);
    const std::string word = lower_ascii(text.substr(begin, end - begin));
    const std::string pair_text = lower_ascii(text.substr(other->begin, other->end - other->begin));
    if (word.empty() || word.find(' ') != std::string::npos || pair_text.size() <= word.size() ||
        pair_text.compare(pair_text.size() - word.size(), word.size(), word) != 0 ||
        pair_text[pair_text.size() - word.size() - 1] != ' ')
      return std::nullopt;
    NumberMatch match = *other;
    match.begin = begin;
    match.end = end;
    return match;
  }

  std::optional<CountMention> operator()(const ast::CountItem& item) const {
    const char* base = text.data();
    auto number = lower_number(item.number, base, options);
    if (!number && item.pair) number = bare_scale_pair(item, base);
    if (!number) return std::nullopt;
    const std::size_t item_begin = static_cast<std::size_t>(item.first - base);
    if (embedded_in_token(text, number->begin, number->end)) return std::nullopt;
    if (item_begin == number->begin && is_label_context(number->begin, item.number, number->end, number->value))
      return std::nullopt;

    CountMention m;
    m.begin = item_begin;
    m.end = static_cast<std::size_t>(item.last - base);
    m.number_begin = number->begin;
    m.number_end = number->end;
    m.value = number->value;
    m.value_hi = number->value_hi;
    m.vague = number->vague;
    if (item.qualifier) m.qualifier = qualifier_from_string(*item.qualifier).value_or(Qualifier::exact);
    if (item.qualifier && !item.frame && !item.prefix_scope) {
      // "handed over 6,000 bodies": the qualifier word is the verb's particle.
      const auto qualifier_end = text.find_first_of(' ', item_begin);
      const auto [verb, unused] = previous_words(text, item_begin);
      const std::string word = lower_ascii(text.substr(item_begin, qualifier_end - item_begin));
      if (qualifier_end < number->begin && symbols.particle_verbs.count(verb + " " + word)) {
        m.qualifier = Qualifier::exact;
        m.begin = number->begin;
      }
    }
    const Interval interval = lower_qualifier(m.qualifier, *number);
    m.lo = interval.lo;
    m.hi = interval.hi;

    // Category, noun and side from the coordinated noun groups.
    std::vector<std::string> sides_seen;
    auto note_side = [&](const ast::CountWord& word) {
      if (!word.side.empty() && std::find(sides_seen.begin(), sides_seen.end(), word.side) == sides_seen.end())
        sides_seen.push_back(word.side);
    };
    for (const auto& group : item.nouns) {
      for (const auto& word : group.modifiers) note_side(word);
      note_side(group.head);
      const std::string category = group.head.category.empty() ? std::string("people") : group.head.category;
      if (m.category.empty()) m.category = category;
      else if (m.category != category) m.category = "people";  // a mixed group ("prisoners of war and civilians")
    }
    if (!item.nouns.empty())
      m.noun = std::string(slice(text, base, item.nouns.front().head.first, item.nouns.back().head.last));
    if (item.subset && item.nouns.empty()) return std::nullopt;  // "three of the prisoners" says not what
    if (item.frame) m.category = *item.frame;

    bool has_marker = false;
    if (item.scope) {
      m.scope = scope_from_string(item.scope->scope).value_or(Scope::unspecified);
      m.scope_text = std::string(slice(text, base, item.scope->first, item.scope->last));
      has_marker = true;
    } else if (item.prefix_scope) {
      m.scope = scope_from_string(item.prefix_scope->scope).value_or(Scope::unspecified);
      m.scope_text = std::string(slice(text, base, item.prefix_scope->first, item.prefix_scope->last));
      has_marker = true;
    }
    if (item.pair) {
      const auto other = lower_number(item.pair->number, base, options);
      // "1,000-for-1,000" says each side gives as many as it gets; unequal pairs are ratios.
      if (!other || other->value != number->value || other->value_hi != number->value_hi) return std::nullopt;
      if (!item.scope) {
        m.scope = Scope::per_side;
        m.scope_text = std::string(text.substr(number->begin, other->end - number->begin));
      }
      has_marker = true;
    }
    if (sides_seen.size() == 1) {
      m.side = sides_seen.front();
      if (!has_marker) m.scope = Scope::one_side;
    }
    if (m.category.empty() && !has_marker) return std::nullopt;
    return m;
  }
};

}  // namespace

CountSymbols::CountSymbols(const Lexicon& lexicon) {
  fill_symbols(categories, lexicon, "count_categories");
  fill_symbols(sides, lexicon, "sides");
  fill_symbols(scopes, lexicon, "count_scopes");
  fill_symbols(scope_prefixes, lexicon, "count_scope_prefixes");
  fill_symbols(frames, lexicon, "count_category_frames");
  fill_symbols(subset_openers, lexicon, "count_subset_openers");
  fill_symbols(copulas, lexicon, "count_subset_copulas");
  fill_symbols(scope_blockers, lexicon, "count_scope_blockers");
  // Number words and qualifiers end a noun group too: "390 soldiers and three civilians".
  for (const char* section : {"count_stop_words", "count_subset_copulas", "number_units", "number_tens",
                              "number_scales", "number_articles", "number_vague", "number_qualifiers"})
    fill_symbols(stop_words, lexicon, section);
  fill_words(labels, lexicon, "count_number_labels");
  fill_words(labels, lexicon, "date_months");
  fill_words(year_prepositions, lexicon, "count_year_prepositions");
  for (const auto& entry : lexicon.section("number_qualifier_particles"))
    particle_verbs.insert(lower_ascii(entry.phrase) + " " + lower_ascii(entry.value));
  fill_first_words(gate_words, lexicon, "count_category_frames");
  fill_first_words(gate_words, lexicon, "count_scope_prefixes");
}

CountGrammar::CountGrammar(const Lexicon& lexicon, NumberOptions options)
    : numbers_(lexicon, options), symbols_(std::make_shared<const CountSymbols>(lexicon)) {}

std::vector<CountMention> CountGrammar::parse(std::string_view sentence) const {
  std::vector<CountMention> out;
  const char* const base = sentence.data();
  const iterator_type last = base + sentence.size();
  // Built once per call: the subject is a rule and the tables are found through the context.
  auto const parser = x3::with<number_symbols_tag>(
      std::cref(numbers_.symbols()))[x3::with<count_symbols_tag>(std::cref(*symbols_))[count_list()]];
  const ItemLowering lower{sentence, *symbols_, numbers_.options()};
  char buffer[32]{};

  std::size_t pos = 0;
  while (pos < sentence.size()) {
    if (!is_word_byte(sentence[pos]) || (pos > 0 && is_word_byte(sentence[pos - 1]))) {
      ++pos;
      continue;
    }
    std::size_t word_end = pos;
    while (word_end < sentence.size() && is_word_byte(sentence[word_end])) ++word_end;
    const std::string_view word = sentence.substr(pos, word_end - pos);
    bool gate = numbers_.is_gate_word(word);
    if (!gate && word.size() < sizeof buffer) {
      for (std::size_t i = 0; i < word.size(); ++i)
        buffer[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
      gate = symbols_->gate_words.find(std::string_view(buffer, word.size())) != symbols_->gate_words.end();
    }
    if (gate) {
      iterator_type first = base + pos;
      ast::CountList list;
      if (x3::parse(first, last, parser, list)) {
        std::vector<CountMention> mentions;
        for (const auto& item : list.items)
          if (auto m = lower(item)) mentions.push_back(std::move(*m));
        // A marker after the last item of a list covers every item ("270 X and 120 Y each").
        const bool all_nouns =
            std::all_of(list.items.begin(), list.items.end(), [](const ast::CountItem& i) { return !i.nouns.empty(); });
        const auto& tail = list.items.back();
        if (mentions.size() == list.items.size() && mentions.size() > 1 && all_nouns && tail.scope &&
            std::none_of(list.items.begin(), list.items.end() - 1,
                         [](const ast::CountItem& i) { return i.scope || i.prefix_scope || i.pair; })) {
          for (auto& m : mentions) {
            m.scope = mentions.back().scope;
            m.scope_text = mentions.back().scope_text;
          }
        }
        if (!mentions.empty()) {
          pos = mentions.back().end;
          for (auto& m : mentions) out.push_back(std::move(m));
          continue;
        }
      }
    }
    pos = word_end;
  }
  return out;
}

}  // namespace crosscheck::grammars
