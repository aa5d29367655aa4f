// duration: a stated duration against the start date the reference facts give and the
// article's date. "over two years" for a war 3.3 years old understates it (warning); "over
// four years" overstates it (error, only when the article's date is known, not a lower bound).
#include <cmath>
#include <map>

#include "checker/claims/claim_json.hpp"
#include "checker/engine/check.hpp"

namespace crosscheck {

namespace {

double unit_days(const std::string& unit) {
  if (unit == "year") return 365.2425;
  if (unit == "month") return 30.436875;
  if (unit == "week") return 7;
  if (unit == "day") return 1;
  return 0;
}

class DurationCheck : public Check {
 public:
  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    const auto understatement = level_from_string(rule.text("understatement_level")).value_or(Level::warning);
    for (const Claim* c : selected_claims(rule, context, false)) {
      const auto* v = std::get_if<DurationValue>(&c->value);
      if (!v) continue;
      const FactEvent* start = context.facts.event_for_subject(c->property);
      if (!start) continue;
      const auto& doc = context.corpus.documents[c->document];
      if (!doc.now) continue;
      const double elapsed_days =
          static_cast<double>((std::chrono::sys_days{*doc.now} - std::chrono::sys_days{start->date}).count());
      std::map<std::string, std::string> values{{"value", c->text},
                                                {"start", iso_date(start->date)},
                                                {"start_name", start->name},
                                                {"now", iso_date(*doc.now)},
                                                {"now_how", doc.now_how}};
      if (v->since) {
        if (v->since->year() == start->date.year()) continue;
        values["actual"] = "since " + iso_date(start->date);
        values["detail"] = "it began on " + iso_date(start->date);
        findings.push_back(make_finding(rule, *c, {}, values));
        continue;
      }
      const double per = unit_days(v->unit);
      if (per <= 0 || v->amount <= 0) continue;
      const double actual = elapsed_days / per;
      const double whole = std::floor(actual);
      char buffer[64];
      std::snprintf(buffer, sizeof buffer, "%.1f %ss", actual, v->unit.c_str());
      values["actual"] = buffer;
      const bool overstated =
          !doc.now_is_lower_bound &&
          ((c->qualifier == Qualifier::more_than && actual <= v->amount) ||
           ((c->qualifier == Qualifier::exact || c->qualifier == Qualifier::at_least) && actual < v->amount));
      const bool understated = (c->qualifier == Qualifier::more_than || c->qualifier == Qualifier::exact ||
                                c->qualifier == Qualifier::at_least || c->qualifier == Qualifier::about) &&
                               whole > v->amount;
      if (!overstated && !understated) continue;
      values["detail"] = std::string(overstated ? "overstates" : "understates") + " it: " + start->name + " began on " +
                         iso_date(start->date) + ", " + buffer + " before " + iso_date(*doc.now);
      Finding f = make_finding(rule, *c, {}, values);
      if (understated && !overstated) f.level = understatement;
      f.explain.push_back("article date: " + doc.now_how);
      findings.push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_duration_check() { return std::make_unique<DurationCheck>(); }

}  // namespace crosscheck
