// compare: counts of the same event, property and scope that cannot all be true.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "checker/claims/claim_json.hpp"
#include "checker/claims/clauses.hpp"
#include "checker/engine/check.hpp"
#include "checker/engine/count_groups.hpp"

namespace crosscheck {

namespace {

// Whether one of two exact counts is twice the other.
bool one_doubles(const Claim& a, const Claim& b) {
  const auto* va = std::get_if<CountValue>(&a.value);
  const auto* vb = std::get_if<CountValue>(&b.value);
  if (!va || !vb || va->value_hi || vb->value_hi) return false;
  // "exchanged nearly 300 prisoners" and "146 prisoners": the loosely told one may be both
  // sides' (292); the other, told exactly, one side's
  const auto twice_in = [](const Claim& whole, const CountValue& w, const Claim& side, const CountValue& s) {
    if (side.qualifier != Qualifier::exact || s.vague || w.vague) return false;
    const double twice = 2 * s.value;
    return whole.qualifier == Qualifier::exact ? w.value == twice : w.lo <= twice && twice <= w.hi;
  };
  return twice_in(a, *va, b, *vb) || twice_in(b, *vb, a, *va);
}

// "6 hostages" and "602 prisoners" for one swap, neither saying whose: two figures ten times
// apart or more are an uneven swap's two sides, not two accounts of one figure.
constexpr double uneven_sides_factor = 10;
bool uneven_sides(const Claim& a, const Claim& b) {
  const auto* va = std::get_if<CountValue>(&a.value);
  const auto* vb = std::get_if<CountValue>(&b.value);
  if (!va || !vb || !a.side.empty() || !b.side.empty()) return false;
  const double lo = std::min(va->value, vb->value), hi = std::max(va->value, vb->value);
  return lo > 0 && hi >= uneven_sides_factor * lo;
}

// Whether one of two counts is the other's number told as a bound that excludes it ("more
// than 113", "nearly 300") and the other that number exactly.
bool loosely_told(const Claim& a, const Claim& b) {
  const auto* va = std::get_if<CountValue>(&a.value);
  const auto* vb = std::get_if<CountValue>(&b.value);
  if (!va || !vb || va->value != vb->value || va->value_hi || vb->value_hi) return false;
  const auto bound = [](Qualifier q) {
    return q == Qualifier::more_than || q == Qualifier::nearly || q == Qualifier::fewer_than;
  };
  return (a.qualifier == Qualifier::exact && bound(b.qualifier)) ||
         (b.qualifier == Qualifier::exact && bound(a.qualifier));
}

class CompareCheck : public Check {
 public:
  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    const double tolerance = rule.number("tolerance");
    const auto& evolving = rule.list("evolving_properties");
    const auto& skipped = rule.list("skip_properties");
    const auto& two_sided = rule.list("two_sided_events");
    const auto& parts_only = rule.list("parts_only");
    const auto& any_side_dimensions = rule.list("any_side_dimensions");
    const auto& batch_places = rule.list("batch_places");
    std::map<std::tuple<std::string, std::string, std::string, int, std::string>, std::vector<const Claim*>> groups;
    // (event, property, place, day) -> per-side claims, and one-side claims by side
    using Part = std::tuple<std::string, std::string, std::string, std::string>;
    std::map<Part, std::vector<const Claim*>> per_side;
    std::map<Part, std::map<std::string, std::vector<const Claim*>>> one_side;
    // A toll of one hour ("As of Saturday afternoon") is compared with that hour's and, in its
    // page, with figures whose sentence writes the day without an hour; not with a published
    // day's figure, which may be of any hour or of the day before. Per page and day, the hours
    // written.
    std::map<std::pair<std::size_t, std::string>, std::set<std::string>> hours;
    const auto selected = selected_claims(rule, context);
    for (const Claim* c : selected)
      if (const auto m = evolving_moment(*c); m && !m->hour.empty() && !m->hour.starts_with(update_hour_prefix))
        hours[{c->document, m->day}].insert(m->hour);
    const Included included = included_groups(selected);
    const Risen risen = risen_figures(selected);
    // Per document and sentence, where its first count that is no group of people starts.
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> first_whole;
    for (const Claim* c : selected)
      if (c->kind == ClaimKind::count && (!c->part || c->part->dimension == "side")) {
        auto [at, fresh] = first_whole.try_emplace({c->document, c->sentence}, c->span.begin.value);
        if (!fresh) at->second = std::min(at->second, c->span.begin.value);
      }
    const auto whole_before = [&](const Claim& c) {
      const auto found = first_whole.find({c.document, c.sentence});
      return found != first_whole.end() && found->second < c.span.begin.value;
    };
    for (const Claim* c : selected) {
      if (c->kind != ClaimKind::count) continue;
      const auto& v = std::get<CountValue>(c->value);
      if (v.vague && rule.flag("ignore_vague")) continue;
      // a group of a figure too vague to compare is as vague ("Two of them were children"
      // after a count of people: people/children)
      if (std::find(skipped.begin(), skipped.end(), c->property) != skipped.end() ||
          std::find(skipped.begin(), skipped.end(), base_property(c->property)) != skipped.end())
        continue;
      // "412 seats" says nothing comparable until it says whose they are
      if (!c->part && std::find(parts_only.begin(), parts_only.end(), c->property) != parts_only.end()) continue;
      const bool sided = std::find(two_sided.begin(), two_sided.end(), c->event.type) != two_sided.end();
      // "The prisoners included 60 women" and "three women" hostages: women of either side,
      // unless their sentence first gives the whole they are of ("The 33 prisoners, comprising
      // 30 children and three women")
      if (sided && c->part && c->scope != Scope::one_side && listed(any_side_dimensions, c->part->dimension) &&
          !whole_before(*c))
        continue;
      // "The second plane landed carrying 125 people": one load of a swap's several
      if (sided && c->part && c->part->dimension == "place" && listed(batch_places, c->location)) continue;
      ScopeClass sc = scope_class(*c);
      if (sc == ScopeClass::cumulative) continue;  // the cumulative check owns these
      // An event with no sides (a quake) has one whole: "a total of 40 killed" and "38
      // killed" are the same figure.
      if (!sided && sc == ScopeClass::total) sc = ScopeClass::unspecified;
      // Tolls grow while an event unfolds, by the hour in its first days: such counts are
      // compared only at one moment. Two pages are of one moment when both write it: the same
      // later day than the event's ("128 had died by Tuesday"), or the same hour ("as of 6 p.m.
      // Friday"); a figure dated by its page's publication, or by the event's own day, may be
      // of any hour of that day. A page is one moment of its own (its day, or its hours where
      // it writes them).
      std::vector<std::string> moments{""};
      // a group of a toll ("killed/children") grows with it
      const std::string base = base_property(c->property);
      if (std::find(evolving.begin(), evolving.end(), base) != evolving.end()) {
        const auto moment = evolving_moment(*c);
        if (!moment) continue;
        // "has soared to 2,059" on a page of a day of several updates, its day not written: the
        // figure of an hour the text does not give; another source's that day may be earlier
        // An undated page is one moment (its own, or the latest day of its story it writes).
        if (c->rising && moment->hour.empty() && !moment->written && context.corpus.documents[c->document].published)
          continue;
        const std::string page = "|page " + std::to_string(c->document);
        moments = {moment->text() + page};
        // "hit 100 on Saturday", "grew to 126 Saturday": a rising tally of a day is of an hour
        // the text does not give; with another page's only at a written hour
        if (moment_shared(*c) && !(c->rising && moment->hour.empty())) moments.push_back(moment->text());
        if (moment->written && moment->hour.empty())
          if (const auto written = hours.find({c->document, moment->day}); written != hours.end())
            for (const auto& hour : written->second) moments.push_back(moment->day + " " + hour + page);
      }
      // A one-side figure is compared with the same side's figures only (told the same way:
      // received, or a side as the subject of a verb that does not say which).
      const std::string side = c->side + (c->side_role.empty() ? "" : "|" + c->side_role);
      std::string where = c->scope == Scope::one_side ? c->location + "|side:" + side : c->location.str();
      // "Six of the 13 were women and seven were children": a share is named by its whole
      // only; what the subset is (women, children) is not read, so two shares of one whole
      // may be different people. Summed against the whole, never compared.
      if (c->part && c->part->dimension == "share") continue;
      // A part ("12 Germans", "52 soldiers") is summed against its whole, never compared with it.
      const std::string part_key = c->part ? "|part:" + c->part->dimension + "=" + c->part->value : "";
      where += part_key;
      if (c->part && sided) where += "|of:" + owner_of(context, *c);
      // "19 deaths in Travis, Burnet and Kendall counties" covers those places, not the whole
      // event: compared only with figures for the same places.
      if (c->covers) {
        auto named = c->covers->values;
        std::sort(named.begin(), named.end());
        where += "|covers:" + c->covers->dimension;
        for (const auto& n : named) where += "=" + n;
      }
      // per side and one side meet for the same part only ("34 Azov soldiers" are some of a
      // side's 95), a side's demonym aside ("189 Ukrainians" are that side's figure)
      const std::string of_part = c->part && c->part->dimension != "side" ? c->location + part_key : c->location.str();
      for (const auto& day : moments) {
        groups[{c->event.key, c->property, where, static_cast<int>(sc), day}].push_back(c);
        if (!sided) continue;
        if (c->scope == Scope::per_side) per_side[{c->event.key, c->property, of_part, day}].push_back(c);
        if (c->scope == Scope::one_side) one_side[{c->event.key, c->property, of_part, day}][side].push_back(c);
      }
    }
    // "Each side released 150" and "189 Ukrainians came home" for one swap: a per-side figure
    // is every side's. Only disagreements across the two scopes are reported here; within one
    // scope the groups above report them.
    // a claim in two groups (its hour's and its page's) is reported once against one claim
    std::set<std::pair<const Claim*, const Claim*>> reported;
    for (const auto& [part, sides] : one_side) {
      const auto each = per_side.find(part);
      if (each == per_side.end()) continue;
      for (const auto& [side, claims] : sides) {
        std::vector<const Claim*> both = each->second;
        both.insert(both.end(), claims.begin(), claims.end());
        report_minority(rule, compatible_classes(both, tolerance), true, included, risen, reported, findings);
      }
    }
    for (auto& [key, claims] : groups)
      report_minority(rule, compatible_classes(claims, tolerance), false, included, risen, reported, findings);
  }

