// superlative: "the largest X since D", "the deadliest quake in a century", "the strongest
// storm on record" when the corpus reports an event of the same type inside that window whose
// measure (size, toll, magnitude, ...) is larger; or two different events each called the
// largest over periods that contain both.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>

#include "checker/claims/claim_json.hpp"
#include "checker/engine/check.hpp"
#include "checker/engine/count_groups.hpp"

namespace crosscheck {

namespace {

bool is_largest(const SuperlativeValue& v) { return v.adjective == "largest" || v.adjective == "biggest"; }

// An event's value of one property: the largest figure the corpus gives for it (`lo`), and the
// most it could be (`hi`, infinite when a figure is open: "at least 40").
struct EventValue {
  double lo = 0, hi = 0;
  const Claim* claim = nullptr;
};

// "a=b" pairs of a list parameter: adjective -> the properties that measure it.
std::multimap<std::string, std::string> pairs_of(const std::vector<std::string>& list) {
  std::multimap<std::string, std::string> out;
  for (const auto& item : list)
    if (const auto eq = item.find('='); eq != std::string::npos && eq > 0)
      out.emplace(item.substr(0, eq), item.substr(eq + 1));
  return out;
}

std::string check_pair(std::string_view text) {
  const auto eq = text.find('=');
  return eq == std::string_view::npos || eq == 0 || eq + 1 == text.size() ? "expected name=value" : "";
}

Date years_before(Date d, int years) { return Date{d.year() - std::chrono::years{years}, d.month(), d.day()}; }

// What ties two events to one story: the documents that report each, and the sides each
// one's claims name.
struct Ties {
  const std::map<std::string, std::set<std::size_t>>& reported_in;
  const std::map<std::string, std::set<std::string>>& sides_of;
};

// Whether two events of a type that happens anywhere (a swap) are of one war: when one names
// sides, the other names one of them too; when neither does, nothing tells them apart.
bool same_parties(const std::map<std::string, std::set<std::string>>& sides_of, const std::string& a,
                  const std::string& b) {
  const auto sa = sides_of.find(a);
  const auto sb = sides_of.find(b);
  if (sa == sides_of.end() && sb == sides_of.end()) return true;
  if (sa == sides_of.end() || sb == sides_of.end()) return false;
  return std::any_of(sa->second.begin(), sa->second.end(), [&](const std::string& s) { return sb->second.count(s); });
}

// The events of one property's values by type, each list sorted by day: a superlative meets
// only the events of its type inside its window.
using EventsByDay = std::map<std::string, std::vector<std::pair<Date, const std::string*>>>;

class SuperlativeCheck : public Check {
 public:
  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    const std::string& size_property = rule.text("size_property");
    const auto measures = pairs_of(rule.list("measures"));
    const auto vague = pairs_of(rule.list("vague_lookbacks"));
    const auto& any_place = rule.list("any_place_types");
    const auto& corpus = context.corpus;
    // property -> event -> value. "size": the largest total the counts of size_property imply
    // (per side x 2), as the check has always read an exchange's size.
    std::map<std::string, std::map<std::string, EventValue>> values;
    std::map<std::string, std::set<std::size_t>> reported_in;  // event -> documents
    std::map<std::string, std::set<std::string>> sides_of;     // event -> the sides its claims name
    for (const auto& c : corpus.claims) {
      if (c.event.key.empty() || c.event.confidence < context.min_confidence || !corpus.event_dates.count(c.event.key))
        continue;
      reported_in[c.event.key].insert(c.document);
      if (!c.side.empty()) sides_of[c.event.key].insert(c.side);
      if (!c.not_event.empty()) continue;
      if (c.kind == ClaimKind::count) {
        const auto& v = std::get<CountValue>(c.value);
        if (v.vague) continue;
        if (c.property == size_property) {
          if (is_running(c) || c.scope == Scope::unspecified) continue;
          const double total = c.scope == Scope::per_side ? v.lo * 2 : v.lo;
          auto& s = values["size"][c.event.key];
          if (!s.claim || total > s.lo) s = {total, total, &c};
        } else if (c.location.empty() && c.scope != Scope::one_side) {
          // A toll of the whole event (a district's or one side's is a part); tolls "so far" count.
          offer(values[c.property][c.event.key], v.lo, v.hi, c);
        }
      } else if (c.kind == ClaimKind::measure) {
        const auto& v = std::get<MeasureValue>(c.value);
        if (!v.revised_to) offer(values[c.property][c.event.key], v.lo, v.hi, c);
      }
    }
    std::vector<const Claim*> superlatives;
    for (const Claim* c : selected_claims(rule, context)) {
      if (std::get_if<SuperlativeValue>(&c->value) && corpus.event_dates.count(c->event.key)) superlatives.push_back(c);
    }
    std::map<std::string, EventsByDay> by_day;  // property -> its index, built when first needed
    const auto index_of = [&](const std::string& property) -> const EventsByDay& {
      auto [it, added] = by_day.try_emplace(property);
      if (added) {
        for (const auto& [key, value] : values[property])
          it->second[corpus.event_types.at(key)].emplace_back(corpus.event_dates.at(key), &key);
        for (auto& [type, list] : it->second)
          std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
            return std::tie(a.first, *a.second) < std::tie(b.first, *b.second);
          });
      }
      return it->second;
    };
    for (const Claim* c : superlatives) {
      const auto& v = std::get<SuperlativeValue>(c->value);
      const Date when = corpus.event_dates.at(c->event.key);
      const auto window = window_start(*c, v, when, vague, context);
      if (!window) continue;
      const auto [lo, hi] = measures.equal_range(is_largest(v) ? std::string("largest") : v.adjective.str());
      for (auto m = lo; m != hi; ++m) {
        const auto& by_event = values[m->second];
        const auto mine = by_event.find(c->event.key);
        if (mine == by_event.end()) continue;
        if (report_larger(rule, *c, m->second, mine->second, by_event, index_of(m->second), *window, when, any_place,
                          {reported_in, sides_of}, context, findings))
          break;
      }
    }
    report_two_largest(rule, superlatives, values["size"], context, findings);
  }

 private:
  static void offer(EventValue& e, double lo, double hi, const Claim& c) {
    if (!e.claim || lo > e.lo) {
      e.lo = lo;
      e.claim = &c;
    }
    e.hi = std::max(e.hi, hi);
  }

  // The first day the superlative covers, exclusive (the event it counts from is not inside),
  // or nullopt when it names no window the check can date. An "ever" has no lower bound.
  struct Window {
    std::optional<Date> after;
    std::string how;
  };
  static std::optional<Window> window_start(const Claim& c, const SuperlativeValue& v, Date when,
                                            const std::multimap<std::string, std::string>& vague,
                                            const CheckContext& context) {
    if (v.since) return Window{v.since, "since " + iso_date(*v.since)};
    if (v.scope == "year")
      return Window{Date{std::chrono::sys_days{Date{when.year(), std::chrono::January, std::chrono::day{1}}} -
                         std::chrono::days{1}},
                    "this year (" + std::to_string(static_cast<int>(when.year())) + ")"};
    if (!v.since_event.empty()) {
      if (const auto* e =
              context.facts.event_for_claim(v.since_event, c, nullptr, &context.corpus.documents[c.document].names))
        return Window{e->date, "since " + e->name};
      return std::nullopt;
    }
    if (!v.lookback.empty()) {
      int years = 0;
      if (std::all_of(v.lookback.begin(), v.lookback.end(), [](unsigned char ch) { return std::isdigit(ch); }))
        years = std::stoi(v.lookback);
      else if (const auto it = vague.find(v.lookback); it != vague.end()) years = std::atoi(it->second.c_str());
      if (years <= 0) return std::nullopt;
      return Window{years_before(when, years), "in " + std::to_string(years) + " years"};
    }
    if (v.scope == "ever") return Window{std::nullopt, "ever"};
    return std::nullopt;
  }

  // A larger event of the same type inside the window: one finding, true when reported.
  // The first event (by key) of the superlative's type inside its window that is larger.
  static bool report_larger(const Rule& rule, const Claim& c, const std::string& property, const EventValue& mine,
                            const std::map<std::string, EventValue>& by_event, const EventsByDay& by_day,
                            const Window& window, Date when, const std::vector<std::string>& any_place,
                            const Ties& ties, const CheckContext& context, std::vector<Finding>& findings) {
    const auto& corpus = context.corpus;
    const std::string& type = corpus.event_types.at(c.event.key);
    const bool placeless = std::find(any_place.begin(), any_place.end(), type) != any_place.end();
    const auto events = by_day.find(type);
    if (events == by_day.end()) return false;
    const auto& list = events->second;
    // The window excludes its own start ("the largest since May 6" is not contradicted by
    // May 6) and the superlative's own day.
    auto it = window.after ? std::upper_bound(list.begin(), list.end(), *window.after,
                                              [](Date d, const auto& e) { return d < e.first; })
                           : list.begin();
    const std::string* first = nullptr;
    for (; it != list.end() && it->first < when; ++it) {
      const std::string& key = *it->second;
      if (key == c.event.key || (first && *first < key)) continue;
      // the day before is the same event keyed another day as often as another event (a
      // dateline's day, a time zone's): "the deadliest in years" is not set against it
      if ((std::chrono::sys_days{when} - std::chrono::sys_days{it->first}).count() <= 1) continue;
      const EventValue& other = by_event.at(key);
      // Sizes keep the check's first reading (largest figures); other measures must exceed
      // anything the superlative's own event may be ("at least 40" may be 100).
      const bool larger = property == "size" ? other.lo > mine.lo : other.lo > mine.hi;
      if (!larger) continue;
      // Quakes, storms and attacks happen in many places: compared only when one source
      // reports both, which ties them to one story.
      if (!placeless) {
        const auto& a = ties.reported_in.at(c.event.key);
        const auto& b = ties.reported_in.at(key);
        if (std::none_of(a.begin(), a.end(), [&](std::size_t d) { return b.count(d); })) continue;
      } else if (!same_parties(ties.sides_of, c.event.key, key)) {
        continue;  // swaps of another war: "the largest swap of the war" is not set against them
      }
      first = &key;
    }
    if (!first) return false;
    const std::string& key = *first;
    const EventValue& other = by_event.at(key);
    const Date other_date = corpus.event_dates.at(key);
    const std::string shown = property == "size" ? format_count(other.lo) : describe_value(*other.claim);
    const std::string my = property == "size" ? format_count(mine.lo) : describe_value(*mine.claim);
    Finding f =
        make_finding(rule, c,
                     {{other.claim, source_name(*other.claim) + " reports " + shown + " on " + iso_date(other_date)},
                      {mine.claim, "this event's " + property + ": " + my}},
                     {{"value", c.text},
                      {"other_value", shown + " on " + iso_date(other_date)},
                      {"size", my},
                      {"other_source", source_name(*other.claim)}});
    f.explain.push_back("window: " + window.how + " to " + iso_date(when) + "; compared by " + property +
                        (placeless ? "" : " (both events reported by one source)"));
    findings.push_back(std::move(f));
    return true;
  }

  // Two events each called the largest since dates that cover both. The pairs are found
  // through the superlatives of each type sorted by their event's day: a later one meets only
  // the events inside its window, a block of claims of one event at a time, so a story of
  // many articles calling one event the largest costs no pair of them. Findings keep the
  // order of the pairs in the selection.
  static void report_two_largest(const Rule& rule, const std::vector<const Claim*>& all,
                                 const std::map<std::string, EventValue>& size, const CheckContext& context,
                                 std::vector<Finding>& findings) {
    const auto& corpus = context.corpus;
    struct Item {
      Date date;
      const std::string* key;
      std::size_t index;  // in the selection's order
    };
    std::map<std::string, std::vector<Item>> by_type;
    std::vector<const Claim*> superlatives;
    for (const Claim* c : all) {
      const auto& v = std::get<SuperlativeValue>(c->value);
      if (!is_largest(v) || !v.since) continue;
      by_type[corpus.event_types.at(c->event.key)].push_back(
          {corpus.event_dates.at(c->event.key), &c->event.key.str(), superlatives.size()});
      superlatives.push_back(c);
    }
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (auto& [type, items] : by_type) {
      std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return std::tie(a.date, *a.key, a.index) < std::tie(b.date, *b.key, b.index);
      });
      for (const Item& later : items) {
        const Date since = *std::get<SuperlativeValue>(superlatives[later.index]->value).since;
        const bool later_sized = size.count(*later.key) > 0;
        // Earlier events inside the later one's period: after its start, up to its own day.
        auto it =
            std::upper_bound(items.begin(), items.end(), since, [](Date d, const Item& item) { return d < item.date; });
        while (it != items.end() && it->date <= later.date) {
          const auto block_end = std::find_if(
              it, items.end(), [&](const Item& item) { return item.date != it->date || *item.key != *it->key; });
          if (*it->key != *later.key && !(later_sized && size.count(*it->key)))
            for (auto e = it; e != block_end; ++e)
              // On one day the later of two is the one selected after the other.
              if (e->date < later.date || e->index < later.index)
                pairs.emplace_back(std::min(e->index, later.index), std::max(e->index, later.index));
          it = block_end;
        }
      }
    }
    std::sort(pairs.begin(), pairs.end());
    for (const auto& [i, j] : pairs) {
      const Claim& a = *superlatives[i];
      const Claim& b = *superlatives[j];
      const Date da = corpus.event_dates.at(a.event.key), db = corpus.event_dates.at(b.event.key);
      const Claim& later = da > db ? a : b;
      const Claim& earlier = da > db ? b : a;
      findings.push_back(make_finding(
          rule, later, {{&earlier, source_name(earlier) + " calls the " + earlier.event.key + " the largest"}},
          {{"value", describe_value(later)},
           {"other_value", describe_value(earlier) + " (" + earlier.event.key + ")"},
           {"other_source", source_name(earlier)}}));
    }
  }
};

}  // namespace

std::string check_superlative_measure(std::string_view text) { return check_pair(text); }

std::unique_ptr<Check> make_superlative_check() { return std::make_unique<SuperlativeCheck>(); }

}  // namespace crosscheck
