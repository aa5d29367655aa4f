#include "grammars/stages.hpp"

#include <doctest/doctest.h>

namespace cg = crosscheck::grammars;

namespace {

const cg::StageGrammar& stage_grammar() {
  static const cg::StageGrammar grammar(crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir()));
  return grammar;
}

struct StageCase {
  const char* sentence;
  const char* text;  // the mention as written
  std::optional<int> ordinal;
  bool final;
  const char* relative;
  const char* of_what;
};

}  // namespace

TEST_CASE("StageGrammar") {
  const auto& grammar = stage_grammar();

  SUBCASE("ordinal, final and relative stages in many outlets' phrasings") {
    const StageCase cases[] = {
        {"Officials said the second stage of the swap went ahead on Tuesday.", "second stage of the swap", 2, false, "",
         "exchange"},
        {"The First Phase Ended Overnight", "First Phase", 1, false, "", ""},
        {"Kyiv expects a third and final round of releases next week.", "third and final round of releases", 3, true,
         "", "exchange"},
        {"It was the 4th tranche of prisoners to come home this year.", "4th tranche of prisoners", 4, false, "",
         "exchange"},
        {"Monday's handover was the final phase, the ministry said.", "final phase", std::nullopt, true, "", ""},
        {"The last batch of captives crossed the border at dawn.", "last batch of captives", std::nullopt, true, "",
         "exchange"},
        {"Preparations for the next phase of the exchange are under way.", "next phase of the exchange", std::nullopt,
         false, "next", "exchange"},
        {"The latest wave of releases brought 84 soldiers home.", "latest wave of releases", std::nullopt, false,
         "latest", "exchange"},
        {"Both capitals announced a new phase of prisoner exchanges.", "new phase of prisoner exchanges", std::nullopt,
         false, "new", "exchange"},
        {"Envoys hinted at a third round of negotiations in Geneva.", "third round of negotiations", 3, false, "",
         "talks"},
        {"This is only the first installment of a larger deal.", "first installment", 1, false, "", ""},
        {"The first instalment arrived on Friday.", "first instalment", 1, false, "", ""},
        {"A second group of servicemen was returned from captivity.", "second group", 2, false, "", ""},
        {"the second-stage handover took place near the border", "second-stage", 2, false, "", ""},
        {"Observers called it the 21st round since the invasion.", "21st round", 21, false, "", ""},
        {"The fifth leg of the repatriation of bodies followed.", "fifth leg of the repatriation", 5, false, "",
         "repatriation"},
        {"A previous round of talks collapsed in March.", "previous round of talks", std::nullopt, false, "previous",
         "talks"},
        {"The second and last part of the plan begins in June.", "second and last part of the plan", 2, true, "",
         "agreement"},
        {"Phase two of the exchange is due on Monday.", "Phase two of the exchange", 2, false, "", "exchange"},
        {"Under Stage 3, the sides will swap the wounded.", "Stage 3", 3, false, "", ""},
        {"Delegations gathered for round three of talks.", "round three of talks", 3, false, "", "talks"},
    };
    for (const auto& c : cases) {
      const std::string sentence = c.sentence;
      CAPTURE(sentence);
      const auto mentions = grammar.parse(c.sentence);
      REQUIRE(mentions.size() == 1);
      const auto& m = mentions[0];
      CHECK(m.text == std::string(c.text));
      CHECK(m.ordinal == c.ordinal);
      CHECK(m.final == c.final);
      CHECK(m.relative == c.relative);
      CHECK(m.of_what == c.of_what);
      CHECK(m.noun == "stage");
      CHECK(std::string_view(c.sentence).substr(m.begin, m.end - m.begin) == m.text);
    }
  }

  SUBCASE("ordinals without a stage noun are not stages") {
    const char* negatives[] = {
        "It marked the first time civilians were included.",
        "The first prisoners arrived by bus.",
        "He was the last person to leave the building.",
        "Russia took the next step in the talks.",  // "step" is an idiom, not a stage noun
        "She finished second in the vote.",
        "The 25th anniversary of the treaty was marked quietly.",
        "Group 7 leaders met in Canada.",  // "group" takes no number after it
        "The round was fired from 2 km away.",
        "At this stage 40 people remain missing.",  // a count after the noun, not a stage number
        "Ukraine received a new batch",             // truncated: still a stage (noun present), see below
    };
    for (std::size_t i = 0; i + 1 < std::size(negatives); ++i) {
      const std::string sentence = negatives[i];
      CAPTURE(sentence);
      CHECK(grammar.parse(negatives[i]).empty());
    }
    CHECK(grammar.parse(negatives[std::size(negatives) - 1]).size() == 1);
  }

  SUBCASE("several stages in one sentence, left to right") {
    const auto mentions =
        grammar.parse("After the first stage on Friday and the second stage on Saturday, a third is due.");
    REQUIRE(mentions.size() == 2);
    CHECK(mentions[0].ordinal == 1);
    CHECK(mentions[1].ordinal == 2);
    CHECK(mentions[0].end < mentions[1].begin);
  }
}
