// calendar: a weekday that does not match its date ("Friday, May 24, 2025"); a weekday-
// relative date that lands away from an explicit date for the same event in one sentence;
// two reports of one story (several identical counts) that date it differently; and the
// date of "the previous exchange" against the exchanges other sources report after it; a
// written year that slipped (an exchange "on February 8, 2023" that every other report, and
// the page's own story, put on February 8, 2025).
#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <vector>

#include "checker/claims/claim_json.hpp"
#include "checker/engine/check.hpp"

namespace crosscheck {

namespace {

// Bytes between two weekdays read as a sequence ("on Friday and will continue on Saturday").
constexpr std::size_t max_sequence_gap = 48;
// At most this between two weekdays ("Saturday and Sunday", " through ", " and on "): a
// coordination, read as one span of days.
constexpr std::size_t max_coordination_gap = 9;

// Bytes between two date mentions read as one date ("Tuesday, June 11", "Tuesday (June 11)").
constexpr std::size_t max_adjacent_gap = 3;

// "an exchange", "a flood": an event type with its indefinite article.
std::string with_article(const std::string& type) {
  const bool vowel = !type.empty() && std::string_view("aeiou").find(type.front()) != std::string_view::npos;
  return (vowel ? "an " : "a ") + type;
}

unsigned weekday_of(Date d) { return std::chrono::weekday{std::chrono::sys_days{d}}.c_encoding(); }

class CalendarCheck : public Check {
 public:
  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    const auto claims = selected_claims(rule, context, false);
    const auto& parts = rule.list("parts");
    auto on = [&](const char* part) { return std::find(parts.begin(), parts.end(), part) != parts.end(); };
    if (on("weekday")) check_weekdays(rule, context, claims, findings);
    if (on("relative")) check_relative(rule, claims, findings);
    if (on("sequence")) check_sequences(rule, context, claims, findings);
    if (on("story")) check_stories(rule, context, findings);
    if (on("previous")) check_previous(rule, context, claims, findings);
    if (on("year")) check_years(rule, context, claims, findings);
    if (on("month")) check_months(rule, context, claims, findings);
  }

