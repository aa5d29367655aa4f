#include <algorithm>
#include <cctype>
#include <cmath>

#include "grammars/counts.hpp"
#include "grammars/counts_rules.hpp"
#include "grammars/numbers_lowering.hpp"

namespace crosscheck::grammars {

namespace {

// Words that may finish a count's phrase before the dash of its list by place ("seven deaths
// so far in the Caribbean — three in Jamaica, ...").
constexpr std::size_t max_list_lead_words = 6;
// Words from a count to the "and" before a bare number that names its own place: the count's
// verb and place ("were reported in Travis County and").
constexpr std::size_t max_place_gap_words = 8;

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
    // The tail of a grouped number ("300" of "1,300") when its head was not read as a count.
    if (before == ',' && begin > 1 && std::isdigit(static_cast<unsigned char>(text[begin - 2]))) return true;
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

// Category adjectives ("military", "civilian") carry a '+' so that lowering can tell them
// from nouns; the category itself is what follows.
std::string without_mark(const std::string& category) {
  return !category.empty() && category.front() == '+' ? category.substr(1) : category;
}

bool is_lower_word(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The word starting at `pos` (letters, digits, UTF-8 bytes) and where it ends.
std::pair<std::string_view, std::size_t> word_at(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && is_word_byte(text[end])) ++end;
  return {text.substr(pos, end - pos), end};
}

// The value of the phrase of `table` that starts at `pos` and ends on a word boundary.
std::optional<std::string> table_value_at(const SymbolTable& table, std::string_view text, std::size_t pos) {
  iterator_type first = text.data() + pos;
  const iterator_type last = text.data() + text.size();
  std::string value;
  if (x3::parse(first, last, table, value) && at_word_boundary(first, last)) return value;
  return std::nullopt;
}

bool table_at(const SymbolTable& table, std::string_view text, std::size_t pos) {
  return table_value_at(table, text, pos).has_value();
}

struct ItemLowering {
  std::string_view text;
  const CountSymbols& symbols;
  const NumberOptions& options;

  bool is_label_context(std::size_t begin, const ast::NumberPhrase& phrase, std::size_t number_end,
                        double value) const {
    const auto [one, two] = previous_words(text, begin);
    if (symbols.labels.count(one) || (!two.empty() && symbols.labels.count(two))) return true;
    // "aged 26 and 35", "pages 12 to 14", "aged between three and 17": the second of two
    // numbers joined after a label
    if (one == "and" || one == "or" || one == "to") {
      std::size_t at = begin;
      while (at > 0 && text[at - 1] == ' ') --at;
      at -= std::min(at, one.size());
      while (at > 0 && text[at - 1] == ' ') --at;
      const std::size_t number_end_before = at;
      while (at > 0 && (std::isalnum(static_cast<unsigned char>(text[at - 1])) != 0 || text[at - 1] == ',')) --at;
      const std::string_view token = text.substr(at, number_end_before - at);
      const bool digits = !token.empty() && std::all_of(token.begin(), token.end(), [](char ch) {
        return std::isdigit(static_cast<unsigned char>(ch)) != 0 || ch == ',';
      });
      if (at < number_end_before) {
        auto [label, two_words] = previous_words(text, at);
        // "between three and 17": a word there is a number only after "between"
        if (label == "between") {
          while (at > 0 && text[at - 1] == ' ') --at;
          at -= std::min(at, label.size());
          std::tie(label, two_words) = previous_words(text, at);
        } else if (!digits) {
          label.clear();
          two_words.clear();
        }
        if (symbols.labels.count(label) || (!two_words.empty() && symbols.labels.count(two_words))) return true;
      }
    }
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

  // The mention of an item's number and qualifier from `begin` to the item's end.
  CountMention mention_of(const ast::CountItem& item, const NumberMatch& number, std::size_t begin) const {
    CountMention m;
    m.begin = begin;
    m.end = static_cast<std::size_t>(item.last - text.data());
    m.number_begin = number.begin;
    m.number_end = number.end;
    m.value = number.value;
    m.value_hi = number.value_hi;
    m.vague = number.vague;
    if (item.qualifier) m.qualifier = qualifier_from_string(*item.qualifier).value_or(Qualifier::exact);
    return m;
  }

  static void set_interval(CountMention& m, const NumberMatch& number) {
    const Interval interval = lower_qualifier(m.qualifier, number);
    m.lo = interval.lo;
    m.hi = interval.hi;
  }

  // A number with no noun may still be a count when nothing else can be said of it: a whole
  // number of two or more, not a year, a label or a sum of millions (money, mostly).
  bool plain_amount(const ast::CountItem& item, const NumberMatch& number) const {
    if (number.value < 2 || number.value >= 1e6 || std::floor(number.value) != number.value) return false;
    if (year_like(item.number, number.begin, number.end, text, number.value)) return false;
    return !is_label_context(number.begin, item.number, number.end, number.value);
  }

  // "and 24 were wounded", "Another 31 were released": the number opens its clause (sentence
  // start, punctuation or a clause opener before it), so the verb after it is its predicate.
  // "those over 60 were released" and "children under 18 were freed" are ages.
  bool opens_clause(std::size_t begin) const {
    std::size_t p = begin;
    while (p > 0 && text[p - 1] == ' ') --p;
    if (p == 0) return true;
    const char c = text[p - 1];
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == '"') return true;
    if (static_cast<unsigned char>(c) >= 0x80) return true;  // dashes and curly quotes
    if (symbols.clause_openers.count(previous_words(text, begin).first) > 0) return true;
    return after_opening_place(p);
  }

