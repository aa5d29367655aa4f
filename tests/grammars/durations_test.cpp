#include "grammars/durations.hpp"

#include <doctest/doctest.h>

namespace cg = crosscheck::grammars;
using crosscheck::Qualifier;

namespace {

const cg::DurationGrammar& duration_grammar() {
  static const cg::DurationGrammar grammar(crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir()));
  return grammar;
}

struct DurationCase {
  const char* sentence;
  const char* text;
  double amount;
  const char* unit;
  Qualifier qualifier;
  const char* subject;
};

}  // namespace

TEST_CASE("DurationGrammar") {
  const auto& grammar = duration_grammar();

  SUBCASE("amounts of time with their qualifier and subject") {
    const DurationCase cases[] = {
        {"Contacts continue despite a war that has been ongoing for over two years.", "over two years", 2, "year",
         Qualifier::more_than, "war"},
        {"Among them were fighters who have endured captivity for more than three years.", "more than three years", 3,
         "year", Qualifier::more_than, "captivity"},
        {"Some of the men were held for nearly 18 months.", "nearly 18 months", 18, "month", Qualifier::nearly,
         "captivity"},
        {"The conflict, now two and a half years old in spirit, goes on", "", 0, "", Qualifier::exact,
         ""},  // "old": not a duration
        {"The talks dragged on for two and a half years.", "two and a half years", 2.5, "year", Qualifier::exact,
         "talks"},
        {"Russia's three-year war shows no sign of ending.", "three-year", 3, "year", Qualifier::exact, "war"},
        {"Ukraine has spent more than 1,000 days at war.", "more than 1,000 days", 1000, "day", Qualifier::more_than,
         "war"},
        {"Soldiers captured in Mariupol spent about 30 months in captivity.", "about 30 months", 30, "month",
         Qualifier::about, "captivity"},
        {"Three years into the war, both sides still swap prisoners.", "Three years", 3, "year", Qualifier::exact,
         "war"},
        {"The pair held a two-hour meeting in Istanbul.", "two-hour", 2, "hour", Qualifier::exact, "meeting"},
        {"The occupation has lasted almost a decade.", "almost a decade", 10, "year", Qualifier::nearly, "occupation"},
        {"He was jailed for a year in Donetsk.", "a year", 1, "year", Qualifier::exact, "captivity"},
        {"The sailors were detained for 18 weeks.", "18 weeks", 18, "week", Qualifier::exact, "captivity"},
        // Another domain: a rescue after an earthquake.
        {"Rescuers kept up the search for at least five days after the quake.", "at least five days", 5, "day",
         Qualifier::at_least, "search"},
        {"The siege of the city lasted 86 days.", "86 days", 86, "day", Qualifier::exact, "siege"},
        {"She served 7 years.", "7 years", 7, "year", Qualifier::exact, ""},
        {"Some had spent 30 months in Russian prisons.", "30 months", 30, "month", Qualifier::exact, "captivity"},
        {"He faces a 10-year prison sentence.", "10-year", 10, "year", Qualifier::exact, "sentence"},
        {"After two years of war, the city is empty.", "two years", 2, "year", Qualifier::exact, "war"},
        // The time since the last one, not anyone's length: a gap opener, "in", a qualifier.
        {"Forty sailors came home in the first swap in almost five months.", "", 0, "", Qualifier::exact, ""},
        {"It was the deadliest raid on the port in more than a decade.", "", 0, "", Qualifier::exact, ""},
        // The war of "prisoners of war" is their captivity's, not a war's length.
        {"Some prisoners of war came back after nearly 18 months.", "nearly 18 months", 18, "month", Qualifier::nearly,
         "captivity"},
    };
    for (const auto& c : cases) {
      const std::string sentence = c.sentence;
      CAPTURE(sentence);
      const auto mentions = grammar.parse(c.sentence);
      if (std::string_view(c.text).empty()) {
        CHECK(mentions.empty());
        continue;
      }
      REQUIRE(mentions.size() == 1);
      const auto& m = mentions[0];
      CHECK(m.text == std::string(c.text));
      CHECK(m.amount == doctest::Approx(c.amount));
      CHECK(m.unit == std::string(c.unit));
      CHECK(m.qualifier == c.qualifier);
      CHECK(m.subject == std::string(c.subject));
      CHECK(sentence.substr(m.begin, m.end - m.begin) == m.text);
    }
  }

  SUBCASE("ranges keep their upper end") {
    const auto mentions = grammar.parse("The men were held for between two and three years.");
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].amount == 2);
    CHECK(mentions[0].amount_hi == 3);
    CHECK(mentions[0].subject == "captivity");
  }

  SUBCASE("since-forms and ordinal years") {
    auto mentions = grammar.parse("Many had been held since 2022, relatives said.");
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].since_year == 2022);
    CHECK(mentions[0].subject == "captivity");
    CHECK(mentions[0].text == "since 2022");

    mentions = grammar.parse("The fighting has raged since Russia invaded in February 2022.");
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].since_year == 2022);
    CHECK(mentions[0].since_month == 2u);
    CHECK(mentions[0].since_event == "war_start");
    CHECK(mentions[0].subject == "war");

    mentions = grammar.parse("As the war enters its fourth year, talks resume.");
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].ordinal_year == 4);
    CHECK(mentions[0].unit == "year");
    CHECK(mentions[0].subject == "war");
    CHECK(mentions[0].text == "its fourth year");

    mentions = grammar.parse("The conflict, now in its 4th year, has displaced millions.");
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].ordinal_year == 4);
    CHECK(mentions[0].subject == "conflict");

    mentions = grammar.parse("the war, which has lasted more than three years, continues");
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].subject == "war");
  }

  SUBCASE("numbers that are not durations") {
    const char* negatives[] = {
        "Young prisoners under the age of 25 were freed.",
        "A 25-year-old soldier was among them.",
        "The men, aged 25 to 40, crossed at dawn.",
        "Years of war have left the region in ruins.",
        "The convoy stopped 5 km from the border.",
        "Two days ago the talks collapsed.",
        "A week later, the second stage followed.",
        "Talks will resume in two weeks.",
        "Russia launched 300 drones a day last month.",
        "It was the largest exchange since 2022.",    // a superlative's reference point
        "Since 2022, Kyiv has published the names.",  // no subject: a date, not a duration
        "He is 40 years old.",
    };
    for (const char* negative : negatives) {
      const std::string sentence = negative;
      CAPTURE(sentence);
      CHECK(grammar.parse(negative).empty());
    }
  }
}
