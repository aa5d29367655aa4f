// Declares the measure rules, the symbol tables they read through the parse context, and the
// one context type they are instantiated for (see measures.cpp).
#pragma once

#include <functional>

#include "grammars/config.hpp"
#include "grammars/measures_ast.hpp"
#include "grammars/stages_parsers.hpp"

namespace crosscheck::grammars::measures {

// Filled from the lexicon sections measure_* (lexicon/en/measures.yaml).
struct Symbols {
  SymbolTable age_words, age_determiners, age_subjects, age_verbs, age_units, age_followers, softeners, articles,
      words_before, links, words_after, units;
};

struct symbols_tag;
using skipper_type = ascii_space_parser;
using context_type =
    x3::context<symbols_tag, const std::reference_wrapper<const Symbols>, x3::phrase_parse_context<skipper_type>::type>;

using age_lead_type = x3::rule<struct age_lead_class, ast::AgeLead>;
using age_unit_type = x3::rule<struct age_unit_class, ast::AgeUnit>;
using age_after_number_type = x3::rule<struct age_after_number_class, std::string>;
using age_end_type = x3::rule<struct age_end_class>;
using softener_type = x3::rule<struct softener_class, std::string>;
using article_type = x3::rule<struct article_class, std::string>;
using measure_lead_type = x3::rule<struct measure_lead_class, std::string>;
using measure_unit_type = x3::rule<struct measure_unit_class, ast::MeasureUnit>;
using measure_after_type = x3::rule<struct measure_after_class, std::string>;
BOOST_SPIRIT_DECLARE(age_lead_type, age_unit_type, age_after_number_type, age_end_type, softener_type, article_type,
                     measure_lead_type, measure_unit_type, measure_after_type)

// At the age word: "youngest [group words] [,] [verb]" ("youngest freed sailor was").
age_lead_type const& age_lead();
// After an age's number: "[-]years old", "-year-old".
age_unit_type const& age_unit();
// After a number set off by commas: ", [verb] the oldest" ("Name, 81, was the oldest").
age_after_number_type const& age_after_number();
// Consumes nothing; succeeds where an age without a unit may end: the end of its clause or a
// follower word ("the oldest was 66 and ...").
age_end_type const& age_end();
// "only", "just" before a number.
softener_type const& softener();
// "a", "an" before an age written as an adjective ("a 19-year-old").
article_type const& article();
// At a measure word: "depth [of]", "magnitude", "winds [of]", "turnout [was]".
measure_lead_type const& measure_lead();
// After a measure's number: "[-]unit" ("km", "-km", "percent", "%").
measure_unit_type const& measure_unit();
// After the number and unit: "[(conversion)] [-]measure word" ("-magnitude", "(6 miles) deep").
measure_after_type const& measure_after();

}  // namespace crosscheck::grammars::measures
