// The scope pass: per side, in total, one side (whose people: the receiver, never a side
// that only speaks), running totals, subgroups and equal figures for both sides.
#include <doctest/doctest.h>

#include <algorithm>
#include <utility>

#include "tests/claims/claims_corpus.hpp"

using namespace crosscheck;
using namespace crosscheck::test;

namespace {

const std::string published = "---\npublished: 2025-06-12\n---\n";

struct Row {
  std::string text;
  const char* number;  // the claim's text contains this
  Scope scope;
  const char* side;  // "" when none
  bool running;
};

void check_rows(const Row* begin, const Row* end) {
  for (const Row* row = begin; row != end; ++row) {
    CAPTURE(row->text);
    const auto doc = extract_text(published + row->text + "\n");
    const Claim* c = find_claim(doc, ClaimKind::count, row->number);
    REQUIRE(c != nullptr);
    CHECK(c->scope == row->scope);
    CHECK(c->side == row->side);
    CHECK(c->running == row->running);
  }
}

// A text and the words its count starts with.
struct TextCount {
  const char* text;
  const char* number;
};

// Each row's count is placed at `place`.
void check_places(std::initializer_list<TextCount> rows, const char* place) {
  for (const TextCount& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    CHECK(count_claim(extract_text(text), row.number)->location == place);
  }
}

}  // namespace

TEST_CASE("count scope from markers") {
  SUBCASE("a distributive subject makes 'a total of' each side's") {
    const Row rows[] = {
        {"On Sunday each released a total of 412 fighters and civilians.", "412", Scope::per_side, "", false},
        {"On Sunday a total of 412 fighters and civilians were released.", "412", Scope::total, "", false},
    };
    check_rows(std::begin(rows), std::end(rows));
  }
  SUBCASE("markers after the verb") {
    const Row rows[] = {
        {"On Sunday 218 captives were exchanged by each party.", "218", Scope::per_side, "", false},
        {"More than 600 prisoners of war came home on both sides.", "600", Scope::total, "", false},
        {"On Sunday 218 captives were exchanged, officials in each capital said.", "218", Scope::unspecified, "",
         false},
        // a side's marker past another figure is that figure's
        {"On Sunday the swap involved 236 captives- 118 from each side- the mediators said.", "236", Scope::unspecified,
         "", false},
        {"On Sunday the swap involved 236 captives- 118 from each side- the mediators said.", "118", Scope::per_side,
         "", false},
    };
    check_rows(std::begin(rows), std::end(rows));
  }
  SUBCASE("running totals keep whose figure they are") {
    const Row rows[] = {
        {"In these three days alone, 812 people have been brought home.", "812", Scope::cumulative, "", true},
        {"Some 900 people were exchanged over the past three days.", "900", Scope::cumulative, "", true},
        {"\"In just these four days, 1,120 people came home,\" she wrote.", "1,120", Scope::cumulative, "", true},
        {"Both sides said they had each freed 180 soldiers so far.", "180", Scope::per_side, "", true},
        // a figure that brings a running total up to date is that total, not the stage's
        {"Each side released 120 people on Friday, bringing the total to 2,300 captives freed through such deals.",
         "2,300", Scope::cumulative, "", true},
        {"The exchange will be completed in three days, with 900 people freed.", "900", Scope::unspecified, "", false},
    };
    check_rows(std::begin(rows), std::end(rows));
  }
}

TEST_CASE("count scope: whose people") {
  SUBCASE("two sides named together are not one side") {
    const Row rows[] = {
        {"Kyiv and Moscow are due to swap 600 people next week.", "600", Scope::unspecified, "", false},
        {"Russia, Ukraine exchange nearly 500 prisoners", "500", Scope::unspecified, "", false},
    };
    check_rows(std::begin(rows), std::end(rows));
  }
  SUBCASE("a side that only reports the figure is not its part") {
    const Row rows[] = {
        {"Russia's defence ministry confirmed 215 soldiers were returned.", "215", Scope::unspecified, "", false},
        {"Ukraine's human rights envoy said 215 people came back.", "215", Scope::unspecified, "", false},
    };
    check_rows(std::begin(rows), std::end(rows));
  }
  SUBCASE("a side that speaks of its own people is") {
    const Row rows[] = {
        {"Russia's defence ministry said it also took back 215 people.", "215", Scope::one_side, "russia", false},
        {"Ukrainian officials said on Monday that 140 of their prisoners were freed.", "140", Scope::one_side,
         "ukraine", false},
    };
    check_rows(std::begin(rows), std::end(rows));
  }
  SUBCASE("the subject's verb says who receives the people") {
    const Row rows[] = {
        {"Ukraine brought home 277 soldiers on Saturday.", "277", Scope::one_side, "ukraine", false},
        {"Russia got back 31 of its servicemen.", "31", Scope::one_side, "russia", false},
        {"Moscow handed over 120 servicemen, and Kyiv sent back as many.", "120", Scope::one_side, "ukraine", false},
        {"Ukraine managed to return 95 people from captivity.", "95", Scope::one_side, "ukraine", false},
        {"Ukraine exchanged 300 prisoners on Friday.", "300", Scope::unspecified, "", false},
    };
    check_rows(std::begin(rows), std::end(rows));
  }
  SUBCASE("where the people go") {
    const Row rows[] = {
        {"The bodies of 757 soldiers were returned to Ukraine.", "757", Scope::one_side, "ukraine", false},
        {"Kyiv handed over 64 prisoners to Russia.", "64", Scope::one_side, "russia", false},
    };
    check_rows(std::begin(rows), std::end(rows));
  }
}

TEST_CASE("count scope from the counts around it") {
  SUBCASE("a subgroup in the same sentence covers what its whole covers") {
    const Row rows[] = {
        {"Each side freed 260 prisoners, including 80 civilians.", "80", Scope::per_side, "", false},
    };
    check_rows(std::begin(rows), std::end(rows));
  }
  SUBCASE("across sentences only a named side carries over") {
    const Row rows[] = {
        {"Ukraine brought home 150 people on Friday. Among those released are five women.", "five", Scope::one_side,
         "ukraine", false},
        {"Each side freed 260 prisoners. Among the returnees were six women.", "six", Scope::unspecified, "", false},
    };
    check_rows(std::begin(rows), std::end(rows));
  }
  SUBCASE("the same figure for both sides is a per-side figure") {
    const Row rows[] = {
        {"The swap saw 212 Ukrainians and 212 Russians go home.", "212 Ukrainians", Scope::per_side, "ukraine", false},
        {"Russia got back 88 soldiers. Ukraine received 88 soldiers too.", "88 soldiers", Scope::per_side, "russia",
         false},
        {"Russia got back 1,000 bodies, while Ukraine received 19 bodies.", "19", Scope::one_side, "ukraine", false},
    };
    check_rows(std::begin(rows), std::end(rows));
  }
}

TEST_CASE("an article's own side is not read into counts next to one for both sides") {
  SUBCASE("a count in the sentence of a per-side count, or adding to one, stays unspecified") {
    const auto doc = extract_text(published +
                                  "Each side released 140 on Friday at the border, and another 22 were freed later "
                                  "that evening.\n\nAnother 15 were released on Saturday.\n\n"
                                  "Kyiv's office said the returnees included 41 soldiers and 23 civilian "
                                  "Ukrainians.\n");
    for (const char* number : {"22", "15"}) {
      CAPTURE(number);
      const Claim* c = find_claim(doc, ClaimKind::count, number);
      REQUIRE(c != nullptr);
      CHECK(c->scope == Scope::unspecified);
    }
  }
  SUBCASE("without a count for both sides nearby, the article's only side is taken") {
    // (the page names the other side: a swap between sides the lexicon knows)
    const auto doc = extract_text(published +
                                  "Kyiv's office said the returnees included 41 soldiers and 23 civilian "
                                  "Ukrainians.\n\nOn Friday 64 prisoners were released in the exchange with "
                                  "Russia.\n");
    const Claim* c = find_claim(doc, ClaimKind::count, "64");
    REQUIRE(c != nullptr);
    CHECK(c->scope == Scope::one_side);
    CHECK(c->side == "ukraine");
  }
}

TEST_CASE("scope from the rest of the sentence") {
  const Row rows[] = {
      // a bare number continuing a count for each side counts for each side too
      {"After each released a total of 95 soldiers and civilians on Tuesday, and 60 on Wednesday, the talks resumed.",
       "60", Scope::per_side, "", false},
      // both sides as the subject of a verb that hands people over: each side's figure
      {"The swap ended on Sunday, with both sides releasing their last 212 prisoners.", "212", Scope::per_side, "",
       false},
      // but not of a verb that says nothing of each side
      {"On Sunday both sides exchanged 212 prisoners.", "212", Scope::unspecified, "", false},
      // a dash aside giving half for each side makes the count both sides' total
      {"The two capitals are expected to swap 1,400 people -- 700 from each side, officials said.", "1,400",
       Scope::total, "", false},
      {"The two capitals are expected to swap 1,400 people -- 700 from each side, officials said.", "700",
       Scope::per_side, "", false},
  };
  check_rows(std::begin(rows), std::end(rows));
}

TEST_CASE("count parts on a dimension") {
  // The place, group or nationality a count is one part of (part_dimensions in counts.yaml).
  const auto part_of = [](const DocumentClaims& doc, const char* number) -> std::string {
    const Claim* c = find_claim(doc, ClaimKind::count, number);
    if (!c) return "missing";
    return c->part ? c->part->dimension + "=" + c->part->value : "none";
  };
  SUBCASE("distributed figures take their own place") {
    const auto doc =
        extract_text(published + "The storm hit on Monday. In Kenya 1,300 were killed and 450 died in Uganda.\n");
    CHECK(part_of(doc, "1,300") == "place=Kenya");
    CHECK(part_of(doc, "450") == "place=Uganda");
  }
  SUBCASE("elided figures after a place list") {
    const auto doc = extract_text(published + "The floods on Monday killed 812 in Laos and 96 in Cambodia.\n");
    CHECK(part_of(doc, "812") == "place=Laos");
    CHECK(part_of(doc, "96") == "place=Cambodia");
  }
  SUBCASE("a place in a later clause is not an earlier figure's") {
    const auto doc =
        extract_text(published + "In Chad, 70 were killed on Monday, while in Niger 25 died in the floods.\n");
    CHECK(part_of(doc, "70") == "place=Chad");
    CHECK(part_of(doc, "25") == "place=Niger");
  }
  SUBCASE("places named together make a whole, not the first one's part") {
    const auto doc = extract_text(published + "The floods on Monday killed 908 people in Laos and Cambodia.\n");
    const Claim* c = find_claim(doc, ClaimKind::count, "908");
    REQUIRE(c != nullptr);
    CHECK(c->location.empty());
    CHECK(!c->part);
    REQUIRE(c->covers);
    CHECK(c->covers->values == std::vector<std::string>{"Laos", "Cambodia"});
  }
  SUBCASE("a country's capital named after it") {
    const auto doc = extract_text(published +
                                  "The quake struck on Monday. At least 19 deaths were confirmed in the Thai capital "
                                  "Bangkok. Twelve people died in Laos's capital Vientiane.\n");
    CHECK(part_of(doc, "19") == "place=Bangkok");
    CHECK(part_of(doc, "Twelve") == "place=Vientiane");
  }
  SUBCASE("groups") {
    const auto doc = extract_text(published + "The blast on Monday killed 14 soldiers and 31 civilians.\n");
    CHECK(part_of(doc, "14") == "group=military");
    CHECK(part_of(doc, "31") == "group=civilians");
  }
}

TEST_CASE("count scope in a swap of unlike groups") {
  SUBCASE("a noun written with one side only says whose people a bare count of it are") {
    const std::string text =
        "On Sunday the militia freed four Israeli hostages and Israel released 150 Palestinian prisoners in the "
        "exchange.\n\n"
        "This was the third exchange. Before Sunday, 11 hostages and 400 Palestinian prisoners had been "
        "exchanged.\n\n"
        "The first phase foresees the release of 26 hostages in the exchange.\n";
    const auto doc = extract_text(published + text);
    const Claim* eleven = find_claim(doc, ClaimKind::count, "11 hostages");
    REQUIRE(eleven != nullptr);
    CHECK(eleven->scope == Scope::one_side);
    CHECK(eleven->side == "israel");  // not the side of the prisoners it is listed with
    const Claim* thirty = find_claim(doc, ClaimKind::count, "26 hostages");
    REQUIRE(thirty != nullptr);
    CHECK(thirty->side == "israel");
  }
  SUBCASE("a count whose subject names both sides takes no side from the article's only one") {
    const std::string text =
        "Russia, Ukraine exchanged 200 prisoners of war on Wednesday in the exchange.\n\n"
        "Russia received 55 prisoners, including a former lawmaker, in the exchange.\n";
    const auto doc = extract_text(published + text);
    const Claim* both = find_claim(doc, ClaimKind::count, "200");
    REQUIRE(both != nullptr);
    CHECK(both->scope != Scope::one_side);
  }
  SUBCASE("a unit named before the noun is a part of those freed") {
    const auto doc = extract_text(published + "Norland freed 95 soldiers on Friday, among them 34 Varn fighters.\n");
    const Claim* unit = find_claim(doc, ClaimKind::count, "34 Varn fighters");
    REQUIRE(unit != nullptr);
    REQUIRE(unit->part.has_value());
    CHECK(unit->part->dimension == "unit");
    CHECK(unit->part->value == "Varn");
    const Claim* whole = find_claim(doc, ClaimKind::count, "95 soldiers");
    REQUIRE(whole != nullptr);
    CHECK((!whole->part || whole->part->dimension != "unit"));
  }
  SUBCASE("a category's count beside a kind within it is the rest, not the whole") {
    const auto doc = extract_text(published +
                                  "Norland received 95 soldiers on Friday. In particular, 69 soldiers and sergeants "
                                  "and 26 officers were released in the exchange.\n");
    const Claim* rest = find_claim(doc, ClaimKind::count, "69 soldiers and sergeants");
    REQUIRE(rest != nullptr);
    REQUIRE(rest->part.has_value());
    CHECK(rest->part->dimension == "share");
  }
  SUBCASE("women or children written with one side may still be of either side") {
    const std::string text =
        "On Sunday the militia freed three Israeli women and Israel released 90 Palestinian prisoners in the "
        "exchange.\n\n"
        "The prisoners, most of them from the West Bank, included 60 women and 20 boys.\n";
    const auto doc = extract_text(published + text);
    const Claim* sixty = find_claim(doc, ClaimKind::count, "60 women");
    REQUIRE(sixty != nullptr);
    CHECK(sixty->side != "israel");
  }
  SUBCASE("a noun written with both sides says nothing") {
    const std::string text =
        "On Sunday 90 Ukrainian prisoners and 90 Russian prisoners were exchanged.\n\n"
        "Earlier, 40 prisoners came home in the exchange.\n";
    const auto doc = extract_text(published + text);
    const Claim* forty = find_claim(doc, ClaimKind::count, "40 prisoners");
    REQUIRE(forty != nullptr);
    CHECK(forty->scope != Scope::one_side);
  }
  SUBCASE("a sentence opening with 'Since' counts a running total") {
    const Row rows[] = {
        {"Since the truce began, 27 hostages have been freed in the exchanges.", "27", Scope::cumulative, "", true},
        {"On Sunday 27 hostages were freed in the exchange, since the truce allowed it.", "27", Scope::unspecified, "",
         false},
        {"Before Sunday, 27 hostages had been freed in the exchanges.", "27", Scope::cumulative, "", true},
        {"Before Sunday, 27 hostages were freed in the exchange.", "27", Scope::unspecified, "", false},
    };
    check_rows(std::begin(rows), std::end(rows));
    // in Spanish and Italian the auxiliary comes before the count
    const std::pair<const char*, Scope> other[] = {
        {"lang: es\n---\nAntes del sábado, ya habían sido liberados 27 rehenes en los canjes.\n", Scope::cumulative},
        {"lang: it\n---\nPrima di sabato erano stati liberati 27 ostaggi negli scambi.\n", Scope::cumulative},
        {"lang: es\n---\nAntes del sábado, fueron liberados 27 rehenes en el canje.\n", Scope::unspecified},
    };
    for (const auto& row : other) {
      const std::string text = row.first;
      CAPTURE(text);
      const auto doc = extract_text("---\npublished: 2025-06-12\n" + text);
      const Claim* c = find_claim(doc, ClaimKind::count, "27");
      REQUIRE(c != nullptr);
      CHECK(c->scope == row.second);
    }
  }
}

