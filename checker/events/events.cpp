#include "checker/events/events.hpp"

#include <algorithm>
#include <numeric>
#include <set>
#include <tuple>

namespace crosscheck {

namespace {

constexpr std::size_t lead_sentences = 3;

struct DatedRange {
  Date lo{}, hi{};
  double confidence = 0;
  std::string reason;
};

long days(Date a, Date b) {  // b - a
  return (std::chrono::sys_days{b} - std::chrono::sys_days{a}).count();
}

std::string range_text(Date lo, Date hi) { return lo == hi ? iso_date(lo) : iso_date(lo) + ".." + iso_date(hi); }

// The dates every event mention of one document carries, after own dates, pending
// narrative dates, focus inheritance and agreement inheritance.
struct DocumentEvents {
  std::vector<std::optional<DatedRange>> mention_dates;
  std::optional<std::size_t> focus;  // mention index
  std::optional<DatedRange> focus_date;
};

std::optional<DatedRange> own_date(const DocumentClaims& doc, const EventMention& m) {
  if (!m.date_claim) return std::nullopt;
  const Claim& c = doc.claims[*m.date_claim];
  const auto* v = std::get_if<DateValue>(&c.value);
  if (!v || !v->lo.ok()) return std::nullopt;
  DatedRange r;
  r.lo = v->lo;
  r.hi = v->hi;
  r.confidence = v->relative ? 0.8 : 0.9;
  r.reason = "dated by '" + c.text + "' in its sentence" + (v->relative ? " (" + v->resolution + ")" : "");
  return r;
}

bool is_agreement(const EventMention& m) { return m.type == "agreement"; }

// The event mention a claim is about: its own (from its sentence), else the nearest event
// word before it in its paragraph, else the document's focus. `via` says which fallback.
std::optional<std::size_t> effective_mention(const DocumentClaims& doc, std::size_t claim,
                                             std::optional<std::size_t> focus, std::string* via = nullptr) {
  if (doc.claim_mention[claim]) return doc.claim_mention[claim];
  const Claim& c = doc.claims[claim];
  if (c.kind != ClaimKind::count && c.kind != ClaimKind::superlative) return std::nullopt;
  for (std::size_t j = doc.events.size(); j-- > 0;) {
    const auto& m = doc.events[j];
    if (m.paragraph == c.paragraph && m.span.end <= c.span.begin) {
      if (via) *via = "no event word in its sentence; the nearest before it in the paragraph";
      return j;
    }
  }
  if (focus && via) *via = "no event word in its paragraph; the document's main event";
  return focus;
}

// Counts attached to mentions of `type`, as (property, value) signatures: the distinctive
// facts two reports of one story share. Scope is left out: "390 each" and "390 released"
// are the same fact told differently, and a scope error must not hide the story.
std::set<std::pair<std::string, double>> count_signature(const DocumentClaims& doc, const std::string& type,
                                                         std::optional<std::size_t> focus) {
  std::set<std::pair<std::string, double>> out;
  for (std::size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    const auto* v = std::get_if<CountValue>(&c.value);
    if (!v || v->vague || c.qualifier != Qualifier::exact) continue;
    const auto mention = effective_mention(doc, i, focus);
    if (!mention) continue;
    const auto& m = doc.events[*mention];
    if (m.type != type || m.other) continue;
    out.emplace(c.property, v->value);
  }
  return out;
}

}  // namespace

EventOptions event_options_from(const Lexicon& lexicon) {
  EventOptions options;
  for (const auto& entry : lexicon.section("property_events"))
    options.property_events[entry.phrase].insert(entry.value);
  return options;
}

ResolvedCorpus resolve_events(std::vector<DocumentClaims> documents, const ClaimExtractor& extractor,
                              const EventOptions& options) {
  const auto day_keyed = [&](const std::string& type) {
    return std::find(options.day_keyed_types.begin(), options.day_keyed_types.end(), type) !=
           options.day_keyed_types.end();
  };
  ResolvedCorpus out;
  std::vector<DocumentEvents> state(documents.size());
  out.documents.resize(documents.size());

  // 1. Own dates and the focus event: the first dated mention of an event that is not an
  //    agreement, in the lead if there is one there, else anywhere.
  for (std::size_t d = 0; d < documents.size(); ++d) {
    auto& doc = documents[d];
    auto& st = state[d];
    st.mention_dates.resize(doc.events.size());
    for (std::size_t i = 0; i < doc.events.size(); ++i) st.mention_dates[i] = own_date(doc, doc.events[i]);
    std::optional<std::size_t> dated_lead, dated_any, undated_lead;
    for (std::size_t i = 0; i < doc.events.size(); ++i) {
      const auto& m = doc.events[i];
      if (is_agreement(m) || m.other || m.future) continue;
      const bool lead = m.sentence < lead_sentences;
      const bool dated = st.mention_dates[i] && st.mention_dates[i]->lo == st.mention_dates[i]->hi;
      if (dated && lead && !dated_lead) dated_lead = i;
      if (dated && !dated_any) dated_any = i;
      if (!dated && lead && !undated_lead) undated_lead = i;
    }
    st.focus = dated_lead ? dated_lead : (dated_any ? dated_any : undated_lead);
    auto& ctx = out.documents[d];
    ctx.document = d;
    ctx.path = doc.path;
    ctx.source_id = doc.source_id;
    ctx.published = doc.published;
    ctx.published_inferred = doc.published_inferred;
    ctx.published_how = doc.published_how;
    if (st.focus) {
      st.focus_date = st.mention_dates[*st.focus];
      const auto& m = doc.events[*st.focus];
      ctx.explain.push_back(
          "focus: the " + m.type + " in sentence " + std::to_string(m.sentence + 1) +
          (st.focus_date ? " dated " + range_text(st.focus_date->lo, st.focus_date->hi) : " (undated)"));
    } else {
      ctx.explain.push_back("focus: none (no event word in the document)");
    }
  }

  // 2. Story links: a document whose focus is undated takes the date of the one dated story
  //    of the same type it shares at least `story_min_shared` distinctive counts with. A count
  //    is distinctive when the dated stories of that type report it on one day only ("4 women"
  //    freed on many days says nothing). An index from (type, count) to days keeps this
  //    linear in the corpus instead of comparing every pair of documents.
  struct Reported {
    std::map<Date, std::size_t> days;  // day -> first document reporting it there
  };
  std::map<std::tuple<std::string, std::string, double>, Reported> reported;
  for (std::size_t e = 0; e < documents.size(); ++e) {
    const auto& st = state[e];
    if (!st.focus || !st.focus_date || st.focus_date->lo != st.focus_date->hi) continue;
    const std::string& type = documents[e].events[*st.focus].type;
    for (const auto& [prop, value] : count_signature(documents[e], type, st.focus))
      reported[{type, prop, value}].days.emplace(st.focus_date->lo, e);
  }
  for (std::size_t d = 0; d < documents.size(); ++d) {
    auto& st = state[d];
    if (!st.focus || st.focus_date) continue;
    const std::string type = documents[d].events[*st.focus].type;
    const auto mine = count_signature(documents[d], type, st.focus);
    if (mine.empty()) continue;
    // day -> distinctive counts shared with the story of that day, and a document of it
    std::map<Date, std::pair<std::vector<std::pair<std::string, double>>, std::size_t>> candidates;
    bool reported_on_several_days = false;
    for (const auto& [prop, value] : mine) {
      auto it = reported.find({type, prop, value});
      if (it == reported.end()) continue;
      if (it->second.days.size() != 1) {
        reported_on_several_days = true;
        continue;
      }
      const auto& [day, doc] = *it->second.days.begin();
      auto& c = candidates[day];
      c.first.emplace_back(prop, value);
      c.second = doc;
    }
    std::optional<Date> linked;
    bool ambiguous = false;
    std::string evidence;
    for (const auto& [day, found] : candidates) {
      const auto& [shared, e] = found;
      // A year-less dateline on the story's day (or up to three days after) is evidence too:
      // then one shared count is enough.
      const auto& line = documents[d].dateline;
      const Date line_day =
          line ? Date{day.year(), std::chrono::month{line->month}, std::chrono::day{line->day}} : Date{};
      const bool dateline_fits = line && line_day.ok() && days(day, line_day) >= 0 && days(day, line_day) <= 3;
      const int needed = dateline_fits ? std::min(1, options.story_min_shared) : options.story_min_shared;
      if (static_cast<int>(shared.size()) < needed) continue;
      if (linked) ambiguous = true;
      linked = day;
      evidence = documents[e].path + " (shares " + std::to_string(shared.size()) + " counts: ";
      for (std::size_t k = 0; k < shared.size() && k < 3; ++k) {
        const auto& [prop, value] = shared[k];
        evidence += (k ? ", " : "") + std::to_string(static_cast<long long>(value)) + " " + prop;
      }
      evidence += ")";
    }
    auto& ctx = out.documents[d];
    if (!linked && reported_on_several_days) {
      ctx.explain.push_back(
          "story link: ambiguous, its counts are reported by stories of several days; focus stays undated");
    } else if (ambiguous) {
      ctx.explain.push_back("story link: ambiguous, several dated stories share its counts; focus stays undated");
    } else if (linked) {
      st.focus_date = DatedRange{*linked, *linked, 0.6, "same story as " + evidence};
      st.mention_dates[*st.focus] = st.focus_date;
      ctx.explain.push_back("story link: same story as " + evidence + ", dated " + iso_date(*linked));
    }
  }

  // 3. Narrative-relative dates ("talks held a week earlier") against the focus date, then
  //    undated mentions inherit: own-type mentions the focus date, agreement mentions the
  //    nearest dated agreement before them in the paragraph, else the document's only one.
  for (std::size_t d = 0; d < documents.size(); ++d) {
    auto& doc = documents[d];
    auto& st = state[d];
    // A year-less dateline takes the year of the story the article reports when its day is
    // that story's day or up to three days after it; then dates relative to the published
    // day resolve.
    auto& ctx = out.documents[d];
    if (!doc.published && doc.dateline && st.focus_date && st.focus_date->lo == st.focus_date->hi) {
      const Date candidate{st.focus_date->lo.year(), std::chrono::month{doc.dateline->month},
                           std::chrono::day{doc.dateline->day}};
      const long after = candidate.ok() ? days(st.focus_date->lo, candidate) : -1;
      if (after >= 0 && after <= 3) {
        doc.published = candidate;
        doc.published_inferred = true;
        doc.published_how = "inferred from the dateline '" + doc.dateline->text +
                            "' and the year of the story it reports (" + st.focus_date->reason + ")";
        ctx.published = doc.published;
        ctx.published_inferred = true;
        ctx.published_how = doc.published_how;
        ctx.explain.push_back("published: " + doc.published_how);
      }
    }
    for (const auto& p : doc.pending) {
      Claim& claim = doc.claims[p.claim];
      if (p.publication) {
        if (!doc.published) {
          claim.explain.push_back("unresolved: the published date is unknown");
          continue;
        }
        if (auto v = extractor.resolve_pending(p, *doc.published)) {
          claim.value = *v;
          claim.explain.push_back(v->resolution);
          for (std::size_t i = 0; i < doc.events.size(); ++i) {
            if (doc.events[i].date_claim == p.claim && !st.mention_dates[i] && v->lo == v->hi) {
              st.mention_dates[i] =
                  DatedRange{v->lo, v->hi, 0.6, "dated by '" + claim.text + "' (" + v->resolution + ")"};
            }
          }
        }
        continue;
      }
      if (!st.focus_date || st.focus_date->lo != st.focus_date->hi) {
        claim.explain.push_back("unresolved: the narrated event has no known date");
        continue;
      }
      if (auto v = extractor.resolve_pending(p, st.focus_date->lo)) {
        claim.value = *v;
        claim.explain.push_back(v->resolution);
        for (std::size_t i = 0; i < doc.events.size(); ++i) {
          if (doc.events[i].date_claim == p.claim && !st.mention_dates[i]) {
            st.mention_dates[i] = DatedRange{v->lo, v->hi, std::min(0.7, st.focus_date->confidence),
                                             "dated by '" + claim.text + "' (" + v->resolution + ")"};
          }
        }
      }
    }
    std::set<std::pair<Date, Date>> agreement_dates;
    for (std::size_t i = 0; i < doc.events.size(); ++i) {
      if (is_agreement(doc.events[i]) && st.mention_dates[i])
        agreement_dates.emplace(st.mention_dates[i]->lo, st.mention_dates[i]->hi);
    }
    for (std::size_t i = 0; i < doc.events.size(); ++i) {
      if (st.mention_dates[i]) continue;
      const auto& m = doc.events[i];
      if (m.other || m.future) continue;
      if (is_agreement(m)) {
        for (std::size_t j = i; j-- > 0;) {
          const auto& prev = doc.events[j];
          if (prev.paragraph != m.paragraph) break;
          if (is_agreement(prev) && st.mention_dates[j]) {
            st.mention_dates[i] = DatedRange{st.mention_dates[j]->lo, st.mention_dates[j]->hi,
                                             std::min(0.7, st.mention_dates[j]->confidence),
                                             "the agreement dated earlier in its paragraph"};
            break;
          }
        }
        if (!st.mention_dates[i] && agreement_dates.size() == 1) {
          const auto& [lo, hi] = *agreement_dates.begin();
          st.mention_dates[i] = DatedRange{lo, hi, 0.6, "the only dated agreement in the document"};
        }
      } else if (auto same = std::find_if(doc.events.begin(), doc.events.end(),
                                          [&](const EventMention& o) {
                                            const auto k = static_cast<std::size_t>(&o - doc.events.data());
                                            return o.sentence == m.sentence && o.type == m.type && k != i &&
                                                   st.mention_dates[k] && !o.other;
                                          });
                 same != doc.events.end()) {
        const auto& sd = *st.mention_dates[static_cast<std::size_t>(same - doc.events.begin())];
        st.mention_dates[i] = DatedRange{sd.lo, sd.hi, sd.confidence, "the " + m.type + " dated in the same sentence"};
      } else if (st.focus && st.focus_date && doc.events[*st.focus].type == m.type) {
        st.mention_dates[i] = DatedRange{st.focus_date->lo, st.focus_date->hi, std::min(0.7, st.focus_date->confidence),
                                         "undated; the document's main " + m.type + " (" + st.focus_date->reason + ")"};
      }
    }
  }

  // 4. Event identity across documents: per type, day-keyed types by their exact day; others
  //    (agreements) by overlapping dates when at least one side is a day or both are short
  //    ranges. A range that overlaps two different days stays unknown: when unsure, do not compare.
  struct Instance {
    std::size_t doc, mention;
    std::string type;
    DatedRange date;
  };
  std::vector<Instance> instances;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    for (std::size_t i = 0; i < documents[d].events.size(); ++i) {
      // A plan ("will exchange ... on June 13") is not the event that day: never keyed.
      if (state[d].mention_dates[i] && !documents[d].events[i].future)
        instances.push_back({d, i, documents[d].events[i].type, *state[d].mention_dates[i]});
    }
  }
  std::map<std::pair<std::size_t, std::size_t>, std::pair<std::string, std::string>> mention_keys;  // -> key, why
  std::map<std::string, std::set<Date>> points;  // type -> days reported
  for (const auto& in : instances)
    if (in.date.lo == in.date.hi) points[in.type].insert(in.date.lo);
  for (const auto& in : instances) {
    const bool point = in.date.lo == in.date.hi;
    std::string key, why;
    if (point) {
      key = in.type + "@" + iso_date(in.date.lo);
      why = in.date.reason;
    } else if (day_keyed(in.type)) {
      why = "unknown: a " + in.type + " dated only to " + range_text(in.date.lo, in.date.hi) + " (" + in.date.reason +
            "); several can happen in that time";
    } else if (days(in.date.lo, in.date.hi) + 1 > options.max_range_days) {
      why = "unknown: dated only to " + range_text(in.date.lo, in.date.hi) + ", too wide to identify";
    } else {
      std::vector<Date> inside;
      for (Date p : points[in.type])
        if (p >= in.date.lo && p <= in.date.hi) inside.push_back(p);
      if (inside.size() == 1) {
        key = in.type + "@" + iso_date(inside.front());
        why = in.date.reason + "; the only " + in.type + " reported on a day in " + range_text(in.date.lo, in.date.hi);
      } else if (inside.empty()) {
        key = in.type + "@" + range_text(in.date.lo, in.date.hi);
        why = in.date.reason;
      } else {
        why = "unknown: " + range_text(in.date.lo, in.date.hi) + " holds several reported " + in.type + " days";
      }
    }
    mention_keys[{in.doc, in.mention}] = {key, why};
    if (!key.empty()) {
      out.event_types[key] = in.type;
      if (point) out.event_dates[key] = in.date.lo;
    }
  }

