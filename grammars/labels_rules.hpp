// Declares the label rules, the symbol tables they read through the parse context, and the
// one context type they are instantiated for (see labels.cpp).
#pragma once

#include <functional>

#include "grammars/config.hpp"
#include "grammars/labels_ast.hpp"
#include "grammars/stages_parsers.hpp"

namespace crosscheck::grammars::labels {

// Filled from the lexicon sections label_* (lexicon/en/labels.yaml).
struct Symbols {
  SymbolTable introducers, stopwords;
};

struct symbols_tag;
using skipper_type = ascii_space_parser;
using context_type =
    x3::context<symbols_tag, const std::reference_wrapper<const Symbols>, x3::phrase_parse_context<skipper_type>::type>;

using label_type = x3::rule<struct label_class, ast::Label>;
BOOST_SPIRIT_DECLARE(label_type)

// "the tanker Sea Harrow", "Operation Dawn Lantern", "Hurricane Ilse": an introducer of
// label_introducers (its canonical value is the property), then one to four capitalised
// words, none a stop word.
label_type const& label();

}  // namespace crosscheck::grammars::labels
