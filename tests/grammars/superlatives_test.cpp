#include "grammars/superlatives.hpp"

#include <doctest/doctest.h>

namespace cg = crosscheck::grammars;

namespace {

const cg::SuperlativeGrammar& superlative_grammar() {
  static const cg::SuperlativeGrammar grammar(crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir()));
  return grammar;
}

struct SuperlativeCase {
  const char* sentence;
  const char* text;
  const char* adjective;
  const char* subject;
  std::optional<int> since_year;
  std::optional<unsigned> since_month;
  const char* since_event;
  const char* scope;  // canonical; "" when none
  const char* lookback;
};

}  // namespace

TEST_CASE("SuperlativeGrammar") {
  const auto& grammar = superlative_grammar();

  SUBCASE("superlatives with their reference points") {
    const SuperlativeCase cases[] = {
        {"Kyiv and Moscow carried out the largest prisoner exchange since the full-scale war began in February 2022 on Friday.",
         "largest prisoner exchange since the full-scale war began in February 2022", "largest", "prisoner exchange",
         2022, 2u, "war_start", "", ""},
        {"It was the biggest prisoner swap since the 2022 invasion, officials said.",
         "biggest prisoner swap since the 2022 invasion", "largest", "prisoner swap", 2022, std::nullopt, "war_start",
         "", ""},
        {"Saturday's handover was the largest since 2022.", "largest since 2022", "largest", "", 2022, std::nullopt, "",
         "", ""},
        {"The swap marks the largest since the war's onset.", "largest since the war's onset", "largest", "",
         std::nullopt, std::nullopt, "war_start", "", ""},
        {"The swap marks the largest since the war\xE2\x80\x99s onset.", "largest since the war\xE2\x80\x99s onset",
         "largest", "", std::nullopt, std::nullopt, "war_start", "", ""},
        {"Analysts called it the biggest swap of the war.", "biggest swap of the war", "largest", "swap", std::nullopt,
         std::nullopt, "", "war", ""},
        {"This was the largest ever exchange between the two armies.", "largest ever exchange", "largest", "exchange",
         std::nullopt, std::nullopt, "", "ever", ""},
        {"Ukraine hailed the biggest-ever release of prisoners.", "biggest-ever release of prisoners", "largest",
         "release of prisoners", std::nullopt, std::nullopt, "", "ever", ""},
        {"It is the largest exchange to date.", "largest exchange to date", "largest", "exchange", std::nullopt,
         std::nullopt, "", "ever", ""},
        {"the largest single exchange since February 2022", "largest single exchange since February 2022", "largest",
         "exchange", 2022, 2u, "", "", ""},
        {"It was the largest exchange since Russia's full-scale invasion in 2022.",
         "largest exchange since Russia's full-scale invasion in 2022", "largest", "exchange", 2022, std::nullopt,
         "war_start", "", ""},
        {"The first prisoner exchange since January took place at the border.", "first prisoner exchange since January",
         "first", "prisoner exchange", std::nullopt, 1u, "", "", ""},
        {"The smallest swap of the year involved just 12 people.", "smallest swap of the year", "smallest", "swap",
         std::nullopt, std::nullopt, "", "year", ""},
        // Another domain: earthquakes and attacks.
        {"It was the deadliest earthquake since 1999 in the region.", "deadliest earthquake since 1999", "deadliest",
         "earthquake", 1999, std::nullopt, "", "", ""},
        {"Officials called it the strongest quake in decades.", "strongest quake in decades", "strongest", "quake",
         std::nullopt, std::nullopt, "", "", "decades"},
        {"The deadliest earthquake in a century struck at dawn.", "deadliest earthquake in a century", "deadliest",
         "earthquake", std::nullopt, std::nullopt, "", "", "100"},
        {"The strongest quake in Japan in 25 years shook Tokyo.", "strongest quake in Japan in 25 years", "strongest",
         "quake", std::nullopt, std::nullopt, "", "", "25"},
        {"It was the deadliest attack on Kyiv since the invasion began.",
         "deadliest attack on Kyiv since the invasion began", "deadliest", "attack", std::nullopt, std::nullopt,
         "war_start", "", ""},
        {"The most powerful storm on record hit the coast.", "most powerful storm on record", "strongest", "storm",
         std::nullopt, std::nullopt, "", "ever", ""},
        {"Overnight Russia launched its largest drone attack of the war.", "largest drone attack of the war", "largest",
         "drone attack", std::nullopt, std::nullopt, "", "war", ""},
        {"The Largest Prisoner Swap Since 2022", "Largest Prisoner Swap Since 2022", "largest", "Prisoner Swap", 2022,
         std::nullopt, "", "", ""},
        // A place after a verb, or named by its kind.
        {"It was the largest to hit Norland since 2004.", "largest to hit Norland since 2004", "largest", "", 2004,
         std::nullopt, "", "", ""},
        {"The tremor was the deadliest in the country since 1960.", "deadliest in the country since 1960", "deadliest",
         "", 1960, std::nullopt, "", "", ""},
        {"It was the strongest quake to strike the Alpine nation in more than a century.",
         "strongest quake to strike the Alpine nation in more than a century", "strongest", "quake", std::nullopt,
         std::nullopt, "", "", "100"},
    };
    for (const auto& c : cases) {
      const std::string sentence = c.sentence;
      CAPTURE(sentence);
      const auto mentions = grammar.parse(c.sentence);
      REQUIRE(mentions.size() == 1);
      const auto& m = mentions[0];
      CHECK(m.text == std::string(c.text));
      CHECK(m.adjective == std::string(c.adjective));
      CHECK(m.subject == std::string(c.subject));
      CHECK(m.since_year == c.since_year);
      CHECK(m.since_month == c.since_month);
      CHECK(m.since_event == std::string(c.since_event));
      CHECK(m.scope == std::string(c.scope));
      CHECK(m.of_scope == !std::string_view(c.scope).empty());
      CHECK(m.lookback == std::string(c.lookback));
      CHECK(sentence.substr(m.begin, m.end - m.begin) == m.text);
    }
  }

  SUBCASE("subject kinds come from the lexicon") {
    const auto mentions = grammar.parse("the deadliest missile strike since 2023");
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].subject_kind == "attack");
    CHECK(grammar.parse("the biggest POW swap since 2022").at(0).subject_kind == "exchange");
  }

  SUBCASE("superlatives that are not event claims are not extracted") {
    const char* negatives[] = {
        "Kharkiv is the second largest city in the country.",
        "The biggest challenge remains the ceasefire.",
        "It marked the first time civilians were included.",
        "The first exchange took place in the morning.",  // an ordinal, not a superlative claim
        "The largest group of returnees were soldiers.",
        "Their biggest worry was the weather.",
        "He was among the first to cross the border since dawn.",
        "The largest share went to the army since nobody objected.",
        "the largest since 12 of them",                              // no plausible year
        "It was one of the largest prisoner exchanges since 2022.",  // hedged: no contradiction
        "The swap was among the biggest of the war.",
        "The deadliest day for civilians came in July.",  // "day" is not an event subject
    };
    for (const char* negative : negatives) {
      const std::string sentence = negative;
      CAPTURE(sentence);
      CHECK(grammar.parse(negative).empty());
    }
  }

  SUBCASE("a since-clause alone, for the duration grammar") {
    const std::string text = "held since the war began in February 2022, the man";
    const auto since = grammar.since_at(text, 5);
    REQUIRE(since);
    CHECK(since->year == 2022);
    CHECK(since->month == 2u);
    CHECK(since->event == "war_start");
    CHECK(text.substr(since->begin, since->end - since->begin) == "since the war began in February 2022");
    CHECK_FALSE(grammar.since_at("since then, nothing", 0));
    CHECK(grammar.since_at("Since May 2023 the", 0)->month == 5u);
    CHECK_FALSE(grammar.since_at("since may", 0));
  }
}