  // 5. Claims take their mention's key (or, without a mention in their sentence, the nearest
  //    event word before them in the paragraph, then the focus) and a confidence.
  for (std::size_t d = 0; d < documents.size(); ++d) {
    auto& doc = documents[d];
    auto& st = state[d];
    auto& ctx = out.documents[d];
    if (st.focus) {
      auto it = mention_keys.find({d, *st.focus});
      if (it != mention_keys.end()) ctx.focus = it->second.first;
    }
    if (doc.published) {
      ctx.now = doc.published;
      ctx.now_how = "published " + iso_date(*doc.published) + " (" + doc.published_how + ")";
    } else if (st.focus_date && st.focus_date->lo == st.focus_date->hi &&
               (!doc.latest_date || st.focus_date->lo >= *doc.latest_date)) {
      ctx.now = st.focus_date->lo;
      ctx.now_is_lower_bound = true;
      ctx.now_how = "no published date; at or after its main event on " + iso_date(st.focus_date->lo);
    } else if (doc.latest_date) {
      ctx.now = doc.latest_date;
      ctx.now_is_lower_bound = true;
      ctx.now_how = "no published date; at or after the latest date it reports, " + iso_date(*doc.latest_date);
    }
    // The day-precise dates of each sentence, looked up by the claims of that sentence.
    std::map<std::size_t, std::vector<const Claim*>> sentence_dates;
    for (const auto& other : doc.claims) {
      const auto* dv = std::get_if<DateValue>(&other.value);
      if (dv && dv->lo.ok() && (other.property == "date" || other.property == "statement"))
        sentence_dates[other.sentence].push_back(&other);
    }
    const std::vector<const Claim*> no_dates;
    for (std::size_t i = 0; i < doc.claims.size(); ++i) {
      Claim& c = doc.claims[i];
      const auto found_dates = sentence_dates.find(c.sentence);
      const auto& dates_here = found_dates == sentence_dates.end() ? no_dates : found_dates->second;
      std::string via;
      std::optional<std::size_t> mention = effective_mention(doc, i, st.focus, &via);
      // The event type a count's property allows: a count of bodies next to an exchange word
      // is that day's repatriation; a death toll next to one is not compared at all.
      std::string retype;
      if (mention && c.kind == ClaimKind::count) {
        const auto& m = doc.events[*mention];
        auto allowed = options.property_events.find(c.property);
        if (allowed != options.property_events.end() && !allowed->second.count(m.type) && m.type != "agreement") {
          if (m.type == "exchange" && allowed->second.count("repatriation")) {
            retype = "repatriation";
          } else {
            c.event.reason = "unknown: " + c.property + " counts are not about a " + m.type + " (the event word " +
                             (doc.claim_mention[i] ? "in its sentence" : "it falls back to") + ")";
            continue;
          }
        }
      }
      if (!doc.claim_mention[i]) {
        // A fallback must not cross into another day, and a count that does not say what it
        // counts needs an event word of its own.
        if (mention) {
          const auto& m = doc.events[*mention];
          std::string refuse;
          if (c.kind == ClaimKind::count && (c.property == "people" || c.property == "count"))
            refuse = "unknown: no event word in its sentence, and it does not say what it counts";
          if (c.kind == ClaimKind::count && c.property == "held")
            refuse = "unknown: people still held, and no event word in its sentence";
          const auto& md = st.mention_dates[*mention];
          // A toll "by Tuesday night" is the event's figure as of a later day, not another event.
          auto allowed = options.property_events.find(c.property);
          const bool running_figure = allowed != options.property_events.end() && allowed->second.count(m.type);
          for (const Claim* date : dates_here) {
            const Claim& other = *date;
            const auto* dv = std::get_if<DateValue>(&other.value);
            if (other.property != "date" || !md) continue;
            if (running_figure && dv->lo >= md->lo) continue;
            if (dv->hi < md->lo || dv->lo > md->hi)
              refuse = "unknown: its sentence is dated " + iso_date(dv->lo) + ", not the " + m.type + "'s " +
                       iso_date(md->lo);
          }
          if (!refuse.empty()) {
            c.event.reason = refuse;
            continue;
          }
        }
      }
      if (!mention) {
        c.event.reason = c.kind == ClaimKind::count ? "unknown: no event word near it" : "";
        continue;
      }
      const auto& m = doc.events[*mention];
      c.event.type = retype.empty() ? m.type : retype;
      if (!via.empty()) c.explain.push_back(via);
      auto it = mention_keys.find({d, *mention});
      if (it == mention_keys.end()) {
        c.event.reason = m.other
                             ? "unknown: another " + m.type + " than the article's own ('" + std::string(c.text) + "')"
                         : m.future ? "unknown: a planned " + m.type
                                    : "unknown: the " + m.type + " has no date in the document or its story";
        continue;
      }
      c.event.key = it->second.first;
      c.event.reason = it->second.second;
      if (c.event.key.empty()) continue;
      if (!retype.empty()) {
        c.event.key = retype + c.event.key.substr(c.event.key.find('@'));
        c.event.reason += "; bodies are the " + retype + "'s";
      }
      c.event.confidence = st.mention_dates[*mention] ? st.mention_dates[*mention]->confidence : 0;
      // The day a count was true: a later day its sentence gives ("by Tuesday night officials said
      // 135 had died"), not before the event, else the published day.
      if (c.kind == ClaimKind::count) {
        c.as_of = doc.published;
        for (const Claim* date : dates_here) {
          const auto* dv = std::get_if<DateValue>(&date->value);
          if (dv->lo != dv->hi) continue;
          if (st.mention_dates[*mention] && dv->lo > st.mention_dates[*mention]->hi) c.as_of = dv->lo;
        }
      }
    }
    for (auto& c : doc.claims) out.claims.push_back(std::move(c));
  }
  std::stable_sort(out.claims.begin(), out.claims.end(), [](const Claim& a, const Claim& b) {
    return std::tie(a.path, a.span.begin.value, a.span.end.value) <
           std::tie(b.path, b.span.begin.value, b.span.end.value);
  });
  return out;
}

}  // namespace crosscheck
