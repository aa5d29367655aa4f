// Declares the stage rules, the symbol tables they read through the parse context, and the
// one context type they are instantiated for (see stages.cpp).
#pragma once

#include <functional>

#include "grammars/config.hpp"
#include "grammars/stages_ast.hpp"
#include "grammars/stages_parsers.hpp"

namespace crosscheck::grammars::stages {

// Filled from the lexicon sections of the same names (stage_ordinals, ...).
struct Symbols {
  SymbolTable ordinals, ordinal_suffixes, finals, relatives, nouns, numbered_nouns, cardinals, of_what, determiners;
};

struct symbols_tag;
using skipper_type = ascii_space_parser;
using context_type =
    x3::context<symbols_tag, const std::reference_wrapper<const Symbols>, x3::phrase_parse_context<skipper_type>::type>;

using stage_phrase_type = x3::rule<struct stage_phrase_class, ast::StagePhrase>;
using numbered_stage_type = x3::rule<struct numbered_stage_class, ast::NumberedStage>;
BOOST_SPIRIT_DECLARE(stage_phrase_type, numbered_stage_type)

// "the third and final round of talks".
stage_phrase_type const& stage_phrase();
// "phase two", "Stage 2 of the exchange".
numbered_stage_type const& numbered_stage();

}  // namespace crosscheck::grammars::stages