TEST_CASE("a group added to one told before is never the event's figure") {
  const auto doc =
      extract_text(published +
                   "The militia freed six captives in the exchange, and the remaining 9 "
                   "captives were freed an hour later. Radio reported the release of 9 other captives. "
                   "Another 42 prisoners were freed in the exchange. Each side freed 40 more on Tuesday.\n");
  for (const char* text : {"remaining 9", "9 other", "Another 42"}) {
    CAPTURE(text);
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    CHECK(c->not_event.find("a group added") != std::string::npos);
  }
  // The group "the remaining 9" completes is a part as well: the exchange freed 15.
  const Claim* six = find_claim(doc, ClaimKind::count, "six");
  REQUIRE(six != nullptr);
  CHECK(six->not_event.find("the first group of a figure that 'the remaining 9 captives' completes") !=
        std::string::npos);
  const Claim* forty = find_claim(doc, ClaimKind::count, "40");  // a dated day's figure of a series
  REQUIRE(forty != nullptr);
  CHECK(forty->not_event.empty());
  // "another" only adds: what came before it may be a whole ("Another 42" follows another
  // exchange's figure), so the count before it is left alone.
  const auto added = extract_text(published + "The militia freed 30 captives, and another 12 were freed later.\n");
  const Claim* thirty = find_claim(added, ClaimKind::count, "30");
  REQUIRE(thirty != nullptr);
  CHECK(thirty->not_event.empty());
}

TEST_CASE("'another' and 'others' after a count of another kind start a whole of their own") {
  const auto doc = extract_text(published +
                                "The earthquake killed 900 people. Another 2,100 have been injured, and 40 others "
                                "are missing.\n\n"
                                "Three people died in the capital. Twelve others died in the hills.\n");
  // a pair, not a structured binding: clang 14 cannot capture a binding in CAPTURE's lambda
  for (const auto& expected : {std::pair{"Another 2,100", "injured"}, std::pair{"40 others", "missing"}}) {
    const auto& [text, property] = expected;
    CAPTURE(expected.first);
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    CHECK(c->property == property);
    CHECK(c->not_event.empty());
  }
  // the same kind as the count before it: a part, added to it
  const Claim* twelve = find_claim(doc, ClaimKind::count, "Twelve others");
  REQUIRE(twelve != nullptr);
  CHECK(twelve->not_event.find("a group added") != std::string::npos);
  // "in the capital" at the clause's end is a place named before: the three are its part
  const Claim* three = find_claim(doc, ClaimKind::count, "Three");
  REQUIRE(three != nullptr);
  CHECK(three->location == "the capital");
}

TEST_CASE("a group a clause defines is a part of the whole told before it") {
  const auto doc = extract_text(
      published +
      "On Sunday the prison service said it had finished freeing 150 detainees. They included 80 who had been "
      "serving life terms after being convicted of bombings.\n\n"
      "Among the detainees released, 81 were serving life terms.\n\n"
      "Of the 9,000 still held, 300 are serving life sentences.\n");
  const Claim* eighty = find_claim(doc, ClaimKind::count, "80 who");
  REQUIRE(eighty != nullptr);
  CHECK(eighty->property == "released/life_sentences");
  CHECK(has_explain(*eighty, "the group its clause defines (life_sentences)"));
  // "convicted of bombings" is what they were jailed for, not an event of the sentence
  CHECK(mention_type(doc, *eighty) != "attack");
  const Claim* eighty_one = find_claim(doc, ClaimKind::count, "81");
  REQUIRE(eighty_one != nullptr);
  CHECK(eighty_one->property == "released/life_sentences");
  // people still held who serve life sentences are another group than those released
  const Claim* held = find_claim(doc, ClaimKind::count, "300");
  REQUIRE(held != nullptr);
  CHECK(held->property == "held/life_sentences");
}

TEST_CASE("a place after 'in the' limits a count to it") {
  const auto doc = extract_text(published + "At least nine people were killed in the Philippines by the storm.\n");
  const Claim* nine = find_claim(doc, ClaimKind::count, "nine");
  REQUIRE(nine != nullptr);
  CHECK(nine->location == "Philippines");
}

TEST_CASE("'in the capital, Varno, where 10 died, 16 were injured and 100 remain missing': all three are Varno's") {
  // the name set off after a division word is a place the page names; the figures listed after
  // the first in the relative clause share its place
  const auto doc = extract_text(published +
                                "The quake killed 144 people and injured 732. In the capital, Varno, where at least 10 "
                                "people died, 16 were injured and more than 100 remain missing.\n");
  for (const char* text : {"at least 10 people", "16", "more than 100"}) {
    CAPTURE(text);
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    CHECK(c->location == "Varno");
  }
  // a contrast word between them lists them too
  const auto contrast = extract_text(published +
                                     "The floods killed 302 people. Most victims were in Varno, where 290 people have "
                                     "died while 45 were missing.\n");
  CHECK(find_claim(contrast, ClaimKind::count, "45")->location == "Varno");
  // without the relative clause the next figure is not the place's
  const auto other = extract_text(published +
                                  "The quake killed 144 people and injured 732. Officials said at least 10 people died "
                                  "in the capital, Varno, while 16 were injured.\n");
  const Claim* sixteen = find_claim(other, ClaimKind::count, "16");
  REQUIRE(sixteen != nullptr);
  CHECK(sixteen->location.empty());
}

TEST_CASE(
    "a swap told complete ('With the completion of the exchanges, 706 ... in exchange for 186') runs on both sides") {
  const auto doc = extract_text(published +
                                "With the completion of the exchanges, 706 rebel prisoners are now out of prison, in "
                                "exchange for 186 government prisoners.\n");
  for (const char* text : {"706", "186"}) {
    CAPTURE(text);
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    CHECK(c->scope == Scope::cumulative);
  }
  // a day's swap is no running figure
  const auto day =
      extract_text(published + "On Friday 706 rebel prisoners were freed, in exchange for 186 government prisoners.\n");
  CHECK(find_claim(day, ClaimKind::count, "186")->scope != Scope::cumulative);
}

TEST_CASE("a batch of a group ('the first group of 35 soldiers') is the batch's figure") {
  const auto doc = extract_text(published +
                                "The rebels released 69 soldiers on Friday. The first group of 35 soldiers landed in "
                                "the capital in the morning.\n");
  const Claim* batch = find_claim(doc, ClaimKind::count, "35");
  REQUIRE(batch != nullptr);
  REQUIRE(batch->part);
  CHECK(batch->part->dimension == "share");
  const Claim* all = find_claim(doc, ClaimKind::count, "69");
  REQUIRE(all != nullptr);
  CHECK((!all->part || all->part->dimension != "share"));
}

TEST_CASE("people a side holds captive are no people of that side") {
  const auto doc = extract_text(published +
                                "On Friday Israel freed 39 Palestinians in the exchange. Over the week, 60 "
                                "hostages held by Hamas were released, and 180 Palestinian prisoners.\n");
  const Claim* c = find_claim(doc, ClaimKind::count, "60 hostages");
  REQUIRE(c != nullptr);
  CHECK_FALSE((c->scope == Scope::one_side && c->side == "palestine"));
  CHECK(find_claim(doc, ClaimKind::count, "180 Palestinian")->side == "palestine");
}

TEST_CASE("'The freed Israelis included nine women' are no people of the side the article counts") {
  const auto doc =
      extract_text(published +
                   "On Friday Israel freed 39 Palestinians in the exchange. The 39 Palestinians were women "
                   "and teenagers. The freed Israelis included nine women and four children.\n");
  for (const char* text : {"nine women", "four children"}) {
    CAPTURE(text);
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    CHECK_FALSE((c->scope == Scope::one_side && c->side == "palestine"));
  }
  // named as those returned, a group is a part of them
  const auto returned = extract_text(published +
                                     "On Friday the two sides exchanged 230 prisoners. Those returned include 182 "
                                     "soldiers and 48 border guards.\n");
  const Claim* part = find_claim(returned, ClaimKind::count, "182");
  REQUIRE(part != nullptr);
  CHECK(part->property.starts_with("released/"));
}

TEST_CASE("what a planned swap gives in return ('will release 50 in exchange for 150') is planned too") {
  const auto doc =
      extract_text(published + "Hamas will release 50 hostages in exchange for 150 Palestinian prisoners.\n");
  const Claim* c = find_claim(doc, ClaimKind::count, "150");
  REQUIRE(c != nullptr);
  const auto mention = doc.claim_mention[static_cast<std::size_t>(c - doc.claims.data())];
  REQUIRE(mention);
  CHECK(doc.events[*mention].future);
  const auto done = extract_text(published + "Hamas released 50 hostages in exchange for 150 Palestinian prisoners.\n");
  const Claim* d = find_claim(done, ClaimKind::count, "150");
  REQUIRE(d != nullptr);
  const auto done_mention = done.claim_mention[static_cast<std::size_t>(d - done.claims.data())];
  REQUIRE(done_mention);
  CHECK_FALSE(done.events[*done_mention].future);
}

TEST_CASE("a sentence opening with its whole names a part after the copula") {
  const auto doc =
      extract_text(published +
                   "Among the 240 prisoners released on Sunday in the exchange were 52 inmates serving life "
                   "terms.\n");
  const Claim* part = find_claim(doc, ClaimKind::count, "52");
  REQUIRE(part != nullptr);
  CHECK(part->property.find('/') != std::string::npos);  // a part of the released count, not compared with it
  const Claim* whole = find_claim(doc, ClaimKind::count, "240");
  REQUIRE(whole != nullptr);
  CHECK(whole->property == "released");
}

TEST_CASE("figures that are not the toll: shares, positions, earlier and planned figures, people in hospital") {
  const auto doc = extract_text(
      published +
      "The earthquake killed 90 people. A farmer lost three of his four children.\n\n"
      "The crash killed 180 people, including 150 passengers and crew and 30 on the ground. All 150 people on "
      "board died.\n\n"
      "Officials said the toll was 170, revising down a previous toll of 210. Rescuers said the DNA of 40 victims "
      "had been matched. Six injured people still remain in hospital care.\n\n"
      "The flood toll has reached more than 1,200. Deaths due to the flood rose to 1,300. Ten prisoners may go "
      "to Norland.\n");
  const auto of = [&](const char* text) {
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    return c;
  };
  CHECK(of("three of his four")->part->dimension == "share");
  CHECK(of("150 passengers")->location == "aboard");
  CHECK(find_claim(doc, ClaimKind::count, "150 passengers")->location == "aboard");
  const auto thirty = std::find_if(doc.claims.begin(), doc.claims.end(), [](const Claim& c) { return c.text == "30"; });
  REQUIRE(thirty != doc.claims.end());
  CHECK(thirty->location == "on the ground");
  CHECK(of("150 people")->location == "aboard");
  CHECK(of("180 people")->location.empty());
  CHECK(of("210")->not_event.find("an earlier figure") != std::string::npos);
  CHECK(of("170")->not_event.empty());
  CHECK(of("40 victims")->property == "identified");
  CHECK(of("Six injured people")->property == "hospitalised");
  CHECK(of("more than 1,200")->not_event.empty());  // "more" is the qualifier, not an addition
  CHECK(of("1,300")->not_event.empty());            // "due to the flood": a cause, not a plan
  CHECK(of("Ten prisoners")->not_event.find("a planned figure ('may'") != std::string::npos);
}

TEST_CASE("victims identified after the count: a status, unless it names them or is still to come") {
  const auto doc = extract_text(published +
                                "The blast at the Varno depot killed 80 people. A total of 61 victims of the blast "
                                "have been identified through DNA tests.\n\n"
                                "Two victims were identified on Friday as tourists from Norland. The 12 missing "
                                "workers will be identified later.\n");
  const auto of = [&](const char* text) {
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    return c;
  };
  CHECK(of("80 people")->property == "killed");
  CHECK(of("61 victims")->property == "identified");
  CHECK(of("Two victims")->property == "killed");
  CHECK(of("12 missing workers")->property.starts_with("missing"));
}

