// AgeGrammar: tries the age rules at capitalised words and numbers and lowers the result
// (the calc9 "compiler" role) into AgeMention.
#include <cctype>

#include "grammars/ages.hpp"
#include "grammars/ages_rules.hpp"
#include "grammars/lexicon_symbols.hpp"
#include "grammars/stages_word_gate.hpp"

namespace crosscheck::grammars {

namespace {

constexpr unsigned max_age = 119;

template <class Rule, class Attribute>
bool parse_at(const ages::Symbols& symbols, const Rule& rule, std::string_view text, std::size_t pos,
              Attribute& attribute, std::size_t& end) {
  return parse_rule_at<ages::symbols_tag, ages::context_type>(rule, symbols, text, pos, attribute, end);
}

}  // namespace

struct AgeGrammar::Tables {
  ages::Symbols symbols;
};

AgeGrammar::AgeGrammar(const Lexicon& lexicon) : tables_(std::make_unique<Tables>()) {
  auto& s = tables_->symbols;
  fill_symbols(s.stopwords, lexicon, "age_name_stopwords");
  fill_symbols(s.stopwords, lexicon, "date_months");
  fill_symbols(s.stopwords, lexicon, "date_weekdays");
  fill_symbols(s.before_number, lexicon, "age_before_number");
  fill_symbols(s.after_number, lexicon, "age_after_number");
  fill_symbols(s.units, lexicon, "age_units");
}

AgeGrammar::~AgeGrammar() = default;
AgeGrammar::AgeGrammar(AgeGrammar&&) noexcept = default;
AgeGrammar& AgeGrammar::operator=(AgeGrammar&&) noexcept = default;

std::vector<AgeMention> AgeGrammar::parse(std::string_view sentence) const {
  std::vector<AgeMention> out;
  const auto& symbols = tables_->symbols;
  scan_word_starts(sentence, [&](std::size_t pos) -> std::size_t {
    const auto c = static_cast<unsigned char>(sentence[pos]);
    AgeMention m;
    std::size_t end = 0;
    if (std::isupper(c)) {
      ast::AgeAfterName a;
      if (!parse_at(symbols, ages::after_name(), sentence, pos, a, end)) return 0;
      m.person = a.person;
      m.age = a.age;
      m.name_begin = pos;
    } else if (std::isdigit(c)) {
      ast::AgeBeforeName a;
      if (!parse_at(symbols, ages::before_name(), sentence, pos, a, end)) return 0;
      m.person = a.person;
      m.age = a.age;
      m.name_begin = end - a.person.size();
    } else {
      return 0;
    }
    if (m.age < 1 || m.age > max_age) return 0;
    m.begin = pos;
    m.end = end;
    m.name_end = m.name_begin + m.person.size();
    m.text = std::string(sentence.substr(pos, end - pos));
    out.push_back(std::move(m));
    return end;
  });
  return out;
}

}  // namespace crosscheck::grammars
