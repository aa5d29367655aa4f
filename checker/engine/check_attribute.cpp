// attribute: a time of day or a place given to one event differently by different sources
// ("struck at 4:17 a.m." against "struck shortly after 6 a.m."; "the epicentre was in Hokkaido"
// against "in Luzon"). Only readings that can be told apart are compared: times in zones
// that convert or in the same zone, places both in the gazetteer and neither within the other.
#include <algorithm>
#include <map>
#include <set>

#include "checker/claims/claim_json.hpp"
#include "checker/engine/check.hpp"

namespace crosscheck {

namespace {

constexpr int minutes_per_day = 24 * 60;
// Every claim that gives the other reading, up to this many: an editor sees them all.
constexpr std::size_t max_related = 8;

struct Verdict {
  bool conflict = false;
  std::string detail;  // why they conflict, for the message and --explain
};

struct TimeParams {
  double tolerance = 0, about = 0, shortly = 0;
};

// The minutes a time may mean: "about 6 a.m." is a window, "shortly after 6" the half hour after.
std::pair<double, double> time_window(const Claim& c, int minutes, const TimeParams& p) {
  const double m = minutes;
  switch (c.qualifier) {
    case Qualifier::exact: return {m, m};
    case Qualifier::more_than:
    case Qualifier::at_least: return {m, m + p.shortly};
    case Qualifier::fewer_than:
    case Qualifier::at_most:
    case Qualifier::up_to: return {m - p.shortly, m};
    default: return {m - p.about, m + p.about};
  }
}

// A time with no zone is the clock of whoever wrote it: a foreign outlet writes its own ("at
// 3.10pm yesterday" on a page of a country two hours ahead, for 1:10 p.m. local time). It is compared only
// with other times that name no zone, never with "local time" or a named zone.
std::string zone_class(const TimeOfDayValue& v) { return v.zone.empty() ? "none" : v.zone; }

Verdict compare_times(const Claim& a, const Claim& b, const TimeParams& p) {
  const auto& va = std::get<TimeOfDayValue>(a.value);
  const auto& vb = std::get<TimeOfDayValue>(b.value);
  int ma = 0, mb = 0;
  std::string basis;
  if (va.utc_minutes && vb.utc_minutes) {
    ma = *va.utc_minutes;
    mb = *vb.utc_minutes;
    basis = " (both in UTC)";
  } else if (zone_class(va) == zone_class(vb)) {
    ma = va.minutes;
    mb = vb.minutes;
  } else {
    return {};  // one zone unknown or not convertible: two clocks, no contradiction to see
  }
  const auto [alo, ahi] = time_window(a, ma, p);
  const auto [blo, bhi] = time_window(b, mb, p);
  double gap = minutes_per_day;
  for (int shift : {-minutes_per_day, 0, minutes_per_day}) {
    const double lo = blo + shift, hi = bhi + shift;
    gap = std::min(gap, std::max({0.0, lo - ahi, alo - hi}));
  }
  if (gap <= p.tolerance) return {};
  return {true, format_count(gap) + " minutes apart" + basis};
}

Verdict compare_places(const Claim& a, const Claim& b, const Rule& rule) {
  const auto& va = std::get<PlaceValue>(a.value);
  const auto& vb = std::get<PlaceValue>(b.value);
  if (!va.known || !vb.known || va.name == vb.name) return {};
  const auto contains = [](const PlaceValue& outer, const PlaceValue& inner) {
    return std::find(inner.within.begin(), inner.within.end(), outer.name) != inner.within.end();
  };
  if (contains(va, vb) || contains(vb, va)) return {};
  const auto& approximate = rule.list("approximate_prepositions");
  const auto& points = rule.list("point_properties");
  const bool near = std::find(approximate.begin(), approximate.end(), va.preposition) != approximate.end() ||
                    std::find(approximate.begin(), approximate.end(), vb.preposition) != approximate.end();
  const bool point = std::find(points.begin(), points.end(), a.property) != points.end();
  // "made landfall in Tarnia" and "made landfall in Avonia": a storm crossing from one country
  // to the next lands in each
  const auto& successive = rule.list("successive_properties");
  const auto country_of = [](const PlaceValue& v) { return v.kind == "country" ? v.name : v.country; };
  if (std::find(successive.begin(), successive.end(), a.property) != successive.end() && !country_of(va).empty() &&
      !country_of(vb).empty() && country_of(va) != country_of(vb))
    return {};
  if (point && !near && !va.kind.empty() && va.kind == vb.kind)
    return {true, "two different " + va.kind + (va.kind == "city" ? "" : "s") + " for one " + a.property};
  if (!va.country.empty() && !vb.country.empty() && va.country != vb.country)
    return {true, "in " + va.country + " and in " + vb.country};
  return {};  // "near" a place, a place of another kind, or a country unknown: cannot tell
}

class AttributeCheck : public Check {
 public:
  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    const TimeParams times{rule.number("tolerance_minutes"), rule.number("about_minutes"),
                           rule.number("shortly_minutes")};
    // (event, kind, property) -> claims
    std::map<std::tuple<std::string, ClaimKind, std::string>, std::vector<const Claim*>> groups;
    for (const Claim* c : selected_claims(rule, context))
      if (c->kind == ClaimKind::time_of_day || c->kind == ClaimKind::place)
        groups[{c->event.key, c->kind, c->property}].push_back(c);
    for (auto& [key, all] : groups) {
      const auto verdict = [&](const Claim& a, const Claim& b) {
        return a.kind == ClaimKind::time_of_day ? compare_times(a, b, times) : compare_places(a, b, rule);
      };
      // An article that itself gives the event two readings that conflict ("struck at 4 a.m."
      // and, of a later jolt, "hit at 6 a.m.") speaks of more than one occurrence: its
      // readings are left out, as the stage check leaves out an article's two ordinals.
      std::set<std::size_t> torn;
      for (const Claim* a : all)
        for (const Claim* b : all)
          if (a->document == b->document && a < b && verdict(*a, *b).conflict) torn.insert(a->document);
      std::vector<const Claim*> claims;
      for (const Claim* c : all)
        if (!torn.count(c->document)) claims.push_back(c);
      // The documents whose claims agree with each claim: the reading fewer sources give is the suspect.
      std::map<const Claim*, std::set<std::size_t>> support;
      for (const Claim* a : claims)
        for (const Claim* b : claims)
          if (!verdict(*a, *b).conflict) support[a].insert(b->document);
      for (const Claim* c : claims) {
        std::vector<std::pair<const Claim*, std::string>> related;
        std::string detail;
        for (const Claim* r : claims) {
          if (r->document == c->document || related.size() >= max_related) continue;
          const Verdict v = verdict(*c, *r);
          if (!v.conflict) continue;
          const auto mine = support[c].size(), theirs = support[r].size();
          if (mine > theirs || (mine == theirs && c->path < r->path)) continue;  // the other is the suspect
          if (detail.empty()) detail = v.detail;
          related.push_back({r, source_name(*r) + " says " + describe_value(*r)});
        }
        if (related.empty()) continue;
        const Claim& o = *related.front().first;
        Finding f = make_finding(rule, *c, related,
                                 {{"value", describe_value(*c)},
                                  {"other_value", describe_value(o)},
                                  {"other_source", source_name(o)},
                                  {"detail", detail}});
        f.kind = c->kind == ClaimKind::time_of_day ? "time_of_day_mismatch" : "place_mismatch";
        f.explain.push_back(detail);
        findings.push_back(std::move(f));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_attribute_check() { return std::make_unique<AttributeCheck>(); }

}  // namespace crosscheck
