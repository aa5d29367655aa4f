// sum: the parts of a whole on one dimension the lexicon names (a place, a group, a
// nationality: part_dimensions) against the whole reported for the same event, scope and day.
// Parts one source gives that add up to more than the whole are flagged (direction exceeds);
// a breakdown of every part a whole names ("640 killed in Peru and Ecuador" and "410 in Peru
// and 200 in Ecuador") that adds up to less is flagged too (direction falls_short). Any other
// breakdown may leave people out: it is never flagged for falling short.
#include <algorithm>
#include <map>
#include <set>

#include "checker/claims/claim_json.hpp"
#include "checker/engine/check.hpp"
#include "checker/engine/count_groups.hpp"

namespace crosscheck {

namespace {

// One source's breakdown on one dimension: value -> its smallest claim.
using Breakdown = std::map<std::string, const Claim*>;

class SumCheck : public Check {
 public:
  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    const bool exceeds = rule.text("direction") == "exceeds";
    // (event, property of the whole, scope class, day, place) -> wholes, and breakdowns by
    // dimension and source. A figure for one place ("68 dead in Kerr County") is a part of
    // the event's whole and the whole of its own breakdown ("28 children and 30 adults" there).
    std::vector<std::set<std::string>> complete;
    for (const auto& set : rule.list("complete_sets")) {
      std::set<std::string> values;
      for (std::size_t from = 0; from <= set.size();) {
        const std::size_t plus = std::min(set.find('+', from), set.size());
        values.insert(set.substr(from, plus - from));
        from = plus + 1;
      }
      complete.push_back(std::move(values));
    }
    std::map<Key, std::vector<const Claim*>> wholes;
    const auto& skipped = rule.list("skip_properties");
    // ... -> (document, sentence for a sentence dimension else 0) -> breakdown
    std::map<Key, std::map<std::string, std::map<std::pair<std::size_t, std::size_t>, Breakdown>>> parts;
    for (const Claim* c : selected_claims(rule, context)) {
      if (c->kind != ClaimKind::count || std::get<CountValue>(c->value).vague || is_running(*c)) continue;
      const auto sc = scope_of(rule, *c);
      if (!sc) continue;
      const std::string property = !c->part                 ? c->property.str()
                                   : c->part->whole.empty() ? rule.text("whole")
                                                            : c->part->whole;
      if (listed(skipped, property) || listed(skipped, c->property)) continue;
      const auto day = day_of(rule, property, *c);
      if (!day) continue;
      const bool place_part = c->part && c->part->dimension == "place";
      const Key key{c->event.key, property, static_cast<int>(*sc), *day, place_part ? "" : c->location};
      if (!c->part || place_part) {
        if (c->location.empty() || !c->part) wholes[key].push_back(c);
        if (place_part) wholes[{c->event.key, c->property, static_cast<int>(*sc), *day, c->location}].push_back(c);
        if (!c->part) continue;
      }
      if (!listed(rule.list("dimensions"), c->part->dimension)) continue;
      // "seven in the Caribbean — three in Jamaica, ...": the place that lists places within
      // it is their whole, not one more of them
      if (c->covers && c->covers->dimension == c->part->dimension) continue;
      // The parts must come from one source's breakdown: figures of different articles may
      // count different people. Places named in different sentences may overlap (a region and
      // a country in it), so a breakdown on such a dimension is one sentence's.
      const bool by_sentence = listed(rule.list("sentence_dimensions"), c->part->dimension);
      const std::size_t told_in = by_sentence ? c->sentence : 0;
      keep_smallest(parts[key][c->part->dimension][{c->document, told_in}], c->part->value, c);
      // Places the gazetteer knows may be added up across a page's sentences: it says which
      // lie within which ("Haiti" within "Hispaniola"), and those are left out below.
      if (by_sentence && !c->part->lineage.empty())
        keep_smallest(parts[key][c->part->dimension][{c->document, page_wide}], c->part->lineage.front(), c);
    }
    rests_of_figures(rule, context, wholes, findings);
    for (auto& [key, by_dimension] : parts) {
      const auto w = wholes.find(key);
      for (auto& [dimension, by_source] : by_dimension) {
        std::set<const Claim*> flagged;
        for (auto& [doc, breakdown] : by_source) {
          if (doc.second == page_wide) drop_containers(breakdown);
          if (breakdown.size() < 2) continue;
          double lo = 0, hi = 0, largest_part = 0;
          for (const auto& [value, c] : breakdown) {
            lo += count_interval(*c).lo;
            hi += count_interval(*c).hi;
            largest_part = std::max(largest_part, count_interval(*c).lo);
          }
          // Across sentences, a figure told at no place may be one place's ("we have had three
          // deaths", a minister says): only a region holding every part is their whole.
          std::vector<const Claim*> candidates = regions_around(wholes, key, breakdown);
          if (w != wholes.end() && doc.second != page_wide)
            candidates.insert(candidates.end(), w->second.begin(), w->second.end());
          for (const Claim* whole : candidates) {
            if (flagged.count(whole)) continue;
            if (told_together(*whole, breakdown)) continue;  // a part is never its own whole
            // "81 wounded in Tarn, 79 in Avon, and 3 in Calder and Norland": a whole of the
            // places it names is not the whole of parts in other places
            if (names_others(*whole, dimension, breakdown)) continue;
            if (!std::get<3>(key).empty() && !one_moment(*whole, breakdown)) continue;
            // "the official toll is 35 dead" (one island's), then "94 died in Mozambique, while
            // 13 died in Malawi": a figure at no place, told apart from a breakdown of places,
            // that one of those places alone exceeds is another place's figure, not their whole
            if (dimension == "place" && whole->location.empty() && !whole->covers && doc.second != page_wide &&
                whole->sentence != doc.second && largest_part > ceiling(*whole, breakdown))
              continue;
            const bool named = covers(*whole, dimension, breakdown) || is_complete(complete, breakdown);
            const bool wrong = exceeds ? lo > ceiling(*whole, breakdown) : named && hi < count_interval(*whole).lo;
            if (!wrong) continue;
            flagged.insert(whole);
            report(rule, *whole, breakdown, exceeds ? lo : hi, findings);
          }
        }
      }
    }
  }