TEST_CASE("places of a state-by-state toll: subjects that suffered, lists 'respectively', a place past a phrase") {
  const auto doc = extract_text(published +
                                "The storm killed at least 60 people. Tarn County has suffered 21 fatalities, "
                                "while Avon County has reported 9 deaths. Varno and Calder have each recorded three "
                                "and five deaths, respectively.\n\n"
                                "In Norland, two people were found dead in flooded basements in Varno.\n");
  const auto of = [&](const char* text) {
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    return c;
  };
  CHECK(of("21 fatalities")->location == "Tarn County");
  CHECK(of("9 deaths")->location == "Avon County");
  const Claim* four = of("five deaths");
  CHECK(four->scope == Scope::unspecified);  // not each one's
  REQUIRE(four->part);
  CHECK(four->part->value == "respectively");
  CHECK(of("two people")->location == "Varno");
  const auto italian = extract_text(
      "---\npublished: 2024-09-30\nlang: it\n---\nL'uragano ha ucciso 90 persone. Seguono Tarno e Varno con, "
      "rispettivamente, 5 e 3 vittime.\n");
  const Claim* two = find_claim(italian, ClaimKind::count, "3 vittime");
  REQUIRE(two != nullptr);
  REQUIRE(two->part);
  CHECK(two->part->value == "respectively");
}

TEST_CASE("the whole of a share of the missing is how many were missing before that news") {
  const auto doc = extract_text(published +
                                "Divers found the bodies of three of the eight missing workers on Wednesday. Five "
                                "are still missing.\n");
  const Claim* six = find_claim(doc, ClaimKind::count, "eight missing");
  REQUIRE(six != nullptr);
  CHECK(six->not_event.find("an earlier figure") != std::string::npos);
  const Claim* four = find_claim(doc, ClaimKind::count, "Five");
  REQUIRE(four != nullptr);
  CHECK(four->not_event.empty());
}

TEST_CASE("a party the lexicon knows no side for gives or receives one side's people") {
  const auto doc = extract_text(published +
                                "Rebels from the self-proclaimed republics in the two regions handed over 58 "
                                "prisoners, and the authorities delivered 171. One of the 58 prisoners released by "
                                "the separatists stayed behind.\n");
  const Claim* given = find_claim(doc, ClaimKind::count, "58 prisoners");
  REQUIRE(given != nullptr);
  CHECK(given->scope == Scope::one_side);
  CHECK(given->side == "rebels");
  CHECK(given->side_role == "by");
}

TEST_CASE("a sentence that opens by stepping back in time tells of another event") {
  const auto doc = extract_text(published +
                                "The attack on the Tarn depot on Saturday killed 41 people.\n\nA few years earlier, at "
                                "least 18 people died in an attack on a warehouse in Varno.\n");
  const Claim* earlier = find_claim(doc, ClaimKind::count, "18");
  REQUIRE(earlier != nullptr);
  const auto mention = doc.claim_mention[static_cast<std::size_t>(earlier - doc.claims.data())];
  REQUIRE(mention);
  CHECK(doc.events[*mention].other);
}

TEST_CASE("the completion of a release tells all of it") {
  const auto doc = extract_text(published +
                                "\"We are happy to see the completion of the release and transfer of 1,212 former "
                                "detainees,\" the agency said.\n");
  const Claim* c = find_claim(doc, ClaimKind::count, "1,212");
  REQUIRE(c != nullptr);
  CHECK(c->scope == Scope::cumulative);
}

TEST_CASE("victims 'critical in intensive care' are some of the injured") {
  const auto doc = extract_text(published +
                                "The attack in Tarn killed 50 people. Officials said nine victims were critical in "
                                "intensive care.\n");
  const Claim* c = find_claim(doc, ClaimKind::count, "nine victims");
  REQUIRE(c != nullptr);
  CHECK(c->property == "seriously_injured");
  const auto es = extract_text(
      "---\npublished: 2015-11-14\nlang: es\n---\nEn la sala fueron asesinadas más de "
      "cien personas.\n");
  const Claim* killed = find_claim(es, ClaimKind::count, "cien personas");
  REQUIRE(killed != nullptr);
  CHECK(killed->property == "killed");
}

TEST_CASE("an amount of money is no count: a currency right after the number") {
  const auto doc = extract_text(published +
                                "The storm killed 40 people in Tarn. The death toll rose the day aid to the island "
                                "was now exceeding three-billion dollars.\n\n"
                                "The kidnappers demanded a total of 2 million naira for the 12 pupils.\n");
  CHECK(find_claim(doc, ClaimKind::count, "three-billion") == nullptr);
  CHECK(find_claim(doc, ClaimKind::count, "2 million") == nullptr);
  const Claim* pupils = find_claim(doc, ClaimKind::count, "12 pupils");
  REQUIRE(pupils != nullptr);
}

TEST_CASE("a deal's terms, years of a war and what a side's people were traded for are no day's figures") {
  const auto doc = extract_text(published +
                                "Four Israeli hostages were freed by Hamas on Sunday in exchange for 120 prisoners, "
                                "the first stage of a wider deal, which includes the release of 25 "
                                "hostages.\n\n"
                                "During more than five years of war, the militants have released only four "
                                "hostages.\n");
  const auto of = [&](const char* text) {
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    return c;
  };
  const auto event_type = [&](const Claim* c) {
    const auto mention = doc.claim_mention[static_cast<std::size_t>(c - doc.claims.data())];
    return mention ? doc.events[*mention].type.str() : std::string("none");
  };
  CHECK(of("Four Israeli hostages")->side == "israel");
  // the other side's people, not the side the page counts
  CHECK(of("120 prisoners")->side.empty());
  CHECK(event_type(of("25")) == "agreement");
  CHECK(of("four")->not_event.find("a figure of a longer span") != std::string::npos);
}

TEST_CASE("an exchange word a few words after one a deal governs is the deal's term too") {
  struct DealRow {
    const char* text;
    const char* number;
  };
  const DealRow rows[] = {
      {"---\npublished: 2011-10-20\n---\nThey announced the deal on the release of the soldier in exchange for the "
       "liberation of more than a thousand prisoners. On October 18 the first 477 detainees were freed.\n",
       "a thousand"},
      {"---\npublished: 2011-10-20\nlang: it\n---\nAnnunciavano l'accordo sul rilascio del soldato in cambio della "
       "liberazione di oltre mille prigionieri. Il 18 ottobre i primi 477 detenuti venivano liberati.\n",
       "mille"},
      {"---\npublished: 2011-10-20\nlang: es\n---\nAnunciaron el acuerdo sobre la liberación del soldado a cambio "
       "de la excarcelación de más de mil presos. El 18 de octubre fueron liberados los primeros 477 detenidos.\n",
       "mil presos"},
  };
  for (const DealRow& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    const auto doc = extract_text(text);
    const Claim* c = find_claim(doc, ClaimKind::count, row.number);
    REQUIRE(c != nullptr);
    const auto mention = doc.claim_mention[static_cast<std::size_t>(c - doc.claims.data())];
    REQUIRE(mention.has_value());
    CHECK(doc.events[*mention].type.str() == "agreement");
  }
  // a deal's terms told in batches: the first is a part of the deal's figure
  const auto batches = extract_text(published +
                                    "Under the deal, 420 prisoners would be released this week and 580 more in two "
                                    "months.\n\nUnder the deal, 1,000 prisoners would be released.\n");
  CHECK(find_claim(batches, ClaimKind::count, "420")->not_event.find("a deal's first batch") != std::string::npos);
  CHECK(find_claim(batches, ClaimKind::count, "1,000")->not_event.empty());
}

TEST_CASE("nationalities, shares and plans in a release of hostages") {
  const auto doc = extract_text(published +
                                "On Friday the militia freed 17 hostages: 13 Israelis and four Thai hostages. Six "
                                "of the 13 freed Israelis were women and seven were children.\n\n"
                                "In return, 150 prisoners are slated for release. In the first two days of the "
                                "truce, 24 hostages were released.\n");
  const auto of = [&](const char* text) {
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    return c;
  };
  REQUIRE(of("four Thai")->part);
  CHECK(of("four Thai")->part->value == "Thai");
  // where a page counts by nationality, a side's demonym is a nationality too
  REQUIRE(of("13 Israelis")->part);
  CHECK(of("13 Israelis")->part->dimension == "nationality");
  CHECK_FALSE(of("17 hostages")->part);
  // a share of the 13, and the count joined to it
  CHECK(of("Six of the 13")->part->dimension == "share");
  const auto seven =
      std::find_if(doc.claims.begin(), doc.claims.end(), [](const Claim& c) { return c.text.starts_with("seven"); });
  REQUIRE(seven != doc.claims.end());
  CHECK(seven->part);  // a share of the 13, or the children among them: never their whole
  CHECK(of("150 prisoners")->not_event.find("a planned figure") != std::string::npos);
  // a plan told after two figures joined by "and" is both figures'
  const auto both = extract_text(published +
                                 "By the end of the first phase, 31 hostages and 1,700 prisoners are expected to "
                                 "have been freed.\n\nOn Sunday 31 hostages and 1,700 prisoners were freed.\n");
  const auto planned = claims_of(both, ClaimKind::count);
  REQUIRE(planned.size() == 4);
  CHECK(planned[0]->not_event.find("a planned figure") != std::string::npos);
  CHECK(planned[1]->not_event.find("a planned figure") != std::string::npos);
  CHECK(planned[2]->not_event.empty());
  CHECK((of("24 hostages")->running || of("24 hostages")->scope == Scope::cumulative));
}

TEST_CASE("what is still to be done is no figure of what happened") {
  const auto doc = extract_text(published +
                                "The crash killed 90 people. At least 80 bodies have to be identified, "
                                "and 12 hostages are yet to be freed.\n");
  for (const char* text : {"80 bodies", "12 hostages"}) {
    CAPTURE(text);
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    CHECK(c->not_event.find("a planned figure") != std::string::npos);
  }
}

TEST_CASE("a deal's terms and a side's running total") {
  const auto doc = extract_text(published +
                                "The ceasefire agreement will see 60 captives exchanged for 180 detainees over five "
                                "days.\n\n"
                                "With Tuesday's releases, Ukraine has so far freed 140 Russians from its camps.\n");
  const Claim* term = find_claim(doc, ClaimKind::count, "180 detainees");
  REQUIRE(term != nullptr);
  // the exchange word is a term of the deal ("will see"), not the day's swap
  const auto mention = doc.claim_mention[static_cast<std::size_t>(term - doc.claims.data())];
  REQUIRE(mention);
  CAPTURE(doc.events[*mention].type);
  CHECK((doc.events[*mention].future || doc.events[*mention].type == "agreement"));
  const Claim* running = find_claim(doc, ClaimKind::count, "140 Russians");
  REQUIRE(running != nullptr);
  CHECK(running->running);
  CHECK(running->scope == Scope::one_side);  // the side stays
}

TEST_CASE("a swap between two sides is no one side's figure, whatever side the page counts") {
  // The page counts one side's returnees (the document's side) ...
  const std::string sides =
      "Russia got back 10 Russians from Ukraine on Thursday. Moscow welcomed home 10 citizens, and Russia "
      "received 4 Russians a day later.\n\n";
  SUBCASE("a count in a sentence about the swap between two sides is both sides'") {
    const auto doc = extract_text(published + sides +
                                  "It was the largest swap between Russia and the West in decades, with 24 people "
                                  "freed.\n");
    const Claim* total = find_claim(doc, ClaimKind::count, "24 people");
    REQUIRE(total != nullptr);
    CHECK(total->scope != Scope::one_side);
  }
  SUBCASE("a truce between the two is no swap: the page's side stays") {
    const auto doc = extract_text(
        published + sides + "Three hostages were freed on Sunday under a ceasefire between Russia and the West.\n");
    const Claim* three = find_claim(doc, ClaimKind::count, "Three hostages");
    REQUIRE(three != nullptr);
    CHECK(three->scope == Scope::one_side);
  }
}

TEST_CASE("a number before an event word counts events or names one, never people") {
  const auto doc = extract_text(published +
                                "Two earthquakes killed 40 people on Friday. The 921 earthquake killed 2,415 "
                                "people. The bodies of 94 flood victims were found, and three storm-related "
                                "deaths were reported.\n");
  CHECK(find_claim(doc, ClaimKind::count, "Two earthquakes killed") == nullptr);
  CHECK(find_claim(doc, ClaimKind::count, "921 earthquake killed") == nullptr);
  CHECK(find_claim(doc, ClaimKind::count, "40 people") != nullptr);
  CHECK(find_claim(doc, ClaimKind::count, "2,415 people") != nullptr);
  CHECK(find_claim(doc, ClaimKind::count, "94 flood victims") != nullptr);
  CHECK(find_claim(doc, ClaimKind::count, "three storm-related deaths") != nullptr);
}

TEST_CASE("a county opening its sentence, and names with an abbreviation") {
  const auto doc = extract_text(published +
                                "In St. Lucie County on the east coast, a spate of tornadoes killed five people. "
                                "There were six deaths in St. Lucie County and two deaths in Ft. Myers.\n");
  const Claim* five = find_claim(doc, ClaimKind::count, "five people");
  REQUIRE(five != nullptr);
  CHECK(five->location == "St. Lucie County");
  const Claim* two = find_claim(doc, ClaimKind::count, "two deaths");
  REQUIRE(two != nullptr);
  CHECK(two->location == "Ft. Myers");
}

TEST_CASE("a group's nationality where the lexicon knows no side") {
  const auto doc = extract_text(published +
                                "On Wednesday Azerbaijan freed 32 Armenian soldiers and Armenia freed two "
                                "Azerbaijani soldiers in the exchange.\n");
  const Claim* armenians = find_claim(doc, ClaimKind::count, "32 Armenian soldiers");
  const Claim* azerbaijanis = find_claim(doc, ClaimKind::count, "two Azerbaijani soldiers");
  REQUIRE(armenians != nullptr);
  REQUIRE(azerbaijanis != nullptr);
  REQUIRE(armenians->part);
  REQUIRE(azerbaijanis->part);
  CHECK(armenians->part->of == "Armenian");
  CHECK(azerbaijanis->part->of == "Azerbaijani");
}

