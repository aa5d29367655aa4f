// Small X3 parsers the stage, superlative, duration and role grammars share. They read bytes
// >= 0x80 (UTF-8) safely: X3's ascii/standard character classes assert on them in debug
// builds, and news text is full of typographic quotes and dashes. Lives under the stages_
// prefix because of file ownership.
#pragma once

#include <cctype>

#include "grammars/config.hpp"
#include "grammars/lexicon_symbols.hpp"
#include "grammars/stages_word_gate.hpp"

namespace crosscheck::grammars {

inline bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// The skipper: one ASCII white-space character.
struct ascii_space_parser : x3::parser<ascii_space_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    if (first == last || !is_ascii_space(*first)) return false;
    ++first;
    return true;
  }
};
inline constexpr ascii_space_parser ascii_space{};

// Succeeds, consuming nothing, where a word cannot continue ("and" in "and final", not in
// "android").
struct word_end_parser : x3::parser<word_end_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    return at_word_boundary(first, last);
  }
};
inline constexpr word_end_parser word_end{};

// One or more ASCII digits, no skipping (use inside x3::raw or x3::lexeme).
struct ascii_digits_parser : x3::parser<ascii_digits_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    Iterator it = first;
    while (it != last && std::isdigit(static_cast<unsigned char>(*it))) ++it;
    if (it == first) return false;
    first = it;
    return true;
  }
};
inline constexpr ascii_digits_parser ascii_digits{};

// One capitalized word of a name or place: an ASCII capital, then letters, digits, non-ASCII
// letters, inner hyphens ("Jean-Claude") and O'Brien-style apostrophes. It stops before a
// possessive "'s" and before typographic punctuation (U+2000..U+203F: quotes, dashes); a
// single capital with a period is an initial ("Donald J. Trump"). Skips white space first.
struct capitalized_word_parser : x3::parser<capitalized_word_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    x3::skip_over(first, last, context);
    Iterator it = first;
    if (it == last || !std::isupper(static_cast<unsigned char>(*it))) return false;
    ++it;
    auto is_letter = [](char ch) {
      const auto c = static_cast<unsigned char>(ch);
      return std::isalpha(c) || c >= 0x80;
    };
    while (it != last) {
      const auto c = static_cast<unsigned char>(*it);
      if (c == 0xE2 && last - it >= 2 && static_cast<unsigned char>(it[1]) == 0x80) break;
      if (std::isalnum(c) || c >= 0x80) {
        ++it;
      } else if (c == '-' && last - it >= 2 && is_letter(it[1])) {
        ++it;
      } else if (c == '\'' && last - it >= 2 && std::isupper(static_cast<unsigned char>(it[1]))) {
        ++it;
      } else if (c == '.' && it - first == 1) {
        ++it;
        break;
      } else {
        break;
      }
    }
    first = it;
    return true;
  }
};
inline constexpr capitalized_word_parser capitalized_word{};

// One lowercase word (ASCII letters, inner hyphens): an adjective before a noun ("brutal",
// "full-scale"). Skips white space first.
struct lowercase_word_parser : x3::parser<lowercase_word_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    x3::skip_over(first, last, context);
    Iterator it = first;
    auto lower = [](char ch) { return ch >= 'a' && ch <= 'z'; };
    if (it == last || !lower(*it)) return false;
    while (it != last && (lower(*it) || (*it == '-' && last - it >= 2 && lower(it[1])))) ++it;
    if (it != last && (std::isalnum(static_cast<unsigned char>(*it)) || static_cast<unsigned char>(*it) >= 0x80))
      return false;
    first = it;
    return true;
  }
};
inline constexpr lowercase_word_parser lowercase_word{};

// Runs one rule of a family at `pos` with the family's symbol tables in the context (under
// `Tag`) and the one-space skipper; `end` is where the match ends, without trailing space.
// `Context` is the family's declared context type: the rules are instantiated for it only.
template <class Tag, class Context, class Symbols, class Rule, class Attribute>
bool parse_rule_at(const Rule& rule, const Symbols& symbols, std::string_view text, std::size_t pos,
                   Attribute& attribute, std::size_t& end) {
  const auto symbols_ref = std::cref(symbols);
  const auto skipper_context = x3::make_context<x3::skipper_tag>(ascii_space);
  const auto context = x3::make_context<Tag>(symbols_ref, skipper_context);
  static_assert(std::is_same_v<std::decay_t<decltype(context)>, Context>);
  const char* first = text.data() + pos;
  if (!rule.parse(first, text.data() + text.size(), context, x3::unused, attribute)) return false;
  end = trim_trailing_space(text, pos, static_cast<std::size_t>(first - text.data()));
  return true;
}

}  // namespace crosscheck::grammars
