// Pass 2b: an undated page that writes "On March 5, the two sides agreed" without a year takes
// the year of the story it reports, when the corpus's dated reports put events of the same
// types on the same days of one year only, and the page shares that story's figures or more
// than one of its days. Otherwise its year-less dates stay unresolved.
#include "checker/events/resolution.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace crosscheck {

namespace {

// A year-less day ("March 5") with the event word it hangs on.
struct YearlessDay {
  std::string type;
  unsigned month = 0, day = 0;
};

std::vector<YearlessDay> yearless_days(const DocumentClaims& doc) {
  std::vector<YearlessDay> found;
  for (const auto& p : doc.pending) {
    const auto& m = p.mention;
    if (!p.publication || m.relative || m.year || !m.month || !m.day || !doc.claim_mention[p.claim]) continue;
    const auto& e = doc.events[*doc.claim_mention[p.claim]];
    if (!e.other && !e.future) found.push_back({e.type, *m.month, *m.day});
  }
  return found;
}

// The figures of a document's counts: what two reports of one story share, whatever each
// calls them and however it rounds them ("215 each side", "215 people"; "more than 800").
std::set<double> figures(const DocumentClaims& doc) {
  std::set<double> counts;
  for (const auto& c : doc.claims) {
    if (c.kind != ClaimKind::count) continue;
    const double v = std::get<CountValue>(c.value).value;
    if (v >= 10) counts.insert(v);  // "two women" is in every story
  }
  return counts;
}

// Calls `f(document, type, day)` for each event mention of a dated report that has one day of
// its own, not another event's or a plan (nor, with `skip_previous`, "the previous one").
template <typename F>
void for_each_dated_event_day(const Resolution& r, bool skip_previous, F&& f) {
  for (std::size_t d = 0; d < r.documents.size(); ++d) {
    if (!r.documents[d].published) continue;
    for (std::size_t i = 0; i < r.documents[d].events.size(); ++i) {
      const auto& m = r.documents[d].events[i];
      const auto& when = r.state[d].mention_dates[i];
      if (m.other || m.future || (skip_previous && m.previous) || !when || when->lo != when->hi) continue;
      f(d, m.type, when->lo);
    }
  }
}

// "Melissa came ashore Tuesday" on an undated page of a story whose day was a Tuesday: the
// page names its event's day by a weekday, as news does only in the week after it. The
// weekday's claim, or null (a full date, another weekday, a coming day, none).
const Claim* weekday_of_event_day(const DocumentClaims& doc, std::size_t mention, Date day) {
  const auto& claim = doc.events[mention].date_claim;
  if (!claim) return nullptr;
  const Claim& c = doc.claims[*claim];
  const auto* v = std::get_if<DateValue>(&c.value);
  const bool plain_weekday = std::any_of(doc.pending.begin(), doc.pending.end(), [&](const PendingDate& p) {
    return p.claim == *claim && p.mention.relative && p.mention.weekday && p.mention.offset == 0;
  });
  return plain_weekday && v && !v->future_tense && is_weekday_of(*v, day) ? &c : nullptr;
}

}  // namespace

void find_story_years(Resolution& r) {
  auto& documents = r.documents;
  auto& state = r.state;
  // Each document's figures, computed once: every undated page compares with many.
  std::vector<std::set<double>> figures_of;
  figures_of.reserve(documents.size());
  for (const auto& doc : documents) figures_of.push_back(figures(doc));
  // (type, month, day) -> year -> the dated documents that report an event of that type then.
  std::map<std::tuple<std::string, unsigned, unsigned>, std::map<int, std::set<std::size_t>>> dated;
  for_each_dated_event_day(r, false, [&](std::size_t d, const std::string& type, Date ymd) {
    dated[{type, static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day())}][static_cast<int>(ymd.year())]
        .insert(d);
  });
  for (std::size_t d = 0; d < documents.size(); ++d) {
    auto& doc = documents[d];
    auto& st = state[d];
    if (doc.published) continue;
    const auto days_here = yearless_days(doc);
    if (days_here.empty()) continue;
    // year -> (the days that fall in it, the documents that report them)
    std::map<int, std::pair<std::set<std::tuple<std::string, unsigned, unsigned>>, std::set<std::size_t>>> years;
    for (const auto& y : days_here) {
      const auto it = dated.find({y.type, y.month, y.day});
      if (it == dated.end()) continue;
      for (const auto& [year, docs] : it->second) {
        years[year].first.insert({y.type, y.month, y.day});
        years[year].second.insert(docs.begin(), docs.end());
      }
    }
    const auto& mine = figures_of[d];
    std::optional<int> chosen;
    std::string why;
    bool ambiguous = false;
    for (const auto& [year, found] : years) {
      const auto& [matched, docs] = found;
      std::optional<double> shared;
      for (const std::size_t e : docs) {
        for (const auto& c : figures_of[e])
          if (mine.count(c)) shared = c;
        if (shared) break;
      }
      if (matched.size() < 2 && !shared) continue;
      if (chosen) ambiguous = true;
      chosen = year;
      why = std::to_string(matched.size()) + (matched.size() == 1 ? " day" : " days") + " its story has in " +
            std::to_string(year);
      if (shared) why += ", and the figure " + std::to_string(static_cast<long long>(*shared));
    }
    auto& ctx = r.out.documents[d];
    if (ambiguous) {
      ctx.explain.push_back("story year: ambiguous, its year-less days fall in stories of several years");
    } else if (chosen) {
      st.story_year = *chosen;
      st.story_year_why = why;
      ctx.explain.push_back("story year: " + std::to_string(*chosen) + " (" + why + ")");
    }
  }
}

