// Fusion adaptation of the measure AST, kept apart from the AST as in the X3 examples.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammars/measures_ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::AgeLead, property, group, verb)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::AgeUnit, hyphenated, unit)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::MeasureUnit, hyphenated, unit)
