// ClaimExtractor: which event a count hangs on, scope and property, the published date and
// relative dates, and positions that survive re-wrapping, BOMs, CRLF, tabs and UTF-8.
#include <doctest/doctest.h>

#include <algorithm>
#include <tuple>

#include "checker/core/data_dir.hpp"
#include "tests/claims/claims_corpus.hpp"

using namespace crosscheck;
using namespace crosscheck::test;

namespace {

const std::string published_june = "---\npublished: 2025-06-12\n---\n";

// What a claim says, without where it stands: re-spaced text must give the same list.
std::vector<std::tuple<std::string, std::string, double, int, int, std::string>> count_signatures(
    const DocumentClaims& doc) {
  std::vector<std::tuple<std::string, std::string, double, int, int, std::string>> out;
  for (const auto* c : claims_of(doc, ClaimKind::count))
    out.emplace_back(c->text, c->property, count_value(*c), static_cast<int>(c->scope), static_cast<int>(c->qualifier),
                     mention_type(doc, *c));
  return out;
}

std::vector<std::pair<std::string, std::string>> date_signatures(const DocumentClaims& doc) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto* c : claims_of(doc, ClaimKind::date)) {
    const auto& v = std::get<DateValue>(c->value);
    out.emplace_back(c->text, iso_date(v.lo) + ".." + iso_date(v.hi));
  }
  return out;
}

// A sentence, the text of one of its counts and the property that count must have.
struct PropertyRow {
  std::string sentence;
  const char* number;
  const char* property;
};

template <std::size_t N>
void check_properties(const PropertyRow (&rows)[N]) {
  for (const auto& row : rows) {
    CAPTURE(row.sentence);
    const auto doc = extract_text(published_june + row.sentence + "\n");
    const Claim* c = find_claim(doc, ClaimKind::count, row.number);
    REQUIRE(c != nullptr);
    CHECK(c->property == row.property);
  }
}

}  // namespace

TEST_CASE("ClaimExtractor event attribution") {
  struct Row {
    std::string sentence;
    const char* number;      // the claim's text contains this
    const char* event_type;  // the mention it hangs on
  };
  SUBCASE("counts an agreement provides for hang on the agreement") {
    const Row rows[] = {
        {"The two governments signed a deal to swap 1,000 prisoners.", "1,000", "agreement"},
        {"Negotiators agreed to release 500 each, officials said.", "500", "agreement"},
        {"The sides reached an agreement involving the exchange of 300 prisoners from each side.", "300", "agreement"},
        {"Under the new deal, the sides will exchange 84 prisoners.", "84", "agreement"},
        {"Moscow and Kyiv struck an accord to free 220 captives by the end of summer.", "220", "agreement"},
    };
    for (const auto& row : rows) {
      CAPTURE(row.sentence);
      const auto doc = extract_text(published_june + row.sentence + "\n");
      const Claim* c = find_claim(doc, ClaimKind::count, row.number);
      REQUIRE(c != nullptr);
      CHECK(mention_type(doc, *c) == row.event_type);
    }
  }
  SUBCASE("counts of a swap that happened hang on the exchange") {
    const Row rows[] = {
        {"On Tuesday each side released 390 prisoners.", "390", "exchange"},
        {"Ukraine and Russia swapped 150 soldiers on Friday.", "150", "exchange"},
        {"The swap of 84 detainees went ahead near the border.", "84", "exchange"},
        {"A total of 600 captives were exchanged on the Belarusian border.", "600", "exchange"},
    };
    for (const auto& row : rows) {
      CAPTURE(row.sentence);
      const auto doc = extract_text(published_june + row.sentence + "\n");
      const Claim* c = find_claim(doc, ClaimKind::count, row.number);
      REQUIRE(c != nullptr);
      CHECK(mention_type(doc, *c) == row.event_type);
    }
  }
  SUBCASE("an exchange after a deal in another sentence stays the exchange") {
    const auto doc = extract_text(
        published_june + "The deal was signed in Istanbul on June 2. On Tuesday each side released 390 prisoners.\n");
    const Claim* c = find_claim(doc, ClaimKind::count, "390");
    REQUIRE(c != nullptr);
    CHECK(mention_type(doc, *c) == "exchange");
  }
  SUBCASE("a plan is marked future, another swap is marked other") {
    const auto doc = extract_text(published_june +
                                  "The two countries will exchange 200 captives. A previous swap freed 95 soldiers.\n");
    bool future = false, other = false;
    for (const auto& m : doc.events) {
      if (m.type == "exchange" && m.future) future = true;
      if (m.type == "exchange" && m.other) other = true;
    }
    CHECK(future);
    CHECK(other);
  }
}

TEST_CASE("ClaimExtractor count scope") {
  struct Row {
    std::string sentence;
    const char* number;
    Scope scope;
  };
  SUBCASE("clause-level markers before the number") {
    const Row rows[] = {
        {"The swap went ahead, with each side releasing 390 people.", "390", Scope::per_side},
        {"Each side handed over 270 soldiers on Friday.", "270", Scope::per_side},
        {"On Friday, a total of 780 prisoners were swapped.", "780", Scope::total},
        {"Altogether 640 people were exchanged on Friday.", "640", Scope::total},
    };
    for (const auto& row : rows) {
      CAPTURE(row.sentence);
      const auto doc = extract_text(published_june + row.sentence + "\n");
      const Claim* c = find_claim(doc, ClaimKind::count, row.number);
      REQUIRE(c != nullptr);
      CHECK(c->scope == row.scope);
    }
  }
  SUBCASE("'each of the N' and markers in another clause give no scope") {
    const Row rows[] = {
        {"Each of the 390 men was examined by doctors after the swap.", "390", Scope::unspecified},
        {"Each side praised the mediators; 150 prisoners were exchanged.", "150", Scope::unspecified},
    };
    for (const auto& row : rows) {
      CAPTURE(row.sentence);
      const auto doc = extract_text(published_june + row.sentence + "\n");
      const Claim* c = find_claim(doc, ClaimKind::count, row.number);
      REQUIRE(c != nullptr);
      CHECK(c->scope == row.scope);
    }
  }
  SUBCASE("a running total is marked running, and keeps whose figure it is") {
    const Row rows[] = {
        {"In all, 780 people have been exchanged so far.", "780", Scope::total},
        {"Some 1,200 prisoners have been swapped to date under the scheme.", "1,200", Scope::cumulative},
    };
    for (const auto& row : rows) {
      CAPTURE(row.sentence);
      const auto doc = extract_text(published_june + row.sentence + "\n");
      const Claim* c = find_claim(doc, ClaimKind::count, row.number);
      REQUIRE(c != nullptr);
      CHECK(c->scope == row.scope);
      CHECK(c->running);
    }
  }
}

