// scope: a per-side count and a total for the same event that disagree once the per-side
// count is multiplied by the number of sides ("1,000 in total" vs "1,000 for 1,000").
#include <algorithm>
#include <map>
#include <set>

#include "checker/claims/claim_json.hpp"
#include "checker/engine/check.hpp"
#include "checker/engine/count_groups.hpp"

namespace crosscheck {

namespace {

class ScopeCheck : public Check {
 public:
  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    const double factor = rule.number("per_side_factor");
    const auto& two_sided = rule.list("two_sided_events");
    std::map<std::pair<std::string, std::string>, std::vector<const Claim*>> groups;
    for (const Claim* c : selected_claims(rule, context)) {
      if (c->kind != ClaimKind::count || std::get<CountValue>(c->value).vague) continue;
      if ((c->scope != Scope::per_side && c->scope != Scope::total) || is_running(*c)) continue;
      if (std::find(two_sided.begin(), two_sided.end(), c->event.type) == two_sided.end()) continue;
      groups[{c->event.key + "|" + c->location, c->property}].push_back(c);
    }
    // Read every count as a total (per side x sides), split into classes that agree, and
    // report each claim outside the largest class against the claims of the other scope in
    // it: the minority is the one likely wrong, and a later article that agrees with the
    // majority leaves the finding as it is. Disagreements within one scope are
    // count-mismatch's.
    const auto as_total = [&](const Claim& c) {
      return c.scope == Scope::per_side ? scaled(count_interval(c), factor) : count_interval(c);
    };
    // A total above twice the per-side count may include people freed outside the swap
    // ("120 each, and another 15 injured"): only a total below it is a scope error.
    const bool may_exceed = rule.flag("total_may_exceed");
    const auto conflicts = [&](const Claim& a, const Claim& b) {
      const Claim& total = a.scope == Scope::total ? a : b;
      const Claim& side = a.scope == Scope::total ? b : a;
      const CountInterval t = count_interval(total), s = as_total(side);
      return may_exceed ? t.hi < s.lo : !compatible(t, s);
    };
    auto scoped = [&](const Claim& c) {
      const double v = std::get<CountValue>(c.value).value;
      return c.scope == Scope::per_side ? describe_value(c) + " per side (" + format_count(v * factor) + " in total)"
                                        : describe_value(c) + " in total";
    };
    for (auto& [key, claims] : groups) {
      const auto classes = compatible_classes(claims, as_total);
      if (classes.size() < 2) continue;
      const auto& reference = classes.front();
      for (std::size_t k = 1; k < classes.size(); ++k) {
        for (const Claim* c : classes[k]) {
          std::vector<std::pair<const Claim*, std::string>> related;
          std::set<std::size_t> seen;
          for (const Claim* r : reference) {
            if (related.size() >= 3) break;  // a note or three is enough; the class may be huge
            if (r->scope == c->scope || !conflicts(*c, *r) || !seen.insert(r->document).second) continue;
            related.push_back({r, source_name(*r) + " says " + scoped(*r)});
          }
          if (related.empty()) continue;
          const Claim& other = *related.front().first;
          findings.push_back(make_finding(
              rule, *c, related,
              {{"value", scoped(*c)}, {"other_value", scoped(other)}, {"other_source", source_name(other)}}));
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_scope_check() { return std::make_unique<ScopeCheck>(); }

}  // namespace crosscheck
