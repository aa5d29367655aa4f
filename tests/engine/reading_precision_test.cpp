// Figures and stages that are not what they seem at first reading: people cared for at the
// scene, people taken to hospital, a stage of the vote count, an earlier event told by a
// pronoun or an indefinite article, what a clause about one city caused, what a witness saw.
// Each case pairs the accepted reading with a control that is still flagged, so that the test
// fails if the reading stops being told apart.
#include <doctest/doctest.h>

#include "tests/events/events_corpus.hpp"
#include "tests/support/shipped_rules.hpp"

using namespace crosscheck;
using namespace crosscheck::test;

namespace {

struct ReadingCase {
  const char* name;
  const char* rule;
  Articles accepted;  // no finding of `rule`
  Articles flagged;   // the control: one finding of `rule`
};

const std::string explosion =
    "The explosion at the depot on Thursday, August 31, 2023, killed 4 people, the agency said. ";
const std::string crush_toll =
    "The explosion at the festival on Wednesday, January 29, 2025, killed 30 people and injured 60. ";
const char* first_round = "On Sunday, September 22, 2024, the first round of the presidential election was held.";
const std::string latest_quake = "A magnitude 6.3 earthquake struck Varno province on Sunday, October 15, 2023. ";
const char* quake_between = "An earthquake struck Varno province on Wednesday, October 11, 2023, officials said.";
const std::string quake_toll = " The quake on Wednesday killed two people, officials said.";
const std::string varno_quake = "The earthquake on Monday, September 5, 2022, killed 21 people";
const char* magnitude_68 = "A magnitude 6.8 earthquake struck Varno province on Monday, September 5, 2022.";
const std::string strong_quake = "A strong earthquake struck Varno province on Monday, September 5, 2022. ";
const std::string city_quake =
    "The earthquake on Saturday, October 7, 2023, killed 14 people and injured 78, an official said. ";

const std::vector<ReadingCase> cases{
    {"the dead and the treated at the scene are parts of the toll",
     "count-mismatch",
     {{"a.md", article("2023-08-31", explosion + "\"Ten people were confirmed dead on scene and 42 people were "
                                                 "treated on scene,\" a spokesman said on Thursday.")}},
     {{"a.md",
       article("2023-08-31", explosion + "\"Ten people were confirmed dead,\" a spokesman said on Thursday.")}}},
    {"the injured rushed to hospital include the dead",
     "count-mismatch",
     {{"a.md", article("2025-01-29", crush_toll + "Over 90 injured were rushed to the hospital, out of whom 30 died, "
                                                  "police said.")}},
     {{"a.md", article("2025-01-29", crush_toll + "Over 90 were injured, police said.")}}},
    {"a round of vote counting is no round of the election",
     "stage-ordinal-mismatch",
     {{"a.md", article("2024-09-23", first_round)},
      {"b.md", article("2024-09-23",
                       "On Sunday, September 22, 2024, officials began a second round of vote "
                       "counting in the presidential election.")}},
     {{"a.md", article("2024-09-23", first_round)},
      {"b.md", article("2024-09-23",
                       "On Sunday, September 22, 2024, the second round of the presidential election was held.")}}},
    {"'a previous quake' is one of the earlier ones, 'the previous quake' the one right before",
     "previous-event-date",
     {{"a.md", article("2023-10-15", latest_quake + "The region was devastated by a previous quake on October 7.")},
      {"b.md", article("2023-10-12", quake_between)}},
     {{"a.md", article("2023-10-15", latest_quake + "The region was devastated by the previous quake on October 7.")},
      {"b.md", article("2023-10-12", quake_between)}}},
    {"'an earlier one' is another event than the article's",
     "count-mismatch",
     {{"a.md", article("2023-10-12",
                       "Another earthquake shook Varno province on Wednesday, October 11, 2023, after "
                       "an earlier one killed more than 2,000 people in what was one of the worst "
                       "quakes in its history." +
                           quake_toll)}},
     {{"a.md", article("2023-10-12",
                       "An earthquake shook Varno province on Wednesday, October 11, 2023, and "
                       "killed more than 2,000 people." +
                           quake_toll)}}},
    {"a consequence of what happened 'in the city' is the city's figure",
     "count-mismatch",
     {{"a.md", article("2023-10-07", city_quake + "Residents fled buildings in the city as the quakes began, causing "
                                                  "25 injuries, a spokesman said.")}},
     {{"a.md", article("2023-10-07", city_quake + "Residents fled buildings as the quakes began, causing 25 "
                                                  "injuries, a spokesman said.")}}},
    {"what one witness saw is no figure of the event",
     "count-mismatch",
     {{"a.md", article("2023-08-31", explosion + "A resident said on Thursday she was still reeling from seeing six "
                                                 "dead people on her floor.")}},
     {{"a.md", article("2023-08-31", explosion + "A resident said on Thursday six people were killed.")}}},
    {"'in Varno's Tesk county' is the county's figure, not the province's",
     "count-mismatch",
     {{"a.md", article("2022-09-05", varno_quake + " in Varno, officials said. Officials said 14 people died in "
                                                   "Varno's Tesk county.")}},
     {{"a.md", article("2022-09-05", varno_quake + " in Varno, officials said. Officials said 14 people died in "
                                                   "Varno.")}}},
    {"'in nearby Lun county' is a place",
     "count-mismatch",
     {{"a.md", article("2022-09-05", varno_quake + ", officials said. Seven people died in nearby Lun county.")}},
     {{"a.md", article("2022-09-05", varno_quake + ", officials said. Seven people died, officials said.")}}},
    {"'when one of magnitude 7.0 hit' is another quake's measure",
     "measure-mismatch",
     {{"a.md", article("2022-09-05", magnitude_68)},
      {"b.md", article("2022-09-05", strong_quake + "The quake was the province's biggest since August 2017, when "
                                                    "one of magnitude 7.0 hit the north.")}},
     {{"a.md", article("2022-09-05", magnitude_68)},
      {"b.md", article("2022-09-05", strong_quake + "The quake, of magnitude 7.0, was the province's biggest since "
                                                    "August 2017.")}}},
};

}  // namespace

TEST_CASE("readings that are not the event's figure or stage") {
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const auto accepted = findings_of(c.accepted);
    CAPTURE(dump(accepted));
    CHECK(of_rule(accepted, c.rule).empty());
    const auto flagged = findings_of(c.flagged);
    CAPTURE(dump(flagged));
    CHECK(of_rule(flagged, c.rule).size() == 1u);
  }
}
