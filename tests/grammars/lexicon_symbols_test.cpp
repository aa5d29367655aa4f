#include "grammars/lexicon_symbols.hpp"

#include <doctest/doctest.h>

namespace cg = crosscheck::grammars;
namespace x3 = boost::spirit::x3;

namespace {

struct test_tag;
struct Bundle {
  cg::SymbolTable words;
};
using word_parser = cg::lexicon_symbol_parser<test_tag, Bundle, &Bundle::words>;

bool parse_word(const Bundle& bundle, std::string_view text, std::string& out) {
  const char* first = text.data();
  const char* last = text.data() + text.size();
  return x3::parse(first, last, x3::with<test_tag>(std::cref(bundle))[word_parser{}], out) && first == last;
}

}  // namespace

TEST_CASE("lexicon symbols") {
  crosscheck::Lexicon lexicon;
  lexicon.add("scope", "each side", "per_side");
  lexicon.add("scope", "each", "per_side");
  Bundle bundle;
  cg::fill_symbols(bundle.words, lexicon, "scope");
  std::string value;

  SUBCASE("matches case variants of a phrase") {
    CHECK(parse_word(bundle, "Each side", value));
    CHECK(value == "per_side");
    CHECK(parse_word(bundle, "EACH", value));
  }
  SUBCASE("stops at word boundaries only") { CHECK_FALSE(parse_word(bundle, "eachother", value)); }
  SUBCASE("case variants are spelled out") {
    CHECK(cg::case_variants("military personnel") ==
          std::vector<std::string>{"military personnel", "Military personnel", "Military Personnel",
                                   "MILITARY PERSONNEL"});
  }
}

TEST_CASE("lexicon symbols: title case, but not for event triggers") {
  crosscheck::Lexicon lexicon;
  lexicon.add("count_qualifiers", "more than", "more_than");
  lexicon.add("event_triggers", "forest fire", "wildfire");
  Bundle qualifiers, triggers;
  cg::fill_symbols(qualifiers.words, lexicon, "count_qualifiers");
  cg::fill_symbols(triggers.words, lexicon, "event_triggers");
  std::string value;
  CHECK(parse_word(qualifiers, "More Than", value));  // a headline: "Iran Says More Than 600 Killed"
  CHECK(value == "more_than");
  CHECK(parse_word(triggers, "Forest fire", value));
  CHECK(parse_word(triggers, "FOREST FIRE", value));
  CHECK_FALSE(parse_word(triggers, "Forest Fire", value));  // "the Sichuan Forest Fire Brigade"
}

TEST_CASE("lexicon symbols: a phrase with a name in it opens a sentence as written") {
  CHECK(cg::case_variants("on Wednesday alone") ==
        std::vector<std::string>{"on Wednesday alone", "On Wednesday alone", "on wednesday alone", "On wednesday alone",
                                 "On Wednesday Alone", "on Wednesday Alone", "ON WEDNESDAY ALONE"});
}

TEST_CASE("lexicon symbols: a headline's style keeps short words in lower case") {
  crosscheck::Lexicon lexicon;
  lexicon.add("count_qualifiers", "at least", "at_least");
  Bundle qualifiers;
  cg::fill_symbols(qualifiers.words, lexicon, "count_qualifiers");
  std::string value;
  CHECK(parse_word(qualifiers, "at Least", value));  // "Crush at Aid Site Leaves at Least 20 Dead"
  CHECK(value == "at_least");
  CHECK(parse_word(qualifiers, "At Least", value));
  CHECK_FALSE(parse_word(qualifiers, "AT least", value));
}

TEST_CASE("lexicon symbols: tables of the same section's words share one tree") {
  crosscheck::Lexicon lexicon;
  lexicon.add("scope", "each side", "per_side");
  lexicon.add("extra", "both sides", "per_side");
  Bundle first, second;
  cg::fill_symbols(first.words, lexicon, "scope");
  cg::fill_symbols(second.words, lexicon, "scope");
  CHECK(first.words.lookup == second.words.lookup);
  std::string value;

  SUBCASE("a second section goes into the table's own copy, not into the shared tree") {
    cg::fill_symbols(second.words, lexicon, "extra");
    CHECK(first.words.lookup != second.words.lookup);
    CHECK(parse_word(second, "both sides", value));
    CHECK_FALSE(parse_word(first, "both sides", value));
    Bundle third;
    cg::fill_symbols(third.words, lexicon, "scope");
    CHECK(third.words.lookup == first.words.lookup);
    CHECK_FALSE(parse_word(third, "both sides", value));
  }
  SUBCASE("the same section with other words is another tree") {
    crosscheck::Lexicon other;
    other.add("scope", "each side", "per_side");
    other.add("scope", "on either side", "per_side");
    Bundle theirs;
    cg::fill_symbols(theirs.words, other, "scope");
    CHECK(theirs.words.lookup != first.words.lookup);
    CHECK(parse_word(theirs, "on either side", value));
    CHECK_FALSE(parse_word(first, "on either side", value));
  }
  SUBCASE("a tree no table holds any more is built again") {
    crosscheck::Lexicon once;
    once.add("scope", "per head", "per_side");
    {
      Bundle gone;
      cg::fill_symbols(gone.words, once, "scope");
    }
    Bundle again;
    cg::fill_symbols(again.words, once, "scope");
    CHECK(parse_word(again, "per head", value));
  }
}
