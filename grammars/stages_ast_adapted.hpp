// Fusion adaptation of the stage AST, kept apart from the AST as in the X3 examples.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammars/stages_ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::StagePhrase, ordinal, final, relative, noun, of_what)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::ast::NumberedStage, noun, number, of_what)
