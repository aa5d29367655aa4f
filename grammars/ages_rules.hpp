// Declares the age rules, the symbol tables they read through the parse context, and the
// one context type they are instantiated for (see ages.cpp).
#pragma once

#include <functional>

#include "grammars/ages_ast.hpp"
#include "grammars/config.hpp"
#include "grammars/stages_parsers.hpp"

namespace crosscheck::grammars::ages {

// Filled from the lexicon sections age_* (lexicon/en/ages.yaml), and months and weekdays.
struct Symbols {
  SymbolTable stopwords, before_number, after_number, units;
};

struct symbols_tag;
using skipper_type = ascii_space_parser;
using context_type =
    x3::context<symbols_tag, const std::reference_wrapper<const Symbols>, x3::phrase_parse_context<skipper_type>::type>;

using after_name_type = x3::rule<struct after_name_class, ast::AgeAfterName>;
using before_name_type = x3::rule<struct before_name_class, ast::AgeBeforeName>;
BOOST_SPIRIT_DECLARE(after_name_type, before_name_type)

// "Romi Gonen, 24,", "Agam Berger (19)", "Eli Sharabi, aged 52.": a name of two to four
// capitalised words (none a stop word), then the age after a comma or in parentheses, ended
// by punctuation.
after_name_type const& after_name();
// "20-year-old soldier Agam Berger": the age, a word of age_after_number, up to two lower-case
// words, the name.
before_name_type const& before_name();

}  // namespace crosscheck::grammars::ages