TEST_CASE("ClaimExtractor count property") {
  SUBCASE("a specific category wins over the verb") {
    const PropertyRow rows[] = {
        {"On Friday each side released 270 soldiers.", "270", "military"},
        {"The prisoners freed on Friday included 50 civilians.", "50", "civilians"},
    };
    check_properties(rows);
  }
  SUBCASE("generic people take the verb near the number") {
    const PropertyRow rows[] = {
        {"The earthquake killed 45 people.", "45", "killed"},
        {"At least 120 people were injured in the quake.", "120", "injured"},
        {"The flood left 30 people dead and 200 injured.", "30", "killed"},
        {"The flood left 30 people dead and 200 injured.", "200", "injured"},
        {"Officials said 17 people died in the floods.", "17", "killed"},
        {"On Friday the two sides released 150 prisoners.", "150", "released"},
        {"Some 90 detainees were exchanged on Friday.", "90", "released"},
    };
    check_properties(rows);
  }
  SUBCASE("a running toll after the verb that brings it there") {
    const PropertyRow rows[] = {
        {"Two more bodies were found, bringing the death tally to 30.", "30", "killed"},
        {"The latest reports brought the tally of the dead to 31.", "31", "killed"},
        {"Officials put the death toll at 32 on Friday.", "32", "killed"},
        {"The swap added 20 civilians, bringing the total to 410 individuals exchanged.", "410", "released"},
        // a frame with what it counts inside it
        {"Officials put the number of flood deaths outside the valley at 22.", "22", "killed"},
        {"The storm hit, bringing the overall tally of lives lost to 109.", "109", "killed"},
        {"Officials put the number of people missing in the valley at 18.", "18", "missing"},
        // a revision is the figure now
        {"The number of deaths in the floods has been revised to 275.", "275", "killed"},
    };
    check_properties(rows);
  }
  SUBCASE("a frame with what it counts inside it") {
    const auto doc = extract_text(published_june +
                                  "Officials put the number of flood deaths in Norland Province at 41.\n\n"
                                  "The agency put the number of cars on the bridge at 300.\n\n"
                                  "The storm put the number of flood deaths, officials said, at 35.\n\n"
                                  "Sheriffs put the number of flood deaths outside Lane County at 22.\n");
    // everywhere but a place: a place part, never the whole toll
    const Claim* rest = find_claim(doc, ClaimKind::count, "22");
    REQUIRE(rest != nullptr);
    CHECK(rest->property == "killed");
    REQUIRE(rest->part);
    CHECK(rest->part->dimension == "place");
    CHECK(rest->part->value == "outside Lane County");
    const Claim* placed = find_claim(doc, ClaimKind::count, "41");
    REQUIRE(placed != nullptr);
    CHECK(placed->property == "killed");
    CHECK(placed->location == "Norland Province");
    CHECK(find_claim(doc, ClaimKind::count, "300") == nullptr);  // its words name nothing counted
    CHECK(find_claim(doc, ClaimKind::count, "35") == nullptr);   // a frame's words are one clause's
  }
  SUBCASE("the word right before a marker names the whole a group is part of") {
    const PropertyRow rows[] = {
        {"At least 64 people died and 20 were hurt, with the dead including 40 women and nine children.", "40",
         "killed/women"},
        {"At least 64 people died and 20 were hurt, with the dead including 40 women and nine children.", "nine",
         "killed/children"},
        {"The blast killed 12 and left 30 injured, including 11 women.", "11", "injured/women"},
        // a figure named after the count before, the grammar reading no count for it
        {"At least 9 people are dead and dozens more are missing, including more than 15 children.", "15",
         "missing/children"},
        {"Two bodies were found where 40 homes stood, and many injured reported, including at least 12 women.", "12",
         "injured/women"},
    };
    check_properties(rows);
  }
  SUBCASE("a qualifier inside a figure noun makes another figure") {
    const PropertyRow rows[] = {
        {"The quake left 238 people dead; 15 suspected disaster-related deaths were also reported.", "15",
         "killed/indirect"},
        {"Officials counted 12 suspected deaths in the town.", "12", "killed/suspected"},
        {"The quake left 238 people dead; 15 suspected disaster-related deaths were also reported.", "238", "killed"},
    };
    check_properties(rows);
  }
  SUBCASE("a group after a copula is a part of the count before it") {
    const PropertyRow rows[] = {
        {"Of the 43 dead in Lane County, 28 were adults and 15 were children, the sheriff said.", "28",
         "killed/adults"},
        {"Of the 43 dead in Lane County, 28 were adults and 15 were children, the sheriff said.", "15",
         "killed/children"},
        {"The blast killed 50 people; 30 were women.", "30", "killed/women"},
    };
    check_properties(rows);
    const auto doc = extract_text(published_june +
                                  "Of the 43 dead in Lane County, 28 were adults and 15 were children.\n\n"
                                  "Only 3 were adults.\n");
    const Claim* adults = find_claim(doc, ClaimKind::count, "28");
    REQUIRE(adults != nullptr);
    CHECK(adults->location == "Lane County");
    REQUIRE(adults->part);
    CHECK(adults->part->whole == "killed");
    // no count before it: no whole, and no group of its own either
    CHECK(find_claim(doc, ClaimKind::count, "3 were") == nullptr);
  }
  SUBCASE("a figure with a predicate of its own after a list") {
    const PropertyRow rows[] = {
        // not the next item of the list "including 20 children": a predicate stands between
        {"At least 60 people, including 20 children, have been confirmed dead, more than 30 remain missing.", "30",
         "missing"},
        {"At least 60 people, including 20 children, have been confirmed dead, more than 30 remain missing.", "20",
         "killed/children"},
        // "with" coordinates two figures: the verb before the first is not the second's
        {"In Lake County, at least four people are dead with two missing.", "two", "missing"},
        {"In Lake County, at least four people are dead with two missing.", "four", "killed"},
    };
    check_properties(rows);
  }
  SUBCASE("what the counted were reported as before is no current figure") {
    const auto doc = extract_text(published_june +
                                  "The county said 1,200 people originally reported as unaccounted for after the "
                                  "wildfire have been found safe.\n\n"
                                  "Four people previously reported missing in the flood had been found.\n\n"
                                  "The wildfire left 380 people missing, officials said.\n");
    for (const char* figure : {"1,200", "Four"}) {
      CAPTURE(figure);
      const Claim* c = find_claim(doc, ClaimKind::count, figure);
      REQUIRE(c != nullptr);
      CHECK(c->not_event.find("reported as earlier") != std::string::npos);
    }
    const Claim* current = find_claim(doc, ClaimKind::count, "380");
    REQUIRE(current != nullptr);
    CHECK(current->not_event.empty());
  }
  SUBCASE("an event another one causes is part of the cause's story") {
    const auto doc = extract_text(published_june +
                                  "The quake, which caused extensive damage and wildfires in the prefecture, has left "
                                  "at least 211 missing.\n\n"
                                  "Floods caused by the storm killed 30 people in the valley.\n\n"
                                  "Floods caused by Typhoon Ivo killed 12 people in the hills.\n");
    std::vector<std::string> types;
    for (const auto& m : doc.events) types.push_back(m.type);
    CHECK(std::count(types.begin(), types.end(), "wildfire") == 0);  // the quake's fires
    CHECK(std::count(types.begin(), types.end(), "earthquake") == 1);
    // the passive names the cause after "by": the flood is the storm's
    CHECK(std::count(types.begin(), types.end(), "flood") == 0);
    CHECK(std::count(types.begin(), types.end(), "storm") == 2);  // "by Typhoon Ivo": no article after "by"
    const auto caption = extract_text(published_june +
                                      "The town is seen on Wednesday morning following a massive wildfire caused by "
                                      "the earthquake on Monday.\n");
    REQUIRE(caption.events.size() == 1);
    CHECK(caption.events.front().type == "earthquake");
  }
  SUBCASE("in title case, only a place the gazetteer knows is one") {
    const auto doc = extract_text(published_june +
                                  "Rebels Free 3 Hostages in Exchange for 90 Prisoners\n\n"
                                  "Storm Kills 40 People in Haiti as Rivers Rise\n");
    const Claim* freed = find_claim(doc, ClaimKind::count, "3");
    REQUIRE(freed != nullptr);
    CHECK(freed->location.empty());
    const Claim* dead = find_claim(doc, ClaimKind::count, "40");
    REQUIRE(dead != nullptr);
    CHECK(dead->location == "Haiti");
  }
  SUBCASE("a headline's capitals name no event") {
    // "Strong Aftershock" in title case is no second named quake beside the one the body names
    const auto doc =
        extract_text(published_june +
                     "Quake Toll Reaches 126; Strong Aftershock Shakes Coastal Towns\n\n"
                     "The death toll from the Jan. 1 Coastal Valley Earthquake grew to 126 on Saturday.\n");
    const Claim* c = find_claim(doc, ClaimKind::count, "grew to 126");
    REQUIRE(c != nullptr);
    CHECK(c->location.empty());
  }
  SUBCASE("a number broken by a stray space leaves no count of zero") {
    const auto doc = extract_text(published_june + "The fire put more than 35, 000 people on the island at risk.\n");
    for (const Claim& c : doc.claims)
      if (c.kind == ClaimKind::count) CHECK(std::get<CountValue>(c.value).value != 0);
  }
  SUBCASE("a named day is no place") {
    const auto doc = extract_text(published_june +
                                  "Officials said 202 people were confirmed dead in the New Year's Day earthquake.\n");
    const Claim* c = find_claim(doc, ClaimKind::count, "202");
    REQUIRE(c != nullptr);
    CHECK(c->location.empty());
  }
  SUBCASE("what a noun phrase itself says is counted") {
    const PropertyRow rows[] = {
        // a figure word before a head that is itself a figure
        {"Some 1,500 injured victims were reported, including 300 critically-wounded people.", "1,500", "injured"},
        {"Some 1,500 injured victims were reported, including 300 critically-wounded people.", "300", "injured/people"},
        // but what its clause says happened to them is what is counted: people taken to
        // hospital so far, never the injured toll, and not the people still there
        {"Some 2,100 injured people have been admitted to various hospitals.", "2,100", "admitted"},
        {"Some 1,500 injured victims were taken to hospitals on Monday.", "1,500", "admitted"},
        {"Among them, 248 are still hospitalized.", "248", "hospitalised"},
        // things are not hurt: a verb of harm before them is another figure's
        {"Officials said 1,200 people were dead, 5,000 injured and 900 houses damaged or destroyed.", "900",
         "homes/damaged_or_destroyed"},
        // what happened to things is their figure's state: destroyed is not damaged or destroyed
        {"Besides the dead, 1,320 houses are completely destroyed, the ministry said.", "1,320", "homes/destroyed"},
        {"The fire burned 2,000 acres and 300 structures were damaged, the agency said.", "300", "buildings/damaged"},
        {"The agency counted 500 homes in the valley.", "500", "homes"},
        {"Officials said 1,200 people were dead, 5,000 injured and 900 houses damaged or destroyed.", "5,000",
         "injured"},
        // a sentence opening with a whole whose noun is a figure (victims: killed)
        {"Among the victims of the crash were 40 women, 38 men, and 6 others.", "40", "killed/women"},
        {"Among the victims of the crash were 40 women, 38 men, and 6 others.", "38", "killed/men"},
        // a marker names the group right after it, not a figure in the clause after that group
        {"At least 14 people were killed in the collapse, including children, while 90 people are still "
         "unaccounted for.",
         "90", "missing"},
        {"The fire killed 20 people, among them, 6 children.", "6", "killed/children"},
    };
    check_properties(rows);
  }
  SUBCASE("the predicate after a clause that says who the counted are") {
    const PropertyRow rows[] = {
        {"The governor said 18 children attending Camp Pinecrest, a church camp, are still unaccounted for.", "18",
         "missing/children"},
        {"She said about 21 children who were attending the camp, a church camp, are still missing.", "21",
         "missing/children"},
        {"Officials said 14 children who were attending the camp remain missing.", "14", "missing/children"},
        {"Two other citizens who have not yet been named were also released.", "Two", "released/citizens"},
        // no predicate of theirs after the clause (and no property verb before it): the figure
        // names its group only
        {"The flood surrounded 30 children attending the camp, a church camp, in a cabin.", "30", "children"},
        // people rescuers cannot reach yet are neither dead nor missing
        {"The quake left nine dead, with 143 people still trapped in the rubble.", "143", "trapped"},
    };
    check_properties(rows);
  }
}

