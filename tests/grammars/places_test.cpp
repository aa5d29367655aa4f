// PlaceGrammar: a gazetteer name or a run of capitalised words after a preposition, with its
// canonical name, kind and the places it lies within; stop words, months and lower-case words
// are no places.
#include "grammars/places.hpp"

#include <doctest/doctest.h>

#include <string>

namespace cg = crosscheck::grammars;

namespace {

const cg::PlaceGrammar& place_grammar() {
  static const cg::PlaceGrammar grammar(crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir()));
  return grammar;
}

}  // namespace

TEST_CASE("PlaceGrammar") {
  SUBCASE("a gazetteer name with its kind, country and containers") {
    const auto mentions = place_grammar().parse("The epicentre was in Hokkaido, officials said.");
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].text == "in Hokkaido");
    CHECK(mentions[0].preposition == "in");
    CHECK(mentions[0].canonical == "Hokkaido");
    CHECK(mentions[0].kind == "region");
    CHECK(mentions[0].country == "Japan");
    REQUIRE(mentions[0].within.size() == 1);
    CHECK(mentions[0].within[0] == "Japan");
  }
  SUBCASE("a variant of a gazetteer name reads as its canonical name") {
    const auto mentions = place_grammar().parse("It came ashore off the coast of the Philippines.");
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].preposition == "off");
    CHECK(mentions[0].canonical == "Philippines");
    CHECK(mentions[0].kind == "country");
  }
  SUBCASE("a name not in the gazetteer, with a kind noun") {
    const auto mentions = place_grammar().parse("The storm made landfall near Port Avery in Norland province.");
    REQUIRE(mentions.size() == 2);
    CHECK(mentions[0].text == "near Port Avery");
    CHECK(mentions[0].preposition == "near");
    CHECK(mentions[0].name == "Port Avery");
    CHECK(mentions[0].canonical.empty());
    CHECK(mentions[1].name == "Norland");
    CHECK(mentions[1].kind == "region");
  }
  SUBCASE("a gazetteer name followed by another capitalised word is another place") {
    const auto mentions = place_grammar().parse("The ship sank in Java Sea waters.");
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].name == "Java Sea");
    CHECK(mentions[0].canonical.empty());
  }
  SUBCASE("no places") {
    const char* sentences[] = {"The quake struck in March.", "It hit in the early hours.",
                               "Rescuers arrived in The morning.", "The plan is near us."};
    for (const char* s : sentences) {
      CAPTURE(s);
      CHECK(place_grammar().parse(s).empty());
    }
  }
}
