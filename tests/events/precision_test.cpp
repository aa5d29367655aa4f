// Event links that must NOT be made (precision first): statement dates, tolls next to an
// exchange word, counts that do not say what they count, and the links that replace them.
#include <doctest/doctest.h>

#include "tests/events/events_corpus.hpp"

namespace {
double count_value(const crosscheck::Claim& c) { return std::get<crosscheck::CountValue>(c.value).value; }
}  // namespace

using namespace crosscheck;
using namespace crosscheck::test;

namespace {

std::string front(const char* published) { return std::string("---\npublished: ") + published + "\n---\n"; }

}  // namespace

TEST_CASE("event links precision") {
  SUBCASE("a date after a reporting verb dates the statement, not the event") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-03-30") +
                      "The junta said on Sunday that 1,644 people had been killed by Friday's earthquake.\n"}});
    const Claim& sunday = claim_in(corpus, "a.md", ClaimKind::date, "Sunday");
    CHECK(sunday.property == "statement");
    CHECK(sunday.event.key.empty());
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "1,644").event.key == "earthquake@2025-03-28");
  }
  SUBCASE("a date before a reaction dates the reaction, not the event it reacts to") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-11-10") + "The earthquake struck on Saturday and killed 40 people.\n\n"
                                        "The president on Monday criticized the response to the earthquake, which "
                                        "injured 200 people.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::date, "Monday").property == "statement");
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "200").event.key == "earthquake@2025-11-08");
  }
  SUBCASE("a date closing an agency's brackets after the place is the dateline") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-11-14") + "VALMERE (Desk News / Wire - 14th November, 2025) The number of people who "
                                        "died in the earthquake on October 29 has reached 158, officials said.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::date, "14th November").property == "dateline");
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "158").event.key == "earthquake@2025-10-29");
  }
  SUBCASE("an undated release after another day's in its paragraph is of no known exchange") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-02-09") +
                      "Varno freed three captives on Saturday in exchange for 183 Tarn prisoners.\n\n"
                      "The swaps began with the truce on January 19, 2025. On that day, Varno released three women. "
                      "In turn, Tarn freed 90 prisoners.\n\n"
                      "Tarn freed 183 prisoners in all.\n"}});
    const Claim& ninety = claim_in(corpus, "a.md", ClaimKind::count, "90");
    CHECK(ninety.event.key.empty());
    CHECK(std::string(ninety.event.reason).find("its paragraph told of the exchange of 2025-01-19") !=
          std::string::npos);
    // a paragraph of its own is the article's again
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "183 prisoners in all").event.key == "exchange@2025-02-08");
  }
  SUBCASE("what a deal aims at is no figure of the exchange it is part of") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-02-09") + "Varno freed three captives on Saturday in exchange for 183 Tarn prisoners. "
                                        "This exchange is part of a truce deal aimed at securing the release of 33 "
                                        "captives over six weeks.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "33").event.type != "exchange");
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "three").event.key == "exchange@2025-02-08");
  }
  SUBCASE("a plain verb of the event after a future marker makes the clause's exchange planned") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2023-11-26") + "Varno freed 13 captives on Sunday in exchange for 39 Tarn prisoners.\n\n"
                                        "Overall, Varno is set to free 50 captives in exchange for Tarn releasing 150 "
                                        "prisoners.\n"}});
    const Claim& planned = claim_in(corpus, "a.md", ClaimKind::count, "150");
    CHECK(planned.event.key.empty());
    CHECK(std::string(planned.event.reason).find("planned") != std::string::npos);
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "39").event.key == "exchange@2023-11-26");
  }
  SUBCASE("officers who entered a building are no figure of an attack; teachers killed are a group") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2022-05-25") + "The attack at a school in Tarn on Tuesday killed 21 people. Three police "
                                        "officers entered through the west door minutes after the attack began.\n\n"
                                        "Nineteen children and two teachers were killed in one classroom.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "Three police officers").event.key.empty());
    const Claim& teachers = claim_in(corpus, "a.md", ClaimKind::count, "two teachers");
    CHECK(teachers.property != "killed");  // a group of the dead, never the toll
  }
  SUBCASE("information released is no exchange") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-11-03") + "The earthquake on Saturday killed 154 people. Further details were released "
                                        "on Monday by the ministry.\n"}});
    for (const auto& c : corpus.claims) CHECK(c.event.type != "exchange");
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "154").event.key == "earthquake@2025-11-01");
  }
  SUBCASE("of two dates in a sentence, the one nearer the event word dates it") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-03-30") + "On Sunday officials counted 1,644 dead from Friday's earthquake.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "1,644").event.key == "earthquake@2025-03-28");
  }
  SUBCASE("a death toll is never an exchange's") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-06-11") + "On Tuesday, June 10, 2025, the two sides exchanged 500 prisoners each.\n\n"
                                        "The death toll rose to 83 overnight.\n"}});
    const Claim& toll = claim_in(corpus, "a.md", ClaimKind::count, "83");
    CHECK(toll.property == "killed");
    CHECK(toll.event.key.empty());
    CHECK(toll.event.reason.find("not about a exchange") != std::string::npos);
  }
  SUBCASE("bodies next to an exchange word are that day's repatriation") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-06-11") + "On Tuesday, June 10, 2025, Russia returned 1,212 bodies to Ukraine.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "1,212").event.key == "repatriation@2025-06-10");
  }
  SUBCASE("a generic count without an event word of its own is not compared") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-06-11") + "On Tuesday, June 10, 2025, the two sides exchanged 500 prisoners each.\n\n"
                                        "Zelensky said that 5,000 people were waiting at the border.\n"}});
    const Claim& held = claim_in(corpus, "a.md", ClaimKind::count, "5,000");
    CHECK(held.event.key.empty());
    CHECK(held.event.reason.find("does not say what it counts") != std::string::npos);
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "500").event.key == "exchange@2025-06-10");
  }
  SUBCASE("people still held are not the exchange's figure") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-06-11") + "On Tuesday, June 10, 2025, the two sides exchanged 500 prisoners each.\n\n"
                                        "Officials said at least 1,300 civilians were still held.\n"}});
    const Claim& held = claim_in(corpus, "a.md", ClaimKind::count, "1,300");
    CHECK(held.property == "held");
    CHECK(held.event.key.empty());
  }
  SUBCASE("an event of another year is another event") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-03-07") +
                      "On Monday, March 3, 2025, the earthquake killed 153 people, the deadliest since 1976, "
                      "when about 3,000 people died in a quake.\n\n"
                      "A smaller tremor in 2019 killed 41 people.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "153").event.key == "earthquake@2025-03-03");
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "3,000").event.key.empty());
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "41").event.key.empty());
  }
  SUBCASE("an undated event word takes the date of the same event in its sentence") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-06-12") +
                      "The first exchange took place on June 5, 2025.\n\n"
                      "The third stage of the exchange took place on June 9, when each side freed 1,200 people.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "1,200").event.key == "exchange@2025-06-09");
  }
  SUBCASE("a day after 'as of' is when a figure was true, not the event's day") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-07-09") + "Floods tore through the valley on Friday.\n\n"
                                        "As of Tuesday, the flood had killed 40 people, officials said.\n\n"
                                        "As of Tuesday, 12 other flood deaths had been confirmed in the hills.\n"}});
    const Claim& tuesday = claim_in(corpus, "a.md", ClaimKind::date, "Tuesday");
    CHECK(tuesday.property == "as_of");
    const Claim& toll = claim_in(corpus, "a.md", ClaimKind::count, "40 people");
    CHECK(toll.event.key == "flood@2025-07-04");
    REQUIRE(toll.as_of);
    CHECK(iso_date(*toll.as_of) == "2025-07-08");
    // a group added to the one told before stays a part, the sentence's day notwithstanding
    CHECK_FALSE(claim_in(corpus, "a.md", ClaimKind::count, "12 other").not_event.empty());
  }
  SUBCASE("a day after 'till' is when a figure was true, not the day of the event its sentence names") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-06-09") + "Till Monday morning, the earthquake that struck on Friday had killed 151 "
                                        "people.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::date, "Monday").property == "as_of");
    const Claim& toll = claim_in(corpus, "a.md", ClaimKind::count, "151");
    CHECK(toll.event.key == "earthquake@2025-06-06");
    REQUIRE(toll.as_of);
    CHECK(iso_date(*toll.as_of) == "2025-06-09");
  }
  SUBCASE("a day after a risen toll is the toll's, a day before a reporting verb the statement's") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-07-10") + "The death toll from the earthquake on Monday climbed to 202 on Tuesday.\n\n"
                                        "Authorities on Wednesday announced that the earthquake had injured 900 "
                                        "people.\n\n"
                                        "A photo taken on July 8, 2025 Residents clear rubble.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::date, "Tuesday").property == "as_of");
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "202").event.key == "earthquake@2025-07-07");
    CHECK(claim_in(corpus, "a.md", ClaimKind::date, "Wednesday").property == "statement");
    for (const Claim& c : corpus.claims)
      CHECK_FALSE((c.kind == ClaimKind::count && c.text.find("2025") != std::string::npos));  // a year, no count
  }
  SUBCASE("a day followed by 'a day after' the event is the report's day, not the event's") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-05-11") +
                      "Rescue crews searched the valley on Sunday, two days after an earthquake struck "
                      "the village on Friday, leaving at least 30 people dead.\n\n"
                      "Teams searched again on Sunday, a day after the flood swept the lower "
                      "town and killed 12.\n"}});
    const Claim& first = claim_in(corpus, "a.md", ClaimKind::date, "Sunday");
    CHECK(first.property == "as_of");
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "30 people").event.key == "earthquake@2025-05-09");
    // without a date of its own, the flood is the day before the day after it
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "12").event.key == "flood@2025-05-10");
  }
  SUBCASE("a holiday on a fixed day dates the event") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2024-01-03") + "The earthquake that struck on New Year's Day has killed 64 people.\n\n"
                                        "Officials confirmed 70 people dead in the New Year's Day disaster.\n\n"
                                        "Rescuers confirmed 71 dead after the Jan. 1 Noto Peninsula Earthquake.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "64").event.key == "earthquake@2024-01-01");
    // a date before an event word or its name is that event's day, not a statement's
    for (const auto& c : corpus.claims)
      if (c.kind == ClaimKind::date) CHECK(c.property == "date");
  }
  SUBCASE("a count limited to one place says so") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-03-29") + "On Friday, March 28, 2025, the earthquake killed 3 people in Bangkok.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "3 people").location == "Bangkok");
  }
}