TEST_CASE("ClaimExtractor published date") {
  SUBCASE("front matter") {
    const auto doc = extract_text(published_june + "The two sides exchanged 150 prisoners on Tuesday.\n");
    REQUIRE(doc.published.has_value());
    CHECK(iso_date(*doc.published) == "2025-06-12");
    CHECK_FALSE(doc.published_inferred);
  }
  SUBCASE("a date line under the title") {
    const auto doc =
        extract_text("Prisoner swap completed\nMarch 14, 2025\n\nThe two sides exchanged 150 prisoners on Thursday.\n");
    REQUIRE(doc.published.has_value());
    CHECK(iso_date(*doc.published) == "2025-03-14");
    CHECK(doc.published_inferred);
    CHECK(doc.published_how.find("date line") != std::string::npos);
    CHECK(doc.published_how.find("2:1") != std::string::npos);
  }
  SUBCASE("a lead that opens with a full date") {
    const auto doc = extract_text(
        "On Friday, March 14, 2025, the two sides exchanged 150 prisoners. A second swap followed on March 20.\n");
    REQUIRE(doc.published.has_value());
    CHECK(iso_date(*doc.published) == "2025-03-14");
    CHECK(doc.published_inferred);
    CHECK(doc.published_how.find("lead") != std::string::npos);
  }
  SUBCASE("never from a date in the middle of the text") {
    const auto doc = extract_text(
        "The two sides exchanged 150 prisoners on Thursday. Mediators had spent weeks on the lists.\n\n"
        "According to the ministry, officials met on March 14, 2025, to plan it. The talks resumed on April 2.\n");
    CHECK_FALSE(doc.published.has_value());
    // Without a published date "Thursday" cannot be placed, and nothing invents one.
    const Claim* thursday = find_claim(doc, ClaimKind::date, "Thursday");
    REQUIRE(thursday != nullptr);
    CHECK(has_explain(*thursday, "cannot be resolved"));
  }
  SUBCASE("a lead date later in a sentence is not a published date") {
    const auto doc = extract_text(
        "Officials confirmed that the prisoners crossed the border on Friday, March 14, 2025, near Sumy. More swaps may follow.\n");
    CHECK_FALSE(doc.published.has_value());
  }
}