 private:
  // "The previous exchange took place on March 2" in an article about the exchange of March
  // 9: another source's exchange on a day in between says March 2 was not the one before.
  // Days inside one multi-day occurrence with the stated day are that occurrence, not another.
  static void check_previous(const Rule& rule, const CheckContext& context, const std::vector<const Claim*>& claims,
                             std::vector<Finding>& findings) {
    // type -> day -> a claim of that day's event: its date as written in full when there is
    // one ("March 5"), else a weekday or relative date, else any claim of it
    const auto rank = [](const Claim& c) {
      const auto* d = std::get_if<DateValue>(&c.value);
      return c.kind != ClaimKind::date || c.property != "date" || !d ? 0 : d->relative || d->weekday ? 1 : 2;
    };
    std::map<std::string, std::map<Date, const Claim*>> days;
    std::map<std::string, std::vector<std::pair<Date, Date>>> windows;
    for (const auto& c : context.corpus.claims) {
      const auto at = c.event.key.find('@');
      if (at == std::string::npos || c.event.confidence < context.min_confidence) continue;
      const std::string when = c.event.key.substr(at + 1);
      if (const auto dots = when.find(".."); dots != std::string::npos) {
        const auto lo = parse_iso_date(when.substr(0, dots)), hi = parse_iso_date(when.substr(dots + 2));
        if (lo && hi) windows[c.event.type].emplace_back(*lo, *hi);
        continue;
      }
      const auto day = parse_iso_date(when);
      if (!day) continue;
      const Claim*& slot = days[c.event.type][*day];
      if (!slot || rank(c) > rank(*slot)) slot = &c;
    }
    // Two pages tell one story when a tenth of the names (capitalised words) either names are
    // names both name: Portugal's previous election is not Mozambique's, though both are
    // elections and a page on Mozambique names Portugal.
    const auto& documents = context.corpus.documents;
    constexpr double min_shared_names = 0.1;
    const auto same_story = [&](std::size_t a, std::size_t b) {
      const auto& x = documents[a].names;
      const auto& y = documents[b].names;
      std::size_t shared = 0;
      for (auto i = x.begin(), j = y.begin(); i != x.end() && j != y.end();) {
        if (*i < *j) {
          ++i;
        } else if (*j < *i) {
          ++j;
        } else {
          ++shared, ++i, ++j;
        }
      }
      const std::size_t either = x.size() + y.size() - shared;
      return either == 0 || static_cast<double>(shared) >= min_shared_names * static_cast<double>(either);
    };
    for (const Claim* c : claims) {
      const auto* v = std::get_if<DateValue>(&c->value);
      if (c->property != "previous" || !v || !v->lo.ok() || v->lo != v->hi || c->event.type.empty()) continue;
      const std::string& focus = context.corpus.documents[c->document].focus;
      const auto at = focus.find('@');
      if (at == std::string::npos || focus.substr(0, at) != c->event.type) continue;
      const auto own = parse_iso_date(focus.substr(at + 1));
      if (!own || !(v->lo < *own)) continue;
      const auto& of_type = days[c->event.type];
      const Claim* between = nullptr;
      for (auto it = of_type.upper_bound(v->lo); it != of_type.end() && it->first < *own; ++it) {
        const bool same_occurrence =
            std::any_of(windows[c->event.type].begin(), windows[c->event.type].end(), [&](const auto& w) {
              return w.first <= v->lo && v->lo <= w.second && w.first <= it->first && it->first <= w.second;
            });
        if (!same_occurrence && it->second->document != c->document && same_story(c->document, it->second->document))
          between = it->second;
      }
      if (!between) continue;
      const std::string day = between->event.key.substr(between->event.key.find('@') + 1);
      Finding f = make_finding(
          rule, *c, {{between, source_name(*between) + " reports " + with_article(c->event.type) + " on " + day}},
          {{"value", describe_value(*c)},
           {"other_value", day},
           {"other_source", source_name(*between)},
           {"detail", "the " + c->event.type + " before " + iso_date(*own) + " would be that of " + day}});
      f.kind = "date_mismatch";
      findings.push_back(std::move(f));
    }
  }

  // "On February 8, 2023, Israel confirmed the release" on a page about the exchange of
  // February 8, 2025: a date whose year is written, whose event no other source reports on
  // that day, while the same month and day a year or two away is the page's own story (its
  // main event or its published day) or is reported by several other sources. A real event
  // of an earlier year is either reported elsewhere too or falls on another day; an
  // anniversary ("a year after ...") names the day of another event type.
  static void check_years(const Rule& rule, const CheckContext& context, const std::vector<const Claim*>& claims,
                          std::vector<Finding>& findings) {
    const auto max_gap = static_cast<int>(rule.number("year_max_gap"));
    check_slips(
        rule, context, claims, findings, "the same day and month, the year written differently", true,
        [](const DateValue& v) { return v.year_written; },
        [&](const Date& d) {
          std::vector<Date> out;
          for (int gap = 1; gap <= max_gap; ++gap)
            for (const int sign : {1, -1})
              out.push_back({d.year() + std::chrono::years{sign * gap}, d.month(), d.day()});
          return out;
        });
  }

  // "The accident happened ... on May 2" on a page about the crash of June 2 that other
  // sources report: the same day of the month before or after, the month written differently.
  static void check_months(const Rule& rule, const CheckContext& context, const std::vector<const Claim*>& claims,
                           std::vector<Finding>& findings) {
    check_slips(
        rule, context, claims, findings, "the same day and year, the month written differently", false,
        [](const DateValue&) { return true; },
        [](const Date& d) {
          const std::chrono::year_month ym{d.year(), d.month()};
          std::vector<Date> out;
          for (const auto m : {ym + std::chrono::months{1}, ym - std::chrono::months{1}})
            if (m.year() == d.year()) out.push_back({m.year(), m.month(), d.day()});
          return out;
        });
  }

