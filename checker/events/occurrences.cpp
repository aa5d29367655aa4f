// Pass: events that last several days. A three-day swap, a storm or a round of talks over two
// days is one occurrence with a window; a day inside it is a part, keyed by its day, and
// what is said of the whole ("800 each over three days", "from March 13-15") is keyed by the
// window. Windows come from explicit ranges and from a number of days with the day the
// event ended or began ("over the course of three days, concluding on Sunday, March 16").
#include <algorithm>
#include <map>

#include "checker/events/resolution.hpp"

namespace crosscheck {

namespace {

// A multi-day window this long at most is one event; a longer one is a period.
constexpr long max_window_days = 14;

// "over the course of three days, concluding on Sunday, March 16": a duration in days in the
// sentence of an event word dated to one day, and whether that day ends or starts it.
// A document's durations of days that may make a window, by sentence, in claim order: one
// index per document, so that each event word reads only its own sentence's.
using DurationsBySentence = std::map<std::size_t, std::vector<const Claim*>>;

DurationsBySentence window_durations(const DocumentClaims& doc) {
  DurationsBySentence out;
  for (const auto& c : doc.claims) {
    if (c.kind != ClaimKind::duration) continue;
    const auto& v = std::get<DurationValue>(c.value);
    if (v.unit != "day" || v.amount < 2 || v.amount > max_window_days || v.since) continue;
    out[c.sentence].push_back(&c);
  }
  return out;
}

std::optional<DatedRange> window_from_duration(const DurationsBySentence& durations, const EventMention& m,
                                               const DatedRange& day) {
  const auto here = durations.find(m.sentence);
  if (here == durations.end()) return std::nullopt;
  for (const Claim* claim : here->second) {
    const Claim& c = *claim;
    // "at the end of the first day of a two-day street festival, a gunman opened fire": an
    // "N-day" before a noun measures that noun; it is the event's length only right before its
    // word ("a three-day swap")
    if (c.text.ends_with("-day") && c.span.end.value + 1 != m.span.begin.value) continue;
    const auto& v = std::get<DurationValue>(c.value);
    const long n = static_cast<long>(v.amount);
    const bool ends = v.ends_named_day;
    if (ends == v.starts_named_day) continue;
    DatedRange w = day;
    const auto d = std::chrono::sys_days{day.lo};
    w.lo = ends ? Date{d - std::chrono::days{n - 1}} : day.lo;
    w.hi = ends ? day.lo : Date{d + std::chrono::days{n - 1}};
    w.window = true;
    w.reason = day.reason + " and '" + c.text + "' (" + (ends ? "ending" : "starting") + " that day)";
    return w;
  }
  return std::nullopt;
}

}  // namespace

void find_occurrences(Resolution& r) {
  auto& documents = r.documents;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const auto& doc = documents[d];
    auto& st = r.state[d];
    const DurationsBySentence durations = window_durations(doc);
    for (std::size_t i = 0; i < doc.events.size(); ++i) {
      auto& date = st.mention_dates[i];
      const auto& m = doc.events[i];
      if (!date || m.future) continue;
      if (date->lo != date->hi) {
        // An explicit range ("from March 13-15") is the window of the event, not a vague date.
        if (!m.date_claim || days(date->lo, date->hi) + 1 > max_window_days) continue;
        const auto* v = std::get_if<DateValue>(&doc.claims[*m.date_claim].value);
        if (v && !v->relative && v->lo == date->lo && v->hi == date->hi) date->window = true;
      } else if (auto w = window_from_duration(durations, m, *date)) {
        date = *w;
        // "More than 900 freed in prisoner exchange" in the headline of a page whose
        // main exchange lasted two days: what took its date takes its window
        if (st.focus && *st.focus == i)
          for (std::size_t k = 0; k < doc.events.size(); ++k)
            if (k < st.took_focus_date.size() && st.took_focus_date[k] && st.mention_dates[k]) {
              DatedRange whole = *w;
              whole.confidence = std::min(st.mention_dates[k]->confidence, w->confidence);
              whole.reason = "undated; the document's main " + doc.events[k].type + " (" + w->reason + ")";
              st.mention_dates[k] = whole;
            }
      }
    }
  }
  // Windows of one type that overlap are one occurrence: the union of what sources say.
  std::map<std::string, std::vector<std::pair<Date, Date>>> windows;
  std::map<std::pair<std::string, Date>, std::string> reasons;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    for (std::size_t i = 0; i < documents[d].events.size(); ++i) {
      const auto& date = r.state[d].mention_dates[i];
      if (!date || !date->window || documents[d].events[i].other) continue;
      windows[documents[d].events[i].type].emplace_back(date->lo, date->hi);
      reasons.emplace(std::make_pair(documents[d].events[i].type, date->lo), documents[d].path + ": " + date->reason);
    }
  }
  for (auto& [type, list] : windows) {
    std::sort(list.begin(), list.end());
    for (std::size_t k = 0; k < list.size();) {
      Occurrence o{type, list[k].first, list[k].second, {}, reasons[{type, list[k].first}]};
      std::size_t j = k + 1;
      for (; j < list.size() && list[j].first <= o.hi; ++j) o.hi = std::max(o.hi, list[j].second);
      o.key = type + "@" + range_text(o.lo, o.hi);
      r.out.event_types[o.key] = type;
      r.out.event_dates[o.key] = o.lo;  // a window is dated by its first day
      r.occurrences.push_back(std::move(o));
      k = j;
    }
  }
}

}  // namespace crosscheck
