// Time-of-day claims: every time the grammar finds in a sentence ("at 4:17 a.m. local time",
// "shortly after 3 p.m. EDT"), with the property a word of its clause gives (onset: "struck",
// "made landfall"; "time" when none does), hung on the event word of its clause.
#include <cstdlib>

#include "checker/claims/claim_json.hpp"
#include "checker/claims/extraction.hpp"

namespace crosscheck {

const grammars::PhraseMention* nearest_in_clause(const SentenceView& scan,
                                                 const std::vector<grammars::PhraseMention>& found, std::size_t begin,
                                                 std::size_t end) {
  const grammars::PhraseMention* best = nullptr;
  std::size_t best_distance = 0;
  for (const auto& p : found) {
    if (p.end > begin && p.begin < end) continue;  // inside the mention itself
    const std::size_t near_end = p.end <= begin ? begin : end;
    const std::size_t near_phrase = p.end <= begin ? p.end : p.begin;
    if (!same_clause(scan.bounds, near_phrase, near_end)) continue;
    const std::size_t distance = near_end > near_phrase ? near_end - near_phrase : near_phrase - near_end;
    // A word before the mention wins a tie: "struck near Port Avery, flattening ...".
    if (!best || distance < best_distance) {
      best = &p;
      best_distance = distance;
    }
  }
  return best;
}

// The mentions that are the ends of a range ("between 1:30am and 2:30am"): an opener right
// before a time, a joiner alone between it and the next.
std::vector<bool> range_ends(const Extraction& x, const SentenceView& scan,
                             const std::vector<grammars::TimeMention>& mentions) {
  std::vector<bool> ends(mentions.size(), false);
  for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
    const auto& a = mentions[i];
    const auto& b = mentions[i + 1];
    const auto openers = scan.phrases(x.tables.time_range_openers, 0, a.begin);
    const auto joiners = scan.phrases(x.tables.time_range_joiners, a.end, b.begin);
    const bool opened =
        std::any_of(openers.begin(), openers.end(), [&](const auto& p) { return p.end + 1 == a.begin; });
    const bool joined = std::any_of(joiners.begin(), joiners.end(),
                                    [&](const auto& p) { return p.begin == 1 && a.end + p.end + 1 == b.begin; });
    if (opened && joined) ends[i] = ends[i + 1] = true;
  }
  return ends;
}

void extract_time_claims(Extraction& x) {
  for (auto& scan : x.sentences) {
    if (scan.skipped) continue;
    const auto mentions = x.tables.times.parse(scan.text);
    if (mentions.empty()) continue;
    const auto properties = scan.phrases(x.tables.time_properties);
    const auto others = scan.phrases(x.tables.time_other_occurrences);
    std::string why;
    const auto in_range = range_ends(x, scan, mentions);
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      const auto& m = mentions[i];
      Claim c = x.base_claim(scan, m.begin, m.end);
      c.kind = ClaimKind::time_of_day;
      c.qualifier = m.qualifier;
      TimeOfDayValue v;
      v.minutes = m.minutes;
      v.zone = m.zone;
      v.utc_minutes = m.utc_minutes;
      c.value = v;
      const auto* property = nearest_in_clause(scan, properties, m.begin, m.end);
      const auto* other = nearest_in_clause(scan, others, m.begin, m.end);
      const bool as_of = as_of_moment(x.tables, scan, m.begin, m.end, m.text);
      c.property = property && !other && !in_range[i] && !as_of ? property->value : "time";
      if (as_of)
        c.explain.push_back(
            "time: the moment its sentence's figures were true (date_as_of_markers, date_as_of_tallies), not "
            "when the event happened");
      else if (in_range[i])
        c.explain.push_back(
            "time: an end of a range of times (time_range_openers, time_range_joiners), not when it "
            "happened");
      else if (other)
        c.explain.push_back("time: '" + std::string(scan.text.substr(other->begin, other->end - other->begin)) +
                            "' in its clause is another occurrence than the event's own (time_other_occurrences)");
      else if (property)
        c.explain.push_back(c.property + " from '" +
                            std::string(scan.text.substr(property->begin, property->end - property->begin)) + "'");
      else c.explain.push_back("time: no word in its clause says what happened then (time_properties)");
      if ((m.zone.empty() || m.zone == "local") && !m.utc_minutes)
        c.explain.push_back(m.zone.empty() ? "no zone written: compared only with times that name no zone"
                                           : "local time: compared only with local times");
      else if (!m.utc_minutes)
        c.explain.push_back("zone " + m.zone + " converts to no other: compared only with times in the same zone");
      else c.explain.push_back("in UTC " + clock_time(*m.utc_minutes));
      auto mention = attach_to_mention(x, scan, m.begin, m.end, false, why);
      if (mention) c.explain.push_back("about " + x.out.events[*mention].type + " (" + why + ")");
      x.push(std::move(c), mention, ClaimSite{m.begin, m.end, m.begin});
    }
  }
}

}  // namespace crosscheck
