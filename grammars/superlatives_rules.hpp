// Declares the superlative rules, the symbol tables they read through the parse context, and
// the one context type they are instantiated for (see superlatives.cpp).
#pragma once

#include <functional>

#include "grammars/config.hpp"
#include "grammars/stages_parsers.hpp"
#include "grammars/superlatives_ast.hpp"

namespace crosscheck::grammars::superlatives {

// Filled from the lexicon sections superlative_* and date_months.
struct Symbols {
  SymbolTable adjectives, subjects, subject_modifiers, since_events, determiners, pre_scopes, scopes, lookbacks,
      place_links, place_verbs, place_nouns, months;
};

struct symbols_tag;
using skipper_type = ascii_space_parser;
using context_type =
    x3::context<symbols_tag, const std::reference_wrapper<const Symbols>, x3::phrase_parse_context<skipper_type>::type>;

using superlative_type = x3::rule<struct superlative_class, ast::Superlative>;
using since_clause_type = x3::rule<struct since_clause_class, ast::SinceClause>;
BOOST_SPIRIT_DECLARE(superlative_type, since_clause_type)

superlative_type const& superlative();
// "since 2022", "since the war began in February 2022": the duration grammar reads it too.
since_clause_type const& since_clause();

}  // namespace crosscheck::grammars::superlatives
