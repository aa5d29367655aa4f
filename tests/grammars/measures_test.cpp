#include "grammars/measures.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>

namespace cg = crosscheck::grammars;
using crosscheck::Qualifier;

namespace {

const cg::MeasureGrammar& measure_grammar() {
  static const cg::MeasureGrammar grammar(crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir()));
  return grammar;
}

// One measure expected in a sentence; `text` is the mention as written.
struct MeasureCase {
  const char* sentence;
  const char* text;
  const char* property;
  double amount;
  const char* unit;
  Qualifier qualifier = Qualifier::exact;
};

void check_cases(const MeasureCase* first, const MeasureCase* last) {
  for (const auto* c = first; c != last; ++c) {
    const std::string sentence = c->sentence;
    CAPTURE(sentence);
    const auto mentions = measure_grammar().parse(sentence);
    REQUIRE(mentions.size() == 1);
    const auto& m = mentions[0];
    CHECK(m.text == std::string(c->text));
    CHECK(m.property == std::string(c->property));
    CHECK(m.amount == doctest::Approx(c->amount));
    CHECK(m.unit == std::string(c->unit));
    CHECK(m.qualifier == c->qualifier);
    CHECK(sentence.substr(m.begin, m.end - m.begin) == m.text);
    CHECK(m.begin <= m.number_begin);
    CHECK(m.number_begin < m.number_end);
    CHECK(m.number_end <= m.end);
  }
}

template <std::size_t N>
void check_cases(const MeasureCase (&cases)[N]) {
  check_cases(cases, cases + N);
}

void check_none(std::initializer_list<const char*> sentences) {
  for (const char* s : sentences) {
    const std::string sentence = s;
    CAPTURE(sentence);
    CHECK(measure_grammar().parse(sentence).empty());
  }
}

}  // namespace

