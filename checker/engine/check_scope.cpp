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
      if (c->scope != Scope::per_side && c->scope != Scope::total) continue;
      if (std::find(two_sided.begin(), two_sided.end(), c->event.type) == two_sided.end()) continue;
      groups[{c->event.key + "|" + c->location, c->property}].push_back(c);
    }
    for (auto& [key, claims] : groups) {
      std::vector<const Claim*> totals, per_side;
      for (const Claim* c : claims) (c->scope == Scope::total ? totals : per_side).push_back(c);
      for (const Claim* t : totals) {
        // One finding per conflicting per-side value: a later article with yet another value
        // is a new finding, not a change to the known one.
        std::map<std::string, std::vector<std::pair<const Claim*, std::string>>> by_value;
        std::set<std::pair<std::string, std::size_t>> seen;
        for (const Claim* p : per_side) {
          if (compatible(count_interval(*t), scaled(count_interval(*p), factor))) continue;
          const std::string value = describe_value(*p);
          auto& related = by_value[value];
          if (!seen.insert({value, p->document}).second || related.size() >= 3) continue;
          related.push_back({p, source_name(*p) + " says " + value + " per side, " +
                                    format_count(std::get<CountValue>(p->value).value * factor) + " in total"});
        }
        for (const auto& [value, related] : by_value) {
          const Claim& other = *related.front().first;
          findings.push_back(make_finding(rule, *t, related,
                                          {{"value", describe_value(*t)},
                                           {"other_value", value},
                                           {"implied", format_count(std::get<CountValue>(other.value).value * factor)},
                                           {"other_source", source_name(other)}}));
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_scope_check() { return std::make_unique<ScopeCheck>(); }

}  // namespace crosscheck
