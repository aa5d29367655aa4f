// composition: one source gives a figure as one group alone ("a 215-for-215 swap of military
// personnel") and another says the same figure for the same event is made of several groups
// ("215 combatants and civilians"): they disagree on who was counted.
#include <algorithm>
#include <map>
#include <set>

#include "checker/claims/claim_json.hpp"
#include "checker/engine/check.hpp"

namespace crosscheck {

namespace {

constexpr std::size_t max_related = 4;

// Scopes that may describe the same figure: each side's, one side's (a per-side figure is
// every side's), the same scope, or a figure that does not say.
bool same_figure(const Claim& a, const Claim& b) {
  if (a.scope == b.scope || a.scope == Scope::unspecified || b.scope == Scope::unspecified) return true;
  const auto each_or_one = [](Scope s) { return s == Scope::per_side || s == Scope::one_side; };
  return each_or_one(a.scope) && each_or_one(b.scope);
}

class CompositionCheck : public Check {
 public:
  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    const auto& groups = rule.list("groups");
    const auto listed = [&](const std::string& g) {
      return std::find(groups.begin(), groups.end(), g) != groups.end();
    };
    // (event, figure) -> claims of one listed group alone, and claims naming several
    std::map<std::pair<std::string, double>, std::vector<const Claim*>> alone, mixed;
    for (const Claim* c : selected_claims(rule, context)) {
      const auto* v = std::get_if<CountValue>(&c->value);
      if (!v || v->vague || c->qualifier != Qualifier::exact) continue;
      const auto named = std::count_if(c->groups.begin(), c->groups.end(), listed);
      if (named >= 2) mixed[{c->event.key, v->value}].push_back(c);
      else if (c->groups.empty() && listed(c->property)) alone[{c->event.key, v->value}].push_back(c);
    }
    for (const auto& [key, several] : mixed) {
      const auto one = alone.find(key);
      if (one == alone.end()) continue;
      for (const Claim* c : several) {
        // Every claim of another source that says so (up to a few), so each one is shown.
        std::vector<std::pair<const Claim*, std::string>> related;
        for (const Claim* r : one->second) {
          if (related.size() >= max_related || r->document == c->document || !same_figure(*c, *r) ||
              std::find(c->groups.begin(), c->groups.end(), r->property) == c->groups.end())
            continue;
          related.push_back({r, source_name(*r) + " counts them all as " + r->property});
        }
        if (related.empty()) continue;
        const Claim& other = *related.front().first;
        std::string made_of;
        for (const auto& g : c->groups) made_of += (made_of.empty() ? "" : " and ") + g;
        Finding f = make_finding(rule, *c, related,
                                 {{"value", describe_value(*c)},
                                  {"groups", made_of},
                                  {"other_group", other.property},
                                  {"other_source", source_name(other)}});
        f.kind = "composition_mismatch";
        findings.push_back(std::move(f));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_composition_check() { return std::make_unique<CompositionCheck>(); }

}  // namespace crosscheck