 private:
  using Key = std::tuple<std::string, std::string, int, std::string, std::string>;

  // Tolls grow while an event unfolds: parts and whole of the same moment only. The moment
  // of a claim of `property` ("" when it does not change), or none when it has none.
  static std::optional<std::string> day_of(const Rule& rule, const std::string& property, const Claim& c) {
    if (!listed(rule.list("evolving_properties"), property)) return "";
    const auto moment = evolving_moment(c);
    if (!moment) return std::nullopt;
    return moment->text();
  }

  // "The bodies of 68 were found in the county, and 10 other deaths were reported in other
  // parts of the state": a figure and the rest of it (Claim::completes) are the whole, on any
  // dimension; they are held against every whole of the same event, scope and moment.
  static void rests_of_figures(const Rule& rule, const CheckContext& context,
                               const std::map<Key, std::vector<const Claim*>>& wholes, std::vector<Finding>& findings) {
    const bool exceeds = rule.text("direction") == "exceeds";
    for (const Claim* rest : selected_claims(rule, context)) {
      if (!rest->completes || !rest->part || rest->kind != ClaimKind::count || is_running(*rest) ||
          listed(rule.list("skip_properties"), rest->part->whole))
        continue;
      const auto sc = scope_of(rule, *rest);
      const auto day = day_of(rule, rest->part->whole, *rest);
      if (!sc || !day) continue;
      const Claim* first = earlier_in_document(context.corpus, *rest, false, [&](const Claim& k) {
        return k.begin == *rest->completes && k.kind == ClaimKind::count;
      });
      if (first == nullptr || std::get<CountValue>(first->value).vague) continue;
      const auto w = wholes.find({rest->event.key, rest->part->whole, static_cast<int>(*sc), *day, ""});
      if (w == wholes.end()) continue;
      const double lo = count_interval(*first).lo + count_interval(*rest).lo;
      const double hi = count_interval(*first).hi + count_interval(*rest).hi;
      for (const Claim* whole : w->second) {
        if (whole == first || whole == rest) continue;
        if (!day->empty() && !one_moment(*whole, {{"first", first}, {"rest", rest}})) continue;
        if (exceeds ? lo > count_interval(*whole).hi : hi < count_interval(*whole).lo) {
          report(rule, *whole, {{first->location, first}, {rest->part->value, rest}}, exceeds ? lo : hi, findings);
          break;
        }
      }
    }
  }