TEST_CASE("ClaimExtractor relative and year-less dates") {
  const std::string front = "---\npublished: 2025-03-16\n---\n";
  SUBCASE("relative expressions resolve against the published date and say how") {
    struct Row {
      std::string sentence;
      const char* expression;
      const char* lo;
      const char* hi;
    };
    const Row rows[] = {
        {"The two sides exchanged 150 prisoners yesterday.", "yesterday", "2025-03-15", "2025-03-15"},
        {"The two sides exchanged 150 prisoners on Thursday.", "Thursday", "2025-03-13", "2025-03-13"},
        {"Last week the envoys held talks in Geneva.", "Last week", "2025-03-03", "2025-03-09"},
        {"Earlier this month, talks stalled in Riyadh.", "Earlier this month", "2025-03-01", "2025-03-15"},
    };
    for (const auto& row : rows) {
      CAPTURE(row.sentence);
      const auto doc = extract_text(front + row.sentence + "\n");
      const Claim* c = find_claim(doc, ClaimKind::date, row.expression);
      REQUIRE(c != nullptr);
      const auto& v = std::get<DateValue>(c->value);
      CHECK(v.relative);
      CHECK(iso_date(v.lo) == row.lo);
      CHECK(iso_date(v.hi) == row.hi);
      CHECK(v.resolution.find("2025-03-16") != std::string::npos);
      CHECK(has_explain(*c, "2025-03-16"));
    }
  }
  SUBCASE("after 'that', a weekday the page's year makes wrong is of the latest year before whose it is") {
    const auto doc = extract_text(
        "---\npublished: 2025-06-10\n---\nA year has passed since the bridge fell in Varno. The alarm "
        "was raised that Monday, June 10, at dusk.\n\nThe hearing opened on Thursday, June 10, in Varno.\n");
    const Claim* that_day = find_claim(doc, ClaimKind::date, "Monday, June 10");
    REQUIRE(that_day != nullptr);
    CHECK(iso_date(std::get<DateValue>(that_day->value).lo) == "2024-06-10");
    CHECK(has_explain(*that_day, "after 'that'"));
    // without the demonstrative the page's year stands, and its weekday is wrong
    const Claim* wrong = find_claim(doc, ClaimKind::date, "Thursday, June 10");
    REQUIRE(wrong != nullptr);
    CHECK(iso_date(std::get<DateValue>(wrong->value).lo) == "2025-06-10");
  }
  SUBCASE("a year-less date takes the document's year") {
    const auto doc =
        extract_text("---\npublished: 2024-11-20\n---\nOn November 18 the two sides swapped 60 prisoners.\n");
    const Claim* c = find_claim(doc, ClaimKind::date, "November 18");
    REQUIRE(c != nullptr);
    const auto& v = std::get<DateValue>(c->value);
    CHECK(iso_date(v.lo) == "2024-11-18");
    CHECK_FALSE(v.relative);
    CHECK(v.resolution.find("2024") != std::string::npos);
  }
  SUBCASE("without a published date a year-less date takes the year written in full") {
    const auto doc = extract_text(
        "On Friday, March 14, 2025, the two sides exchanged 150 prisoners. A second swap followed on March 20.\n");
    const Claim* c = find_claim(doc, ClaimKind::date, "March 20");
    REQUIRE(c != nullptr);
    CHECK(iso_date(std::get<DateValue>(c->value).lo) == "2025-03-20");
  }
  SUBCASE("an editor's bracketed gloss after a relative day is the day it meant") {
    // A quoted report written the day before the page: its "yesterday" is not the page's.
    const auto doc = extract_text(front +
                                  "\"A blast killed 40 people yesterday [13 March] at the depot,\" the assessment "
                                  "says.\n");
    CHECK(find_claim(doc, ClaimKind::date, "yesterday") == nullptr);
    const Claim* c = find_claim(doc, ClaimKind::date, "13 March");
    REQUIRE(c != nullptr);
    CHECK(iso_date(std::get<DateValue>(c->value).lo) == "2025-03-13");
    // Without brackets the relative day is the page's own.
    const auto plain = extract_text(front + "A blast killed 40 people yesterday at the depot.\n");
    CHECK(find_claim(plain, ClaimKind::date, "yesterday") != nullptr);
  }
  SUBCASE("a quoted speaker's relative day glossed with its date is the speaker's day") {
    const auto doc = extract_text(
        "---\npublished: 2025-03-16\nlang: es\n---\n\"Durante la madrugada del día de hoy 13 de marzo se registró "
        "una réplica del sismo\", dijo el ministro.\n");
    CHECK(find_claim(doc, ClaimKind::date, "hoy") == nullptr);
    const Claim* c = find_claim(doc, ClaimKind::date, "13 de marzo");
    REQUIRE(c != nullptr);
    CHECK(iso_date(std::get<DateValue>(c->value).lo) == "2025-03-13");
    // outside a quotation the page's own "hoy" stays
    const auto own = extract_text("---\npublished: 2025-03-16\nlang: es\n---\nHoy se registró una réplica.\n");
    CHECK(find_claim(own, ClaimKind::date, "Hoy") != nullptr);
  }
  SUBCASE("a narrative-relative date waits for the events layer") {
    const auto doc =
        extract_text(front + "The two sides exchanged 150 prisoners on Thursday, after talks held a week earlier.\n");
    CHECK(doc.pending.size() == 1);
  }
}

