// LabelGrammar: the capitalised name right after an introducer the lexicon declares, with
// the introducer's property; lower-case words and stop words end or refuse a name.
#include "grammars/labels.hpp"

#include <doctest/doctest.h>

#include <string>

namespace cg = crosscheck::grammars;

namespace {

const cg::LabelGrammar& label_grammar() {
  static const cg::LabelGrammar grammar(crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir()));
  return grammar;
}

}  // namespace

TEST_CASE("LabelGrammar") {
  SUBCASE("names after their introducers") {
    struct Case {
      const char* sentence;
      const char* property;
      const char* name;
    };
    const Case cases[] = {
        {"Divers reached the tanker Sea Harrow R, which had run aground.", "vessel", "Sea Harrow R"},
        {"The raid, called Operation Dawn Lantern by the army, began at night.", "operation", "Dawn Lantern"},
        {"Tropical Storm Ilse weakened over land.", "storm", "Ilse"},
        {"Investigators examined Flight KX204 on Monday.", "aircraft", "KX204"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.sentence);
      const auto mentions = label_grammar().parse(c.sentence);
      REQUIRE(mentions.size() == 1);
      CHECK(mentions[0].property == std::string(c.property));
      CHECK(mentions[0].name == std::string(c.name));
    }
  }
  SUBCASE("no names") {
    const char* sentences[] = {"The vessel was towed to port.", "the ship On Monday left.",
                               "The rescue operation ended.", "The National Hurricane Center said so."};
    for (const char* s : sentences) {
      CAPTURE(s);
      CHECK(label_grammar().parse(s).empty());
    }
  }
}
