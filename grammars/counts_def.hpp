// Definitions of the counts rules. Nouns, sides, scope markers, frames, verbs and the list
// words ("and", "of", "for" and their translations) come from the CountSymbols tables;
// numbers and qualifiers from the numbers rules. The only literals are punctuation.
#pragma once

#include "grammars/counts_ast_adapted.hpp"
#include "grammars/counts_rules.hpp"
#include "grammars/numbers_def.hpp"

namespace crosscheck::grammars::count_rules {

template <SymbolTable CountSymbols::*Member>
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
inline count_table<&CountSymbols::category_adjectives> const category_adjectives{};
inline count_table<&CountSymbols::trailing_sides> const trailing_sides{};
inline count_table<&CountSymbols::postpositive_figures> const postpositive_figures{};
inline count_table<&CountSymbols::conjunctions> const conjunctions{};
inline count_table<&CountSymbols::noun_links> const noun_links{};
inline count_table<&CountSymbols::pair_joins> const pair_joins{};
inline count_table<&CountSymbols::verbs> const verbs{};
inline count_table<&CountSymbols::auxiliaries> const auxiliaries{};
inline count_table<&CountSymbols::additives> const additives{};
inline count_table<&CountSymbols::bare_followers> const bare_followers{};
inline count_table<&CountSymbols::number_frames> const number_frames{};
inline count_table<&CountSymbols::tally_links> const tally_links{};
inline count_table<&CountSymbols::gap_openers> const gap_openers{};
inline count_table<&CountSymbols::gap_ends> const gap_ends{};
inline count_table<&CountSymbols::compound_nouns> const compound_nouns{};
inline count_table<&CountSymbols::event_words> const event_words{};
inline count_table<&CountSymbols::not_names> const not_names{};
inline count_table<&CountSymbols::defining_clauses> const defining_clauses{};
inline count_table<&CountSymbols::defining_links> const defining_links{};

using number_rules::number_phrase;
using number_rules::qualifiers;
using number_rules::word_end;
using number_rules::ws;

// One byte that continues a word (letters, digits, UTF-8): what a lookahead for "another
// word follows" needs.
struct word_char_parser : x3::parser<word_char_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    if (at_word_boundary(first, last)) return false;
    ++first;
    return true;
  }
};
auto const word_char = word_char_parser{};

struct word_class : locate_on_success {};
struct head_class : locate_on_success {};
struct scope_class : locate_on_success {};
struct prefix_scope_class : locate_on_success {};
struct item_class : locate_on_success {};
struct governor_class : locate_on_success {};
struct trailing_class : locate_on_success {};

x3::rule<class head_category_class, std::string> const head_category = "head_category";
x3::rule<class head_side_class, std::string> const head_side = "head_side";
x3::rule<class elided_head_class, std::string> const elided_head = "elided_head";
x3::rule<head_class, ast::CountWord> const head_word = "head_word";
x3::rule<word_class, ast::CountWord> const modifier = "modifier";
x3::rule<trailing_class, ast::CountWord> const trailing_word = "trailing_word";
x3::rule<class modifiers_class, std::vector<ast::CountWord>> const modifiers = "modifiers";
x3::rule<class noun_group_class, ast::NounGroup> const noun_group = "noun_group";
x3::rule<class nouns_class, std::vector<ast::NounGroup>> const nouns = "nouns";
x3::rule<scope_class, ast::ScopeMarker> const scope_marker = "scope_marker";
x3::rule<prefix_scope_class, ast::ScopeMarker> const prefix_scope = "prefix_scope";
x3::rule<governor_class, ast::Governor> const governor = "governor";
x3::rule<class pair_tail_class, ast::PairTail> const pair_tail = "pair_tail";
x3::rule<class compound_tail_class, ast::CompoundTail> const compound_tail = "compound_tail";
x3::rule<class subset_tail_class, ast::SubsetTail> const subset_tail = "subset_tail";
x3::rule<class definer_class, std::string> const definer = "definer";
x3::rule<item_class, ast::CountItem> const count_item = "count_item";
count_list_type const count_list = "count_list";

auto const lower = x3::char_('a', 'z');
auto const capital = x3::char_('A', 'Z');
auto const no_text = x3::attr(std::string());
auto const noun_like = categories | sides;

// A lower-case word that is neither a stop word nor a lexicon noun or category adjective:
// "released", "fallen".
auto const plain_text = !stop_words >> !noun_like >> !category_adjectives >>
                        x3::omit[lower >> *(lower | (x3::lit('-') >> lower) | (x3::lit('\'') >> lower))] >> word_end;
// A capitalized place or unit name before the noun: "82 Harbourtown defenders". Month and
// weekday names are dates ("12 May soldiers" is no count).
auto const proper_name = !noun_like >> !stop_words >> !not_names >>
                         x3::omit[capital >> *(lower | capital | (x3::lit('-') >> (lower | capital)))] >> word_end;

