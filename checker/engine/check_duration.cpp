// duration: a stated duration against the start date the reference facts give and the
// article's date. "over two years" for a war 3.3 years old understates it (warning); "over
// four years" overstates it (error, only when the article's date is known, not a lower bound).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

#include "checker/claims/claim_json.hpp"
#include "checker/engine/article_time.hpp"
#include "checker/engine/check.hpp"

namespace crosscheck {

namespace {

// The days a duration allows, read loosely: people round "three years" for 2.6 or 3.4.
struct DayRange {
  double lo = 0, hi = 0;
};

std::optional<DayRange> allowed_days(const Claim& c) {
  const auto* v = std::get_if<DurationValue>(&c.value);
  if (!v || v->since || v->amount <= 0) return std::nullopt;
  const double per = unit_days(v->unit);
  if (per <= 0) return std::nullopt;
  const double n = v->amount * per;
  const double inf = std::numeric_limits<double>::infinity();
  switch (c.qualifier) {
    case Qualifier::exact: return DayRange{n * 0.66, n * 1.5};
    case Qualifier::about: return DayRange{n * 0.66, n * 1.5};
    case Qualifier::more_than:
    case Qualifier::at_least: return DayRange{n, inf};
    case Qualifier::nearly: return DayRange{n * 0.5, n};
    case Qualifier::up_to:
    case Qualifier::fewer_than:
    case Qualifier::at_most: return DayRange{0, n};
  }
  return std::nullopt;
}

// "In May, when the army took the plant after three months of fighting": a duration in a
// sentence dated to an earlier day than the article's is the age as of that day. The latest
// such day of each (document, sentence); reference points ("since 2022") and datelines are no
// such day.
std::map<std::pair<std::size_t, std::size_t>, Date> sentence_days(const ResolvedCorpus& corpus) {
  std::map<std::pair<std::size_t, std::size_t>, Date> out;
  for (const Claim& c : corpus.claims) {
    const auto* v = std::get_if<DateValue>(&c.value);
    if (c.kind != ClaimKind::date || !v || !v->hi.ok() || v->future_tense || c.property == "reference" ||
        c.property == "dateline")
      continue;
    auto [it, fresh] = out.try_emplace({c.document, c.sentence}, v->hi);
    if (!fresh && it->second < v->hi) it->second = v->hi;
  }
  return out;
}

class DurationCheck : public Check {
 public:
  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    const auto& parts = rule.list("parts");
    if (std::find(parts.begin(), parts.end(), "within_article") != parts.end())
      check_within_articles(rule, context, findings);
    if (std::find(parts.begin(), parts.end(), "facts") == parts.end()) return;
    const auto understatement = level_from_string(rule.text("understatement_level")).value_or(Level::warning);
    const auto days = sentence_days(context.corpus);
    for (const Claim* c : selected_claims(rule, context, false)) {
      const auto* v = std::get_if<DurationValue>(&c->value);
      if (!v) continue;
      // Only the fact's own war: "the civil war in Sudan" is another one.
      const auto& doc = context.corpus.documents[c->document];
      const FactEvent* start = context.facts.event_for_claim(c->property, *c, nullptr, &doc.names);
      if (!start) continue;
      // "the five-year conflict" on a page of 2019: a war that began after the page was written
      // is not the one it tells of
      if (!doc.now || start->date > *doc.now) continue;
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
      // "In May, when the army took the plant after three months of fighting": the age as of the
      // day its sentence tells of, between the start and the article's day, may hold
      if (const auto day = days.find({c->document, c->sentence});
          understated && !overstated && day != days.end() && start->date < day->second && day->second < *doc.now) {
        const auto then =
            static_cast<double>((std::chrono::sys_days{day->second} - std::chrono::sys_days{start->date}).count());
        if (std::floor(then / per) <= v->amount) continue;
      }
      values["detail"] = std::string(overstated ? "overstates" : "understates") + " it: " + start->name + " began on " +
                         iso_date(start->date) + ", " + buffer + " before " + iso_date(*doc.now);
      Finding f = make_finding(rule, *c, {}, values);
      if (understated && !overstated) f.level = understatement;
      f.explain.push_back("article date: " + doc.now_how);
      findings.push_back(std::move(f));
    }
  }

 private:
  // "in their nearly two-month-long war ... the three-year-old war": one article giving one
  // event two ages that cannot both hold at the time it was written, whatever that time was.
  // Sentences that name a year may speak of another war ("the war that began in 2014").
  static void check_within_articles(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) {
    const auto& subjects = rule.list("compared_subjects");
    std::map<std::pair<std::size_t, std::string>, std::vector<std::pair<const Claim*, DayRange>>> by_article;
    for (const Claim* c : selected_claims(rule, context, false)) {
      if (std::find(subjects.begin(), subjects.end(), c->property) == subjects.end() || names_a_year(c->snippet))
        continue;
      if (const auto days = allowed_days(*c)) by_article[{c->document, c->property}].emplace_back(c, *days);
    }
    for (const auto& [key, list] : by_article) {
      for (std::size_t i = 0; i < list.size(); ++i) {
        for (std::size_t j = i + 1; j < list.size(); ++j) {
          const auto& [a, da] = list[i];
          const auto& [b, db] = list[j];
          if (da.lo <= db.hi && db.lo <= da.hi) continue;
          const Claim& shorter = da.hi < db.lo ? *a : *b;
          const Claim& longer = da.hi < db.lo ? *b : *a;
          Finding f = make_finding(rule, shorter, {{&longer, "the same article says '" + longer.text + "'"}},
                                   {{"value", shorter.text},
                                    {"detail", "the same article calls the " + key.second + " '" + longer.text +
                                                   "': both cannot hold at once"}});
          findings.push_back(std::move(f));
          break;
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_duration_check() { return std::make_unique<DurationCheck>(); }

}  // namespace crosscheck