TEST_CASE("a sentence that opens with the whole it takes from makes its counts shares") {
  const auto doc = extract_text(published +
                                "The landslides killed at least 31 people. Of those killed, four people, including "
                                "a child, died in one town.\n");
  const Claim* four = find_claim(doc, ClaimKind::count, "four people");
  REQUIRE(four != nullptr);
  REQUIRE(four->part);
  CHECK(four->part->dimension == "share");
  const Claim* whole = find_claim(doc, ClaimKind::count, "at least 31 people");
  REQUIRE(whole != nullptr);
  CHECK_FALSE(whole->part);
}

TEST_CASE("travellers going back are no swap, and where a toll's parts died") {
  const auto bus = extract_text(published +
                                "A bus carrying passengers returning to work fell into a gorge on Monday. Of the 36 "
                                "killed, ten were women. Twenty-eight people died on the spot and nine died in "
                                "hospital.\n");
  CHECK(std::none_of(bus.events.begin(), bus.events.end(), [](const auto& e) { return e.type == "exchange"; }));
  const Claim* spot = find_claim(bus, ClaimKind::count, "Twenty-eight people");
  REQUIRE(spot != nullptr);
  CHECK(spot->location == "at the scene");
  const Claim* hospital = find_claim(bus, ClaimKind::count, "nine");
  REQUIRE(hospital != nullptr);
  CHECK(hospital->location == "in hospital");
}

TEST_CASE("readings a second fresh probe got wrong: earlier figures, pronoun shares, ages, unknown parties") {
  const auto doc = extract_text(
      published +
      "The earthquake struck on Wednesday. Earlier, the broadcaster reported about 41 dead.\n\n"
      "Fifteen bodies were taken to a hospital, and police said 12 of them were women.\n\n"
      "Six people are missing. Two men, aged 31 and 44, are also unaccounted for.\n\n"
      "The prisoner exchange took place on Thursday. Those were among 14 prisoners released by the Western "
      "allies, and six Russians were freed.\n");
  const auto of = [&](const char* text) {
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    return c;
  };
  CHECK(of("about 41")->not_event.find("an earlier figure") != std::string::npos);
  REQUIRE(of("12 of them")->part.has_value());
  CHECK(of("12 of them")->part->dimension == "share");
  CHECK(find_claim(doc, ClaimKind::count, "44") == nullptr);
  CHECK(of("14 prisoners")->scope == Scope::one_side);
  CHECK(of("14 prisoners")->side == "western");
  CHECK(of("14 prisoners")->side_role == "by");
}

TEST_CASE("a one-sided page's figure that is everyone's: broken down right after it, or from several parties") {
  const auto doc = extract_text(
      published +
      "Ukraine brought home 84 soldiers in a prisoner exchange on Friday, officials said.\n\n"
      "Ukraine also got back 12 civilians and 7 medics, Kyiv said, and 40 people came home. Russia confirmed the "
      "swap.\n\n"
      "The exchange involved 130 prisoners, 124 held by Russia and six held in Ukraine.\n\n"
      "The exchange freed 26 individuals from Russia, Belarus, and two Western countries.\n\n"
      "The exchange freed 33 people from Russian captivity, including soldiers and civilians.\n");
  const auto of = [&](const char* text) {
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    return c;
  };
  CHECK(of("40 people")->scope == Scope::one_side);  // the page's side
  CHECK(of("40 people")->side == "ukraine");
  CHECK(of("130 prisoners")->scope == Scope::unspecified);
  CHECK(of("26 individuals")->scope == Scope::unspecified);
  CHECK(of("33 people")->scope == Scope::one_side);  // one party's captivity, no list of parties
}

TEST_CASE("a running figure's subject names its place, and the same figure told again keeps it") {
  const auto doc = extract_text(published +
                                "The death toll in Norland has now hit 3,577.\n\n"
                                "On the other side of the border, 3,577 have been reported dead.\n\n"
                                "Two people died in Calder. Officials said two people had died.\n");
  const auto of = [&](const char* text) {
    for (const auto& c : doc.claims)
      if (c.kind == ClaimKind::count && c.text == text) return &c;
    FAIL("no count '" << text << "'");
    return static_cast<const Claim*>(nullptr);
  };
  REQUIRE(of("hit 3,577")->part.has_value());
  CHECK(of("hit 3,577")->part->value == "Norland");
  REQUIRE(of("3,577")->part.has_value());  // told again: still Norland's
  CHECK(of("3,577")->location == "Norland");
  CHECK_FALSE(of("two people")->part.has_value());  // a small figure may be another's
}

TEST_CASE("a month after 'in' is no place") {
  const auto doc = extract_text(published + "The floods, which killed 294 people in June, left thousands homeless.\n");
  const Claim* c = find_claim(doc, ClaimKind::count, "294");
  REQUIRE(c != nullptr);
  CHECK(c->location.empty());
  CHECK_FALSE(c->part.has_value());
}

TEST_CASE("an unnamed part of the event's area is a share") {
  const auto doc = extract_text(published +
                                "The landslide buried more than 140 houses on Friday, the agency said.\n\n"
                                "Rescuers pulled two bodies from an area where 40 to 50 homes had been destroyed.\n");
  const Claim* area = find_claim(doc, ClaimKind::count, "40 to 50");
  REQUIRE(area != nullptr);
  REQUIRE(area->part.has_value());
  CHECK(area->part->dimension == "share");
  CHECK(area->part->value == "an area where");
  const Claim* whole = find_claim(doc, ClaimKind::count, "140");
  REQUIRE(whole != nullptr);
  CHECK_FALSE(whole->part.has_value());
}

TEST_CASE("readings a fourth fresh probe got wrong: divisions named by direction, 'there', a compared event") {
  const auto doc =
      extract_text(published +
                   "The earthquake struck on Monday and killed at least 1,200 people across the two countries.\n\n"
                   "In the rebel-held northwest, a UN spokesperson said 150 people had died.\n\n"
                   "State media said more than 90 people were killed and dozens injured there.\n\n"
                   "It was the deadliest school shooting since the massacre at a school in a nearby state, when a "
                   "gunman shot dead 26 people.\n");
  const auto of = [&](const char* text) {
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    return c;
  };
  CHECK(of("150 people")->location == "the rebel-held northwest");
  CHECK(of("more than 90")->location == "there");
  CHECK(of("at least 1,200")->location.empty());
  CHECK(of("26 people")->not_event.find("compares with") != std::string::npos);
}

TEST_CASE("county by county: a new place's added figure is that place's, and a figure elided after a verb") {
  const auto doc = extract_text(
      published +
      "The floods on Friday killed 40 people in Lane County.\n\n"
      "An additional five deaths were reported in Hill County and two in Mason County, local media said. "
      "Another three victims died in Pike County, where an additional six people were still missing.\n\n"
      "Two more victims were found in Lane County later. Another four people died in Ross County, bringing the "
      "state's toll to 51.\n");
  const auto of = [&](const char* text) {
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    return c;
  };
  // "and two in Mason County": the noun and verb left out, the place its own
  const Claim* two = of("two");
  CHECK(two->property == "killed");
  CHECK(two->location == "Mason County");
  // an addition that names a place no figure before it named adds that place, whole
  // a pair, not a structured binding: clang 14 cannot capture a binding in CAPTURE's lambda
  for (const auto& expected :
       {std::pair{"An additional five", "Hill County"}, std::pair{"Another three", "Pike County"}}) {
    CAPTURE(expected.first);
    const Claim* c = of(expected.first);
    CHECK(c->property == "killed");  // not split by the addition of another kind after it
    CHECK(c->location == expected.second);
    CHECK(c->not_event.empty());
  }
  CHECK(of("an additional six")->property == "missing");
  // more of a place told before only adds to it, and so does an addition that raises a total
  CHECK(of("Two more")->not_event.find("a group added") != std::string::npos);
  CHECK(of("Another four")->not_event.find("a group added") != std::string::npos);
}

TEST_CASE("deaths a registry holds are a part of an estimated toll") {
  const auto doc = extract_text(published +
                                "The floods killed more than 900 people, the agency said on Monday, with 412 deaths "
                                "registered in hospitals.\n");
  const Claim* registered = find_claim(doc, ClaimKind::count, "412");
  REQUIRE(registered != nullptr);
  CHECK(registered->property == "killed/registered");
  const Claim* toll = find_claim(doc, ClaimKind::count, "900");
  REQUIRE(toll != nullptr);
  CHECK(toll->property == "killed");
}

TEST_CASE("running figures in the present of headlines, and verbs that say how the figure stands to the number") {
  const auto doc = extract_text(published +
                                "The floods struck on Friday.\n\n"
                                "Death toll climbs to 43 as rain goes on\n\n"
                                "Deaths rise to 59 in the valley\n\n"
                                "Flood toll nears 70, officials say\n\n"
                                "The death toll topped 100 on Monday, and the number of dead had risen to 104 by "
                                "Tuesday.\n\n"
                                "The flood shook the valley, with the death toll crossing 110 on Wednesday.\n\n"
                                "The ship passed 40 miles off the coast.\n");
  const auto of = [&](const char* text) {
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    return c;
  };
  for (const char* text : {"climbs to 43", "rise to 59", "nears 70", "topped 100", "104"}) {
    CAPTURE(text);
    CHECK(of(text)->property == "killed");
  }
  CHECK(of("climbs to 43")->qualifier == Qualifier::exact);
  CHECK(of("nears 70")->qualifier == Qualifier::nearly);
  CHECK(of("topped 100")->qualifier == Qualifier::more_than);
  CHECK(of("crossing 110")->qualifier == Qualifier::more_than);  // a participle of the same verb
  CHECK(of("crossing 110")->property == "killed");
  // "by Tuesday" is the figure's day, no party that gives the dead
  CHECK(of("104")->scope != Scope::one_side);
  CHECK(find_claim(doc, ClaimKind::count, "40") == nullptr);  // a distance, no running figure
}

TEST_CASE("'all three' restates a group told before, never the toll") {
  const auto doc = extract_text(published +
                                "The earthquake on Monday killed nine people, officials said.\n\n"
                                "Three of the dead were hikers on a mountain trail. All three fatalities were caused "
                                "by falling rocks.\n\n"
                                "All nine victims have been identified.\n");
  const Claim* three = find_claim(doc, ClaimKind::count, "three fatalities");
  REQUIRE(three != nullptr);
  CHECK(three->not_event.find("restates a group told before") != std::string::npos);
  // the same figure as the toll: the toll again
  const Claim* nine = find_claim(doc, ClaimKind::count, "nine victims");
  REQUIRE(nine != nullptr);
  CHECK(nine->not_event.empty());
  // after a larger figure of its kind: a group of it
  const auto storm = extract_text(published +
                                  "The storm's death toll reached 52 on Monday.\n\nA mother and her twins died when "
                                  "a tree fell on their home. All three victims were asleep.\n");
  const Claim* victims = find_claim(storm, ClaimKind::count, "three victims");
  REQUIRE(victims != nullptr);
  CHECK(victims->not_event.find("restates a group told before") != std::string::npos);
  // a figure told first after "all" is the figure
  const auto plane = extract_text(published + "The plane crashed on Monday. All 72 people on board were killed.\n");
  const Claim* aboard = find_claim(plane, ClaimKind::count, "72");
  REQUIRE(aboard != nullptr);
  CHECK(aboard->not_event.empty());
}

TEST_CASE("a site, where a figure was confirmed, is an unnamed part of the event's area") {
  const auto doc = extract_text(published +
                                "The earthquake struck on Monday.\n\nDiggers clear the rubble at the site, where a "
                                "dozen deaths have been confirmed.\n");
  const Claim* dozen = find_claim(doc, ClaimKind::count, "dozen");
  REQUIRE(dozen != nullptr);
  REQUIRE(dozen->part.has_value());
  CHECK(dozen->part->dimension == "share");
  CHECK(dozen->part->value == "the site where");
}

TEST_CASE("the deaths a toll rose by, after it, are not the toll") {
  const auto doc = extract_text(published +
                                "The bombing has killed 64 people, officials said Friday, raising an earlier toll "
                                "after three victims had died of their wounds.\n\n"
                                "The death toll reached 64 after two people in intensive care succumbed to "
                                "their injuries.\n\n"
                                "The blast killed 61 people after five people were injured on Monday.\n");
  const auto of = [&](const char* text) {
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    return c;
  };
  CHECK(of("three victims")->not_event.find("what the toll rose by") != std::string::npos);
  CHECK(of("two people")->not_event.find("what the toll rose by") != std::string::npos);
  CHECK(of("64 people")->not_event.empty());
  CHECK(of("reached 64")->not_event.empty());
  // no rise in the sentence: a figure after "after" is a figure of its own
  CHECK(of("five people")->not_event.empty());
}

TEST_CASE("a share's status is the share's: the whole keeps what its own word says") {
  const auto doc = extract_text(published +
                                "Sixty-six of 85 injured were hospitalised, six of them in intensive care.\n\n"
                                "A total of 220 injured people were admitted to hospitals in the province.\n");
  const auto of = [&](const char* text) {
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    return c;
  };
  CHECK(of("Sixty-six")->property == "admitted");
  CHECK(of("85 injured")->property == "injured");
  CHECK(of("220")->property == "admitted");
}

TEST_CASE("a nationality after a figure word, or the subject of 'accounted for', makes a nationality's part") {
  const auto doc = extract_text(published +
                                "The heat killed 1,081 people over the week.\n\n"
                                "A diplomat said the 658 dead Egyptians were mostly unregistered.\n\n"
                                "Diplomats said Jordanians accounted for 99 deaths.\n\n"
                                "Officials said 75 dead were found in the camps.\n");
  const auto of = [&](const char* text) {
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    return c;
  };
  REQUIRE(of("658")->part.has_value());
  CHECK(of("658")->part->dimension == "nationality");
  CHECK(of("658")->part->value == "Egyptians");
  REQUIRE(of("99")->part.has_value());
  CHECK(of("99")->part->value == "Jordanians");
  CHECK_FALSE(of("1,081")->part.has_value());
  CHECK_FALSE(of("75")->part.has_value());
}

