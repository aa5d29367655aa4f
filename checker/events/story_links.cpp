// Pass 2: undated documents take the date of the one dated story they share distinctive counts with.
#include "checker/events/resolution.hpp"

#include <map>
#include <tuple>

namespace crosscheck {

void link_stories(Resolution& r) {
  auto& documents = r.documents;
  auto& state = r.state;
  auto& out = r.out;
  const auto& options = r.options;
  // 2. Story links: a document whose focus is undated takes the date of the one dated story
  //    of the same type it shares at least `story_min_shared` distinctive counts with. A count
  //    is distinctive when the dated stories of that type report it on one day only ("4 women"
  //    freed on many days says nothing). An index from (type, count) to days keeps this
  //    linear in the corpus instead of comparing every pair of documents.
  struct Reported {
    std::map<Date, std::size_t> days;  // day -> first document reporting it there
  };
  std::map<std::tuple<std::string, std::string, double>, Reported> reported;
  for (std::size_t e = 0; e < documents.size(); ++e) {
    const auto& st = state[e];
    if (!st.focus || !st.focus_date || st.focus_date->lo != st.focus_date->hi) continue;
    const std::string& type = documents[e].events[*st.focus].type;
    for (const auto& [prop, value] : count_signature(documents[e], type, st.focus))
      reported[{type, prop, value}].days.emplace(st.focus_date->lo, e);
  }
  for (std::size_t d = 0; d < documents.size(); ++d) {
    auto& st = state[d];
    if (!st.focus || st.focus_date) continue;
    const std::string type = documents[d].events[*st.focus].type;
    const auto mine = count_signature(documents[d], type, st.focus);
    if (mine.empty()) continue;
    // day -> distinctive counts shared with the story of that day, and a document of it
    std::map<Date, std::pair<std::vector<std::pair<std::string, double>>, std::size_t>> candidates;
    bool reported_on_several_days = false;
    for (const auto& [prop, value] : mine) {
      auto it = reported.find({type, prop, value});
      if (it == reported.end()) continue;
      if (it->second.days.size() != 1) {
        reported_on_several_days = true;
        continue;
      }
      const auto& [day, doc] = *it->second.days.begin();
      auto& c = candidates[day];
      c.first.emplace_back(prop, value);
      c.second = doc;
    }
    std::optional<Date> linked;
    std::size_t linked_from = 0;
    bool ambiguous = false;
    std::string evidence;
    for (const auto& [day, found] : candidates) {
      const auto& [shared, e] = found;
      // A year-less dateline on the story's day (or up to three days after) is evidence too:
      // then one shared count is enough.
      const auto& line = documents[d].dateline;
      const Date line_day =
          line ? Date{day.year(), std::chrono::month{line->month}, std::chrono::day{line->day}} : Date{};
      const bool dateline_fits = line && line_day.ok() && days(day, line_day) >= 0 && days(day, line_day) <= 3;
      const int needed = dateline_fits ? std::min(1, options.story_min_shared) : options.story_min_shared;
      if (static_cast<int>(shared.size()) < needed) continue;
      if (linked) ambiguous = true;
      linked = day;
      linked_from = e;
      evidence = documents[e].path + " (shares " + std::to_string(shared.size()) + " counts: ";
      for (std::size_t k = 0; k < shared.size() && k < 3; ++k) {
        const auto& [prop, value] = shared[k];
        evidence += (k ? ", " : "") + std::to_string(static_cast<long long>(value)) + " " + prop;
      }
      evidence += ")";
    }
    auto& ctx = out.documents[d];
    if (!linked && reported_on_several_days) {
      ctx.explain.push_back(
          "story link: ambiguous, its counts are reported by stories of several days; focus stays undated");
    } else if (ambiguous) {
      ctx.explain.push_back("story link: ambiguous, several dated stories share its counts; focus stays undated");
    } else if (linked) {
      st.focus_date = DatedRange{*linked, *linked, 0.6, "same story as " + evidence};
      st.linked_published = documents[linked_from].published;
      st.mention_dates[*st.focus] = st.focus_date;
      ctx.explain.push_back("story link: same story as " + evidence + ", dated " + iso_date(*linked));
    }
  }
}

}  // namespace crosscheck
