// monotonic: a running toll (killed, injured) that falls between two days of one event. A toll
// counts everyone so far, so a later figure below an earlier one cannot both be true unless
// one of them was corrected. Compared only within one event, property, place and scope.
#include <algorithm>
#include <functional>
#include <map>
#include <tuple>

#include "checker/claims/claim_json.hpp"
#include "checker/engine/check.hpp"
#include "checker/engine/count_groups.hpp"

namespace crosscheck {

namespace {

// The two highest lower bounds seen so far from different documents: the best earlier figure
// of another document is the first unless the first is the later claim's own document.
struct EarlierBest {
  const Claim* first = nullptr;
  const Claim* second = nullptr;
  void offer(const Claim* c, double tolerance) {
    const double lo = count_interval(*c, tolerance).lo;
    if (!first || lo > count_interval(*first, tolerance).lo) {
      if (first && first->document != c->document) second = first;
      first = c;
    } else if (c->document != first->document && (!second || lo > count_interval(*second, tolerance).lo)) {
      second = c;
    }
  }
  const Claim* other_than(std::size_t document) const { return first && first->document != document ? first : second; }
};

std::string scope_words(const Claim& c) {
  std::string s = std::string(to_string(c.scope));
  if (!c.location.empty()) s += " in " + c.location;
  if (!c.side.empty()) s += " (" + c.side + ")";
  return s;
}

// Per (event, property, place or part, scope class, side), the days of its figures with the
// largest lower bound given by then: how far a toll had risen by a day.
using Key = std::tuple<std::string, std::string, std::string, int, std::string>;
using RiseIndex = std::map<Key, std::vector<std::pair<Date, double>>>;

// The largest lower bound a toll had by `day` (0 when none is known).
double toll_by(const std::vector<std::pair<Date, double>>& days, const Date& day) {
  const auto after = std::upper_bound(days.begin(), days.end(), day,
                                      [](const Date& d, const std::pair<Date, double>& e) { return d < e.first; });
  return after == days.begin() ? 0 : std::prev(after)->second;
}

class MonotonicCheck : public Check {
 public:
  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    const auto& properties = rule.list("properties");
    const double tolerance = rule.number("tolerance");
    // "injured>killed": the injured who die leave one toll for the other
    std::map<std::string, std::string> moves_to;
    for (const auto& t : rule.list("transfers"))
      if (const auto arrow = t.find('>'); arrow != std::string::npos)
        moves_to[t.substr(0, arrow)] = t.substr(arrow + 1);
    // (event, property, place or part, scope class, side) -> claims: a county's toll is not
    // the total, one side's losses are not the other's.
    std::map<Key, std::vector<const Claim*>> groups;
    for (const Claim* c : selected_claims(rule, context)) {
      if (c->kind != ClaimKind::count || !c->as_of || !c->not_event.empty()) continue;
      if (std::find(properties.begin(), properties.end(), c->property) == properties.end()) continue;
      if (std::get<CountValue>(c->value).vague) continue;
      // "On March 13, 2024, the shooting left at least 31 wounded": a page dated by its lead's
      // full date may tell a later day's figure; only a day its sentence writes is known
      if (!c->as_of_written && context.corpus.documents[c->document].published_from_lead) continue;
      // A running total and a one-day figure are both tolls to date for a toll property, but a
      // total and one side's figure are not the same count.
      const ScopeClass sc = scope_class(c->scope);
      // a part ("outside Kerr County", "children") is a figure of its own, not the whole's
      const std::string where =
          c->part ? c->location + "|part:" + c->part->dimension + "=" + c->part->value : c->location.str();
      groups[{c->event.key, c->property, where, static_cast<int>(sc), c->side}].push_back(c);
    }
    // how far each toll had risen by each of its days (for the transfers)
    RiseIndex rises;
    for (auto& [key, claims] : groups) {
      auto& days = rises[key];
      for (const Claim* c : claims) days.emplace_back(*c->as_of, count_interval(*c).lo);
      std::sort(days.begin(), days.end());
      for (std::size_t k = 1; k < days.size(); ++k) days[k].second = std::max(days[k].second, days[k - 1].second);
    }
    // "Nine others were injured" two days after "10 injured", while the dead rose from 10 to
    // 11: one of the injured died. A fall of a toll no larger than the rise of the toll its
    // people move to (transfers) between the two days is explained.
    const auto explained = [&](const Key& key, const Claim& before, const Claim& later, double fall) {
      const auto to = moves_to.find(std::get<1>(key));
      if (to == moves_to.end()) return false;
      Key other = key;
      std::get<1>(other) = to->second;
      const auto days = rises.find(other);
      return days != rises.end() &&
             fall <= toll_by(days->second, *later.as_of) - toll_by(days->second, *before.as_of) + 1e-9;
    };
    for (auto& group : groups) {
      const Key& key = group.first;  // (a name, not a structured binding: lambdas capture it)
      auto& claims = group.second;
      // Sorted by day, then compared with the best of the strictly earlier days only:
      // O(k log k), and two figures of one day are the compare check's.
      std::sort(claims.begin(), claims.end(), [](const Claim* a, const Claim* b) {
        return std::tie(*a->as_of, a->path, a->span.begin.value) < std::tie(*b->as_of, b->path, b->span.begin.value);
      });
      EarlierBest earlier;
      std::size_t i = 0;
      while (i < claims.size()) {
        std::size_t j = i;
        while (j < claims.size() && *claims[j]->as_of == *claims[i]->as_of) ++j;
        // Figures of one day that disagree among themselves are the count check's finding;
        // which of them is right is not known, so that day says nothing of a fall.
        const std::vector<const Claim*> day(claims.begin() + static_cast<std::ptrdiff_t>(i),
                                            claims.begin() + static_cast<std::ptrdiff_t>(j));
        if (compatible_classes(day, tolerance).size() == 1) {
          for (const Claim* c : day)
            report_fall(rule, *c, earlier, tolerance, findings,
                        [&](const Claim& before, double fall) { return explained(key, before, *c, fall); });
          for (const Claim* c : day) earlier.offer(c, tolerance);
        }
        i = j;
      }
    }
  }

