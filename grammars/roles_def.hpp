// The role grammar:
//   [modifier | hyphen-modifier "-"] [affiliation] title [of [the] affiliation] person-name
// and the appositive "the [modifier] [affiliation] title [of ...]" after "Name, ".
// No semantic actions: RoleGrammar lowers the AST into RoleMention.
#pragma once

#include "grammars/lexicon_symbols.hpp"
#include "grammars/roles_ast_adapted.hpp"
#include "grammars/roles_rules.hpp"

namespace crosscheck::grammars::roles {

template <SymbolTable Symbols::*Member>
using table = lexicon_symbol_parser<symbols_tag, Symbols, Member>;

role_type const role_rule = "role";
role_appositive_type const role_appositive_rule = "role_appositive";
person_name_type const person_name_rule = "person_name";

auto const of_word = x3::lexeme[x3::lit("of") >> word_end];
auto const the_word = x3::lexeme[(x3::lit("the") | x3::lit("The")) >> word_end];

// A title is never part of a name: "Minister Hakan Fidan" is not a name.
auto const name_word = !table<&Symbols::name_stopwords>{} >> !table<&Symbols::titles>{} >> capitalized_word;
auto const person_name_rule_def =
    x3::raw[name_word >> x3::repeat(0, 3)[*table<&Symbols::name_particles>{} >> name_word]];

auto const modifier = x3::rule<struct modifier_class, std::string>{"modifier"} =
    x3::lexeme[table<&Symbols::hyphen_modifiers>{} >> x3::lit('-')] | table<&Symbols::modifiers>{};
auto const of_affiliation = x3::rule<struct of_affiliation_class, std::string>{"of_affiliation"} =
    x3::omit[of_word] >> x3::omit[-the_word] >> table<&Symbols::affiliations>{};

auto const role_rule_def =
    -modifier >> -table<&Symbols::affiliations>{} >> table<&Symbols::titles>{} >> -of_affiliation >> person_name_rule;

auto const role_appositive_rule_def = x3::omit[the_word] >> -modifier >> -table<&Symbols::affiliations>{} >>
                                      table<&Symbols::titles>{} >> -of_affiliation >> !person_name_rule;

BOOST_SPIRIT_DEFINE(role_rule, role_appositive_rule, person_name_rule)

}  // namespace crosscheck::grammars::roles