 private:
  // In a swap each side's people are counted apart: "The 33 prisoners, comprising 30 children
  // and three women" and "10 hostages - 9 women and a girl" are women of different sides. A
  // group's owner is the whole its sentence breaks down (the count before it there that is no
  // part): that whole's side, else its noun; "" when its sentence has none.
  static std::string owner_of(const CheckContext& context, const Claim& c) {
    if (c.part->dimension == "place" || c.part->dimension == "side") return "";
    if (!c.part->of.empty()) return "nationality " + c.part->of;
    const Claim* owner = earlier_in_document(context.corpus, c, true,
                                             [](const Claim& k) { return k.kind == ClaimKind::count && !k.part; });
    if (owner == nullptr) return "";
    if (owner->scope == Scope::one_side && !owner->side.empty()) return "side " + owner->side;
    const std::size_t space = owner->text.rfind(' ');
    return space == std::string::npos ? "" : lower(owner->text.substr(space + 1));
  }

  // Each claim outside the largest class of agreeing values, against the claims of that class
  // (of the other scope only when `across_scopes`).
  // (event, property, figure) -> the groups a sentence says that figure includes ("Ten
  // Russians, including two minors": 10 -> 2), read from the parts told right after it. What
  // one source says a figure includes holds for the same figure in another.
  using Included = std::map<std::tuple<std::string, std::string, double>, std::vector<double>>;
  static Included included_groups(const std::vector<const Claim*>& claims) {
    Included out;
    std::map<std::tuple<std::size_t, std::size_t, std::string>, const Claim*> last;  // (doc, sentence, property)
    for (const Claim* c : claims) {
      if (c->kind != ClaimKind::count) continue;
      if (const std::size_t slash = c->property.find('/'); slash != std::string::npos) {
        const auto whole = last.find({c->document, c->sentence, c->property.substr(0, slash)});
        if (whole != last.end() && whole->second->qualifier == Qualifier::exact)
          out[{whole->second->event.key, whole->second->property, std::get<CountValue>(whole->second->value).value}]
              .push_back(std::get<CountValue>(c->value).value);
      } else {
        last[{c->document, c->sentence, c->property}] = c;
      }
    }
    return out;
  }

