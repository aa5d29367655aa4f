#include "grammars/ages.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace cg = crosscheck::grammars;

namespace {

const cg::AgeGrammar& grammar() {
  static const auto lexicon = crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir());
  static const cg::AgeGrammar g(lexicon);
  return g;
}

}  // namespace

TEST_CASE("AgeGrammar: a person's age next to the name") {
  struct Row {
    const char* sentence;
    const char* person;
    unsigned age;
    const char* text;
  };
  const Row rows[] = {
      {"Mara Voss, 31, was freed on Sunday.", "Mara Voss", 31, "Mara Voss, 31"},
      {"The last to leave was Ilya Brand (45).", "Ilya Brand", 45, "Ilya Brand (45)"},
      {"Among them was the 20-year-old nurse Mara Voss.", "Mara Voss", 20, "20-year-old nurse Mara Voss"},
      {"He named Jan van der Berg, aged 61.", "Jan van", 0, ""},  // "van" is no capitalised word
      {"Officials said Ana Lucia Ferreira, aged 61.", "Ana Lucia Ferreira", 61, "Ana Lucia Ferreira, aged 61"},
      {"an 80-year-old Gadi Lev", "Gadi Lev", 80, "80-year-old Gadi Lev"},
  };
  for (const auto& row : rows) {
    const std::string shown = row.sentence;
    CAPTURE(shown);
    const auto mentions = grammar().parse(row.sentence);
    if (row.age == 0) {
      CHECK(mentions.empty());
      continue;
    }
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].person == row.person);
    CHECK(mentions[0].age == row.age);
    CHECK(mentions[0].text == row.text);
    CHECK(
        std::string_view(row.sentence).substr(mentions[0].name_begin, mentions[0].name_end - mentions[0].name_begin) ==
        row.person);
  }
}

TEST_CASE("AgeGrammar: what is not an age") {
  for (const char* sentence : {
           "Voss, 31, was freed.",                                // one word may be a place or an opener
           "In Kerr County (68), Travis County (5) and others.",  // figures by place
           "On October 13, 2025, the sides met.",                 // a date
           "Reports from New York, 12 people were hurt.",         // a count after a place
           "Mara Voss, 2025, a memoir.",                          // no age above 119
           "Mara Voss, 31 km away.",                              // a measure
           "Mara Voss, 24,000 people marched.",                   // a longer number
       }) {
    CAPTURE(sentence);
    CHECK(grammar().parse(sentence).empty());
  }
}
