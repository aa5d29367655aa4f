// The claims pipeline's shared state: the grammars and phrase tables built once from the
// lexicon (ExtractionTables), and one document under extraction (Extraction), which the
// passes declared here read and extend in the order extract.cpp lists them.
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "checker/claims/clauses.hpp"
#include "checker/claims/extract.hpp"
#include "checker/lexicon/lexicon.hpp"
#include "checker/text/document.hpp"
#include "grammars/ages.hpp"
#include "grammars/counts.hpp"
#include "grammars/dates.hpp"
#include "grammars/durations.hpp"
#include "grammars/labels.hpp"
#include "grammars/measures.hpp"
#include "grammars/phrases.hpp"
#include "grammars/places.hpp"
#include "grammars/roles.hpp"
#include "grammars/stages.hpp"
#include "grammars/superlatives.hpp"
#include "grammars/times.hpp"

namespace crosscheck {

struct ExtractionTables {
  explicit ExtractionTables(const Lexicon& lexicon);

  // The counts grammar for a document's language ("de", "de-AT"): digit grouping differs.
  const grammars::CountGrammar& counts_for(const Document& doc) const;
  bool writes_dot_thousands(const Document& doc) const;  // languages.yaml dot_thousands
  // The measure grammar for a document's language ("63,9%" in a language that writes "6.000").
  const grammars::MeasureGrammar& measures_for(const Document& doc) const;
  // The tables for a document's language: built from its lexicon overlay (lexicon/<lang>/)
  // when there is one, else these.
  const ExtractionTables& tables_for(const Document& doc) const;
  std::map<std::string, std::shared_ptr<const ExtractionTables>, std::less<>> languages;

