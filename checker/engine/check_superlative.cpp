// superlative: "the largest X since D" when the corpus reports a larger X after D, or two
// different events each called the largest over periods that contain both.
#include <algorithm>
#include <map>

#include "checker/claims/claim_json.hpp"
#include "checker/engine/check.hpp"
#include "checker/engine/count_groups.hpp"

namespace crosscheck {

namespace {

bool is_largest(const SuperlativeValue& v) { return v.adjective == "largest" || v.adjective == "biggest"; }

class SuperlativeCheck : public Check {
 public:
  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    const std::string& size_property = rule.text("size_property");
    const auto& corpus = context.corpus;
    // The size of each dated event: the largest total its counts imply (per side x 2).
    std::map<std::string, std::pair<double, const Claim*>> size;
    for (const auto& c : corpus.claims) {
      if (c.kind != ClaimKind::count || c.property != size_property || c.event.key.empty()) continue;
      if (c.event.confidence < context.min_confidence || !corpus.event_dates.count(c.event.key)) continue;
      const auto& v = std::get<CountValue>(c.value);
      if (v.vague || is_running(c) || c.scope == Scope::unspecified) continue;
      const double total = c.scope == Scope::per_side ? v.lo * 2 : v.lo;
      auto& s = size[c.event.key];
      if (!s.second || total > s.first) s = {total, &c};
    }
    std::vector<const Claim*> superlatives;
    for (const Claim* c : selected_claims(rule, context)) {
      const auto* v = std::get_if<SuperlativeValue>(&c->value);
      if (v && is_largest(*v) && corpus.event_dates.count(c->event.key)) superlatives.push_back(c);
    }
    for (const Claim* c : superlatives) {
      const auto& v = std::get<SuperlativeValue>(c->value);
      std::optional<Date> since = v.since;
      if (!since && !v.since_event.empty())
        if (const auto* e = context.facts.event(v.since_event) ? context.facts.event(v.since_event)
                                                               : context.facts.event_for_subject(v.since_event))
          since = e->date;
      if (!since) continue;
      const Date when = corpus.event_dates.at(c->event.key);
      auto mine = size.find(c->event.key);
      if (mine == size.end()) continue;
      for (const auto& [key, other] : size) {
        if (key == c->event.key || corpus.event_types.at(key) != corpus.event_types.at(c->event.key)) continue;
        const Date other_date = corpus.event_dates.at(key);
        if (other_date < *since || other_date > when || other.first <= mine->second.first) continue;
        findings.push_back(make_finding(
            rule, *c,
            {{other.second,
              source_name(*other.second) + " reports " + format_count(other.first) + " on " + iso_date(other_date)},
             {mine->second.second, "this event's size: " + format_count(mine->second.first)}},
            {{"value", c->text},
             {"other_value", format_count(other.first) + " on " + iso_date(other_date)},
             {"size", format_count(mine->second.first)},
             {"other_source", source_name(*other.second)}}));
        break;
      }
    }
    // Two events each called the largest since dates that cover both.
    for (std::size_t i = 0; i < superlatives.size(); ++i) {
      for (std::size_t j = i + 1; j < superlatives.size(); ++j) {
        const Claim& a = *superlatives[i];
        const Claim& b = *superlatives[j];
        if (a.event.key == b.event.key || corpus.event_types.at(a.event.key) != corpus.event_types.at(b.event.key))
          continue;
        const auto& va = std::get<SuperlativeValue>(a.value);
        const auto& vb = std::get<SuperlativeValue>(b.value);
        if (!va.since || !vb.since) continue;
        const Date da = corpus.event_dates.at(a.event.key), db = corpus.event_dates.at(b.event.key);
        const Claim& later = da > db ? a : b;
        const Claim& earlier = da > db ? b : a;
        const auto& vl = std::get<SuperlativeValue>(later.value);
        const Date earlier_date = std::min(da, db);
        if (*vl.since > earlier_date) continue;  // the later one's period does not include the earlier event
        // Only a conflict when neither size tells which is larger.
        if (size.count(a.event.key) && size.count(b.event.key)) continue;
        findings.push_back(make_finding(
            rule, later, {{&earlier, source_name(earlier) + " calls the " + earlier.event.key + " the largest"}},
            {{"value", describe_value(later)},
             {"other_value", describe_value(earlier) + " (" + earlier.event.key + ")"},
             {"other_source", source_name(earlier)}}));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_superlative_check() { return std::make_unique<SuperlativeCheck>(); }

}  // namespace crosscheck