  // "In Peru 400 were killed", "and in Chile 80 died": a place word and a capitalised place
  // right before the number, opening the sentence or a clause, open the number's clause too.
  bool after_opening_place(std::size_t p) const {
    std::size_t q = p;
    for (int places = 0; places <= 3; ++places) {
      std::size_t w = q;
      while (w > 0 && is_word_byte(text[w - 1])) --w;
      if (w == q) return false;
      if (places > 0 && symbols.place_words.count(lower_ascii(text.substr(w, q - w)))) {
        std::size_t before = w;
        while (before > 0 && text[before - 1] == ' ') --before;
        if (before == 0) return true;
        const char c = text[before - 1];
        return c == ',' || c == ';' || c == ':' || symbols.clause_openers.count(previous_words(text, w).first) > 0;
      }
      if (!std::isupper(static_cast<unsigned char>(text[w])) || w == 0 || text[w - 1] != ' ') return false;
      q = w - 1;
    }
    return false;
  }

  // The property of the verb after a bare number ("31 were released"): the grammar checked
  // that one stands within its next three words.
  std::string predicate_property(std::size_t from) const {
    int words = 0;
    for (std::size_t i = from; i < text.size() && words <= 3; ++i) {
      if (!is_word_byte(text[i]) || (i > 0 && is_word_byte(text[i - 1]))) continue;
      ++words;
      if (auto value = table_value_at(symbols.verbs, text, i)) return *value;
    }
    return "";
  }

  // "handed over 70 collaborators to Russia": after a verb of a property with person suffixes
  // (count_person_suffixes), a plural noun outside the lexicon that ends like a name for
  // people, followed by the end of the phrase. Returns the end of that noun, or 0.
  std::size_t person_noun_end(const ast::CountItem& item, std::size_t number_end) const {
    if (!item.governor || number_end >= text.size() || text[number_end] != ' ') return 0;
    const auto [word, end] = word_at(text, number_end + 1);
    if (!is_lower_word(word)) return 0;
    bool person = false;
    for (const auto& [property, suffix] : symbols.person_suffixes) {
      if (property != item.governor->property || word.size() < suffix.size() + 4) continue;
      if (word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0) person = true;
    }
    if (!person) return 0;
    if (end == text.size() || (text[end] != ' ' && !is_word_byte(text[end]) && text[end] != '-')) return end;
    if (text[end] != ' ') return 0;
    const auto [next, unused] = word_at(text, end + 1);
    return symbols.bare_followers_set.count(lower_ascii(next)) ? end : 0;
  }

