// Fusion adaptation of the role AST, kept apart from the AST as in the X3 examples.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammars/roles_ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::Role, modifier, affiliation, title, of_affiliation, person)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::RoleAppositive, modifier, affiliation, title, of_affiliation)