  grammars::CountGrammar counts;
  grammars::CountGrammar counts_dot;  // languages that write "6.000" for six thousand
  std::vector<std::string> dot_languages;
  grammars::DateGrammar dates;
  grammars::DurationGrammar durations;
  grammars::MeasureGrammar measures;
  grammars::MeasureGrammar measures_dot;            // languages that write "6.000" and "63,9"
  grammars::PhraseMatcher measure_revisions;        // measures.yaml: "later upgraded to" after a measure
  grammars::PhraseMatcher measure_readings;         // measures.yaml measure_other_readings: "recorded 7.4"
  grammars::PhraseMatcher measure_comparisons;      // measures.yaml: "larger than" before another thing's measure
  grammars::PhraseMatcher measure_estimates;        // measures.yaml measure_estimate_markers: "exit poll", "counted"
  std::set<std::string, std::less<>> measure_held;  // measures.yaml measure_held_properties: vote_share
  grammars::SuperlativeGrammar superlatives;
  grammars::RoleGrammar roles;
  grammars::StageGrammar stages;
  grammars::PhraseMatcher triggers;
  grammars::PhraseMatcher agreement_links;
  grammars::PhraseMatcher future_markers;
  grammars::PhraseMatcher future_event_verbs;  // events.yaml: "free" in "is set to free 50 ... in exchange for"
  grammars::PhraseMatcher properties;
  grammars::PhraseMatcher auxiliaries;  // counts.yaml count_auxiliaries: "were" in "31 were released"
  grammars::PhraseMatcher clause_scopes;
  grammars::PhraseMatcher held_since_words;  // events.yaml: "two soldiers held since April"
  grammars::PhraseMatcher captor_links;      // events.yaml count_captor_links: "60 hostages held by"
  grammars::PhraseMatcher span_joiners;      // dates.yaml: "Friday through Sunday"
  grammars::PhraseMatcher places;
  grammars::PhraseMatcher other_markers;
  grammars::PhraseMatcher comparison_markers;  // events.yaml event_comparison_markers: "a similar blast"
  grammars::PhraseMatcher reporting_verbs;
  grammars::PhraseMatcher outside_markers;  // events.yaml: "75 were returned without exchange"
  grammars::PhraseMatcher figure_verbs;     // "late on Saturday gave a figure of 320"
  grammars::PhraseMatcher reaction_verbs;   // "on Monday criticized the response to the crush"
  grammars::PhraseMatcher released_nouns;
  grammars::PhraseMatcher people_groups;  // counts.yaml count_categories: "soldiers" -> military
  grammars::PhraseMatcher side_subjects;
  grammars::PhraseMatcher number_qualifiers;        // numbers.yaml: "over" -> more_than
  grammars::PhraseMatcher approach_markers;         // durations.yaml: "heads towards the two-year mark"
  grammars::PhraseMatcher duration_window_openers;  // durations.yaml: "the first three months of the war"
  grammars::PhraseMatcher duration_window_edges;    // durations.yaml: "over three days, concluding on Sunday"
  grammars::PhraseMatcher status_blockers;          // counts.yaml: "were identified as ..."
  grammars::PhraseMatcher money_units;              // counts.yaml: "three-billion dollars"
  grammars::PhraseMatcher measure_preliminaries;    // measures.yaml: "its preliminary magnitude at 5.9"
  grammars::PhraseMatcher party_subjects;           // events.yaml: "Rebels handed over 58 prisoners"
  grammars::PhraseMatcher earlier_openers;          // events.yaml: "A few months earlier, ..."
  grammars::PhraseMatcher year_prepositions;        // dates.yaml: "in", "since" before a year
  grammars::PhraseMatcher both_sides_subjects;      // "both sides released 212": each side's
  grammars::PhraseMatcher subgroup_markers;
  grammars::PhraseMatcher relative_openers;      // counts.yaml count_relative_openers: "which", "que"
  grammars::PhraseMatcher per_unit_markers;      // counts.yaml count_per_unit_markers: "in each"
  grammars::PhraseMatcher venue_words;           // counts.yaml count_venue_words: "news conference"
  grammars::PhraseMatcher breakdown_links;       // counts.yaml count_breakdown_links: "54 in house collapses"
  grammars::PhraseMatcher early_moment_markers;  // counts.yaml: "hours after" the quake
  grammars::PhraseMatcher age_group_markers;     // counts.yaml: "18 people over 65 years of age"
  grammars::PhraseMatcher age_group_units;       // counts.yaml: "years", "años"
  grammars::PhraseMatcher subgroup_openers;      // events.yaml: "Among the 240 freed were 52 ..."
  grammars::PhraseMatcher demonyms;              // counts.yaml sides: "Ukrainian" -> ukraine
  grammars::PhraseMatcher trailing_scopes;
  grammars::PhraseMatcher running_periods;
  grammars::PhraseMatcher running_units;
  grammars::PhraseMatcher running_openers;              // "Since the truce began, 27 have been freed"
  grammars::PhraseMatcher running_openers_perfect;      // "Before Sunday, 27 had been freed"
  grammars::PhraseMatcher running_perfect_auxiliaries;  // events.yaml: "had", "habían", "erano stati"
  grammars::PhraseMatcher other_event_participles;      // dates.yaml date_other_event_participles: "taken on"
  grammars::PhraseMatcher as_of_markers;                // dates.yaml date_as_of_markers: "as of"
  grammars::PhraseMatcher planned_markers;              // dates.yaml date_planned_markers: "scheduled for"
  grammars::PhraseMatcher distal_demonstratives;        // dates.yaml: "that" in "that Thursday, May 23"
  grammars::PhraseMatcher as_of_tallies;                // dates.yaml date_as_of_tallies: "climbed to 202 on Tuesday"
  grammars::PhraseMatcher after_event_links;            // dates.yaml date_after_event_links: "Sunday, a day after"
  grammars::PhraseMatcher earlier_event_links;          // dates.yaml date_earlier_event_links: "following"
  grammars::PhraseMatcher early_hours;                  // dates.yaml date_early_hours: "early"
  grammars::PhraseMatcher later_death_verbs;            // dates.yaml date_later_death_verbs: "died"
  grammars::PhraseMatcher reference_relatives;          // superlatives.yaml: "since 1960, when ..."
  grammars::PhraseMatcher statement_continuations;      // counts.yaml: "said, adding 80 are missing"
  grammars::PhraseMatcher pronoun_reports;              // counts.yaml count_pronoun_reports: "He said"
  grammars::PhraseMatcher place_officials;              // counts.yaml count_place_officials: "mayor of"
  grammars::PhraseMatcher trigger_exclusions;           // events.yaml event_trigger_exclusions: "cease-fire"
  grammars::PhraseMatcher consequence_verbs;            // events.yaml event_consequence_verbs: "caused"
  grammars::PhraseMatcher precursors;                   // events.yaml event_precursors: "torrential rains"
  grammars::PhraseMatcher successor_links;              // events.yaml event_successor_links: "followed by"
  grammars::PhraseMatcher anaphora_markers;             // events.yaml event_anaphora_markers: "in that"
  grammars::PhraseMatcher vague_part_openers;           // counts.yaml: "most of the 181 people"
  grammars::PhraseMatcher holder_verbs, holder_links_before, holder_links_after,
      holder_companions;                        // "Labour won 412 seats", "the Rally and its allies won 143"
  grammars::PhraseMatcher change_verbs;         // counts.yaml count_change_verbs: "the ANC lost 71 seats"
  grammars::PhraseMatcher positions;            // counts.yaml count_positions: "on board", "on the ground"
  grammars::PhraseMatcher superseded_markers;   // counts.yaml: "a previous toll of 294"
  grammars::PhraseMatcher exception_markers;    // counts.yaml: "all but three of the 29"
  grammars::PhraseMatcher unofficial_accounts;  // counts.yaml: "according to the locals"
  grammars::PhraseMatcher disputed_official;    // counts.yaml: "while the official toll stands at 12"
  grammars::PhraseMatcher official_openers, contrast_words;  // counts.yaml: "Officially, 14 ..., but ..."
  grammars::PhraseMatcher illness_causes;                    // counts.yaml: "the disease has resulted in four deaths"
  grammars::PhraseMatcher report_complementizers;            // counts.yaml: "said that in Tarn alone, ..."
  grammars::PhraseMatcher place_focus_after;                 // counts.yaml: "in Tarn alone"
  grammars::PhraseMatcher place_anaphora;                    // counts.yaml: "in the latter", "en esta última"
  grammars::PhraseMatcher country_anaphora;                  // counts.yaml: "in the country" (a Kenyan minister's)
  grammars::PhraseMatcher origin_links;                      // counts.yaml: "The 11 victims were from Tarn"
  grammars::PhraseMatcher window_openers;                    // counts.yaml count_window_openers: "over the past"
  grammars::PhraseMatcher window_units;                      // counts.yaml count_window_units: "weeks"
  grammars::PhraseMatcher witnessed_markers;                 // counts.yaml: "still shook after seeing six dead people"
  grammars::PhraseMatcher unverified_markers;                // counts.yaml: "validating the reports on four fatalities"
  grammars::PhraseMatcher feared_markers;                    // counts.yaml: "over 100 people are feared missing"
  grammars::PhraseMatcher funeral_frames;                    // counts.yaml: "a funeral service for 11 killed"
  grammars::PhraseMatcher increment_markers;                 // counts.yaml: "the latest figure added two dead"
  grammars::PhraseMatcher superseded_reports;                // counts.yaml: "had previously announced that ..."
  grammars::PhraseMatcher capacity_frames;                   // counts.yaml: "which has 80 seats"
  grammars::PhraseMatcher superseded_openers;                // counts.yaml: "Earlier, the channel reported ..."
  grammars::PhraseMatcher window_markers;                    // counts.yaml: "in the past 24 hours"
  grammars::PhraseMatcher longer_spans;                      // counts.yaml: "the full-scale war has killed 480"
  grammars::PhraseMatcher changed_group_verbs;               // counts.yaml: "three injured succumbed"
  grammars::PhraseMatcher place_subject_verbs;               // counts.yaml: "Shangla reported 36 deaths"
  grammars::PhraseMatcher destination_verbs;           // counts.yaml: "11 prisoners were flown to Norland, 16 to Avon"
  grammars::PhraseMatcher list_item_markers;           // counts.yaml count_list_item_markers: "respectively"
  grammars::PhraseMatcher rise_group_openers;          // counts.yaml count_rise_group_openers: "with"
  grammars::PhraseMatcher noun_links;                  // counts.yaml count_noun_links: "the second group of 12"
  grammars::PhraseMatcher rate_markers;                // counts.yaml count_rate_markers: "30 per hostage"
  grammars::PhraseMatcher rate_exchanges;              // counts.yaml count_rate_exchanges: "in exchange for"
  grammars::PhraseMatcher share_of_number;             // counts.yaml count_share_of_number: "three out of the 33"
  grammars::PhraseMatcher owned_nationals;             // counts.yaml count_owned_nationals: "one of its citizens"
  grammars::PhraseMatcher victim_nouns;                // counts.yaml count_victim_nouns: "victims"
  grammars::PhraseMatcher undecided_harms;             // counts.yaml count_undecided_harms: "17 victims stabbed"
  grammars::PhraseMatcher definite_articles;           // counts.yaml count_definite_articles: "the"
  grammars::PhraseMatcher batch_nouns;                 // counts.yaml count_batch_nouns: "the second group of 13"
  grammars::PhraseMatcher place_relatives;             // counts.yaml: "the Philippines, where its toll reached 150"
  grammars::PhraseMatcher facilities;                  // counts.yaml count_facilities: "hospital"
  grammars::PhraseMatcher facility_verbs;              // counts.yaml: "The hospital counted 40 dead"
  grammars::PhraseMatcher struck_sites;                // counts.yaml count_struck_sites: "apartment building"
  grammars::PhraseMatcher strike_verbs;                // counts.yaml: "the hospital was hit, killing two"
  grammars::PhraseMatcher site_attack_words;           // counts.yaml: "the blast at the airport killed 14, while ..."
  grammars::PhraseMatcher share_pronouns;              // counts.yaml: "23 of them were women"
  grammars::PhraseMatcher share_openers;               // counts.yaml: "Among the crew, three died"
  grammars::PhraseMatcher subset_openers;              // counts.yaml: "Of those killed, four ..."
  grammars::PhraseMatcher share_predicates;            // counts.yaml: "14 foreigners were among those freed"
  grammars::PhraseMatcher area_shares;                 // counts.yaml: "an area where 50 homes were lost"
  grammars::PhraseMatcher things;                      // counts.yaml count_things: homes, not people
  grammars::PhraseMatcher thing_states;                // counts.yaml count_thing_states: "houses destroyed"
  grammars::PhraseMatcher figure_qualifiers;           // counts.yaml count_figure_qualifiers: "suspected deaths"
  grammars::PhraseMatcher cause_links;                 // counts.yaml count_cause_links: "died because ..."
  grammars::PhraseMatcher load_verbs;                  // counts.yaml count_load_verbs: "a plane carrying 125"
  grammars::PhraseMatcher offence_frames;              // events.yaml event_offence_frames: "convicted of"
  grammars::PhraseMatcher additives;                   // counts.yaml count_additives: "another 31"
  grammars::PhraseMatcher additive_followers;          // counts.yaml count_additive_followers: "9 other"
  grammars::PhraseMatcher companion_openers;           // counts.yaml: "Along with the journalist, eight other ..."
  grammars::PhraseMatcher completing_additives;        // counts.yaml count_completing_additives: "the remaining"
  grammars::PhraseMatcher increase_markers;            // counts.yaml count_increase_markers: "bringing"
  grammars::PhraseMatcher parallel_links;              // counts.yaml count_parallel_links: "while" (one more died)
  grammars::PhraseMatcher parallel_later;              // counts.yaml count_parallel_later: "later"
  grammars::PhraseMatcher rise_announcements;          // counts.yaml: "the number ... has also increased."
  grammars::PhraseMatcher restating_openers;           // counts.yaml count_restating_openers: "all"
  grammars::PhraseMatcher restating_sentence_openers;  // counts.yaml: "The two victims ... identified"
  grammars::PhraseMatcher rise_openers;                // counts.yaml count_rise_openers: "after"
  grammars::PhraseMatcher part_subject_verbs;          // counts.yaml count_part_subject_verbs: "accounted for"
  grammars::PhraseMatcher complement_places;           // counts.yaml count_complement_places: "in other parts of"
  std::vector<std::string> demonym_endings;            // counts.yaml count_demonym_endings: "ian", "ese"
  std::vector<std::string> summary_headlines;          // counts.yaml count_summary_headlines: "what to know"
  std::vector<std::string> live_entry_labels;          // text.yaml page_live_entries: "published at"
  std::vector<std::string> update_labels;              // text.yaml page_update_labels: "update"
  std::set<std::string, std::less<>> compound_modifiers;  // events.yaml event_compound_modifiers: "triggered"
  grammars::PhraseMatcher side_verbs;
  grammars::PhraseMatcher same_time_openers;
  grammars::PhraseMatcher previous_markers;
  grammars::PhraseMatcher other_pronouns;              // events.yaml event_other_pronouns: "an earlier one"
  grammars::PhraseMatcher actor_nouns;                 // events.yaml event_actor_nouns: strikes, missiles
  grammars::PhraseMatcher recent_markers;              // events.yaml event_recent_markers: recently
  grammars::PhraseMatcher additional_markers;          // events.yaml event_additional_markers: another
  grammars::PhraseMatcher year_anaphora;               // events.yaml event_year_anaphora: "That year, ..."
  std::vector<std::string> two_sided_types;            // events.yaml two_sided_events
  std::set<std::string, std::less<>> verb_properties;  // events.yaml count_properties: killed, injured, ...
  // counts.yaml: "21 children who were attending the camp ... are still missing"
  std::set<std::string, std::less<>> defining_links, predicate_copulas, predicate_adverbs;
  std::set<std::string, std::less<>> tally_links;         // counts.yaml count_tally_links: "rose to", "è salito a"
  std::set<std::string, std::less<>> place_report_verbs;  // counts.yaml: "se registraron", "there were"
  // counts.yaml count_any_side_dimensions: part dimensions whose values every side has (women)
  std::set<std::string, std::less<>> any_side_dimensions;
  std::set<std::string, std::less<>> attributive_determiners;  // dates.yaml date_attributive_determiners: "the"
  // counts.yaml: count_articles, count_caused_openers ("in" the floods triggered by), count_caused_agents
  // ("by"), count_funeral_links ("for" 11 killed)
  std::set<std::string, std::less<>> articles, caused_openers, caused_agents, funeral_links;
  // dates.yaml date_shifts_before_after and date_narrative_days_before_after: "after", "the day
  // after" (a relative date with an object: "a day after the quake")
  std::vector<std::string> shifts_with_object;
  // counts.yaml count_held_properties and the words around a holder ("Labour won 412 seats")
  std::set<std::string, std::less<>> held_properties;
  std::set<std::string, std::less<>> status_properties;      // counts.yaml count_status_properties
  std::set<std::string, std::less<>> shrinking_properties;   // counts.yaml count_shrinking_properties
  std::set<std::string, std::less<>> stateful_things;        // counts.yaml count_stateful_things: homes
  std::set<std::string, std::less<>> name_stopwords;         // places.yaml place_stopwords: "The", "It"
  std::set<std::string, std::less<>> place_relations;        // places.yaml place_relations: "with", "between"
  std::set<std::string, std::less<>> sided_event_types;      // events.yaml event_sided_types: attack
  std::set<std::string, std::less<>> earlier_event_units;    // counts.yaml count_earlier_event_units: days
  std::set<std::string, std::less<>> day_window_properties;  // counts.yaml count_day_window_properties
  // measures.yaml measure_other_event_gaps: how far an event word's own measure may lie from the
  // page's first before the word is another event (magnitude: 1.5)
  std::map<std::string, double, std::less<>> other_event_gaps;
  std::vector<std::string> institution_heads;          // places.yaml place_institutions: "National Assembly"
  std::set<std::string, std::less<>> title_lowercase;  // text.yaml page_title_lowercase: "with", "from"
  std::set<std::string, std::less<>> calendar_words;   // dates.yaml months and weekdays: "in June" is no place
  std::set<std::string, std::less<>> conjunctions;     // counts.yaml count_conjunctions: "and", "e"
  std::vector<std::string> conjunction_joints;         // each of them between spaces: " and ", " e "
  // Whether `text` holds one of the language's conjunctions as a joint (has_joint).
  bool has_conjunction(std::string_view text) const {
    return std::any_of(conjunction_joints.begin(), conjunction_joints.end(),
                       [&](const std::string& joint) { return has_joint(text, {joint}); });
  }
  std::set<std::string, std::less<>> subset_copulas;  // counts.yaml count_subset_copulas: "were", "sono"
  // counts.yaml count_category_parts: whether `part` is a kind within `whole` (officers, military).
  std::map<std::string, std::vector<std::string>, std::less<>> category_parts;
  bool part_of(std::string_view part, std::string_view whole) const;
  // counts.yaml part_dimensions: the words before a place (place), and the values of every
  // other dimension (group: military -> group; nationality: Germans -> nationality).
  std::vector<std::string> place_words;
  std::vector<std::string> place_sites;          // place words that name a site: no paragraph's place
  std::vector<std::string> place_from_heads;     // part_dimensions place_from: "from the X direction"
  std::vector<std::string> place_event_heads;    // part_dimensions place_named_event: "from the X Fire"
  std::vector<std::string> place_unnamed_heads;  // part_dimensions place_unnamed: "in the state"
  // Whether `word` (any case) is a division word of place_unnamed ("County" in "Avery County"),
  // or, with `plural`, its plural ("districts").
  bool division_word(std::string_view word, bool plural = false) const;
  // Whether a capitalised name ends on a division word ("Avery County", "Avon district").
  bool ends_on_division(std::string_view name) const;
  std::vector<std::string> possessive_marks;      // places.yaml place_possessive_marks: "'s"
  std::set<std::string, std::less<>> unit_words;  // measures.yaml measure_unit_words: "ha" (es)
  // The length of the possessive mark `s` opens with ("'s" of "'s capital"), else 0.
  std::size_t possessive_at(std::string_view s) const;
  std::vector<std::string> place_stressers;            // part_dimensions place_stresser: "in the district alone"
  std::vector<std::string> place_consequences;         // part_dimensions place_consequence: ", causing 25 injuries"
  std::vector<std::string> place_determiners;          // part_dimensions place_determiner: "in his jurisdiction"
  std::vector<std::string> place_focus;                // part_dimensions place_focus: "Only in Kerr County, 43 died"
  std::set<std::string, std::less<>> inclusion_verbs;  // counts.yaml count_inclusion_verbs: "included"
  std::vector<std::string> unnamed_place_words;        // part_dimensions place_unnamed_word: "43 deaths for the county"
  std::vector<std::string> place_directions;           // part_dimensions place_direction: "in southern China"
  std::vector<std::string> place_holders;     // part_dimensions place_holder: "-held" in "government-held areas"
  std::vector<std::string> place_held_areas;  // part_dimensions place_held_area: "areas" there
  std::map<std::string, std::string, std::less<>> part_values;
  // Claim kinds configured in the lexicon (times.yaml, places.yaml, labels.yaml).
  grammars::TimeGrammar times;
  grammars::PlaceGrammar place_grammar;
  grammars::LabelGrammar labels;
  grammars::AgeGrammar ages;                                       // ages.yaml: "Romi Gonen, 24,"
  grammars::PhraseMatcher time_properties;                         // "struck" -> onset
  grammars::PhraseMatcher time_other_occurrences;                  // "aftershock": a time that is not the event's onset
  grammars::PhraseMatcher time_range_openers, time_range_joiners;  // "between 1:30 a.m. and 2:30 a.m."
  grammars::PhraseMatcher place_properties;                        // "epicentre" -> epicentre
  std::set<std::string, std::less<>> place_event_types;            // places.yaml: the events whose places are read
  std::set<std::string, std::less<>> stage_of_no_event;  // stages.yaml: stages of no event ("round of counting")
};

// One sentence as the passes see it: flattened text, clause boundaries, the event mentions
// found in it and the grammar mentions more than one pass reads.
struct SentenceView {
  std::size_t index = 0;
  FlatText flat;
  std::string_view text;  // flat.text (the vector of views is sized once, never moved)
  std::vector<std::size_t> bounds;
  std::vector<std::size_t> mentions;  // indices into DocumentClaims::events
  std::vector<grammars::DateMention> dates;
  std::vector<grammars::DurationMention> durations;
  std::vector<grammars::SuperlativeMention> superlatives;
  std::vector<grammars::StageMention> stages;
  // Page furniture (Sentence::skip_reason): its dates may still date the article, but no
  // event word or claim is read from it.
  bool skipped = false;
  // A photo caption that dates what it shows with a full date ("... on January 9, 2025. (Agency)"):
  // its event words and full dates are read, as another moment than the article's.
  bool dated_caption = false;