// The longest span of days a page's figures may be spread over and still be one story whose
// weekdays name one day each.
constexpr long max_story_window_days = 6;

void find_story_windows(Resolution& r) {
  auto& documents = r.documents;
  auto& state = r.state;
  // (type, figure) -> the days dated reports give it; and whether a report of that day's first
  // week gives it (a calendar needs one: an anniversary piece shares the toll, not the week)
  std::map<std::pair<std::string, double>, std::set<Date>> reported;
  std::set<std::pair<std::string, double>> first_week;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    if (!documents[d].published) continue;
    const auto& doc = documents[d];
    const auto& st = state[d];
    for (std::size_t i = 0; i < doc.claims.size(); ++i) {
      const auto* v = std::get_if<CountValue>(&doc.claims[i].value);
      if (!v || v->vague || doc.claims[i].qualifier != Qualifier::exact || v->value < 10) continue;
      const auto mention = effective_mention(doc, i, st.focus);
      if (!mention || doc.events[*mention].other) continue;
      const auto& when = st.mention_dates[*mention];
      if (!when || when->lo != when->hi) continue;
      reported[{doc.events[*mention].type, v->value}].insert(when->lo);
      if (first_week_report(when->lo, *doc.published)) first_week.insert({doc.events[*mention].type, v->value});
    }
  }
  // type -> the days dated reports give events of that type (the first days of continuing
  // ones), with the reports that give each
  std::map<std::string, std::map<Date, std::set<std::size_t>>> type_days;
  for_each_dated_event_day(r, true,
                           [&](std::size_t d, const std::string& type, Date day) { type_days[type][day].insert(d); });
  for (std::size_t d = 0; d < documents.size(); ++d) {
    auto& doc = documents[d];
    auto& st = state[d];
    if (doc.published || !st.focus) continue;
    const std::string& type = doc.events[*st.focus].type;
    if (st.focus_date && st.focus_date->lo == st.focus_date->hi) {
      // an undated page linked to a story of a continuing event by a report of its first week;
      // linked by a name alone, only when it names the event's day by that day's weekday
      const auto& by = st.linked_published;
      if (!continuing_type(r.options, type) || !by || !first_week_report(st.focus_date->lo, *by)) continue;
      if (st.linked_by_name) {
        const Claim* weekday = weekday_of_event_day(doc, *st.focus, st.focus_date->lo);
        if (!weekday) continue;
        r.out.documents[d].explain.push_back("story calendar: it names its " + type + "'s day by the weekday " +
                                             iso_date(st.focus_date->lo) + " was ('" + weekday->text +
                                             "'): written in the week of it, its weekdays read from the day before");
      }
      st.story_start = st.focus_date->lo;
      continue;
    }
    std::set<double> shared;
    std::set<Date> days_of;
    for (std::size_t i = 0; i < doc.claims.size(); ++i) {
      const auto* v = std::get_if<CountValue>(&doc.claims[i].value);
      if (!v || v->vague || doc.claims[i].qualifier != Qualifier::exact || v->value < 10) continue;
      const auto mention = effective_mention(doc, i, st.focus);
      if (!mention || doc.events[*mention].other) continue;
      const auto it = reported.find({doc.events[*mention].type, v->value});
      if (it == reported.end()) continue;
      shared.insert(v->value);
      days_of.insert(it->second.begin(), it->second.end());
    }
    if (shared.size() < 2 || days_of.empty() || days(*days_of.begin(), *days_of.rbegin()) > max_story_window_days)
      continue;
    st.story_window = std::make_pair(*days_of.begin(), *days_of.rbegin());
    std::string figures;
    for (const double v : shared) figures += (figures.empty() ? "" : ", ") + std::to_string(static_cast<long long>(v));
    st.story_window_why =
        "dated reports give its figures " + figures + " on " + range_text(*days_of.begin(), *days_of.rbegin());
    r.out.documents[d].explain.push_back("story window: " + range_text(*days_of.begin(), *days_of.rbegin()) + " (" +
                                         st.story_window_why + ")");
    // A continuing event (a flood) is reported for days after it began: its story's first day
    // is the earliest the dated reports give an event of its type in the week before the
    // window, and the page's weekdays fall in the week from the day before it.
    if (!continuing_type(r.options, type) || std::count_if(shared.begin(), shared.end(), [&](double v) {
                                               return first_week.count({type, v}) > 0;
                                             }) < 2)
      continue;
    // A day one report alone gives, when others agree on another, is no first day (a teaser
    // for a later update, "The Latest on Sunday", read as a Sunday before the event).
    const auto& known = type_days[type];
    const auto from = known.lower_bound(shift_days(st.story_window->first, -6));
    const auto to = known.upper_bound(st.story_window->first);
    std::optional<Date> first;
    const bool several = std::any_of(from, to, [](const auto& day) { return day.second.size() > 1; });
    for (auto it = from; it != to && !first; ++it)
      if (!several || it->second.size() > 1) first = it->first;
    if (!first || days(*first, st.story_window->second) > story_calendar_days_after) continue;
    st.story_start = *first;
    r.out.documents[d].explain.push_back(
        "story calendar: " + range_text(shift_days(*first, -1), shift_days(*first, story_calendar_days_after)) +
        " for the days it says its figures were given (the " + type + " began " + iso_date(*first) + ")");
  }
}

}  // namespace crosscheck