TEST_CASE("ClaimExtractor whitespace independence") {
  const std::string clean =
      "On Tuesday the two sides exchanged 150 prisoners, with each side releasing 75 soldiers. In all, 780 people have "
      "been swapped so far.\n";
  SUBCASE("re-wrapped lines give the same claims") {
    const std::string wrapped =
        "On Tuesday the two sides exchanged 150\nprisoners, with each side releasing 75\nsoldiers. In all, 780 people have\n"
        "been swapped so far.\n";
    const auto a = extract_text(published_june + clean);
    const auto b = extract_text(published_june + wrapped);
    CHECK(count_signatures(a).size() == 3);
    CHECK(count_signatures(a) == count_signatures(b));
    CHECK(date_signatures(a) == date_signatures(b));
  }
  SUBCASE("doubled spaces and tabs give the same claims") {
    const std::string spaced =
        "On  Tuesday the two sides  exchanged 150   prisoners, with each\tside releasing 75 soldiers. In all,  780 people "
        "have been  swapped so far.\n";
    const auto a = extract_text(published_june + clean);
    const auto b = extract_text(published_june + spaced);
    CHECK(count_signatures(a) == count_signatures(b));
    CHECK(date_signatures(a) == date_signatures(b));
  }
}

TEST_CASE("ClaimExtractor positions") {
  struct Row {
    std::string name;
    std::string text;
    const char* number;
    int line, column, end_column;
  };
  const Row rows[] = {
      {"plain", "Title\n\nThe sides exchanged 150 prisoners.\n", "150", 3, 21, 34},
      {"BOM", "\xEF\xBB\xBFTitle\n\nThe sides exchanged 150 prisoners.\n", "150", 3, 21, 34},
      {"CRLF", "Title\r\n\r\nThe sides exchanged 150 prisoners.\r\n", "150", 3, 21, 34},
      {"BOM and CRLF", "\xEF\xBB\xBFTitle\r\n\r\nThe sides exchanged 150 prisoners.\r\n", "150", 3, 21, 34},
      // A tab is one column, like any other character.
      {"tab", "Title\n\n\tThe sides exchanged 150 prisoners.\n", "150", 3, 22, 35},
      // "Kyiv\u2019s" and "\u2014" are one column each though several bytes.
      {"multibyte", "Title\n\nKyiv\xE2\x80\x99s side \xE2\x80\x94 it said \xE2\x80\x94 exchanged 150 prisoners.\n",
       "150", 3, 35, 48},
      // A claim cut by a line break (wrapped at a realistic width) ends on the next line.
      {"wrapped claim",
       "Title\n\nAfter weeks of talks, the two sides exchanged 150\nprisoners on Friday near the border.\n", "150", 3,
       47, 10},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    const auto doc = extract_text(row.text);
    const Claim* c = find_claim(doc, ClaimKind::count, row.number);
    REQUIRE(c != nullptr);
    CHECK(c->begin.line == row.line);
    CHECK(c->begin.column == row.column);
    CHECK(c->end.line == (row.end_column < row.column ? row.line + 1 : row.line));
    CHECK(c->end.column == row.end_column);
  }
}

TEST_CASE("groups named together and previous events") {
  const std::string published = "---\npublished: 2025-06-12\n---\n";
  SUBCASE("groups of people named together are everyone released") {
    const auto doc =
        extract_text(published + "On Tuesday each side freed 95 soldiers and civilians in the exchange.\n");
    const Claim* c = find_claim(doc, ClaimKind::count, "95");
    REQUIRE(c != nullptr);
    CHECK(c->property == "released");
  }
  SUBCASE("'last week's talks' is a date, not the talks before the article's") {
    const auto doc = extract_text(published +
                                  "During last week's talks in Geneva, both sides agreed to free 60 "
                                  "detainees each.\n");
    const Claim* c = find_claim(doc, ClaimKind::date, "last week");
    REQUIRE(c != nullptr);
    CHECK(c->property == "date");
  }
  SUBCASE("'the previous exchange' dates the one before") {
    const auto doc = extract_text(published + "The previous exchange took place on June 2, when 40 were freed.\n");
    const Claim* c = find_claim(doc, ClaimKind::date, "June 2");
    REQUIRE(c != nullptr);
    CHECK(c->property == "previous");
  }
}

TEST_CASE("a qualifier before a duration the grammar leaves out") {
  const auto doc = extract_text("---\npublished: 2025-06-12\n---\nThe first talks in over three years of war began.\n");
  const Claim* c = find_claim(doc, ClaimKind::duration, "three years");
  REQUIRE(c != nullptr);
  CHECK(c->qualifier == Qualifier::more_than);
}

TEST_CASE("what a count is made of") {
  const std::string published = "---\npublished: 2025-05-26\n---\n";
  SUBCASE("groups named together") {
    const auto doc = extract_text(published + "On Saturday each side released 215 combatants and civilians.\n");
    const Claim* c = find_claim(doc, ClaimKind::count, "215");
    REQUIRE(c != nullptr);
    CHECK(c->groups == std::vector<std::string>{"military", "civilians"});
  }
  SUBCASE("a pair count names its group after its event word") {
    const auto doc = extract_text(published + "Saturday saw a 215-for-215 swap of military personnel.\n");
    const Claim* c = find_claim(doc, ClaimKind::count, "215");
    REQUIRE(c != nullptr);
    CHECK(c->property == "military");
  }
}

