// DurationGrammar: gates word starts, finds the number with NumberGrammar (or a since-clause
// with SuperlativeGrammar, or "its fourth year"), runs the duration rules after it, and lowers
// the result into DurationMention with the subject of its clause.
#include <algorithm>
#include <charconv>
#include <cmath>

#include "grammars/durations.hpp"
#include "grammars/durations_rules.hpp"
#include "grammars/lexicon_symbols.hpp"
#include "grammars/numbers.hpp"
#include "grammars/stages_word_gate.hpp"
#include "grammars/superlatives.hpp"

namespace crosscheck::grammars {

struct DurationGrammar::Tables {
  explicit Tables(const Lexicon& lexicon) : numbers(lexicon), superlatives(lexicon) {}
  NumberGrammar numbers;
  SuperlativeGrammar superlatives;
  durations::Symbols symbols;
  SymbolTable blockers_before, relative_after, leads, clause_continuers, since_words, articles, gap_openers;
  WordGate gate;  // possessives and "since"
  // Numbers and qualifiers: the sections NumberGrammar gates on, as a cheap first filter in
  // front of NumberGrammar::is_gate_word (which lower-cases and hashes every word and cost
  // more than the rest of this grammar together).
  WordGate number_gate;
};

namespace {

std::optional<int> to_int(std::string_view s) {
  int value = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc{} || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

// "year*10" -> ("year", 10).
std::pair<std::string, double> split_unit(const std::string& canonical) {
  const auto star = canonical.find('*');
  if (star == std::string::npos) return {canonical, 1.0};
  const auto factor = to_int(std::string_view(canonical).substr(star + 1));
  return {canonical.substr(0, star), factor ? static_cast<double>(*factor) : 1.0};
}

template <class Rule, class Attribute>
bool parse_rule_at(const Rule& rule, const durations::Symbols& symbols, std::string_view text, std::size_t pos,
                   Attribute& attribute, std::size_t& end) {
  const auto symbols_ref = std::cref(symbols);
  const auto skipper_context = x3::make_context<x3::skipper_tag>(ascii_space);
  const auto context = x3::make_context<durations::symbols_tag>(symbols_ref, skipper_context);
  static_assert(std::is_same_v<std::decay_t<decltype(context)>, durations::context_type>);
  const char* first = text.data() + pos;
  if (!rule.parse(first, text.data() + text.size(), context, x3::unused, attribute)) return false;
  end = trim_trailing_space(text, pos, static_cast<std::size_t>(first - text.data()));
  return true;
}

// The word (ASCII letters) that ends right before `pos`, skipping white space; "" at a
// punctuation mark or the start.
std::string_view word_before(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end > 0 && is_ascii_space(text[end - 1])) --end;
  std::size_t begin = end;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
  return text.substr(begin, end - begin);
}

bool in_table(const SymbolTable& table, std::string_view word) {
  return !word.empty() && table.find(std::string(word)) != nullptr;
}

bool is_clause_mark(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') return true;
  // U+2013/U+2014 dashes: E2 80 93 / E2 80 94, seen at their last byte.
  return i >= 2 && static_cast<unsigned char>(text[i - 2]) == 0xE2 && static_cast<unsigned char>(text[i - 1]) == 0x80 &&
         (static_cast<unsigned char>(c) == 0x93 || static_cast<unsigned char>(c) == 0x94);
}

// "the first talks in over three years of war": a subject right after a duration is what lasted.
bool subject_right_after(const durations::Symbols& symbols, std::string_view sentence, std::size_t end) {
  std::string subject;
  std::size_t subject_end = 0;
  return parse_rule_at(durations::subject_after(), symbols, sentence, end, subject, subject_end);
}

// "the first exchange in almost five months": a blocker before the number's qualifier, with
// a gap opener before it in the clause, makes the amount the time since the last one (unless
// what lasted follows it: "the first talks in over three years of war").
bool gap_since_last(const NumberGrammar& numbers, const SymbolTable& blockers, const SymbolTable& gap_openers,
                    std::string_view sentence, std::size_t number_pos) {
  std::size_t qualifier_begin = std::string_view::npos;
  for (std::size_t at = number_pos, steps = 0; steps < 3 && at > 0; ++steps) {
    std::size_t word_begin = at;
    while (word_begin > 0 && is_ascii_space(sentence[word_begin - 1])) --word_begin;
    while (word_begin > 0 && std::isalpha(static_cast<unsigned char>(sentence[word_begin - 1]))) --word_begin;
    if (word_begin == at) break;
    at = word_begin;
    if (const auto q = numbers.qualifier_at(sentence, at); q && next_word_start(sentence, q->second) == number_pos)
      qualifier_begin = at;
  }
  if (qualifier_begin == std::string_view::npos || !in_table(blockers, word_before(sentence, qualifier_begin)))
    return false;
  std::size_t at = qualifier_begin;
  for (int words = 0; words < 8 && at > 0 && !is_clause_mark(sentence, at - 1); ++words) {
    const auto word = word_before(sentence, at);
    if (word.empty()) break;
    if (in_table(gap_openers, word)) return true;
    at = static_cast<std::size_t>(word.data() - sentence.data());
  }
  return false;
}

}  // namespace

DurationGrammar::DurationGrammar(const Lexicon& lexicon) : tables_(std::make_unique<Tables>(lexicon)) {
  auto& s = tables_->symbols;
  fill_symbols(s.units, lexicon, "duration_units");
  fill_symbols(s.blockers_after, lexicon, "duration_blockers_after");
  fill_symbols(s.possessives, lexicon, "duration_possessives");
  fill_symbols(s.ordinals, lexicon, "stage_ordinals");
  fill_symbols(s.ordinal_suffixes, lexicon, "stage_ordinal_suffixes");
  fill_symbols(s.subjects, lexicon, "duration_subjects");
  fill_symbols(s.subject_links, lexicon, "duration_subject_links");
  fill_symbols(s.determiners, lexicon, "duration_determiners");
  fill_symbols(s.age_links, lexicon, "duration_age_links");
  fill_symbols(s.event_subjects, lexicon, "duration_event_subjects");
  fill_symbols(tables_->blockers_before, lexicon, "duration_blockers_before");
  fill_symbols(tables_->relative_after, lexicon, "duration_relative_after");
  fill_symbols(tables_->leads, lexicon, "duration_leads");
  fill_symbols(tables_->clause_continuers, lexicon, "duration_clause_continuers");
  fill_symbols(tables_->since_words, lexicon, "duration_since_words");
  fill_symbols(tables_->articles, lexicon, "number_articles");
  fill_symbols(tables_->gap_openers, lexicon, "duration_gap_openers");
  tables_->gate.add_section(lexicon, "duration_possessives");
  tables_->gate.add_section(lexicon, "duration_since_words");
  for (auto section :
       {"number_units", "number_tens", "number_articles", "number_vague", "number_range_openers", "number_qualifiers"})
    tables_->number_gate.add_section(lexicon, section);
  tables_->number_gate.open_on_digits();
}

DurationGrammar::~DurationGrammar() = default;
DurationGrammar::DurationGrammar(DurationGrammar&&) noexcept = default;
DurationGrammar& DurationGrammar::operator=(DurationGrammar&&) noexcept = default;

std::vector<DurationMention> DurationGrammar::parse(std::string_view sentence) const {
  std::vector<DurationMention> out;
  const auto& t = *tables_;
  std::vector<SuperlativeMention> superlatives;  // parsed once, only when a "since" shows up
  bool superlatives_parsed = false;

  // The subject: right after the duration, else the nearest one before it in its clause (or
  // in the previous clause when this one starts with "which"/"who").
  auto find_subject = [&](std::size_t begin, std::size_t end, bool look_after) -> std::string {
    std::string subject;
    std::size_t subject_end = 0;
    if (look_after && parse_rule_at(durations::subject_after(), t.symbols, sentence, end, subject, subject_end))
      return subject;
    std::size_t clause_begin = begin;
    for (int clauses = 0; clauses < 2; ++clauses) {
      while (clause_begin > 0 && !is_clause_mark(sentence, clause_begin - 1)) --clause_begin;
      const auto first_word = next_word_start(sentence, clause_begin);
      if (clauses == 0 && clause_begin > 0 && first_word < begin &&
          in_table(t.clause_continuers, gate_word_at(sentence, first_word))) {
        --clause_begin;
        continue;
      }
      break;
    }
    auto last_subject_in = [&](std::size_t from, std::size_t to, bool must_end_at_to) {
      std::string found;
      // A subject's own words name no other one: the war of "prisoners of war" is theirs.
      for (auto at = next_word_start(sentence, from); at != std::string_view::npos && at < to;) {
        std::string value;
        std::size_t value_end = 0;
        const bool matched = parse_rule_at(durations::subject(), t.symbols, sentence, at, value, value_end);
        if (matched && (must_end_at_to ? value_end == to : value_end <= to)) found = std::move(value);
        at = next_word_start(sentence, matched && value_end > at ? value_end : at + 1);
      }
      return found;
    };
    auto found = last_subject_in(clause_begin, begin, false);
    // "The conflict, now in its fourth year, ...": a subject right before the comma that
    // opens this clause.
    if (found.empty() && clause_begin > 0) {
      const std::size_t mark = clause_begin - 1;
      std::size_t previous = mark;
      while (previous > 0 && !is_clause_mark(sentence, previous - 1)) --previous;
      found = last_subject_in(previous, trim_trailing_space(sentence, previous, mark), true);
    }
    return found;
  };

  std::size_t pos = next_word_start(sentence, 0);
  while (pos != std::string_view::npos) {
    const auto word = gate_word_at(sentence, pos);
    std::optional<DurationMention> mention;
    if (t.gate.opens(word)) {
      if (in_table(t.since_words, word)) {
        if (!superlatives_parsed) {
          superlatives = t.superlatives.parse(sentence);
          superlatives_parsed = true;
        }
        const bool in_superlative = std::any_of(superlatives.begin(), superlatives.end(),
                                                [&](const auto& s) { return s.begin < pos && pos < s.end; });
        if (const auto since = in_superlative ? std::nullopt : t.superlatives.since_at(sentence, pos)) {
          DurationMention m;
          m.begin = since->begin;
          m.end = since->end;
          m.since_year = since->year;
          m.since_month = since->month;
          m.since_event = since->event;
          m.subject = find_subject(m.begin, m.end, false);
          if (!m.subject.empty() && (m.since_year || !m.since_event.empty())) mention = std::move(m);
        }
      } else {
        ast::OrdinalYear year;
        std::size_t end = 0;
        if (parse_rule_at(durations::ordinal_year(), t.symbols, sentence, pos, year, end)) {
          const auto [unit, factor] = split_unit(year.unit);
          if (const auto ordinal = to_int(year.ordinal); ordinal && unit == "year" && factor == 1.0) {
            DurationMention m;
            m.begin = pos;
            m.end = end;
            m.ordinal_year = *ordinal;
            m.unit = unit;
            m.subject = find_subject(m.begin, m.end, false);
            mention = std::move(m);
          }
        }
      }
    } else if (t.number_gate.opens(word) && t.numbers.is_gate_word(word) &&
               !in_table(t.blockers_before, word_before(sentence, pos))) {
      // "almost a decade", "for a year": NumberGrammar reads an article only before a scale
      // ("a thousand"), so a bare article after an optional qualifier is read here.
      auto number = t.numbers.parse_qualified_at(sentence, pos);
      bool article = false;
      if (!number) {
        const auto qualifier = t.numbers.qualifier_at(sentence, pos);
        const auto article_pos = qualifier ? next_word_start(sentence, qualifier->second) : pos;
        const auto article_word =
            article_pos == std::string_view::npos ? std::string_view{} : gate_word_at(sentence, article_pos);
        if (const auto value = in_table(t.articles, article_word) ? to_int(*t.articles.find(std::string(article_word)))
                                                                  : std::nullopt) {
          number = QualifiedNumber{};
          number->begin = pos;
          number->end = article_pos + article_word.size();
          number->qualifier = qualifier ? qualifier->first : Qualifier::exact;
          number->number.begin = article_pos;
          number->number.end = number->end;
          number->number.value = *value;
          number->number.words = true;
          article = true;
        }
      }
      ast::DurationUnit unit;
      std::size_t end = 0;
      if (number && !number->number.vague &&
          parse_rule_at(durations::duration_unit(), t.symbols, sentence, number->number.end, unit, end)) {
        // A bare article is a number only after a qualifier or a lead word ("for a year"):
        // "300 drones a day" is a rate.
        const bool lead = in_table(t.leads, word_before(sentence, number->begin));
        const bool article_ok = !article || number->qualifier != Qualifier::exact || lead;
        const auto after = next_word_start(sentence, end);
        const bool relative_date = !lead && after != std::string_view::npos &&
                                   in_table(t.relative_after, gate_word_at(sentence, after)) &&
                                   trim_trailing_space(sentence, end, after) == end;
        const bool gap = gap_since_last(t.numbers, t.blockers_before, t.gap_openers, sentence, pos) &&
                         !subject_right_after(t.symbols, sentence, end);
        if (article_ok && !relative_date && !gap) {
          const auto [canonical, factor] = split_unit(unit.unit);
          DurationMention m;
          m.begin = number->begin;
          m.end = end;
          m.amount = (number->number.value + (unit.half ? 0.5 : 0.0)) * factor;
          if (number->number.value_hi) m.amount_hi = *number->number.value_hi * factor;
          m.unit = canonical;
          m.qualifier = number->qualifier;
          m.subject = find_subject(m.begin, m.end, true);
          mention = std::move(m);
        }
      }
    }
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
