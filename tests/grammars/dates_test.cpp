#include "grammars/dates.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace cg = crosscheck::grammars;

namespace {

const cg::DateGrammar& grammar() {
  static const cg::DateGrammar g(crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir()));
  return g;
}

std::string two(unsigned v) { return (v < 10 ? "0" : "") + std::to_string(v); }

// One line per mention, so a table row states the whole expected reading:
// absolute "2025-05-23", "xxxx-05-23..25", "2022-02", "2022"; relative
// "rel <unit> <offset>x<amount> <pub|nar>"; " earlier"/" later" and " wd=N" when set.
std::string describe(const cg::DateMention& m) {
  std::string out;
  if (m.relative) {
    static const char* units[] = {"none", "day", "week", "weekend", "month", "year"};
    out = std::string("rel ") + units[static_cast<int>(m.unit)] + " " + std::to_string(m.offset) + "x" +
          std::to_string(m.amount) + (m.anchor == cg::RelativeAnchor::publication ? " pub" : " nar");
    if (m.earlier_part) out += " earlier";
    if (m.later_part) out += " later";
  } else {
    out = m.year ? std::to_string(*m.year) : "xxxx";
    if (m.precision != cg::DatePrecision::year) out += "-" + (m.month ? two(*m.month) : "??");
    if (m.precision == cg::DatePrecision::day) out += "-" + (m.day ? two(*m.day) : "??");
    if (m.end_month && m.end_month != m.month) out += ".." + two(*m.end_month) + "-" + two(m.end_day.value_or(0));
    else if (m.end_day) out += ".." + two(*m.end_day);
  }
  if (m.weekday) out += " wd=" + std::to_string(*m.weekday);
  return out;
}

struct ParseCase {
  const char* sentence;
  const char* text;     // the one mention expected, as written
  const char* reading;  // describe() of it
};

void check_single(const ParseCase& c) {
  const std::string sentence_text = c.sentence;
  CAPTURE(sentence_text);
  const auto mentions = grammar().parse(c.sentence);
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].text == c.text);
  CHECK(describe(mentions[0]) == c.reading);
  const std::string_view sentence(c.sentence);
  CHECK(sentence.substr(mentions[0].begin, mentions[0].end - mentions[0].begin) == c.text);
}

}  // namespace

