// StageGrammar: gates word starts, runs the stage rule, and lowers its AST (the calc9
// "compiler" role) into StageMention.
#include <charconv>

#include "grammars/lexicon_symbols.hpp"
#include "grammars/stages.hpp"
#include "grammars/stages_rules.hpp"
#include "grammars/stages_word_gate.hpp"

namespace crosscheck::grammars {

struct StageGrammar::Tables {
  stages::Symbols symbols;
  SymbolTable numbered_blockers_before;
  WordGate gate;
};

namespace {

std::optional<int> to_int(const std::string& s) {
  int value = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc{} || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

}  // namespace

StageGrammar::StageGrammar(const Lexicon& lexicon) : tables_(std::make_unique<Tables>()) {
  auto& s = tables_->symbols;
  fill_symbols(s.ordinals, lexicon, "stage_ordinals");
  fill_symbols(s.ordinal_suffixes, lexicon, "stage_ordinal_suffixes");
  fill_symbols(s.finals, lexicon, "stage_finals");
  fill_symbols(s.relatives, lexicon, "stage_relatives");
  fill_symbols(s.nouns, lexicon, "stage_nouns");
  fill_symbols(s.numbered_nouns, lexicon, "stage_numbered_nouns");
  fill_symbols(s.cardinals, lexicon, "number_units");
  fill_symbols(tables_->numbered_blockers_before, lexicon, "stage_numbered_blockers_before");
  fill_symbols(s.of_what, lexicon, "stage_of_what");
  fill_symbols(s.determiners, lexicon, "stage_determiners");
  for (auto section : {"stage_ordinals", "stage_finals", "stage_relatives", "stage_numbered_nouns"})
    tables_->gate.add_section(lexicon, section);
  tables_->gate.open_on_digits();
}

StageGrammar::~StageGrammar() = default;
StageGrammar::StageGrammar(StageGrammar&&) noexcept = default;
StageGrammar& StageGrammar::operator=(StageGrammar&&) noexcept = default;

std::vector<StageMention> StageGrammar::parse(std::string_view sentence) const {
  std::vector<StageMention> out;
  const auto symbols = std::cref(tables_->symbols);
  const auto skipper_context = x3::make_context<x3::skipper_tag>(ascii_space);
  const auto context = x3::make_context<stages::symbols_tag>(symbols, skipper_context);
  static_assert(std::is_same_v<std::decay_t<decltype(context)>, stages::context_type>);

  const char* const base = sentence.data();
  const char* const last = base + sentence.size();
  auto finish = [&](StageMention& m, std::size_t begin, const char* end) {
    m.begin = begin;
    m.end = trim_trailing_space(sentence, begin, static_cast<std::size_t>(end - base));
    m.text = std::string(sentence.substr(m.begin, m.end - m.begin));
  };

  std::size_t pos = next_word_start(sentence, 0);
  while (pos != std::string_view::npos) {
    std::optional<StageMention> mention;
    if (tables_->gate.opens_at(sentence, pos)) {
      const char* first = base + pos;
      ast::StagePhrase phrase;
      ast::NumberedStage numbered;
      if (stages::stage_phrase().parse(first, last, context, x3::unused, phrase) &&
          (phrase.ordinal || phrase.final || phrase.relative)) {
        StageMention m;
        if (phrase.ordinal) m.ordinal = to_int(*phrase.ordinal);
        m.final = phrase.final.has_value();
        // "the next phase" names no ordinal; with one ("the second new phase") the ordinal wins.
        if (phrase.relative && !phrase.ordinal) m.relative = *phrase.relative;
        m.noun = phrase.noun;
        m.of_what = phrase.of_what.value_or("");
        finish(m, pos, first);
        // The noun may be left out only after an ordinal ("the fourth this month").
        const bool elided = m.noun == "elided";
        if (elided) m.noun = "stage";
        if ((!phrase.ordinal || m.ordinal) && (!elided || (m.ordinal && !phrase.relative))) mention = std::move(m);
      } else if (const auto before = previous_word(sentence, pos);
                 (before.empty() || !tables_->numbered_blockers_before.find(std::string(before))) &&
                 (first = base + pos, stages::numbered_stage().parse(first, last, context, x3::unused, numbered))) {
        StageMention m;
        m.ordinal = to_int(numbered.number);
        m.noun = numbered.noun;
        m.of_what = numbered.of_what.value_or("");
        finish(m, pos, first);
        if (m.ordinal) mention = std::move(m);
      }
    }
    if (mention) {
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
