// A claim: one typed assertion an article makes (a count, a date, a duration, a superlative,
// a role, a stage, a measure, a time of day, a place, a label), with its exact span in the
// document and the event it is about.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "checker/core/atom.hpp"
#include "checker/core/boxed.hpp"
#include "checker/core/offsets.hpp"
#include "grammars/vocabulary.hpp"

namespace crosscheck {

enum class ClaimKind { count, date, duration, superlative, role, stage, measure, time_of_day, place, label, age };
std::string_view to_string(ClaimKind kind);

using Date = std::chrono::year_month_day;
std::string iso_date(Date date);  // "2025-05-23"
// A property without its group: "killed" of "killed/children".
inline std::string base_property(const std::string& property) { return property.substr(0, property.find('/')); }
std::optional<Date> parse_iso_date(std::string_view text);
std::string_view weekday_name(unsigned weekday);  // 0 = Sunday

struct CountValue {
  double value = 0;                // as stated (low end of a stated range)
  std::optional<double> value_hi;  // stated range
  double lo = 0, hi = 0;           // interval after lowering the qualifier (hi may be +inf)
  bool vague = false;              // "dozens", "hundreds"
};

struct DateValue {
  Date lo{}, hi{};  // one day when lo == hi
  bool day_precision = true;
  std::optional<unsigned> weekday;  // as written ("Friday, May 23"), 0 = Sunday
  bool relative = false;            // resolved from a relative expression
  // A weekday alone in a clause about what will happen ("will continue on Saturday"):
  // resolved forward from the anchor instead of back.
  bool future_tense = false;
  bool year_written = false;  // "February 8, 2023": the year is the writer's, not inferred
  // Resolved from the day of the event the page narrates ("The next day", "two days later"):
  // set by event resolution, never read from a claims stream.
  bool narrative = false;
  Atom resolution;  // how a relative or year-less date was resolved
};

// The resolution of a year-less date on an undated page whose year comes from another date the
// page writes ("since 2016 ... Tuesday, April 16"): a guess, too weak to call its weekday wrong.
inline constexpr std::string_view borrowed_year_prefix = "year taken from a date the page writes (";

struct DurationValue {
  double amount = 0;
  Atom unit;                  // day, week, month, year
  std::optional<Date> since;  // "since February 2022"
  // Its sentence says the day it names ends the span ("over three days, concluding on Sunday")
  // or starts it ("a two-day visit that began on Monday"): durations.yaml duration_window_edges.
  bool ends_named_day = false;
  bool starts_named_day = false;
};

struct SuperlativeValue {
  Atom adjective;  // largest, smallest, deadliest, ...
  Atom subject;
  std::optional<Date> since;  // first day of the "since" period
  Atom since_event;           // "war_start" when "since the war began"
  bool of_scope = false;      // "of the war", "ever"
  Atom scope;                 // canonical superlative scope: war, ever, year ("" none)
  Atom lookback;              // "in a century" -> "100" (years), "in decades" -> "decades"
};

struct RoleValue {
  Atom person;
  Atom title;
  Atom modifier;  // former, acting, ... or ""
  Atom affiliation;
};

struct StageValue {
  std::optional<int> ordinal;
  bool final = false;
  Atom noun;
};

// A number with a unit that is not a count of things: an age ("the youngest was 22"), a
// magnitude, a depth, an area. `property` says what is measured (age_youngest, magnitude).
struct MeasureValue {
  double amount = 0;
  std::optional<double> amount_hi;  // stated range
  double lo = 0, hi = 0;            // interval after lowering the qualifier
  Atom unit;                        // year, km, ... ("" for unitless scales)
  // A revision in the same sentence ("7.7, later upgraded to 7.8"): the first value was
  // superseded (`revised_to`), the second replaced it (`revised_from`).
  std::optional<double> revised_to;
  std::optional<double> revised_from;
};

// A time of day ("at 4:17 a.m. local time", "shortly after 3 p.m. EDT"); the claim's
// qualifier says "about" or "shortly after".
struct TimeOfDayValue {
  int minutes = 0;                 // since midnight, as written
  Atom zone;                       // canonical ("local", "UTC", "EDT"), "" when none is written
  std::optional<int> utc_minutes;  // when the zone converts, or a conversion in parentheses gives one
};

// Where the event happened ("the epicentre was in Norland province", "near Port Avery").
struct PlaceValue {
  Atom name;                        // the gazetteer's canonical name, else as written
  bool known = false;               // in the gazetteer (lexicon place_names): only then compared
  Atom kind;                        // country, region, city, "" unknown
  std::vector<std::string> within;  // gazetteer places it lies within, nearest first
  Atom country;                     // itself or the country it lies within, "" unknown
  Atom preposition;                 // in, near, off, at (canonical)
};

// A name or identifier the lexicon declares ("the tanker Sea Harrow": property vessel).
struct LabelValue {
  Atom name;        // as written
  Atom introducer;  // the words before it, as written
};

// A named person's age as written next to the name ("Romi Gonen, 24,"): property "age".
struct AgeValue {
  Atom person;  // as written
  unsigned years = 0;
};

using ClaimValue = std::variant<CountValue, DateValue, DurationValue, SuperlativeValue, RoleValue, StageValue,
                                MeasureValue, TimeOfDayValue, PlaceValue, LabelValue, AgeValue>;

// Which event a claim is about. An empty key means unknown: such claims are never compared.
struct EventRef {
  Atom type;              // exchange, repatriation, agreement, ... ("" unknown)
  Atom key;               // e.g. "exchange@2025-05-23", "agreement@2025-05-16"
  double confidence = 0;  // 0..1
  Atom reason;            // why this event (shown by --explain; one copy for the claims of a mention)
};

// The part of a whole a count covers on one dimension the lexicon names (part_dimensions in
// counts.yaml): a place ("410 in Peru"), a group ("52 soldiers"), a nationality ("12 Germans").
struct CountPart {
  std::string dimension;  // place, group, nationality
  std::string value;      // Peru, military, Germans
  std::string whole;      // the property of the whole it is part of ("" when the rule says: a bare group)
  // Whose people a group is, when its words say so and no side does: "Armenian" in "32
  // Armenian military" (count_demonym_endings). Groups of different owners are different people.
  std::string of{};  // (a default member initializer: aggregates may leave it out)
  // A place the gazetteer knows: its canonical name, then the places it lies within, nearest
  // first ("Haiti", "Hispaniola", "Caribbean"); empty otherwise. Places of one lineage overlap.
  std::vector<std::string> lineage{};
};

// The values a whole names on one dimension ("640 killed in Peru and Ecuador", "215 soldiers
// and civilians"): a breakdown that gives each of them is the whole, and must add up to it.
struct PartCover {
  std::string dimension;
  std::vector<std::string> values;
};

// (Its repeated strings are Atoms: one copy of each for the process, the size of a pointer.)
struct Claim {
  std::size_t document = 0;  // index of the document in the corpus
  Atom path;
  Atom source_id;
  ClaimKind kind = ClaimKind::count;
  Atom property;  // released, military, civilians, women, bodies, killed, war, ...
  Qualifier qualifier = Qualifier::exact;
  Scope scope = Scope::unspecified;
  // A running total ("had each released 270 so far", "in these two days 697"): the scope
  // says whose figure it is, this that it grows with the stages it adds up.
  bool running = false;
  // A toll written as having risen ("has soared to 2,059"): the latest figure of its source,
  // of an hour the text does not give.
  bool rising = false;
  // Read through a category frame ("the death toll was 1,290", "has risen to 35"): a figure
  // told as the whole, never a group of it.
  bool framed = false;
  Atom side;  // for one_side counts: the side whose people it counts (who receives them)
  // "" when `side` receives the people; "subject" when the side is only the subject of a verb
  // that does not say whether it gives or receives them ("Ukraine returned 24").
  Atom side_role;
  Atom location;  // "Bangkok" in "three people were killed in Bangkok": a part, not the whole
  // The categories a count's noun names together ("215 combatants and civilians": military,
  // civilians): what the figure is made of, when it says so.
  std::vector<std::string> groups;
  // (held on the heap: most claims have neither, and a corpus keeps every claim until its checks)
  Boxed<CountPart> part;    // a count of one part of a whole: summed, never compared with it
  Boxed<PartCover> covers;  // a whole that names its parts
  // The count this one is the rest of ("the bodies of 68 ... and 10 other deaths in other
  // parts of the state": the 10's is the 68's position): together they are the whole.
  std::optional<LineColumn> completes;
  ClaimValue value;
  NormSpan span;             // in the normalized text
  ByteSpan bytes;            // in the original file
  LineColumn begin, end;     // end is exclusive
  std::string text;          // the claim as written (normalized)
  Atom snippet;              // its sentence, for reports (one copy per sentence)
  std::size_t sentence = 0;  // index into Document::sentences
  std::size_t paragraph = 0;
  EventRef event;
  std::optional<Date> as_of;  // the day a count was true (its sentence's day, else published)
  // The time of that day its sentence gives ("As of Saturday afternoon", "as of 1:30 p.m."),
  // lower case; "" when none: a running figure of one hour is compared only with that hour's.
  Atom as_of_time;
  bool as_of_written = false;  // its sentence writes that day (else it is the published day)
  // Why the claim is not the figure of the event word it stands next to: a plan ("would
  // involve"), people released outside it. Such claims are never keyed to an event.
  Atom not_event;
  std::vector<std::string> explain;  // resolution steps for --explain
};

}  // namespace crosscheck