  // What matcher.find(text.substr(from, to - from)) finds (offsets from `from`), looked up in
  // an index of the whole sentence built on the matcher's first use: passes ask for the part
  // before or after each claim, and scanning it again for each cost the square of the claims.
  std::vector<grammars::PhraseMention> phrases(const grammars::PhraseMatcher& matcher, std::size_t from = 0,
                                               std::size_t to = std::string_view::npos) const;
  mutable std::map<const grammars::PhraseMatcher*, grammars::PhraseIndex> phrase_indexes;
  // crosscheck::words_between(text, from, to), counted from where the sentence's words start
  // (found on first use) instead of walking the text between.
  int words_between(std::size_t from, std::size_t to) const;
  // Whether [from, to) is at most `max_words` words of one clause with no digit: a word there
  // is said of the figure at its end (or start), not of another figure.
  bool near_in_clause(std::size_t from, std::size_t to, int max_words) const;
  mutable std::vector<std::uint32_t> word_starts;
};

// Where a claim stands in its sentence's flat text (the grammars' coordinates).
struct ClaimSite {
  std::size_t begin = 0, end = 0;
  std::size_t number_begin = 0;  // counts: the number itself ("a total of [390] prisoners")
};

struct Extraction {
  Extraction(const Document& document, const ExtractionTables& tables, std::size_t index);

