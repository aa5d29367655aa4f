// Fusion adaptation of the counts AST, kept apart from the structs as in the X3 examples.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammars/counts_ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::CountWord, category, side)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::NounGroup, modifiers, head, trailing)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::Governor, property, running)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::CompoundTail, category, event)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::SubsetTail, opener, whole)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::PairTail, joiner, number)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::ScopeMarker, scope, attached)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::CountItem, frame, governor, prefix_scope, additive, qualifier,
                          number, pair, compound, subset, nouns, scope, defined_by, bare_end, predicate)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::CountList, items, list)
