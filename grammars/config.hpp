// The one iterator type every claim grammar is instantiated for: grammars read a sentence of
// normalized text held in a std::string_view, so positions are offsets into that view.
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace crosscheck::grammars {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;

}  // namespace crosscheck::grammars
