// Turns one document into claims: runs every grammar family over each sentence, lowers the
// mentions into typed Claims, infers the published date, resolves publication-relative
// dates, and records the event words each claim hangs on (the events layer keys them).
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "checker/claims/claim.hpp"
#include "checker/core/sorted_strings.hpp"
#include "checker/lexicon/lexicon.hpp"
#include "checker/text/document.hpp"
#include "grammars/dates.hpp"

namespace crosscheck {

// An event word in the text ("exchange", "deal", "earthquake") and what is known about it.
struct EventMention {
  Atom type;  // exchange, agreement, repatriation, earthquake, ...
  std::size_t sentence = 0;
  std::size_t paragraph = 0;
  NormSpan span;
  std::size_t local_begin = 0, local_end = 0;  // in the sentence as the grammars read it
  bool other = false;                          // "a previous swap": never the document's own event
  bool previous = false;                       // "the previous exchange", "the last meeting": the one before
  // In a live page's entries (after the first "published at 05:57 ..." of the page): of the
  // entry's hour, not of one moment of the page
  bool live_entry = false;
  // Another event by a word before it ("the first exchange", "a previous swap"), not by a year
  // or a caption: its sentence tells of that other event.
  bool marked_other = false;
  bool future = false;  // "will exchange": a plan
  // "another earthquake on Wednesday" (event_additional_markers): one more of its type, which
  // past a page's lead is a second event, not the one the page reports
  bool additional = false;
  std::optional<std::size_t> date_claim;  // the date claim of its clause, index into claims
  // Days from the event to its date claim: "searched on Sunday, two days after an earthquake
  // struck" dates the earthquake two days before Sunday (dates.yaml date_after_event_links).
  int date_offset_days = 0;
  Atom place;  // "Istanbul" when named in the same sentence
  // The earlier event word of the same type whose relative clause this one stands in
  // ("took place on August 24, when both sides returned 146"): the same event.
  std::optional<std::size_t> clause_of;
  // The event word stands after a temporal link to another time ("brought home 140, after
  // each released 215 on Saturday"): the other event words of its sentence are other days.
  bool after_other_time = false;
};

// A date the grammar could parse but only the events layer can resolve: its anchor is the
// date of the event the sentence narrates ("talks held a week earlier"), or the published
// date when only the story the article reports can give it a year ("on Saturday" under a
// "KYIV, Aug 23 (Reuters) -" dateline).
struct PendingDate {
  std::size_t claim = 0;  // index into DocumentClaims::claims
  grammars::DateMention mention;
  bool publication = false;  // anchored on the published date, not the narrated event
};

// "KYIV, Aug 23 (Reuters) -": the day an article was filed, without its year.
struct Dateline {
  unsigned month = 0, day = 0;
  std::string text;
  std::size_t sentence = 0, begin = 0;  // where its date is (sentence, offset in it)
};

// A line of page furniture no claims were read from, and why (shown by `claims --explain`).
struct SkippedLine {
  LineColumn begin;
  std::string text;
  std::string reason;
};

struct DocumentClaims {
  std::size_t document = 0;
  std::string path;
  std::string source_id;
  std::optional<Date> published;
  bool published_inferred = false;
  // Inferred from a lead that opens with a full date ("On March 13, 2024, a shooting at the
  // station ..."): that is the event's day, and the page may have been written days later, so
  // its figures are not known to be of that day.
  bool published_from_lead = false;
  std::string published_how;        // "front matter", "manifest", "date line at 5:1", ...
  std::optional<Date> latest_date;  // latest explicit date reported: a lower bound for "now"
  std::vector<Claim> claims;
  std::vector<EventMention> events;
  std::vector<std::optional<std::size_t>> claim_mention;  // per claim: its event mention
  // Per claim: a date written right after a count ("and 180 on Friday"), which dates that
  // count even when its event word is dated otherwise.
  std::vector<std::optional<std::size_t>> claim_date;
  std::vector<PendingDate> pending;
  std::optional<Dateline> dateline;  // when the article has one and no year for it
  std::vector<SkippedLine> skipped;
  std::vector<bool> furniture;  // per sentence: page furniture, not prose
  // Capitalised words of the prose, lower case ("ukraine", "gaza"): what the article names,
  // for facts that only apply to stories about their places.
  SortedStrings names;
  Warnings warnings;  // what was written but could not be read ("February 30")
};

// What only `crosscheck claims` prints, gone with its memory: each claim's extraction notes and
// the lines a page skipped as furniture (a run that never prints them drops them as each page
// is read).
void drop_notes(Claim& claim);
void drop_notes(DocumentClaims& doc);

class ClaimExtractor {
 public:
  explicit ClaimExtractor(const Lexicon& lexicon);
  ~ClaimExtractor();
  ClaimExtractor(const ClaimExtractor&) = delete;
  ClaimExtractor& operator=(const ClaimExtractor&) = delete;

  DocumentClaims extract(const Document& document, std::size_t index) const;

  // Resolves a pending date against its anchor (the narrated event's or the published date).
  std::optional<DateValue> resolve_pending(const PendingDate& pending, Date anchor) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The properties claims can have with `lexicon` (sorted): the first part of every claim's
// property ("killed" of "killed/civilians") is one of them. Rules' selectors are checked
// against it.
std::vector<std::string> property_vocabulary(const Lexicon& lexicon);

}  // namespace crosscheck