// The head is the last noun of a run: in "300 wounded soldiers" "wounded" only modifies. A
// side adjective that follows its noun ("militari russi") leaves the noun the head, and so does
// a figure word that follows it as a predicate ("33 children dead": the children, dead).
auto const head_category_def =
    categories >> !(ws >> !trailing_sides >> !(postpositive_figures >> word_end) >> noun_like);
auto const head_side_def = sides >> !(ws >> noun_like);
// "270 military and 120 civilians": a category adjective stands for its noun when no other
// word follows it ("300 military vehicles" counts vehicles).
auto const elided_head_def = category_adjectives >> !(ws >> !stop_words >> word_char);
auto const head_word_def = (head_category >> no_text) | (no_text >> head_side) | (elided_head >> no_text);
auto const modifier_def = (!elided_head >> !head_category >> category_adjectives >> no_text) |
                          (!head_category >> categories >> no_text) | (!head_side >> no_text >> sides) |
                          (no_text >> no_text >> plain_text) | (no_text >> no_text >> proper_name);
auto const trailing_word_def = no_text >> trailing_sides;
auto const modifiers_def = x3::repeat(0, 3)[modifier >> ws];
auto const noun_group_def = modifiers >> head_word >> -(ws >> trailing_word);
// "killed 45 people and injured 120 more", "affected 33 million people and killed at least
// 1,314": a word after "and" that takes a number of its own (qualified or not) is the next
// verb, not another noun of this count.
auto const nouns_def =
    noun_group % (ws >> conjunctions >> ws >> !(noun_group >> ws >> -(qualifiers >> ws) >> number_phrase));

auto const scope_marker_def = scopes >> !(ws >> scope_blockers) >> x3::attr(true);
auto const prefix_scope_def = scope_prefixes >> x3::attr(true);
// "released 180", "the number of those exchanged amounts to 1,900": a property verb right
// before the number governs it.
auto const governor_def = (x3::omit[number_frames] >> ws >> verbs >> ws >> x3::omit[tally_links] >> x3::attr(true)) |
                          (verbs >> x3::attr(false));
auto const pair_tail_def =
    x3::raw[(x3::lit('-') >> pair_joins >> x3::lit('-')) | (ws >> pair_joins >> ws)] >> number_phrase;
// "a 24-person prisoner exchange": the noun after the hyphen, up to two words, the event word.
auto const compound_tail_def =
    x3::lit('-') >> compound_nouns >> ws >> x3::omit[x3::repeat(0, 2)[!event_words >> plain_text >> ws]] >> event_words;
auto const subset_tail_def = ws >> subset_openers >> -(ws >> noun_group) >> ws >> x3::omit[copulas];

// What may follow a number that has no noun: punctuation, the end, or a function word; never
// a unit, a noun or a hyphenated word ("180 in what", "20.", but not "25 years", "25-year").
auto const bare_tail = !(x3::lit('-') >> word_char) >> !(ws >> !bare_followers >> !auxiliaries >> !verbs >> word_char);
// "31 were released", "24 died", "12 were also freed".
auto const predicate_tail = ws >> -(auxiliaries >> ws) >> -(!verbs >> plain_text >> ws) >> verbs;

// "121 who had been serving life sentences", "60 were serving life terms", "62 inmates serving
// life sentences": the clause that defines the people counted, with the words that link it.
auto const definer_def =
    ws >> x3::omit[-(defining_links >> ws)] >> x3::omit[-(auxiliaries >> ws)] >> defining_clauses >> word_end;

// "put the number of flood deaths outside the county at 22": a frame with what it counts
// inside it, one to six words the claims layer reads (the end's category, tally). The words
// are one clause's: no punctuation but hyphens stands between them.
auto const gap_word = x3::omit[!(gap_ends >> word_end) >> +(word_char | x3::lit('-'))];
auto const gapped_frame = x3::omit[gap_openers >> ws >> x3::repeat(1, 6)[gap_word >> ws]] >> gap_ends;

// One participle may stand between the noun and its marker: "780 people exchanged so far".
auto const count_item_def = -((frames | gapped_frame) >> ws) >> -(governor >> ws) >> -(prefix_scope >> ws) >>
                            -(additives >> ws) >> -(qualifiers >> ws) >> number_phrase >> -pair_tail >> -compound_tail
                            >> -subset_tail >> -(ws >> -(x3::omit[noun_links] >> ws) >> nouns) >>
                            -((ws >> scope_marker) | (ws >> x3::omit[plain_text >> ws] >> scope_marker)) >> -definer
                            >> x3::matches[&bare_tail] >> x3::matches[&predicate_tail];
auto const list_separator = (x3::lit(',') >> ws >> -(conjunctions >> ws)) | (ws >> conjunctions >> ws);
auto const count_list_def = (count_item % list_separator) >> x3::attr(true);

BOOST_SPIRIT_DEFINE(head_category, head_side, elided_head, head_word, modifier, trailing_word, modifiers, noun_group,
                    nouns, scope_marker, prefix_scope, governor, pair_tail, compound_tail, subset_tail, definer,
                    count_item, count_list)

}  // namespace crosscheck::grammars::count_rules
