// Declares the duration rules, the symbol tables they read through the parse context, and the
// one context type they are instantiated for (see durations.cpp).
#pragma once

#include <functional>

#include "grammars/config.hpp"
#include "grammars/durations_ast.hpp"
#include "grammars/stages_parsers.hpp"

namespace crosscheck::grammars::durations {

// Filled from the lexicon sections duration_*, stage_ordinals and stage_ordinal_suffixes.
struct Symbols {
  SymbolTable units, blockers_after, possessives, ordinals, ordinal_suffixes, subjects, subject_links, determiners,
      age_links, event_subjects;
};

struct symbols_tag;
using skipper_type = ascii_space_parser;
using context_type =
    x3::context<symbols_tag, const std::reference_wrapper<const Symbols>, x3::phrase_parse_context<skipper_type>::type>;

using duration_unit_type = x3::rule<struct duration_unit_class, ast::DurationUnit>;
using ordinal_year_type = x3::rule<struct ordinal_year_class, ast::OrdinalYear>;
using subject_after_type = x3::rule<struct subject_after_class, std::string>;
using subject_type = x3::rule<struct subject_class, std::string>;
BOOST_SPIRIT_DECLARE(duration_unit_type, ordinal_year_type, subject_after_type, subject_type)

// After a number: "[and a half] [-]unit", not followed by a blocker ("ago", "-old") unless the
// blocker says how old an event is ("a three-year-old war").
duration_unit_type const& duration_unit();
// "its fourth year", "their 3rd year".
ordinal_year_type const& ordinal_year();
// Right after the unit: "[into|of|in] [the] [Capitalized] subject" ("war" in "a three-year
// war", "in Russian prisons").
subject_after_type const& subject_after();
// One subject phrase (canonical), for the look-back over the clause.
subject_type const& subject();

}  // namespace crosscheck::grammars::durations
