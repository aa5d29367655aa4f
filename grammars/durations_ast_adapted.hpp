// Fusion adaptation of the duration AST, kept apart from the AST as in the X3 examples.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammars/durations_ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::DurationUnit, half, hyphenated, unit)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::OrdinalYear, ordinal, unit)
