// Pass: a deal's figure told of one day. "Each side released 180, in what officials call a
// 1,000-for-1,000 exchange", "the second day of the 1000-for-1000 exchange": a count that
// repeats the figure of an agreement the exchange carries out describes the deal (or the
// whole multi-day exchange), not that day's stage, and is compared with those.
#include <algorithm>
#include <tuple>

#include "checker/events/resolution.hpp"

namespace crosscheck {

namespace {

// How long after an agreement the exchanges that carry it out may come.
constexpr long carried_out_within_days = 60;

bool headline_property(const std::string& property) { return property == "released" || property == "people"; }

bool scope_fits(Scope a, Scope b) { return a == b || a == Scope::unspecified || b == Scope::unspecified; }

}  // namespace

void restate_agreement_figures(Resolution& r) {
  struct Figure {
    std::string key;
    Date day;
    double value = 0;
    Scope scope = Scope::unspecified;
    std::string where;  // "'1,000 prisoners each' in a.txt"
  };
  std::vector<Figure> figures;
  for (const Claim& c : r.out.claims) {
    if (c.kind != ClaimKind::count || c.event.key.empty() || c.event.type != "agreement") continue;
    const auto& v = std::get<CountValue>(c.value);
    if (v.vague || v.value_hi || c.qualifier != Qualifier::exact || c.running || !headline_property(c.property))
      continue;
    const auto day = r.out.event_dates.find(c.event.key);
    if (day == r.out.event_dates.end()) continue;
    figures.push_back({c.event.key, day->second, v.value, c.scope, "'" + c.text + "' in " + c.source_id});
  }
  if (figures.empty()) return;
  // By figure, then key: each count looks only at the deals of its own figure.
  std::sort(figures.begin(), figures.end(), [](const Figure& a, const Figure& b) {
    return std::tie(a.value, a.key, a.where) < std::tie(b.value, b.key, b.where);
  });
  const auto by_value = [](const Figure& f, double value) { return f.value < value; };
  for (Claim& c : r.out.claims) {
    if (c.kind != ClaimKind::count || c.event.key.empty() || c.event.type == "agreement") continue;
    const auto& v = std::get<CountValue>(c.value);
    if (v.vague || v.value_hi || c.running || !headline_property(c.property)) continue;
    const auto day = r.out.event_dates.find(c.event.key);
    if (day == r.out.event_dates.end()) continue;
    for (auto it = std::lower_bound(figures.begin(), figures.end(), v.value, by_value);
         it != figures.end() && it->value == v.value; ++it) {
      const Figure& f = *it;
      const long after = days(f.day, day->second);
      if (!scope_fits(f.scope, c.scope) || after < 0 || after > carried_out_within_days) continue;
      const Occurrence* whole = r.occurrence_of(c.event.type, day->second);
      const std::string was = c.event.key;
      c.event.key = whole ? whole->key : f.key;
      if (!whole) c.event.type = "agreement";
      c.event.reason = "the figure of " + f.key + " (" + f.where + "), which the " + c.event.type + " of " +
                       iso_date(day->second) + " carries out: " +
                       (whole ? "the whole " + whole->type + ", not that day's stage" : "the deal's, not that day's");
      c.explain.push_back("restates the deal's figure: keyed " + c.event.key + " instead of " + was);
      break;
    }
  }
}

// "180 on Friday, the biggest swap of the war": a superlative said of one day of a multi-day
// exchange is said of the whole, and its size is the whole's.
void superlatives_of_wholes(Resolution& r) {
  for (Claim& c : r.out.claims) {
    if (c.kind != ClaimKind::superlative || c.event.key.empty()) continue;
    const auto day = r.out.event_dates.find(c.event.key);
    if (day == r.out.event_dates.end()) continue;
    const Occurrence* whole = r.occurrence_of(c.event.type, day->second);
    if (!whole || whole->key == c.event.key) continue;
    c.explain.push_back("said of one day (" + c.event.key + "), meant of the whole " + whole->type);
    c.event.key = whole->key;
    c.event.reason = "the whole " + whole->type + " of " + range_text(whole->lo, whole->hi) + " (" + whole->why + ")";
  }
}

}  // namespace crosscheck
