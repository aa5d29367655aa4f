// Pass 3: year-less datelines, relative dates against the published or narrated date, and
// undated mentions inheriting the date of the event they refer to.
#include "checker/events/resolution.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace crosscheck {

namespace {

// Once a pending date is resolved, the notes that said it could not be go.
void forget_unresolved(Claim& claim) {
  std::erase_if(claim.explain, [](const std::string& e) { return e.find("cannot be resolved") != std::string::npos; });
}

// A date that stays unresolved says why, in its explanation and in its JSON 'resolution'
// ("14 September -> unresolved: the published date is unknown"), so tools see the date was read.
void unresolved(Claim& claim, const std::string& why) {
  claim.explain.push_back("unresolved: " + why);
  if (auto* v = std::get_if<DateValue>(&claim.value); v && !v->lo.ok())
    v->resolution = claim.text + " -> unresolved: " + why;
}

// The earlier event word of the same type that a relative clause ("..., when", "in which")
// attaches this one to.
std::optional<std::size_t> same_occurrence_before(const DocumentClaims& doc, std::size_t index) {
  return doc.events[index].clause_of;
}

void date_from_dateline(DocumentClaims& doc, DocumentEvents& st, DocumentContext& ctx) {
  // A year-less dateline takes the year of the story the article reports when its day is
  // that story's day or up to three days after it; then dates relative to the published
  // day resolve.
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
}

// Per date claim, the event words it is the own date of (EventMention::date_claim).
using MentionsByDate = std::map<std::size_t, std::vector<std::size_t>>;

// The event words whose own date is `claim` take the day it resolved to (less the days an
// "on Sunday, a day after the flood" puts between), unless they have one; with `one_day`, only
// when it resolved to a single day.
void date_own_mentions(const MentionsByDate& dated, std::size_t claim, const std::string& text, const DateValue& v,
                       double confidence, bool one_day, DocumentEvents& st,
                       const std::vector<EventMention>& doc_events) {
  const auto found = dated.find(claim);
  if (found == dated.end() || (one_day && v.lo != v.hi)) return;
  for (const std::size_t i : found->second)
    if (!st.mention_dates[i]) {
      const int back = -doc_events[i].date_offset_days;
      st.mention_dates[i] =
          DatedRange{shift_days(v.lo, back), shift_days(v.hi, back), confidence,
                     "dated by '" + text + "' (" + v.resolution + ")" +
                         (back ? ", " + std::to_string(-back) + (back == -1 ? " day" : " days") +
                                     " before it (the date is counted from the " + doc_events[i].type + ")"
                               : "")};
    }
}

// Pending dates: against the published date, else the narrated event's day, the story's
// year or its window; what stays unresolved says why.
void resolve_pending_dates(Resolution& r, DocumentClaims& doc, DocumentEvents& st) {
  MentionsByDate dated;
  for (std::size_t i = 0; i < doc.events.size(); ++i)
    if (doc.events[i].date_claim) dated[*doc.events[i].date_claim].push_back(i);
  for (const auto& p : doc.pending) {
    Claim& claim = doc.claims[p.claim];
    if (p.publication) {
      // Without a published date, the day of the event the article narrates (its own
      // or its story's) anchors weekdays and year-less dates: "on Saturday" in a report
      // of a swap that ended on Sunday, March 16 is March 15.
      // Only weekdays and year-less dates: "yesterday" or "last week" count from the day
      // the article was written, which the event's day does not give.
      const auto& pm = p.mention;
      const bool weekday_or_yearless =
          (pm.relative && pm.weekday && pm.unit == grammars::RelativeUnit::day) || (!pm.relative && !pm.year);
      const bool narrated = !doc.published && weekday_or_yearless && st.focus_date &&
                            st.focus_date->lo == st.focus_date->hi && !st.linked_by_name;
      if (!doc.published && !narrated && st.story_year && !pm.relative && !pm.year) {
        // "On March 5" on an undated page whose story is of a known year.
        const Date year_end{std::chrono::year{*st.story_year}, std::chrono::December, std::chrono::day{31}};
        if (auto v = r.extractor.resolve_pending(p, year_end)) {
          v->resolution = claim.text + " -> " + iso_date(v->lo) +
                          " (no published date: the year of the story it reports, " + st.story_year_why + ")";
          claim.value = *v;
          forget_unresolved(claim);
          claim.explain.push_back(v->resolution);
          date_own_mentions(dated, p.claim, claim.text, *v, 0.6, true, st, doc.events);
          continue;
        }
      }
      // "officials said on Sunday", "as of Sunday afternoon" on an undated page of a continuing
      // event's story: the day the page gives its figures, in the week from the day before the
      // event (join_story_calendars makes the latest its moment). A weekday of the narrative ("in
      // distress Tuesday morning") may be of the days before: it keeps the readings below.
      // so is a weekday of the lead ("The search took on new urgency Sunday"): news is told
      // as of the day its lead names
      const bool reporting_day = claim.property == "as_of" || claim.property == "statement" ||
                                 (claim.property == "date" && in_lead(st, claim.sentence));
      if (!doc.published && st.story_start && reporting_day && pm.relative && pm.weekday && pm.offset <= 0 &&
          pm.unit == grammars::RelativeUnit::day) {
        PendingDate in_week = p;
        in_week.mention.anchor = grammars::RelativeAnchor::narrative;
        if (auto v = r.extractor.resolve_pending(in_week, shift_days(*st.story_start, story_calendar_days_after))) {
          v->resolution = claim.text + " -> " + iso_date(v->lo) + " (no published date: the " + claim.text +
                          " of the week from the day before the " + doc.events[*st.focus].type + " it reports, " +
                          iso_date(*st.story_start) + ")";
          claim.value = *v;
          forget_unresolved(claim);
          claim.explain.push_back(v->resolution);
          continue;
        }
      }
      if (!doc.published && !narrated && st.story_window && pm.relative && pm.weekday &&
          pm.unit == grammars::RelativeUnit::day) {
        // "on Saturday" on an undated page whose figures belong to a few known days: the
        // Saturday among them, if there is one.
        PendingDate in_window = p;
        in_window.mention.anchor = grammars::RelativeAnchor::narrative;
        auto v = r.extractor.resolve_pending(in_window, st.story_window->second);
        if (v && v->lo == v->hi && st.story_window->first <= v->lo && v->lo <= st.story_window->second) {
          v->resolution = claim.text + " -> " + iso_date(v->lo) + " (no published date: the " + claim.text +
                          " of the days of the story it reports; " + st.story_window_why + ")";
          claim.value = *v;
          forget_unresolved(claim);
          claim.explain.push_back(v->resolution);
          date_own_mentions(dated, p.claim, claim.text, *v, 0.6, false, st, doc.events);
          continue;
        }
      }
      if (!doc.published && !narrated) {
        unresolved(claim, "the published date is unknown");
        continue;
      }
      const Date anchor = doc.published ? *doc.published : st.focus_date->lo;
      PendingDate relative_to = p;
      if (narrated) relative_to.mention.anchor = grammars::RelativeAnchor::narrative;
      if (auto v = r.extractor.resolve_pending(relative_to, anchor)) {
        if (narrated)
          v->resolution += "; no published date: the day of the " + doc.events[*st.focus].type + " it reports";
        claim.value = *v;
        forget_unresolved(claim);
        claim.explain.push_back(v->resolution);
        const double confidence = narrated ? std::min(0.6, st.focus_date->confidence) : 0.6;
        date_own_mentions(dated, p.claim, claim.text, *v, confidence, true, st, doc.events);
      }
      continue;
    }
    if (!st.focus_date || st.focus_date->lo != st.focus_date->hi) {
      unresolved(claim, "the narrated event has no known date");
      continue;
    }
    if (auto v = r.extractor.resolve_pending(p, st.focus_date->lo)) {
      v->narrative = true;
      claim.value = *v;
      claim.explain.push_back(v->resolution);
      date_own_mentions(dated, p.claim, claim.text, *v, std::min(0.7, st.focus_date->confidence), false, st,
                        doc.events);
    }
  }
}

// The stages a document's sentences name ("the initial phase", "the second stage"), read
// once per document: per sentence its ordinals, per ordinal the undated sentences naming it.
struct StageIndex {
  std::map<std::size_t, std::set<int>> ordinals;
  std::map<int, std::set<std::size_t>> undated;
};

StageIndex index_stages(const DocumentClaims& doc) {
  std::set<std::size_t> dated;
  for (const Claim& d : doc.claims)
    if (d.kind == ClaimKind::date) dated.insert(d.sentence);
  StageIndex index;
  for (const Claim& c : doc.claims) {
    const auto* v = std::get_if<StageValue>(&c.value);
    if (!v || c.kind != ClaimKind::stage || !v->ordinal) continue;
    index.ordinals[c.sentence].insert(*v->ordinal);
    if (!dated.count(c.sentence)) index.undated[*v->ordinal].insert(c.sentence);
  }
  return index;
}

// An undated sentence that names another stage of a series than the main event's ("marks
// the third phase ... The initial phase saw 25 freed") tells of that stage, not of
// the day the article reports: when the main event's sentence names its stage, only the same
// stage inherits its date; when it does not, a sentence naming a stage inherits only if the
// article names no other in an undated sentence.
bool names_another_stage(const StageIndex& stages, std::size_t sentence, std::size_t focus_sentence) {
  const auto own = stages.ordinals.find(sentence);
  if (own == stages.ordinals.end()) return false;
  if (const auto focus = stages.ordinals.find(focus_sentence); focus != stages.ordinals.end())
    return own->second != focus->second;
  // A stage told with its own date ("the first stage on June 9") is keyed by that date and
  // says nothing about which stage the undated sentences tell of.
  for (const auto& [ordinal, sentences] : stages.undated)
    if (!own->second.count(ordinal) && (sentences.size() > 1 || *sentences.begin() != sentence)) return true;
  return false;
}

// Whether event word `o` is of the kind of `m`: its type, or a type that refines it.
bool same_kind(const Resolution& r, const EventMention& o, const EventMention& m) {
  const auto refined = r.options.refines.find(o.type);
  return o.type == m.type || (refined != r.options.refines.end() && refined->second.count(m.type) > 0);
}

// A dated mention of the same kind as mention `i` in its sentence (`mentions`, in order),
// when neither stands after a link to another time.
std::optional<std::size_t> dated_in_sentence(const Resolution& r, const DocumentClaims& doc, const DocumentEvents& st,
                                             const std::vector<std::size_t>& mentions, std::size_t i) {
  const auto& m = doc.events[i];
  for (const std::size_t k : mentions) {
    const auto& o = doc.events[k];
    if (same_kind(r, o, m) && k != i && st.mention_dates[k] && !o.other && !o.future && !m.after_other_time &&
        !o.after_other_time)
      return k;
  }
  return std::nullopt;
}

// Whether mention `i`'s sentence names another event of its kind by a word before it ("The first
// exchange took place on May 23 - 390 returned home"): an undated event word after it may be that
// other one, so it takes no day of the article's. (An event of another year in a comparison,
// "tied with the hurricane of 1935", and a stage told after it, "killed 14, including a medic
// who came after the first explosion", do not make the sentence that event's.)
bool other_in_sentence(const Resolution& r, const DocumentClaims& doc, const std::vector<std::size_t>& mentions,
                       std::size_t i) {
  return std::any_of(mentions.begin(), mentions.end(), [&](std::size_t k) {
    const auto& o = doc.events[k];
    return o.marked_other && o.local_end <= doc.events[i].local_begin && same_kind(r, o, doc.events[i]);
  });
}

// "The swaps began with the truce on January 19. On that day, three women were freed. In turn,
// Israel freed 90 prisoners": an undated mention after one of its kind dated another day than
// the article's main event, in its paragraph since `paragraph_run`, may be of that day: the
// nearest such mention dated to a day, else none.
std::optional<std::size_t> dated_other_day_before(const Resolution& r, const DocumentClaims& doc,
                                                  const DocumentEvents& st, std::size_t paragraph_run, std::size_t i) {
  if (!st.focus || !st.focus_date) return std::nullopt;
  for (std::size_t k = i; k-- > paragraph_run;) {
    const auto& o = doc.events[k];
    if (!same_kind(r, o, doc.events[i]) || o.future || !st.mention_dates[k] || o.sentence == doc.events[i].sentence)
      continue;
    const auto& when = *st.mention_dates[k];
    if (when.lo == st.focus_date->lo && when.hi == st.focus_date->hi) return std::nullopt;  // the article's own
    if (when.lo == when.hi) return k;  // a day's ("from 2016 to 2021" names no one day)
  }
  return std::nullopt;
}

// Undated mentions inherit: own-type mentions the focus date, agreement mentions the nearest
// dated agreement before them in the paragraph, else the document's only one.
void inherit_mention_dates(const Resolution& r, DocumentClaims& doc, DocumentEvents& st) {
  std::set<std::pair<Date, Date>> agreement_dates;
  std::map<std::size_t, std::vector<std::size_t>> in_sentence;  // the mentions of each sentence, in order
  for (std::size_t i = 0; i < doc.events.size(); ++i) {
    if (is_agreement(doc.events[i]) && st.mention_dates[i])
      agreement_dates.emplace(st.mention_dates[i]->lo, st.mention_dates[i]->hi);
    in_sentence[doc.events[i].sentence].push_back(i);
  }
  // The latest dated agreement before the mention, and where the mention's run of mentions in
  // one paragraph starts: the agreement dated earlier in its paragraph, without a walk back.
  std::optional<std::size_t> dated_agreement;
  std::size_t paragraph_run = 0;
  const StageIndex stages = index_stages(doc);
  for (std::size_t i = 0; i < doc.events.size(); ++i) {
    if (i > 0 && doc.events[i - 1].paragraph != doc.events[i].paragraph) paragraph_run = i;
    if (i > 0 && is_agreement(doc.events[i - 1]) && st.mention_dates[i - 1]) dated_agreement = i - 1;
    if (st.mention_dates[i]) continue;
    auto& m = doc.events[i];
    if (m.other || m.future) continue;
    // "... took place on August 24, when both sides returned 146 each": the event word of
    // a 'when' clause is the event the clause is attached to, dated or other.
    if (auto same = same_occurrence_before(doc, i)) {
      const auto& o = doc.events[*same];
      if (o.other) {
        m.other = true;
        continue;
      }
      if (st.mention_dates[*same]) {
        const auto& sd = *st.mention_dates[*same];
        st.mention_dates[i] = DatedRange{sd.lo, sd.hi, sd.confidence, "the " + m.type + " its clause is about"};
        continue;
      }
    }
    // A mention with a date of its own that could not be resolved is not the main event
    // by default: it may well be another day's ("after each released 215 on Saturday").
    if (m.date_claim) {
      st.undated_why[i] = "its date '" + doc.claims[*m.date_claim].text + "' could not be resolved";
      continue;
    }
    if (is_agreement(m)) {
      if (dated_agreement && *dated_agreement >= paragraph_run) {
        const DatedRange& earlier = *st.mention_dates[*dated_agreement];
        st.mention_dates[i] = DatedRange{earlier.lo, earlier.hi, std::min(0.7, earlier.confidence),
                                         "the agreement dated earlier in its paragraph"};
      }
      if (!st.mention_dates[i] && agreement_dates.size() == 1) {
        const auto& [lo, hi] = *agreement_dates.begin();
        st.mention_dates[i] = DatedRange{lo, hi, 0.6, "the only dated agreement in the document"};
      }
    } else if (other_in_sentence(r, doc, in_sentence[m.sentence], i)) {
      st.undated_why[i] = "its sentence tells of another " + m.type + " than the article's own";
    } else if (const auto same = dated_in_sentence(r, doc, st, in_sentence[m.sentence], i)) {
      const auto& sd = *st.mention_dates[*same];
      st.mention_dates[i] = DatedRange{sd.lo, sd.hi, sd.confidence, "the " + m.type + " dated in the same sentence"};
    } else if (const auto earlier = dated_other_day_before(r, doc, st, paragraph_run, i)) {
      st.undated_why[i] = "its paragraph told of the " + m.type + " of " +
                          range_text(st.mention_dates[*earlier]->lo, st.mention_dates[*earlier]->hi) +
                          " before it, not the article's own: which one it is, is unsure";
    } else if (st.focus && st.focus_date && doc.events[*st.focus].type == m.type &&
               !names_another_stage(stages, m.sentence, doc.events[*st.focus].sentence)) {
      st.mention_dates[i] = DatedRange{st.focus_date->lo, st.focus_date->hi, std::min(0.7, st.focus_date->confidence),
                                       "undated; the document's main " + m.type + " (" + st.focus_date->reason + ")"};
      st.took_focus_date[i] = 1;
    }
  }
}

}  // namespace

void resolve_times(Resolution& r) {
  auto& documents = r.documents;
  auto& state = r.state;
  auto& out = r.out;
  // 3. Narrative-relative dates ("talks held a week earlier") against the focus date, then
  //    undated mentions inherit: own-type mentions the focus date, agreement mentions the
  //    nearest dated agreement before them in the paragraph, else the document's only one.
  for (std::size_t d = 0; d < documents.size(); ++d) {
    date_from_dateline(documents[d], state[d], out.documents[d]);
    resolve_pending_dates(r, documents[d], state[d]);
    inherit_mention_dates(r, documents[d], state[d]);
  }
}

}  // namespace crosscheck
