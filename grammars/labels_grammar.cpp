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
  return parse_rule_at<labels::symbols_tag, labels::context_type>(labels::label(), t.symbols, text, pos, label, end);
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
  scan_word_starts(sentence, [&](std::size_t pos) -> std::size_t {
    ast::Label label;
    std::size_t end = 0;
    if (!t.gate.opens(gate_word_at(sentence, pos)) || !parse_label_at(t, sentence, pos, label, end)) return 0;
    LabelMention m;
    m.begin = pos;
    m.end = end;
    m.property = label.property;
    m.name = label.name;
    m.name_begin = end - m.name.size();
    m.text = std::string(sentence.substr(pos, end - pos));
    out.push_back(std::move(m));
    return end;
  });
  return out;
}

}  // namespace crosscheck::grammars