TEST_CASE("a number of two words takes its additive after it") {
  const auto doc = extract_text(published +
                                "The floods killed 67 people in the valley.\n\n"
                                "A dozen more victims of the floods have been found.\n");
  const Claim* more = find_claim(doc, ClaimKind::count, "dozen more");
  REQUIRE(more != nullptr);
  CHECK(more->not_event.find("a group added") != std::string::npos);
}

TEST_CASE("a group named before its counts: 'Among the crew, ...' and a figure in brackets after a group") {
  const auto doc =
      extract_text(published +
                   "The airliner came down on Tuesday with 70 people aboard, and 40 of them were killed.\n\n"
                   "Among the crew, four survived, while three died.\n\n"
                   "Among the passengers, 41 were Latvians, with 19 deaths.\n\n"
                   "The passengers included 18 Estonians (eight died) and five Finns, all of whom survived.\n\n"
                   "Among the 40 dead were two infants.\n\n"
                   "The cabin staff numbered 6 members: 2 died, and four survived.\n\n"
                   "By 9 p.m.: 44 people died.\n\n"
                   "The 2019 crash (51 dead) was worse.\n");
  const auto of = [&](const char* text) { return count_claim(doc, text); };
  const auto share = [&](const std::string& text) {
    const Claim* c = of(text.c_str());
    CAPTURE(text);
    REQUIRE(c->part.has_value());
    CHECK(c->part->dimension == "share");
  };
  share("three");
  share("19 deaths");
  share("eight");
  share("2");
  // The opener's own figure is the group, not a share of it; an hour or a year is no group.
  CHECK_FALSE(of("40 dead")->part.has_value());
  CHECK_FALSE(of("44 people")->part.has_value());
  CHECK_FALSE(of("51 dead")->part.has_value());
}

TEST_CASE("a toll's verb with a day before its 'to'; a paragraph that opens on a place") {
  const auto doc = extract_text(published +
                                "The death toll from the flood in the valley rose Sunday to at least 40 people.\n\n"
                                "The toll has climbed overnight to 52.\n\n"
                                "In Calder, where the river burst its banks, the search went on. Nine people were "
                                "killed, and 30 injured, in the ci\n\n"
                                "Officials said 61 people were killed.\n");
  const auto of = [&](const char* text) { return count_claim(doc, text); };
  CHECK(of("rose Sunday to at least 40")->property == "killed");
  CHECK(of("overnight to 52")->property == "killed");
  CHECK(of("Nine people")->location == "Calder");
  CHECK(of("30 injured")->location == "Calder");
  CHECK(of("61 people")->location.empty());  // another paragraph
  // a later sentence that names a place of its own is not the opening place's
  const auto districts = extract_text(published +
                                      "In Tarn district, four people have died and 17 are missing. Similarly in "
                                      "Calder, five deaths have been confirmed with 22 missing.\n");
  CHECK(count_claim(districts, "four people")->location == "Tarn");
  CHECK(count_claim(districts, "five deaths")->location == "Calder");
  CHECK(count_claim(districts, "22 missing")->location == "Calder");
  CHECK(count_claim(districts, "17")->location == "Tarn");  // every count of the sentence it opens
  const auto groups = extract_text(published +
                                   "In Calder district, 10 deaths including 6 soldiers have been confirmed while 59 "
                                   "people remain missing.\n");
  CHECK(count_claim(groups, "59 people")->location == "Calder");  // past a group of the first
  const auto share = extract_text(published +
                                  "The death toll rose to 30. Four of the 30 fatalities occurred in Tarn, "
                                  "six in Calder and 20 in Avon.\n");
  CHECK(count_claim(share, "30 fatalities")->location.empty());  // the whole of the share
}

TEST_CASE("figures of a window of time, of one item of a list, and a district stressed with 'alone'") {
  const auto doc = extract_text(
      published +
      "The flood has killed more than 200 people across the province since Monday.\n\n"
      "The agency said 89 people died across the province in the last 24 hours, including 70 men and 19 women.\n\n"
      "In the past 24 hours alone, 57 people have died, officials said.\n\n"
      "In Norland and Calder the floods have killed at least 12 and nine people, respectively.\n\n"
      "The district chief said 120 deaths occurred in the district alone.\n\n"
      "The death toll rose to 44 with two more deaths on Tuesday.\n");
  const auto of = [&](const char* text) { return count_claim(doc, text); };
  CHECK(of("more than 200")->not_event.empty());
  CHECK(of("89 people")->not_event.find("window") != std::string::npos);
  CHECK(of("70 men")->not_event.find("window") != std::string::npos);
  CHECK(of("19 women")->not_event.find("window") != std::string::npos);
  CHECK(of("57 people")->not_event.find("window") != std::string::npos);
  REQUIRE(of("at least 12")->part.has_value());
  CHECK(of("at least 12")->part->dimension == "share");
  REQUIRE(of("nine")->part.has_value());
  CHECK(of("120 deaths")->location == "the district");
  CHECK(of("two more deaths")->not_event.find("what the toll rose by") != std::string::npos);
}

TEST_CASE("a district as the subject of a reporting verb") {
  const auto doc = extract_text(published +
                                "Floods killed more than 300 people across the province, and a state of emergency "
                                "was declared in Calder and in Norland.\n\n"
                                "Other districts were also hit: Calder reported 36 deaths on Friday.\n\n"
                                "Norland recorded 91 deaths.\n\n"
                                "Officials reported 12 deaths in the north.\n\n"
                                "Reuters reported 250 deaths.\n");
  const auto of = [&](const char* text) { return count_claim(doc, text); };
  CHECK(of("36 deaths")->location == "Calder");
  CHECK(of("91 deaths")->location == "Norland");
  CHECK(of("250 deaths")->location.empty());  // never named as a place
}

TEST_CASE("people of one figure who became another's, and a sentence that opens with a group of the toll") {
  const auto doc = extract_text(published +
                                "The toll of the factory blast rose to 51 on Tuesday with three injured succumbing "
                                "in hospital.\n\n"
                                "Officials said 29 people were injured in the blast.\n\n"
                                "Two missing workers were later found dead in the debris.\n");
  const Claim* three = find_claim(doc, ClaimKind::count, "three injured");
  REQUIRE(three != nullptr);
  CHECK(three->not_event.find("became another's") != std::string::npos);
  const Claim* injured = find_claim(doc, ClaimKind::count, "29 people");
  REQUIRE(injured != nullptr);
  CHECK(injured->not_event.empty());
  const Claim* missing = find_claim(doc, ClaimKind::count, "Two missing");
  REQUIRE(missing != nullptr);
  CHECK(missing->not_event.find("became another's") != std::string::npos);
  // "The two victims" opening a sentence after a larger toll, its number never written before
  const auto bridge = extract_text(published +
                                   "The toll of the bridge collapse has reached 17, officials said.\n\n"
                                   "Divers worked through the night. The three victims, found downstream, were "
                                   "named by police.\n");
  const Claim* two = find_claim(bridge, ClaimKind::count, "three victims");
  REQUIRE(two != nullptr);
  CHECK(two->not_event.find("opens its sentence as a group of a larger figure") != std::string::npos);
  // the number written before: the group told then, kept
  const auto told = extract_text(published +
                                 "The toll of the crush rose to 150, including 14 foreigners, officials said.\n\n"
                                 "Rescuers left the scene. Families gathered. Hospitals were full. Roads closed.\n\n"
                                 "The 14 foreign victims came from nine countries.\n");
  const Claim* foreign = find_claim(told, ClaimKind::count, "14 foreign victims");
  REQUIRE(foreign != nullptr);
  CHECK(foreign->not_event.empty());
  // the toll itself opening a sentence
  const auto toll = extract_text(published + "The flood killed 17 people on Monday.\n\nThe 17 victims were buried.\n");
  const Claim* all = find_claim(toll, ClaimKind::count, "17 victims");
  REQUIRE(all != nullptr);
  CHECK(all->not_event.empty());
}

TEST_CASE("a place before 'where' places the counts of its clause; a facility's figures are its share") {
  const auto doc = extract_text(published +
                                "The typhoon hit Vietnam on Friday after crossing the Philippines, where its toll "
                                "reached 140.\n\n"
                                "Most of the dead were in Norland province, where 90 people died.\n\n"
                                "The storm killed 150 people in all.\n\n"
                                "The Calder hospital counted 41 deaths and 120 injured.\n\n"
                                "Previous estimates said about 100 people were killed.\n\n"
                                "Another 12 people were killed in the neighbouring provinces of Avon and Tarn.\n");
  const auto of = [&](const char* text) { return count_claim(doc, text); };
  CHECK(of("reached 140")->location == "Philippines");
  CHECK(of("90 people")->location == "Norland");
  CHECK(of("150 people")->location.empty());
  REQUIRE(of("41 deaths")->part.has_value());
  CHECK(of("41 deaths")->part->value == "The Calder hospital");
  REQUIRE(of("120 injured")->part.has_value());
  CHECK(of("120 injured")->part->dimension == "share");
  CHECK(of("about 100")->not_event.find("earlier figure") != std::string::npos);
  // "in the neighbouring provinces of Avon and Tarn": the places named together
  REQUIRE(of("Another 12")->covers.has_value());
  CHECK(of("Another 12")->covers->values == std::vector<std::string>{"Avon", "Tarn"});
}

TEST_CASE("homes are compared only in a state read, before or after them; households are no homes") {
  const auto doc = extract_text(published +
                                "The fire destroyed 1,000 homes on Monday.\n\n"
                                "Officials said 4,000 households were displaced.\n\n"
                                "He said 120 houses and 40 shops were also razed.\n\n"
                                "About 300 houses were damaged.\n");
  const auto of = [&](const char* text) { return count_claim(doc, text); };
  CHECK(of("1,000 homes")->property == "homes/destroyed");
  CHECK(of("1,000 homes")->not_event.empty());
  CHECK(of("4,000 households")->property.starts_with("households"));
  CHECK(of("120 houses")->not_event.find("no state read") != std::string::npos);
  CHECK(of("About 300 houses")->property == "homes/damaged");
  CHECK(of("About 300 houses")->not_event.empty());
}

TEST_CASE("a batch of an event's people is its share; an added count that its sentence makes an increase") {
  const auto doc = extract_text(published +
                                "Militants handed over 12 more hostages to the Red Cross on Monday, the last of "
                                "those still alive.\n\n"
                                "The first batch of eight hostages was released earlier in the day.\n\n"
                                "The second group of 12 Norlandic captives reached the border at noon. Officials "
                                "said the Red Cross received the 12 Norlandic captives.\n");
  const auto of = [&](const char* text) { return count_claim(doc, text); };
  REQUIRE(of("eight hostages")->part.has_value());
  CHECK(of("eight hostages")->part->value == "first batch");
  // the batch, then the same figure told again after "the"
  std::vector<const Claim*> captives;
  for (const Claim& c : doc.claims)
    if (c.kind == ClaimKind::count && c.text == "12 Norlandic captives") captives.push_back(&c);
  REQUIRE(captives.size() == 2);
  for (const Claim* c : captives) {
    REQUIRE(c->part.has_value());
    CHECK(c->part->value == "second group");
  }
  // in a page told in batches, "12 more" on a day is a batch too, not the day's figure
  CHECK(of("12 more hostages")->not_event.find("a group added") != std::string::npos);

  const auto fire = extract_text(published +
                                 "The wildfire killed at least 50 people by Saturday.\n\n"
                                 "Another eight victims were added to the toll on Sunday, bringing it to 58.\n\n"
                                 "The blast killed 40 people on the site, and two more died in hospital.\n");
  const Claim* eight = find_claim(fire, ClaimKind::count, "Another eight victims");
  REQUIRE(eight != nullptr);
  CHECK(eight->not_event.find("a group added") != std::string::npos);
  const Claim* site = find_claim(fire, ClaimKind::count, "40 people");
  REQUIRE(site != nullptr);
  CHECK(site->location == "at the scene");
}

TEST_CASE("a county with an aside as the subject, 'his jurisdiction', 'were among those freed'") {
  const auto storm = extract_text(published +
                                  "The storm killed 21 people across the state.\n\n"
                                  "Avery County, on the state's eastern coast, has confirmed six deaths.\n\n"
                                  "The sheriff of Pike County said four people died in his jurisdiction.\n");
  const Claim* six = find_claim(storm, ClaimKind::count, "six deaths");
  REQUIRE(six != nullptr);
  CHECK(six->location == "Avery County");
  const Claim* four = find_claim(storm, ClaimKind::count, "four people");
  REQUIRE(four != nullptr);
  CHECK(four->location == "his jurisdiction");

  const auto release = extract_text(published + "Nine people with foreign passports were among those freed.\n");
  const Claim* nine = find_claim(release, ClaimKind::count, "Nine people");
  REQUIRE(nine != nullptr);
  REQUIRE(nine->part.has_value());
  CHECK(nine->part->value == "were among those freed");
}

TEST_CASE("victims of a harm that does not say whether they lived, a country's own citizens, a district as subject") {
  const auto doc = extract_text(published +
                                "The attack on Saturday killed six people.\n\n"
                                "* 17 victims stabbed, 12 remain in hospital\n\n"
                                "The government confirmed that one of its citizens was injured.\n\n"
                                "Avon district reported 20 deaths, officials said.\n");
  const auto of = [&](const char* text) { return count_claim(doc, text); };
  CHECK(of("six people")->property == "killed");
  CHECK(of("17 victims")->property == "casualties");
  REQUIRE(of("one of its citizens")->part.has_value());
  CHECK(of("one of its citizens")->part->dimension == "nationality");
  CHECK(of("20 deaths")->location == "Avon district");
}

TEST_CASE("people named by what they were doing are a group of their own, told by their words") {
  const auto doc = extract_text(published +
                                "A mine collapsed on Monday, killing 11 miners, the company said.\n\n"
                                "The crash on Monday killed five medical students. Among the dead were four "
                                "undergraduate medical students.\n\n"
                                "Thousands of pilgrims gathered at the shrine.\n");
  const auto of = [&](const char* text) { return count_claim(doc, text); };
  CHECK(of("11 miners")->property == "killed/workers");
  REQUIRE(of("11 miners")->part.has_value());
  CHECK(of("11 miners")->part->dimension == "role");
  CHECK(of("11 miners")->part->value == "miners");
  REQUIRE(of("five medical students")->part.has_value());
  CHECK(of("five medical students")->part->value == "medical students");
  // no verb: who they are, a group with no figure of its own
  REQUIRE(of("Thousands of pilgrims")->part.has_value());
  CHECK(of("Thousands of pilgrims")->part->whole.empty());
}