  // A written day whose event no other source reports on that day, while one of `nearby` (the
  // nearest first) is reported by year_min_sources other sources or, for `years`, is the page's
  // own story.
  template <class Written, class Nearby>
  static void check_slips(const Rule& rule, const CheckContext& context, const std::vector<const Claim*>& claims,
                          std::vector<Finding>& findings, const std::string& how, bool years, Written written,
                          Nearby nearby) {
    const auto min_sources = static_cast<std::size_t>(rule.number("year_min_sources"));
    // type -> day -> the documents with a claim keyed to that day's event
    std::map<std::string, std::map<Date, std::set<std::size_t>>> days;
    for (const auto& c : context.corpus.claims) {
      const auto at = c.event.key.find('@');
      if (at == std::string::npos || c.event.confidence < context.min_confidence) continue;
      if (const auto day = parse_iso_date(c.event.key.substr(at + 1))) days[c.event.type][*day].insert(c.document);
    }
    for (const Claim* c : claims) {
      const auto* v = std::get_if<DateValue>(&c->value);
      if (!v || !written(*v) || v->relative || !v->day_precision || v->lo != v->hi || c->event.type.empty() ||
          c->event.key != c->event.type + "@" + iso_date(v->lo))
        continue;
      // A month apart is the rhythm of a recurring story ("The most recent exchange took place on
      // March 19"): a month is read as slipped only when other sources, not the page's own story
      // alone, give the other day, and never on a date told as another occurrence.
      if (!years && (c->property == "previous" || c->property == "background")) continue;
      const auto& of_type = days[c->event.type];
      const auto here = of_type.find(v->lo);
      if (here != of_type.end() &&
          std::any_of(here->second.begin(), here->second.end(), [&](std::size_t d) { return d != c->document; }))
        continue;  // another source confirms that day
      const auto& doc = context.corpus.documents[c->document];
      // "students plan to march at noon on May 9" on a page of May 2: a day after
      // the page was written is a plan's, never the day an event was misdated to
      if (doc.published && *doc.published < v->lo) continue;
      for (const Date& other : nearby(v->lo)) {
        if (!other.ok()) continue;
        const std::string other_key = c->event.type + "@" + iso_date(other);
        // (the page's own event of that day, not its publication on it: a page published a year
        // to the day after an event is its anniversary's)
        const bool own_story = years && doc.focus == other_key;
        std::size_t sources = 0;
        if (const auto there = of_type.find(other); there != of_type.end())
          sources = static_cast<std::size_t>(std::count_if(there->second.begin(), there->second.end(),
                                                           [&](std::size_t d) { return d != c->document; }));
        if (!own_story && sources < min_sources) continue;
        const std::string why = own_story ? "this report's own story is the " + c->event.type + " of " + iso_date(other)
                                          : std::to_string(sources) + " other sources report " +
                                                with_article(c->event.type) + " on " + iso_date(other);
        Finding f = make_finding(rule, *c, {},
                                 {{"value", describe_value(*c)},
                                  {"other_value", iso_date(other)},
                                  {"other_source", own_story ? std::string("this report's own story")
                                                             : std::to_string(sources) + " other sources"},
                                  {"detail", "no other source reports " + with_article(c->event.type) + " on " +
                                                 iso_date(v->lo) + ", and " + why + ": " + how}});
        f.kind = "date_mismatch";
        findings.push_back(std::move(f));
        break;  // one finding per claim, at the nearest day
      }
    }
  }