TEST_CASE("a count said to be of one category") {
  const std::string published = "---\npublished: 2025-05-26\n---\n";
  const auto said = [&](const std::string& sentence) {
    const auto doc = extract_text(published + "On Saturday the exchange took place. " + sentence + "\n");
    const Claim* c = find_claim(doc, ClaimKind::count, "215");
    REQUIRE(c != nullptr);
    return c->property;
  };
  CHECK(said("All 215 freed defenders are men, privates and sergeants.") == "military");
  CHECK(said("All 215 freed people were civilians.") == "civilians");
  CHECK(said("All 215 freed people are soldiers and civilians.") == "released");  // two categories: no reading
  CHECK(said("All 215 freed people are home now.") == "released");
}

TEST_CASE("offers, fallen soldiers and what has already happened") {
  const std::string published = "---\npublished: 2025-07-24\n---\n";
  const auto doc = extract_text(published +
                                "On Thursday the sides exchanged 250 prisoners each.\n\n"
                                "The negotiator said Moscow has also offered the return of 2,000 more fallen "
                                "soldiers. He said it has already handed over some 5,000 bodies.\n");
  SUBCASE("fallen soldiers are bodies, and an offer is a plan") {
    const Claim* c = find_claim(doc, ClaimKind::count, "2,000");
    REQUIRE(c != nullptr);
    CHECK(c->property == "bodies");
    CHECK(c->not_event.find("a planned figure") == 0);
  }
  SUBCASE("'has already' makes a running total") {
    const Claim* c = find_claim(doc, ClaimKind::count, "5,000");
    REQUIRE(c != nullptr);
    CHECK(c->scope == Scope::cumulative);
  }
}

TEST_CASE("a sentence over max_sentence_bytes") {
  // Read in pieces (with a warning, see document_test): every count of every piece is still read.
  std::string list;
  int written = 0;
  for (; list.size() < 3 * max_sentence_bytes; ++written) list += std::to_string(100 + written % 900) + " prisoners, ";
  const auto doc = extract_text("The two sides exchanged " + list + "and 7 soldiers.\n");
  CHECK(claims_of(doc, ClaimKind::count).size() == static_cast<std::size_t>(written) + 1);
  const Claim* last = find_claim(doc, ClaimKind::count, "7 soldiers");
  REQUIRE(last != nullptr);
  CHECK(last->property == "military");
  // its sentence, for reports, is the words around it, not the whole piece
  CHECK(last->snippet.size() <= 1000 + last->text.size());
  CHECK(last->snippet.ends_with("and 7 soldiers."));
  CHECK(last->snippet.front() != ' ');
}

TEST_CASE("a document over max_document_text_bytes") {
  // Claims are read up to the limit, with one warning where reading stops.
  std::string text = "Each side released 120 prisoners.\n\n";
  const std::string filler = "The officials met again and talked for a long time about the weather.\n\n";
  while (text.size() < max_document_text_bytes + max_document_text_bytes / 8) text += filler;
  text += "Each side released 300 prisoners.\n";
  const auto doc = extract_text(text);
  const auto counts = claims_of(doc, ClaimKind::count);
  REQUIRE(counts.size() == 1);
  CHECK(counts[0]->text == "120 prisoners");
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0].message.find("claims are read up to here, not after") != std::string::npos);
  CHECK(doc.warnings[0].where.line > 1);
}

// An article read with the disasters domain's lexicon.
DocumentClaims extract_disasters(const std::string& text) {
  static const Lexicon lexicon =
      Lexicon::load_extended(default_lexicon_dir(), data_dir().path / "domains" / "disasters" / "lexicon");
  static const ClaimExtractor extractor(lexicon);
  Warnings warnings;
  return extractor.extract(make_document("a.txt", published_june + text, warnings, shipped_text_options()), 0);
}

TEST_CASE("of two named fires in a count's clause, the one right after the count is its fire") {
  const auto doc = extract_disasters(
      "The Norland Fire and the Avon Fire burned on Friday.\n\nIn total, 11 deaths have been tied to the Norland "
      "Fire while five others occurred in the Avon Fire, bringing the death toll to 16.\n");
  const Claim* tied = find_claim(doc, ClaimKind::count, "11 deaths");
  REQUIRE(tied != nullptr);
  CHECK(tied->location == "Norland Fire");
  const Claim* toll = find_claim(doc, ClaimKind::count, "16");
  REQUIRE(toll != nullptr);
  CHECK(toll->location.empty());
}

TEST_CASE("rain that brings a landslide is its cause, not the event (event_precursors)") {
  // The disasters domain names rain a flood ("torrential rains"); as the cause of another
  // event word it is what brought that event, which stays the story's event.
  const auto extract = extract_disasters;
  const auto types = [](const DocumentClaims& doc) {
    std::vector<std::string> out;
    for (const auto& m : doc.events) out.push_back(m.type);
    return out;
  };
  SUBCASE("the passive: the landslide stays, and the sentence's day is its day") {
    const auto doc = extract("Huge landslides triggered by torrential rains buried two hamlets early on Tuesday.\n");
    CHECK(types(doc) == std::vector<std::string>{"landslide"});
    const Claim* tuesday = find_claim(doc, ClaimKind::date, "Tuesday");
    REQUIRE(tuesday != nullptr);
    REQUIRE(doc.events.size() == 1);
    REQUIRE(doc.events[0].date_claim.has_value());
    CHECK(&doc.claims[*doc.events[0].date_claim] == tuesday);
  }
  SUBCASE("the active: rain that set off landslides") {
    const auto doc = extract("Torrential rains triggered landslides that killed 14 people in the valley.\n");
    CHECK(types(doc) == std::vector<std::string>{"landslide"});
  }
  SUBCASE("a cause that is an event of its own keeps the consequence out, as before") {
    const auto doc = extract("Landslides triggered by the earthquake killed nine people in the valley.\n");
    CHECK(types(doc) == std::vector<std::string>{"earthquake"});
  }
  SUBCASE("rain alone is still a flood") {
    const auto doc = extract("Torrential rains swept through the valley on Tuesday, killing six people.\n");
    CHECK(types(doc) == std::vector<std::string>{"flood"});
  }
}

TEST_CASE("searchers going back and information made public are no exchange") {
  const auto types = [](const std::string& sentence) {
    const auto doc = extract_text(published_june + sentence + "\n");
    std::vector<std::string> out;
    for (const auto& m : doc.events) out.push_back(m.type);
    return out;
  };
  const std::vector<std::string> none, exchange{"exchange"};
  CHECK(types("Police boats returned to the river on Friday as the recovery went on.") == none);
  CHECK(types("Officials released updates on the recovery on Saturday.") == none);
  CHECK(types("The figures come from the latest reports released by the emergency services.") == none);
  CHECK(types("Divers returned to the scene at dawn.") == none);
  CHECK(types("Russia returned 24 prisoners on Friday.") == exchange);
  // crowds forcing their way in are no storm either
  CHECK(types("Police fired tear gas at protesters trying to storm the parliament on Monday.") == none);
}

