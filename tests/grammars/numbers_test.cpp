#include "grammars/numbers.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

namespace cg = crosscheck::grammars;
using crosscheck::Qualifier;

namespace {

const crosscheck::Lexicon& english() {
  static const auto lexicon = crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir());
  return lexicon;
}

const cg::NumberGrammar& grammar() {
  static const cg::NumberGrammar g(english());
  return g;
}

}  // namespace

TEST_CASE("NumberGrammar") {
  SUBCASE("digits and words") {
    struct Row {
      const char* text;
      double value;
      std::size_t end;  // 0: the whole text
      bool words;
    };
    const Row rows[] = {
        {"390", 390, 0, false},
        {"1,000", 1000, 0, false},
        {"12,500 people", 12500, 6, false},
        {"1 000", 1000, 0, false},
        {"11'300 people", 11300, 6, false},  // an apostrophe groups thousands (Swiss, Italian)
        {"5'11", 5, 1, false},               // not before two digits: feet and inches
        {"1.5 million", 1.5e6, 0, false},
        {"2.3 thousand", 2300, 0, false},
        {"4bn", 4e9, 0, false},
        {"1,000.", 1000, 5, false},
        {"six thousand", 6000, 0, true},
        {"a thousand", 1000, 0, true},
        {"A hundred", 100, 0, true},
        {"one hundred", 100, 0, true},
        {"two hundred and seventy", 270, 0, true},
        {"two hundred and seventy were freed", 270, 23, true},
        {"twenty-five", 25, 0, true},
        {"twenty five", 25, 0, true},
        {"Nineteen", 19, 0, true},
        {"a dozen", 12, 0, true},
        {"three dozen", 36, 0, true},
        {"two million five hundred thousand", 2.5e6, 0, true},
        {"forty-two thousand three hundred", 42300, 0, true},
    };
    for (const auto& row : rows) {
      const std::string shown = row.text;
      CAPTURE(shown);
      const std::string_view text = row.text;
      const auto m = grammar().parse_at(text, 0);
      REQUIRE(m);
      CHECK(m->value == doctest::Approx(row.value));
      CHECK(m->end == (row.end ? row.end : text.size()));
      CHECK(m->words == row.words);
      CHECK_FALSE(m->vague);
      CHECK_FALSE(m->value_hi);
    }
  }
  SUBCASE("vague words are wide intervals") {
    struct Row {
      const char* text;
      double lo, hi;
    };
    const Row rows[] = {{"dozens", 24, 99},        {"Hundreds", 200, 999},
                        {"thousands", 2000, 9999}, {"tens of thousands", 20000, 99999},
                        {"scores", 24, 99},        {"hundreds of thousands", 200000, 999999}};
    for (const auto& row : rows) {
      const std::string shown = row.text;
      CAPTURE(shown);
      const auto m = grammar().parse_at(row.text, 0);
      REQUIRE(m);
      CHECK(m->vague);
      CHECK(m->value == row.lo);
      CHECK(m->value_hi == row.hi);
    }
  }
  SUBCASE("ranges") {
    struct Row {
      const char* text;
      double lo, hi;
    };
    const Row rows[] = {{"300 to 400", 300, 400},
                        {"300-400", 300, 400},
                        {"300\xE2\x80\x93"
                         "400",
                         300, 400},
                        {"between 300 and 400", 300, 400},
                        {"Between five and six thousand", 5, 6000}};
    for (const auto& row : rows) {
      const std::string shown = row.text;
      CAPTURE(shown);
      const auto m = grammar().parse_at(row.text, 0);
      REQUIRE(m);
      CHECK(m->value == row.lo);
      CHECK(m->value_hi == row.hi);
    }
  }
  SUBCASE("text that only looks like a number") {
    for (const char* text :
         {"1st", "21st", "3pm", "6.000", "1,5", "12,50", "1234,567", "hundred", "a", "a total", "one two",
          "five twenty", "between 400 and 300", "2022-23", "several", "dozen", "thousand"}) {
      const std::string shown = text;
      CAPTURE(shown);
      CHECK_FALSE(grammar().parse_at(text, 0));
    }
  }
  SUBCASE("only at the start of a word") {
    CHECK_FALSE(grammar().parse_at("G7", 1));
    CHECK_FALSE(grammar().parse_at("Su34", 2));
    CHECK(grammar().parse_at("Su-34", 3));  // callers reject identifiers by context
  }
  SUBCASE("continental grouping when told") {
    const cg::NumberGrammar continental(english(), cg::NumberOptions{'.', ',', true});
    const auto six = continental.parse_at("6.000", 0);
    REQUIRE(six);
    CHECK(six->value == 6000);
    const auto decimal = continental.parse_at("1,5 million", 0);
    REQUIRE(decimal);
    CHECK(decimal->value == doctest::Approx(1.5e6));
    // Copy that keeps English grouping: commas before groups of three read as thousands, since
    // a decimal with exactly three places is rare in news; other decimals stay decimals.
    const auto grouped = continental.parse_at("2,000", 0);
    REQUIRE(grouped);
    CHECK(grouped->value == 2000);
    CHECK(continental.parse_at("12,500,000", 0)->value == 12500000);
    CHECK_FALSE(continental.parse_at("0,750", 0));  // a fraction of one: still ambiguous
    CHECK(continental.parse_at("2,50", 0)->value == doctest::Approx(2.5));
    CHECK_FALSE(continental.parse_at("1,000.5", 0));
  }
  SUBCASE("number words of a language overlay") {
    static const auto lexicon = crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir());
    const cg::NumberGrammar es(*lexicon.for_language("es"), cg::NumberOptions{'.', ',', true});
    const cg::NumberGrammar it(*lexicon.for_language("it"), cg::NumberOptions{'.', ',', true});
    struct Row {
      const cg::NumberGrammar* grammar;
      const char* text;
      double value;
    };
    const Row rows[] = {
        {&es, "mil personas", 1000},
        {&es, "dos mil", 2000},
        {&es, "mil quinientos", 1500},
        {&es, "treinta y cinco", 35},
        {&es, "doscientos setenta", 270},
        {&es, "cien mil", 100000},
        {&es, "un millón", 1e6},
        {&es, "2.000", 2000},
        {&es, "veinticuatro", 24},
        {&it, "mille persone", 1000},
        {&it, "duemila", 2000},
        {&it, "trenta", 30},
        {&it, "cento", 100},
        {&it, "un milione", 1e6},
        {&it, "1.200", 1200},
    };
    for (const auto& row : rows) {
      CAPTURE(row.text);
      const auto n = row.grammar->parse_at(row.text, 0);
      REQUIRE(n);
      CHECK(n->value == doctest::Approx(row.value));
      CHECK_FALSE(grammar().parse_at(row.text, 0));  // not numbers in the base lexicon
    }
    CHECK(es.parse_at("treinta y", 0)->value == 30);  // "y" joins only before a unit
    // "2 mil 920": thousands as a word, then the rest in digits (Mexican copy); the rest only
    // after a scale word, below it, after a whole number, and three digits at most
    CHECK(es.parse_at("2 mil 920 muertos", 0)->value == 2920);
    CHECK(es.parse_at("3 mil 5 heridos", 0)->value == 3005);
    CHECK(es.parse_at("3 mil heridos", 0)->value == 3000);
    const auto whole_only = es.parse_at("3 mil 2024", 0);  // a year after it is not the rest
    REQUIRE(whole_only);
    CHECK(whole_only->value == 3000);
    const auto with_decimal = es.parse_at("1,5 millones 300", 0);
    CHECK_FALSE((with_decimal && with_decimal->value == 1500300));
    CHECK(grammar().parse_at("2 million 300 people", 0)->value == 2000300);
    // the rest with a smaller scale word ("7 millones 240 mil 031"), or grouped as the
    // language groups thousands ("3 millones 812.406")
    CHECK(es.parse_at("7 millones 240 mil 031 votos", 0)->value == 7240031);
    CHECK(es.parse_at("12 millones 315 mil 804 votos", 0)->value == 12315804);
    CHECK(es.parse_at("3 millones 812.406 votos", 0)->value == 3812406);
    CHECK(es.parse_at("2 millones 300 mil votos", 0)->value == 2300000);
    const auto too_big = es.parse_at("2 mil 1.500 votos", 0);  // a rest as large as its scale is none
    CHECK_FALSE((too_big && too_big->value == 3500));
  }
  SUBCASE("qualifiers") {
    struct Row {
      const char* text;
      Qualifier qualifier;
      std::size_t end;
    };
    const Row rows[] = {{"more than 1,000", Qualifier::more_than, 9},
                        {"at least three", Qualifier::at_least, 8},
                        {"Some 200", Qualifier::about, 4},
                        {"nearly 90", Qualifier::nearly, 6},
                        {"up to 400", Qualifier::up_to, 5},
                        {"fewer than 20", Qualifier::fewer_than, 10},
                        {"no more than 5", Qualifier::at_most, 12},
                        {"in excess of 10", Qualifier::more_than, 12}};
    for (const auto& row : rows) {
      const std::string shown = row.text;
      CAPTURE(shown);
      const auto q = grammar().qualifier_at(row.text, 0);
      REQUIRE(q);
      CHECK(q->first == row.qualifier);
      CHECK(q->second == row.end);
    }
    CHECK_FALSE(grammar().qualifier_at("overall", 0));
    CHECK_FALSE(grammar().qualifier_at("someone", 0));
  }
  SUBCASE("qualified numbers lower to intervals") {
    const double inf = std::numeric_limits<double>::infinity();
    struct Row {
      const char* text;
      double lo, hi;
    };
    const Row rows[] = {{"more than 1,000", 1001, inf},   {"over 300", 301, inf},  {"at least 3", 3, inf},
                        {"about 200", 180, 220},          {"nearly 100", 90, 100}, {"up to 50", 0, 50},
                        {"fewer than 20", 0, 19},         {"at most 10", 0, 10},   {"390", 390, 390},
                        {"roughly 300 to 400", 270, 440}, {"dozens", 24, 99}};
    for (const auto& row : rows) {
      const std::string shown = row.text;
      CAPTURE(shown);
      const auto q = grammar().parse_qualified_at(row.text, 0);
      REQUIRE(q);
      CHECK(q->end == std::string_view(row.text).size());
      CHECK(q->interval.lo == doctest::Approx(row.lo));
      if (std::isinf(row.hi)) CHECK(std::isinf(q->interval.hi));
      else CHECK(q->interval.hi == doctest::Approx(row.hi));
    }
  }
  SUBCASE("the gate") {
    CHECK(grammar().is_gate_word("390"));
    CHECK(grammar().is_gate_word("Three"));
    CHECK(grammar().is_gate_word("more"));
    CHECK(grammar().is_gate_word("dozens"));
    CHECK_FALSE(grammar().is_gate_word("prisoners"));
    CHECK_FALSE(grammar().is_gate_word("Kyiv"));
  }
}
