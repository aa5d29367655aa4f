// Definitions of the numbers rules. Words come from the NumberSymbols tables in the context,
// the joining words of number syntax too ("two hundred and seventy", "treinta y cinco",
// "between 300 and 400", "300 to 400"); the only literals are punctuation.
#pragma once

#include "grammars/numbers_ast_adapted.hpp"
#include "grammars/numbers_rules.hpp"

namespace crosscheck::grammars::number_rules {

template <SymbolTable NumberSymbols::*Member>
using number_table = lexicon_symbol_parser<number_symbols_tag, NumberSymbols, Member>;

inline number_table<&NumberSymbols::units> const units{};
inline number_table<&NumberSymbols::tens> const tens{};
inline number_table<&NumberSymbols::scales> const scales{};
inline number_table<&NumberSymbols::scale_suffixes> const scale_suffixes{};
inline number_table<&NumberSymbols::articles> const articles{};
inline number_table<&NumberSymbols::vague> const vague_words{};
inline number_table<&NumberSymbols::range_openers> const range_openers{};
inline number_table<&NumberSymbols::qualifiers> const qualifiers{};
inline number_table<&NumberSymbols::lead_scales> const lead_scales{};
inline number_table<&NumberSymbols::scale_joins> const scale_joins{};
inline number_table<&NumberSymbols::tens_joins> const tens_joins{};
inline number_table<&NumberSymbols::range_joins> const range_joins{};
inline number_table<&NumberSymbols::range_words> const range_words{};

// Normalized text separates words with plain spaces.
auto const ws = x3::omit[+x3::lit(' ')];
// x3::digit and x3::alnum assert on bytes above 0x7f (UTF-8), so the numbers rules test
// characters by range and words by lexicon_symbols' at_word_boundary.
auto const digit = x3::char_('0', '9');
struct word_end_parser : x3::parser<word_end_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    if (at_word_boundary(first, last)) return true;
    // U+2000..U+203F (E2 80 xx: dashes, curly quotes, thin spaces) end a number too: "300–400".
    return last - first >= 3 && static_cast<unsigned char>(first[0]) == 0xE2 &&
           static_cast<unsigned char>(first[1]) == 0x80;
  }
};
auto const word_end = word_end_parser{};
auto const en_dash = x3::lit("\xE2\x80\x93");

x3::rule<class digit_text_class, std::string> const digit_text = "digit_text";
x3::rule<class digit_number_class, ast::DigitNumber> const digit_number = "digit_number";
x3::rule<class word_list_class, std::vector<std::string>> const word_list = "word_list";
x3::rule<class word_number_class, ast::WordNumber> const word_number = "word_number";
x3::rule<class vague_number_class, ast::VagueNumber> const vague_number = "vague_number";
x3::rule<class simple_number_class, ast::SimpleNumber> const simple_number = "simple_number";
x3::rule<class between_range_class, ast::NumberPhrase> const between_range = "between_range";
x3::rule<class plain_range_class, ast::NumberPhrase> const plain_range = "plain_range";

number_phrase_type const number_phrase = "number_phrase";
qualified_number_type const qualified_number = "qualified_number";
qualifier_phrase_type const qualifier_phrase = "qualifier_phrase";

// Digits with any of the separators a language may use; lowering checks the grouping against
// NumberOptions. A space joins groups only before exactly three digits ("1 000"), and so does
// an apostrophe (Swiss and Italian "11'300"; the text has every apostrophe as ').
auto const digit_text_def =
    x3::raw[+digit >> *((x3::char_(",.") >> +digit) | (x3::char_(" '") >> x3::repeat(3)[digit] >> !digit))];
// "2 mil 920" (Mexican Spanish writes thousands as a word before the rest): a scale word with
// up to three digits after it, kept as the scale's canonical value, '+' and the digits
// ("1000+920"); lowering adds them. The look-ahead comes first so that a failed remainder
// appends nothing to the attribute.
// So do "7 millones 240 mil 031" (the rest with a smaller scale word, then up to three digits)
// and "3 millones 812.406" (the rest grouped as the language groups thousands): kept as
// "*1000000+240*1000+031" and "*1000000+812.406".
auto const rest_digits = x3::repeat(1, 3)[digit] >> *(x3::omit[x3::char_(",.")] >> x3::repeat(3)[digit]) >> !digit;
auto const short_rest = &(ws >> x3::repeat(1, 3)[digit] >> !digit >> !(x3::char_(",.") >> digit) >> word_end) >> ws >>
                        x3::attr('+') >> x3::raw[x3::repeat(1, 3)[digit]];
x3::rule<class smaller_scale_class, std::string> const smaller_scale = "smaller_scale";
auto const smaller_scale_def = ws >> scales >> -short_rest;
x3::rule<class grouped_rest_class, std::string> const grouped_rest = "grouped_rest";
auto const grouped_rest_def = x3::raw[rest_digits];
auto const scale_remainder = &(ws >> rest_digits >> !(x3::char_(",.") >> digit) >> word_end) >> ws >>
                             x3::attr('+') >> grouped_rest >> -smaller_scale;
x3::rule<class spoken_scale_class, std::string> const spoken_scale = "spoken_scale";
auto const spoken_scale_def = scales >> -scale_remainder;
// "1.5 million", "2bn"; a letter right after the digits ("1st", "3pm") is not a number.
auto const digit_number_def = digit_text >> -((ws >> spoken_scale) | scale_suffixes) >> word_end;

// "and" inside a spelled number only before the small part: "two hundred and seventy"; "y"
// between tens and units: "treinta y cinco".
auto const and_link = ws >> scale_joins >> &(ws >> (units | tens));
auto const tens_link = ws >> tens_joins >> &(ws >> units);
auto const word_token = units | (tens >> -x3::omit[tens_link]) | (scales >> -x3::omit[and_link]);
auto const word_tail = *((x3::lit('-') | ws) >> word_token);
// A lead scale stands alone for one of it ("mil personas", "mil quinientos"): it opens a
// number without an article, and its value is a plain number, not a scale.
auto const word_list_def = (lead_scales >> word_tail) | (-(articles >> ws) >> word_token >> word_tail);
auto const word_number_def = word_list >> x3::attr(true);
auto const vague_number_def = vague_words >> x3::attr(true);

auto const simple_number_def = vague_number | digit_number | word_number;

auto const between_range_def =
    x3::omit[range_openers] >> ws >> simple_number >> ws >> x3::omit[range_joins] >> ws >> simple_number;
auto const range_tail =
    (ws >> x3::omit[range_words] >> ws >> simple_number) | ((x3::lit('-') | en_dash) >> simple_number);
auto const plain_range_def = simple_number >> -range_tail;
auto const number_phrase_def = between_range | plain_range;

auto const qualifier_phrase_def = qualifiers;
auto const qualified_number_def = -(qualifiers >> ws) >> number_phrase;

BOOST_SPIRIT_DEFINE(digit_text, smaller_scale, grouped_rest, spoken_scale, digit_number, word_list, word_number,
                    vague_number, simple_number, between_range, plain_range, number_phrase, qualified_number,
                    qualifier_phrase)

}  // namespace crosscheck::grammars::number_rules
