// Numbers that are not figures of the story an article reports: a magnitude before the event
// word, a count of measured things, a bound, a figure of an earlier year, a place's share of
// a toll. Each row is a phrasing found on real pages, written here in our own words.
#include <doctest/doctest.h>

#include <cmath>

#include "tests/claims/claims_corpus.hpp"

using namespace crosscheck;
using namespace crosscheck::test;

namespace {

const std::string published_2023 = "---\npublished: 2023-09-10\n---\n";

const MeasureValue* measure_value(const Claim* c) { return c ? std::get_if<MeasureValue>(&c->value) : nullptr; }

// In each text, the count whose words start with `number` is no event's figure, for the reason
// `why` names (a part of its not_event).
void check_not_event(std::initializer_list<const char*> texts, const char* number, const char* why) {
  for (const char* row : texts) {
    const std::string text = row;
    CAPTURE(text);
    const auto doc = extract_text(text);
    const Claim* c = find_claim(doc, ClaimKind::count, number);
    REQUIRE(c != nullptr);
    CHECK(c->not_event.find(why) != std::string::npos);
  }
}

}  // namespace

TEST_CASE("a decimal number is no count of people") {
  const auto doc = extract_text(published_2023 + "The country mourned after the 6.8 earthquake killed 2,000 people.\n");
  CHECK(find_claim(doc, ClaimKind::count, "6.8") == nullptr);
  const Claim* toll = find_claim(doc, ClaimKind::count, "2,000");
  REQUIRE(toll != nullptr);
  CHECK(toll->property == "killed");
}

TEST_CASE("measures: a count of measured things, and a bound") {
  SUBCASE("'nine magnitude 5 quakes' counts quakes: no magnitude 9") {
    const auto doc =
        extract_text(published_2023 + "Since 1900 the region has had nine magnitude 5 and larger earthquakes.\n");
    for (const Claim* c : claims_of(doc, ClaimKind::measure)) {
      const auto* v = measure_value(c);
      REQUIRE(v != nullptr);
      CHECK(v->amount != doctest::Approx(9));
    }
  }
  SUBCASE("'over magnitude 6' admits 6.8") {
    const auto doc = extract_text(published_2023 + "None of the earthquakes there were over magnitude 6.\n");
    const auto* v = measure_value(find_claim(doc, ClaimKind::measure, "magnitude 6"));
    REQUIRE(v != nullptr);
    CHECK(v->lo == doctest::Approx(6));
    CHECK(std::isinf(v->hi));
  }
  SUBCASE("a number after the cue word stays the magnitude") {
    const auto doc = extract_text(published_2023 + "The earthquake had a magnitude of 6.8, officials said.\n");
    const auto* v = measure_value(find_claim(doc, ClaimKind::measure, "6.8"));
    REQUIRE(v != nullptr);
    CHECK(v->amount == doctest::Approx(6.8));
  }
}

TEST_CASE("a figure of an earlier year is no figure of this story") {
  const auto doc = extract_text(
      "---\npublished: 2018-11-12\n---\nThe wildfire has killed 29 people, officials said.\n\n"
      "The Hillside Fire in 1991 caused 25 deaths.\n\nOn November 8, 2018, 50 people died across the region.\n\n"
      "In 2018 alone, 70 people died across the region.\n");
  const Claim* past = find_claim(doc, ClaimKind::count, "25");
  REQUIRE(past != nullptr);
  CHECK(past->not_event.find("1991") != std::string::npos);
  // a day of the published year is the story's time; the year alone is the whole year's figure
  const Claim* now = find_claim(doc, ClaimKind::count, "50");
  REQUIRE(now != nullptr);
  CHECK(now->not_event.empty());
  const Claim* year = find_claim(doc, ClaimKind::count, "70");
  REQUIRE(year != nullptr);
  CHECK(year->not_event.find("2018 as a whole") != std::string::npos);
  SUBCASE("on an undated page any written year does") {
    const auto undated =
        extract_text("The wildfire has killed 29 people.\n\nThe Hillside Fire in 1991 caused 25 deaths.\n");
    const Claim* c = find_claim(undated, ClaimKind::count, "25");
    REQUIRE(c != nullptr);
    CHECK(c->not_event.find("no published date") != std::string::npos);
  }
}

