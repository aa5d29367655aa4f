// role: a person's title at the article's date against the reference facts ("former
// President" for someone in office then, or a current title for someone out of office).
#include "checker/claims/claim_json.hpp"
#include "checker/engine/article_time.hpp"
#include "checker/engine/check.hpp"

namespace crosscheck {

namespace {

class RoleCheck : public Check {
 public:
  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    const auto times = article_times(context.corpus, context.facts);
    for (const Claim* c : selected_claims(rule, context, false)) {
      const auto* v = std::get_if<RoleValue>(&c->value);
      if (!v || v->person.empty()) continue;
      const Office* office = context.facts.office(v->person, v->title);
      if (!office) continue;
      if (!v->affiliation.empty() && !office->affiliation.empty() && v->affiliation != office->affiliation) continue;
      const auto& time = times[c->document];
      if (!time) continue;
      const Date now = time->now;
      const bool in_office = context.facts.in_office(*office, now);
      // With only a lower bound for the article's date, a verdict must hold on every later day:
      // "former" is wrong for good when the current term is open-ended; a plain title is wrong
      // for good when no term starts later.
      bool open_term = false, later_term = false;
      for (const auto& t : office->terms) {
        if (t.from <= now && !t.to) open_term = true;
        if (t.from > now) later_term = true;
      }
      std::string detail;
      if (v->modifier == "former" && in_office && (open_term || !time->lower_bound)) {
        detail = office->person + " is " + v->title + " on " + iso_date(now) + " per " + office->source;
      } else if (v->modifier.empty() && !in_office && (!time->lower_bound || !later_term)) {
        detail = office->person + " is not " + v->title + " on " + iso_date(now) + " per " + office->source;
      }
      if (detail.empty()) continue;
      Finding f = make_finding(rule, *c, {},
                               {{"value", c->text},
                                {"person", office->person},
                                {"title", v->title},
                                {"now", iso_date(now)},
                                {"detail", detail}});
      f.explain.push_back("article date: " + time->how);
      findings.push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_role_check() { return std::make_unique<RoleCheck>(); }

}  // namespace crosscheck
