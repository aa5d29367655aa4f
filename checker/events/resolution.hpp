// Event resolution's shared state and the passes that fill it, in the order events.cpp
// runs them: each document's focus, story links for undated documents, times, event
// identity across documents, and the event every claim is about.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/events/events.hpp"

namespace crosscheck {

// Mentions in the first sentences are the lead: the focus is chosen there first.
constexpr std::size_t lead_sentences = 3;

struct DatedRange {
  Date lo{}, hi{};
  double confidence = 0;
  Atom reason;  // (one copy for the mentions and pages that share it)
  // The range is the time an event lasted ("from March 13-15", "over three days, concluding
  // on Sunday"), not an imprecise date ("last week"): the whole of a multi-day event.
  bool window = false;
};

// An event that lasted several days: its window, the key of the whole, and its parts (the
// days reported inside it, keyed by their day).
struct Occurrence {
  std::string type;
  Date lo{}, hi{};
  std::string key;
  std::string why;
};

// The event a mention is about. The why of a dated mention starts with its date's reason
// (`after_date`): the reason is kept once, in the mention's date, and joined when a claim takes
// the key (one key per dated event word of the corpus is held at resolution's peak of memory).
struct MentionKey {
  Atom key;  // "" unknown
  std::string why;
  bool after_date = false;
};

// The dates every event mention of one document carries, after own dates, pending
// narrative dates, focus inheritance and agreement inheritance.
struct DocumentEvents {
  std::vector<std::optional<DatedRange>> mention_dates;
  std::optional<std::size_t> focus;  // mention index
  std::optional<DatedRange> focus_date;
  std::vector<Atom> undated_why;  // per mention: why it has no date (shown in reasons)
  // Per mention: its date is the focus's, taken because it has none of its own (a window the
  // focus turns out to be, "over the two-day exchange, completed on Friday", is theirs too).
  std::vector<char> took_focus_date;
  // An undated page's year, from the story its year-less days belong to, and why.
  std::optional<int> story_year;
  std::string story_year_why;
  // An undated page's days, from the short span in which dated reports give the figures it
  // gives ("140", "215" and "180" reported on three consecutive days): its weekdays fall there.
  std::optional<std::pair<Date, Date>> story_window;
  std::string story_window_why;
  // An undated page about a continuing event (a flood, not an exchange: day_keyed_types) whose
  // story is known: the day the event began (its own full date, a story link, or the dated
  // reports that give its figures). The weekdays it gives figures on ("said on Sunday") fall in
  // the week from the day before it.
  std::optional<Date> story_start;
  // Per sentence, how many prose sentences (not page furniture) stand before it (choose_focus).
  std::vector<std::uint32_t> prose_rank;
  // The published day of the dated report a story link took the day from: a calendar needs a
  // report of the story's first week (an anniversary piece shares the toll, not the week).
  std::optional<Date> linked_published;
  // Linked by its event's name alone ("Hurricane Melissa"): the page is of the story, but a
  // named storm is covered for weeks, so the story's day says nothing of when it was written
  // and anchors none of its weekdays.
  bool linked_by_name = false;
  // Such a page's moment: the latest day of the story it writes of its own reporting ("officials
  // said on Sunday"); its figures are as of that day (join_story_calendars).
  std::optional<Date> page_moment;
  // Per mention (when any is keyed): its event key and why (identify_events, key_undated_pages).
  std::vector<std::optional<MentionKey>> keys;
  // An undated page's own moment (key_undated_pages): the day its main event names and no
  // calendar gives ("sunday"), lower case; "" when it names none. A sentence naming another
  // day is not of that moment.
  std::string moment_day;
};

struct Resolution {
  std::vector<DocumentClaims>& documents;
  const ClaimExtractor& extractor;
  const EventOptions& options;
  ResolvedCorpus& out;
  std::vector<DocumentEvents> state;
  // A mention's event key and why, when it has one (an empty key means unknown).
  const MentionKey* key_of(std::size_t document, std::size_t mention) const;
  void set_key(std::size_t document, std::size_t mention, MentionKey key);
  std::vector<Occurrence> occurrences;  // multi-day events, by type and window
  // The occurrence a day of `type` is part of, when one is known.
  const Occurrence* occurrence_of(const std::string& type, Date day) const;
};

long days(Date a, Date b);  // b - a
// The days after the first day of a continuing event that an undated page's weekdays may name
// (and one day before it): a week in all, so each weekday names one day.
constexpr int story_calendar_days_after = 5;
Date shift_days(Date d, int n);  // n days later (earlier when negative)
// Whether a date claim names a weekday, and it is the weekday of `day` ("Tuesday", 2025-10-28).
bool is_weekday_of(const DateValue& v, Date day);
// Whether a sentence is among a page's first `lead_sentences` prose sentences (page furniture,
// menus, captions and date widgets do not count).
bool in_lead(const DocumentEvents& st, std::size_t sentence);
// A report of an event's first week: published at most a week after the event's day.
bool first_week_report(Date event_day, Date published);
// A continuing event (a flood, a quake): neither day-keyed nor an agreement.
bool continuing_type(const EventOptions& options, const std::string& type);
std::string range_text(Date lo, Date hi);
std::optional<DatedRange> own_date(const DocumentClaims& doc, const EventMention& m);
bool is_agreement(const EventMention& m);
// The event mention a claim is about: its own (from its sentence), else the nearest event
// word before it in its paragraph, else the document's focus. `via` says which fallback
// (`focus_fallback` for the last).
inline constexpr std::string_view focus_fallback = "no event word in its paragraph; the document's main event";
std::optional<std::size_t> effective_mention(const DocumentClaims& doc, std::size_t claim,
                                             std::optional<std::size_t> focus, std::string* via = nullptr);
// Counts attached to mentions of `type`, as (property, value) signatures: the distinctive
// facts two reports of one story share.
std::set<std::pair<std::string, double>> count_signature(const DocumentClaims& doc, const std::string& type,
                                                         std::optional<std::size_t> focus);

void choose_focus(Resolution& r);               // own dates of mentions; each document's main event
void link_stories(Resolution& r);               // undated documents take the date of the story they report
void find_story_years(Resolution& r);           // undated pages' year-less days take their story's year
void find_story_windows(Resolution& r);         // undated pages' weekdays fall in their story's few days
void resolve_times(Resolution& r);              // datelines, relative dates, undated mentions inherit
void join_story_calendars(Resolution& r);       // undated pages of a continuing story: its day, their moment
void find_occurrences(Resolution& r);           // multi-day events: windows and their parts
void identify_events(Resolution& r);            // event keys across documents
void key_undated_pages(Resolution& r);          // an undated page's own moment, compared within it
void assign_claim_events(Resolution& r);        // every claim's event, confidence and reason
void restate_agreement_figures(Resolution& r);  // a deal's figure told of a day is the deal's
void superlatives_of_wholes(Resolution& r);     // "the biggest swap" said of one day is said of the whole

}  // namespace crosscheck
