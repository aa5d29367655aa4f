// TimeGrammar: clock readings with a.m./p.m., zones and conversions become times of day in
// minutes since midnight; numbers that are not times (decimals, ratios, years) do not.
#include "grammars/times.hpp"

#include <doctest/doctest.h>

#include <string>

namespace cg = crosscheck::grammars;
using crosscheck::Qualifier;

namespace {

const cg::TimeGrammar& time_grammar() {
  static const cg::TimeGrammar grammar(crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir()));
  return grammar;
}

struct TimeCase {
  const char* sentence;
  const char* text;
  int minutes;
  const char* zone;
  int utc;  // -1: none
  Qualifier qualifier = Qualifier::exact;
};

}  // namespace

TEST_CASE("TimeGrammar") {
  SUBCASE("times with a zone, a qualifier or a conversion") {
    const TimeCase cases[] = {
        {"The tremor hit at 5:42 a.m. local time on Sunday.", "at 5:42 a.m. local time", 342, "local", -1},
        {"It struck at 06:40 (0340 GMT), the agency said.", "at 06:40 (0340 GMT)", 400, "", 220},
        {"The blast came shortly after 3 p.m. EDT near the dock.", "shortly after 3 p.m. EDT", 900, "EDT", 1140,
         Qualifier::more_than},
        {"Power failed at about 10:30 pm across the valley.", "at about 10:30 pm", 1350, "", -1, Qualifier::about},
        {"The ferry sank around 4pm.", "around 4pm", 960, "", -1, Qualifier::about},
        {"Shaking began at 12:05 a.m. and lasted a minute.", "at 12:05 a.m.", 5, "", -1},
        {"Sirens sounded at 2300 GMT.", "at 2300 GMT", 1380, "UTC", 1380},
        // a zone in brackets right after the time is its zone
        {"The quake struck at 6:35 AM (IST) at a depth of 10 km.", "at 6:35 AM (IST)", 395, "IST", 65},
        {"It struck at 9:05 a.m. Beijing Time, the agency said.", "at 9:05 a.m. Beijing Time", 545, "BJT", 65},
        // a place's time the lexicon does not convert is a zone of its own, never the local one
        {"The blaze broke out at approximately 9.45am Irish time in the district.",
         "at approximately 9.45am Irish time", 585, "Irish time", -1, Qualifier::about},
        {"Shelling began at 4 a.m. Kyiv time.", "at 4 a.m. Kyiv time", 240, "Kyiv time", -1},
    };
    for (const auto& c : cases) {
      const std::string sentence = c.sentence;
      CAPTURE(sentence);
      const auto mentions = time_grammar().parse(sentence);
      REQUIRE(mentions.size() == 1);
      CHECK(mentions[0].text == std::string(c.text));
      CHECK(mentions[0].minutes == c.minutes);
      CHECK(mentions[0].zone == std::string(c.zone));
      CHECK(mentions[0].utc_minutes.value_or(-1) == c.utc);
      CHECK(mentions[0].qualifier == c.qualifier);
    }
  }
  SUBCASE("numbers that are not times of day") {
    const char* sentences[] = {
        "The quake measured 5.6 on the scale.",
        "The team won 2:1 at home.",
        "Drawn at 1:50,000 scale, the map shows the valley.",
        "The rate rose to 10.30 percent.",
        "They met at 2025 prices.",
        "The plan was approved 13:45 on a show of hands.",
    };
    for (const char* s : sentences) {
      CAPTURE(s);
      CHECK(time_grammar().parse(s).empty());
    }
  }
}