  // " were adults" after a number: a copula, then a category noun ending its phrase.
  struct CopulaGroup {
    std::string category;
    std::size_t begin = 0, end = 0;  // the noun
  };
  std::optional<CopulaGroup> copula_group(std::size_t number_end) const {
    if (number_end >= text.size() || text[number_end] != ' ') return std::nullopt;
    const auto [copula, copula_end] = word_at(text, number_end + 1);
    if (!symbols.subset_copulas_set.count(lower_ascii(copula)) || copula_end >= text.size() || text[copula_end] != ' ')
      return std::nullopt;
    const auto [noun, noun_end] = word_at(text, copula_end + 1);
    const auto category = table_value_at(symbols.categories, text, copula_end + 1);
    if (!category || noun.empty() || *category == "people") return std::nullopt;
    // the noun ends the phrase: punctuation, the end, or a function word after it
    if (noun_end < text.size() && text[noun_end] == ' ') {
      const auto [next, unused] = word_at(text, noun_end + 1);
      if (!next.empty() && !symbols.bare_followers_set.count(lower_ascii(next))) return std::nullopt;
    }
    return CopulaGroup{*category, copula_end + 1, noun_end};
  }

  // A number with nothing of a count around it: no noun, frame, verb, marker or predicate.
  static bool only_a_number(const ast::CountItem& item) {
    return item.nouns.empty() && !item.frame && !item.governor && !item.prefix_scope && !item.pair && !item.compound &&
           !item.subset && !item.scope && !item.defined_by && !item.predicate && item.bare_end;
  }

  // "each released a total of 215 on Saturday, and 180 on Friday": a bare number after "and"
  // that follows a count of the sentence with only a short adverbial between them continues
  // that count's list, so it counts the same.
  std::optional<CountMention> continuation(const ast::CountItem& item, const CountMention& previous) const {
    if (!only_a_number(item)) return std::nullopt;
    const char* base = text.data();
    const auto number = lower_number(item.number, base, options);
    const auto item_begin = static_cast<std::size_t>(item.first - base);
    if (!number || previous.end > item_begin || embedded_in_token(text, number->begin, number->end) ||
        !plain_amount(item, *number))
      return std::nullopt;
    // The gap: up to three words without digits, verbs or sentence punctuation, then "and";
    // or, when the bare number names its own place, the rest of the previous count's clause up
    // to that count's place ("four deaths were reported in Travis County and three in Burnet
    // County": the two places line up, the noun and the verb are left out).
    const std::string_view gap = text.substr(previous.end, item_begin - previous.end);
    if (gap.find_first_of("0123456789;:.") != std::string_view::npos) return std::nullopt;
    std::vector<std::size_t> starts;  // where each word of the gap begins
    bool verb = false;
    for (std::size_t i = 0; i < gap.size(); ++i) {
      if (!is_word_byte(gap[i]) || (i > 0 && is_word_byte(gap[i - 1]))) continue;
      starts.push_back(i);
      verb = verb || table_at(symbols.verbs, gap, i);
    }
    if (starts.empty()) return std::nullopt;
    const bool joined =
        table_at(symbols.conjunctions, gap, starts.back()) && word_at(gap, starts.back()).second + 1 >= gap.size();
    // "29 died in Avery County, 17 in Calder and 6 in Tarn": a comma joins a list of
    // places only, every item naming its own
    const std::string_view trimmed = gap.substr(0, gap.find_last_not_of(' ') + 1);
    const bool comma = !joined && trimmed.ends_with(',');
    if (!joined && !comma) return std::nullopt;
    std::vector<std::size_t> before_link = starts;  // the words before the link: all of them after a comma
    if (comma) before_link.push_back(gap.size());
    const bool places_line_up = names_place_after(number->end) && ends_on_place(gap, before_link);
    if (comma && !places_line_up) return std::nullopt;
    if (places_line_up ? starts.size() > max_place_gap_words : (verb || starts.size() > 4)) return std::nullopt;
    CountMention m = mention_of(item, *number, item_begin);
    set_interval(m, *number);
    // A mixed group ("215 combatants and civilians") is left for the claims layer, which gives
    // a bare number the previous claim's property.
    if (previous.category != "people") m.category = previous.category;
    m.noun = previous.noun;
    m.side = previous.side;
    if (previous.scope == Scope::one_side && !previous.side.empty() && previous.scope_text.empty())
      m.scope = Scope::one_side;
    m.continues = true;
    return m;
  }

