// Pass 4b: one article is one moment. An undated page whose main event has no day (no
// published date, no story it could be linked to) still reports that event as of the moment
// it was written: its own figures for it can contradict each other ("at least 40 dead" in
// the lead, "the toll has risen to 35" further down). Those mentions take a key of the page
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

// Pass 3b: an undated page about a continuing event whose story is known (story_start: its own
// full date, a story link, or the dated reports that give its figures) reports that story's
// occurrence, as of the latest day of the story it says its figures were given ("officials
// said on Sunday", "as of Sunday afternoon"). Its figures are then compared with other pages'
// of the same moment, and a later toll below an earlier one is seen. A page that writes no such
// day stays its own moment.
namespace {

// "Melissa came ashore Tuesday ... is expected to reach Cuba late Tuesday": a page whose lead
// tells of the event's first day and that still expects more on that same day was written on
// it. A coming weekday the calendar left unread counts when it is that day's ("is expected to
// reach Cuba late Tuesday": the page is of the story's week, so not the Tuesday after). The
// lead's date claim, or null.
const Claim* same_day_expectation(const DocumentClaims& doc, const DocumentEvents& st, Date start) {
  const auto on_start = [&](const Claim& c) {
    const auto* v = std::get_if<DateValue>(&c.value);
    if (!v || c.property != "date") return false;
    if (!v->lo.ok()) return v->future_tense && is_weekday_of(*v, start);
    return v->lo == v->hi && v->lo == start;
  };
  const Claim* lead = nullptr;
  bool expected = false;
  for (const auto& c : doc.claims) {
    if (!on_start(c)) continue;
    if (std::get<DateValue>(c.value).future_tense) expected = true;
    else if (!lead && in_lead(st, c.sentence)) lead = &c;
  }
  return expected ? lead : nullptr;
}

}  // namespace

void join_story_calendars(Resolution& r) {
  for (std::size_t d = 0; d < r.documents.size(); ++d) {
    const auto& doc = r.documents[d];
    auto& st = r.state[d];
    if (doc.published || !st.focus || !st.story_start) continue;
    const Date start = *st.story_start, last = shift_days(start, story_calendar_days_after);
    // a page that writes a full date after the story's week is not of it
    if (doc.latest_date && *doc.latest_date > last) continue;
    const std::string& type = doc.events[*st.focus].type;
    const Claim* moment = nullptr;
    for (const auto& c : doc.claims) {
      const auto* v = std::get_if<DateValue>(&c.value);
      if (!v || !v->lo.ok() || v->lo != v->hi || v->future_tense || v->lo < start || v->lo > last) continue;
      // the days it gives figures, and a later day its lead names ("the search took on new
      // urgency Sunday"); the event's own day in the lead ("the floods that struck on Friday
      // have killed 104") says nothing of when the page was written
      const bool lead_day = c.property == "date" && in_lead(st, c.sentence) && v->lo > start;
      if (c.property != "as_of" && c.property != "statement" && !lead_day) continue;
      if (!moment || v->lo > std::get<DateValue>(moment->value).lo) moment = &c;
    }
    const bool by_expectation = !moment;
    if (!moment) moment = same_day_expectation(doc, st, start);
    if (!moment) continue;
    st.page_moment = std::get<DateValue>(moment->value).lo;
    const DatedRange day{start, start, 0.6, "the " + type + " of the story it reports, which began " + iso_date(start),
                         false};
    if (!st.focus_date) st.focus_date = day;
    for (std::size_t i = 0; i < doc.events.size(); ++i) {
      const auto& m = doc.events[i];
      if (m.type != type || m.other || m.future || m.previous || m.after_other_time) continue;
      // "Four more bodies were found in the flood zone on Saturday": a later day of the same
      // flood, the day of its sentence's figures (set_as_of), not another flood
      auto& when = st.mention_dates[i];
      const bool later_day = when && when->lo == when->hi && when->lo > start && when->lo <= last;
      if (!when || later_day) when = day;
    }
    const std::string why = by_expectation ? "the day its lead tells of, and it expects more on that day"
                                           : "the latest day of its story it says figures were given";
    r.out.documents[d].explain.push_back("moment: " + iso_date(*st.page_moment) + " ('" + moment->text + "', " + why +
                                         "); its " + type + " is the story's, which began " + iso_date(start));
  }
}

void key_undated_pages(Resolution& r) {
  for (std::size_t d = 0; d < r.documents.size(); ++d) {
    const auto& doc = r.documents[d];
    const auto& st = r.state[d];
    if (doc.published || !st.focus || st.focus_date) continue;
    // A live page's entries are of their own hours: no one moment of the page
    if (std::any_of(doc.events.begin(), doc.events.end(), [](const EventMention& m) { return m.live_entry; })) {
      r.out.documents[d].explain.push_back(
          "moment: none, a live page (its entries, after a stamp such as 'published at 05:57', are of their own "
          "hours)");
      continue;
    }
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
    // ... or, when its date is a later day's ("Crews searched on Sunday after flooding killed
    // 40": date_earlier_event_links), the day of the report its lead sentence names
    std::string moment_day = day_text(focus);
    const Claim* report_day = nullptr;
    if (moment_day.empty())
      for (const Claim& c : doc.claims)
        if (c.kind == ClaimKind::date && c.property == "as_of" && c.sentence == focus.sentence) {
          report_day = &c;
          break;
        }
    if (report_day) moment_day = lower(report_day->text);
    bool keyed = false;
    for (std::size_t i = 0; i < doc.events.size(); ++i) {
      const auto& m = doc.events[i];
      // ("Meanwhile, another hurricane, named Tarn, killed 9 in Norland": one more of its type,
      // not the page's)
      if (m.type != focus.type || m.other || m.future || m.previous || m.after_other_time ||
          (m.additional && i != *st.focus) || (m.date_claim && day_text(m) != moment_day) || st.mention_dates[i] ||
          r.key_of(d, i))
        continue;
      r.set_key(d, i,
                MentionKey{key, "undated page: the " + m.type +
                                    " it reports, as of the moment it was written "
                                    "(compared only within this page)"});
      keyed = true;
    }
    if (keyed) {
      r.state[d].moment_day = moment_day;
      r.out.event_types[key] = focus.type;
      r.out.documents[d].explain.push_back(
          "moment: no day for its " + focus.type +
          (moment_day.empty() ? ""
           : report_day       ? " ('" + report_day->text + "', the day of its report, has no calendar)"
                              : " ('" + doc.claims[*focus.date_claim].text + "' has no calendar)") +
          "; its own figures are compared with each other only (" + key + ")");
    }
  }
}

}  // namespace crosscheck