TEST_CASE("a toll in the province of a place is that place's") {
  const auto doc =
      extract_text(published_2023 + "Some 271 deaths have been reported in the province of Norland, officials said.\n");
  const Claim* c = find_claim(doc, ClaimKind::count, "271");
  REQUIRE(c != nullptr);
  CHECK(c->location == "Norland");
}

TEST_CASE("a verb ends the words before a count's noun") {
  const auto doc =
      extract_text(published_2023 + "At least five gunmen began shooting civilians in the attack on Friday.\n");
  for (const Claim* c : claims_of(doc, ClaimKind::count)) {
    CAPTURE(c->text);
    CHECK(c->property != "civilians");
  }
}

TEST_CASE("a deal's rate is no count") {
  const auto doc = extract_text(
      "---\npublished: 2023-11-24\n---\nThe truce can be extended by a day for every "
      "additional 10 hostages released, officials said.\n");
  CHECK(find_claim(doc, ClaimKind::count, "10") == nullptr);
}

TEST_CASE("a future weekday written on that weekday is the same day") {
  const auto doc = extract_text(
      "---\npublished: 2023-11-24\n---\nThe first hostages are due to be released on Friday, "
      "officials said. More will be freed on Saturday.\n");
  const Claim* friday = find_claim(doc, ClaimKind::date, "Friday");
  const Claim* saturday = find_claim(doc, ClaimKind::date, "Saturday");
  REQUIRE(friday != nullptr);
  REQUIRE(saturday != nullptr);
  CHECK(iso_date(std::get<DateValue>(friday->value).lo) == "2023-11-24");
  CHECK(iso_date(std::get<DateValue>(saturday->value).lo) == "2023-11-25");
}

TEST_CASE("the measure of what an event is compared with is not the event's") {
  const auto doc = extract_text(published_2023 +
                                "The wildfire has burned 81,000 hectares, an area larger than the city's 778 square "
                                "kilometres.\n");
  CHECK(find_claim(doc, ClaimKind::measure, "81,000") != nullptr);
  CHECK(find_claim(doc, ClaimKind::measure, "778") == nullptr);
}

TEST_CASE("a named group freed 'already' is no running total") {
  const auto doc = extract_text(
      "---\npublished: 2023-11-24\n---\nOfficials said 12 Thai hostages have already been "
      "released. Some 2,500 prisoners have already been released.\n");
  const Claim* group = find_claim(doc, ClaimKind::count, "12");
  REQUIRE(group != nullptr);
  CHECK(group->scope != Scope::cumulative);
  const Claim* side = find_claim(doc, ClaimKind::count, "2,500");
  REQUIRE(side != nullptr);
  CHECK(side->scope == Scope::cumulative);
}

TEST_CASE("a clock's pm is no prime minister") {
  const auto doc = extract_text(published_2023 + "The deal was announced at 07:22 pm IST on Friday.\n");
  CHECK(claims_of(doc, ClaimKind::role).empty());
}

TEST_CASE("across 'and' a count's own participle wins over the verb before") {
  const auto doc = extract_text(published_2023 +
                                "One person was killed and two people seriously injured in the blast on Tuesday.\n");
  const Claim* two = find_claim(doc, ClaimKind::count, "two");
  REQUIRE(two != nullptr);
  // (the badly hurt: some of the injured, a figure of their own; not killed)
  CHECK(two->property == "seriously_injured");
}

TEST_CASE("a count from a named sector is that sector's") {
  const auto doc = extract_text(
      "---\npublished: 2024-10-18\n---\nUkraine received the bodies of 501 soldiers on Friday, "
      "among them 56 fallen soldiers from the Harbor direction. The exchange brought back 90 "
      "people from the Russian side.\n");
  const Claim* sector = find_claim(doc, ClaimKind::count, "56");
  REQUIRE(sector != nullptr);
  CHECK(sector->location == "Harbor");
  const Claim* side = find_claim(doc, ClaimKind::count, "90");
  REQUIRE(side != nullptr);
  CHECK(side->location.empty());
}

