// The properties claims can have with a given lexicon: what a rule's select.properties may
// name. A property is "kind" or "verb/group" ("killed/civilians"); its first part is always one
// of these.
#include <algorithm>

#include "checker/claims/extract.hpp"

namespace crosscheck {

std::vector<std::string> property_vocabulary(const Lexicon& lexicon) {
  // Properties the extractor sets itself: the people an exchange moves, people still held,
  // a bare figure, and the date, stage and duration kinds' own properties.
  std::vector<std::string> names{"released", "held",      "people", "count",    "stage",    "date", "reference",
                                 "dateline", "statement", "as_of",  "previous", "duration", "time", "background"};
  // Sections whose canonical values (or, for measures, keys) become properties.
  for (const char* section :
       {"count_categories", "count_properties", "measure_age_words", "measure_words_before", "measure_words_after",
        "measure_unit_properties", "superlative_adjectives", "duration_subjects", "role_titles", "time_properties",
        "place_properties", "label_introducers"})
    for (const auto& entry : lexicon.section(section)) names.push_back(entry.value);
  // A held count's change: "seats_lost", "seats_gained" (count_change_verbs)
  for (const auto& held : lexicon.section("count_held_properties"))
    for (const auto& change : lexicon.section("count_change_verbs")) names.push_back(held.value + "_" + change.value);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace crosscheck