  // (document, event, property, figure) -> where the page tells that figure as risen ("the toll
  // had risen to 1,730"), whatever moment or hour it is of ("later", "on Monday")
  using Risen = std::map<std::tuple<std::size_t, std::string, std::string, double>, std::vector<std::size_t>>;
  static Risen risen_figures(const std::vector<const Claim*>& claims) {
    Risen out;
    for (const Claim* c : claims)
      if (c->kind == ClaimKind::count && c->rising)
        out[{c->document, c->event.key, c->property, std::get<CountValue>(c->value).value}].push_back(
            c->span.begin.value);
    return out;
  }

  // "Ten Russians, including two minors" against "eight Russians": the other figure leaves the
  // included group out, which is no contradiction.
  static bool without_included_group(const Included& included, const Claim& whole, const Claim& other) {
    if (whole.qualifier != Qualifier::exact || other.qualifier != Qualifier::exact) return false;
    const double w = std::get<CountValue>(whole.value).value, o = std::get<CountValue>(other.value).value;
    const auto it = included.find({whole.event.key, whole.property, w});
    return it != included.end() &&
           std::any_of(it->second.begin(), it->second.end(), [&](double g) { return w - g == o; });
  }

  // Whether `exact` is a round figure (a multiple of 100) written without a qualifier and
  // `bounded` gives the same number as a bound just past it ("more than", "fewer than", "nearly").
  static bool round_at_its_bound(const Claim& exact, const Claim& bounded) {
    constexpr double round_step = 100;
    const double value = std::get<CountValue>(exact.value).value;
    return exact.qualifier == Qualifier::exact && value >= round_step && std::fmod(value, round_step) == 0 &&
           std::get<CountValue>(bounded.value).value == value &&
           (bounded.qualifier == Qualifier::more_than || bounded.qualifier == Qualifier::fewer_than ||
            bounded.qualifier == Qualifier::nearly);
  }