  // "at least 15 deaths so far — nine in Luzon, five in Mindanao and one in Taiwan": after a
  // dash or colon that follows a count, bare numbers that each name their place are that
  // count's figures by place (the claims layer reads the places).
  std::optional<CountMention> listed_part(const ast::CountItem& item, const CountMention& previous) const {
    if (!only_a_number(item) || previous.category.empty()) return std::nullopt;
    const char* base = text.data();
    const auto number = lower_number(item.number, base, options);
    const auto item_begin = static_cast<std::size_t>(item.first - base);
    if (!number || previous.end > item_begin || embedded_in_token(text, number->begin, number->end) ||
        !(plain_amount(item, *number) || (previous.listed && number->value == 1)) || !names_place_after(number->end))
      return std::nullopt;
    std::string_view gap = text.substr(previous.end, item_begin - previous.end);
    if (gap.find_first_of("0123456789;.") != std::string_view::npos) return std::nullopt;
    if (previous.listed) {
      // the previous figure's place, then "," or "and": "in Luzon, ", "in Mindanao and "
      const std::size_t comma = gap.rfind(',');
      const std::size_t and_at = gap.rfind(" and ");
      const std::size_t cut = comma != std::string_view::npos ? comma : and_at;
      if (cut == std::string_view::npos || !names_place_after(previous.end) || words_in(gap.substr(0, cut)) > 5)
        return std::nullopt;
      gap.remove_prefix(cut);
      if (words_in(gap) > 1) return std::nullopt;  // ", and" at most
    } else {
      while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
      while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
      // a colon, a hyphen or an en or em dash (UTF-8), after at most a few words that finish
      // the count's phrase ("seven deaths so far in the Caribbean — three in Jamaica")
      std::string_view mark = gap;
      for (const std::string_view dash : {":", "-", "\xE2\x80\x93", "\xE2\x80\x94"})
        if (gap.ends_with(dash)) mark = gap.substr(0, gap.size() - dash.size());
      if (mark.size() == gap.size()) return std::nullopt;
      if (!mark.empty() &&
          (words_in(mark) > max_list_lead_words || mark.find_first_of(",()\"") != std::string_view::npos ||
           static_cast<unsigned char>(mark.front()) >= 0x80))
        return std::nullopt;
    }
    CountMention m = mention_of(item, *number, item_begin);
    set_interval(m, *number);
    m.category = previous.category;
    m.noun = previous.noun;
    m.continues = true;
    m.listed = true;
    return m;
  }

  // " in Luzon", " at the Dominican Republic": a place word and a capitalised name after `pos`.
  bool names_place_after(std::size_t pos) const {
    if (pos >= text.size() || text[pos] != ' ') return false;
    auto [word, end] = word_at(text, pos + 1);
    if (!symbols.place_words.count(lower_ascii(word)) || end >= text.size() || text[end] != ' ') return false;
    auto [name, name_end] = word_at(text, end + 1);
    if (lower_ascii(name) == "the" && name_end < text.size()) std::tie(name, name_end) = word_at(text, name_end + 1);
    return !name.empty() && std::isupper(static_cast<unsigned char>(name.front()));
  }

