// RoleGrammar: gates word starts, runs the role rules, and lowers their AST (the calc9
// "compiler" role) into RoleMention; also finds appositives ("Zelensky, the Ukrainian
// president") by parsing the role after the comma and the name before it.
#include "grammars/lexicon_symbols.hpp"
#include "grammars/roles.hpp"
#include "grammars/roles_rules.hpp"
#include "grammars/stages_word_gate.hpp"

namespace crosscheck::grammars {

struct RoleGrammar::Tables {
  roles::Symbols symbols;
  WordGate gate;
};

namespace {

// Proper nouns and stopwords: as written and in capitals only, so "us" is never "US" and
// "the" never the stopword "The".
void fill_as_written(SymbolTable& table, const Lexicon& lexicon, std::string_view section) {
  for (const auto& entry : lexicon.section(section)) {
    const auto variants = case_variants(entry.phrase);
    for (const auto& variant : {variants.front(), variants.back()}) {
      if (!table.find(variant)) table.add(variant, entry.value);
    }
  }
}

template <class Rule, class Attribute>
bool parse_rule_at(const Rule& rule, const roles::Symbols& symbols, std::string_view text, std::size_t pos,
                   Attribute& attribute, std::size_t& end) {
  const auto symbols_ref = std::cref(symbols);
  const auto skipper_context = x3::make_context<x3::skipper_tag>(ascii_space);
  const auto context = x3::make_context<roles::symbols_tag>(symbols_ref, skipper_context);
  static_assert(std::is_same_v<std::decay_t<decltype(context)>, roles::context_type>);
  const char* first = text.data() + pos;
  if (!rule.parse(first, text.data() + text.size(), context, x3::unused, attribute)) return false;
  end = trim_trailing_space(text, pos, static_cast<std::size_t>(first - text.data()));
  return true;
}

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// Word starts (after white space) in [floor, comma), nearest first, at most `limit`.
std::vector<std::size_t> word_starts_before(std::string_view text, std::size_t floor, std::size_t comma,
                                            std::size_t limit) {
  std::vector<std::size_t> starts;
  for (std::size_t i = comma; i > floor && starts.size() < limit; --i) {
    const std::size_t at = i - 1;
    if (!is_space(text[at]) && (at == floor || at == 0 || is_space(text[at - 1]))) starts.push_back(at);
  }
  return starts;
}

}  // namespace

RoleGrammar::RoleGrammar(const Lexicon& lexicon) : tables_(std::make_unique<Tables>()) {
  auto& s = tables_->symbols;
  fill_symbols(s.titles, lexicon, "role_titles");
  fill_symbols(s.modifiers, lexicon, "role_modifiers");
  fill_symbols(s.hyphen_modifiers, lexicon, "role_hyphen_modifiers");
  fill_as_written(s.affiliations, lexicon, "role_affiliations");
  fill_as_written(s.name_particles, lexicon, "role_name_particles");
  fill_as_written(s.name_stopwords, lexicon, "role_name_stopwords");
  for (auto section : {"role_titles", "role_modifiers", "role_hyphen_modifiers", "role_affiliations"})
    tables_->gate.add_section(lexicon, section);
}

RoleGrammar::~RoleGrammar() = default;
RoleGrammar::RoleGrammar(RoleGrammar&&) noexcept = default;
RoleGrammar& RoleGrammar::operator=(RoleGrammar&&) noexcept = default;

std::vector<RoleMention> RoleGrammar::parse(std::string_view sentence) const {
  std::vector<RoleMention> out;
  const auto& symbols = tables_->symbols;
  std::size_t floor = 0;  // appositive names never reach back into an earlier mention
  std::size_t pos = next_word_start(sentence, 0);
  while (pos != std::string_view::npos) {
    std::size_t end = 0;
    if (tables_->gate.opens_at(sentence, pos)) {
      ast::Role role;
      if (parse_rule_at(roles::role(), symbols, sentence, pos, role, end)) {
        RoleMention m;
        m.begin = pos;
        m.end = end;
        m.modifier = role.modifier.value_or("");
        m.affiliation = role.affiliation ? *role.affiliation : role.of_affiliation.value_or("");
        m.title = role.title;
        m.person = role.person;
        m.text = std::string(sentence.substr(m.begin, m.end - m.begin));
        out.push_back(std::move(m));
        floor = end;
        pos = next_word_start(sentence, end);
        continue;
      }
    }
    // "Name, the [modifier] [affiliation] title": the role after the comma, then the name.
    std::size_t comma = pos;
    while (comma > floor && is_space(sentence[comma - 1])) --comma;
    if (comma > floor && comma < pos && sentence[comma - 1] == ',' && gate_word_at(sentence, pos) == "the") {
      ast::RoleAppositive role;
      if (parse_rule_at(roles::role_appositive(), symbols, sentence, pos, role, end)) {
        --comma;
        const auto starts = word_starts_before(sentence, floor, comma, 6);
        for (auto it = starts.rbegin(); it != starts.rend(); ++it) {  // the longest name first
          std::string person;
          std::size_t name_end = 0;
          if (!parse_rule_at(roles::person_name(), symbols, sentence, *it, person, name_end) || name_end != comma)
            continue;
          RoleMention m;
          m.begin = *it;
          m.end = end;
          m.modifier = role.modifier.value_or("");
          m.affiliation = role.affiliation ? *role.affiliation : role.of_affiliation.value_or("");
          m.title = role.title;
          m.person = std::move(person);
          m.appositive = true;
          m.text = std::string(sentence.substr(m.begin, m.end - m.begin));
          out.push_back(std::move(m));
          floor = end;
          break;
        }
        if (floor == end) {
          pos = next_word_start(sentence, end);
          continue;
        }
      }
    }
    pos = next_word_start(sentence, pos + 1);
  }
  return out;
}

}  // namespace crosscheck::grammars
