// Pass 2: undated documents take the date of the one dated story they share distinctive counts with.
#include "checker/events/resolution.hpp"

#include <map>
#include <set>
#include <tuple>

namespace crosscheck {

namespace {

// (event type, name) -> day -> the first dated document that gives its main event that name
// on that day.
using NameDays = std::map<std::pair<std::string, std::string>, std::map<Date, std::size_t>>;

// The names a document gives its main event: label claims whose property is the event's type
// ("Hurricane Melissa": storm), hung on its main event word ("Hurricane Dorian of 2019", hung
// on a storm of another year, is not its name).
std::set<std::string> name_signature(const DocumentClaims& doc, const std::string& type, std::size_t focus) {
  std::set<std::string> out;
  for (std::size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    if (c.kind != ClaimKind::label || c.property != type || doc.claim_mention[i] != focus) continue;
    out.insert(std::get<LabelValue>(c.value).name);
  }
  return out;
}

NameDays dated_names(const Resolution& r) {
  NameDays names;
  for (std::size_t e = 0; e < r.documents.size(); ++e) {
    const auto& st = r.state[e];
    if (!st.focus || !st.focus_date || st.focus_date->lo != st.focus_date->hi) continue;
    const std::string& type = r.documents[e].events[*st.focus].type;
    for (const auto& name : name_signature(r.documents[e], type, *st.focus))
      names[{type, name}].emplace(st.focus_date->lo, e);
  }
  return names;
}

// An undated document whose main event has the name a dated report gives its own on one day
// ("Hurricane Melissa") is that report's story: a named storm, fire or operation is one event,
// told with no figure in common. A name given on several days, or two names of different
// days, says nothing.
bool link_by_name(Resolution& r, const NameDays& names, std::size_t d, DocumentContext& ctx) {
  auto& st = r.state[d];
  const std::string& type = r.documents[d].events[*st.focus].type;
  std::optional<std::pair<Date, std::size_t>> found;
  std::string named;
  for (const auto& name : name_signature(r.documents[d], type, *st.focus)) {
    const auto it = names.find({type, name});
    if (it == names.end()) continue;
    if (it->second.size() != 1 || (found && found->first != it->second.begin()->first)) return false;
    found = *it->second.begin();
    named = name;
  }
  if (!found) return false;
  const auto& [day, e] = *found;
  const std::string evidence = "names the " + type + " '" + named + "', as " + r.documents[e].path + " does";
  st.focus_date = DatedRange{day, day, 0.6, "same story: " + evidence};
  st.linked_by_name = true;
  st.linked_published = r.documents[e].published;
  st.mention_dates[*st.focus] = st.focus_date;
  ctx.explain.push_back("story link: " + evidence + ", dated " + iso_date(day) +
                        " (its weekdays stay unread: when it was written is not known)");
  return true;
}

}  // namespace

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
  const auto names = dated_names(r);
  for (std::size_t d = 0; d < documents.size(); ++d) {
    auto& st = state[d];
    if (!st.focus || st.focus_date) continue;
    const std::string type = documents[d].events[*st.focus].type;
    const auto mine = count_signature(documents[d], type, st.focus);
    if (mine.empty()) {
      link_by_name(r, names, d, out.documents[d]);
      continue;
    }
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
      // a page published before the story's day cannot report it (a strike of another year
      // with the same small tolls)
      if (documents[d].published && *documents[d].published < day) continue;
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
    if (!linked && !ambiguous && link_by_name(r, names, d, ctx)) continue;
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