  static void check_weekdays(const Rule& rule, const CheckContext& context, const std::vector<const Claim*>& claims,
                             std::vector<Finding>& findings) {
    for (const Claim* c : claims) {
      const auto* v = std::get_if<DateValue>(&c->value);
      if (!v || v->relative || !v->weekday || !v->lo.ok() || v->lo != v->hi) continue;
      if (v->resolution.starts_with(borrowed_year_prefix)) continue;  // the year is a guess
      // so is the year of "Friday, March 12" on a page that gives no date of its own: read
      // from a date the text tells of (another event's, told as background)
      if (!v->year_written && !context.corpus.documents[c->document].published) continue;
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

  // "started on Friday and will continue on Saturday and Sunday": weekdays named one after the
  // other in a sentence are consecutive days; if the article's date and the tense put them
  // apart (a past Friday, a coming Saturday), the sentence cannot be true as dated. Only on a
  // page with a date of its own: a page read from its story's day was written on a day not
  // known, and the tenses place its weekdays from that day.
  static void check_sequences(const Rule& rule, const CheckContext& context, const std::vector<const Claim*>& claims,
                              std::vector<Finding>& findings) {
    std::map<std::pair<std::size_t, std::size_t>, std::vector<const Claim*>> by_sentence;
    for (const Claim* c : claims) {
      if (!context.corpus.documents[c->document].published) continue;
      const auto* v = std::get_if<DateValue>(&c->value);
      if (v && v->relative && v->weekday && v->lo.ok() && v->lo == v->hi)
        by_sentence[{c->document, c->sentence}].push_back(c);
    }
    for (auto& [key, list] : by_sentence) {
      std::sort(list.begin(), list.end(), [](const Claim* a, const Claim* b) { return a->span.begin < b->span.begin; });
      for (std::size_t k = 1; k < list.size(); ++k) {
        const Claim& a = *list[k - 1];
        const Claim& b = *list[k];
        const auto& va = std::get<DateValue>(a.value);
        const auto& vb = std::get<DateValue>(b.value);
        if (*vb.weekday != (*va.weekday + 1) % 7 || b.span.begin.value - a.span.end.value > max_sequence_gap) continue;
        const auto apart = (std::chrono::sys_days{vb.lo} - std::chrono::sys_days{va.lo}).count();
        // Only when the tenses put them apart: two weekdays read the same way a week apart
        // are a reading error ("on Saturday through Sunday"), not the article's.
        if (apart == 1 || va.future_tense == vb.future_tense) continue;
        // "set to go into effect Monday and last through Tuesday": a coming day and a later one
        // whose tense is not written share the first's; only a later day told in the future
        // after an earlier one told in the past ("started on Friday and will continue on
        // Saturday") is the article's own
        if (va.future_tense && !vb.future_tense) continue;
        // "expected on Saturday and Sunday", "Friday to Saturday": two weekdays with only a
        // conjunction between them (no room for a verb of another tense) share one reading;
        // resolving them apart is this tool's error, not the article's.
        if (b.span.begin.value - a.span.end.value <= max_coordination_gap) continue;
        Finding f =
            make_finding(rule, a, {{&b, "'" + b.text + "' resolves to " + iso_date(vb.lo)}},
                         {{"value", a.text + " (" + iso_date(va.lo) + ")"},
                          {"other_value", b.text + " (" + iso_date(vb.lo) + ")"},
                          {"detail", "'" + a.text + "' and '" + b.text + "' name consecutive days, but resolve to " +
                                         iso_date(va.lo) + " and " + iso_date(vb.lo) + " (" + std::to_string(apart) +
                                         " days apart)"}});
        f.kind = "weekday_mismatch";
        findings.push_back(std::move(f));
      }
    }
  }

  // "on Tuesday, June 11" read as two dates side by side: the weekday resolves elsewhere. Dates
  // apart in one sentence may well be two events ("Before Friday, ... the previous one on
  // June 26"), so only adjacent ones are read together.
  static void check_relative(const Rule& rule, const std::vector<const Claim*>& claims,
                             std::vector<Finding>& findings) {
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
          const auto gap = rel->span.end <= abs->span.begin ? abs->span.begin.value - rel->span.end.value
                                                            : rel->span.begin.value - abs->span.end.value;
          if (gap > max_adjacent_gap) continue;
          // "due to arrive tomorrow, Saturday, June 10" on a page published on the 10th: counted from
          // the publication a day off, the words agree with each other (a statement of the day
          // before, reprinted; a page's time zone); only the page's metadata disagrees
          if (!rv.narrative && std::abs((std::chrono::sys_days{rv.lo} - std::chrono::sys_days{av.lo}).count()) == 1)
            continue;
          Finding f = make_finding(rule, *rel, {{abs, "the same sentence dates it " + iso_date(av.lo)}},
                                   {{"value", rel->text + " (" + iso_date(rv.lo) + ")"},
                                    {"other_value", iso_date(av.lo)},
                                    {"detail", "'" + rel->text + "' resolves to " + iso_date(rv.lo) +
                                                   ", the sentence says " + iso_date(av.lo)}});
          f.kind = "date_mismatch";
          findings.push_back(std::move(f));
        }
      }
    }
  }