TEST_CASE("rescuers and police named by their work are a group of their own, never the toll") {
  const auto doc = extract_text(published +
                                "Fires at the Varno depot are under control, but 7 firefighters are still missing, "
                                "the ministry said.\n\n"
                                "The death toll rose to 31 on Monday, with at least 15 still missing.\n\n"
                                "Four police officers were among the injured.\n");
  const auto of = [&](const char* text) { return count_claim(doc, text); };
  REQUIRE(of("7 firefighters")->part.has_value());
  CHECK(of("7 firefighters")->part->dimension == "role");
  CHECK(of("7 firefighters")->part->value == "firefighters");
  CHECK(of("at least 15")->property == "missing");
  CHECK(!of("at least 15")->part.has_value());
  REQUIRE(of("Four police officers")->part.has_value());
  CHECK(of("Four police officers")->part->value == "police officers");
}

TEST_CASE("a bare figure equal to a role's figure on its page is that role's") {
  const auto doc = extract_text(published +
                                "Crews pull back from Varno depot after 14 confirmed killed fighting blaze\n\n"
                                "The blasts killed at least 52 people, officials said on Monday.\n\n"
                                "It is not clear whether the 14 firefighters who died are among the 52.\n");
  const auto of = [&](const char* text) { return count_claim(doc, text); };
  REQUIRE(of("14 confirmed killed")->part.has_value());
  CHECK(of("14 confirmed killed")->part->value == "firefighters");
  CHECK(of("14 confirmed killed")->property == "killed/responders");
  CHECK(!of("at least 52 people")->part.has_value());
}

TEST_CASE("a sentence that opens on a place gives the count after ', with' to that place") {
  const auto doc = extract_text(published +
                                "The floods killed 132 people across the country, with many deaths in Norland.\n\n"
                                "Norland has been hit particularly hard, with 34 people confirmed dead.\n\n"
                                "The storm passed quickly, with 12 people confirmed dead.\n");
  const Claim* norland = find_claim(doc, ClaimKind::count, "34 people");
  REQUIRE(norland != nullptr);
  CHECK(norland->location == "Norland");
  const Claim* storm = find_claim(doc, ClaimKind::count, "12 people");
  REQUIRE(storm != nullptr);
  CHECK(storm->location.empty());
}

TEST_CASE("a rate is no figure; a count taken out of a number is its share") {
  const auto doc = extract_text(published +
                                "The deal took effect on Sunday, and militants freed the first three hostages out of "
                                "the 33 they are expected to free.\n\n"
                                "Under the deal, the government will release 30 prisoners per civilian hostage and 50 "
                                "prisoners in exchange for female soldiers.\n\n"
                                "The government will release 90 prisoners in exchange for the three hostages.\n");
  const auto of = [&](const char* text) { return count_claim(doc, text); };
  REQUIRE(of("three hostages")->part.has_value());
  CHECK(of("three hostages")->part->value == "of 33");
  CHECK(of("30 prisoners")->not_event.find("a rate") != std::string::npos);
  CHECK(of("50 prisoners")->not_event.find("a rate") != std::string::npos);
  CHECK(of("90 prisoners")->not_event.find("a rate") == std::string::npos);
}

TEST_CASE("a place named at a sentence's start, after 'the', or as the first word of a longer place") {
  const auto doc = extract_text(published +
                                "In the Norland Valley alone, 68 deaths have been confirmed.\n\n"
                                "Norland has been hit particularly hard, with 34 people confirmed dead.\n\n"
                                "Half the seats in the House of Elders were contested.\n\n"
                                "House of Elders members serve six years, with 248 members in all.\n\n"
                                "The Unity Party gave up 37 seats in National Assembly, officials said.\n");
  CHECK(count_claim(doc, "34 people")->location == "Norland");
  CHECK(count_claim(doc, "248 members")->location.empty());
  // a body (place_institutions) is no place: the seats are the party's, wherever they sit
  const Claim* seats = count_claim(doc, "37 seats");
  CHECK(seats->location.empty());
  REQUIRE(seats->part.has_value());
  CHECK(seats->part->value == "Unity Party");
}

TEST_CASE("a part marked by 'including' takes the figure its own sentence names, not a count of an earlier one") {
  const auto doc = extract_text(published +
                                "Toll rises to 60 as flood hits valley\n\n"
                                "Crews searched on Sunday for those still missing after the river burst its banks "
                                "- including 12 children from a riverside camp - as rain kept falling.\n\n"
                                "The flood killed 60 people, including 15 children.\n");
  CHECK(count_claim(doc, "12 children")->property == "missing/children");
  CHECK(count_claim(doc, "15 children")->property == "killed/children");
}

// Places of parts found on real pages, in our own words: county and state figures told in
// lists (-y plurals, commas, a state as the subject, a short sentence of place names), a list of
// destinations, a named fire within the story's.
TEST_CASE("where a part's people were: counties and states in lists, destinations, a named fire") {
  const auto doc = extract_text(published +
                                "The storm has killed 120 people across five states.\n\n"
                                "Among the worst-hit counties are Avery, with 33 deaths, and Calder with 8.\n\n"
                                "Further inland, Ohio reported 19 deaths, the agency said.\n\n"
                                "29 died in Avery County, 17 in Calder and 6 in Tarn.\n\n"
                                "Four deaths were reported in Norland County, three in Avon County.\n\n"
                                "The swap freed 30 prisoners in all. Of them, 11 prisoners were flown to Norland, "
                                "16 to Avon and 3 to Calder.\n\n"
                                "The defence ministry said its 250 servicemen were flown to Tarn for checks.\n\n"
                                "At least 18 people were missing after the fires, officials said.\n\n"
                                "Deputies listed twelve people as missing within the Norland Fire zone, and six "
                                "people missing from the Avon Fire.\n");
  const auto at = [&](const char* text) { return count_claim(doc, text)->location; };
  CHECK(at("33 deaths") == "Avery");
  CHECK(at("19 deaths") == "Ohio");
  CHECK(at("29") == "Avery County");
  CHECK(at("17") == "Calder");
  CHECK(at("6") == "Tarn");
  CHECK(at("three") == "Avon County");
  CHECK(at("120 people").empty());
  CHECK(at("11 prisoners") == "Norland");
  CHECK(at("250 servicemen").empty());  // one destination alone is everyone's
  CHECK(at("30 prisoners").empty());
  CHECK(at("twelve people") == "Norland Fire");
  CHECK(at("six people") == "Avon Fire");
  CHECK(at("At least 18").empty());
}

TEST_CASE("a province named after adjectives, as a subject with an aside, or after an opening phrase") {
  const auto doc = extract_text(published +
                                "The floods in Varno have killed 60 people so far.\n\n"
                                "The death toll in Varno stands at 44, while 16 deaths have been reported in the "
                                "neighbouring Tesk province.\n\n"
                                "Tesk province, next to Varno, accounted for 15 reported deaths and 22 people still "
                                "missing.\n\n"
                                "Meanwhile, floods in the southern Morva province of Kelland killed seven people.\n\n"
                                "On Tuesday, rescuers in boats saved 40 people.\n");
  const auto at = [&](const char* text) { return count_claim(doc, text)->location; };
  CHECK(at("16 deaths") == "Tesk");
  CHECK(at("15 reported deaths") == "Tesk");
  CHECK(at("22 people") == "Tesk");
  CHECK(at("seven people") == "Morva");
  CHECK(at("60 people").empty());
  CHECK(at("40 people").empty());  // an opening phrase and a subject with no place word
}

TEST_CASE("groups a listing page names by age or foreign nationality are parts, never the whole") {
  const auto doc = extract_text(published +
                                "The crush killed 154 people, officials said.\n\n"
                                "Nine teen victims were still at school, the ministry said.\n\n"
                                "Police named the 14 victims of foreign nationality on Tuesday.\n\n"
                                "Hospitals were treating a total of 7 foreigners.\n");
  const std::pair<const char*, const char*> parts[] = {
      {"Nine teen victims", "age_group"}, {"14 victims", "nationality"}, {"a total of 7", "nationality"}};
  for (const auto& expected : parts) {  // no structured binding: CAPTURE's lambda cannot name one in clang
    const char* text = expected.first;
    CAPTURE(text);
    const Claim* c = count_claim(doc, text);
    REQUIRE(c->part.has_value());
    CHECK(c->part->dimension == expected.second);
  }
  CHECK_FALSE(count_claim(doc, "154 people")->part.has_value());
}

TEST_CASE("a strike on many sites: each struck site's figure, a place in quotes, a war-long figure") {
  const auto doc = extract_text(published +
                                "Missiles struck cities across the country on Monday, killing at least 41 people.\n\n"
                                "A maternity ward was struck as well, leaving two dead and 19 hurt.\n\n"
                                "Rescuers said a strike on a residential block in the capital killed 9 people.\n\n"
                                "Three people died in \"Avalon\", the clinic's director said.\n\n"
                                "The full-scale war has killed 480 children, three of them on Monday.\n\n"
                                "The storm struck the region on Monday, destroying a school and killing 44 people.\n");
  const auto part = [&](const char* text) {
    const Claim* c = count_claim(doc, text);
    return c->part ? c->part->dimension + " " + c->part->value : std::string();
  };
  CHECK(part("two") == "site hospital");
  CHECK(part("9 people") == "site building");
  CHECK(count_claim(doc, "Three people")->location == "Avalon");
  CHECK(count_claim(doc, "480 children")->not_event.find("longer span") != std::string::npos);
  CHECK(part("at least 41").empty());
  CHECK(part("44 people").empty());  // the school is no struck site: too far from the verb
}

TEST_CASE("attacks on two sites told one after the other: each subject's site owns its figure") {
  struct SiteRow {
    const char* lang;
    const char* text;
    const char* whole;
    const char* first;
    const char* second;
  };
  const SiteRow rows[] = {
      {"en",
       "At least 40 people died in the attacks at the airport and a metro station in the capital.\n\n"
       "The attack at the metro station, near the old town, left at least 25 dead, while the two explosions "
       "at the airport caused 15 dead.\n",
       "At least 40 people", "25 dead", "15 dead"},
      {"es",
       "Al menos 40 personas murieron en los atentados en el aeropuerto de Tarn y la estación de metro de "
       "Varno.\n\nEl atentado en la estación de metro, en el casco antiguo, dejó al menos 25 muertos, "
       "mientras que las dos explosiones en el aeropuerto causaron 15 muertos.\n",
       "Al menos 40 personas", "25 muertos", "15 muertos"},
      {"it",
       "Almeno 40 persone sono morte negli attentati all'aeroporto di Tarn e alla stazione della "
       "metropolitana di Varno.\n\nL'attentato alla stazione della metropolitana, nel centro storico, ha "
       "provocato almeno 25 morti, mentre le due esplosioni all'aeroporto hanno causato 15 morti.\n",
       "Almeno 40 persone", "25 morti", "15 morti"},
  };
  for (const SiteRow& row : rows) {
    const std::string lang = row.lang;
    CAPTURE(lang);
    const auto doc = extract_text("---\npublished: 2021-05-04\nlang: " + lang + "\n---\n" + row.text);
    const auto part = [&](const char* text) {
      const Claim* c = count_claim(doc, text);
      return c->part ? c->part->dimension + " " + c->part->value : std::string();
    };
    CHECK(part(row.whole).empty());  // the sites after the figure, and two of them: the whole
    CHECK(part(row.first) == "site transit");
    CHECK(part(row.second) == "site airport");  // the nearer site, not the first of the sentence
  }
  // one site named: the whole attack's; another site between the first and the count: everyone's
  const auto doc = extract_text(published +
                                "An attack at a Christmas market killed five people.\n\n"
                                "A double explosion at the airport and a third at a metro station left 21 dead.\n");
  for (const char* text : {"five people", "21 dead"}) {
    CAPTURE(text);
    CHECK_FALSE(count_claim(doc, text)->part.has_value());
  }
}

TEST_CASE("a clause a contrast word opens on its own place is not the opening place's") {
  struct PlaceRow {
    const char* lang;
    const char* text;
    const char* first;
    const char* second;
  };
  const PlaceRow rows[] = {
      {"en",
       "In Tarn alone, police confirmed at least 118 deaths, while in Varno preliminary figures point to 41 "
       "dead.\n",
       "118 deaths", "41 dead"},
      {"es",
       "Sólo en Tarn, la policía confirmó al menos 118 víctimas mortales, mientras que en Varno Alto los "
       "datos preliminares de la policía dan cuenta de 41 fallecidos.\n",
       "118", "41 fallecidos"},
      {"it",
       "Solo a Tarn, la polizia ha confermato almeno 118 morti, mentre a Varno i dati preliminari parlano di "
       "38 morti.\n",
       "118", "38 morti"},
  };
  for (const PlaceRow& row : rows) {
    const std::string lang = row.lang;
    CAPTURE(lang);
    const auto doc = extract_text("---\npublished: 2021-05-04\nlang: " + lang + "\n---\n" + row.text);
    CHECK(count_claim(doc, row.first)->location == "Tarn");
    CHECK(count_claim(doc, row.second)->location.starts_with("Varno"));
  }
}

TEST_CASE("a place right before a tally link places the figure the tally gives") {
  check_places(
      {{"---\npublished: 2021-05-04\n---\nThe toll of the earthquake in Norland rose to 260 on Tuesday.\n", "260"},
       {"---\npublished: 2021-05-04\nlang: es\n---\nEl balance del terremoto en Norland ascendió a 260 muertos.\n",
        "260"},
       {"---\npublished: 2021-05-04\nlang: it\n---\nIl bilancio del terremoto in Norland è salito a 260 morti.\n",
        "260"}},
      "Norland");
}

