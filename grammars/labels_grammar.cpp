// LabelGrammar: gates word starts on introducers, runs the label rule and lowers the result
// (the calc9 "compiler" role) into LabelMention.
#include "grammars/labels.hpp"
#include "grammars/labels_rules.hpp"
#include "grammars/lexicon_symbols.hpp"
#include "grammars/stages_word_gate.hpp"

namespace crosscheck::grammars {

namespace {

struct LabelTables {
  labels::Symbols symbols;
  WordGate gate;  // label_introducers
};

bool parse_label_at(const LabelTables& t, std::string_view text, std::size_t pos, ast::Label& label, std::size_t& end) {
  const auto symbols_ref = std::cref(t.symbols);
  const auto skipper_context = x3::make_context<x3::skipper_tag>(ascii_space);
  const auto context = x3::make_context<labels::symbols_tag>(symbols_ref, skipper_context);
  static_assert(std::is_same_v<std::decay_t<decltype(context)>, labels::context_type>);
  const char* first = text.data() + pos;
  if (!labels::label().parse(first, text.data() + text.size(), context, x3::unused, label)) return false;
  end = trim_trailing_space(text, pos, static_cast<std::size_t>(first - text.data()));
  return true;
}

}  // namespace

struct LabelGrammar::Tables : LabelTables {};

LabelGrammar::LabelGrammar(const Lexicon& lexicon) : tables_(std::make_unique<Tables>()) {
  auto& t = *tables_;
  fill_symbols(t.symbols.introducers, lexicon, "label_introducers");
  fill_symbols(t.symbols.stopwords, lexicon, "label_stopwords");
  t.gate.add_section(lexicon, "label_introducers");
}

LabelGrammar::~LabelGrammar() = default;
LabelGrammar::LabelGrammar(LabelGrammar&&) noexcept = default;
LabelGrammar& LabelGrammar::operator=(LabelGrammar&&) noexcept = default;

std::vector<LabelMention> LabelGrammar::parse(std::string_view sentence) const {
  std::vector<LabelMention> out;
  const LabelTables& t = *tables_;
  std::size_t pos = next_word_start(sentence, 0);
  while (pos != std::string_view::npos) {
    ast::Label label;
    std::size_t end = 0;
    if (t.gate.opens(gate_word_at(sentence, pos)) && parse_label_at(t, sentence, pos, label, end)) {
      LabelMention m;
      m.begin = pos;
      m.end = end;
      m.property = label.property;
      m.name = label.name;
      m.name_begin = end - m.name.size();
      m.text = std::string(sentence.substr(pos, end - pos));
      out.push_back(std::move(m));
      pos = next_word_start(sentence, end);
      continue;
    }
    pos = next_word_start(sentence, pos + 1);
  }
  return out;
}

}  // namespace crosscheck::grammars