TEST_CASE("MeasureGrammar") {
  SUBCASE("ages: the number after the age word and a verb") {
    const MeasureCase cases[] = {
        {"Officials said the youngest of the freed men was 23 years old.",
         "the youngest of the freed men was 23 years old", "age_youngest", 23, "year"},
        {"The oldest of them is 66 years of age.", "The oldest of them is 66 years of age", "age_oldest", 66, "year"},
        {"The youngest freed sailor was only 19, the ministry said.", "The youngest freed sailor was only 19",
         "age_youngest", 19, "year"},
        {"The oldest prisoner was just 71 when he came home.", "The oldest prisoner was just 71", "age_oldest", 71,
         "year"},
        {"The eldest, aged 83, walked unaided.", "The eldest, aged 83", "age_oldest", 83, "year"},
        {"The youngest person in the group was nineteen.", "The youngest person in the group was nineteen",
         "age_youngest", 19, "year"},
        {"The oldest hostage was about 80 years old.", "The oldest hostage was about 80 years old", "age_oldest", 80,
         "year", Qualifier::about},
    };
    check_cases(cases);
  }

  SUBCASE("ages: the verb elided or a comma instead") {
    const MeasureCase cases[] = {
        {"Among the 90 freed, the youngest 21, were several medics.", "the youngest 21", "age_youngest", 21, "year"},
        {"The youngest, 18, had been captured in the first week.", "The youngest, 18", "age_youngest", 18, "year"},
        {"The oldest, a 77-year-old farmer, was carried off the bus.", "The oldest, a 77-year-old", "age_oldest", 77,
         "year"},
    };
    check_cases(cases);
  }

  SUBCASE("ages: both extremes in one sentence") {
    const auto mentions = measure_grammar().parse("The oldest was 64, and the youngest just 20, officials said.");
    REQUIRE(mentions.size() == 2);
    CHECK(mentions[0].property == "age_oldest");
    CHECK(mentions[0].amount == 64);
    CHECK(mentions[0].text == "The oldest was 64");
    CHECK(mentions[1].property == "age_youngest");
    CHECK(mentions[1].amount == 20);
    CHECK(mentions[1].text == "the youngest just 20");

    const auto listed =
        measure_grammar().parse("Of the returnees the oldest is 70 years old, while the youngest is 26.");
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].amount == 70);
    CHECK(listed[1].property == "age_youngest");
    CHECK(listed[1].amount == 26);
    CHECK(listed[1].unit == "year");
  }

  SUBCASE("ages: the number before the age word, set off by commas") {
    const MeasureCase cases[] = {
        {"Mykola Hrytsenko, 72, was the oldest of the group.", "72, was the oldest", "age_oldest", 72, "year"},
        {"A medic, 20, is the youngest of those freed.", "20, is the youngest", "age_youngest", 20, "year"},
        {"Ivan Marchuk, 69, the oldest of the group, waved.", "69, the oldest", "age_oldest", 69, "year"},
    };
    check_cases(cases);
  }

  SUBCASE("measure word before the number") {
    const MeasureCase cases[] = {
        {"The quake struck at a depth of 14 km near the coast.", "depth of 14 km", "depth", 14, "km"},
        {"It was a shallow quake, at a depth of about ten kilometres.", "depth of about ten kilometres", "depth", 10,
         "km", Qualifier::about},
        {"A magnitude 5.7 tremor followed at dawn.", "magnitude 5.7", "magnitude", 5.7, ""},
        {"The survey put the magnitude at 6.2.", "magnitude at 6.2", "magnitude", 6.2, ""},
        {"Winds of up to 210 km/h tore roofs off.", "Winds of up to 210 km/h", "wind_speed", 210, "km/h",
         Qualifier::up_to},
        {"Maximum sustained winds of 120 mph were recorded.", "Maximum sustained winds of 120 mph", "wind_speed", 120,
         "mph"},
        {"Turnout was 57 percent, the commission said.", "Turnout was 57 percent", "turnout", 57, "%"},
        {"Voter turnout stood at 48.5% by the evening.", "Voter turnout stood at 48.5%", "turnout", 48.5, "%"},
    };
    check_cases(cases);
  }

  SUBCASE("measure word after the number and its unit") {
    const MeasureCase cases[] = {
        {"A 6.9-magnitude earthquake shook the island.", "6.9-magnitude", "magnitude", 6.9, ""},
        {"A 7.1 magnitude quake hit overnight.", "7.1 magnitude", "magnitude", 7.1, ""},
        {"The tremor measured 4.6 on the Richter scale.", "4.6 on the Richter scale", "magnitude", 4.6, ""},
        {"The quake was 33 kilometres (20 miles) deep.", "33 kilometres (20 miles) deep", "depth", 33, "km"},
        {"Officials reported a 64% turnout in the capital.", "64% turnout", "turnout", 64, "%"},
        {"The blaze was 35 percent contained on Sunday.", "35 percent contained", "containment", 35, "%"},
    };
    check_cases(cases);
  }

  SUBCASE("a unit that names the measure alone") {
    const MeasureCase cases[] = {
        {"The fire has burned more than 3,400 hectares of forest.", "more than 3,400 hectares", "area", 3400, "hectare",
         Qualifier::more_than},
        {"Flood water covered 120 square kilometres.", "120 square kilometres", "area", 120, "km2"},
    };
    check_cases(cases);
  }

  SUBCASE("a measure is continuous: 'more than' is above the number, not the next whole one") {
    const auto mentions = measure_grammar().parse("The fire has burned more than 3,400 hectares.");
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].lo > 3400);
    CHECK(mentions[0].lo < 3400.001);
    CHECK(std::isinf(mentions[0].hi));
  }

  // Decided: an individual's age ("a 31-year-old man", "aged 31", "One woman, 67, died") is
  // no measure: sources do not report it as a figure of the event, and comparing it needs
  // to know who the person is. "N-year-old" is read only as the age of a group's extreme
  // ("the youngest, a 19-year-old conscript").
  SUBCASE("ages of one person and other superlatives are no measures") {
    check_none({
        "The oldest swap between the two countries took place in 2019.",
        "A 31-year-old man was among those freed.",
        "Men aged 18 to 60 may not leave the country.",
        "He was 18 years old at the time of his capture.",
        "One woman, 67, was killed in the strike.",
        "Her youngest son was 33 when he was captured.",
        "The youngest of 12 children, he grew up near the front.",
        "The oldest 100 prisoners were freed first.",
        "The youngest was a 20 of them.",
        "The oldest footage, the ministry said, was from 2014.",
        "Conscripts under 24 years old were released first.",
    });
  }

  SUBCASE("numbers near measure words that are not measures") {
    check_none({
        "About 40 percent of the homes were damaged.",  // a share of what? no measure word
        "The magnitude of the disaster was clear by 10 a.m.",
        "A depth of 10 was never reached.",          // a depth needs a unit
        "Turnout was 5 percentage points higher.",   // not a percent
        "The 1999 magnitude scale was revised.",     // out of bounds for a magnitude
        "The convoy stopped 5 km from the border.",  // a distance with no measure word
        "Winds of change swept 20 villages.",
    });
  }
}