TEST_CASE("a ferry's toll: drowned are dead, 'some 20 or 30' is one rough figure, the setting sun is no Sunday") {
  const auto doc = extract_text(
      "---\npublished: 2018-09-22\n---\nThe rescuers tried to beat the setting sun. At least "
      "131 people drowned when the ferry capsized. Fishermen saved some 20 or 30 people.\n");
  const Claim* drowned = find_claim(doc, ClaimKind::count, "131");
  REQUIRE(drowned != nullptr);
  CHECK(drowned->property == "killed");
  const Claim* saved = find_claim(doc, ClaimKind::count, "20 or 30");
  REQUIRE(saved != nullptr);
  const auto& v = std::get<CountValue>(saved->value);
  CHECK(v.value == doctest::Approx(20));
  REQUIRE(v.value_hi.has_value());
  CHECK(*v.value_hi == doctest::Approx(30));
  CHECK(claims_of(doc, ClaimKind::date).empty());
}

TEST_CASE("a possessive title is the possessor's") {
  const auto doc = extract_text(published_2023 +
                                "Jon Ward, the president's spokesman, spoke. President Ana Ruiz declared "
                                "mourning.\n");
  const auto roles = claims_of(doc, ClaimKind::role);
  REQUIRE(roles.size() == 1);
  CHECK(std::get<RoleValue>(roles.front()->value).person == "Ana Ruiz");
}

TEST_CASE("more troops sent, announced on a weekday, add to those there") {
  const auto doc = extract_text(
      "---\npublished: unknown\n---\nThe army is sending 3,000 more soldiers to the flooded region, the "
      "minister announced Friday. Some 1,500 soldiers are already deployed there.\n");
  const Claim* more = find_claim(doc, ClaimKind::count, "3,000");
  REQUIRE(more != nullptr);
  CHECK(more->not_event.find("'more'") != std::string::npos);
  const Claim* there = find_claim(doc, ClaimKind::count, "1,500");
  REQUIRE(there != nullptr);
  CHECK(there->not_event.empty());
}

TEST_CASE("people taken captive are not the people freed") {
  const auto doc = extract_text(
      "---\npublished: 2024-03-02\n---\nOf the roughly 200 hostages abducted by the militia, 41 have been "
      "released so far.\n");
  const Claim* taken = find_claim(doc, ClaimKind::count, "200");
  REQUIRE(taken != nullptr);
  CHECK(taken->property == "taken");
  const Claim* freed = find_claim(doc, ClaimKind::count, "41");
  REQUIRE(freed != nullptr);
  CHECK(freed->property == "released");
}

TEST_CASE("an adjective narrows a group: elderly women are not all women") {
  const auto doc = extract_text(published_2023 +
                                "Among those freed were 18 women. The first group also included six elderly "
                                "women and 9 other women.\n");
  const Claim* elderly = find_claim(doc, ClaimKind::count, "six elderly");
  REQUIRE(elderly != nullptr);
  CHECK(elderly->property == "elderly women");
  const Claim* other = find_claim(doc, ClaimKind::count, "9 other");
  REQUIRE(other != nullptr);
  CHECK(other->property.find("elderly") == std::string::npos);
}

TEST_CASE("a truce that involves an exchange gives its terms, not a day's figure") {
  const auto doc = extract_text(
      "---\npublished: 2024-03-02\n---\nThe truce involves the exchange of 40 hostages for 120 prisoners.\n");
  for (const Claim* c : claims_of(doc, ClaimKind::count)) {
    CAPTURE(c->text);
    const auto index = static_cast<std::size_t>(c - doc.claims.data());
    const auto& mention = doc.claim_mention.at(index);
    CHECK((!mention || doc.events.at(*mention).future || !c->not_event.empty()));
  }
}

TEST_CASE("'at least' opening a coordination of figures bounds each of them") {
  const auto doc =
      extract_text(published_2023 + "At least 233 people were killed and 900 were injured in the crash.\n");
  const Claim* injured = find_claim(doc, ClaimKind::count, "900");
  REQUIRE(injured != nullptr);
  CHECK(injured->qualifier == Qualifier::at_least);
  CHECK(std::isinf(std::get<CountValue>(injured->value).hi));
  const auto exact = extract_text(published_2023 + "The crash killed 233 people, and 900 were injured.\n");
  const Claim* alone = find_claim(exact, ClaimKind::count, "900");
  REQUIRE(alone != nullptr);
  CHECK(alone->qualifier == Qualifier::exact);
  // in every language, by its own conjunctions; a contrast word ends the coordination
  const std::pair<const char*, Qualifier> rows[] = {
      {"lang: es\n---\nEl terremoto dejó al menos 300 muertos y 820 heridos.\n", Qualifier::at_least},
      {"lang: it\n---\nIl terremoto ha causato almeno 300 morti e 820 feriti.\n", Qualifier::at_least},
      {"lang: es\n---\nHubo al menos 300 muertos, mientras que hay 820 heridos.\n", Qualifier::exact},
      {"---\nAt least 300 people died while 820 were injured.\n", Qualifier::exact},
  };
  for (const auto& row : rows) {
    const std::string text = row.first;
    CAPTURE(text);
    const auto other = extract_text("---\npublished: 2023-06-04\n" + text);
    const Claim* second = find_claim(other, ClaimKind::count, "820");
    REQUIRE(second != nullptr);
    CHECK(second->qualifier == row.second);
  }
}

