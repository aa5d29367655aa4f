// The counts grammar's rules, the symbol tables they read (lexicon/en/counts.yaml, and the
// count_properties and event_triggers of events.yaml) and the context they are instantiated
// for: the count tables on top of the numbers tables.
#pragma once

#include <functional>
#include <string>
#include <unordered_set>

#include "grammars/counts_ast.hpp"
#include "grammars/numbers_rules.hpp"

namespace crosscheck::grammars {

struct CountSymbols {
  explicit CountSymbols(const Lexicon& lexicon);

  SymbolTable categories;            // count_categories
  SymbolTable sides;                 // sides
  SymbolTable scopes;                // count_scopes
  SymbolTable scope_prefixes;        // count_scope_prefixes
  SymbolTable frames;                // count_category_frames
  SymbolTable subset_openers;        // count_subset_openers
  SymbolTable copulas;               // count_subset_copulas
  SymbolTable stop_words;            // count_stop_words and every number word
  SymbolTable scope_blockers;        // count_scope_blockers: "each day" is no scope
  SymbolTable category_adjectives;   // count_category_adjectives, values prefixed '+'
  SymbolTable trailing_sides;        // count_trailing_sides: "militari russi"
  SymbolTable postpositive_figures;  // count_postpositive_figures: "33 children dead"
  SymbolTable conjunctions;          // count_conjunctions: "and" of lists
  SymbolTable noun_links;            // count_noun_links: "of" in "dozens of"
  SymbolTable pair_joins;            // count_pair_joins: "for" in "1,000 for 1,000"
  SymbolTable verbs;                 // count_properties: the verb that governs a number
  SymbolTable auxiliaries;           // count_auxiliaries: "were" in "31 were released"
  SymbolTable additives;             // count_additives: "another 31"
  SymbolTable bare_followers;        // count_bare_followers: what may follow a bare number
  SymbolTable number_frames;         // count_number_frames: "the number of those"
  SymbolTable tally_links;           // count_tally_links: "amounts to"
  SymbolTable gap_openers;           // count_gapped_frame_openers: "put the number of"
  SymbolTable gap_ends;              // count_gapped_frame_ends: "at" (category tally)
  SymbolTable compound_nouns;        // count_compound_nouns: "24-person"
  SymbolTable event_words;           // event_triggers
  SymbolTable not_names;             // date_months, date_weekdays: no place or unit name
  SymbolTable defining_clauses;      // count_defining_clauses: "serving life sentences"
  SymbolTable defining_links;        // count_defining_links: "who" before such a clause

  // Lower-case word sets checked around a number (not grammar: context filters).
  using WordSet = std::unordered_set<std::string, NumberSymbols::WordHash, std::equal_to<>>;
  WordSet labels;              // count_number_labels and date_months
  WordSet year_prepositions;   // count_year_prepositions
  WordSet particle_verbs;      // number_qualifier_particles, as "verb qualifier" ("handed over")
  WordSet gate_words;          // first words of frames, scope prefixes, verbs and additives
  WordSet clause_openers;      // count_clause_openers: "and 24 were wounded"
  WordSet place_words;         // part_dimensions place: "In Peru 400 died" opens the 400's clause
  WordSet two_sided;           // two_sided_events: a compound count of a swap covers both sides
  WordSet bare_followers_set;  // count_bare_followers, for the words after a noun
  WordSet subset_copulas_set;  // count_subset_copulas: "28 were adults"
  WordSet properties;          // the canonical names of count_properties: killed, injured, ...
  WordSet things;              // count_things: "300 animals killed" counts the animals
  // count_person_suffixes: property -> endings of plural nouns that name people after a verb of
  // that property ("handed over 70 collaborators").
  std::vector<std::pair<std::string, std::string>> person_suffixes;
};

struct count_symbols_tag;
using count_context_type =
    x3::context<count_symbols_tag, std::reference_wrapper<const CountSymbols>, number_context_type>;

namespace count_rules {

struct count_list_class : locate_on_success {};
using count_list_type = x3::rule<count_list_class, ast::CountList>;
BOOST_SPIRIT_DECLARE(count_list_type)

}  // namespace count_rules

count_rules::count_list_type const& count_list();

}  // namespace crosscheck::grammars