  // Whether the words of `gap` before its last one ("and") end on a place word and a
  // capitalised name of at most four words: "were reported in Travis County and".
  bool ends_on_place(std::string_view gap, const std::vector<std::size_t>& starts) const {
    std::size_t name_words = 0;
    for (std::size_t k = starts.size() - 1; k-- > 0;) {
      const std::string_view word = word_at(gap, starts[k]).first;
      if (std::isupper(static_cast<unsigned char>(word.front()))) {
        if (++name_words > 4) return false;
        continue;
      }
      return name_words > 0 && symbols.place_words.count(lower_ascii(word)) > 0;
    }
    return false;
  }

  static std::size_t words_in(std::string_view s) {
    std::size_t words = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
      if (is_word_byte(s[i]) && (i == 0 || !is_word_byte(s[i - 1]))) ++words;
    return words;
  }

  // The property of the verb that ends right before `pos` (within three words), or "".
  std::string verb_before(std::size_t pos) const {
    int words = 0;
    for (std::size_t i = pos; i > 0 && words < 4; --i) {
      if (!is_word_byte(text[i - 1]) || (i > 1 && is_word_byte(text[i - 2]))) continue;
      ++words;
      if (auto value = table_value_at(symbols.verbs, text, i - 1)) return *value;
    }
    return "";
  }

  // "Russia returned the remains of 1,000 soldiers, while Ukraine returned 24": a bare number
  // after the same verb as the count before it in the sentence counts the same.
  void parallel(CountMention& m, const CountMention& previous) const {
    if (!m.governed || !m.category.empty() || m.continues || previous.category.empty() ||
        previous.category == "people" || previous.end > m.begin)
      return;
    const std::string verb = previous.governed ? previous.verb : verb_before(previous.begin);
    if (verb.empty() || verb != m.verb) return;
    m.category = previous.category;
    m.noun = previous.noun;
    m.continues = true;
  }

