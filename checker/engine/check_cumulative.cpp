// cumulative: a running total ("780 so far") smaller than one stage it includes. A stage's
// per-side count may be all the cumulative figure counts, so it is compared with the
// weakest reading: cumulative < per-side count (or < a stated total) is impossible.
#include <map>
#include <set>

#include "checker/claims/claim_json.hpp"
#include "checker/engine/check.hpp"
#include "checker/engine/count_groups.hpp"

namespace crosscheck {

namespace {

class CumulativeCheck : public Check {
 public:
  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    std::map<std::pair<std::string, std::string>, std::vector<const Claim*>> groups;
    for (const Claim* c : selected_claims(rule, context)) {
      if (c->kind != ClaimKind::count || std::get<CountValue>(c->value).vague) continue;
      groups[{c->event.key + "|" + c->location, c->property}].push_back(c);
    }
    for (auto& [key, claims] : groups) {
      for (const Claim* cum : claims) {
        if (!is_running(*cum)) continue;
        // Both read as one side's figure, the weakest way: a running total of unstated scope
        // may be one side's; a stage's total is at least twice its larger side.
        const double cum_hi = count_interval(*cum).hi;
        std::vector<std::pair<const Claim*, std::string>> related;
        for (const Claim* stage : claims) {
          if (is_running(*stage)) continue;
          if (stage->scope != Scope::per_side && stage->scope != Scope::total && stage->scope != Scope::one_side)
            continue;
          // One side's stage bounds that side's running total and each side's ("each released
          // 270 so far"), not the other side's; a running total that names no side may be the
          // other side's ("24 hostages so far" and "39 Palestinian prisoners" freed in one day).
          const bool same_side =
              cum->scope == Scope::per_side || (cum->scope == Scope::one_side && cum->side == stage->side);
          if (stage->scope == Scope::one_side && !same_side) continue;
          const double stage_lo = count_interval(*stage).lo / (stage->scope == Scope::total ? 2 : 1);
          if (cum_hi >= stage_lo) continue;
          related.push_back({stage, source_name(*stage) + " says " + describe_value(*stage) + " " +
                                        std::string(to_string(stage->scope)) + " in one stage"});
          if (related.size() >= 3) break;
        }
        if (related.empty()) continue;
        findings.push_back(make_finding(rule, *cum, related,
                                        {{"value", describe_value(*cum)},
                                         {"other_value", describe_value(*related.front().first)},
                                         {"other_source", source_name(*related.front().first)}}));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_cumulative_check() { return std::make_unique<CumulativeCheck>(); }

}  // namespace crosscheck
