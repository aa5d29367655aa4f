// calendar: a weekday that does not match its date ("Friday, May 24, 2025"); a weekday-
// relative date that lands away from an explicit date for the same event in one sentence;
// and two reports of one story (several identical counts) that date it differently.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "checker/claims/claim_json.hpp"
#include "checker/engine/check.hpp"

namespace crosscheck {

namespace {

unsigned weekday_of(Date d) { return std::chrono::weekday{std::chrono::sys_days{d}}.c_encoding(); }

class CalendarCheck : public Check {
 public:
  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    const auto claims = selected_claims(rule, context, false);
    const auto& parts = rule.list("parts");
    auto on = [&](const char* part) { return std::find(parts.begin(), parts.end(), part) != parts.end(); };
    if (on("weekday")) check_weekdays(rule, claims, findings);
    if (on("relative")) check_relative(rule, claims, findings);
    if (on("story")) check_stories(rule, context, findings);
  }

 private:
  static void check_weekdays(const Rule& rule, const std::vector<const Claim*>& claims, std::vector<Finding>& findings) {
    for (const Claim* c : claims) {
      const auto* v = std::get_if<DateValue>(&c->value);
      if (!v || v->relative || !v->weekday || !v->lo.ok() || v->lo != v->hi) continue;
      const unsigned actual = weekday_of(v->lo);
      if (actual == *v->weekday) continue;
      Finding f = make_finding(rule, *c, {},
                               {{"value", std::string(weekday_name(*v->weekday))},
                                {"date", iso_date(v->lo)},
                                {"other_value", std::string(weekday_name(actual))},
                                {"detail", iso_date(v->lo) + " is a " + std::string(weekday_name(actual))}});
      f.kind = "weekday_mismatch";
      findings.push_back(std::move(f));
    }
  }

  // "on Tuesday ... June 11" for one event in one sentence: the weekday resolves elsewhere.
  static void check_relative(const Rule& rule, const std::vector<const Claim*>& claims, std::vector<Finding>& findings) {
    std::map<std::tuple<std::size_t, std::size_t, std::string>, std::vector<const Claim*>> by_sentence;
    for (const Claim* c : claims) {
      const auto* v = std::get_if<DateValue>(&c->value);
      if (!v || !v->lo.ok() || v->lo != v->hi || c->event.key.empty()) continue;
      by_sentence[{c->document, c->sentence, c->event.type}].push_back(c);
    }
    for (const auto& [key, list] : by_sentence) {
      for (const Claim* rel : list) {
        const auto& rv = std::get<DateValue>(rel->value);
        if (!rv.relative) continue;
        for (const Claim* abs : list) {
          const auto& av = std::get<DateValue>(abs->value);
          if (av.relative || av.lo == rv.lo) continue;
          Finding f = make_finding(rule, *rel, {{abs, "the same sentence dates it " + iso_date(av.lo)}},
                                   {{"value", rel->text + " (" + iso_date(rv.lo) + ")"},
                                    {"other_value", iso_date(av.lo)},
                                    {"detail", "'" + rel->text + "' resolves to " + iso_date(rv.lo) + ", the sentence says " +
                                                   iso_date(av.lo)}});
          f.kind = "date_mismatch";
          findings.push_back(std::move(f));
        }
      }
    }
  }

  // Two documents whose main events share several exact counts but carry different days.
  static void check_stories(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) {
    const auto min_shared = static_cast<std::size_t>(rule.number("story_min_shared"));
    const auto& docs = context.corpus.documents;
    std::vector<std::set<std::tuple<std::string, int, double>>> signatures(docs.size());
    std::vector<const Claim*> focus_date(docs.size(), nullptr);
    for (const auto& c : context.corpus.claims) {
      const auto& focus = docs[c.document].focus;
      if (focus.empty() || c.event.key != focus) continue;
      if (const auto* v = std::get_if<CountValue>(&c.value); v && !v->vague && c.qualifier == Qualifier::exact)
        signatures[c.document].emplace(c.property, static_cast<int>(c.scope), v->value);
      if (const auto* d = std::get_if<DateValue>(&c.value); d && !d->relative && d->lo.ok() && d->lo == d->hi &&
                                                             !focus_date[c.document])
        focus_date[c.document] = &c;
    }
    for (std::size_t a = 0; a < docs.size(); ++a) {
      for (std::size_t b = a + 1; b < docs.size(); ++b) {
        if (!focus_date[a] || !focus_date[b] || docs[a].focus == docs[b].focus) continue;
        if (focus_date[a]->event.type != focus_date[b]->event.type) continue;
        std::vector<std::tuple<std::string, int, double>> shared;
        std::set_intersection(signatures[a].begin(), signatures[a].end(), signatures[b].begin(), signatures[b].end(),
                              std::back_inserter(shared));
        if (shared.size() < min_shared) continue;
        // The primary is the one whose path sorts first: the same finding whatever the file order.
        const bool a_first = std::tie(focus_date[a]->path, focus_date[a]->span.begin.value) <
                             std::tie(focus_date[b]->path, focus_date[b]->span.begin.value);
        const Claim& da = a_first ? *focus_date[a] : *focus_date[b];
        const Claim& db = a_first ? *focus_date[b] : *focus_date[a];
        Finding f = make_finding(rule, da, {{&db, source_name(db) + " dates the same story " + describe_value(db)}},
                                 {{"value", describe_value(da)},
                                  {"other_value", describe_value(db)},
                                  {"other_source", source_name(db)},
                                  {"detail", "both report " + std::to_string(shared.size()) + " identical counts"}});
        f.kind = "date_mismatch";
        findings.push_back(std::move(f));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_calendar_check() { return std::make_unique<CalendarCheck>(); }

}  // namespace crosscheck