TEST_CASE("DateGrammar") {
  SUBCASE("absolute dates in month-first, day-first and numeric orders") {
    const ParseCase cases[] = {
        {"The swap took place on June 14, 2024, officials said.", "June 14, 2024", "2024-06-14"},
        {"Talks resumed June 14 2024 in Ankara.", "June 14 2024", "2024-06-14"},
        {"The ceasefire began on 14 June 2024 at dawn.", "14 June 2024", "2024-06-14"},
        {"Envoys first met on 3rd March 2023 in Doha.", "3rd March 2023", "2023-03-03"},
        {"He was freed on 1st January 2024.", "1st January 2024", "2024-01-01"},
        {"The handover is set for August 9th, a source said.", "August 9th", "xxxx-08-09"},
        {"Prisoners crossed the border on April 30.", "April 30", "xxxx-04-30"},
        {"Officials confirmed the figure on 30 April.", "30 April", "xxxx-04-30"},
        {"It happened on the 23rd of May, the mayor said.", "23rd of May", "xxxx-05-23"},
        {"The document is dated 2024-11-05 in the archive.", "2024-11-05", "2024-11-05"},
        {"A memo dated 19/08/2024 was leaked.", "19/08/2024", "2024-08-19"},
        {"The US cable dated 08/19/2024 said otherwise.", "08/19/2024", "2024-08-19"},
        {"Stamped 19.08.2024 in Kyiv.", "19.08.2024", "2024-08-19"},
        {"The invasion began on Feb. 24, 2022, and continues.", "Feb. 24, 2022", "2022-02-24"},
        {"Talks were held on Sept. 3 in Geneva.", "Sept. 3", "xxxx-09-03"},
        {"The first transfer came on Dec 1, 2024.", "Dec 1, 2024", "2024-12-01"},
        {"PRISONER SWAP ON MAY 23, 2025", "MAY 23, 2025", "2025-05-23"},
        {"A leap-day release on February 29, 2024 was recorded.", "February 29, 2024", "2024-02-29"},
    };
    for (const auto& c : cases) check_single(c);
  }
  SUBCASE("a holiday on a fixed day is that day") {
    const ParseCase cases[] = {
        {"The quake struck on New Year's Day near the coast.", "New Year's Day", "xxxx-01-01"},
        {"Floods swept the valley on the Fourth of July, officials said.", "Fourth of July", "xxxx-07-04"},
        {"The tsunami of Christmas Day 2004 killed thousands.", "Christmas Day 2004", "2004-12-25"},
    };
    for (const auto& c : cases) check_single(c);
    // a holiday weekend is no day, and a lower-case phrase is no holiday
    CHECK(grammar().parse("Crowds came for the July Fourth weekend.").empty());
    CHECK(grammar().parse("He said christmas day was quiet.").empty());
  }
  SUBCASE("weekday with its date keeps both") {
    const ParseCase cases[] = {
        {"On Wednesday, July 2, 2025, the ministry announced a swap.", "Wednesday, July 2, 2025", "2025-07-02 wd=3"},
        {"Sources said Thursday July 3 was chosen.", "Thursday July 3", "xxxx-07-03 wd=4"},
        {"The exchange happened on Saturday (June 7) near the border.", "Saturday (June 7)", "xxxx-06-07 wd=6"},
        {"It ended on Saturday, 7 June 2025, at noon.", "Saturday, 7 June 2025", "2025-06-07 wd=6"},
    };
    for (const auto& c : cases) check_single(c);
  }
  SUBCASE("a list of weekdays before a list of days names no one day") {
    const auto mentions = grammar().parse(
        "Monday, Tuesday and Wednesday, April 14, 15 and 16, respectively, are days "
        "of mourning.");
    REQUIRE(mentions.size() == 3);
    CHECK(mentions[2].text == "Wednesday, April 14");
    CHECK_FALSE(mentions[2].weekday.has_value());
    CHECK(mentions[2].day == 14u);
  }
  SUBCASE("month-year and year-only after a preposition") {
    const ParseCase cases[] = {
        {"Fighting intensified in November 2023 along the front.", "November 2023", "2023-11"},
        {"The largest swap since the war began in February 2022 took place.", "February 2022", "2022-02"},
        {"The deal dates back to Oct. 2023 talks.", "Oct. 2023", "2023-10"},
        {"The two sides have not met since 2019.", "since 2019", "2019"},
        {"Relations soured in 2014 and never recovered.", "in 2014", "2014"},
        {"By 2030 the treaty expires.", "By 2030", "2030"},
        // a month alone after a preposition: its year comes from the anchor
        {"They met in May, witnesses said.", "in May", "xxxx-05"},
        {"In June, 14 prisoners were freed.", "In June", "xxxx-06"},
        {"The talks collapsed in early March amid shelling.", "in early March", "xxxx-03"},
        {"In 3/2024, a bus collided with a tanker.", "3/2024", "2024-03"},
    };
    for (const auto& c : cases) check_single(c);
  }
  SUBCASE("day ranges") {
    const ParseCase cases[] = {
        {"The talks ran March 10-12 in Riyadh.", "March 10-12", "xxxx-03-10..12"},
        {"Talks are scheduled for March 10 to 12.", "March 10 to 12", "xxxx-03-10..12"},
        {"Delegations will meet between 10 and 12 March.", "between 10 and 12 March", "xxxx-03-10..12"},
        {"Delegations will meet between March 10 and 12, officials said.", "between March 10 and 12", "xxxx-03-10..12"},
        {"The summit runs 10\xE2\x80\x93"
         "12 March 2025 in Vienna.",
         "10\xE2\x80\x93"
         "12 March 2025",
         "2025-03-10..12"},
        {"Exchanges took place on 23 to 25 May.", "23 to 25 May", "xxxx-05-23..25"},
        {"The window runs May 30 to June 2, 2025, aid groups said.", "May 30 to June 2, 2025", "2025-05-30..06-02"},
        {"Polls are open 30 May - 2 June in most regions.", "30 May - 2 June", "xxxx-05-30..06-02"},
        {"Fighting paused between May 30 and June 2.", "between May 30 and June 2", "xxxx-05-30..06-02"},
        {"Fighting paused between 30 May and 2 June 2025.", "between 30 May and 2 June 2025", "2025-05-30..06-02"},
        {"The truce held from December 30 to January 2.", "December 30 to January 2", "xxxx-12-30..01-02"},
    };
    for (const auto& c : cases) check_single(c);
  }
  SUBCASE("weekdays alone are relative days") {
    const ParseCase cases[] = {
        {"Ukraine said on Tuesday that 84 soldiers were back.", "Tuesday", "rel day 0x1 pub wd=2"},
        {"No footage came with Tuesday's announcement.", "Tuesday", "rel day 0x1 pub wd=2"},
        {"The strike came late on Monday, residents said.", "Monday", "rel day 0x1 pub wd=1"},
        {"Monday night's shelling hit a school.", "Monday", "rel day 0x1 pub wd=1"},
        {"Officials will meet again next Thursday.", "next Thursday", "rel day 1x1 pub wd=4"},
        {"Negotiators met last Friday in Istanbul.", "last Friday", "rel day -1x1 pub wd=5"},
        {"Both sides will exchange lists this coming Sunday.", "this coming Sunday", "rel day 1x1 pub wd=0"},
    };
    for (const auto& c : cases) check_single(c);
  }
  SUBCASE("casual and unit-relative expressions") {
    const ParseCase cases[] = {
        {"The ministry said yesterday that the buses had left.", "yesterday", "rel day -1x1 pub"},
        {"Today, both sides confirmed the numbers.", "Today", "rel day 0x1 pub"},
        {"The next round is expected tomorrow.", "tomorrow", "rel day 1x1 pub"},
        {"The swap was postponed last week.", "last week", "rel week -1x1 pub"},
        {"Under last week's agreement, both sides gave lists.", "last week", "rel week -1x1 pub"},
        {"Prices rose sharply last month.", "last month", "rel month -1x1 pub"},
        {"The deal was struck last year in Turkey.", "last year", "rel year -1x1 pub"},
        {"Talks resumed this week in Geneva.", "this week", "rel week 0x1 pub"},
        {"Aid will arrive next month, donors said.", "next month", "rel month 1x1 pub"},
        {"An accord reached earlier this month set the terms.", "earlier this month", "rel month 0x1 pub earlier"},
        {"Envoys spoke earlier this week by phone.", "earlier this week", "rel week 0x1 pub earlier"},
        {"A second stage is planned later this month.", "later this month", "rel month 0x1 pub later"},
        {"Accusations flew over the weekend about the bodies.", "over the weekend", "rel weekend -1x1 pub"},
        {"The talks collapsed at the weekend.", "at the weekend", "rel weekend -1x1 pub"},
        {"Drones struck the port last weekend.", "last weekend", "rel weekend -1x1 pub"},
    };
    for (const auto& c : cases) check_single(c);
  }
  SUBCASE("amounts ago and narrative shifts") {
    const ParseCase cases[] = {
        {"The convoy left two days ago.", "two days ago", "rel day -1x2 pub"},
        {"Three weeks ago the front was quiet.", "Three weeks ago", "rel week -1x3 pub"},
        {"The list was sent 5 days ago, the mediator said.", "5 days ago", "rel day -1x5 pub"},
        {"A week earlier, the sides had swapped 300 each.", "A week earlier", "rel week -1x1 nar"},
        {"The wounded were flown home a day later.", "a day later", "rel day 1x1 nar"},
        {"Two days earlier, the lists had been signed.", "Two days earlier", "rel day -1x2 nar"},
        {"Talks had stalled the previous week.", "the previous week", "rel week -1x1 nar"},
        {"The following day, the ministry released names.", "The following day", "rel day 1x1 nar"},
        {"The day before, negotiators had agreed the terms.", "The day before", "rel day -1x1 nar"},
        {"A second group went home the following week.", "the following week", "rel week 1x1 nar"},
        {"It followed negotiations a week earlier in Doha.", "a week earlier", "rel week -1x1 nar"},
        {"Three days later the bodies were handed over.", "Three days later", "rel day 1x3 nar"},
        {"The lists had been swapped two days before.", "two days before", "rel day -1x2 nar"},
        {"The ceasefire had collapsed the day before.", "the day before", "rel day -1x1 nar"},
    };
    for (const auto& c : cases) check_single(c);
  }
  SUBCASE("things that are not dates") {
    const char* sentences[] = {
        "The F-16 jets arrived at the base.",
        "COVID-19 restrictions were lifted.",
        "390 prisoners were released by each side.",
        "See page 23 for details.",
        "They may 23 times refuse before agreeing.",
        "Troops march 20 km a day.",
        "The match ended 3-1 after extra time.",
        "The meeting started at 10:30 sharp.",
        "Call +44 20 7946 0958 for details.",
        "Of the 25 under the age of 25, most were conscripts.",
        "2025 prisoners were swapped in total.",
        "A total of 2025 prisoners went home.",
        "She won by 2000 votes.",
        "The 2022 invasion changed everything.",
        "The form dated 05/06/2025 is ambiguous.",
        "No one was born on February 30, 2024.",
        "February 29, 2023 never happened.",
        "The talks resume this Friday.",
        "Shelling continued over the last week.",
        "It was the last day of talks.",
        "The day before the talks, shelling resumed.",
        "Two days after the exchange the lists leaked.",
        "May I add one more thing?",
        "June said the figures were wrong.",
        "The score was 3/4 and the service 24/7.",
        "He is 23 years old.",
        "After two days of talks, nothing changed.",
        "The fee rose by 1.5 million.",
        "Section 12.03.20 of the code applies.",
        "The truce held from December 30 to January 2, 2025, they said.",
        "Between 3 and 390 prisoners were moved each day.",
        "Results in 2020s polling were mixed.",
    };
    for (const std::string sentence : sentences) {
      CAPTURE(sentence);
      const auto mentions = grammar().parse(sentence);
      CHECK_MESSAGE(mentions.empty(), (mentions.empty() ? "" : mentions[0].text));
    }
  }
  SUBCASE("several mentions left to right, without overlap") {
    const std::string sentence =
        "The sides swapped prisoners on Friday, May 23, 2025, a week after talks on May 16, and again "
        "the next day.";
    const auto mentions = grammar().parse(sentence);
    REQUIRE(mentions.size() == 3);
    CHECK(mentions[0].text == "Friday, May 23, 2025");
    CHECK(mentions[1].text == "May 16");
    CHECK(mentions[2].text == "the next day");
    CHECK(mentions[0].end <= mentions[1].begin);
    CHECK(mentions[1].end <= mentions[2].begin);
    CHECK(describe(mentions[2]) == "rel day 1x1 nar");
  }
  SUBCASE("an unreadable form is consumed, not re-read from its middle") {
    // "this Friday" is dropped as a whole; "Friday" alone must not come back as a past day.
    const auto mentions = grammar().parse("Envoys will return this Friday and sign on June 2.");
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].text == "June 2");
  }
}

