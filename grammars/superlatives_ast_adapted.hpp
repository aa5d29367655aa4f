// Fusion adaptation of the superlative AST, kept apart from the AST as in the X3 examples.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammars/superlatives_ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::SinceInDate, month, year)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::SinceClause, year_before_event, event, month, year, in_date)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::Superlative, adjective, scope_before, subject, since, scope_text,
                          lookback)
