// Measure claims: every measure the grammar finds in a sentence (ages of a group's youngest
// and oldest, magnitudes, depths, percentages, ...), with its property, qualifier, amount and
// unit, hung on the event word of its clause. Scope is left to the scope pass.
#include "checker/claims/extraction.hpp"

namespace crosscheck {

void extract_measure_claims(Extraction& x) {
  for (auto& scan : x.sentences) {
    if (scan.skipped) continue;
    std::string why;
    for (const auto& m : x.tables.measures.parse(scan.text)) {
      Claim c = x.base_claim(scan, m.begin, m.end);
      c.kind = ClaimKind::measure;
      c.property = m.property;
      c.qualifier = m.qualifier;
      MeasureValue v;
      v.amount = m.amount;
      v.amount_hi = m.amount_hi;
      v.lo = m.lo;
      v.hi = m.hi;
      v.unit = m.unit;
      c.value = v;
      c.explain.push_back(m.property + " from '" + m.cue + "'");
      auto mention = attach_to_mention(x, scan, m.begin, m.end, false, why);
      if (mention) c.explain.push_back("about " + x.out.events[*mention].type + " (" + why + ")");
      x.push(std::move(c), mention, ClaimSite{m.begin, m.end, m.number_begin});
    }
  }
}

}  // namespace crosscheck