 private:
  static void report_fall(const Rule& rule, const Claim& later, const EarlierBest& earlier, double tolerance,
                          std::vector<Finding>& findings, const std::function<bool(const Claim&, double)>& explained) {
    // Within one article an earlier figure is usually a part or a quoted old figure.
    const Claim* before = earlier.other_than(later.document);
    if (!before) return;
    const auto was = count_interval(*before, tolerance);
    const auto now = count_interval(later, tolerance);
    if (now.hi >= was.lo) return;  // some toll fits both: it may have stayed or risen
    // (the fall between the figures as written)
    if (explained(*before, count_interval(*before, 0).lo - count_interval(later, 0).hi)) return;
    Finding f = make_finding(
        rule, later,
        {{before, source_name(*before) + " says " + describe_value(*before) + " as of " + iso_date(*before->as_of)}},
        {{"value", describe_value(later)},
         {"as_of", iso_date(*later.as_of)},
         {"other_value", describe_value(*before)},
         {"other_as_of", iso_date(*before->as_of)},
         {"other_source", source_name(*before)}});
    f.explain.push_back("compared: same event " + later.event.key + ", property " + later.property + ", scope " +
                        scope_words(later) + "; " + iso_date(*before->as_of) + " is before " + iso_date(*later.as_of) +
                        " and no toll is both at least " + format_count(was.lo) + " then and at most " +
                        format_count(now.hi) + " later (tolerance " + format_count(tolerance * 100) + "%)");
    findings.push_back(std::move(f));
  }
};

}  // namespace

std::unique_ptr<Check> make_monotonic_check() { return std::make_unique<MonotonicCheck>(); }

}  // namespace crosscheck
