// Pass 4b: one article is one moment. An undated page whose main event has no day (no
// published date, no story it could be linked to) still reports that event as of the moment
// it was written: its own figures for it can contradict each other ("at least 82 dead" in
// the lead, "the toll has risen to 78" further down). Those mentions take a key of the page
// alone, so its claims are compared with each other and never with another source's (which
// may be of another day). A mention that carries a day of its own, even one that could not
// be resolved ("on Friday"), or stands after a link to another time, is not the page's
// moment and stays unknown.
#include "checker/events/resolution.hpp"

#include <algorithm>

#include "checker/claims/clauses.hpp"

namespace crosscheck {

std::string page_moment_key(const std::string& type, const std::string& path) { return type + "@page:" + path; }

bool is_page_moment_key(const std::string& key) { return key.find("@page:") != std::string::npos; }

void key_undated_pages(Resolution& r) {
  for (std::size_t d = 0; d < r.documents.size(); ++d) {
    const auto& doc = r.documents[d];
    const auto& st = r.state[d];
    if (doc.published || !st.focus || st.focus_date) continue;
    const auto& focus = doc.events[*st.focus];
    // Several exchanges or attacks can happen in the days one page recounts: its figures
    // may be of different days however it words them. A flood or a storm is one occurrence.
    const auto& day_keyed = r.options.day_keyed_types;
    if (std::find(day_keyed.begin(), day_keyed.end(), focus.type) != day_keyed.end()) continue;
    const std::string key = page_moment_key(focus.type, doc.path);
    // A day the main event names that no calendar resolves ("on Sunday", with no published
    // date) is the page's moment: mentions naming the same day are of it, others are not.
    const auto day_text = [&](const EventMention& m) {
      return m.date_claim ? lower(doc.claims[*m.date_claim].text) : "";
    };
    const std::string moment_day = day_text(focus);
    bool keyed = false;
    for (std::size_t i = 0; i < doc.events.size(); ++i) {
      const auto& m = doc.events[i];
      if (m.type != focus.type || m.other || m.future || m.previous || m.after_other_time ||
          (m.date_claim && day_text(m) != moment_day) || st.mention_dates[i] || r.mention_keys.count({d, i}))
        continue;
      r.mention_keys[{d, i}] = {key, "undated page: the " + m.type +
                                         " it reports, as of the moment it was written "
                                         "(compared only within this page)"};
      keyed = true;
    }
    if (keyed) {
      r.state[d].moment_day = moment_day;
      r.out.event_types[key] = focus.type;
      r.out.documents[d].explain.push_back(
          "moment: no day for its " + focus.type +
          (moment_day.empty() ? "" : " ('" + doc.claims[*focus.date_claim].text + "' has no calendar)") +
          "; its own figures are compared with each other only (" + key + ")");
    }
  }
}

}  // namespace crosscheck