  // The scope class parts and whole are compared in, or none. In a two-sided event (a swap)
  // only stated scopes are read: unstated figures mix one side's count with the other's. An
  // event with no sides (a quake) has one whole: a total and an unstated figure are the same.
  static std::optional<ScopeClass> scope_of(const Rule& rule, const Claim& c) {
    if (listed(rule.list("two_sided_events"), c.event.type)) {
      if (c.scope == Scope::per_side || c.scope == Scope::total) return scope_class(c);
      return std::nullopt;
    }
    if (c.scope == Scope::total || c.scope == Scope::unspecified) return ScopeClass::total;
    return std::nullopt;
  }

  // Whether a changing whole and its parts are of one moment: of one page, or of a moment
  // every page writes (the key already holds the day and hour).
  static bool one_moment(const Claim& whole, const Breakdown& breakdown) {
    return std::all_of(breakdown.begin(), breakdown.end(), [&](const auto& p) {
      return p.second->document == whole.document || (moment_shared(whole) && moment_shared(*p.second));
    });
  }

  // The breakdown of a page's gazetteer places, across its sentences (a sentence index no
  // sentence has).
  static constexpr std::size_t page_wide = static_cast<std::size_t>(-1);

  static void keep_smallest(Breakdown& breakdown, const std::string& value, const Claim* c) {
    const Claim*& slot = breakdown[value];
    if (!slot || count_interval(*c).lo < count_interval(*slot).lo) slot = c;
  }

  // A place another of the breakdown lies within ("the Caribbean" beside "Jamaica") holds
  // them: it is their whole, never one more part beside them.
  static void drop_containers(Breakdown& breakdown) {
    std::set<std::string> holding;
    for (const auto& [value, c] : breakdown)
      for (std::size_t i = 1; i < c->part->lineage.size(); ++i) holding.insert(c->part->lineage[i]);
    std::erase_if(breakdown, [&](const auto& p) { return holding.count(p.first) > 0; });
  }

  // The figures for a gazetteer place every part of the breakdown lies within ("seven dead in
  // the Caribbean" for "four on Hispaniola" and "three in Jamaica"): wholes of the same event,
  // property, scope and moment.
  static std::vector<const Claim*> regions_around(const std::map<Key, std::vector<const Claim*>>& wholes,
                                                  const Key& key, const Breakdown& breakdown) {
    std::vector<const Claim*> out;
    const auto within_all = [&](const std::string& region) {
      return std::all_of(breakdown.begin(), breakdown.end(), [&](const auto& p) {
        const auto& lineage = p.second->part ? p.second->part->lineage : std::vector<std::string>{};
        return std::find(lineage.begin() + std::min<std::size_t>(1, lineage.size()), lineage.end(), region) !=
               lineage.end();
      });
    };
    Key from = key;
    std::get<4>(from) = "";
    for (auto it = wholes.upper_bound(from); it != wholes.end(); ++it) {
      const Key& k = it->first;
      if (std::get<0>(k) != std::get<0>(key) || std::get<1>(k) != std::get<1>(key) ||
          std::get<2>(k) != std::get<2>(key) || std::get<3>(k) != std::get<3>(key))
        break;
      for (const Claim* c : it->second)
        if (c->part && !c->part->lineage.empty() && within_all(c->part->lineage.front())) out.push_back(c);
    }
    return out;
  }

