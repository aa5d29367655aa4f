// Age claims: a named person's age as written next to the name ("Romi Gonen, 24,", "Agam
// Berger (19)", "the 20-year-old soldier Agam Berger"). They hang on no event: the age check
// compares one person's ages between reports of one moment (see check_age.cpp).
#include "checker/claims/extraction.hpp"

namespace crosscheck {

void extract_age_claims(Extraction& x) {
  for (auto& scan : x.sentences) {
    if (scan.skipped) continue;
    for (const auto& m : x.tables.ages.parse(scan.text)) {
      Claim c = x.base_claim(scan, m.begin, m.end);
      c.kind = ClaimKind::age;
      c.property = "age";
      c.value = AgeValue{m.person, m.age};
      c.explain.push_back(m.person + " is " + std::to_string(m.age));
      x.push(std::move(c), std::nullopt, ClaimSite{m.begin, m.end, m.name_begin});
    }
  }
}

}  // namespace crosscheck