TEST_CASE("running tallies and scope openers") {
  SUBCASE("a tally takes what it counts from its clause") {
    const auto corpus = resolve_articles(
        {{"a.md", front("2025-06-12") + "The death toll from the floods in the south has risen to 147.\n\n"
                                        "The index has risen to 300.\n"}});
    CHECK(claim_in(corpus, "a.md", ClaimKind::count, "147").property == "killed");
    for (const auto& c : corpus.claims) CHECK(c.text.find("300") == std::string::npos);
  }
  SUBCASE("sentence openers and markers after the count") {
    struct Row {
      const char* sentence;
      const char* number;
      Scope scope;
      bool running;
    };
    const Row rows[] = {
        {"So far, 700 people have been released.", "700", Scope::cumulative, true},
        {"In total, 2,000 people were freed in the swap.", "2,000", Scope::total, false},
        {"Three hundred and fifty prisoners came home in total.", "Three hundred", Scope::total, false},
        {"In all, 780 people have been exchanged so far.", "780", Scope::total, true},
        {"Each side freed 390 prisoners, 780 in total.", "780", Scope::total, false},
    };
    for (const auto& row : rows) {
      CAPTURE(row.sentence);
      const auto corpus = resolve_articles({{"a.md", front("2025-06-12") + row.sentence + "\n"}});
      const Claim& c = claim_in(corpus, "a.md", ClaimKind::count, row.number);
      CHECK(c.scope == row.scope);
      CHECK(c.running == row.running);
      CHECK(c.property == "released");
    }
  }
}