  // The most a whole allows its parts. "At least seven dead" is the figure its own page has
  // confirmed: that page's parts, confirmed too, cannot add up to more. From another page it
  // is a floor only.
  static double ceiling(const Claim& whole, const Breakdown& breakdown) {
    const bool own_page = std::all_of(breakdown.begin(), breakdown.end(),
                                      [&](const auto& p) { return p.second->document == whole.document; });
    if (own_page && whole.qualifier == Qualifier::at_least) return count_interval(whole).lo;
    return count_interval(whole).hi;
  }

  // Whether the whole is one of the breakdown's parts.
  static bool told_together(const Claim& whole, const Breakdown& breakdown) {
    return std::any_of(breakdown.begin(), breakdown.end(), [&](const auto& p) { return p.second == &whole; });
  }

  // Whether the breakdown gives every part of a set that is everyone ("children" and "adults").
  static bool is_complete(const std::vector<std::set<std::string>>& complete, const Breakdown& breakdown) {
    return std::any_of(complete.begin(), complete.end(), [&](const std::set<std::string>& set) {
      return set.size() == breakdown.size() &&
             std::all_of(breakdown.begin(), breakdown.end(), [&](const auto& p) { return set.count(p.first) > 0; });
    });
  }

  // Whether the whole names exactly the parts of the breakdown ("across Peru and Ecuador").
  static bool covers(const Claim& whole, const std::string& dimension, const Breakdown& breakdown) {
    if (!whole.covers || whole.covers->dimension != dimension) return false;
    const std::set<std::string> named(whole.covers->values.begin(), whole.covers->values.end());
    if (named.size() != breakdown.size()) return false;
    return std::all_of(breakdown.begin(), breakdown.end(), [&](const auto& p) { return named.count(p.first) > 0; });
  }

  // Whether the whole names its parts on `dimension` and a part of the breakdown is not one of them.
  static bool names_others(const Claim& whole, const std::string& dimension, const Breakdown& breakdown) {
    if (!whole.covers || whole.covers->dimension != dimension) return false;
    const std::set<std::string> named(whole.covers->values.begin(), whole.covers->values.end());
    return std::any_of(breakdown.begin(), breakdown.end(), [&](const auto& p) { return named.count(p.first) == 0; });
  }

  // "outside Kerr County", "beyond 'the bodies of 68'": the rest of a figure (Claim::completes).
  static bool is_rest(const std::string& place) {
    return place.starts_with("outside ") || place.starts_with("beyond ");
  }

  static std::string describe_part(const Claim& c) {
    if (!c.part) return format_count(count_interval(c).lo) + (c.location.empty() ? "" : " in " + c.location);
    const bool in = c.part->dimension == "place" && !is_rest(c.part->value);
    return format_count(count_interval(c).lo) + (in ? " in " : " ") + c.part->value;
  }

  static void report(const Rule& rule, const Claim& whole, const Breakdown& breakdown, double sum,
                     std::vector<Finding>& findings) {
    std::vector<std::pair<const Claim*, std::string>> related;
    std::string listed_parts;
    for (const auto& [value, p] : breakdown) {
      related.push_back(
          {p, source_name(*p) + " says " + describe_value(*p) + " " + p->property +
                  (p->part && p->part->dimension == "place" ? (is_rest(value) ? " " : " in ") + value : "")});
      listed_parts += (listed_parts.empty() ? "" : " + ") + describe_part(*p);
    }
    findings.push_back(make_finding(rule, whole, related,
                                    {{"value", describe_value(whole)},
                                     {"sum", format_count(sum)},
                                     {"parts", listed_parts},
                                     {"other_source", source_name(*breakdown.begin()->second)}}));
  }
};

}  // namespace

std::unique_ptr<Check> make_sum_check() { return std::make_unique<SumCheck>(); }

}  // namespace crosscheck
