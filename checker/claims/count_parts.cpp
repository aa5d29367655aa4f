// Parts of a whole on the dimensions the lexicon names (part_dimensions in counts.yaml): the
// place a count is limited to, the group or nationality of the people it counts, and the
// wholes that name their parts ("640 killed in Peru and Ecuador", "700 people: 420 in Peru
// and 250 in Ecuador"). The sum check adds parts up against their whole; the compare check
// never compares a part with the whole.
#include <algorithm>

#include "checker/claims/extraction.hpp"

namespace crosscheck {

namespace {

// The last word of a count's text ("12 Germans" -> "Germans").
std::string_view last_word(std::string_view text) {
  const std::size_t space = text.rfind(' ');
  return space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
}

// The part a count covers, from its place, its property ("killed/military", "civilians") or
// the noun it names.
// A group of a whole told at one place ("Among the dead in Kerr County were 28 children") is
// that place's part: its location says which whole it belongs to.
std::optional<CountPart> part_of_count(const ExtractionTables& t, const Claim& c) {
  const std::size_t slash = c.property.find('/');
  const std::string group = slash == std::string::npos ? c.property : c.property.substr(slash + 1);
  const std::string whole = slash == std::string::npos ? "" : c.property.substr(0, slash);
  const auto found = t.part_values.find(group);
  if (slash != std::string::npos && found != t.part_values.end()) return CountPart{found->second, group, whole};
  if (!c.location.empty()) return CountPart{"place", c.location, c.property};
  if (found != t.part_values.end()) return CountPart{found->second, group, whole};
  const std::string_view noun = last_word(c.text);
  if (const auto it = t.part_values.find(noun); !noun.empty() && it != t.part_values.end())
    return CountPart{it->second, std::string(noun), c.property};
  return std::nullopt;
}

// Whether `between` (the text between a whole and the first item of a list) introduces the
// list as that whole's breakdown: "700 people: 420 in Peru and 250 in Ecuador".
bool opens_breakdown(std::string_view between) {
  return between == ": " || between == ", " || between == " -- " || between == " \u2014 " || between == " \u2013 ";
}

bool list_join(std::string_view between) { return between == " and " || between == ", " || between == ", and "; }

}  // namespace

void assign_count_parts(Extraction& x) {
  auto& claims = x.out.claims;
  for (Claim& c : claims) {
    if (c.kind != ClaimKind::count || c.part) continue;
    c.part = part_of_count(x.tables, c);
    if (c.part) c.explain.push_back("a part: " + c.part->dimension + " " + c.part->value);
    // "215 soldiers and civilians": a whole made of the groups it names.
    if (!c.covers && !c.groups.empty() && std::all_of(c.groups.begin(), c.groups.end(), [&](const std::string& g) {
          const auto it = x.tables.part_values.find(g);
          return it != x.tables.part_values.end() && it->second == x.tables.part_values.find(c.groups.front())->second;
        }))
      c.covers = PartCover{x.tables.part_values.find(c.groups.front())->second, c.groups};
  }
  // A whole followed by a list of its parts on one dimension: the text gives the list as the
  // whole, so the whole covers exactly the list's values.
  for (std::size_t i = 0; i + 2 < claims.size(); ++i) {
    Claim& whole = claims[i];
    if (whole.kind != ClaimKind::count || whole.part || whole.covers) continue;
    const SentenceView& s = x.sentences[whole.sentence];
    std::vector<std::size_t> list;
    for (std::size_t k = i + 1; k < claims.size(); ++k) {
      const Claim& item = claims[k];
      const std::size_t prev = k - 1;
      if (item.kind != ClaimKind::count || item.sentence != whole.sentence || !item.part ||
          x.sites[prev].end > x.sites[k].begin)
        break;
      if (item.part->dimension != claims[i + 1].part->dimension) break;
      const std::string_view between = s.text.substr(x.sites[prev].end, x.sites[k].begin - x.sites[prev].end);
      if (!(k == i + 1 ? opens_breakdown(between) : list_join(between))) break;
      list.push_back(k);
    }
    if (list.size() < 2) continue;
    PartCover cover{claims[list.front()].part->dimension, {}};
    std::string named;
    for (const std::size_t k : list) {
      cover.values.push_back(claims[k].part->value);
      named += (named.empty() ? "" : ", ") + claims[k].part->value;
    }
    whole.covers = std::move(cover);
    whole.explain.push_back("a whole broken down by " + whole.covers->dimension + " in its sentence: " + named);
    i = list.back();
  }
}

}  // namespace crosscheck