TEST_CASE("a date before 'following' an event word is a later day, not the event's") {
  const auto doc = extract_text(published_june +
                                "Rescue teams searched the harbour on Friday as part of the recovery following an "
                                "explosion at the plant.\n");
  REQUIRE(doc.events.size() == 1);
  CHECK(doc.events[0].type == "attack");
  CHECK_FALSE(doc.events[0].date_claim.has_value());
  const Claim* friday = find_claim(doc, ClaimKind::date, "Friday");
  REQUIRE(friday != nullptr);
  CHECK(std::any_of(friday->explain.begin(), friday->explain.end(),
                    [](const std::string& e) { return e.find("puts the attack before") != std::string::npos; }));
}

TEST_CASE("an event that follows one of its type is another") {
  const auto doc = extract_text(published_june +
                                "The earthquake struck on Monday morning and was followed hours later by a "
                                "magnitude 7.5 quake about 60 miles away.\n");
  REQUIRE(doc.events.size() == 2);
  CHECK_FALSE(doc.events[0].other);
  CHECK(doc.events[1].other);
  const Claim* magnitude = find_claim(doc, ClaimKind::measure, "7.5");
  REQUIRE(magnitude != nullptr);
  const auto index = static_cast<std::size_t>(magnitude - doc.claims.data());
  REQUIRE(doc.claim_mention.at(index).has_value());
  CHECK(*doc.claim_mention.at(index) == 1);
}

TEST_CASE("an earlier or later event of the type, with a measure between the marker and the word") {
  const auto doc =
      extract_text(published_june + "A previous magnitude 6.1 earthquake had struck the region in the spring.\n");
  REQUIRE(doc.events.size() == 1);
  CHECK(doc.events[0].other);
}

TEST_CASE("in disaster coverage an ordinal names another event") {
  const auto doc = extract_disasters(
      "A magnitude 7.8 earthquake hit the region on Monday. Nine hours later, a second "
      "magnitude 7.6 earthquake hit the same area.\n");
  REQUIRE(doc.events.size() == 2);
  CHECK_FALSE(doc.events[0].other);
  CHECK(doc.events[1].other);
}

TEST_CASE("the day a figure was revised is not the event's") {
  const auto doc = extract_text(published_june +
                                "The interior minister on Thursday revised from 95 to 84 the death toll from two "
                                "explosions in the city.\n");
  const Claim* thursday = find_claim(doc, ClaimKind::date, "Thursday");
  REQUIRE(thursday != nullptr);
  CHECK(thursday->property == "statement");
  REQUIRE(doc.events.size() == 1);
  CHECK_FALSE(doc.events[0].date_claim.has_value());
}

TEST_CASE("the day results were shown, or an election commission's day, is not the vote's") {
  const auto doc = extract_text(published_june +
                                "The candidate won the presidential election with 54 percent of the votes, provisional "
                                "results showed Wednesday.\n\n"
                                "The National Election Commission on Monday gave him 53 percent.\n");
  const Claim* wednesday = find_claim(doc, ClaimKind::date, "Wednesday");
  REQUIRE(wednesday != nullptr);
  CHECK(wednesday->property == "statement");
  // "Election" inside the commission's name is no event word: one election on the page
  REQUIRE(doc.events.size() == 1);
  CHECK_FALSE(doc.events[0].date_claim.has_value());
}

TEST_CASE("'early' on the weekday after a page's date is that next day's early hours") {
  // published 2025-06-12 is a Thursday
  const auto doc = extract_text(published_june +
                                "A passenger train and a freight train collided early Friday, killing at least 26 "
                                "people.\n\n"
                                "Crews worked through the night on Friday into the morning.\n");
  const auto dates = claims_of(doc, ClaimKind::date);
  REQUIRE(dates.size() == 2);
  CHECK(iso_date(std::get<DateValue>(dates[0]->value).lo) == "2025-06-13");
  CHECK_FALSE(std::get<DateValue>(dates[0]->value).future_tense);
  // without "early" a weekday is the one on or before the page's date
  CHECK(iso_date(std::get<DateValue>(dates[1]->value).lo) == "2025-06-06");
}

TEST_CASE("a date before the people an event struck, or what came after it, is a later day") {
  for (const char* sentence : {"Rescuers resumed the search on Thursday for survivors of the deadliest explosion in "
                               "years.\n",
                               "The president joined mourners on Friday for the funerals of the 89 people killed in "
                               "twin explosions.\n"}) {
    CAPTURE(sentence);
    const auto doc = extract_text(published_june + sentence);
    REQUIRE(doc.events.size() == 1);
    CHECK_FALSE(doc.events[0].date_claim.has_value());
  }
  // the event's own clause: "were killed in" after the date still dates it
  const auto doc = extract_text(published_june + "On Friday, 12 people were killed in an explosion at the port.\n");
  REQUIRE(doc.events.size() == 1);
  CHECK(doc.events[0].date_claim.has_value());
}

TEST_CASE("what an event brought, on a later day: charges and anger 'over' it") {
  for (const char* sentence : {"A railway official was charged on Thursday with manslaughter over the explosion.\n",
                               "Workers went on strike yesterday amid anger over a devastating explosion.\n",
                               "Crews searched on Thursday for the dead from a blast in the port.\n"}) {
    CAPTURE(sentence);
    const auto doc = extract_text(published_june + sentence);
    REQUIRE(doc.events.size() == 1);
    CHECK_FALSE(doc.events[0].date_claim.has_value());
  }
}

TEST_CASE("an event word after 'in that' is the one of its type told before") {
  const auto doc = extract_text(published_june +
                                "In the 2021 election, the Liberals formed a government with 160 seats.\n\n"
                                "The Conservatives won 119 seats in that election, the Bloc 32.\n");
  REQUIRE(doc.events.size() == 2);
  CHECK(doc.events[0].other);
  CHECK(doc.events[1].other);
  REQUIRE(doc.events[1].clause_of.has_value());
  CHECK(*doc.events[1].clause_of == 0);
}