TEST_CASE("a list line that opens on a division and a colon is that division's entry") {
  const auto es = extract_text(
      "---\npublished: 2010-03-01\nlang: es\n---\nEl terremoto del sábado dejó 690 muertos.\n\nRegistro por "
      "regiones:\n\nRegión del Tarn: 612 fallecidos\n\nRegión de Varno: 64 fallecidos\n");
  CHECK(count_claim(es, "612 fallecidos")->location == "Región del Tarn");
  CHECK(count_claim(es, "64 fallecidos")->location == "Región de Varno");
  const auto en = extract_text(published +
                               "The quake on Saturday killed 690 people.\n\nTarn Province: 612 dead\n\nUpdate: 700 "
                               "dead\n");
  CHECK(count_claim(en, "612 dead")->location == "Tarn Province");
  CHECK(count_claim(en, "700 dead")->location.empty());  // no division: a label, not a place
}

TEST_CASE("a place with accented letters is read whole") {
  const auto doc = extract_text(published +
                                "The quake killed 40 people. Five people died in Tarnópol on Friday. Three people "
                                "died in Varnó.\n\nSeven people were injured in Calder’s suburbs.\n");
  CHECK(count_claim(doc, "Five people")->location == "Tarnópol");
  CHECK(count_claim(doc, "Three people")->location == "Varnó");
  CHECK(count_claim(doc, "Seven people")->location == "Calder");  // a typographic apostrophe ends the name
}

TEST_CASE("a relative clause after an aside about some of the people counted places none of them") {
  const auto en = extract_text(published +
                               "On Wednesday the army got back 215 soldiers, including 108 from the regiment, which "
                               "fought in Tarnopol, and five commanders.\n");
  CHECK(count_claim(en, "215 soldiers")->location.empty());
  const auto es = extract_text(
      "---\npublished: 2022-09-22\nlang: es\n---\nEl miércoles el ejército recuperó 215 soldados, de los cuales "
      "108 pertenecen al regimiento, que combatió en Tarnópol, y cinco comandantes.\n");
  CHECK(count_claim(es, "215 soldados")->location.empty());
  // the count's own clause after the aside still places it
  const auto own = extract_text(published + "Five people, including three rescuers, died in Tarnopol on Monday.\n");
  CHECK(count_claim(own, "Five people")->location == "Tarnopol");
}

TEST_CASE("a place then a verb that reports what was there then the count") {
  check_places({{"---\npublished: 2009-04-07\nlang: es\n---\nEl terremoto dejó más de 150 muertos. En la pequeña "
                 "localidad de Varno se registraron 10 muertos.\n",
                 "10 muertos"},
                {"---\npublished: 2009-04-07\nlang: it\n---\nIl terremoto ha causato oltre 150 morti. A Varno si "
                 "contano 10 morti.\n",
                 "10 morti"},
                {"---\npublished: 2009-04-07\n---\nThe quake killed more than 150 people. In Varno there were 10 "
                 "deaths.\n",
                 "10 deaths"}},
               "Varno");
}

TEST_CASE("a reporting subject's venue is where they spoke, not where the count was") {
  const auto doc = extract_text(published +
                                "The floods killed 300 people. Officials at a news conference in Tarn added that 10 "
                                "people died in three other cities.\n\nOfficials in Varno reported that 12 people "
                                "died.\n");
  CHECK(count_claim(doc, "10 people")->location.empty());
  CHECK(count_claim(doc, "12 people")->location == "Varno");
}

TEST_CASE("a paragraph that opens 'Earlier,' tells an earlier report to its end") {
  const auto doc = extract_text(
      published +

      "The missile struck a block of flats on Saturday. The number of people killed has increased to 35.\n\n"
      "Earlier, a reporter at the scene said 75 people were injured. The death toll rose to 30. Among the "
      "wounded are 14 children.\n\n"
      "The death toll rose to 36 on Monday.\n");
  const auto of = [&](const char* text) {
    const Claim* c = find_claim(doc, ClaimKind::count, text);
    REQUIRE(c != nullptr);
    return c;
  };
  CHECK(of("75 people")->not_event.find("earlier figure") != std::string::npos);
  CHECK(of("30")->not_event.find("its paragraph opens 'Earlier,'") != std::string::npos);
  CHECK(of("36")->not_event.empty());  // the next paragraph is the current report again
}

TEST_CASE("'took the lives of' and 'sustained injuries' say what a count counts") {
  const auto doc = extract_text(published +
                                "The missile attack on Saturday took the lives of 35 residents. Another 72 people "
                                "sustained injuries, officials said.\n");
  const Claim* dead = find_claim(doc, ClaimKind::count, "35 residents");
  REQUIRE(dead != nullptr);
  CHECK(dead->property == "killed");
  const Claim* hurt = find_claim(doc, ClaimKind::count, "72 people");
  REQUIRE(hurt != nullptr);
  CHECK(hurt->property == "injured");
}

TEST_CASE("a bare figure right after a sentence about a longer span goes on with that span") {
  const auto doc = extract_text(published +
                                "The missile strike on Monday killed 31 people in the capital.\n\n"
                                "Since it began, the full-scale war has killed 480 children. More than 1,300 were "
                                "injured, prosecutors say.\n\n"
                                "More than 110 were injured on Monday.\n");
  const Claim* war = find_claim(doc, ClaimKind::count, "1,300");
  REQUIRE(war != nullptr);
  CHECK(war->not_event.find("goes on with the sentence before it") != std::string::npos);
  const Claim* day = find_claim(doc, ClaimKind::count, "110");
  REQUIRE(day != nullptr);
  CHECK(day->not_event.empty());  // another paragraph: the day's figure again
}

TEST_CASE("every place word of the lexicon can open a sentence on its place, not 'In' and 'At' alone") {
  // the place words are part_dimensions place in counts.yaml: "across", "on the island of", ...
  const auto doc = extract_text(published +
                                "Across Tarn and its hills, the storm killed 12 people.\n\n"
                                "On the island of Avon, 7 people died.\n\n"
                                "Across Calder, eight deaths including three soldiers were confirmed while 20 "
                                "people remain missing.\n\n"
                                "Across Norland, where the river burst its banks, the search went on. Nine people "
                                "were killed.\n");
  CHECK(count_claim(doc, "12 people")->location == "Tarn");
  CHECK(count_claim(doc, "7 people")->location == "Avon");
  CHECK(count_claim(doc, "eight deaths")->location == "Calder");
  CHECK(count_claim(doc, "20 people")->location == "Calder");     // the place of the sentence's first count
  CHECK(count_claim(doc, "Nine people")->location == "Norland");  // the paragraph's place
  // a site's paragraph (place_site "at") tells what happened there, not where its counts were
  const auto site = extract_text(published +
                                 "At Kestrel Hospital, families met the freed hostages. They were among 240 people "
                                 "taken in the raid.\n");
  CHECK(count_claim(site, "240 people")->location.empty());
}

TEST_CASE("what a figure grew by ('the latest figure added two dead') is not the figure") {
  const auto doc = extract_text(published +
                                "The storm killed 40 people, officials said on Monday. The latest figure added only "
                                "two dead and three missing.\n\n"
                                "The police chief added 12 people were injured.\n");
  const Claim* two = count_claim(doc, "two dead");
  REQUIRE(two != nullptr);
  CHECK(two->not_event.find("what a figure grew by ('figure added')") != std::string::npos);
  CHECK(count_claim(doc, "three missing")->not_event == two->not_event);  // coordinated with it
  CHECK(count_claim(doc, "40 people")->not_event.empty());
  // "added" alone says who said it: the 12 stay a figure
  CHECK(count_claim(doc, "12 people")->not_event.empty());
}

TEST_CASE("'the initial 20 fatalities' is an earlier figure; victims 'undergoing treatment' are in hospital") {
  const auto doc = extract_text(published +
                                "At least seven victims died overnight after the initial 20 fatalities were "
                                "reported.\n\n"
                                "Besides, 49 victims are undergoing treatment at different hospitals.\n");
  CHECK(count_claim(doc, "20 fatalities")->not_event.find("an earlier figure the text replaces ('initial')") !=
        std::string::npos);
  CHECK(count_claim(doc, "49 victims")->property == "hospitalised");
}

TEST_CASE("'said that in Tarn alone, the worst-hit district, 912 died' and 'In the latter' place their counts") {
  const auto doc = extract_text(published +
                                "The quake on Sunday killed more than 900 people and injured 2,000. "
                                "The spokesman said on Tuesday that in Tarn alone, the worst-hit district, "
                                "912 people died and 2,104 were injured.\n\n"
                                "The quake hit Avon and Morva. In the latter, 300 people died and 700 "
                                "were injured.\n");
  CHECK(count_claim(doc, "912 people")->location == "Tarn");
  CHECK(count_claim(doc, "2,104")->location == "Tarn");
  CHECK(count_claim(doc, "300 people")->location == "the latter");
  CHECK(count_claim(doc, "700")->location == "the latter");
}

TEST_CASE("the passengers alone are a part of those aboard, not all of them") {
  const auto doc = extract_text(published +
                                "The plane crashed on Tuesday, killing all 44 people on board. The "
                                "crash claimed the lives of 40 passengers.\n");
  CHECK(count_claim(doc, "44 people")->location == "aboard");
  CHECK(count_claim(doc, "40 passengers")->location == "passengers");
}

TEST_CASE("a figure word past a colon is another figure's: 'a ferry with 140 passengers sank: many dead'") {
  const auto doc = extract_text(published +
                                "Off Tarn, a ferry with 140 passengers sank: many dead and "
                                "missing.\n");
  CHECK(count_claim(doc, "140 passengers")->property != "killed");
}

TEST_CASE("'in that flood-hit jurisdiction alone' is a place") {
  const auto doc = extract_text(published +
                                "The storm killed at least 50 people. On Saturday, the Tarn County coroner "
                                "reported 21 deaths from the storm in that flood-hit jurisdiction alone.\n");
  CHECK(count_claim(doc, "21 deaths")->location == "that flood-hit jurisdiction");
}

TEST_CASE("'Officially, 14 deaths ..., but local officials count many more': the official figure disputed") {
  const auto doc = extract_text(published +
                                "The storm killed at least 50 people on Saturday.\n\n"
                                "Officially, 14 deaths have been tied to the storm, but local officials "
                                "count many more. Of the 14 official deaths, all but two were "
                                "drowned.\n");
  CHECK(count_claim(doc, "14 deaths")->not_event.starts_with("the official figure the page disputes"));
  CHECK(count_claim(doc, "14 official deaths")->not_event.starts_with("the official figure the page disputes"));
}

TEST_CASE("a headline figure that the page's update line gives too is the update's") {
  const auto doc = extract_text(published +
                                "Hotel Blast Kills 48 in Tarn\n\n"
                                "Update: The blast has now killed 48 people\n\n"
                                "A blast ripped through the hotel in Tarn on Tuesday, killing 9 "
                                "people.\n");
  const Claim* headline = find_claim(doc, ClaimKind::count, "48");
  REQUIRE(headline != nullptr);
  CHECK(headline->as_of_time.starts_with("the update at line"));
  CHECK(count_claim(doc, "9 people")->as_of_time.empty());
}

TEST_CASE("'..., while Avon Province reported 23 deaths': the subject after a conjunction is the place") {
  const auto doc = extract_text(published +
                                "The floods killed 90 people on Saturday. In the valley alone, 41 deaths "
                                "were confirmed, while Avon Province reported 23 deaths and Tarn "
                                "Province has recorded 11 fatalities.\n");
  CHECK(count_claim(doc, "23 deaths")->location == "Avon Province");
  CHECK(count_claim(doc, "11 fatalities")->location == "Tarn Province");
}

TEST_CASE("'In the Avon Valley, 41 deaths' and 'including the densely populated Tarn Valley, where 52 died'") {
  const auto doc = extract_text(published +
                                "The floods killed 90 people on Saturday.\n\n"
                                "In the Avon Valley, 41 deaths have been confirmed.\n\n"
                                "The floods hit several regions, including the densely populated Tarn "
                                "Valley, where 52 people have perished.\n");
  CHECK(count_claim(doc, "41 deaths")->location == "Avon Valley");
  CHECK(count_claim(doc, "52 people")->location == "Tarn Valley");
}

TEST_CASE("'opened fire' names an attack") {
  const auto doc = extract_text(published +
                                "A gunman opened fire at a school in Tarn on Monday morning. Three "
                                "children were killed and 11 others were injured.\n");
  const Claim* day = find_claim(doc, ClaimKind::date, "Monday");
  REQUIRE(day != nullptr);
  CHECK(mention_type(doc, *day) == "attack");
}

TEST_CASE("a figure its own sentence adds to ('while one more died') is a part, not the whole") {
  const auto doc = extract_text(published +
                                "A fire broke out at a boarding school in Varno on Monday night.\n\n"
                                "A total of 14 pupils died at the school while one more died on the way to "
                                "hospital.\n\n"
                                "Rescuers said 9 teachers were hurt, and another pupil died later.\n\n"
                                "The toll rose to 22 on Tuesday as two more pupils died in hospital.\n\n"
                                "Officials said 30 pupils were injured and two more were missing.\n");
  CHECK(count_claim(doc, "A total of 14 pupils")
            ->not_event.find("a part of a figure its sentence adds to ('one more')") != std::string::npos);
  // the addition is of another property (hurt, then died), a rising toll holds it, another verb
  CHECK(count_claim(doc, "9 teachers")->not_event.empty());
  CHECK(count_claim(doc, "22")->not_event.find("adds to") == std::string::npos);
  CHECK(count_claim(doc, "30 pupils")->not_event.find("adds to") == std::string::npos);
}

TEST_CASE("a count 'in the country' after a nationality is that nationality's country's") {
  const auto doc = extract_text(published +
                                "Floods swept across Somalia on Monday, killing 30 people.\n\n"
                                "Heavy rain also hit the region: the Kenyan interior minister said at least 44 "
                                "people had died in the country since the rains began.\n\n"
                                "Officials said 12 more people had died in the country.\n");
  CHECK(count_claim(doc, "at least 44 people")->location == "Kenya");
  CHECK(count_claim(doc, "at least 44 people")->part.has_value());
  // no nationality named before it: the country is the page's
  CHECK(count_claim(doc, "12 more people")->location.empty());
}

TEST_CASE("the first count after a sentence announcing a rise is the risen figure, of an hour not given") {
  const auto doc = extract_text(published +
                                "Missiles struck Tarn on Monday, killing nine people and injuring 30.\n\n"
                                "The mayor said the number of people injured in the attack has also increased. "
                                "Fourteen people have been injured, six of them children.\n\n"
                                "The governor said the number of people injured has also increased. "
                                "Four people were killed in Avon.\n");
  CHECK(count_claim(doc, "Fourteen people")->rising);
  CHECK(has_explain(*count_claim(doc, "Fourteen people"), "the risen figure the sentence before announces"));
  // a count of another property than the one announced
  CHECK_FALSE(count_claim(doc, "Four people")->rising);
}

