// Fusion adaptation of the time-of-day AST, kept apart from the AST as in the X3 examples.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammars/times_ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::ClockReading, hour, separator, minute)
