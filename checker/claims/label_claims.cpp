// Label claims: the names the lexicon's introducers announce ("the tanker Sea Harrow",
// "Operation Dawn Lantern", "Hurricane Ilse"), with the introducer's property, hung on the
// event word of their clause.
#include "checker/claims/extraction.hpp"

namespace crosscheck {

void extract_label_claims(Extraction& x) {
  for (auto& scan : x.sentences) {
    if (scan.skipped) continue;
    std::string why;
    for (const auto& m : x.tables.labels.parse(scan.text)) {
      Claim c = x.base_claim(scan, m.begin, m.end);
      c.kind = ClaimKind::label;
      c.property = m.property;
      LabelValue v;
      v.name = m.name;
      std::string_view introducer = scan.text.substr(m.begin, m.name_begin - m.begin);
      while (!introducer.empty() && introducer.back() == ' ') introducer.remove_suffix(1);
      v.introducer = introducer;
      c.value = v;
      c.explain.push_back(m.property + " from '" + v.introducer + "'");
      auto mention = attach_to_mention(x, scan, m.begin, m.end, false, why);
      if (mention) c.explain.push_back("about " + x.out.events[*mention].type + " (" + why + ")");
      x.push(std::move(c), mention, ClaimSite{m.begin, m.end, m.name_begin});
    }
  }
}

}  // namespace crosscheck