TEST_CASE("a part of a country named by its direction, a division as the subject") {
  const auto doc = extract_text(published_2023 +
                                "Before reaching the coast, the storm left 24 people dead across southern Norland "
                                "and the Isles.\n\nThe mountainous region of Carvo reported dozens of landslides, "
                                "with 19 dead.\n");
  const Claim* across = find_claim(doc, ClaimKind::count, "24");
  REQUIRE(across != nullptr);
  CHECK(across->location == "southern Norland");
  const Claim* region = find_claim(doc, ClaimKind::count, "19");
  REQUIRE(region != nullptr);
  CHECK(region->location == "Carvo");
}

TEST_CASE("victims carried to hospital are not the dead") {
  const auto doc = extract_text(published_2023 +
                                "The fire killed 12 people. Afterwards, 9 fire victims were rushed in four ambulances "
                                "to nearby hospitals.\n");
  const Claim* moved = find_claim(doc, ClaimKind::count, "9");
  REQUIRE(moved != nullptr);
  CHECK(moved->property != "killed");
}

TEST_CASE("people released into a country are a part of those released") {
  const auto doc = extract_text(published_2023 +
                                "The government freed 200 prisoners on Saturday. It released 70 prisoners into "
                                "Norland, officials said.\n");
  const Claim* sent = find_claim(doc, ClaimKind::count, "70");
  REQUIRE(sent != nullptr);
  CHECK(sent->location == "Norland");
}

TEST_CASE("the exception of a share is no figure of the event") {
  const auto doc = extract_text(published_2023 +
                                "The fire at the clinic killed 21 people. All but three of the 21 people who died "
                                "were patients.\n");
  const Claim* three = find_claim(doc, ClaimKind::count, "three");
  REQUIRE(three != nullptr);
  CHECK(three->not_event.find("exception") != std::string::npos);
}

TEST_CASE("a count alone in brackets sizes the group named before it") {
  const auto doc = extract_text(published_2023 +
                                "The sides exchanged 95 prisoners each on Friday. Many of those freed had been "
                                "sentenced to long prison terms (28 people) in the exchange.\n");
  const Claim* group = find_claim(doc, ClaimKind::count, "28");
  REQUIRE(group != nullptr);
  CHECK(group->not_event.find("in brackets") != std::string::npos);
}

TEST_CASE("the first months of a war are a span within it, not its length") {
  const auto doc = extract_text(std::string("---\npublished: 2024-10-19\n---\n") +
                                "The unit defended the plant in the first three months of the full-scale war.\n");
  const Claim* span = find_claim(doc, ClaimKind::duration, "three months");
  REQUIRE(span != nullptr);
  CHECK(span->property == "duration");
}

TEST_CASE("'N more deaths' on a day a toll climbs is what it grew by, not the toll") {
  const auto doc = extract_text(std::string("---\npublished: 2022-09-03\n---\n") +
                                "The toll from floods in Norland continued to climb on Saturday with 57 more deaths, "
                                "25 of them children.\n");
  const Claim* more = find_claim(doc, ClaimKind::count, "57");
  REQUIRE(more != nullptr);
  CHECK_FALSE(more->not_event.empty());
}

TEST_CASE("ages between two numbers after 'aged' are no counts") {
  const auto doc = extract_text(published_2023 +
                                "The crush killed 125 people. Officials said 32 of the dead were aged between three "
                                "and 17.\n");
  CHECK(find_claim(doc, ClaimKind::count, "17") == nullptr);
}

