// Pass 4: event identity across documents, as keys.
#include "checker/events/resolution.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace crosscheck {

void identify_events(Resolution& r) {
  auto& documents = r.documents;
  auto& state = r.state;
  auto& out = r.out;
  const auto& options = r.options;
  const auto day_keyed = [&](const std::string& type) {
    return std::find(options.day_keyed_types.begin(), options.day_keyed_types.end(), type) !=
           options.day_keyed_types.end();
  };
  // 4. Event identity across documents: per type, day-keyed types by their exact day; others
  //    (agreements) by overlapping dates when at least one side is a day or both are short
  //    ranges. A range that overlaps two different days stays unknown: when unsure, do not compare.
  // (References, not copies: one instance per dated event word of the corpus, held while
  // every claim is, at resolution's peak of memory.)
  struct Instance {
    std::size_t doc, mention;
    const std::string& type;
    const DatedRange& date;
  };
  std::vector<Instance> instances;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    for (std::size_t i = 0; i < documents[d].events.size(); ++i) {
      // A plan ("will exchange ... on June 13") is not the event that day: never keyed.
      if (state[d].mention_dates[i] && !documents[d].events[i].future)
        instances.push_back({d, i, documents[d].events[i].type, *state[d].mention_dates[i]});
    }
  }
  auto& mention_keys = r.mention_keys;
  std::map<std::string_view, std::set<Date>> points;  // type -> days reported
  for (const auto& in : instances)
    if (in.date.lo == in.date.hi) points[in.type].insert(in.date.lo);
  for (const auto& in : instances) {
    const bool point = in.date.lo == in.date.hi;
    std::string key, why;
    bool after_date = false;  // why goes on from the date's reason
    const Occurrence* whole = in.date.window ? r.occurrence_of(in.type, in.date.lo) : nullptr;
    if (point) {
      key = in.type + "@" + iso_date(in.date.lo);
      after_date = true;
      if (const Occurrence* o = r.occurrence_of(in.type, in.date.lo))
        why = "; one day of the " + in.type + " of " + range_text(o->lo, o->hi) + " (" + o->why + ")";
    } else if (whole) {
      key = whole->key;
      after_date = true;
      why = "; the whole " + in.type + " of " + range_text(whole->lo, whole->hi);
    } else if (day_keyed(in.type)) {
      why = "unknown: a " + in.type + " dated only to " + range_text(in.date.lo, in.date.hi) + " (" + in.date.reason +
            "); several can happen in that time";
    } else if (days(in.date.lo, in.date.hi) + 1 > options.max_range_days) {
      why = "unknown: dated only to " + range_text(in.date.lo, in.date.hi) + ", too wide to identify";
    } else {
      std::vector<Date> inside;
      for (Date p : points[in.type])
        if (p >= in.date.lo && p <= in.date.hi) inside.push_back(p);
      if (inside.size() == 1) {
        key = in.type + "@" + iso_date(inside.front());
        after_date = true;
        why = "; the only " + in.type + " reported on a day in " + range_text(in.date.lo, in.date.hi);
      } else if (inside.empty()) {
        key = in.type + "@" + range_text(in.date.lo, in.date.hi);
        after_date = true;
      } else {
        why = "unknown: " + range_text(in.date.lo, in.date.hi) + " holds several reported " + in.type + " days";
      }
    }
    mention_keys[{in.doc, in.mention}] = {key, std::move(why), after_date};
    if (!key.empty()) {
      out.event_types[key] = in.type;
      if (point) out.event_dates[key] = in.date.lo;
    }
  }
}

}  // namespace crosscheck