TEST_CASE("a date after a later death is that death's day, not the event's") {
  const auto doc = extract_text(published_june +
                                "One of the people injured in the bomb attack in the city died on Monday, bringing "
                                "the death toll to six.\n\n"
                                "Three people were killed in an explosion on Monday.\n");
  REQUIRE(doc.events.size() == 2);
  CHECK_FALSE(doc.events[0].date_claim.has_value());
  CHECK(doc.events[1].date_claim.has_value());  // nothing between the event word and its day
  const auto dates = claims_of(doc, ClaimKind::date);
  REQUIRE(dates.size() == 2);
  CHECK(dates[0]->property == "as_of");
}

TEST_CASE("event words of this session's probes: heat, vehicles driven into crowds, plural blasts, no bare eruption") {
  const auto types = [](const DocumentClaims& doc) {
    std::vector<std::string> out;
    for (const auto& m : doc.events) out.push_back(m.type);
    return out;
  };
  CHECK(types(extract_disasters("Hundreds of pilgrims died in extreme heat on Tuesday.\n")) ==
        std::vector<std::string>{"heatwave"});
  CHECK(types(extract_disasters("The blaze erupted around midday on Wednesday.\n")) ==
        std::vector<std::string>{"wildfire"});
  CHECK(types(extract_text(published_june + "A car drove into a group of people at a market on Friday.\n")) ==
        std::vector<std::string>{"attack"});
  CHECK(types(extract_text(published_june + "Two blasts hit the crowd on Friday.\n")) ==
        std::vector<std::string>{"attack"});
}

// The first day of the date claim written `text` ("" when there is none).
std::string date_lo(const DocumentClaims& doc, const char* text) {
  const Claim* c = find_claim(doc, ClaimKind::date, text);
  return c ? iso_date(std::get<DateValue>(c->value).lo) : "";
}

TEST_CASE("a month alone: the latest begun in a narrated sentence, the next one in the future tense") {
  const auto doc = extract_text(
      "---\npublished: 2025-09-11\n---\n"
      "In March, 14 prisoners were freed after talks. Elections will be held in June, "
      "officials said. Talks are set to resume in October.\n");
  const auto lo_of = [&](const char* text) { return date_lo(doc, text); };
  CHECK(lo_of("In March") == "2025-03-01");
  CHECK(lo_of("in June") == "2026-06-01");
  CHECK(lo_of("in October") == "2025-10-01");
  CHECK(std::get<DateValue>(find_claim(doc, ClaimKind::date, "in June")->value).future_tense);
}

TEST_CASE("'figures updated late on Sunday' gives the figures' moment, not the event's day") {
  const auto doc = extract_text(
      "---\npublished: 2025-06-16\n---\n"
      "Rescuers arrived after the strongest quake on record killed at least 900 people, according to official "
      "figures updated late on Sunday.\n");
  const Claim* c = find_claim(doc, ClaimKind::date, "Sunday");
  REQUIRE(c != nullptr);
  CHECK(c->property == "as_of");
}

TEST_CASE("a year-less day whose weekday the borrowed year does not give is left unresolved") {
  const auto doc = extract_text(
      "---\npublished: unknown\n---\n"
      "The vote of Sunday, July 23 came four years after the election of November 10, 2019.\n");
  const Claim* c = find_claim(doc, ClaimKind::date, "Sunday, July 23");
  REQUIRE(c != nullptr);
  const auto& v = std::get<DateValue>(c->value);
  CHECK_FALSE(v.lo.ok());
}

TEST_CASE("a weekday joined to one in the future tense is in the future too; a narrated one is not") {
  // (published on a Monday)
  const auto doc = extract_text(
      "---\npublished: 2025-09-15\n---\n"
      "Under the deal, the group will free 12 captives on Tuesday and 12 more on Thursday.\n\n"
      "The group will free 10 captives on Tuesday, and the army freed 20 on Friday.\n");
  const auto lo_of = [&](const char* text) { return date_lo(doc, text); };
  CHECK(lo_of("Thursday") == "2025-09-18");
  CHECK(lo_of("Friday") == "2025-09-12");
}

TEST_CASE("a day without a year: the next one right after a future marker, unless its weekday says this year's") {
  const auto doc = extract_text(
      "---\npublished: 2025-09-14\n---\n"
      "The new government must hold elections, which have been called for March 5. The last vote, called for "
      "Sunday, March 23, was peaceful. The office would be closed from March 10 to April 10.\n");
  const auto lo_of = [&](const char* text) { return date_lo(doc, text); };
  CHECK(lo_of("March 5") == "2026-03-05");
  CHECK(lo_of("Sunday, March 23") == "2025-03-23");  // a Sunday in 2025, not in 2026
  CHECK(lo_of("March 10 to April 10") == "2025-03-10");
}

TEST_CASE("weapons' fire is no blaze; places named with their figures in a list of divisions or as the subject") {
  const auto types = [](const DocumentClaims& doc) {
    std::vector<std::string> out;
    for (const auto& m : doc.events) out.push_back(m.type);
    return out;
  };
  CHECK(types(extract_disasters("Rifle fire tore through the windows, leaving two dead.\n")).empty());
  CHECK(types(extract_disasters("Gunmen opened fire and an exchange of fire followed.\n")).empty());
  CHECK(types(extract_disasters("The fire destroyed 40 homes.\n")) == std::vector<std::string>{"wildfire"});
  // a structure that gave way, told with its verb
  CHECK(types(extract_disasters("A gold mine partly collapsed on Saturday, killing 11 miners.\n")) ==
        std::vector<std::string>{"crash"});

  const auto doc = extract_disasters(
      "The cyclone killed 120 people across the country.\n\n"
      "Other districts hit hard include Avon with nine deaths, Tarn with eight.\n\n"
      "The Calder District has recorded the most casualties, reporting 51 deaths, "
      "while 60 people are still missing.\n\n"
      "The ferry left the Talaud Islands headed for Port Avery with 300 passengers.\n");
  const auto location = [&](const char* text) {
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    CAPTURE(std::string(text));
    REQUIRE(c != nullptr);
    return c->location;
  };
  CHECK(location("nine deaths") == "Avon");
  CHECK(location("51 deaths") == "Calder District");
  CHECK(location("60 people") == "Calder District");
  CHECK(location("120 people").empty());
  CHECK(location("300 passengers") != "Port Avery");
}

TEST_CASE("measure_other_event_gaps: a gap that is not a positive number is a lexicon error") {
  for (const char* bad : {"abc", "-1", "0", "1.5x"}) {
    CAPTURE(bad);
    Lexicon lexicon = Lexicon::load_directory(default_lexicon_dir());
    lexicon.add("measure_other_event_gaps", bad, "depth");
    CHECK_THROWS_AS(ClaimExtractor{lexicon}, InputError);
  }
}