  std::optional<CountMention> operator()(const ast::CountItem& item) const {
    const char* base = text.data();
    auto number = lower_number(item.number, base, options);
    if (!number && item.pair) number = bare_scale_pair(item, base);
    if (!number) return std::nullopt;
    std::size_t item_begin = static_cast<std::size_t>(item.first - base);
    // "released 180": the verb governs the count but is not part of it.
    if (item.governor) {
      item_begin = static_cast<std::size_t>(item.governor->last - base);
      while (item_begin < text.size() && text[item_begin] == ' ') ++item_begin;
    }
    if (embedded_in_token(text, number->begin, number->end)) return std::nullopt;
    if (item_begin == number->begin && is_label_context(number->begin, item.number, number->end, number->value))
      return std::nullopt;

    CountMention m = mention_of(item, *number, item_begin);
    if (item.qualifier && !item.frame && !item.prefix_scope && !item.governor) {
      // "handed over 6,000 bodies": the qualifier word is the verb's particle.
      const auto qualifier_end = text.find_first_of(' ', item_begin);
      const auto [verb, unused] = previous_words(text, item_begin);
      const std::string word = lower_ascii(text.substr(item_begin, qualifier_end - item_begin));
      if (qualifier_end < number->begin && symbols.particle_verbs.count(verb + " " + word)) {
        m.qualifier = Qualifier::exact;
        m.begin = number->begin;
      }
    }
    set_interval(m, *number);

    // Category, noun and side from the coordinated noun groups.
    std::vector<std::string> sides_seen;
    auto note_side = [&](const ast::CountWord& word) {
      if (!word.side.empty() && std::find(sides_seen.begin(), sides_seen.end(), word.side) == sides_seen.end())
        sides_seen.push_back(word.side);
    };
    for (const auto& group : item.nouns) {
      for (const auto& word : group.modifiers) note_side(word);
      note_side(group.head);
      if (group.trailing) note_side(*group.trailing);
      // "51 civilian Ukrainians", "12 military detainees": a category adjective before a
      // demonym or a general word for people says what they are.
      std::string category = without_mark(group.head.category);
      if (category.empty() || category == "people")
        for (const auto& word : group.modifiers)
          if (!word.category.empty() && word.category.front() == '+') category = without_mark(word.category);
      // "more than 300 animals killed", "40 cattle dead": a thing (count_things) before the
      // head noun is what is counted, the head only says what happened to it
      for (const auto& word : group.modifiers)
        if (symbols.things.count(without_mark(word.category))) category = without_mark(word.category);
      if (category.empty()) category = "people";
      if (m.category.empty()) m.category = category;
      else if (m.category != category) m.category = "people";  // a mixed group ("prisoners of war and civilians")
    }
    if (!item.nouns.empty())
      m.noun = std::string(slice(text, base, item.nouns.front().head.first, item.nouns.back().head.last));
    if (item.subset && item.nouns.empty()) {
      // "three of the prisoners were" says not what; "Four of the deaths were in Haiti" is a
      // part of a toll: the whole's category is itself a property (killed, injured, missing)
      const std::string whole = item.subset->whole ? without_mark(item.subset->whole->head.category) : "";
      if (whole.empty() || !symbols.properties.count(whole)) return std::nullopt;
      m.category = whole;
      m.partitive = true;
      if (item.subset->whole)
        m.noun = std::string(slice(text, base, item.subset->whole->head.first, item.subset->whole->head.last));
    }
    if (item.frame) m.category = *item.frame;
    // "Death toll tops 1,000", "nears 70": a running figure whose verb says how it stands to
    // the number (count_category_frames tally_<qualifier>), when the number has no qualifier
    if (const std::string_view prefix = "tally_"; m.category.starts_with(prefix)) {
      const auto qualifier = qualifier_from_string(std::string_view(m.category).substr(prefix.size()));
      m.category = "tally";
      if (qualifier && !item.qualifier) {
        m.qualifier = *qualifier;
        set_interval(m, *number);
      }
    }
    if (item.compound) m.category = item.compound->category;

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
    // "a 24-person prisoner exchange": everyone a swap moved, both sides together.
    if (item.compound && !has_marker && symbols.two_sided.count(item.compound->event)) {
      m.scope = Scope::total;
      m.scope_text = std::string(text.substr(number->begin, m.end - number->begin));
      has_marker = true;
    }
    if (sides_seen.size() == 1) {
      m.side = sides_seen.front();
      if (!has_marker) m.scope = Scope::one_side;
    }
    // "the number of those freed has risen to 1,300": a figure that adds up everyone so far.
    if (item.governor && item.governor->running && !has_marker) {
      m.scope = Scope::cumulative;
      m.scope_text = std::string(slice(text, base, item.governor->first, item.governor->last));
    }
    if (item.defined_by) {
      m.defined_by = *item.defined_by;
      // "121 who had been serving life sentences": the clause says what the number counts
      if (m.category.empty() && !has_marker) {
        if (!plain_amount(item, *number)) return std::nullopt;
        m.category = "people";
        return m;
      }
    }
    if (m.category.empty() && !has_marker) {
      if (!item.nouns.empty() || item.frame || item.subset || !plain_amount(item, *number)) return std::nullopt;
      if (const std::size_t noun_end = person_noun_end(item, number->end)) {
        m.category = "people";
        m.noun = std::string(text.substr(number->end + 1, noun_end - number->end - 1));
        m.end = noun_end;
        m.verb = item.governor->property;
        return m;
      }
      // A bare number: its verb says what it counts ("each released 180", "24 died").
      if (!item.bare_end || !(item.governor || (item.predicate && opens_clause(item_begin)))) {
        // "..., 28 were adults and 15 were children": else the group after a copula
        if (!item.bare_end || item.governor || !opens_clause(item_begin)) return std::nullopt;
        const auto group = copula_group(number->end);
        if (!group) return std::nullopt;
        m.category = group->category;
        m.noun = std::string(text.substr(group->begin, group->end - group->begin));
        m.end = group->end;
        m.predicate_group = true;
        return m;
      }
      m.governed = true;
      m.verb = item.governor ? item.governor->property : predicate_property(number->end);
    }
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
  for (const auto& entry : lexicon.section("count_category_adjectives"))
    for (const auto& variant : case_variants(entry.phrase))
      if (!category_adjectives.find(variant)) category_adjectives.add(variant, "+" + entry.value);
  fill_symbols(trailing_sides, lexicon, "count_trailing_sides");
  fill_symbols(postpositive_figures, lexicon, "count_postpositive_figures");
  fill_symbols(conjunctions, lexicon, "count_conjunctions");
  fill_symbols(noun_links, lexicon, "count_noun_links");
  fill_symbols(pair_joins, lexicon, "count_pair_joins");
  fill_symbols(verbs, lexicon, "count_properties");
  fill_symbols(auxiliaries, lexicon, "count_auxiliaries");
  fill_symbols(additives, lexicon, "count_additives");
  fill_symbols(bare_followers, lexicon, "count_bare_followers");
  fill_symbols(number_frames, lexicon, "count_number_frames");
  fill_symbols(tally_links, lexicon, "count_tally_links");
  fill_symbols(gap_openers, lexicon, "count_gapped_frame_openers");
  fill_symbols(gap_ends, lexicon, "count_gapped_frame_ends");
  fill_symbols(compound_nouns, lexicon, "count_compound_nouns");
  fill_symbols(defining_clauses, lexicon, "count_defining_clauses");
  fill_symbols(defining_links, lexicon, "count_defining_links");
  fill_symbols(event_words, lexicon, "event_triggers");
  fill_symbols(not_names, lexicon, "date_months");
  fill_symbols(not_names, lexicon, "date_weekdays");
  // Number words and qualifiers end a noun group too: "390 soldiers and three civilians".
  for (const char* section : {"count_stop_words", "count_subset_copulas", "count_conjunctions", "count_noun_links",
                              "count_auxiliaries", "number_units", "number_tens", "number_scales", "number_lead_scales",
                              "number_articles", "number_vague", "number_qualifiers"})
    fill_symbols(stop_words, lexicon, section);
  fill_words(labels, lexicon, "count_number_labels");
  fill_words(labels, lexicon, "date_months");
  fill_words(year_prepositions, lexicon, "count_year_prepositions");
  for (const auto& entry : lexicon.section("number_qualifier_particles"))
    particle_verbs.insert(lower_ascii(entry.phrase) + " " + lower_ascii(entry.value));
  fill_words(clause_openers, lexicon, "count_clause_openers");
  for (const auto& entry : lexicon.section("part_dimensions"))
    if (entry.value == "place") place_words.insert(lower_ascii(entry.phrase));
  fill_words(two_sided, lexicon, "two_sided_events");
  fill_words(bare_followers_set, lexicon, "count_bare_followers");
  fill_words(subset_copulas_set, lexicon, "count_subset_copulas");
  for (const auto& entry : lexicon.section("count_properties")) properties.insert(entry.value);
  for (const auto& entry : lexicon.section("count_things")) things.insert(entry.value);
  for (const auto& entry : lexicon.section("count_person_suffixes"))
    person_suffixes.emplace_back(entry.value, lower_ascii(entry.phrase));
  fill_first_words(gate_words, lexicon, "count_category_frames");
  fill_first_words(gate_words, lexicon, "count_gapped_frame_openers");
  fill_first_words(gate_words, lexicon, "count_scope_prefixes");
  fill_first_words(gate_words, lexicon, "count_properties");
  fill_first_words(gate_words, lexicon, "count_additives");
  fill_first_words(gate_words, lexicon, "count_number_frames");
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
        if (mentions.empty() && list.items.size() == 1 && !out.empty()) {
          if (auto part = lower.listed_part(list.items.front(), out.back())) mentions.push_back(std::move(*part));
          else if (auto m = lower.continuation(list.items.front(), out.back())) mentions.push_back(std::move(*m));
        }
        if (!out.empty() && !mentions.empty()) lower.parallel(mentions.front(), out.back());
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
