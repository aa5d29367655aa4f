// Place claims: where an event happened, read after a preposition ("the epicentre was in
// Norland province", "made landfall near Port Avery") only in a clause with a word that says
// which place of the event it is (place_properties: epicentre, landfall, location), hung on
// the event word of its clause, which must be of a type that happens somewhere
// (place_event_types).
#include "checker/claims/extraction.hpp"

namespace crosscheck {

void extract_place_claims(Extraction& x) {
  for (auto& scan : x.sentences) {
    if (scan.skipped) continue;
    // Places after a preposition are rarer than property words: read them first.
    const auto places = x.tables.place_grammar.parse(scan.text);
    if (places.empty()) continue;
    const auto properties = scan.phrases(x.tables.place_properties);
    if (properties.empty()) continue;
    std::string why;
    for (const auto& m : places) {
      const auto* property = nearest_in_clause(scan, properties, m.begin, m.end);
      if (!property) continue;  // "a minister in Norland said ...": no place of the event
      Claim c = x.base_claim(scan, m.begin, m.end);
      c.kind = ClaimKind::place;
      c.property = property->value;
      PlaceValue v;
      v.known = !m.canonical.empty();
      v.name = v.known ? m.canonical : m.name;
      v.kind = m.kind;
      v.within = m.within;
      v.country = m.country;
      v.preposition = m.preposition;
      c.value = v;
      c.explain.push_back(c.property + " from '" +
                          std::string(scan.text.substr(property->begin, property->end - property->begin)) + "'");
      if (!v.known) c.explain.push_back("'" + m.name + "' is not in the gazetteer (place_names): never compared");
      auto mention = attach_to_mention(x, scan, m.begin, m.end, false, why);
      // "a deal struck at talks in Istanbul": only the place of an event that happens somewhere.
      if (!mention || !x.tables.place_event_types.count(x.out.events[*mention].type)) continue;
      c.explain.push_back("about " + x.out.events[*mention].type + " (" + why + ")");
      x.push(std::move(c), mention, ClaimSite{m.begin, m.end, m.name_begin});
    }
  }
}

}  // namespace crosscheck
