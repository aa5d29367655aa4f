#include "grammars/counts.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>
#include <vector>

namespace cg = crosscheck::grammars;
using crosscheck::Qualifier;
using crosscheck::Scope;

namespace {

const cg::CountGrammar& grammar() {
  static const auto lexicon = crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir());
  static const cg::CountGrammar g(lexicon);
  return g;
}

constexpr double inf = std::numeric_limits<double>::infinity();

struct Expected {
  const char* sentence;
  double value;
  const char* category;
  Qualifier qualifier = Qualifier::exact;
  Scope scope = Scope::unspecified;
  const char* side = "";
};

void check_single(const Expected& row) {
  const std::string shown = row.sentence;
  CAPTURE(shown);
  const auto mentions = grammar().parse(row.sentence);
  REQUIRE(mentions.size() == 1);
  const auto& m = mentions.front();
  CHECK(m.value == doctest::Approx(row.value));
  CHECK(m.category == row.category);
  CHECK(m.qualifier == row.qualifier);
  CHECK(m.scope == row.scope);
  CHECK(m.side == row.side);
}

}  // namespace

TEST_CASE("CountGrammar") {
  SUBCASE("number, qualifier and category noun") {
    const Expected rows[] = {
        {"Kyiv said 390 prisoners came home on Friday.", 390, "people"},
        {"More than 1,000 people have been freed since the talks.", 1000, "people", Qualifier::more_than},
        {"At least 3 women were among those released.", 3, "women", Qualifier::at_least},
        {"Some 200 civilians crossed at the checkpoint, officials said.", 200, "civilians", Qualifier::about},
        {"The ministry listed 84 servicemen on the roster.", 84, "military"},
        {"Moscow got back 307 service members, the ministry said.", 307, "military"},
        {"Nearly two hundred and seventy troops returned.", 270, "military", Qualifier::nearly},
        {"Up to six thousand detainees could be swapped.", 6000, "people", Qualifier::up_to},
        {"Roughly a dozen children were reunited with their families.", 12, "children", Qualifier::about},
        {"Officials counted 12 500 returnees by evening.", 12500, "people"},
        {"As many as 1.5 million refugees have left the region.", 1.5e6, "displaced", Qualifier::up_to},
        {"Fewer than 50 captives remain in the camp.", 50, "people", Qualifier::fewer_than},
        {"The party won 112 seats in the new parliament.", 112, "seats"},
    };
    for (const auto& row : rows) check_single(row);
  }
  SUBCASE("headline, tabloid and translated styles") {
    const Expected rows[] = {
        {"SWAP DEAL: 390 Prisoners Freed In Border Handover", 390, "people"},
        {"HEARTBREAK as over 300 wounded troops finally come home", 300, "military", Qualifier::more_than},
        {"The Russian side has received 84 servicemen, reports the ministry.", 84, "military"},
        {"According to the statement, were returned 307 military personnel.", 307, "military"},
        {"Kyiv (Reuters) - Ukraine got back 95 POWs on Thursday, officials said.", 95, "people"},
    };
    for (const auto& row : rows) check_single(row);
  }
  SUBCASE("multi-word nouns win over their first word") {
    const auto m = grammar().parse("The swap returned 270 military personnel to Moscow.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].noun == "military personnel");
    CHECK(m[0].category == "military");
    const auto p = grammar().parse("Kyiv welcomed home 95 prisoners of war on Sunday.");
    REQUIRE(p.size() == 1);
    CHECK(p[0].noun == "prisoners of war");
    CHECK(p[0].category == "people");  // outlets use it for everyone exchanged, civilians too
  }
  SUBCASE("modifiers between number and noun") {
    const Expected rows[] = {
        {"The exchange freed 390 newly released prisoners.", 390, "people"},
        {"They brought back 41 badly wounded soldiers.", 41, "military"},
        {"Investigators identified 212 more civilians.", 212, "civilians"},
        // A figure word after the group's noun is what happened to them: the group is the head.
        {"33 Children Dead in Stadium Crush: Ministry", 33, "children"},
        {"Five soldiers killed in Tarn border raid", 5, "military"},
        {"Up to 300 wounded soldiers reached the hospital.", 300, "military", Qualifier::up_to},
    };
    for (const auto& row : rows) check_single(row);
  }
  SUBCASE("two coordinated items are two mentions") {
    const auto m = grammar().parse("Each convoy carried 270 military personnel and 120 civilians.");
    REQUIRE(m.size() == 2);
    CHECK(m[0].value == 270);
    CHECK(m[0].category == "military");
    CHECK(m[1].value == 120);
    CHECK(m[1].category == "civilians");
    CHECK(m[0].scope == Scope::unspecified);
  }
  SUBCASE("coordinated nouns after one number are one mention") {
    const auto m = grammar().parse("Both countries freed 390 prisoners of war and civilians on Friday.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].value == 390);
    CHECK(m[0].category == "people");  // mixed: the number counts the whole group
    CHECK(m[0].noun == "prisoners of war and civilians");
    const auto same = grammar().parse("They released 50 soldiers and marines.");
    REQUIRE(same.size() == 1);
    CHECK(same[0].category == "military");
  }
  SUBCASE("trailing scope marker covers every item of the list") {
    for (const char* sentence : {"The sides handed over 270 soldiers and 120 civilians each.",
                                 "Officials said 270 soldiers and 120 civilians per side were freed.",
                                 "It involved 270 soldiers, and 120 civilians from each side."}) {
      const std::string shown = sentence;
      CAPTURE(shown);
      const auto m = grammar().parse(sentence);
      REQUIRE(m.size() == 2);
      CHECK(m[0].scope == Scope::per_side);
      CHECK(m[1].scope == Scope::per_side);
      CHECK(m[0].value == 270);
      CHECK(m[1].value == 120);
    }
  }
  SUBCASE("scope markers") {
    const Expected rows[] = {
        {"The two armies swapped 390 prisoners each.", 390, "people", Qualifier::exact, Scope::per_side},
        {"They agreed to free 1,000 captives apiece.", 1000, "people", Qualifier::exact, Scope::per_side},
        {"The deal covers more than 1,000 on each side.", 1000, "", Qualifier::more_than, Scope::per_side},
        {"Negotiators settled on 500 prisoners per side.", 500, "people", Qualifier::exact, Scope::per_side},
        {"It returned 84 soldiers from each side.", 84, "military", Qualifier::exact, Scope::per_side},
        {"They freed 300 detainees each side, the envoy said.", 300, "people", Qualifier::exact, Scope::per_side},
        {"A total of 390 prisoners went home.", 390, "people", Qualifier::exact, Scope::total},
        {"The deal freed 1,000 prisoners in total.", 1000, "people", Qualifier::exact, Scope::total},
        {"Some 390 detainees were freed altogether.", 390, "people", Qualifier::about, Scope::unspecified},
        {"The sides have exchanged 780 people so far.", 780, "people", Qualifier::exact, Scope::cumulative},
        {"Kyiv has recovered 4,552 captives to date.", 4552, "people", Qualifier::exact, Scope::cumulative},
        {"In all, 390 prisoners in all were released.", 390, "people", Qualifier::exact, Scope::total},
        {"With this round, 780 people exchanged so far.", 780, "people", Qualifier::exact, Scope::cumulative},
        {"Medics treat 40 soldiers each day.", 40, "military"},
        {"The 12 captives hugged each other.", 12, "people"},
    };
    for (const auto& row : rows) check_single(row);
  }
  SUBCASE("N for N swaps are per side") {
    struct Row {
      const char* sentence;
      double value;
      const char* scope_text;
    };
    const Row rows[] = {{"The 1,000-for-1,000 swap was agreed in May.", 1000, "1,000-for-1,000"},
                        {"Both sides agreed to trade 1,000 for 1,000.", 1000, "1,000 for 1,000"},
                        {"It was billed as a thousand for a thousand exchange.", 1000, "a thousand for a thousand"},
                        {"The 390-for-390 release went ahead.", 390, "390-for-390"}};
    for (const auto& row : rows) {
      const std::string shown = row.sentence;
      CAPTURE(shown);
      const auto m = grammar().parse(row.sentence);
      REQUIRE(m.size() == 1);
      CHECK(m[0].value == row.value);
      CHECK(m[0].scope == Scope::per_side);
      CHECK(m[0].scope_text == row.scope_text);
    }
    CHECK(grammar().parse("They swapped 100 for 200 under the deal.").empty());
  }
  SUBCASE("bodies") {
    const Expected rows[] = {
        {"Kyiv received the bodies of 6,000 fallen soldiers.", 6000, "bodies"},
        {"Russia handed over 6,000 bodies on Wednesday.", 6000, "bodies"},
        {"Experts examined the remains of 909 soldiers.", 909, "bodies"},
        {"Ukraine is due to get remains of more than 1,200 troops.", 1200, "bodies", Qualifier::more_than},
    };
    for (const auto& row : rows) check_single(row);
    const auto handed = grammar().parse("Russia handed over 6,000 bodies on Wednesday.");
    REQUIRE(handed.size() == 1);
    CHECK(handed[0].begin == std::string_view("Russia handed over ").size());  // "over" is the verb's
  }
  SUBCASE("subsets: three of the released prisoners were women") {
    const Expected rows[] = {
        {"Notably, three of the released prisoners were women.", 3, "women"},
        {"At least three of the returnees were women.", 3, "women", Qualifier::at_least},
        {"Officials said 12 of them were children.", 12, "children"},
    };
    for (const auto& row : rows) check_single(row);
    CHECK(grammar().parse("Three of the prisoners said they were beaten.").empty());
  }
  SUBCASE("sides") {
    const Expected rows[] = {
        {"Russia freed 390 Ukrainians on Friday.", 390, "people", Qualifier::exact, Scope::one_side, "ukraine"},
        {"Kyiv said 390 Ukrainian soldiers were back.", 390, "military", Qualifier::exact, Scope::one_side, "ukraine"},
        {"Moscow said 307 Russian servicemen had returned.", 307, "military", Qualifier::exact, Scope::one_side,
         "russia"},
        {"The deal returned 390 Ukrainian soldiers each.", 390, "military", Qualifier::exact, Scope::per_side,
         "ukraine"},
    };
    for (const auto& row : rows) check_single(row);
    const auto both = grammar().parse("It freed 390 Russian and Ukrainian prisoners.");
    REQUIRE(both.size() == 1);
    CHECK(both[0].side == "");
    CHECK(both[0].scope == Scope::unspecified);
  }
  SUBCASE("vague numbers") {
    const Expected rows[] = {
        {"Dozens of civilians were still unaccounted for.", 24, "civilians"},
        {"Hundreds of prisoners remain in custody.", 200, "people"},
        {"Tens of thousands of people fled the flooding.", 20000, "people"},
        {"Rescuers said dozens missing after the landslide.", 24, "missing"},
    };
    for (const auto& row : rows) check_single(row);
    const auto m = grammar().parse("Thousands of residents lost power.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].vague);
    CHECK(m[0].hi == 9999);
  }
  SUBCASE("intervals and positions") {
    const std::string sentence = "Officials said more than 1,000 prisoners on each side would go home.";
    const auto m = grammar().parse(sentence);
    REQUIRE(m.size() == 1);
    CHECK(sentence.substr(m[0].begin, m[0].end - m[0].begin) == "more than 1,000 prisoners on each side");
    CHECK(sentence.substr(m[0].number_begin, m[0].number_end - m[0].number_begin) == "1,000");
    CHECK(m[0].lo == 1001);
    CHECK(m[0].hi == inf);
    CHECK(m[0].scope_text == "on each side");
    const auto r = grammar().parse("Between 300 and 400 detainees were moved.");
    REQUIRE(r.size() == 1);
    CHECK(r[0].value == 300);
    CHECK(r[0].value_hi == 400);
    CHECK(r[0].lo == 300);
    CHECK(r[0].hi == 400);
    const auto a = grammar().parse("About 200 civilians were evacuated.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].lo == doctest::Approx(180));
    CHECK(a[0].hi == doctest::Approx(220));
  }
  SUBCASE("other domains: disasters and elections") {
    const Expected rows[] = {
        {"The earthquake killed at least 2,000 people in the province.", 2000, "people", Qualifier::at_least},
        {"By Tuesday the death toll rose to 1,250, the agency said.", 1250, "killed"},
        {"More than 300 injured were taken to hospitals.", 300, "injured", Qualifier::more_than},
        {"The tremor flattened 2,000 buildings across the valley.", 2000, "buildings"},
        {"Floods destroyed some 4,500 homes, officials reported.", 4500, "homes", Qualifier::about},
        {"Authorities confirmed 57 deaths after the storm.", 57, "killed"},
        {"The incumbent took 1,204,331 votes.", 1204331, "votes"},
    };
    for (const auto& row : rows) check_single(row);
  }
  SUBCASE("numbers that are not counts") {
    for (const char* sentence : {
             "Soldiers under the age of 25 were released first.",
             "Prisoners aged 25 and younger went first.",
             "A 25-year-old soldier was among them.",
             "He was 25 years old when he was captured.",
             "The war that began in 2022 continues.",
             "Fighting has gone on since 2014.",
             "It was the largest swap since the 2022 invasion.",
             "The swap happened on May 23 near the border.",
             "The swap happened on 23 May near the border.",
             "It was the 1st exchange this month.",
             "This is the second exchange of the 21st century.",
             "Kyiv asked for more F-16 jets.",
             "The COVID-19 rules no longer apply.",
             "Leaders of the G7 met in June.",
             "An Su-34 and an A-50 were reported lost.",
             "The council cited Resolution 2334 and Article 5.",
             "See https://example.com/news/2025/06/10/swap-390 for details.",
             "Follow @unit390 for updates.",
             "Call +380 44 123 4567 for information.",
             "The quote appears on page 12 and p. 4.",
             "The meeting began at 10:30 and ended by 3 p.m.",
             "Turnout fell 40% and support rose 40 percent.",
             "The fund pledged $5 million and \xE2\x82\xAC"
             "2bn in aid.",
             "The convoy stopped 5 km from the border.",
             "After a two-hour meeting the sides parted.",
             "The war has lasted three years.",
             "Talks went on for 24 hours.",
             "He was one of the negotiators.",
             "Only one side confirmed the figure.",
             "Both sides confirmed the figure.",
             "At least one was injured, he said.",
             "She flew on a Boeing 737 to Istanbul.",
             "The 390 figure was disputed.",
             "The road between the two nations remains closed.",
             // A bare number needs a verb that governs it, and is no age, unit, year or label.
             "He was released aged 25 after a long trial.",
             "She was freed 25 years after her arrest.",
             "Those over 60 were released first.",
             "Children under 16 were freed on Monday.",
             "The fund released 40 million in aid.",
             "The fund released $40 in aid.",
             "The agency released 2024 on schedule.",
             "The court released 3.5 of them.",
             "Police released 12 of the files.",
             "Police released 12-year-old footage.",
             "He returned 3 percent to investors.",
             "Negotiators freed one, officials said.",
             "They released page 12 of the report.",
             "The band released 5 albums.",
             "Investigators released 12 documents.",
             "The ministry released 45 lists.",
             "The clock showed 10:30 when he was freed.",
             "He returned the 49th.",
             "The 40 released were welcomed home.",
             "Only 1,300 have been repatriated.",
         }) {
      const std::string shown = sentence;
      CAPTURE(shown);
      const auto m = grammar().parse(sentence);
      CHECK(m.empty());
      if (!m.empty()) {
        const std::string first(sentence + m[0].begin, m[0].end - m[0].begin);
        CAPTURE(first);
        CHECK(first == "");
      }
    }
  }
  SUBCASE("a bare number governed by a property verb") {
    struct Row {
      const char* sentence;
      double value;
      const char* number;  // the mention's text
      Qualifier qualifier = Qualifier::exact;
    };
    const Row rows[] = {
        {"Each side released 415 in what both called a goodwill gesture.", 415, "415"},
        {"Kyiv said that Moscow returned 58.", 58, "58"},
        {"Another 19 were released later that day.", 19, "Another 19"},
        {"The number of those freed amounts to over 1,300.", 1300, "over 1,300", Qualifier::more_than},
        {"Officials are ready to hand over nearly 2,500 more.", 2500, "nearly 2,500", Qualifier::nearly},
        {"Russia handed over 6,000 on Monday.", 6000, "6,000"},  // "over" is the verb's, not a qualifier
        {"The storm killed 14 and injured dozens more.", 14, "14"},
        {"Officials said 37 died in the blaze.", 37, "37"},
    };
    for (const auto& row : rows) {
      const std::string shown = row.sentence;
      CAPTURE(shown);
      const auto m = grammar().parse(row.sentence);
      REQUIRE(!m.empty());
      CHECK(m[0].value == doctest::Approx(row.value));
      CHECK(m[0].qualifier == row.qualifier);
      CHECK(m[0].category == "");
      CHECK(m[0].governed);
      CHECK(std::string_view(row.sentence).substr(m[0].begin, m[0].end - m[0].begin) == row.number);
    }
    const auto running = grammar().parse("The number of those freed amounts to over 1,300.");
    REQUIRE(running.size() == 1);
    CHECK(running[0].scope == Scope::cumulative);  // everyone so far, whatever the day
    CHECK(running[0].verb == "released");
    const auto predicate = grammar().parse("Another 19 were released later that day.");
    REQUIRE(predicate.size() == 1);
    CHECK(predicate[0].verb == "released");
    const auto two = grammar().parse("Kyiv freed 62, while Moscow returned 58.");
    REQUIRE(two.size() == 2);
    CHECK(two[0].value == 62);
    CHECK(two[1].value == 58);
    const auto both = grammar().parse("The quake killed 45 people and injured 120 more.");
    REQUIRE(both.size() == 2);
    CHECK(both[0].category == "people");
    CHECK(both[1].value == 120);
    CHECK(both[1].governed);
    // (a qualified number after the next verb too)
    const auto qualified = grammar().parse("The floods affected 30 million people and killed at least 1,200.");
    REQUIRE(qualified.size() == 2);
    CHECK(qualified[0].category == "people");
    CHECK(qualified[1].value == 1200);
  }
  SUBCASE("lists: elided nouns, adjective categories and continued lists") {
    struct Item {
      double value;
      const char* category;
      const char* side = "";
    };
    struct Row {
      const char* sentence;
      std::vector<Item> items;
    };
    const Row rows[] = {
        {"The deal returned 140 military and 65 civilians.", {{140, "military"}, {65, "civilians"}}},
        {"Among them were 41 military and 23 civilian Ukrainians.", {{41, "military"}, {23, "civilians", "ukraine"}}},
        {"The list names eleven officers and 190 privates and sergeants.", {{11, "officers"}, {190, "military"}}},
        {"Each freed 212 soldiers on Tuesday, and 150 on Wednesday.", {{212, "military"}, {150, "military"}}},
        {"Each freed a total of 212 soldiers and civilians on Tuesday, and 150 on Wednesday.",
         {{212, "people"}, {150, ""}}},
        {"Russia returned the remains of 900 soldiers, while Ukraine returned 31.", {{900, "bodies"}, {31, "bodies"}}},
        {"Kyiv freed 30 soldiers, and Moscow returned 12.", {{30, "military"}, {12, "military"}}},
        {"The shelling killed 30 soldiers, and the floods displaced 12.", {{30, "military"}, {12, ""}}},
    };
    for (const auto& row : rows) {
      const std::string shown = row.sentence;
      CAPTURE(shown);
      const auto m = grammar().parse(row.sentence);
      REQUIRE(m.size() == row.items.size());
      for (std::size_t i = 0; i < m.size(); ++i) {
        CHECK(m[i].value == row.items[i].value);
        CHECK(m[i].category == row.items[i].category);
        CHECK(m[i].side == row.items[i].side);
      }
    }
    const auto continued = grammar().parse("Each freed 212 soldiers on Tuesday, and 150 on Wednesday.");
    REQUIRE(continued.size() == 2);
    CHECK(continued[1].continues);
    CHECK(std::string_view("Each freed 212 soldiers on Tuesday, and 150 on Wednesday.")
              .substr(continued[1].begin, continued[1].end - continued[1].begin) == "150");
    for (const char* sentence : {"The convoy carried 300 military vehicles.",
                                 "They freed 212 soldiers on Tuesday, and 150 kilometres away the shelling went on.",
                                 "They freed 212 soldiers after talks that began when 40 envoys met."}) {
      const std::string shown = sentence;
      CAPTURE(shown);
      const auto m = grammar().parse(sentence);
      CHECK(std::none_of(m.begin(), m.end(), [](const cg::CountMention& x) { return x.value == 300 || x.continues; }));
    }
  }
  SUBCASE("noun groups: names before the noun, compound counts, people after a release verb") {
    const Expected rows[] = {
        {"Kyiv welcomed back 64 Odesa defenders on Sunday.", 64, "people"},
        {"They agreed on a 16-person prisoner swap last week.", 16, "people", Qualifier::exact, Scope::total},
        {"Moscow handed over 45 informants to Kyiv.", 45, "people"},
        {"Both sides freed 12 translators, the mediators said.", 12, "people"},
    };
    for (const auto& row : rows) check_single(row);
    const auto swap = grammar().parse("They agreed on a 16-person prisoner swap last week.");
    REQUIRE(swap.size() == 1);
    CHECK(swap[0].scope_text == "16-person prisoner swap");
    for (const char* sentence : {"A 25-person delegation arrived in Geneva.", "On 12 May soldiers crossed the river.",
                                 "The ministry released 45 documents.", "A 3-person team inspected the site."}) {
      const std::string shown = sentence;
      CAPTURE(shown);
      CHECK(grammar().parse(sentence).empty());
    }
  }
  SUBCASE("continental grouping when the document says so") {
    static const auto lexicon = crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir());
    const cg::CountGrammar continental(lexicon, cg::NumberOptions{'.', ',', true});
    const auto m = continental.parse("Es wurden 6.000 bodies returned.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].value == 6000);
    CHECK(grammar().parse("They returned 6.000 bodies.").empty());
    // Copy that keeps English grouping in such a language: "2,000" is two thousand there too.
    const auto english = continental.parse("Es wurden 2,000 bodies returned.");
    REQUIRE(english.size() == 1);
    CHECK(english[0].value == 2000);
    const auto decimal = continental.parse("About 1,5 million refugees left.");
    REQUIRE(decimal.size() == 1);
    CHECK(decimal[0].value == 1.5e6);
  }
}

namespace {

// The count grammar of a language overlay (lexicon/<lang>/), as the claims layer builds it.
const cg::CountGrammar& grammar_for(const char* lang) {
  static const auto lexicon = crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir());
  static const cg::CountGrammar es(*lexicon.for_language("es"), cg::NumberOptions{'.', ',', true});
  static const cg::CountGrammar it(*lexicon.for_language("it"), cg::NumberOptions{'.', ',', true});
  return std::string_view(lang) == "es" ? es : it;
}

struct LanguageRow {
  const char* lang;
  const char* sentence;
  std::vector<Expected> items;  // Expected::sentence unused
};

}  // namespace

TEST_CASE("CountGrammar: toll phrasings of headlines and wire copy") {
  struct Row {
    const char* sentence;
    std::vector<double> values;
    const char* category;  // of every mention
  };
  const Row rows[] = {
      {"Cyclone Ira kills 14 in Fiji", {14}, ""},  // a governed bare number; the verb says killed
      {"The toll from the cyclone hit 21 on Friday.", {21}, "tally"},
      {"Rescuers found more victims, bringing the death toll to 23.", {23}, "killed"},
      {"Six of the deaths were in Tonga, officials said.", {6}, "killed"},
      {"The cyclone was blamed for 21 deaths - 14 in Fiji, 6 in Tonga and one in Samoa.", {21, 14, 6, 1}, "killed"},
      {"It has killed 21 people: 14 in Fiji and 7 in Tonga.", {21, 14, 7}, ""},  // people: the verb says killed
      // a few words finishing the whole's phrase before the dash
      {"It was blamed for 21 deaths so far in the Pacific - 14 in Fiji, 6 in Tonga and one in Samoa.",
       {21, 14, 6, 1},
       "killed"},
  };
  for (const auto& row : rows) {
    const std::string shown = row.sentence;
    CAPTURE(shown);
    const auto mentions = grammar().parse(row.sentence);
    REQUIRE(mentions.size() == row.values.size());
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      CHECK(mentions[i].value == row.values[i]);
      if (*row.category) CHECK(mentions[i].category == row.category);
      CHECK(mentions[i].listed == (i > 0));
    }
  }
  const auto kills = grammar().parse("Cyclone Ira kills 14 in Fiji");
  REQUIRE(kills.size() == 1);
  CHECK(kills[0].verb == "killed");
  // A partitive of people, a list that does not name its places and numbers after a comma
  // are not read as a breakdown.
  for (const char* sentence : {"Three of the prisoners were in Ankara.", "The storm killed 21 people - 14 and 7.",
                               "The storm killed 21 people, 14 in Fiji.",
                               // a clause of its own before the dash is no end of the whole's phrase
                               "The storm killed 21 people, officials in the capital said - 14 in Fiji."}) {
    CAPTURE(sentence);
    const auto mentions = grammar().parse(sentence);
    CHECK(std::none_of(mentions.begin(), mentions.end(),
                       [](const cg::CountMention& m) { return m.listed || m.partitive; }));
  }
}

TEST_CASE("CountGrammar: a clause that defines who is counted") {
  struct Row {
    const char* sentence;
    double value;
    const char* defined_by;  // "" when no count at all
    const char* text;        // the mention as it spans the text
  };
  const Row rows[] = {
      {"They included 64 who had been serving life terms.", 64, "life_sentences", "64 who had been serving life terms"},
      {"Among them, 64 were serving life sentences for murder.", 64, "life_sentences",
       "64 were serving life sentences"},
      {"including 41 serving life sentences.", 41, "life_sentences", "41 serving life sentences"},
      {"Among the freed were 52 inmates serving life terms.", 52, "life_sentences", "52 inmates serving life terms"},
      {"The group had 30 that were detained without charge.", 30, "without_charge",
       "30 that were detained without charge"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.sentence);
    const auto mentions = grammar().parse(row.sentence);
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].value == row.value);
    CHECK(mentions[0].defined_by == row.defined_by);
    CHECK(std::string_view(row.sentence).substr(mentions[0].begin, mentions[0].end - mentions[0].begin) == row.text);
  }
  // No clause, or one that defines nothing, reads no count from a bare number.
  for (const char* sentence : {"They included 64 who had been serving in the army.",
                               "In 2019 serving life sentences was rare.", "64 who had been waiting"}) {
    CAPTURE(sentence);
    CHECK(grammar().parse(sentence).empty());
  }
}

