// Declares the role rules, the symbol tables they read through the parse context, and the one
// context type they are instantiated for (see roles.cpp).
#pragma once

#include <functional>

#include "grammars/config.hpp"
#include "grammars/roles_ast.hpp"
#include "grammars/stages_parsers.hpp"

namespace crosscheck::grammars::roles {

// Filled from the lexicon sections role_*.
struct Symbols {
  SymbolTable titles, modifiers, hyphen_modifiers, affiliations, name_particles, name_stopwords;
};

struct symbols_tag;
using skipper_type = ascii_space_parser;
using context_type =
    x3::context<symbols_tag, const std::reference_wrapper<const Symbols>, x3::phrase_parse_context<skipper_type>::type>;

using role_type = x3::rule<struct role_class, ast::Role>;
using role_appositive_type = x3::rule<struct role_appositive_class, ast::RoleAppositive>;
using person_name_type = x3::rule<struct person_name_class, std::string>;
BOOST_SPIRIT_DECLARE(role_type, role_appositive_type, person_name_type)

role_type const& role();
// ", the Ukrainian president": parsed at the determiner after a name and its comma.
role_appositive_type const& role_appositive();
// One to four capitalized words (with particles): "Donald Trump", "Ursula von der Leyen".
person_name_type const& person_name();

}  // namespace crosscheck::grammars::roles
