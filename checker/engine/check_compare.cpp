// compare: counts of the same event, property and scope that cannot all be true.
#include <algorithm>
#include <map>
#include <set>

#include "checker/claims/claim_json.hpp"
#include "checker/engine/check.hpp"
#include "checker/engine/count_groups.hpp"

namespace crosscheck {

namespace {

class CompareCheck : public Check {
 public:
  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    const double tolerance = rule.number("tolerance");
    const auto& evolving = rule.list("evolving_properties");
    const auto& skipped = rule.list("skip_properties");
    std::map<std::tuple<std::string, std::string, std::string, int, std::string>, std::vector<const Claim*>> groups;
    for (const Claim* c : selected_claims(rule, context)) {
      if (c->kind != ClaimKind::count) continue;
      const auto& v = std::get<CountValue>(c->value);
      if (v.vague && rule.flag("ignore_vague")) continue;
      if (std::find(skipped.begin(), skipped.end(), c->property) != skipped.end()) continue;
      const ScopeClass sc = scope_class(*c);
      if (sc == ScopeClass::cumulative) continue;  // the cumulative check owns these
      // Tolls grow while an event unfolds: such counts are compared only between articles
      // published the same day.
      std::string day;
      if (std::find(evolving.begin(), evolving.end(), c->property) != evolving.end()) {
        if (!c->as_of) continue;
        day = iso_date(*c->as_of);
      }
      // A one-side figure is compared with the same side's figures only.
      const std::string where = c->scope == Scope::one_side ? c->location + "|side:" + c->side : c->location;
      groups[{c->event.key, c->property, where, static_cast<int>(sc), day}].push_back(c);
    }
    for (auto& [key, claims] : groups) {
      auto classes = compatible_classes(claims, tolerance);
      if (classes.size() < 2) continue;
      const auto& reference = classes.front();
      for (std::size_t k = 1; k < classes.size(); ++k) {
        for (const Claim* c : classes[k]) {
          std::vector<std::pair<const Claim*, std::string>> related;
          std::set<std::size_t> seen;
          for (const Claim* r : reference) {
            if (related.size() >= 3) break;  // a note or three is enough; the class may be huge
            if (seen.count(r->document)) continue;
            seen.insert(r->document);
            related.push_back(
                {r, source_name(*r) + " says " + describe_value(*r) + " " + std::string(to_string(r->scope))});
          }
          const Claim& other = *related.front().first;
          findings.push_back(make_finding(rule, *c, related,
                                          {{"value", describe_value(*c)},
                                           {"other_value", describe_value(other)},
                                           {"scope", std::string(to_string(c->scope))},
                                           {"other_source", source_name(other)}}));
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_compare_check() { return std::make_unique<CompareCheck>(); }

}  // namespace crosscheck
