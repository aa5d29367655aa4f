// measure: measures of one event (a quake's magnitude and depth, a storm's wind speed) that
// sources give differently beyond the tolerance the rule sets for that property. The first
// value of a revision ("7.7, later upgraded to 7.8") is the superseded one, never a conflict.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>

#include "checker/claims/claim_json.hpp"
#include "checker/engine/check.hpp"
#include "checker/engine/count_groups.hpp"

namespace crosscheck {

std::optional<PropertyTolerance> parse_property_tolerance(std::string_view text) {
  const auto eq = text.find('=');
  if (eq == std::string_view::npos || eq == 0) return std::nullopt;
  PropertyTolerance t;
  t.property = std::string(text.substr(0, eq));
  std::string amount(text.substr(eq + 1));
  if (!amount.empty() && amount.back() == '%') {
    t.relative = true;
    amount.pop_back();
  }
  if (amount.empty()) return std::nullopt;
  char* end = nullptr;
  t.amount = std::strtod(amount.c_str(), &end);
  if (end != amount.c_str() + amount.size() || t.amount < 0 || !std::isfinite(t.amount)) return std::nullopt;
  if (t.relative) t.amount /= 100;
  return t;
}

std::string check_property_tolerance(std::string_view text) {
  return parse_property_tolerance(text) ? ""
                                        : "expected property=amount or property=percent% (magnitude=0.1, "
                                          "wind_speed=10%)";
}

namespace {

const MeasureValue& measure_of(const Claim& c) { return std::get<MeasureValue>(c.value); }

// The first of `words` the sentence has as a whole word, any case, or "".
std::string word_in(const std::string& sentence, const std::vector<std::string>& words) {
  std::string low(sentence);
  std::transform(low.begin(), low.end(), low.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  const auto inside = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-'; };
  for (const auto& w : words) {
    for (auto at = low.find(w); at != std::string::npos; at = low.find(w, at + 1)) {
      const auto end = at + w.size();
      if ((at == 0 || !inside(low[at - 1])) && (end >= low.size() || !inside(low[end]))) return w;
    }
  }
  return "";
}

std::string tolerance_words(const PropertyTolerance& t) {
  return t.relative ? format_count(t.amount * 100) + "%" : format_count(t.amount);
}

class MeasureCheck : public Check {
 public:
  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    const auto& properties = rule.list("properties");
    const auto& evolving = rule.list("evolving_properties");
    const auto& hourly = rule.list("hourly_properties");
    const auto& other_event_words = rule.list("other_event_words");
    const auto& parts_only = rule.list("parts_only");
    std::map<std::string, PropertyTolerance> tolerance;
    for (const auto& text : rule.list("tolerances"))
      if (auto t = parse_property_tolerance(text)) tolerance[t->property] = *t;
    const auto& docs = context.corpus.documents;

    // (event, property, unit) -> the first values of revisions: sources that still give them
    // wrote before the revision, they do not contradict the revised value.
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<double>> revised_from;
    std::vector<const Claim*> measures;
    for (const Claim* c : selected_claims(rule, context)) {
      if (c->kind != ClaimKind::measure || !c->not_event.empty()) continue;
      if (!properties.empty() && std::find(properties.begin(), properties.end(), c->property) == properties.end())
        continue;
      // a vote share that does not say whose it is is no one's to compare
      if (!c->part && std::find(parts_only.begin(), parts_only.end(), c->property) != parts_only.end()) continue;
      const auto& v = measure_of(*c);
      if (v.revised_from) revised_from[{c->event.key, c->property, v.unit}].push_back(*v.revised_from);
      if (v.revised_to) continue;  // superseded in its own sentence
      // "a 5.1 aftershock" hangs on its quake like the main shock: not the quake's measure.
      if (!word_in(c->snippet, other_event_words).empty()) continue;
      measures.push_back(c);
    }
    // (event, property, unit, place and holder, day) -> measures; a day only for evolving
    // properties, whose value changes while the event unfolds (a storm's winds): compared within
    // one published day.
    using Key = std::tuple<std::string, std::string, std::string, std::string, std::string>;
    std::map<Key, std::vector<const Claim*>> groups;
    for (const Claim* c : measures) {
      const auto& v = measure_of(*c);
      const auto old = revised_from.find({c->event.key, c->property, v.unit});
      if (old != revised_from.end() &&
          std::any_of(old->second.begin(), old->second.end(), [&](double x) { return v.lo <= x && x <= v.hi; }))
        continue;  // the value before a revision another source reports
      // A changing measure is compared only within one published day, and a value its sentence
      // gives an hour or a later day for ("as of 3 p.m., 290 hectares") only with values of
      // that moment; one that changes by the hour (hourly_properties) across articles only at a
      // moment both sentences write, as a toll is.
      std::string day;
      if (std::find(evolving.begin(), evolving.end(), c->property) != evolving.end()) {
        if (!docs.at(c->document).published) continue;
        const auto moment = evolving_moment(*c);
        if (!moment) continue;
        day = moment->text();
        if (std::find(hourly.begin(), hourly.end(), c->property) != hourly.end() && !moment_shared(*c))
          day += " in " + c->path;
      }
      const std::string where =
          c->part ? c->location.str() + "|" + c->part->dimension + "=" + c->part->value : c->location.str();
      groups[{c->event.key, c->property, v.unit, where, day}].push_back(c);
    }
    // (event type, property, unit) -> per document, its values: a page that gives two values
    // for an event of that type ("the agency gave 7.2 while the survey put it at 7.4") shows them
    // to be two readings, even where its own date is not known
    // (one holder's: two candidates' shares on a page are no two readings of one)
    using Readings = std::map<std::size_t, std::vector<const Claim*>>;
    std::map<std::tuple<std::string, std::string, std::string, std::string>, Readings> readings;
    const auto holder = [](const Claim& c) { return c.part ? c.part->value : std::string(); };
    for (const Claim* c : measures)
      readings[{event_type_of(c->event.key), c->property, measure_of(*c).unit, holder(*c)}][c->document].push_back(c);
    for (auto& [key, claims] : groups) {
      const auto t = tolerance.count(std::get<1>(key)) ? tolerance.at(std::get<1>(key))
                                                       : PropertyTolerance{std::get<1>(key), 0, false};
      // Each value widened by half the tolerance: two values agree when they are at most the
      // tolerance apart.
      const auto widened = [&](const Claim& c) {
        const auto& v = measure_of(c);
        const double half_lo = (t.relative ? std::fabs(v.amount) * t.amount : t.amount) / 2;
        const double half_hi = (t.relative ? std::fabs(v.amount_hi.value_or(v.amount)) * t.amount : t.amount) / 2;
        return CountInterval{v.lo - half_lo - 1e-9, std::isinf(v.hi) ? v.hi : v.hi + half_hi + 1e-9};
      };
      const Readings& known =
          readings[{event_type_of(std::get<0>(key)), std::get<1>(key), std::get<2>(key), holder(*claims.front())}];
      const auto classes = compatible_classes(claims, widened);
      // the pairs of classes one page gives values of: per page, the classes its values fall in
      // (agree with the class's first value), in one pass over the pages
      std::map<const Claim*, std::size_t> class_of;
      for (std::size_t k = 0; k < classes.size(); ++k)
        for (const Claim* c : classes[k]) class_of[c] = k;
      std::vector<CountInterval> class_value;  // each class's first value, widened
      class_value.reserve(classes.size());
      for (const auto& members : classes) class_value.push_back(widened(*members.front()));
      std::set<std::pair<std::size_t, std::size_t>> together;
      for (const auto& [page, values] : known) {
        std::set<std::size_t> hit;
        for (const Claim* y : values) {
          const CountInterval value = widened(*y);
          for (std::size_t k = 0; k < classes.size(); ++k)
            if (compatible(value, class_value[k])) hit.insert(k);
        }
        for (const std::size_t a : hit)
          for (const std::size_t b : hit)
            if (a != b) together.insert({a, b});
      }
      const auto two_readings = [&](const Claim& a, const Claim& b) {
        return together.count({class_of.at(&a), class_of.at(&b)}) > 0;
      };
      report_minority(rule, classes, widened, two_readings, t, findings);
    }
  }

  // "earthquake" of "earthquake@2024-04-03" and of "earthquake@page:a.txt".
  static std::string event_type_of(const std::string& key) { return key.substr(0, key.find('@')); }

 private:
  // Each value outside the largest class of agreeing values, against the values of that class
  // it is more than the tolerance from (a chain 7.6, 7.7, 7.8 splits, but 7.8 is no conflict
  // with 7.7).
  static void report_minority(const Rule& rule, const std::vector<std::vector<const Claim*>>& classes,
                              const std::function<CountInterval(const Claim&)>& widened,
                              const std::function<bool(const Claim&, const Claim&)>& two_readings,
                              const PropertyTolerance& t, std::vector<Finding>& findings) {
    if (classes.size() < 2) return;
    const auto& reference = classes.front();
    // A source that also gives the agreed value (one agency's figure and another's, an old
    // value beside the new one) reports the difference; it does not contradict the others.
    std::set<std::size_t> agreeing;
    for (const Claim* r : reference) agreeing.insert(r->document);
    for (std::size_t k = 1; k < classes.size(); ++k) {
      for (const Claim* c : classes[k]) {
        if (agreeing.count(c->document)) continue;
        std::vector<std::pair<const Claim*, std::string>> related;
        std::set<std::size_t> seen;
        for (const Claim* r : reference) {
          if (related.size() >= 3) break;
          if (r->document == c->document || compatible(widened(*r), widened(*c)) || two_readings(*r, *c)) continue;
          if (!seen.insert(r->document).second) continue;
          related.push_back({r, source_name(*r) + " says " + describe_value(*r)});
        }
        if (related.empty()) continue;
        const Claim& other = *related.front().first;
        Finding f = make_finding(rule, *c, related,
                                 {{"value", describe_value(*c)},
                                  {"other_value", describe_value(other)},
                                  {"tolerance", tolerance_words(t)},
                                  {"other_source", source_name(other)},
                                  {"part", c->part ? c->part->value : ""},
                                  {"whose", c->part ? c->part->value + "'s " : ""}});
        f.explain.push_back("compared: same event " + c->event.key + ", property " + c->property + ", unit '" +
                            measure_of(*c).unit + "'; more than " + tolerance_words(t) + " apart");
        findings.push_back(std::move(f));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_measure_check() { return std::make_unique<MeasureCheck>(); }

}  // namespace crosscheck