TEST_CASE("a group 'among' a number is a share of that number") {
  const auto doc = extract_text(std::string("---\npublished: 2022-09-03\n---\n") +
                                "Norland flood toll rises: 25 children among 57 more deaths\n\n"
                                "The floods have killed at least 1,265 people, including 441 children.\n");
  const Claim* some = find_claim(doc, ClaimKind::count, "25 children");
  REQUIRE(some != nullptr);
  REQUIRE(some->part.has_value());
  CHECK(some->part->dimension == "share");
}

TEST_CASE("a count in a 'where' clause after a site is that site's figure") {
  const auto doc = extract_text(published_2023 +
                                "The floods killed 290 people in Norville. Passengers were trapped on Line 5 of the "
                                "city subway where 14 people died.\n");
  const Claim* site = find_claim(doc, ClaimKind::count, "14");
  REQUIRE(site != nullptr);
  REQUIRE(site->part.has_value());
  CHECK(site->part->dimension == "site");
}

TEST_CASE("the rest of a figure never completes a bare group") {
  const auto doc = extract_text(published_2023 +
                                "Ten schoolchildren were killed when the bus was swept away. Four children and the "
                                "driver were rescued, while eight more people were killed in flooding elsewhere.\n");
  const Claim* rest = find_claim(doc, ClaimKind::count, "eight");
  REQUIRE(rest != nullptr);
  CHECK_FALSE(rest->completes.has_value());
}

TEST_CASE("a count in areas around a city is that city's") {
  const auto doc = extract_text(published_2023 +
                                "The floods have caused at least 3 fatalities. The minister confirmed that 2 people "
                                "had lost their lives in areas around the city of Norville.\n");
  const Claim* two = find_claim(doc, ClaimKind::count, "2 people");
  REQUIRE(two != nullptr);
  CHECK(two->location == "Norville");
}

TEST_CASE("two figures told as one ('dead and missing') are neither's") {
  check_not_event(
      {
          "---\npublished: 2010-03-01\n---\nThe earthquake left more than 31,000 dead and missing.\n",
          "---\npublished: 2010-03-01\nlang: es\n---\nEl terremoto dejó más de 31 mil fallecidos y desaparecidos.\n",
          "---\npublished: 2010-03-01\nlang: it\n---\nIl terremoto ha causato oltre 31 mila morti e dispersi.\n",
      },
      "31", "told as one figure");
  const auto apart = extract_text(published_2023 + "The earthquake left 250 dead and 40 missing.\n");
  CHECK(find_claim(apart, ClaimKind::count, "250")->not_event.empty());
  CHECK(find_claim(apart, ClaimKind::count, "40")->not_event.empty());
}

TEST_CASE("a qualifier before the word of a count's verb makes it another figure") {
  const auto doc = extract_text(published_2023 +
                                "The flood on Thursday killed 16 people. Police are investigating the possible deaths "
                                "of two people who were in a truck. The deaths of three people were confirmed.\n");
  CHECK(find_claim(doc, ClaimKind::count, "two people")->property == "killed/suspected");
  CHECK(find_claim(doc, ClaimKind::count, "16 people")->property == "killed");
  CHECK(find_claim(doc, ClaimKind::count, "three people")->property == "killed");
}

TEST_CASE("a count its sentence says later rose is an earlier figure") {
  const char* rose = "an earlier figure: its sentence goes on to say it rose";
  check_not_event({"---\npublished: 2010-03-01\n---\nThe quake struck on Saturday. In the morning five deaths were "
                   "reported, but in the afternoon that figure rose to 163.\n"},
                  "five", rose);
  check_not_event({"---\npublished: 2010-03-01\nlang: es\n---\nEl terremoto golpeó el sábado. En la mañana se "
                   "informaba que había cinco fallecidos, pero en la tarde esa cifra se incrementó a 163.\n"},
                  "cinco", rose);
  const auto plain = extract_text(published_2023 + "Five deaths were reported, but officials gave no details.\n");
  CHECK(find_claim(plain, ClaimKind::count, "Five")->not_event.empty());
}

