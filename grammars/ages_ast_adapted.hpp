// Fusion adaptation of the age AST, kept apart from the AST as in the X3 examples.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammars/ages_ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::AgeAfterName, person, age)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::AgeBeforeName, age, person)