TEST_CASE("year-less datelines") {
  const std::string dated =
      "---\npublished: 2025-08-24\n---\nOn Saturday, August 23, 2025, Ukraine and Russia swapped 84 prisoners each, "
      "and Kyiv also brought home eight civilians.\n";
  SUBCASE("take the year of the story the article reports, then weekdays resolve") {
    const auto corpus =
        resolve_articles({{"a.md", dated},
                          {"b.txt",
                           "KYIV, Aug 23 (Reuters) - Ukraine and Russia exchanged 84 prisoners each on Saturday, "
                           "and eight civilians were also freed.\n"}});
    const auto& ctx = context_of(corpus, "b.txt");
    REQUIRE(ctx.published);
    CHECK(iso_date(*ctx.published) == "2025-08-23");
    CHECK(ctx.published_inferred);
    CHECK(ctx.published_how.find("dateline") != std::string::npos);
    const Claim& saturday = claim_in(corpus, "b.txt", ClaimKind::date, "Saturday");
    CHECK(std::get<DateValue>(saturday.value).lo == *parse_iso_date("2025-08-23"));
    const Claim& line = claim_in(corpus, "b.txt", ClaimKind::date, "Aug 23");
    CHECK(line.property == "dateline");
    CHECK(line.event.key.empty());
  }
  SUBCASE("stay without a year when no dated story matches") {
    const auto corpus = resolve_articles(
        {{"b.txt", "KYIV, Aug 23 (Reuters) - Ukraine and Russia exchanged 84 prisoners each on Saturday.\n"}});
    CHECK_FALSE(context_of(corpus, "b.txt").published);
    CHECK(claim_in(corpus, "b.txt", ClaimKind::count, "84").event.key.empty());
  }
  SUBCASE("a dateline days after the story's day is another article's time: not used") {
    const auto corpus = resolve_articles(
        {{"a.md", dated},
         {"b.txt",
          "KYIV, Sept 30 (Reuters) - Ukraine and Russia exchanged 84 prisoners each, and eight civilians "
          "were also freed, officials said.\n"}});
    CHECK_FALSE(context_of(corpus, "b.txt").published);
  }
}