TEST_CASE("CountGrammar in Spanish and Italian copy") {
  SUBCASE("categories, number words, scopes and lists") {
    const LanguageRow rows[] = {
        {"es",
         "Ambos países liberaron a 180 militares y 95 civiles por cada parte.",
         {{"", 180, "military", Qualifier::exact, Scope::per_side},
          {"", 95, "civilians", Qualifier::exact, Scope::per_side}}},
        {"es",
         "El acuerdo preveía la entrega de un total de 3.000 personas.",
         {{"", 3000, "people", Qualifier::exact, Scope::total}}},
        {"es",
         "Se pactó la liberación de mil personas por cada bando.",
         {{"", 1000, "people", Qualifier::exact, Scope::per_side}}},
        {"es", "Hoy regresaron 215 prisioneros.", {{"", 215, "people"}}},
        {"es", "33 niños muertos en la estampida del estadio.", {{"", 33, "children"}}},
        {"it", "33 bambini morti nella calca dello stadio.", {{"", 33, "children"}}},
        {"es",
         "Fueron canjeados 2,500 soldados rusos.",
         {{"", 2500, "military", Qualifier::exact, Scope::one_side, "russia"}}},
        {"es", "Quedaron libres treinta y cinco detenidos.", {{"", 35, "people"}}},
        {"es", "Volvieron a casa dos mil quinientos cautivos.", {{"", 2500, "people"}}},
        {"es", "Más de 400 heridos llegaron al hospital.", {{"", 400, "injured", Qualifier::more_than}}},
        {"it",
         "Sono stati scambiati 245 prigionieri da ciascuna parte.",
         {{"", 245, "people", Qualifier::exact, Scope::per_side}}},
        {"it",
         "Altri 118 militari russi sono stati rimpatriati.",
         {{"", 118, "military", Qualifier::exact, Scope::one_side, "russia"}}},
        {"it", "L'intesa prevede mille persone per parte.", {{"", 1000, "people", Qualifier::exact, Scope::per_side}}},
        {"it", "In totale sono tornati a casa 780 civili.", {{"", 780, "civilians"}}},
        {"it",
         "Un totale di 1.200 soldati e 300 civili.",
         {{"", 1200, "military", Qualifier::exact, Scope::total}, {"", 300, "civilians"}}},
        {"it",
         "Sono stati liberati 160 soldati, 140 da ciascuna parte.",
         {{"", 160, "military"}, {"", 140, "", Qualifier::exact, Scope::per_side}}},
        {"it", "Quasi duemila persone sono fuggite.", {{"", 2000, "people", Qualifier::nearly}}},
    };
    for (const auto& row : rows) {
      const std::string shown = row.sentence;
      CAPTURE(shown);
      const auto m = grammar_for(row.lang).parse(row.sentence);
      REQUIRE(m.size() == row.items.size());
      for (std::size_t i = 0; i < m.size(); ++i) {
        CHECK(m[i].value == doctest::Approx(row.items[i].value));
        CHECK(m[i].category == row.items[i].category);
        CHECK(m[i].qualifier == row.items[i].qualifier);
        CHECK(m[i].scope == row.items[i].scope);
        CHECK(m[i].side == row.items[i].side);
      }
      CHECK(grammar().parse(row.sentence).size() < row.items.size());  // the base lexicon reads less
    }
  }
  SUBCASE("numbers that are not counts") {
    const std::pair<const char*, const char*> rows[] = {
        {"es", "El conflicto comenzó en 2014 y sigue."},
        {"es", "El soldado tenía 25 años cuando fue capturado."},
        {"es", "La reunión empezó a las 10:30 en Estambul."},
        {"es", "Se vieron el 24 de mayo en la frontera."},
        {"es", "La cita aparece en la página 12 del informe."},
        {"es", "La ayuda asciende a 40 millones de euros."},
        {"it", "La guerra è iniziata nel 2022."},
        {"it", "Il soldato aveva 25 anni."},
        {"it", "Si sono incontrati il 16 maggio a Istanbul."},
        {"it", "Il tasso è salito del 5 per cento."},
    };
    for (const auto& [lang, sentence] : rows) {
      const std::string shown = sentence;
      CAPTURE(shown);
      CHECK(grammar_for(lang).parse(sentence).empty());
    }
  }
}
