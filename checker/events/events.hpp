// Event resolution across the corpus: gives every claim the event it is about (type + key)
// with a confidence and a reason, links documents that report the same story, and settles
// each document's "now" (published date, or a lower bound) for durations and titles.
#pragma once

#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "checker/claims/clauses.hpp"
#include "checker/claims/extract.hpp"
#include "checker/lexicon/lexicon.hpp"

namespace crosscheck {

struct EventOptions {
  // Event types whose identity needs an exact day (several exchanges can happen in one week).
  std::vector<std::string> day_keyed_types{"exchange", "repatriation", "attack"};
  // Event types that are no continuing event either: an agreement is signed on a day, and an
  // undated page's weekdays around it name days before and after it, not its aftermath. Every
  // other type not in day_keyed_types (a flood, a quake, a storm) continues for days: an undated
  // page about one takes its story's calendar (join_story_calendars).
  std::vector<std::string> no_calendar_types{"agreement"};
  // A range ("last week") may join a dated event only when it is at most this many days long.
  int max_range_days = 7;
  // Story links need at least this many shared distinctive counts.
  int story_min_shared = 2;
  // property -> the event types its counts can be about (lexicon section property_events:
  // bodies -> repatriation; killed -> earthquake, flood, attack, ...). A count hung on an
  // event word of another type is not compared (a count of bodies next to an exchange word
  // is the repatriation's of that day).
  std::map<std::string, std::set<std::string>> property_events;
  // type -> the generic types whose event words, in a sentence about it, mean it (lexicon
  // section event_refinements: repatriation -> exchange, so "returned 31" next to "returned
  // the bodies of 900" is the repatriation).
  std::map<std::string, std::set<std::string>> refines;
  // Event types whose counts of a group alone ("180 Ukrainians", "28 children", no verb saying
  // what happened to them) are the event's own figure: the people an exchange moved (lexicon
  // section group_count_events). In a flood such a count says who, not whether dead, missing or
  // rescued: it is not keyed.
  std::set<std::string> group_count_events;
  // "... later told reporters that at least 255 had died" (dates.yaml date_later_reports): a
  // figure the text says came later than the page's others, an hour of its own. Lowered, with
  // a space on each side.
  std::vector<std::string> later_reports;
  // The lower-case words that open a live page's update line (text.yaml page_update_labels).
  std::vector<std::string> update_labels;
  // "Saturday afternoon", "late Wednesday" (dates.yaml date_day_parts): the hour of a day a
  // count's sentence writes, after the day's name or before it.
  std::vector<std::string> day_parts_after, day_parts_before;
  // "early on Wednesday": an hour of the figure only when its day dates no event word of the sentence
  std::vector<std::string> day_parts_before_linked;
  // "Later on Saturday, ... 275": an hour of the day later than the figures told before it
  std::vector<std::string> day_parts_later;
  // Properties a party or candidate holds (counts.yaml count_held_properties: seats, votes):
  // smaller figures of them on a page are other holders', not groups of the larger one.
  std::set<std::string> held_properties;
};

struct DocumentContext {
  std::size_t document = 0;
  std::string path;
  std::string source_id;
  std::optional<Date> published;
  bool published_inferred = false;
  bool published_from_lead = false;  // see DocumentClaims::published_from_lead
  std::string published_how;
  std::optional<Date> now;  // published, else a lower bound (see now_is_lower_bound)
  bool now_is_lower_bound = false;
  std::string now_how;
  std::string focus;                 // event key of the document's main event, "" unknown
  std::vector<std::string> explain;  // story links and focus choice
  std::vector<SkippedLine> skipped;  // page furniture no claims were read from
  SortedStrings names;               // capitalised words of its prose, lower case
};

// The claims of a corpus: a deque, so that documents' claims are moved in one document at a
// time without a second copy of them all (a vector would reserve the whole while every
// document still holds its own) and references stay valid as it grows.
using ClaimList = std::deque<Claim>;

// The order of ResolvedCorpus::claims: by path, then position.
bool claim_order(const Claim& a, const Claim& b);

struct ResolvedCorpus {
  ClaimList claims;  // every claim, event set, ordered by path and position
  std::vector<DocumentContext> documents;
  std::map<std::string, std::string> event_types;  // key -> type
  std::map<std::string, Date> event_dates;         // key -> day, for dated events
};

// The key of an undated page's own moment ("flood@page:PATH"): its claims are compared with
// each other only, as of the moment the page was written.
std::string page_moment_key(const std::string& type, const std::string& path);
bool is_page_moment_key(const std::string& key);

// The options the lexicon configures (property_events); the rest keep their defaults.
EventOptions event_options_from(const Lexicon& lexicon);

ResolvedCorpus resolve_events(std::vector<DocumentClaims> documents, const ClaimExtractor& extractor,
                              const EventOptions& options = {});

}  // namespace crosscheck
