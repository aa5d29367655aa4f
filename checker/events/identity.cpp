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
  //    The dated mentions of the corpus, in document order. A plan ("will exchange ... on June 13")
  //    is not the event that day: never keyed. (Walked twice, not gathered: one entry per dated
  //    event word of the corpus would be held at resolution's peak of memory.)
  const auto for_each_dated = [&](auto&& f) {
    for (std::size_t d = 0; d < documents.size(); ++d)
      for (std::size_t i = 0; i < documents[d].events.size(); ++i)
        if (state[d].mention_dates[i] && !documents[d].events[i].future)
          f(d, i, documents[d].events[i].type.str(), *state[d].mention_dates[i]);
  };
  std::map<std::string_view, std::set<Date>> points;  // type -> days reported
  for_each_dated([&](std::size_t, std::size_t, const std::string& type, const DatedRange& date) {
    if (date.lo == date.hi) points[type].insert(date.lo);
  });
  for_each_dated([&](std::size_t doc, std::size_t mention, const std::string& type, const DatedRange& date) {
    const bool point = date.lo == date.hi;
    std::string key, why;
    bool after_date = false;  // why goes on from the date's reason
    const Occurrence* whole = date.window ? r.occurrence_of(type, date.lo) : nullptr;
    if (point) {
      key = type + "@" + iso_date(date.lo);
      after_date = true;
      if (const Occurrence* o = r.occurrence_of(type, date.lo))
        why = "; one day of the " + type + " of " + range_text(o->lo, o->hi) + " (" + o->why + ")";
    } else if (whole) {
      key = whole->key;
      after_date = true;
      why = "; the whole " + type + " of " + range_text(whole->lo, whole->hi);
    } else if (day_keyed(type)) {
      why = "unknown: a " + type + " dated only to " + range_text(date.lo, date.hi) + " (" + date.reason +
            "); several can happen in that time";
    } else if (days(date.lo, date.hi) + 1 > options.max_range_days) {
      why = "unknown: dated only to " + range_text(date.lo, date.hi) + ", too wide to identify";
    } else {
      std::vector<Date> inside;
      for (Date p : points[type])
        if (p >= date.lo && p <= date.hi) inside.push_back(p);
      if (inside.size() == 1) {
        key = type + "@" + iso_date(inside.front());
        after_date = true;
        why = "; the only " + type + " reported on a day in " + range_text(date.lo, date.hi);
      } else if (inside.empty()) {
        key = type + "@" + range_text(date.lo, date.hi);
        after_date = true;
      } else {
        why = "unknown: " + range_text(date.lo, date.hi) + " holds several reported " + type + " days";
      }
    }
    if (!key.empty()) {
      out.event_types[key] = type;
      if (point) out.event_dates[key] = date.lo;
    }
    r.set_key(doc, mention, {key, std::move(why), after_date});
  });
}

}  // namespace crosscheck