TEST_CASE("a place as the sentence's subject, then ', with' and a count: the count is the place's") {
  const auto doc = extract_text(published +
                                "Floods swept the north of Varnia on Monday, killing 140 people.\n\n"
                                "The Tarn district topped the death toll list, with 58 people being killed.\n\n"
                                "The rescue teams worked through the night, with 20 people saved.\n");
  CHECK(count_claim(doc, "58 people")->location == "Tarn district");
  // a subject that is no place
  CHECK(count_claim(doc, "20 people")->location.empty());
}

TEST_CASE("a count of an event another caused ('in the floods triggered by the storm') is a part, not the toll") {
  const auto doc = extract_text(published +
                                "A storm hit the coast of Varnia on Monday, killing 12 people.\n\n"
                                "Officials said 40 houses were destroyed and three people were injured in the floods "
                                "triggered by the storm. A total of 90 houses were destroyed in the storm.\n");
  for (const char* text : {"40 houses", "three people"}) {
    CAPTURE(text);
    CHECK(count_claim(doc, text)->not_event.find("a figure of the floods the storm caused") != std::string::npos);
  }
  CHECK(count_claim(doc, "A total of 90 houses")->not_event.empty());
}

TEST_CASE("the people of one funeral, and those said to be from a place, are some of the toll") {
  const auto doc = extract_text(published +
                                "Hundreds attend a funeral service in the north for 14 killed in the floods\n\n"
                                "Floods struck four towns of Varnia on Monday, and at least 31 people died.\n\n"
                                "The 14 victims were from Tarn, a village outside Avon.\n");
  CHECK(count_claim(doc, "14 killed")->not_event.find("the people of one funeral") != std::string::npos);
  CHECK(count_claim(doc, "14 victims")->location == "Tarn");
  CHECK(count_claim(doc, "at least 31 people")->not_event.empty());
}

TEST_CASE("'a similar blast' is another event, and a day before it is not its day") {
  const auto doc = extract_text(published +
                                "At least 70 people were killed when a fuel truck overturned in Varno.\n\n"
                                "The accident in Varno on Saturday follows a similar blast in Tarn last autumn that "
                                "killed 120 people.\n");
  const auto at = static_cast<std::size_t>(count_claim(doc, "120 people") - doc.claims.data());
  REQUIRE(doc.claim_mention[at].has_value());
  CHECK(doc.events[*doc.claim_mention[at]].other);
  const Claim* saturday = find_claim(doc, ClaimKind::date, "Saturday");
  REQUIRE(saturday != nullptr);
  CHECK(has_explain(*saturday, "is another event, compared with it"));
}

TEST_CASE("an event told as years before the page's own is another event") {
  const auto doc = extract_text(published +
                                "The earthquake struck Tarn on Monday, killing at least 12 people.\n\nIt comes five "
                                "years after an earthquake devastated the island, killing an estimated 2,340 "
                                "people.\n");
  const auto at = static_cast<std::size_t>(count_claim(doc, "2,340") - doc.claims.data());
  REQUIRE(doc.claim_mention[at].has_value());
  CHECK(doc.events[*doc.claim_mention[at]].other);
  const auto own = static_cast<std::size_t>(count_claim(doc, "at least 12") - doc.claims.data());
  REQUIRE(doc.claim_mention[own].has_value());
  CHECK_FALSE(doc.events[*doc.claim_mention[own]].other);
}

TEST_CASE("an added count in a sentence dated only by a possessive day ('at Monday's parade') adds to a figure") {
  const auto doc = extract_text(published +
                                "A gunman opened fire at a parade in Tarn on Monday, killing seven people.\n\n"
                                "Five adults hit by the gunman at Monday's parade died at the scene, according to the "
                                "coroner, while one more person died at a nearby hospital.\n");
  CHECK(count_claim(doc, "one more person")->not_event.find("a group added to one told before") != std::string::npos);
}

TEST_CASE("a count after a consequence participle is of the named place its main clause gives") {
  const auto doc = extract_text(published +
                                "A storm hit Varnia on Monday, killing 40 people.\n\n"
                                "Trees fell onto three homes in Avon County, causing two deaths, officials said.\n");
  CHECK(count_claim(doc, "two deaths")->location == "Avon County");
}

TEST_CASE("a count joined by 'and' to a risen figure is risen too") {
  const auto doc = extract_text(published +
                                "The number of those killed in the blast in Tarn has risen to 58 and over 900 have "
                                "been injured, officials said.\n\n"
                                "Officials said 30 people were killed and 400 were injured.\n");
  CHECK(count_claim(doc, "over 900")->rising);
  CHECK_FALSE(count_claim(doc, "400")->rising);
}

TEST_CASE("a hospital's figures: brought to 'the facility', 'the other' of them, 'entrusted to our care'") {
  const auto doc = extract_text(published +
                                "A gunman opened fire at a market in Tarn on Monday, killing 12 people.\n\n"
                                "The director said 70 wounded were brought to the facility, of whom 52 "
                                "had gunshot wounds. The other 18 were hurt in the crush.\n\n"
                                "\"We care for the three victims entrusted to our care,\" the hospital "
                                "said.\n");
  CHECK(count_claim(doc, "70 wounded")->property == "admitted");
  CHECK(count_claim(doc, "The other 18")->not_event.find("a group added to one told before") != std::string::npos);
  CHECK(count_claim(doc, "three victims")->property == "hospitalised");
}

TEST_CASE("people 'who were injured' and 'are getting treatment' are in hospital, not the injured") {
  const auto doc = extract_text(published +
                                "The blast at the plant in Tarn killed 40 workers on Monday.\n\n"
                                "Nine people who were hurt are getting treatment in two "
                                "hospitals.\n");
  CHECK(count_claim(doc, "Nine people")->property == "hospitalised");
}

TEST_CASE("beasts are no people of a toll; a sentence opening on 'the <words> province of X' places its counts") {
  const auto doc = extract_text(published +
                                "Around 1,500 houses were destroyed and more than 300 animals killed in the floods.\n\n"
                                "The floods left 40 cattle dead.\n\n"
                                "In the hard-hit western province of Tarn, 50 people were reported dead.\n");
  CHECK(count_claim(doc, "300 animals")->property == "animals");
  CHECK(count_claim(doc, "40 cattle")->property == "animals");
  CHECK(count_claim(doc, "50 people")->location == "Tarn");
}

TEST_CASE("'in neighbouring Avon' and 'Tarn reported that 94 people died' name a place's part") {
  const auto doc = extract_text(published +
                                "The storm made landfall in Tarn on Saturday.\n\n"
                                "Tarn reported that 94 people died in the disaster, while 13 died in neighboring "
                                "Avon.\n");
  CHECK(count_claim(doc, "94 people")->location == "Tarn");
  CHECK(count_claim(doc, "13")->location == "Avon");
}

TEST_CASE("names listed before a plural division word ('Tarn, Avon and Calder provinces') are places") {
  const auto doc =
      extract_text(published +
                   "The storm flooded the north on Saturday. Tarn, Avon and Calder provinces were the "
                   "worst hit.\n\n"
                   "In Avon Province, 40 people died and 12 are missing. Calder has reported 19 deaths.\n");
  CHECK(count_claim(doc, "40 people")->location == "Avon Province");
  CHECK(count_claim(doc, "19 deaths")->location == "Calder");
}

TEST_CASE("a count coordinated with a place's count shares its place, not its paragraph's") {
  const auto doc = extract_text(published +
                                "The storm flooded the north on Saturday. Tarn, Avon and Calder provinces were the "
                                "worst hit.\n\n"
                                "In Avon Province, 40 people died and 12 are missing. Calder has reported 19 deaths "
                                "and 7 missing persons.\n");
  CHECK(count_claim(doc, "7 missing persons")->location == "Calder");
}

TEST_CASE("'another two' at two places named together, in a sentence dated by its statement, is added to the figure") {
  // (a statement's day, "Speaking on Saturday", is no day of a series: "190 more on Sunday")
  const auto doc = extract_text(published +
                                "Speaking on Saturday, the spokesman said 19 bodies were recovered at the site and "
                                "another two died while undergoing treatment at Tarn Hospital and Avon Hospital.\n");
  CHECK(count_claim(doc, "another two")->not_event.find("a group added to one told before") != std::string::npos);
}

TEST_CASE("people 'returned without exchange' are outside the swap") {
  const auto doc = extract_text(published +
                                "On Wednesday Russia and Ukraine exchanged prisoners. The ombudsman said 75 servicemen "
                                "had been returned without exchange.\n");
  CHECK(count_claim(doc, "75 servicemen")->not_event.find("released outside the exchange ('without exchange')") !=
        std::string::npos);
}

TEST_CASE("people 'held since April' are no running total; a count 'released since' is") {
  const auto doc = extract_text(published +
                                "On Wednesday Tarnland released 32 prisoners in exchange for two soldiers held since "
                                "April.\n\n"
                                "Officials said 180 prisoners had been released since the truce began.\n");
  CHECK(count_claim(doc, "two soldiers")->scope != Scope::cumulative);
  CHECK(count_claim(doc, "180 prisoners")->scope == Scope::cumulative);
}

TEST_CASE("a count of a span of days ('took place Friday through Sunday') is a running total") {
  const auto doc = extract_text(published +
                                "The release of 181 government members in exchange for 706 rebel prisoners took place "
                                "Friday through Sunday.\n\n"
                                "The exchange began after 318 prisoners were flown out on Friday.\n");
  const Claim* span = count_claim(doc, "706 rebel prisoners");
  CHECK(span->scope == Scope::cumulative);
  CHECK(span->running);
  CHECK_FALSE(count_claim(doc, "318 prisoners")->running);  // one day's figure
}

TEST_CASE("those released, named by a participle, are the whole of the groups after them") {
  // an adverb after the copula, and a second group after what the first is of
  const auto doc = extract_text(published +
                                "On Sunday the two countries exchanged prisoners: 140 soldiers and six civilians came "
                                "home.\n\nAmong those released are also six servicemen of the 3rd Mountain Brigade and "
                                "two servicemen of the 9th Coastal Brigade.\n\nAmong those freed were 12 women.\n");
  for (const char* text : {"six servicemen", "two servicemen", "12 women"}) {
    CAPTURE(text);
    const Claim* part = find_claim(doc, ClaimKind::count, text);
    REQUIRE(part != nullptr);
    CHECK(part->property.starts_with("released/"));  // some of the released, never compared with 140
  }
}

TEST_CASE("'since' right after a superlative is its reference point, not a running total") {
  const auto doc = extract_text(published +
                                "Five of the 30 prisoners freed in the largest swap since the border war ended "
                                "landed in Varno. Another 40 have been freed since the talks began.\n");
  const auto of = [&](const char* text) { return count_claim(doc, text); };
  CHECK(of("30 prisoners")->scope != Scope::cumulative);
  CHECK(of("Five of the 30")->scope != Scope::cumulative);
  CHECK(of("Another 40")->scope == Scope::cumulative);
}

TEST_CASE("a share of the people a swap's clause counts is a part of those released") {
  const auto doc = extract_text(published +
                                "Two of the 18 prisoners in the exchange on Monday have arrived in Varno.\n\n"
                                "Four of the 60 hostages were freed in the exchange on Monday.\n");
  const auto of = [&](const char* text) { return count_claim(doc, text); };
  REQUIRE(of("Two of the 18")->part.has_value());
  CHECK(of("Two of the 18")->part->dimension == "share");
  // a verb tells what happened to the share: the whole is everyone the noun names
  CHECK(of("60 hostages")->property == "people");
  CHECK(of("Four of the 60")->property == "released");
  CHECK(!of("Four of the 60")->part.has_value());
}

TEST_CASE("'during this period' after a span told before makes the count all of it") {
  const auto doc =
      extract_text(published + "The truce lasted five days. During this period, 44 captives were released.\n");
  CHECK(count_claim(doc, "44 captives")->scope == Scope::cumulative);
}

TEST_CASE("a count told with an event's length in days and one day of it is not compared") {
  const auto doc = extract_text(published +
                                "The swap was carried out in a three-day process that began on Friday, freeing "
                                "over 700 prisoners.\n\n"
                                "On Friday, 300 prisoners were freed.\n");
  const auto of = [&](const char* text) { return count_claim(doc, text); };
  CHECK(of("over 700")->not_event.find("that day's figure or the whole's") != std::string::npos);
  CHECK(of("300 prisoners")->not_event.empty());
}

TEST_CASE("a count traded for another figure, its side not said, is one side's") {
  const auto doc = extract_text(published +
                                "The four were part of a group of 12 prisoners Norland and its ally freed in "
                                "exchange for six Avonians held abroad.\n\n"
                                "Russia released 14 prisoners in exchange for seven.\n");
  const auto of = [&](const char* text) { return count_claim(doc, text); };
  CHECK(of("12 prisoners")->scope == Scope::one_side);
  CHECK(of("12 prisoners")->side.empty());
  CHECK(of("14 prisoners")->side == "russia");
}

TEST_CASE("a nationality the count's own noun names is its part before its place") {
  const auto doc = extract_text(published +
                                "At least 14 foreigners died in the crush in Tarn on Saturday. The crush in Tarn "
                                "killed 120 people.\n");
  const auto of = [&](const char* text) { return count_claim(doc, text); };
  REQUIRE(of("14 foreigners")->part.has_value());
  CHECK(of("14 foreigners")->part->dimension == "nationality");
  CHECK(of("120 people")->location == "Tarn");
}

TEST_CASE("a school's population and people still in prison are no figure of a release") {
  const auto doc = extract_text(published +
                                "The gunmen freed 40 pupils on Monday. The school has a population of around 600 "
                                "pupils. As we rejoice in this release, our thoughts are with the 11 people who "
                                "are still in prison.\n");
  const auto of = [&](const char* text) { return count_claim(doc, text); };
  CHECK(!of("600")->not_event.empty());
  CHECK(of("11 people")->property != "released");
}
