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
      // A breakdown is only read when its scope is stated (per side or in total): unstated
      // figures mix one side's count with the other's.
      if ((c->scope != Scope::per_side && c->scope != Scope::total) || is_running(*c)) continue;
      const ScopeClass sc = scope_class(*c);
      groups[{c->event.key + "|" + c->location, static_cast<int>(sc)}][c->property].push_back(c);
    }
    for (auto& [key, by_property] : groups) {
      auto wholes = by_property.find(whole);
      if (wholes == by_property.end()) continue;
      // The parts must come from one source's breakdown ("270 soldiers and 120 civilians"):
      // figures of different articles may count different groups.
      std::map<std::size_t, std::map<std::string, const Claim*>> by_source;
      for (const auto& p : parts) {
        auto it = by_property.find(p);
        if (it == by_property.end()) continue;
        for (const Claim* c : it->second) {
          auto& slot = by_source[c->document][p];
          if (!slot || count_interval(*c).lo < count_interval(*slot).lo) slot = c;
        }
      }
      double sum = 0;
      std::vector<const Claim*> part_claims;
      for (const auto& [doc, found] : by_source) {
        if (found.size() != parts.size()) continue;
        sum = 0;
        part_claims.clear();
        for (const auto& p : parts) {
          sum += count_interval(*found.at(p)).lo;
          part_claims.push_back(found.at(p));
        }
        break;
      }
      if (part_claims.empty()) continue;
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
