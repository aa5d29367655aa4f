// The one iterator type every claim grammar is instantiated for: grammars read a sentence of
// normalized text held in a std::string_view, so positions are offsets into that view.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "grammars/compact_tst.hpp"

namespace crosscheck::grammars {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;

// Every lexicon table: X3's symbol parser over a compact ternary search tree (compact_tst.hpp).
using SymbolLookup = CompactTst<char, std::string>;
using SymbolTable = x3::symbols_parser<boost::spirit::char_encoding::standard, std::string, SymbolLookup>;

}  // namespace crosscheck::grammars
