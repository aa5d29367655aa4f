// The counts grammar's rules, the symbol tables they read (lexicon/en/counts.yaml) and the
// context they are instantiated for: the count tables on top of the numbers tables.
#pragma once

#include <functional>
#include <string>
#include <unordered_set>

#include "grammars/counts_ast.hpp"
#include "grammars/numbers_rules.hpp"

namespace crosscheck::grammars {

struct CountSymbols {
  explicit CountSymbols(const Lexicon& lexicon);

  x3::symbols<std::string> categories;      // count_categories
  x3::symbols<std::string> sides;           // sides
  x3::symbols<std::string> scopes;          // count_scopes
  x3::symbols<std::string> scope_prefixes;  // count_scope_prefixes
  x3::symbols<std::string> frames;          // count_category_frames
  x3::symbols<std::string> subset_openers;  // count_subset_openers
  x3::symbols<std::string> copulas;         // count_subset_copulas
  x3::symbols<std::string> stop_words;      // count_stop_words and every number word
  x3::symbols<std::string> scope_blockers;  // count_scope_blockers: "each day" is no scope

  // Lower-case word sets checked around a number (not grammar: context filters).
  using WordSet = std::unordered_set<std::string, NumberSymbols::WordHash, std::equal_to<>>;
  WordSet labels;             // count_number_labels and date_months
  WordSet year_prepositions;  // count_year_prepositions
  WordSet particle_verbs;     // number_qualifier_particles, as "verb qualifier" ("handed over")
  WordSet gate_words;         // first words of frames and scope prefixes
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
