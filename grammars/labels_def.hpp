// The label grammar's X3 parts: an introducer and the capitalised name after it. No semantic
// actions: LabelGrammar lowers the AST into LabelMention.
#pragma once

#include "grammars/labels_ast_adapted.hpp"
#include "grammars/labels_rules.hpp"
#include "grammars/lexicon_symbols.hpp"

namespace crosscheck::grammars::labels {

template <SymbolTable Symbols::*Member>
using table = lexicon_symbol_parser<symbols_tag, Symbols, Member>;

label_type const label_rule = "label";

// At most this many capitalised words make one name.
constexpr int max_name_words = 4;

auto const name_word = !table<&Symbols::stopwords>{} >> capitalized_word;

auto const label_rule_def =
    table<&Symbols::introducers>{} >> x3::raw[name_word >> x3::repeat(0, max_name_words - 1)[name_word]];

BOOST_SPIRIT_DEFINE(label_rule)

}  // namespace crosscheck::grammars::labels