TEST_CASE("counts written as a part of another") {
  const auto corpus = resolve_articles(
      {{"a.md",
        "---\npublished: 2025-11-17\n---\nOn Sunday the alliance won 68 of parliament's 120 seats, and the rebels "
        "freed 33 of the roughly 80 hostages.\n\nOne woman, 67, was killed. One soldier, 23, said he was relieved.\n"}});
  const Claim& seats = claim_in(corpus, "a.md", ClaimKind::count, "68 of");
  CHECK(count_value(seats) == 68);
  CHECK(seats.property == "seats");
  CHECK(count_value(claim_in(corpus, "a.md", ClaimKind::count, "33 of")) == 33);
  // an age after the one person does not hide the toll; without a predicate it is no figure
  CHECK(claim_in(corpus, "a.md", ClaimKind::count, "One woman").property == "killed/women");
  for (const auto& c : corpus.claims) CHECK(c.text.find("One soldier") == std::string::npos);
}

TEST_CASE("a group hurt or killed is its own figure") {
  const auto corpus = resolve_articles(
      {{"a.md",
        "---\npublished: 2025-03-29\n---\nOn Friday, March 28, 2025, the earthquake killed two children "
        "and injured five children, and 270 soldiers were released from the rubble.\n"}});
  CHECK(claim_in(corpus, "a.md", ClaimKind::count, "two children").property == "killed/children");
  CHECK(claim_in(corpus, "a.md", ClaimKind::count, "five children").property == "injured/children");
  CHECK(claim_in(corpus, "a.md", ClaimKind::count, "270 soldiers").property == "military");
}

TEST_CASE("durations of the war") {
  const auto corpus = resolve_articles({{"a.md",
                                         "---\npublished: 2025-08-24\n---\n"
                                         "The swap came after two years of brutal war.\n\n"
                                         "The war is now in its fourth year.\n"}});
  const Claim& two = claim_in(corpus, "a.md", ClaimKind::duration, "two years");
  CHECK(two.property == "war");
  const Claim& fourth = claim_in(corpus, "a.md", ClaimKind::duration, "fourth year");
  CHECK(std::get<DurationValue>(fourth.value).amount == 3);
  CHECK(fourth.qualifier == Qualifier::at_least);
}

TEST_CASE("subgroups and asides") {
  const auto corpus =
      resolve_articles({{"a.txt",
                         "Brava valley, 5 October 2025. Storm Idris killed 41 people on Sunday.\n\n"
                         "In total, 3,400 citizens were evacuated, among them 620 children.\n\n"
                         "Fourteen people, among them three children, lost their lives in the storm.\n"}});
  const auto& ctx = context_of(corpus, "a.txt");
  REQUIRE(ctx.published);
  CHECK(iso_date(*ctx.published) == "2025-10-05");  // a place-and-date line opening the article
  CHECK(claim_in(corpus, "a.txt", ClaimKind::count, "620 children").property == "displaced/children");
  CHECK(claim_in(corpus, "a.txt", ClaimKind::count, "Fourteen people").property == "killed");
  CHECK(claim_in(corpus, "a.txt", ClaimKind::count, "three children").property == "killed/children");
}

