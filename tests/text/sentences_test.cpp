// Sentence and paragraph splitting of normalized text: punctuation, abbreviations, numbers,
// URLs, quotes, standalone lines (titles, datelines, bylines), bullets and wrapped prose.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "checker/core/yaml_file.hpp"
#include "checker/text/document.hpp"

using namespace crosscheck;

namespace {

std::vector<std::string> sentences_of(std::string_view text, const TextOptions& options = {}) {
  std::vector<std::string> out;
  for (const Sentence& s : split_sentences(text, options)) {
    out.emplace_back(text.substr(s.span.begin.value, s.span.end.value - s.span.begin.value));
  }
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("Sentence splitting inside a paragraph") {
  struct Case {
    const char* scenario;
    const char* text;
    Lines expected;
  };
  const Case cases[] = {
      {"period, capital", "Kyiv got 84 back. Moscow got 84 too.", {"Kyiv got 84 back.", "Moscow got 84 too."}},
      {"question and exclamation",
       "Was it 84? Nobody knows! Officials stayed silent.",
       {"Was it 84?", "Nobody knows!", "Officials stayed silent."}},
      {"digit starts the next sentence",
       "The list was long. 390 names were on it.",
       {"The list was long.", "390 names were on it."}},
      {"quote starts the next sentence",
       "He paused. \"We are ready,\" he said.",
       {"He paused.", "\"We are ready,\" he said."}},
      {"sentence ending inside quotes ends after the quote",
       "She said: \"They are home.\" The crowd cheered.",
       {"She said: \"They are home.\"", "The crowd cheered."}},
      {"closing bracket after the period",
       "It was agreed (in May.) Talks went on.",
       {"It was agreed (in May.)", "Talks went on."}},
      {"ellipsis followed by a capital",
       "As agreed... The rest will follow.",
       {"As agreed...", "The rest will follow."}},
      {"newline inside a wrapped paragraph counts as space",
       "It ended.\nThen more came.",
       {"It ended.", "Then more came."}},
      {"a page that lost the space between two sentences",
       "The storm hit the coast.In October a second storm came.",
       {"The storm hit the coast.", "In October a second storm came."}},
  };
  for (const auto& c : cases) {
    SUBCASE(c.scenario) { CHECK(sentences_of(c.text) == c.expected); }
  }
}

TEST_CASE("Sentence no split") {
  const char* whole[] = {
      "Officials in the U.S. State Department welcomed it.",
      "The U.K. Foreign Office said nothing.",
      "Mr. Umerov and Mrs. Petrova met Dr. Lee.",
      "Gen. Hale and Lt. Col. Barnes flew in.",
      "They met on St. Andrew Street.",
      "It was signed on Feb. 14 and again on Sept. 3 and Aug. 2 and Jan. 5.",
      "Resolution No. 12 passed.",
      "Ukraine vs. Russia was the headline.",
      "Some categories, e.g. Wounded soldiers, came first.",
      "The rest, i.e. Civilians, waited.",
      "The buses left at 9 a.m. Moscow time.",
      "They landed at 4 p.m. Kyiv time.",
      "A novel by J. K. Rowling was mentioned.",
      "The U.N. Secretary-General spoke.",
      "The strike was ordered by then-U.S. President Tom Hale.",
      "Some 1,000.5 tonnes and 3.5 percent moved.",
      "See https://news.example.org/2025/06/10/swap.html?id=3. for details.",
      "Visit www.example.com/Report.Final for more.",
      "It was a small. but real step.",
      "\"Are you back?\" she asked.",
      "He said \"enough.\" and left.",
      "Tolkien signed as J.R.R.Tolkien and e.g.The Hobbit was read.",
      "They flew from St.Louis to Kyiv.",
  };
  for (const char* text : whole) {
    CAPTURE(text);
    CHECK(sentences_of(text) == Lines{text});
  }
}

TEST_CASE("Sentence abbreviations from options") {
  SUBCASE("a caller's list replaces the default") {
    TextOptions options;
    options.abbreviations = {"Amb."};
    CHECK(sentences_of("Amb. Reyes spoke. Mr. Cole listened.", options) ==
          Lines{"Amb. Reyes spoke.", "Mr.", "Cole listened."});
  }

  SUBCASE("the shipped lexicon section keeps the listed words together") {
    const YAML::Node root = load_yaml_file(CROSSCHECK_SOURCE_DIR "/lexicon/en/text.yaml");
    TextOptions options;
    for (const auto& node : root["abbreviations"]) options.abbreviations.push_back(node.as<std::string>());
    REQUIRE(options.abbreviations.size() > 20);
    CHECK(sentences_of("Capt. Ortiz met Sen. Vance. They agreed.", options) ==
          Lines{"Capt. Ortiz met Sen. Vance.", "They agreed."});
    CHECK(sentences_of("Approx. Forty went home. Others stayed.", options) ==
          Lines{"Approx. Forty went home.", "Others stayed."});
  }
}

TEST_CASE("Sentence paragraphs and standalone lines") {
  SUBCASE("blank lines separate paragraphs") {
    const std::string text = "First one. Second one.\n\nThird one.";
    const auto sentences = split_sentences(text);
    REQUIRE(sentences.size() == 3);
    CHECK(sentences[0].paragraph == 0);
    CHECK(sentences[1].paragraph == 0);
    CHECK(sentences[2].paragraph == 1);
  }

  SUBCASE("title, date line and byline are whole-line sentences in their own paragraphs") {
    const std::string text =
        "Moscow and Kyiv Trade Captives in Second Round\n"
        "June 11, 2025\n"
        "By Maria Lindqvist\n"
        "Both sides released 84 captives on Wednesday, officials in the two capitals said, adding "
        "that the next round would follow.\n";
    const auto sentences = split_sentences(text);
    REQUIRE(sentences.size() == 4);
    for (std::size_t k = 0; k < 3; ++k) {
      CAPTURE(k);
      CHECK(sentences[k].whole_line);
      CHECK(sentences[k].paragraph == k);
    }
    CHECK(text.substr(sentences[1].span.begin.value, sentences[1].span.end.value - sentences[1].span.begin.value) ==
          "June 11, 2025");
    CHECK(sentences[3].paragraph == 3);
  }

  SUBCASE("a date alone between blank lines") {
    const std::string text = "\n\nSwap Completed\n\nJune 10, 2025\n\nThe swap was completed on Tuesday.";
    const auto sentences = split_sentences(text);
    REQUIRE(sentences.size() == 3);
    CHECK(sentences[1].whole_line);
    CHECK(text.substr(sentences[1].span.begin.value, 13) == "June 10, 2025");
    CHECK(sentences[1].paragraph != sentences[2].paragraph);
  }

  SUBCASE("one paragraph per line when lines are not wrapped") {
    const std::string text =
        "Officials confirmed the first stage of the exchange on Monday morning. More is expected.\n"
        "The second stage followed on Tuesday, with a similar number released on each side.\n";
    const auto sentences = split_sentences(text);
    REQUIRE(sentences.size() == 3);
    CHECK(sentences[0].paragraph == 0);
    CHECK_FALSE(sentences[0].whole_line);
    CHECK(sentences[2].paragraph == 1);
    CHECK(sentences[2].whole_line);  // alone on its line
  }

  SUBCASE("hard-wrapped prose is joined into one paragraph") {
    const std::string text =
        "The two sides exchanged a further group of captives on\n"
        "Wednesday, according to statements released by both\n"
        "defence ministries. No total was given for the round.\n"
        "\n"
        "Next paragraph here.";
    const auto got = sentences_of(text);
    REQUIRE(got.size() == 3);
    CHECK(got[0] ==
          "The two sides exchanged a further group of captives on\nWednesday, according to statements released by "
          "both\ndefence ministries.");
    CHECK(got[1] == "No total was given for the round.");
    const auto sentences = split_sentences(text);
    CHECK(sentences[0].paragraph == sentences[1].paragraph);
    CHECK_FALSE(sentences[0].whole_line);
    CHECK(sentences[2].paragraph == sentences[1].paragraph + 1);
  }

  SUBCASE("a heading line before wrapped prose stays apart") {
    const std::string text =
        "Second Round of Exchanges\n"
        "The two sides exchanged a further group of captives on\n"
        "Wednesday, according to statements released by both of the\n"
        "defence ministries.";
    const auto sentences = split_sentences(text);
    REQUIRE(sentences.size() == 2);
    CHECK(sentences[0].whole_line);
    CHECK(sentences[0].paragraph == 0);
    CHECK(sentences[1].paragraph == 1);
  }

  SUBCASE("a sentence cut by a stray blank line is joined") {
    const std::string text =
        "He said the group included border guards and national guard members, and that further\n\n"
        "rounds are planned.";
    CHECK(sentences_of(text).size() == 1);
  }

  SUBCASE("a photo caption opening with an agency's picture number never goes on a headline above it") {
    const std::string text =
        "Two neighbours swap 146 captives each in a summer exchange\n\n"
        "wire12345678 Soldiers board a bus after their release, 14 August 2025.\n";
    CHECK(sentences_of(text) == Lines{"Two neighbours swap 146 captives each in a summer exchange",
                                      "wire12345678 Soldiers board a bus after their release, 14 August 2025."});
  }

  SUBCASE("a header of fields between bars never runs on into the line under it") {
    const std::string text =
        "Follow on X | Posted by Ann Lee | Updated: 18th March 2024 12:00 am IST\n"
        "12 dead, 40 missing in Tarn floods, 300 tourists stranded\n";
    CHECK(sentences_of(text).size() == 2);
  }

  SUBCASE("a line that opens with a digit after a blank line is a block of its own") {
    const std::string text = "Two neighbours swap 142 captives in a winter exchange\n\n08:21, 24 July, 2025\n";
    CHECK(sentences_of(text) == Lines{"Two neighbours swap 142 captives in a winter exchange", "08:21, 24 July, 2025"});
  }

  SUBCASE("a line without final punctuation followed by a new line stands alone") {
    const std::string text = "Related coverage\nThe talks resume in Geneva on Monday.";
    const auto sentences = split_sentences(text);
    REQUIRE(sentences.size() == 2);
    CHECK(sentences[0].whole_line);
    CHECK(sentences[0].paragraph != sentences[1].paragraph);
  }

  SUBCASE("sentences of nothing but markup leftovers are dropped") {
    CHECK(sentences_of(" |\n***\nReal text.") == Lines{"Real text."});
    CHECK(sentences_of(" |\n---\nReal text.") == Lines{"Real text."});
  }
}

TEST_CASE("Sentence bullets") {
  SUBCASE("Markdown bullets are list items, each its own paragraph") {
    const std::string text =
        "The deal covers:\n"
        "- all wounded prisoners\n"
        "- prisoners under 25\n"
        "* the bodies of 6,000 soldiers\n"
        "+ a third round of talks\n";
    const auto sentences = split_sentences(text);
    REQUIRE(sentences.size() == 5);
    CHECK(text.substr(sentences[1].span.begin.value, sentences[1].span.end.value - sentences[1].span.begin.value) ==
          "all wounded prisoners");
    for (std::size_t k = 0; k < 5; ++k) {
      CAPTURE(k);
      CHECK(sentences[k].paragraph == k);
      CHECK(sentences[k].whole_line);
    }
  }

  SUBCASE("inline bullet characters split items") {
    const auto got = sentences_of("\xE2\x80\xA2 Report one  \xE2\x80\xA2 Report two \xE2\x80\xA2 Report three");
    CHECK(got == Lines{"Report one", "Report two", "Report three"});
    const auto sentences = split_sentences("\xE2\x80\xA2 Report one  \xE2\x80\xA2 Report two");
    REQUIRE(sentences.size() == 2);
    CHECK(sentences[0].paragraph != sentences[1].paragraph);
  }

  SUBCASE("numbered list items") {
    const auto got = sentences_of("Terms:\n1. Wounded first.\n2) Then the young.\n");
    CHECK(got == Lines{"Terms:", "Wounded first.", "Then the young."});
  }

  SUBCASE("a hyphen inside a line is not a bullet") {
    CHECK(sentences_of("The swap - the largest so far - went ahead.").size() == 1);
  }
}

TEST_CASE("Sentence spans") {
  SUBCASE("spans exclude surrounding spaces and point into the text") {
    const std::string text = "   Leading spaces here.   Trailing too.   ";
    const auto sentences = split_sentences(text);
    REQUIRE(sentences.size() == 2);
    CHECK(sentences[0].span.begin.value == 3);
    CHECK(text[sentences[0].span.end.value - 1] == '.');
    CHECK(text[sentences[1].span.begin.value] == 'T');
  }

  SUBCASE("empty and blank text") {
    CHECK(split_sentences("").empty());
    CHECK(split_sentences("\n\n   \n").empty());
  }

  SUBCASE("Document sentences come from its normalized text") {
    Warnings warnings;
    const Document doc =
        make_document("d.md", "# Prisoner Swap\n\nOfficials said <b>84</b> were freed. Dr. Roe agreed.\n", warnings);
    REQUIRE(doc.sentences.size() == 3);
    CHECK(doc.sentence_text(doc.sentences[0]) == "Prisoner Swap");
    CHECK(doc.sentences[0].whole_line);
    CHECK(doc.sentence_text(doc.sentences[1]) == "Officials said 84 were freed.");
    CHECK(doc.sentence_text(doc.sentences[2]) == "Dr. Roe agreed.");
    CHECK(doc.offsets.locate(doc.offsets.to_byte(doc.sentences[2].span.begin)) == LineColumn{3, 38});
  }
}
