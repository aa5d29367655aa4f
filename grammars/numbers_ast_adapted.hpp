// Fusion adaptation of the numbers AST, kept apart from the structs as in the X3 examples.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammars/numbers_ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::DigitNumber, digits, scale)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::WordNumber, words, spelled)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::VagueNumber, range, vague)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::NumberPhrase, lo, hi)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::QualifiedPhrase, qualifier, number)