  // Two stories (main events of documents) that share several exact counts but carry different
  // days: the same story dated differently. Counts are indexed by the days they are reported
  // on, so this stays linear in the corpus; a count reported on more than two days is common
  // ("4 women") and says nothing. One finding per pair of days, at the day fewer documents give.
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
      if (const auto* d = std::get_if<DateValue>(&c.value);
          d && !d->relative && d->lo.ok() && d->lo == d->hi && !focus_date[c.document])
        focus_date[c.document] = &c;
    }
    // (type, count) -> focus key -> documents
    std::map<std::tuple<std::string, std::string, int, double>, std::map<std::string, std::vector<std::size_t>>> index;
    std::map<std::string, std::size_t> documents_per_key;
    for (std::size_t d = 0; d < docs.size(); ++d) {
      if (!focus_date[d]) continue;
      ++documents_per_key[docs[d].focus];
      for (const auto& [prop, scope, value] : signatures[d])
        index[{focus_date[d]->event.type, prop, scope, value}][docs[d].focus].push_back(d);
    }
    // (key a, key b) -> shared counts, and the documents that say them
    struct Pair {
      std::size_t shared = 0;
      std::set<std::size_t> docs_a, docs_b;
    };
    std::map<std::pair<std::string, std::string>, Pair> pairs;
    for (const auto& [count, keys] : index) {
      if (keys.size() != 2) continue;
      auto a = keys.begin(), b = std::next(a);
      auto& p = pairs[{a->first, b->first}];
      ++p.shared;
      p.docs_a.insert(a->second.begin(), a->second.end());
      p.docs_b.insert(b->second.begin(), b->second.end());
    }
    auto by_path = [&](std::size_t x, std::size_t y) {
      return std::tie(focus_date[x]->path, focus_date[x]->span.begin.value) <
             std::tie(focus_date[y]->path, focus_date[y]->span.begin.value);
    };
    for (const auto& [keys, p] : pairs) {
      if (p.shared < min_shared) continue;
      std::vector<std::size_t> a(p.docs_a.begin(), p.docs_a.end()), b(p.docs_b.begin(), p.docs_b.end());
      std::sort(a.begin(), a.end(), by_path);
      std::sort(b.begin(), b.end(), by_path);
      // The primary is the day fewer documents give; on a tie, the one whose first path sorts first.
      const std::size_t na = documents_per_key[keys.first], nb = documents_per_key[keys.second];
      const bool a_primary = na != nb ? na < nb : by_path(a.front(), b.front());
      const auto& primary_docs = a_primary ? a : b;
      const auto& other_docs = a_primary ? b : a;
      const Claim& da = *focus_date[primary_docs.front()];
      std::vector<std::pair<const Claim*, std::string>> related;
      for (std::size_t k = 0; k < other_docs.size() && k < 3; ++k) {
        const Claim& db = *focus_date[other_docs[k]];
        related.push_back({&db, source_name(db) + " dates the same story " + describe_value(db)});
      }
      const Claim& db = *related.front().first;
      Finding f = make_finding(rule, da, related,
                               {{"value", describe_value(da)},
                                {"other_value", describe_value(db)},
                                {"other_source", source_name(db)},
                                {"detail", "both report " + std::to_string(p.shared) + " identical counts"}});
      f.kind = "date_mismatch";
      findings.push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_calendar_check() { return std::make_unique<CalendarCheck>(); }

}  // namespace crosscheck
