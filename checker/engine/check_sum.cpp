// sum: parts that add up to more than the whole they break down ("270 soldiers and 150
// civilians" against "390 prisoners" for the same event and scope). Parts that add up to less
// are not flagged: a breakdown may leave people out.
#include <map>
#include <set>

#include "checker/claims/claim_json.hpp"
#include "checker/engine/check.hpp"
#include "checker/engine/count_groups.hpp"

namespace crosscheck {

namespace {

class SumCheck : public Check {
 public:
  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    const std::string& whole = rule.text("whole");
    const auto& parts = rule.list("parts");
    // event, scope class -> property -> claims
    std::map<std::pair<std::string, int>, std::map<std::string, std::vector<const Claim*>>> groups;
    for (const Claim* c : selected_claims(rule, context)) {
      if (c->kind != ClaimKind::count || std::get<CountValue>(c->value).vague) continue;
      const ScopeClass sc = scope_class(c->scope);
      if (sc == ScopeClass::cumulative) continue;
      groups[{c->event.key + "|" + c->location, static_cast<int>(sc)}][c->property].push_back(c);
    }
    for (auto& [key, by_property] : groups) {
      auto wholes = by_property.find(whole);
      if (wholes == by_property.end()) continue;
      // The smallest lower bound each part allows; all parts must be present.
      double sum = 0;
      std::vector<const Claim*> part_claims;
      bool complete = true;
      for (const auto& p : parts) {
        auto it = by_property.find(p);
        if (it == by_property.end()) {
          complete = false;
          break;
        }
        const Claim* smallest = nullptr;
        for (const Claim* c : it->second)
          if (!smallest || count_interval(*c).lo < count_interval(*smallest).lo) smallest = c;
        sum += count_interval(*smallest).lo;
        part_claims.push_back(smallest);
      }
      if (!complete) continue;
      for (const Claim* w : wholes->second) {
        if (count_interval(*w).hi >= sum) continue;
        std::vector<std::pair<const Claim*, std::string>> related;
        std::string breakdown;
        for (const Claim* p : part_claims) {
          related.push_back({p, source_name(*p) + " says " + describe_value(*p) + " " + p->property});
          breakdown += (breakdown.empty() ? "" : " + ") + format_count(count_interval(*p).lo) + " " + p->property;
        }
        findings.push_back(make_finding(rule, *w, related,
                                        {{"value", describe_value(*w)},
                                         {"sum", format_count(sum)},
                                         {"parts", breakdown},
                                         {"other_source", source_name(*part_claims.front())}}));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_sum_check() { return std::make_unique<SumCheck>(); }

}  // namespace crosscheck