  const Document& doc;
  const ExtractionTables& tables;
  DocumentClaims out;
  std::vector<SentenceView> sentences;
  // The latest full date the article writes: the year for year-less dates when nothing is
  // published ("on June 26, 2025 ... signed on June 2").
  std::optional<Date> written_day;
  // Who acted in the page's first event word of a sided type that names one ("Israeli" of
  // "Israeli strikes"): another actor's event words of that type are other events.
  std::string first_actor;

  // A claim at [begin, end) of a sentence with its position filled in.
  Claim base_claim(const SentenceView& sentence, std::size_t begin, std::size_t end) const;
  // The text a claim at [begin, end) keeps as its sentence (Claim::snippet).
  std::string_view snippet_of(const SentenceView& sentence, std::size_t begin, std::size_t end) const;
  // Adds a claim, the event mention it hangs on and where it stands; returns its index.
  std::size_t push(Claim claim, std::optional<std::size_t> mention, ClaimSite site);
  std::vector<ClaimSite> sites;  // per claim
  // The previous count claim of the same sentence, when it is the last claim added.
  const Claim* previous_count(const SentenceView& sentence) const;
  // Whether the document names `name` as a place somewhere ("in Shangla"; a set built on
  // first use).
  bool names_place(std::string_view name) const;
  // Whether it names a place that opens with `name` and a word ("in the Kathmandu Valley" for
  // "Kathmandu").
  bool names_place_opening_with(std::string_view name) const;
  mutable std::optional<std::set<std::string, std::less<>>> named_places;
  // The first sentence of the paragraph of sentence `index` (an index built on first use).
  std::size_t paragraph_start(std::size_t index) const;
  mutable std::vector<std::size_t> paragraph_starts;
};

Date make_date(int y, unsigned m, unsigned d);

// Whether the date or time written at [begin, end) of `scan` is the moment its sentence's figures
// were true ("as of 3 p.m.", "As of Tuesday", "climbed to 202 on Tuesday"), not an event's own.
bool as_of_moment(const ExtractionTables& im, const SentenceView& scan, std::size_t begin, std::size_t end,
                  std::string_view text);

// The passes, in the order extract.cpp runs them.
void scan_sentences(Extraction& x);          // flatten, clauses, dates, durations, superlatives, stages
void infer_published_date(Extraction& x);    // front matter, else a date line or lead; datelines
void find_event_mentions(Extraction& x);     // event words and what marks them (other, plan, place)
void extract_date_claims(Extraction& x);     // dates: event dates, statements, datelines, references
void extract_count_claims(Extraction& x);    // counts: value, qualifier, place, property
void extract_measure_claims(Extraction& x);  // measures: ages of the youngest and oldest, magnitudes, depths
void resolve_count_scope(Extraction& x);     // per side, in total, one side (whose people), running
std::string nationality_in(const ExtractionTables& t, std::string_view text);  // "four Thai hostages": "Thai"
// A value of part dimension `dimension` among a count's words ("nine teen victims": "teen").
std::string dimension_in(const ExtractionTables& t, std::string_view text, std::string_view dimension);
// The capitalised name that starts at `begin` in s ("Kerr County", "Reform UK"), up to four words.
std::string name_at(const ExtractionTables& t, std::string_view s, std::size_t begin);
// Where the word that ends at `end` of `text` begins, when it is a unit of time that puts an
// event before what is told ("a month after", "48 hours after": count_earlier_event_units);
// std::string_view::npos otherwise.
std::size_t earlier_event_unit_at(const ExtractionTables& t, std::string_view text, std::size_t end);
// Whether `word` has a nationality's shape: capitalised, letters only, at least four of them,
// ending as a demonym does (count_demonym_endings: "Armenian", "Sudanese").
bool is_demonym(const ExtractionTables& t, std::string_view word);
// The demonym that says who acted in the event word at `begin` of `s`, right before it or over
// up to two lower-case words ("Iranian ballistic missile strikes": "Iranian"), else "".
std::string actor_before(const ExtractionTables& t, std::string_view s, std::size_t begin);
// Whether the count at `count_begin` of `sentence` is the whole a share right before it is
// taken from: the 12 of "Two of the 12 deaths".
bool whole_of_a_share(const ExtractionTables& im, std::string_view sentence, std::size_t count_begin);
void assign_count_parts(Extraction& x);  // the part of a whole a count covers; wholes that name their parts
// Whose seats, votes or vote share the figure at `site` gives ("Labour won 412 seats", "the
// Greens with 39 seats", "412 seats for Labour"): count_holder_*; "" when none is named there.
std::string holder_named(const ExtractionTables& t, const SentenceView& scan, const ClaimSite& site);
void date_counts(Extraction& x);        // a date right after a count dates that count
void past_year_figures(Extraction& x);  // figures of an earlier year, in sentences without an event word
// "Update: We have revised this article to reflect updated information. ... 18 people died": the
// counts after an update note with no figure of its own, in its paragraph, are that update's
// (as_of_time: an hour of the page the text does not give), as the events layer reads those
// after an update line that holds a figure.
void mark_update_notes(Extraction& x);
void extract_duration_claims(Extraction& x);
void extract_superlative_claims(Extraction& x);
void extract_role_claims(Extraction& x);
void extract_stage_claims(Extraction& x);
void extract_time_claims(Extraction& x);   // times of day with zone and qualifier
void extract_place_claims(Extraction& x);  // where the event happened, in a clause that says so
void extract_label_claims(Extraction& x);  // names the lexicon's introducers announce
void extract_age_claims(Extraction& x);    // "Romi Gonen, 24,": a named person's age

// The event mention a claim at [begin, end) of a sentence hangs on (see event_mentions.cpp);
// `why` says how it was chosen.
// `nearest_in_clause` (dates): the nearest event word of the clause by words, before or after.
// The phrase of `found` nearest to [begin, end) in its clause, before or after it (a word
// before wins a tie), or nullptr: the word that says what a time or place is of.
const grammars::PhraseMention* nearest_in_clause(const SentenceView& sentence,
                                                 const std::vector<grammars::PhraseMention>& found, std::size_t begin,
                                                 std::size_t end);

std::optional<std::size_t> attach_to_mention(const Extraction& x, const SentenceView& sentence, std::size_t begin,
                                             std::size_t end, bool prefer_agreement_links, std::string& why,
                                             bool nearest_in_clause = false);

}  // namespace crosscheck
