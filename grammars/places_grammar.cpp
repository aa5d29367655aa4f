// PlaceGrammar: gates word starts on prepositions, runs the place rules and lowers the result
// (the calc9 "compiler" role) into PlaceMention with the gazetteer's canonical name, kind and
// the places it lies within.
#include <map>
#include <optional>

#include "grammars/lexicon_symbols.hpp"
#include "grammars/places.hpp"
#include "grammars/places_rules.hpp"
#include "grammars/stages_word_gate.hpp"

namespace crosscheck::grammars {

namespace {

// Containment deeper than this is a loop in the gazetteer, not geography.
constexpr int max_within_depth = 8;

struct PlaceTables {
  places::Symbols symbols;
  WordGate gate;                                              // place_prepositions
  std::map<std::string, std::string, std::less<>> kinds;      // canonical -> country, region, city
  std::map<std::string, std::string, std::less<>> parents;    // canonical -> the place it lies within
  std::map<std::string, std::string, std::less<>> canonical;  // a name as written -> canonical
};

template <class Rule, class Attribute>
bool parse_rule_at(const Rule& rule, const places::Symbols& symbols, std::string_view text, std::size_t pos,
                   Attribute& attribute, std::size_t& end) {
  const auto symbols_ref = std::cref(symbols);
  const auto skipper_context = x3::make_context<x3::skipper_tag>(ascii_space);
  const auto context = x3::make_context<places::symbols_tag>(symbols_ref, skipper_context);
  static_assert(std::is_same_v<std::decay_t<decltype(context)>, places::context_type>);
  const char* first = text.data() + pos;
  if (!rule.parse(first, text.data() + text.size(), context, x3::unused, attribute)) return false;
  end = trim_trailing_space(text, pos, static_cast<std::size_t>(first - text.data()));
  return true;
}

std::size_t skip_spaces(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_ascii_space(text[pos])) ++pos;
  return pos;
}

bool capital_at(std::string_view s, std::size_t pos) { return pos < s.size() && s[pos] >= 'A' && s[pos] <= 'Z'; }

void fill_gazetteer(const PlaceTables& t, PlaceMention& m) {
  const auto known = t.canonical.find(m.name);
  if (known != t.canonical.end()) m.canonical = known->second;
  if (m.canonical.empty()) return;
  if (const auto kind = t.kinds.find(m.canonical); kind != t.kinds.end()) m.kind = kind->second;
  std::string at = m.canonical;
  for (int depth = 0; depth < max_within_depth; ++depth) {
    const auto parent = t.parents.find(at);
    if (parent == t.parents.end()) break;
    m.within.push_back(parent->second);
    at = parent->second;
  }
  for (std::size_t i = 0; i <= m.within.size() && m.country.empty(); ++i) {
    const std::string& place = i == 0 ? m.canonical : m.within[i - 1];
    if (const auto kind = t.kinds.find(place); kind != t.kinds.end() && kind->second == "country") m.country = place;
  }
}

std::optional<PlaceMention> place_at(const PlaceTables& t, std::string_view s, std::size_t pos) {
  PlaceMention m;
  std::size_t end = 0;
  if (!parse_rule_at(places::preposition(), t.symbols, s, pos, m.preposition, end)) return std::nullopt;
  const std::size_t at = skip_spaces(s, end);
  if (!capital_at(s, at) && !(s.substr(at).starts_with("the ") && capital_at(s, at + 4))) return std::nullopt;
  m.begin = pos;
  m.name_begin = at;
  std::string known;
  std::size_t known_end = 0;
  std::string head_kind;
  if (parse_rule_at(places::gazetteer_name(), t.symbols, s, at, known, known_end) &&
      !capital_at(s, skip_spaces(s, known_end))) {
    m.name = std::string(s.substr(at, known_end - at));
    m.end = known_end;
    if (parse_rule_at(places::place_head(), t.symbols, s, known_end, head_kind, end)) m.end = end;
  } else {
    if (!capital_at(s, at)) return std::nullopt;
    ast::PlaceName name;
    if (!parse_rule_at(places::place_name(), t.symbols, s, at, name, end)) return std::nullopt;
    m.name = name.name;
    head_kind = name.head;
    m.end = end;
  }
  fill_gazetteer(t, m);
  if (m.kind.empty()) m.kind = head_kind;
  return m;
}

}  // namespace

struct PlaceGrammar::Tables : PlaceTables {};

PlaceGrammar::PlaceGrammar(const Lexicon& lexicon) : tables_(std::make_unique<Tables>()) {
  auto& t = *tables_;
  auto& s = t.symbols;
  fill_symbols(s.prepositions, lexicon, "place_prepositions");
  fill_symbols(s.heads, lexicon, "place_heads");
  fill_symbols(s.stopwords, lexicon, "place_stopwords");
  fill_symbols(s.stopwords, lexicon, "date_months");
  fill_symbols(s.stopwords, lexicon, "date_weekdays");
  // Names as written only: "US" must not match "us".
  for (const auto& entry : lexicon.section("place_names")) {
    if (!s.names.find(entry.phrase)) s.names.add(entry.phrase, entry.value);
    t.canonical.emplace(entry.phrase, entry.value);
    t.canonical.emplace(entry.value, entry.value);
  }
  for (const auto& entry : lexicon.section("place_kinds")) t.kinds.emplace(entry.phrase, entry.value);
  for (const auto& entry : lexicon.section("place_within")) t.parents.emplace(entry.phrase, entry.value);
  t.gate.add_section(lexicon, "place_prepositions");
}

PlaceGrammar::~PlaceGrammar() = default;
PlaceGrammar::PlaceGrammar(PlaceGrammar&&) noexcept = default;
PlaceGrammar& PlaceGrammar::operator=(PlaceGrammar&&) noexcept = default;

std::vector<PlaceMention> PlaceGrammar::parse(std::string_view sentence) const {
  std::vector<PlaceMention> out;
  const PlaceTables& t = *tables_;
  std::size_t pos = next_word_start(sentence, 0);
  while (pos != std::string_view::npos) {
    if (t.gate.opens(gate_word_at(sentence, pos))) {
      if (auto mention = place_at(t, sentence, pos)) {
        mention->text = std::string(sentence.substr(mention->begin, mention->end - mention->begin));
        const auto end = mention->end;
        out.push_back(std::move(*mention));
        pos = next_word_start(sentence, end);
        continue;
      }
    }
    pos = next_word_start(sentence, pos + 1);
  }
  return out;
}

std::vector<std::string> PlaceGrammar::lineage(std::string_view name) const {
  PlaceMention m;
  m.name = std::string(name);
  fill_gazetteer(*tables_, m);
  if (m.canonical.empty()) return {};
  std::vector<std::string> out{m.canonical};
  out.insert(out.end(), m.within.begin(), m.within.end());
  return out;
}

}  // namespace crosscheck::grammars