  // "Firefighters speak of 41 dead." then "The official figure, however, is 26, the agency
  // said": two sentences of one paragraph, at most max_contrast_gap apart, the later set against
  // the earlier by a word of source_contrasts, tell a disagreement of the page's sources.
  static bool contrasted_sources(const Rule& rule, const Claim& a, const Claim& b) {
    constexpr std::size_t max_contrast_gap = 2;
    const std::size_t gap = a.sentence > b.sentence ? a.sentence - b.sentence : b.sentence - a.sentence;
    if (a.document != b.document || a.paragraph != b.paragraph || gap == 0 || gap > max_contrast_gap) return false;
    const Claim& later = a.sentence > b.sentence ? a : b;
    const std::string text = lower(later.snippet.str());
    const auto letter = [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) != 0; };
    for (const std::string& word : rule.list("source_contrasts")) {
      const std::string w = lower(word);
      for (std::size_t at = text.find(w); at != std::string::npos; at = text.find(w, at + 1))
        if ((at == 0 || !letter(text[at - 1])) && (at + w.size() == text.size() || !letter(text[at + w.size()])))
          return true;
    }
    return false;
  }

  static void report_minority(const Rule& rule, const std::vector<std::vector<const Claim*>>& classes,
                              bool across_scopes, const Included& included, const Risen& risen,
                              std::set<std::pair<const Claim*, const Claim*>>& reported,
                              std::vector<Finding>& findings) {
    if (classes.size() < 2) return;
    const double tolerance = rule.number("tolerance");
    const auto& reference = classes.front();
    // the figures each sentence gives: (document, sentence, value)
    std::set<std::tuple<std::size_t, std::size_t, double>> told;
    for (const auto& cls : classes)
      for (const Claim* k : cls) told.emplace(k->document, k->sentence, std::get<CountValue>(k->value).value);
    for (std::size_t k = 1; k < classes.size(); ++k) {
      for (const Claim* c : classes[k]) {
        std::vector<std::pair<const Claim*, std::string>> related;
        std::set<std::size_t> seen;
        for (const Claim* r : reference) {
          if (related.size() >= 3) break;  // a note or three is enough; the class may be huge
          if (across_scopes && r->scope == c->scope) continue;
          if (seen.count(r->document)) continue;
          // "at least 32" fits 36: a claim of the largest class it does not contradict is no
          // counterpart (the class may hold both 32 and 36 as bounds allow)
          if (compatible(count_interval(*r, tolerance), count_interval(*c, tolerance))) continue;
          if (without_included_group(included, *r, *c) || without_included_group(included, *c, *r)) continue;
          // "more than 3,000 injured" and "3,000 injured": a round figure is a rounded one
          if (round_at_its_bound(*r, *c) || round_at_its_bound(*c, *r)) continue;
          // "killing more than 113 people" and "113 people had been confirmed dead" on one page:
          // the page's own figure told loosely, not the page against itself
          if (r->document == c->document && loosely_told(*r, *c)) continue;
          // "exchanged 115 prisoners" and "Swap 230 Prisoners" for one swap, neither saying
          // whose: the one may be each side's, the other both sides'
          if (r->scope == Scope::unspecified && c->scope == Scope::unspecified &&
              (one_doubles(*r, *c) || uneven_sides(*r, *c)) && listed(rule.list("two_sided_events"), c->event.type))
            continue;
          // "12 dead" in the headline, then "a radio station said the toll climbed to 15": a
          // page whose later, larger figure is told as risen, at no hour, tells its toll growing;
          // a smaller figure after it not told as the toll ("the toll rose to 41 ... 'we can
          // confirm 17 deaths,' a village head said") is an earlier or a partial one ("the death
          // toll was 1,290" after it is the page against itself). The larger figure may be told
          // as risen elsewhere on the page: "Toll Reaches 1,730" in the headline, "reached 1,690
          // on Sunday ... had risen to 1,730" below.
          if (r->document == c->document && r->as_of_time.empty() && c->as_of_time.empty()) {
            const bool r_larger = std::get<CountValue>(r->value).value > std::get<CountValue>(c->value).value;
            const Claim* larger = r_larger ? r : c;
            const Claim* smaller = r_larger ? c : r;
            const auto found = risen.find(
                {larger->document, larger->event.key, larger->property, std::get<CountValue>(larger->value).value});
            if (found != risen.end() && std::any_of(found->second.begin(), found->second.end(), [&](std::size_t at) {
                  return smaller->span.begin.value < at || !smaller->framed;
                }))
              continue;
          }
          // "Choi said 82 were injured, although the ministry said 150": a sentence that gives
          // two figures for one count reports a disagreement of its sources, not its own; "10
          // dead, with three said to have died after leaping" gives a part of its own toll. Either
          // way it is not set against that figure, here or on another page.
          const double other = std::get<CountValue>(r->value).value;
          if (other != std::get<CountValue>(c->value).value && told.count({c->document, c->sentence, other})) continue;
          if (contrasted_sources(rule, *r, *c)) continue;
          seen.insert(r->document);
          related.push_back(
              {r, source_name(*r) + " says " + describe_value(*r) + " " + std::string(to_string(r->scope))});
        }
        if (related.empty() || !reported.insert({c, related.front().first}).second) continue;
        const Claim& other = *related.front().first;
        findings.push_back(make_finding(rule, *c, related,
                                        {{"value", describe_value(*c)},
                                         {"other_value", describe_value(other)},
                                         {"scope", std::string(to_string(c->scope))},
                                         {"other_source", source_name(other)},
                                         {"part", c->part ? c->part->value : ""}}));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_compare_check() { return std::make_unique<CompareCheck>(); }

}  // namespace crosscheck
