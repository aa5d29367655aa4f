// Definitions of the counts rules. Nouns, sides, scope markers and frames come from the
// CountSymbols tables; numbers and qualifiers from the numbers rules. The literals are
// punctuation and the English list syntax ("and", "of", "for").
#pragma once

#include "grammars/counts_ast_adapted.hpp"
#include "grammars/counts_rules.hpp"
#include "grammars/numbers_def.hpp"

namespace crosscheck::grammars::count_rules {

template <x3::symbols<std::string> CountSymbols::*Member>
using count_table = lexicon_symbol_parser<count_symbols_tag, CountSymbols, Member>;

inline count_table<&CountSymbols::categories> const categories{};
inline count_table<&CountSymbols::sides> const sides{};
inline count_table<&CountSymbols::scopes> const scopes{};
inline count_table<&CountSymbols::scope_prefixes> const scope_prefixes{};
inline count_table<&CountSymbols::frames> const frames{};
inline count_table<&CountSymbols::subset_openers> const subset_openers{};
inline count_table<&CountSymbols::copulas> const copulas{};
inline count_table<&CountSymbols::stop_words> const stop_words{};
inline count_table<&CountSymbols::scope_blockers> const scope_blockers{};

using number_rules::number_phrase;
using number_rules::qualifiers;
using number_rules::word_end;
using number_rules::ws;

struct word_class : locate_on_success {};
struct head_class : locate_on_success {};
struct scope_class : locate_on_success {};
struct prefix_scope_class : locate_on_success {};
struct item_class : locate_on_success {};

x3::rule<class head_category_class, std::string> const head_category = "head_category";
x3::rule<class head_side_class, std::string> const head_side = "head_side";
x3::rule<head_class, ast::CountWord> const head_word = "head_word";
x3::rule<word_class, ast::CountWord> const modifier = "modifier";
x3::rule<class modifiers_class, std::vector<ast::CountWord>> const modifiers = "modifiers";
x3::rule<class noun_group_class, ast::NounGroup> const noun_group = "noun_group";
x3::rule<class nouns_class, std::vector<ast::NounGroup>> const nouns = "nouns";
x3::rule<scope_class, ast::ScopeMarker> const scope_marker = "scope_marker";
x3::rule<prefix_scope_class, ast::ScopeMarker> const prefix_scope = "prefix_scope";
x3::rule<class pair_tail_class, ast::PairTail> const pair_tail = "pair_tail";
x3::rule<class subset_tail_class, ast::SubsetTail> const subset_tail = "subset_tail";
x3::rule<item_class, ast::CountItem> const count_item = "count_item";
count_list_type const count_list = "count_list";

auto const lower = x3::char_('a', 'z');
auto const no_text = x3::attr(std::string());
auto const noun_like = categories | sides;

// A lower-case word that is neither a stop word nor a lexicon noun: "released", "fallen".
auto const plain_text = !stop_words >> !noun_like >>
                        x3::omit[lower >> *(lower | (x3::lit('-') >> lower) | (x3::lit('\'') >> lower))] >> word_end;

// The head is the last noun of a run: in "300 wounded soldiers" "wounded" only modifies.
auto const head_category_def = categories >> !(ws >> noun_like);
auto const head_side_def = sides >> !(ws >> noun_like);
auto const head_word_def = (head_category >> no_text) | (no_text >> head_side);
auto const modifier_def =
    (!head_category >> categories >> no_text) | (!head_side >> no_text >> sides) | (no_text >> no_text >> plain_text);
auto const modifiers_def = x3::repeat(0, 3)[modifier >> ws];
auto const noun_group_def = modifiers >> head_word;
// "killed 45 people and injured 120 more": a word after "and" that takes a number of its own
// is the next verb, not another noun of this count.
auto const nouns_def = noun_group % (ws >> x3::lit("and") >> ws >> !(noun_group >> ws >> number_phrase));

auto const scope_marker_def = scopes >> !(ws >> scope_blockers) >> x3::attr(true);
auto const prefix_scope_def = scope_prefixes >> x3::attr(true);
auto const pair_tail_def = x3::raw[x3::lit("-for-") | (ws >> x3::lit("for") >> ws)] >> number_phrase;
auto const subset_tail_def = ws >> subset_openers >> -(ws >> noun_group) >> ws >> x3::omit[copulas];

// One participle may stand between the noun and its marker: "780 people exchanged so far".
auto const count_item_def = -(frames >> ws) >> -(prefix_scope >> ws) >> -(qualifiers >> ws) >> number_phrase >>
                            -pair_tail >> -subset_tail >> -(ws >> -(x3::lit("of") >> ws) >> nouns) >>
                            -((ws >> scope_marker) | (ws >> x3::omit[plain_text >> ws] >> scope_marker));
auto const list_separator = (x3::lit(',') >> ws >> -(x3::lit("and") >> ws)) | (ws >> x3::lit("and") >> ws);
auto const count_list_def = (count_item % list_separator) >> x3::attr(true);

BOOST_SPIRIT_DEFINE(head_category, head_side, head_word, modifier, modifiers, noun_group, nouns, scope_marker,
                    prefix_scope, pair_tail, subset_tail, count_item, count_list)

}  // namespace crosscheck::grammars::count_rules