TEST_CASE("a smaller figure in a paragraph with no event word, after the page's own toll, is a part of it") {
  const auto corpus = resolve_articles(
      {{"a.md", front("2025-01-22") + "An earthquake in Norland on Tuesday killed 12 people and injured 30.\n\n"
                                      "The governor said three people died after leaping from upper floors.\n\n"
                                      "Officials later said 12 people had died.\n"}});
  const Claim& three = claim_in(corpus, "a.md", ClaimKind::count, "three people");
  CHECK(three.event.key.empty());
  CHECK(three.event.reason.find("a part of it") != std::string::npos);
  // the toll told again is the toll
  for (const Claim& c : corpus.claims)
    if (c.kind == ClaimKind::count && count_value(c) == 12) CHECK(c.event.key == "earthquake@2025-01-21");
  // with no larger figure of its kind before it, the page's main event still holds it
  const auto alone = resolve_articles(
      {{"a.md", front("2025-01-22") + "An earthquake in Norland on Tuesday injured 30 people.\n\n"
                                      "The governor said three people died after leaping from upper floors.\n"}});
  CHECK(claim_in(alone, "a.md", ClaimKind::count, "three people").event.key == "earthquake@2025-01-21");
}

TEST_CASE("a running toll smaller than the page's earlier figure is still the toll") {
  const auto corpus = resolve_articles(
      {{"a.md", front("2025-01-22") + "An earthquake in Norland on Tuesday killed at least 40 people.\n\n"
                                      "Officials announced that the death toll has risen to 35.\n"}});
  CHECK(claim_in(corpus, "a.md", ClaimKind::count, "35").event.key == "earthquake@2025-01-21");
}

TEST_CASE("a shooting is an attack, and a report received is no exchange") {
  const auto corpus = resolve_articles(
      {{"a.md", front("2023-05-04") + "Police received a report of the shooting at a Norberg school on Wednesday "
                                      "morning. The shooting killed nine people.\n"}});
  CHECK(claim_in(corpus, "a.md", ClaimKind::count, "nine people").event.key == "attack@2023-05-03");
  for (const auto& c : corpus.claims) CHECK(c.event.type != "exchange");
}

TEST_CASE("people killed in different shootings are another event's; the injured discharged are no toll") {
  const std::string church = "The shooting at the church on Wednesday, August 27, 2025, killed two children. ";
  const auto different = resolve_articles(
      {{"a.md", front("2025-08-28") + church +
                    "Three people were killed in three different shootings across the city that week.\n"}});
  CHECK(claim_in(different, "a.md", ClaimKind::count, "Three people").event.key.empty());
  // (two shootings: "three shootings" would be a series, another event by its number)
  const auto same =
      resolve_articles({{"a.md", front("2025-08-28") + church +
                                     "Three people were killed in two shootings across the city that week.\n"}});
  CHECK(claim_in(same, "a.md", ClaimKind::count, "Three people").event.key == "attack@2025-08-27");
  const auto discharged = resolve_articles(
      {{"a.md", front("2023-12-04") +
                    "A flood hit Varno on Sunday, December 3, 2023, injuring 139 people. A total of 86 "
                    "injured people have been discharged, the hospital said.\n"}});
  CHECK(claim_in(discharged, "a.md", ClaimKind::count, "86").property == "discharged");
}

TEST_CASE("a figure leaning on a main event named only past the lead, after it, is not keyed") {
  const auto late =
      resolve_articles({{"a.md", front("2023-08-16") +
                                     "Heavy rains lashed the hills of Varnia for a third day.\n\n"
                                     "Over 300 injured across the hills\n\n"
                                     "Roads were cut and schools closed across the region.\n\n"
                                     "The chief minister chaired a review meeting on Tuesday.\n\n"
                                     "Officials asked residents to stay indoors.\n\n"
                                     "An earthquake struck Tarn on Tuesday. Three people were killed in the town.\n"}});
  const Claim& rescued = claim_in(late, "a.md", ClaimKind::count, "300");
  CHECK(rescued.event.key.empty());
  CHECK(rescued.event.reason.find("only past its lead, after this figure") != std::string::npos);
  // the same figure after the lead's event word takes its event
  const auto lead = resolve_articles({{"a.md", front("2023-08-16") + "An earthquake struck Tarn on Tuesday.\n\n"
                                                                     "Over 300 injured across the hills\n"}});
  CHECK_FALSE(claim_in(lead, "a.md", ClaimKind::count, "300").event.key.empty());
}