TEST_CASE("DateGrammar in Spanish and Italian copy") {
  static const auto lexicon = crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir());
  static const cg::DateGrammar es(*lexicon.for_language("es"));
  static const cg::DateGrammar it(*lexicon.for_language("it"));
  struct Row {
    const cg::DateGrammar* grammar;
    const char* sentence;
    const char* text;
    const char* reading;
  };
  SUBCASE("month names, weekdays and relative words, each in its language") {
    const Row rows[] = {
        {&es, "La reunión se celebró el 12 de marzo en Ginebra.", "12 de marzo", "xxxx-03-12"},
        {&es, "Se firmó el 24 de mayo de 2025 por la tarde.", "24 de mayo de 2025", "2025-05-24"},
        {&es, "Martes 3 de junio de 2025", "Martes 3 de junio de 2025", "2025-06-03 wd=2"},
        {&es, "Los dos países intercambiaron este viernes a los presos.", "este viernes", "rel day 0x1 pub wd=5"},
        {&es, "El canje siguió el sábado por la mañana.", "sábado", "rel day 0x1 pub wd=6"},
        {&es, "Ocurrió el viernes pasado cerca de la frontera.", "viernes pasado", "rel day -1x1 pub wd=5"},
        {&es, "Lo pactaron la semana pasada en Turquía.", "la semana pasada", "rel week -1x1 pub"},
        {&es, "Lo anunció hace tres días el ministerio.", "hace tres días", "rel day -1x3 pub"},
        {&es, "Ayer llegaron a la frontera.", "Ayer", "rel day -1x1 pub"},
        {&es, "La guerra empezó en 2022, según el informe.", "en 2022", "2022"},
        {&it, "Il 17 giugno, secondo il ministero, è avvenuto lo scambio.", "17 giugno", "xxxx-06-17"},
        {&it, "Lo scambio è avvenuto sabato al confine.", "sabato", "rel day 0x1 pub wd=6"},
        {&it, "Si sono visti sabato scorso a Ginevra.", "sabato scorso", "rel day -1x1 pub wd=6"},
        {&it, "L'accordo è stato firmato la settimana scorsa.", "la settimana scorsa", "rel week -1x1 pub"},
        {&it, "Lo ha detto due giorni fa il ministro.", "due giorni fa", "rel day -1x2 pub"},
        {&it, "Ieri sono tornati a casa.", "Ieri", "rel day -1x1 pub"},
        {&it, "Il conflitto è iniziato nel 2022.", "nel 2022", "2022"},
    };
    for (const auto& row : rows) {
      const std::string shown = row.sentence;
      CAPTURE(shown);
      const auto mentions = row.grammar->parse(row.sentence);
      REQUIRE(mentions.size() == 1);
      CHECK(mentions[0].text == row.text);
      CHECK(describe(mentions[0]) == row.reading);
      CHECK(grammar().parse(row.sentence).empty());  // the base lexicon does not read them
    }
  }
  SUBCASE("words that are not dates there") {
    for (const auto& [g, sentence] : std::initializer_list<std::pair<const cg::DateGrammar*, const char*>>{
             {&es, "La mayoría de los 300 presos volvió a casa."},
             {&es, "Fueron liberados 25 soldados."},
             {&es, "El soldado tenía 25 años."},
             {&it, "Il soldato aveva 25 anni."},
             {&it, "Sono stati liberati 307 militari."},
         }) {
      const std::string shown = sentence;
      CAPTURE(shown);
      CHECK(g->parse(sentence).empty());
    }
  }
}