TEST_CASE("what one of several vehicles held is no event's figure") {
  check_not_event(
      {
          "---\npublished: 2011-10-18\n---\nTwo bus convoys, with 163 prisoners in each, left the jail on Tuesday in the "
          "exchange.\n",
          "---\npublished: 2011-10-18\nlang: es\n---\nDos convoyes de autobuses, con 163 presos en cada uno, salieron el "
          "martes de la cárcel en el canje.\n",
          "---\npublished: 2011-10-18\nlang: it\n---\nDue convogli di autobus, con 163 detenuti in ciascuno, sono partiti "
          "martedì dal carcere per lo scambio.\n",
      },
      "163", "a figure per unit");
  // "each" alone is each side's
  const auto each = extract_text(published_2023 + "On Tuesday the sides exchanged 163 prisoners each.\n");
  CHECK(find_claim(each, ClaimKind::count, "163")->not_event.empty());
}

TEST_CASE("a count a breakdown follows is its head: a part of a figure") {
  check_not_event(
      {
          "---\npublished: 2021-08-03\n---\nThe floods killed 312 people. Authorities said 171 people died due to floods "
          "and mudslides, 48 in house collapses and 33 in underground areas.\n",
          "---\npublished: 2021-08-03\nlang: es\n---\nLas inundaciones mataron a 312 personas. Según las autoridades, 171 "
          "personas murieron por las riadas, 48 en derrumbes de viviendas y 33 en sótanos.\n",
      },
      "171", "the head of a breakdown");
  const auto places = extract_text(published_2023 +
                                   "Authorities said 171 people died on Monday, 48 in the capital.\n\nAuthorities said "
                                   "172 people died on Monday, 48 on Tuesday.\n\nThe floods left 173 dead, 160 in "
                                   "municipalities of the province and 13 in Tarn.\n\nMore than 60 people remain "
                                   "hospitalized, four in serious condition.\n");
  for (const char* text : {"171", "172", "173", "60"}) {  // the whole its parts follow; a group
    CAPTURE(text);
    CHECK(find_claim(places, ClaimKind::count, text)->not_event.empty());
  }
}

TEST_CASE("a figure told as of the first hours after its event is an early one") {
  check_not_event(
      {
          "---\npublished: 2023-06-04\n---\nThe quake on Monday killed at least 74 people. The minister, arriving in Tarn "
          "hours after the quake, said 52 people had been killed.\n",
          "---\npublished: 2023-06-04\nlang: es\n---\nEl sismo del lunes mató al menos a 74 personas. El ministro, que llegó "
          "a Tarn horas después del sismo, dijo que 52 personas habían muerto.\n",
      },
      "52", "an early figure");
  const auto later = extract_text(published_2023 +
                                  "The quake on Monday killed at least 74 people. Two days after the quake, the "
                                  "minister said 80 people had been killed.\n\nThe search was called off 36 hours "
                                  "after the quake killed at least 83 people.\n");
  CHECK(find_claim(later, ClaimKind::count, "80")->not_event.empty());
  CHECK(find_claim(later, ClaimKind::count, "83")->not_event.empty());  // the quake's own toll, told then
}

TEST_CASE("a status after the participle of a count's own figure and a phrase of where") {
  const auto doc = extract_text(published_2023 +
                                "The shooting on Sunday killed 49 people and injured 53. Six people wounded in the "
                                "nightclub shooting are \"critically ill\", the hospital said.\n\nSeven people wounded "
                                "in the shooting were flown to Tarn.\n");
  CHECK(find_claim(doc, ClaimKind::count, "Six people")->property == "seriously_injured");
  CHECK(find_claim(doc, ClaimKind::count, "Seven people")->property == "injured");
}

TEST_CASE("an age bound after a count makes it an age group") {
  const auto doc = extract_text(published_2023 +
                                "The storm killed 25 people. The deaths involved 18 people over 65 years of age.\n");
  const Claim* old = find_claim(doc, ClaimKind::count, "18 people");
  REQUIRE(old != nullptr);
  REQUIRE(old->part.has_value());
  CHECK(old->part->dimension == "age_group");
  CHECK(old->part->value == "over 65");
  const auto es = extract_text(
      "---\npublished: 2023-06-04\nlang: es\n---\nLa tormenta mató a 25 personas. Entre "
      "ellas hay 18 personas mayores de 65 años.\n");
  const Claim* mayores = find_claim(es, ClaimKind::count, "18 personas");
  REQUIRE(mayores != nullptr);
  REQUIRE(mayores->part.has_value());
  CHECK(mayores->part->dimension == "age_group");
}
