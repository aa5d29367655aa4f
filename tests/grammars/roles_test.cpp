#include "grammars/roles.hpp"

#include <doctest/doctest.h>

namespace cg = crosscheck::grammars;

namespace {

const cg::RoleGrammar& role_grammar() {
  static const cg::RoleGrammar grammar(crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir()));
  return grammar;
}

struct RoleCase {
  const char* sentence;
  const char* text;
  const char* modifier;
  const char* affiliation;
  const char* title;
  const char* person;
};

}  // namespace

TEST_CASE("RoleGrammar") {
  const auto& grammar = role_grammar();

  SUBCASE("titles with modifiers, affiliations and names") {
    const RoleCase cases[] = {
        {"Former U.S. President Donald Trump praised the swap online.", "Former U.S. President Donald Trump", "former",
         "us", "president", "Donald Trump"},
        {"Russian Foreign Minister Sergei Lavrov said more talks were possible.",
         "Russian Foreign Minister Sergei Lavrov", "", "russia", "foreign_minister", "Sergei Lavrov"},
        {"The remarks by Kremlin spokesman Dmitry Peskov came later.", "Kremlin spokesman Dmitry Peskov", "", "kremlin",
         "spokesperson", "Dmitry Peskov"},
        {"President Zelensky's office confirmed the return.", "President Zelensky", "", "", "president", "Zelensky"},
        {"Ukrainian President Volodymyr Zelenskyy thanked the mediators.", "Ukrainian President Volodymyr Zelenskyy",
         "", "ukraine", "president", "Volodymyr Zelenskyy"},
        {"ex-President Joe Biden did not comment.", "ex-President Joe Biden", "former", "", "president", "Joe Biden"},
        {"the talks, chaired by Turkish Foreign Minister Hakan Fidan, lasted two hours",
         "Turkish Foreign Minister Hakan Fidan", "", "turkey", "foreign_minister", "Hakan Fidan"},
        {"European Commission President Ursula von der Leyen welcomed it.",
         "European Commission President Ursula von der Leyen", "", "eu", "president", "Ursula von der Leyen"},
        {"NATO Secretary-General Mark Rutte spoke in Brussels.", "NATO Secretary-General Mark Rutte", "", "nato",
         "secretary_general", "Mark Rutte"},
        {"U.S. Secretary of State Marco Rubio called it a step forward.", "U.S. Secretary of State Marco Rubio", "",
         "us", "secretary_of_state", "Marco Rubio"},
        {"then-President Joe Biden signed the aid bill in 2024.", "then-President Joe Biden", "then", "", "president",
         "Joe Biden"},
        {"A tribute to the late Pope Francis opened the service.", "late Pope Francis", "late", "", "pope", "Francis"},
        {"Russia's Defence Minister Andrei Belousov visited the front.", "Russia's Defence Minister Andrei Belousov",
         "", "russia", "defence_minister", "Andrei Belousov"},
        {"White House press secretary Karoline Leavitt took questions.", "White House press secretary Karoline Leavitt",
         "", "white_house", "spokesperson", "Karoline Leavitt"},
        {"The ministry quoted acting Defense Minister Jane Roe on Friday.", "acting Defense Minister Jane Roe",
         "acting", "", "defence_minister", "Jane Roe"},
        {"President of Ukraine Volodymyr Zelensky addressed the nation.", "President of Ukraine Volodymyr Zelensky", "",
         "ukraine", "president", "Volodymyr Zelensky"},
        {"Brazilian leader Luiz In\xC3\xA1"
         "cio Lula da Silva met Chancellor Friedrich Merz.",
         "Chancellor Friedrich Merz", "", "", "chancellor", "Friedrich Merz"},
        // Another domain: a prime minister after an earthquake.
        {"Japanese Prime Minister Shigeru Ishiba visited the quake zone.", "Japanese Prime Minister Shigeru Ishiba", "",
         "japan", "prime_minister", "Shigeru Ishiba"},
        {"outgoing Prime Minister Anna Kowalska toured flooded towns", "outgoing Prime Minister Anna Kowalska",
         "outgoing", "", "prime_minister", "Anna Kowalska"},
        {"Ukrainian President Volodymyr Zelensky Says Talks Will Continue", "Ukrainian President Volodymyr Zelensky",
         "", "ukraine", "president", "Volodymyr Zelensky"},
        {"The envoy met Volodymyr Zelensky, the Ukrainian president, in Kyiv.",
         "Volodymyr Zelensky, the Ukrainian president", "", "ukraine", "president", "Volodymyr Zelensky"},
    };
    for (const auto& c : cases) {
      const std::string sentence = c.sentence;
      CAPTURE(sentence);
      const auto mentions = grammar.parse(c.sentence);
      REQUIRE(mentions.size() == 1);
      const auto& m = mentions[0];
      CHECK(m.text == std::string(c.text));
      CHECK(m.modifier == std::string(c.modifier));
      CHECK(m.affiliation == std::string(c.affiliation));
      CHECK(m.title == std::string(c.title));
      CHECK(m.person == std::string(c.person));
      CHECK(sentence.substr(m.begin, m.end - m.begin) == m.text);
    }
  }

  SUBCASE("titles without a name, and look-alike words, are not roles") {
    const char* negatives[] = {
        "the president said the exchange was a success.",
        "Officials gathered outside the Presidential Palace.",
        "Many former soldiers attended the ceremony.",
        "The Russian side handed over 390 people.",
        "He told us President-elect plans had changed.",
        "The foreign minister, speaking in Ankara, declined to comment.",
        "Ukraine's president thanked the mediators.",
        "the ministry's spokesperson did not respond",
    };
    for (const char* negative : negatives) {
      const std::string sentence = negative;
      CAPTURE(sentence);
      CHECK(grammar.parse(negative).empty());
    }
  }

  SUBCASE("several roles in one sentence") {
    const auto mentions =
        grammar.parse("President Zelensky met Prime Minister Keir Starmer and Chancellor Friedrich Merz.");
    REQUIRE(mentions.size() == 3);
    CHECK(mentions[0].person == "Zelensky");
    CHECK(mentions[1].title == "prime_minister");
    CHECK(mentions[1].person == "Keir Starmer");
    CHECK(mentions[2].person == "Friedrich Merz");
  }
}
