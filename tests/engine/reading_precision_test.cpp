// Figures and stages that are not what they seem at first reading: people cared for at the
// scene, people taken to hospital, a stage of the vote count, an earlier event told by a
// pronoun or an indefinite article, what a clause about one town caused, what a witness saw, a
// headline's figure the page gives to a later day, a live page's update hours, fires in a flood
// story, a feared count, a summary page's headline, the injured still in hospital, journalists
// freed in a swap, a loose total of both sides, a title in a quotation, a figure told "at one
// time", a number broken by a stray space ("1, 300"), an image's alt text, a toll of many
// years, the injured a hospital admitted, a video teaser of another story, an area named by who
// holds it, initial figures, what police said earlier, a window of the previous 24 hours, a list
// item of a place, a title-case headline's qualifier. Each case pairs the accepted reading with
// a control that is still flagged, so that the test fails if the reading stops being told
// apart. (All sentences are our own, written to reproduce what real pages do.)
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

const std::string blast = "The blast at the Ostrin warehouse on Thursday, August 31, 2023, left 4 people dead. ";
const std::string fair_toll =
    "The blast at the spring fair on Wednesday, January 29, 2025, killed 30 people and injured 60. ";
const char* first_round = "On Sunday, September 22, 2024, the first round of the presidential election was held.";
const std::string latest_quake = "A magnitude 6.3 earthquake hit Varno province on Sunday, October 15, 2023. ";
const char* quake_between = "An earthquake hit Varno province on Wednesday, October 11, 2023, the agency said.";
const std::string quake_toll = " Wednesday's quake killed two people, the agency said.";
const std::string varno_quake = "The earthquake on Monday, September 5, 2022, killed 21 people";
const char* magnitude_68 = "A magnitude 6.8 earthquake hit Varno province on Monday, September 5, 2022.";
const std::string strong_quake = "A strong earthquake hit Varno province on Monday, September 5, 2022. ";
const std::string swap_headline =
    "Kelland and Morva trade captives, with each side freeing 103 prisoners\n\nFreed captives were greeted by their "
    "families at the crossing on Friday, September 13, 2024.";
const char* swap_of_49 = "On Friday, September 13, 2024, Morva returned 49 prisoners to Kelland in an exchange.";
const std::string strike_lead = "A missile strike hit Varno on Friday, April 28, 2023, killing 20 people.\n\n";
const std::string flood_toll =
    "The toll from flooding in Varno has risen to 15 people dead, rescuers said on Sunday, September 10, 2023.\n\n"
    "Saturday's toll listed 11 deaths from the floods.\n\n";
const std::string flood_missing =
    "Flash floods hit the town of Varno on Tuesday, August 5, 2025. Officials said 16 people were missing. ";
const std::string hostages_10 = "On Friday, November 24, 2023, 10 Nepali hostages were released in the exchange.";
const std::string hostages_body =
    "\n\nOver the last several days groups of captives were freed in exchange for prisoners.\n\n" + hostages_10;
const std::string depot_blast =
    "\n\nAn explosion hit a depot in Varno on Friday, January 31, 2025, killing seven people. The mayor said 22 "
    "people were injured.";
const char* swap_146 = "On Sunday, August 24, 2025, 146 Ukrainian prisoners were released in the exchange.";
const char* exchanged_146 = "On Sunday, August 24, 2025, Russia and Ukraine exchanged 146 prisoners.";
const std::string town_quake =
    "The earthquake on Saturday, October 7, 2023, killed 14 people and injured 78, the agency said. ";
const std::string flood_twelve =
    "Flash floods hit the town of Varno on Tuesday, August 5, 2025, killing 12 people. Three people are missing, "
    "officials said.\n\n";
const std::string quake_90 = "The earthquake on Monday, September 5, 2022, killed 90 people, officials said.";
const std::string caption_20 = "Quake in Varno leaves 20 dead after the shaking overnight.";
const std::string hills_58 =
    "Floods and landslides on Tuesday, February 15, 2022, killed 58 people in the hills of "
    "Varno.\n\n";
const std::string fort_blast = "On Monday (Nov 10), a blast was heard outside the Varno fort, eight dead, 24 injured. ";
const std::string quake_1300 = "The earthquake on Monday, February 6, 2023, killed more than 1,300 people.\n\n";
const std::string balkh_20 =
    "The earthquake on Monday, November 3, 2025, killed at least 20 people and injured 320, officials said. ";
const std::string dhaka_5 =
    "At least five people were killed when an earthquake struck Varno on Friday, November 21, 2025. ";
const std::string dhaka_6 =
    "At least six people were killed when an earthquake struck Varno on Friday, November 21, 2025. ";
const std::string europe_floods = "Floods across Europe on Tuesday, August 5, 2025, killed 8 people. ";
std::string quake_evening_with(int children) {
  return "The earthquake on Sunday evening killed at least 22 people, including " + std::to_string(children) +
         " children.";
}
const std::string aftershock =
    "An aftershock shook Varno on Friday, two days after an earthquake shook the region, killing 12 people.\n\n";
const std::string main_quake =
    "The magnitude 8.8 earthquake struck on Wednesday. Officials said at least 300 people were injured in the "
    "earthquake.\n";
const std::string magnitude_quake =
    "A magnitude 8.8 earthquake struck off Varno on Wednesday, July 30, 2025, killing 12 people. ";
const std::string cyclone_toll = "A cyclone hit the coast on Saturday, December 14, 2024. ";
const std::string attack_100 = "An attack on Varno on Friday, June 13, 2025, killed 100 people. ";
const std::string swap_day = "A prisoner exchange took place on Friday, May 23, 2025.\n\n";
const std::string rally_attack = "An attack at a rally in Varno on Saturday, September 27, 2025, killed 41 people.";
const std::string flash_floods = "Flash floods hit the town of Varno on Tuesday, August 5, 2025. ";
const std::string varnian_strike =
    "A Varnian missile strike hit Morva on Monday, June 23, 2025, killing 606 people, the minister said. ";
const std::string strikes_606 =
    "A missile strike hit Varno on Monday, June 23, 2025, killing 606 people, the minister said. ";
const std::string border_attacks =
    "Attacks on the Varno border on Wednesday, October 15, 2025, drew wide condemnation. ";
const std::string monitors_350 =
    ", according to the health director. The monitors reported at least 18 civilian deaths and over 350 wounded in "
    "the recent violence.";
const std::string fort_eight = "A blast near the Varno fort on November 10 killed 8 people.\n\n";

const std::string quakes_lowered =
    "Officials in Varno province lowered the number of people killed by the quakes.\n\nRescuers were still "
    "searching remote villages, the officials said. Aid groups asked for tents and blankets. Roads into the hills "
    "stayed closed.\n\nThe earthquake struck on Saturday, October 7, 2023, and flattened whole villages.\n\n";
const std::string wednesday_three =
    " earthquake on Wednesday, in the north of the province, killed four people.\n\nAbout 640 people died, the "
    "officials said.";
const std::string strongest_since =
    "A strong earthquake hit Varno on Wednesday, April 3, 2024. Officials said it was the strongest quake to hit "
    "the island since 1987.\n\n";
const char* magnitude_74 = "A magnitude 7.3 earthquake hit Varno on Wednesday, April 3, 2024.";
const std::string two_dead =
    "The earthquake on Monday, September 5, 2022, killed 21 people, officials said.\n\nSearchers were still "
    "combing the slopes above the pass. The four dead and two of the missing near the pass are members of one "
    "family.";
const std::string displaced_23000 = "The floods have left 23,000 people displaced, officials said. ";
const std::string toll_2400 =
    "Quake Death Toll Reaches 1,730\n\nThe death toll from the earthquake reached 1,690, the government said.";

const std::string civilians_nine =
    "On Sunday, August 23, 2026, Russia and Ukraine exchanged 120 prisoners each. Ukraine also brought home nine "
    "Ukrainian civilians on Sunday.";
const std::string storm_38 = "A storm hit Varno on Saturday, December 21, 2024, killing 31 people.";
const std::string cyclone_10 = "A cyclone hit the Varno coast on Sunday, May 26, 2024, and killed 14 people.";

const std::vector<ReadingCase> cases{
    {"the dead and the treated at the scene are parts of the toll",
     "count-mismatch",
     {{"a.md", article("2023-08-31", blast + "Crews said nine people were pronounced dead on scene and 31 people "
                                             "were treated on scene on Thursday.")}},
     {{"a.md", article("2023-08-31", blast + "Crews said nine people were pronounced dead on Thursday.")}}},
    {"the injured rushed to hospital include the dead",
     "count-mismatch",
     {{"a.md", article("2025-01-29", fair_toll + "More than 85 injured were rushed to the hospital, and 30 of them "
                                                 "died there, a doctor said.")}},
     {{"a.md", article("2025-01-29", fair_toll + "More than 85 were injured, a doctor said.")}}},
    {"a round of vote counting is no round of the election",
     "stage-ordinal-mismatch",
     {{"a.md", article("2024-09-23", first_round)},
      {"b.md", article("2024-09-23",
                       "On Sunday, September 22, 2024, the commission moved to a second round of vote "
                       "counting in the presidential election.")}},
     {{"a.md", article("2024-09-23", first_round)},
      {"b.md", article("2024-09-23",
                       "On Sunday, September 22, 2024, the second round of the presidential election was held.")}}},
    {"'a previous quake' is one of the earlier ones, 'the previous quake' the one right before",
     "previous-event-date",
     {{"a.md",
       article("2023-10-15", latest_quake + "The area was still rebuilding after a previous quake on October 7.")},
      {"b.md", article("2023-10-12", quake_between)}},
     {{"a.md",
       article("2023-10-15", latest_quake + "The area was still rebuilding after the previous quake on October 7.")},
      {"b.md", article("2023-10-12", quake_between)}}},
    {"'an earlier one' is another event than the article's",
     "count-mismatch",
     {{"a.md", article("2023-10-12",
                       "A new earthquake hit Varno province on Wednesday, October 11, 2023, days after "
                       "an earlier one killed more than 2,000 people in one of the worst quakes the "
                       "province has known." +
                           quake_toll)}},
     {{"a.md", article("2023-10-12",
                       "An earthquake hit Varno province on Wednesday, October 11, 2023, and killed "
                       "more than 2,000 people." +
                           quake_toll)}}},
    {"'the last one' is another event than the article's",
     "count-mismatch",
     {{"a.md", article("2023-10-12",
                       "A new earthquake hit Varno province on Wednesday, October 11, 2023, days after "
                       "the last one killed more than 2,000 people." +
                           quake_toll)}},
     {{"a.md", article("2023-10-12",
                       "An earthquake hit Varno province on Wednesday, October 11, 2023, and killed "
                       "more than 2,000 people." +
                           quake_toll)}}},
    {"'another' quake past the lead is a second event, not the page's",
     "count-mismatch",
     {{"a.md", article("2023-10-13", quakes_lowered + "Another" + wednesday_three)},
      {"b.md", article("2023-10-12", "A quake hit Varno province on Wednesday, October 11, 2023, and killed four.")}},
     {{"a.md", article("2023-10-13", quakes_lowered + "An" + wednesday_three)},
      {"b.md", article("2023-10-12", "A quake hit Varno province on Wednesday, October 11, 2023, and killed four.")}}},
    {"a sentence that opens 'That year' is about the year the sentence before it writes",
     "measure-mismatch",
     {{"a.md",
       article("2024-04-04", strongest_since + "That year, a magnitude 7.9 quake hit the centre of the island.")},
      {"b.md", article("2024-04-04", magnitude_74)}},
     {{"a.md", article("2024-04-04", strongest_since + "A magnitude 7.9 quake hit the centre of the island.")},
      {"b.md", article("2024-04-04", magnitude_74)}}},
    {"a figure of another kind with the same number after 'The four dead' does not make them the toll",
     "count-mismatch",
     {{"a.md", article("2022-09-08", two_dead + " Four bodies found on Tuesday were those of the father and his "
                                                "sons.")}},
     {{"a.md", article("2022-09-08", two_dead + " Four victims found on Tuesday were the father and his sons.")}}},
    {"'the number of shelters' for the displaced counts shelters",
     "count-mismatch",
     {{"a.md", article("unknown", displaced_23000 + "The number of shelters opened for people displaced by the "
                                                    "floods has risen to 85.")}},
     {{"a.md", article("unknown", displaced_23000 + "The number of people displaced by the floods has risen to 85.")}}},
    {"a headline's figure the page tells as risen below is of that later moment",
     "count-mismatch",
     {{"a.md", article("unknown", toll_2400 + " A spokesman later said the death toll had risen to 1,730.")}},
     {{"a.md", article("unknown", toll_2400 + " A spokesman later said 12 villages were destroyed.")}}},
    {"people 'killed as they were swept away' are some of a larger toll, told by how they died",
     "count-mismatch",
     {{"a.md", article("2024-05-28", cyclone_10 + " Three people were killed as they were swept away by the current "
                                                  "near the port.")}},
     {{"a.md", article("2024-05-28", cyclone_10 + " Three people were killed near the port.")}}},
    {"'in coastal districts of Tarnia' names Tarnia",
     "count-mismatch",
     {{"a.md", article("2024-05-28", cyclone_10 + " Nine people died in coastal districts of Tarnia.")}},
     {{"a.md", article("2024-05-28", cyclone_10 + " Nine people died in coastal districts.")}}},
    {"'the two remaining victims' are the rest of a figure, not the toll",
     "count-mismatch",
     {{"a.md", article("2024-05-28", cyclone_10 + " The bodies of eleven were given back on Tuesday. Staff said the "
                                                  "two remaining victims were still at the morgue.")}},
     {{"a.md", article("2024-05-28", cyclone_10 + " The bodies of eleven were given back on Tuesday. Staff said two "
                                                  "victims were still at the morgue.")}}},
    {"a figure of the whole published year ('in 2024') is no figure of the day the page reports",
     "count-mismatch",
     {{"a.md",
       article("2024-12-22", storm_38 + " More than 2,300 people died on the roads in 2024, the agency said.")}},
     {{"a.md", article("2024-12-22", storm_38 + " More than 2,300 people died on the roads, the agency said.")}}},
    {"'reported that initially, seven ...' is an earlier figure",
     "count-mismatch",
     {{"a.md", article("2024-05-28", cyclone_10 + " Officials said three people were still missing. Authorities "
                                                  "reported that initially, nine people were declared missing.")}},
     {{"a.md", article("2024-05-28", cyclone_10 + " Officials said three people were still missing. Authorities "
                                                  "reported that nine people were declared missing.")}}},
    {"reports an agency is still validating are no confirmed figure",
     "count-mismatch",
     {{"a.md", article("2024-12-22", storm_38 + " The agency said six people were confirmed dead in Tarn province "
                                                "and it was validating the reports on four fatalities in Avon "
                                                "province. Police said nine people were killed in Avon province.")}},
     {{"a.md", article("2024-12-22", storm_38 + " The agency said six people were confirmed dead in Tarn province "
                                                "and it reported four fatalities in Avon province. Police said nine "
                                                "people were killed in Avon province.")}}},
    {"'Along with the journalist, eight other civilians' are others, never the day's whole",
     "count-mismatch",
     {{"a.md", article("2026-08-24", civilians_nine + " Along with the journalist, eight other Ukrainian civilians "
                                                      "were released on Sunday.")}},
     {{"a.md", article("2026-08-24", civilians_nine + " Eight Ukrainian civilians were released on Sunday.")}}},
    {"a consequence of what happened 'in the town' is the town's figure",
     "count-mismatch",
     {{"a.md", article("2023-10-07", town_quake + "Office workers ran into the streets in the town when the shaking "
                                                  "started, causing 25 injuries, the mayor said.")}},
     {{"a.md", article("2023-10-07", town_quake + "Office workers ran into the streets when the shaking started, "
                                                  "causing 25 injuries, the mayor said.")}}},
    {"what one witness saw is no figure of the event",
     "count-mismatch",
     {{"a.md", article("2023-08-31", blast + "A neighbour said on Thursday she still shook after seeing six dead "
                                             "people in the stairwell.")}},
     {{"a.md", article("2023-08-31", blast + "A neighbour said on Thursday six people were killed.")}}},
    {"'in Varno's Tesk county' is the county's figure, not the province's",
     "count-mismatch",
     {{"a.md", article("2022-09-05", varno_quake + " in Varno, the agency said. It said 14 people died in Varno's "
                                                   "Tesk county.")}},
     {{"a.md", article("2022-09-05", varno_quake + " in Varno, the agency said. It said 14 people died in Varno.")}}},
    {"'in nearby Lun county' is a place",
     "count-mismatch",
     {{"a.md", article("2022-09-05", varno_quake + ", the agency said. Seven people died in nearby Lun county.")}},
     {{"a.md", article("2022-09-05", varno_quake + ", the agency said. Seven people died, it said.")}}},
    {"'when one of magnitude 7.1 struck' is another quake's measure",
     "measure-mismatch",
     {{"a.md", article("2022-09-05", magnitude_68)},
      {"b.md",
       article("2022-09-05", strong_quake + "The quake was the province's strongest since March 2015, when one of "
                                            "magnitude 7.1 struck the coast.")}},
     {{"a.md", article("2022-09-05", magnitude_68)},
      {"b.md", article("2022-09-05", strong_quake + "The quake, of magnitude 7.1, was the province's strongest since "
                                                    "March 2015.")}}},
    {"a headline's figure that the narrative gives to the next day is that day's",
     "count-mismatch",
     {{"a.md",
       article("2024-09-15", swap_headline + "\n\nA day later the two countries exchanged 103 prisoners each.")},
      {"b.md", article("2024-09-13", swap_of_49)}},
     {{"a.md", article("2024-09-15", swap_headline)}, {"b.md", article("2024-09-13", swap_of_49)}}},
    {"a live page's update line gives the hour of the figures after it",
     "count-mismatch",
     {{"a.md", article("2023-04-28", strike_lead + "Updated 17:00. Another body was found under the rubble. Already "
                                                   "21 dead, the ministry reported.")}},
     {{"a.md", article("2023-04-28", strike_lead + "Another body was found under the rubble. Already 21 dead, the "
                                                   "ministry reported.")}}},
    {"'fires' that killed people this summer are no flood's",
     "count-mismatch",
     {{"a.md", article("2023-09-11", flood_toll + "The floods follow fires in the country this summer that killed "
                                                  "at least 26 people.")}},
     {{"a.md", article("2023-09-11", flood_toll + "The floods follow a hot summer in the country that killed at "
                                                  "least 26 people.")}}},
    {"a count people fear is no counted figure",
     "count-mismatch",
     {{"a.md", article("2025-08-06", flood_missing + "Over 100 people are feared missing, the mayor said.")}},
     {{"a.md", article("2025-08-06", flood_missing + "Over 100 people are missing, the mayor said.")}}},
    {"a summary page's headline gives the story's total so far, not one day's",
     "count-mismatch",
     {{"a.md", article("2023-11-25", hostages_10)},
      {"b.md", article("unknown", "23 Nepali Hostages Have Been Released: What We Know" + hostages_body)}},
     {{"a.md", article("2023-11-25", hostages_10)},
      {"b.md", article("unknown", "23 Nepali Hostages Have Been Released in the Exchange" + hostages_body)}}},
    {"the injured who remain in hospital are the hospitalised, a phrase of where between",
     "count-mismatch",
     {{"a.md",
       article("2025-02-02", "Mayor says five injured in the depot explosion remain hospitalized" + depot_blast)}},
     {{"a.md", article("2025-02-02", "Mayor says five injured in the depot explosion" + depot_blast)}}},
    {"two journalists freed in a swap are a group of it, not its figure",
     "count-mismatch",
     {{"a.md", article("2025-08-24", swap_146)},
      {"b.md", article("2025-08-24",
                       "On Sunday, August 24, 2025, two Ukrainian journalists were freed in the "
                       "exchange.")}},
     {{"a.md", article("2025-08-24", swap_146)},
      {"b.md", article("2025-08-24",
                       "On Sunday, August 24, 2025, two Ukrainian prisoners were freed in the "
                       "exchange.")}}},
    {"'nearly 300' exchanged may be both sides' 146",
     "count-mismatch",
     {{"a.md", article("2025-08-24", exchanged_146)},
      {"b.md", article("2025-08-24",
                       "On Sunday, August 24, 2025, Russia and Ukraine exchanged nearly 300 prisoners "
                       "of war.")}},
     {{"a.md", article("2025-08-24", exchanged_146)},
      {"b.md", article("2025-08-24",
                       "On Sunday, August 24, 2025, Russia and Ukraine exchanged nearly 400 prisoners "
                       "of war.")}}},
    {"a figure told 'at one time' is an earlier one",
     "count-mismatch",
     {{"a.md", article("2025-08-06", flood_twelve + "At one time, officials said about 90 people were missing "
                                                    "after the flooding.")}},
     {{"a.md", article("2025-08-06", flood_twelve + "Officials said about 90 people were missing after the "
                                                    "flooding.")}}},
    {"three digits after 'N, ' are the tail of a number broken by a stray space",
     "count-mismatch",
     {{"a.md", article("2022-09-06",
                       "The earthquake on Monday, September 5, 2022, killed 1, 300 people, officials "
                       "said. The quake destroyed 900 homes, and 1,300 people died in all.")}},
     {{"a.md", article("2022-09-06",
                       "The earthquake on Monday, September 5, 2022, killed 300 people, officials "
                       "said. The quake destroyed 900 homes, and 1,300 people died in all.")}}},
    {"a line that repeats a photo caption is the image's alt text",
     "count-mismatch",
     {{"a.md", article("2022-09-06", quake_90 + "\n\n" + caption_20 + "\n\n" + caption_20 +
                                         " Images via social media.\n\nRescuers kept digging through the night.")}},
     {{"a.md",
       article("2022-09-06", quake_90 + "\n\n" + caption_20 + "\n\nRescuers kept digging through the night.")}}},
    {"a toll of many years ('in recent decades') is not the event's",
     "count-mismatch",
     {{"a.md", article("2022-02-17", hills_58 + "The hills have seen similar disasters in recent decades, with more "
                                                "than 600 people killed.")}},
     {{"a.md", article("2022-02-17", hills_58 + "The hills have seen the floods, with more than 600 people killed.")}}},
    {"injured people who 'have been admitted' are the hospital's, not the injured toll",
     "count-mismatch",
     {{"a.md", article("2025-11-11", fort_blast + "According to the city hospital, around 13 injured people have "
                                                  "been admitted.")}},
     {{"a.md", article("2025-11-11", fort_blast + "According to the city hospital, around 13 people were "
                                                  "injured.")}}},
    {"a video teaser of another story is no figure of the page's",
     "count-mismatch",
     {{"a.md", article("2025-11-11", fort_eight + "Day after the Varno blast, explosion in a parked car near a "
                                                  "court in Tarn, 5 killed, WATCH VIDEO\n\nThe police are "
                                                  "investigating.")}},
     {{"a.md", article("2025-11-11", fort_eight + "Day after the Varno blast, explosion in a parked car near a "
                                                  "court in Tarn, 5 killed\n\nThe police are investigating.")}}},
    {"a toll of an area named by who holds it is a part of the whole",
     "count-mismatch",
     {{"a.md", article("2023-02-07", quake_1300 + "The quake smashed rebel-held towns in the north, "
                                                  "with rescuers saying 147 people had died. Officials said at "
                                                  "least 326 people were killed in government-controlled areas.")}},
     {{"a.md", article("2023-02-07", quake_1300 + "The quake smashed towns in the north, with rescuers "
                                                  "saying 147 people had died.")}}},
    {"'initial figures' are an earlier figure",
     "count-mismatch",
     {{"a.md", article("2025-11-04", balkh_20 + "Initial figures from Avo Lind, a spokesman for the provincial "
                                                "health office, suggested seven deaths.")}},
     {{"a.md", article("2025-11-04", balkh_20 + "Figures from Avo Lind, a spokesman for the provincial health "
                                                "office, suggested seven deaths.")}}},
    {"what police 'said earlier' is an earlier figure",
     "count-mismatch",
     {{"a.md", article("2025-11-22", dhaka_5 + "Police said earlier three people had been killed when a railing "
                                               "collapsed.")}},
     {{"a.md", article("2025-11-22", dhaka_5 + "Police said three people had been killed when a railing "
                                               "collapsed.")}}},
    {"a figure of 'the previous 24 hours' is a window, not the toll",
     "count-mismatch",
     {{"a.md", article("2025-06-24",
                       strikes_606 + "The minister said 104 were killed in the strike in the previous 24 hours.")}},
     {{"a.md", article("2025-06-24", strikes_606 + "The minister said 104 were killed in the strike.")}}},
    {"a window the sentence opens on frames all of its counts",
     "count-mismatch",
     {{"a.md", article("2025-10-16", border_attacks +
                                         "In the past 24 hours alone, 40 civilians were killed and 170 "
                                         "injured" +
                                         monitors_350)}},
     {{"a.md", article("2025-10-16",
                       border_attacks + "On Wednesday, 40 civilians were killed and 170 injured" + monitors_350)}}},
    {"a list item that opens on a place and a colon gives that place's figures",
     "count-mismatch",
     {{"a.md", article("2025-11-22",
                       dhaka_5 + "Damage was heavy in Tarn.\n\n- Tarn: Two people were killed in the earthquake.")}},
     {{"a.md",
       article("2025-11-22", dhaka_5 + "Damage was heavy in Tarn.\n\n- Officials: Two people were killed in the "
                                       "earthquake.")}}},
    {"'initial figures' after a run-in heading the page glued to them are an earlier figure",
     "count-mismatch",
     {{"a.md", article("2025-11-04", balkh_20 + "Toll likely to rise Initial figures from Avo Lind, a spokesman for "
                                                "the health office, suggested seven deaths.")}},
     {{"a.md", article("2025-11-04", balkh_20 + "Toll likely to rise Figures from Avo Lind, a spokesman for the "
                                                "health office, suggested seven deaths.")}}},
    {"the whole of a share with a place's value is that place's figure again",
     "count-mismatch",
     {{"a.md", article("2025-11-22", dhaka_6 + "Three people were killed in Tarn, officials said. One of the three "
                                               "dead was a student.")}},
     {{"a.md", article("2025-11-22", dhaka_6 + "Three people were killed in Tarn, officials said. One of the five "
                                               "dead was a student.")}}},
    {"what the locals say is an unofficial account",
     "count-mismatch",
     {{"a.md", article("2025-08-05", flash_floods + "According to the locals, around six people were killed in the "
                                                    "floods. The district administration said four people died.")}},
     {{"a.md", article("2025-08-05", flash_floods + "According to the police, around six people were killed in the "
                                                    "floods. The district administration said four people died.")}}},
    {"the dead of an illness that followed the event are not its toll",
     "count-mismatch",
     {{"a.md", article("2025-08-05", flash_floods + "The floods killed 40 people. The disease, carried by the "
                                                    "water, has resulted in four deaths.")}},
     {{"a.md", article("2025-08-05", flash_floods + "The floods killed 40 people. The river, carried by the "
                                                    "water, has resulted in four deaths.")}}},
    {"an illness named after the count behind 'of' makes it the illness's",
     "count-mismatch",
     {{"a.md", article("2025-08-05", flash_floods + "The floods killed 40 people. Later four people died of cholera "
                                                    "in the camps.")}},
     {{"a.md", article("2025-08-05", flash_floods + "The floods killed 40 people. Later four people died of wounds "
                                                    "in the camps.")}}},
    {"patients discharged grow by the hour: compared only at one moment",
     "count-mismatch",
     {{"a.md", article("2025-08-06", flash_floods + "The hospital said 20 people were admitted after the floods, "
                                                    "and three had been discharged by Wednesday.")},
      {"b.md", article("2025-08-07", flash_floods + "The hospital said 20 people were admitted after the floods, "
                                                    "and five have been discharged.")}},
     {{"a.md", article("2025-08-06", flash_floods + "The hospital said 20 people were admitted after the floods, "
                                                    "and three had been discharged by Wednesday.")},
      {"b.md", article("2025-08-07", flash_floods + "The hospital said 20 people were admitted after the floods, "
                                                    "and five had been discharged by Wednesday.")}}},
    {"a round figure is a rounded one: 300 agrees with 'more than 300'",
     "count-mismatch",
     {{"a.md", article("2025-05-24", "On Friday, May 23, 2025, each side released more than 300 prisoners.")},
      {"b.md", article("2025-05-24", "On Friday, May 23, 2025, each side released 300 prisoners.")}},
     {{"a.md", article("2025-05-24", "On Friday, May 23, 2025, each side released more than 300 prisoners.")},
      {"b.md", article("2025-05-24", "On Friday, May 23, 2025, each side released 290 prisoners.")}}},
    {"a headline writes a figure at two significant digits: '300 Killed' is 295 to 309",
     "count-mismatch",
     {{"a.md", article("2025-08-05",
                       "300 Killed in Tarn Floods\n\nAt least 304 people have died in the floods "
                       "that hit Tarn on Monday, officials said.")}},
     {{"a.md", article("2025-08-05",
                       "290 Killed in Tarn Floods\n\nAt least 304 people have died in the floods "
                       "that hit Tarn on Monday, officials said.")}}},
    {"a headline's figure of one digit before its zeros is rounded there: '300' is 250 to 399",
     "count-mismatch",
     {{"a.md", article("2025-08-05",
                       "Floods in Tarn Kill 300 People\n\nAt least 361 people have died in the floods "
                       "that hit Tarn on Monday, officials said.")}},
     {{"a.md", article("2025-08-05",
                       "Floods in Tarn Kill 300 People\n\nAt least 412 people have died in the floods "
                       "that hit Tarn on Monday, officials said.")}}},
    {"the official figure a page disputes is not its own",
     "count-mismatch",
     {{"a.md", article("2025-08-05", flash_floods + "While the official death toll stands at 12, an investigation "
                                                    "found more deaths. Reporters verified a total of 31 deaths in "
                                                    "the floods.")}},
     {{"a.md", article("2025-08-05", flash_floods + "The official death toll stands at 12, and an investigation "
                                                    "found more deaths. Reporters verified a total of 31 deaths in "
                                                    "the floods.")}}},
    {"a list item beside a place's item gives its own place's figures",
     "count-mismatch",
     {{"a.md", article("2025-11-22", dhaka_5 + "Damage was heavy in Tarn.\n\n- Tarn: One person died.\n- Morva: Two "
                                               "people were killed in the earthquake.")}},
     {{"a.md", article("2025-11-22", dhaka_5 + "Damage was heavy in Tarn.\n\n- Update: Rescue went on.\n- Morva: Two "
                                               "people were killed in the earthquake.")}}},
    {"any list bullet the sentence splitter knows marks a place's item",
     "count-mismatch",
     {{"a.md", article("2025-11-22", dhaka_5 + "Damage was heavy in Tarn.\n\n\u25CF Tarn: One person died.\n\u25CF "
                                               "Morva: Two people were killed in the earthquake.")}},
     {{"a.md", article("2025-11-22", dhaka_5 + "Damage was heavy in Tarn.\n\n\u25CF Update: Rescue went on.\n\u25CF "
                                               "Morva: Two people were killed in the earthquake.")}}},
    {"a capitalised division right before 'where' places the count of its clause",
     "count-mismatch",
     {{"a.md", article("2025-08-05", flash_floods + "The floods have killed at least 87 people. They ravaged Tarn "
                                                    "Province, where 55 deaths have been confirmed.")}},
     {{"a.md", article("2025-08-05", flash_floods + "The floods have killed at least 87 people. They ravaged the "
                                                    "whole town, where 55 deaths have been confirmed.")}}},
    {"what local sources told is an unofficial account",
     "count-mismatch",
     {{"a.md",
       article("2025-08-05", flash_floods + "The floods killed around forty people, the government said. "
                                            "Local sources had told reporters that the toll was at least 48.")}},
     {{"a.md", article("2025-08-05", flash_floods + "The floods killed around forty people, the government said. "
                                                    "The agency had told reporters that the toll was at least 48.")}}},
    {"a count joined by 'and' to a count with a place after it shares that place",
     "count-mismatch",
     {{"a.md", article("2025-11-22", dhaka_6 + "Damage was heavy in Tarn.\n\nThe quake hit hard. Four people died and "
                                               "more than 100 were injured in Tarn, officials said.")}},
     {{"a.md",
       article("2025-11-22", dhaka_6 + "Damage was heavy in Tarn.\n\nThe quake hit hard. Four people died in "
                                       "the rubble, and more than 100 were injured in Tarn, officials said.")}}},
    {"a place the page names, as the subject of 'sees', has its own figures",
     "count-mismatch",
     {{"a.md",
       article("2025-11-22", dhaka_6 + "Damage was heavy in Tarn.\n\nTarn sees five deaths in the earthquake\n\n"
                                       "Rescuers searched the rubble.")}},
     {{"a.md", article("2025-11-22", dhaka_6 + "Damage was heavy in Tarn.\n\nThe region sees five deaths in the "
                                               "earthquake\n\nRescuers searched the rubble.")}}},
    {"a window further back in the sentence frames its count",
     "count-mismatch",
     {{"a.md", article("2025-06-24", strikes_606 + "The minister described the past 24 hours as the worst since the "
                                                   "start of the war, resulting in 104 deaths.")}},
     {{"a.md", article("2025-06-24", strikes_606 + "The minister described the strike as the worst since the start "
                                                   "of the war, resulting in 104 deaths.")}}},
    {"what another actor's strikes did is not the page's first actor's attack",
     "count-mismatch",
     {{"a.md", article("2025-06-24", varnian_strike + "Morvan officials said the Morvan strikes on Varno killed 28 "
                                                      "people.")}},
     {{"a.md", article("2025-06-24", varnian_strike + "Morvan officials said the strikes on Varno killed 28 "
                                                      "people.")}}},
    {"a window of any length ('over the past six weeks') frames its count",
     "count-mismatch",
     {{"a.md", article("2025-08-05", flash_floods + "The floods killed 20 people. The agency reported that over the "
                                                    "past six weeks, at least 875 people have been killed in the "
                                                    "floods.")}},
     {{"a.md", article("2025-08-05", flash_floods + "The floods killed 20 people. The agency reported that at least "
                                                    "875 people have been killed in the floods.")}}},
    {"a headline's 'at Least' is a qualifier",
     "count-mismatch",
     {{"a.md", article("2025-08-05", "Floods in Varno Leave at Least 20 Dead\n\n" + flash_floods +
                                         "Officials confirmed 21 deaths in the floods.")}},
     {{"a.md", article("2025-08-05", "Floods in Varno Leave 20 Dead\n\n" + flash_floods +
                                         "Officials confirmed 21 deaths in the floods.")}}},
    {"a subject of a country's ('France's interior minister reported') places its count",
     "count-mismatch",
     {{"a.md", article("2025-08-05", europe_floods + "France's interior minister reported two deaths in the floods.")}},
     {{"a.md", article("2025-08-05", europe_floods + "The interior minister reported two deaths in the floods.")}}},
    {"an event word whose own magnitude is far from the page's first is another event",
     "count-mismatch",
     {{"a.md", article("2025-07-30", magnitude_quake + "Officials recalled that a magnitude 5.1 earthquake killed two "
                                                       "people.")}},
     {{"a.md", article("2025-07-30", magnitude_quake + "Officials recalled that the earthquake killed two people.")}}},
    {"an aftershock's magnitude told before the main quake's is another event all the same",
     "count-mismatch",
     {{"a.md", "---\nurl: x\n---\n" + aftershock +
                   "The region had a magnitude 4.2 earthquake that injured 11 people.\n\n" + main_quake}},
     {{"a.md",
       "---\nurl: x\n---\n" + aftershock + "The region had an earthquake that injured 11 people.\n\n" + main_quake}}},
    {"the event's hour on a page written the next day is no hour of its figures",
     "count-mismatch",
     {{"a.md", article("2023-05-07", quake_evening_with(7))}, {"b.md", article("2023-05-08", quake_evening_with(15))}},
     {{"a.md", article("2023-05-07", quake_evening_with(7))}, {"b.md", article("2023-05-07", quake_evening_with(15))}}},
    {"a count after ', with' in a sentence whose subject is two places is the whole, not one place's",
     "count-mismatch",
     {{"a.md", article("2024-12-30",
                       "A prisoner exchange took place on Monday, December 30, 2024.\n\nKenya "
                       "carried out the exchange, with over 300 soldiers from both sides released.")},
      {"b.md", article("2024-12-30", "On Monday, December 30, 2024, the exchange freed 150 soldiers in total.")}},
     {{"a.md", article("2024-12-30",
                       "A prisoner exchange took place on Monday, December 30, 2024.\n\nKenya and "
                       "Uganda carried out the exchange, with over 300 soldiers from both sides "
                       "released.")},
      {"b.md", article("2024-12-30", "On Monday, December 30, 2024, the exchange freed 150 soldiers in total.")}}},
    {"a figure at no place that one place of a breakdown alone exceeds is another place's",
     "sum-mismatch",
     {{"a.md", article("2024-12-17", cyclone_toll + "The official toll is 35 dead.\n\nMozambique reported that 94 "
                                                    "people died in the cyclone, while 13 died in Malawi.")}},
     {{"a.md", article("2024-12-17", cyclone_toll + "The official toll is 100 dead.\n\nMozambique reported that 94 "
                                                    "people died in the cyclone, while 13 died in Malawi.")}}},
    {"what 'came 48 hours after' is another event's figure",
     "count-mismatch",
     {{"a.md", article("2025-06-15", attack_100 + "The attack came barely 48 hours after two villages were attacked "
                                                  "and 25 people killed.")}},
     {{"a.md", article("2025-06-15", attack_100 + "During the attack two villages were attacked and 25 people "
                                                  "killed.")}}},
    {"an event word an indefinite article introduces, told as recent, is an earlier event",
     "count-mismatch",
     {{"a.md", article("2025-07-30", magnitude_quake + "As an example, he said a strong earthquake recently killed "
                                                       "two people.")}},
     {{"a.md", article("2025-07-30", magnitude_quake + "As an example, he said the strong earthquake killed two "
                                                       "people.")}}},
    {"a name after 'border with' before 'where' is no place of the count",
     "count-mismatch",
     {{"a.md", article("2025-05-23", swap_day + "The exchange took place in Uganda, where both sides handed over 270 "
                                                "soldiers each.")},
      {"b.md", article("2025-05-23", swap_day + "Each side handed over 300 soldiers in the exchange.")}},
     {{"a.md", article("2025-05-23", swap_day + "The exchange took place at the Kenyan border with Uganda, where both "
                                                "sides handed over 270 soldiers each.")},
      {"b.md", article("2025-05-23", swap_day + "Each side handed over 300 soldiers in the exchange.")}}},
    {"a toll of one day ('On Wednesday alone,') is no toll so far",
     "count-mismatch",
     {{"a.md", article("2025-10-16", border_attacks + "On Wednesday alone, 40 civilians were killed and 170 injured" +
                                         monitors_350)}},
     {{"a.md", article("2025-10-16",
                       border_attacks + "On Wednesday, 40 civilians were killed and 170 injured" + monitors_350)}}},
    {"the day of a sentence that says 'a month after the attack' is not the attack's",
     "event-date-mismatch",
     {{"a.md", article("2025-09-28", rally_attack)},
      {"b.md", article("2025-09-28", rally_attack)},
      {"c.md", article("2025-10-28",
                       "A month after the attack in Varno, which killed 41 people, the leader met the "
                       "families on Monday, October 27, 2025.")}},
     {{"a.md", article("2025-09-28", rally_attack)},
      {"b.md", article("2025-09-28", rally_attack)},
      {"c.md", article("2025-10-28", "An attack in Varno on Monday, October 27, 2025, killed 41 people.")}}},
    {"a title-case headline's qualifier is read ('More Than 500')",
     "count-mismatch",
     {{"a.md", article("2025-06-24", "Varno Says More Than 500 Killed In Missile Strike\n\n" + strikes_606)}},
     {{"a.md", article("2025-06-24", "Varno Says 500 Killed In Missile Strike\n\n" + strikes_606)}}},
    {"a date between 'the' and an event word dates that event, not the one before it",
     "count-mismatch",
     {{"a.md", article("2025-12-23",
                       "Pupils freed after weeks in captivity\n\nThe governor announced on December 22 that the "
                       "government had secured the release of 130 remaining captives from the November 21 raid on "
                       "the school in Tarn.\n\nFollowing the escape of some pupils during the attack and the "
                       "December 7 release of around 100 captives, the school said the rest were still held.")}},
     {{"a.md", article("2025-12-23",
                       "Pupils freed after weeks in captivity\n\nThe governor announced on December 22 that the "
                       "government had secured the release of 130 remaining captives from the November 21 raid on "
                       "the school in Tarn.\n\nFollowing the escape of some pupils during the attack and the "
                       "release of around 100 captives, the school said the rest were still held.")}}},
    {"'each' before places joined by 'and' is every one of those places' figure, not a side's",
     "count-mismatch",
     {{"a.md", article("unknown",
                       "Quake Toll Reaches 161\n\nThe earthquake, the strongest of which registered 7, killed at "
                       "least 70 people each in the cities of Varno and Tarn. Eleven people died in the town of "
                       "Ostrin, five in Pella city, and two each in the towns of Morva and Kelland.")}},
     {{"a.md", article("unknown",
                       "Quake Toll Reaches 161\n\nThe earthquake, the strongest of which registered 7, killed at "
                       "least 70 people each, officials in Varno and Tarn said. Eleven people died in the town of "
                       "Ostrin, five in Pella city, and two each, officials in Morva and Kelland said.")}}},
    {"an undated live page's entries are of their own hours, not one moment of the page",
     "count-mismatch",
     {{"a.md", article("unknown",
                       "Earthquake in Varno: live\n\nToll rises to 120, say officialspublished at 05:57 GMT 29 "
                       "December\nThe death toll from the earthquake has risen to 120, the fire agency says.\n\n"
                       "Families are asking for more help after 179 people were killed in the earthquake.")}},
     {{"a.md", article("unknown",
                       "Earthquake in Varno: live\n\nToll rises to 120, say officials\nThe death toll from the "
                       "earthquake has risen to 120, the fire agency says.\n\nFamilies are asking for more help "
                       "after 179 people were killed in the earthquake.")}}},
    {"'the county' is the county named last before it: 'for the county', 'The county is reporting'",
     "count-mismatch",
     {{"a.md", article("unknown",
                       "Storm toll passes 100 in Norland\n\nThe storm is now responsible for more than 100 deaths in "
                       "Norland, the health department confirmed.\n\nNearly half of the deaths occurred in Tarn "
                       "County. Tarn County officials are now attributing 43 deaths for the county.\n\nThe Norland "
                       "county with the second-most deaths is Morva County. The county is reporting 10 deaths.\n\n"
                       "Overall, the storm accounts for more than 215 deaths.")}},
     {{"a.md", article("unknown",
                       "Storm toll passes 100 in Norland\n\nThe storm is now responsible for more than 100 deaths in "
                       "Norland, the health department confirmed.\n\nNearly half of the deaths occurred in Tarn "
                       "County. Tarn County officials are now attributing 43 deaths for the county.\n\nThe Norland "
                       "county with the second-most deaths is Morva County. Officials are reporting 10 deaths.\n\n"
                       "Overall, the storm accounts for more than 215 deaths.")}}},
    {"an opener of an earlier figure right before the count needs no comma",
     "count-mismatch",
     {{"a.md", article("unknown",
                       "Earthquake in Varno\n\nThe earthquake killed 19 foreigners, the fire department said. "
                       "Earlier only two foreigners were reported as dead, but the number rose once the victims were "
                       "identified.")}},
     {{"a.md", article("unknown",
                       "Earthquake in Varno\n\nThe earthquake killed 19 foreigners, the fire department said. "
                       "Another report said only two foreigners were dead.")}}},
    {"a count after 'quake-triggered landslide' is the landslide's, a part of the quake's figure",
     "count-mismatch",
     {{"a.md", article("unknown",
                       "\nThe earthquake has killed 161 people, officials said. At the site of a quake-triggered "
                       "landslide that killed five people and destroyed three houses, rescuers searched through the "
                       "night.")}},
     {{"a.md", article("unknown",
                       "\nThe earthquake has killed 161 people, officials said. At the site, the quake killed five "
                       "people and destroyed three houses, rescuers searched through the night.")}}},
    {"a pronoun's report goes on with the speaker before it, a mayor of a named town",
     "count-mismatch",
     {{"a.md", article("unknown",
                       "Floods in Norland\n\nThe floods have killed 95 people, the government said. \"We were "
                       "trapped,\" said Ana Lind, mayor of Tarn, a town in the east, on the national radio. He said "
                       "six residents died and others were missing.")}},
     {{"a.md", article("unknown",
                       "Floods in Norland\n\nThe floods have killed 95 people, the government said. \"We were "
                       "trapped,\" said Ana Lind, a rescuer, on the national radio. He said six residents died and "
                       "others were missing.")}}},
    {"the day a toll was issued is its figures' moment, not the event's hour the sentence names",
     "toll-decreased",
     {{"a.md", article("2025-03-08",
                       "The powerful earthquake that struck Tarn province late on Friday has killed 820 people, "
                       "according to an updated report of the interior ministry.")},
      {"b.md", article("2025-03-09",
                       "At least 2,012 people were killed in the powerful earthquake that rocked Tarn province late "
                       "on Friday evening, according to an updated interior ministry toll issued on Saturday at 10 "
                       "pm.")}},
     {{"a.md", article("2025-03-08",
                       "The powerful earthquake that struck Tarn province late on Friday has killed 820 people, "
                       "according to an updated report of the interior ministry.")},
      {"b.md", article("2025-03-09",
                       "At least 2,012 people were killed in the powerful earthquake that rocked Tarn province on "
                       "Friday, the interior ministry said late on Friday.")}}},
    {"militants are a group of their own, never the whole toll",
     "toll-decreased",
     {{"a.md", article("2024-08-10",
                       "The air strike in Tarn on Saturday, August 10, killed more than 100 people, the civil "
                       "defence said.")},
      {"b.md", article("2024-08-11",
                       "After the air strike in Tarn on August 10, the army claimed that 19 militants "
                       "confirmed killed were members of armed groups.")}},
     {{"a.md", article("2024-08-10",
                       "The air strike in Tarn on Saturday, August 10, killed more than 100 people, the civil "
                       "defence said.")},
      {"b.md", article("2024-08-11",
                       "After the air strike in Tarn on August 10, the army claimed that 19 people "
                       "confirmed killed were members of armed groups.")}}},
    {"the figures after an editor's update note are the update's, not the original report's",
     "count-mismatch",
     {{"a.md", article("2025-05-02",
                       "Update: We have revised this article to reflect updated information on the number of "
                       "victims. According to the governor, 18 people died and 13 people were injured in the "
                       "shooting.\n\nAt least 16 people are dead in a shooting in Tarn on Thursday night, according "
                       "to police sources. At least 50 to 60 people are injured in the shooting, the sources said.")}},
     {{"a.md",
       article(
           "2025-05-02",
           "This article tells what is known about the victims. According to the governor, 18 people died and 13 people were injured in the "
           "shooting.\n\nAt least 16 people are dead in a shooting in Tarn on Thursday night, according "
           "to police sources. At least 50 to 60 people are injured in the shooting, the sources said.")}}},
    {"a subject that names its place ('The strikes in Tarn, an old port, killed') makes its counts that place's",
     "count-mismatch",
     {{"a.md", article("2024-07-08",
                       "A missile attack killed 31 people in Varno and Tarn on Monday, July 8, 2024.\n\nThe "
                       "strikes in Tarn, an old "
                       "port, killed 10 people and injured 47 by Tuesday, July 9.")},
      {"b.md", article("2024-07-09",
                       "The missile attack of Monday, July 8, 2024, had injured 154 people by Tuesday, "
                       "July 9.")}},
     {{"a.md", article("2024-07-08",
                       "A missile attack killed 31 people in Varno and Tarn on Monday, July 8, 2024.\n\nThe "
                       "strikes killed 10 "
                       "people and injured 47 by Tuesday, July 9.")},
      {"b.md", article("2024-07-09",
                       "The missile attack of Monday, July 8, 2024, had injured 154 people by Tuesday, "
                       "July 9.")}}},
    {"victims the next sentence splits into the dead, the injured and the missing are no toll",
     "count-mismatch",
     {{"a.md", article("2025-03-30",
                       "The earthquake struck Tarn on Friday, March 28, 2025. On Sunday, March 30, the city "
                       "reported a total of 103 victims. Of those, 32 have died, nine were injured and 62 remain "
                       "missing.")},
      {"b.md", article("2025-03-30",
                       "The earthquake of Friday, March 28, 2025, had killed 45 people by Sunday, March 30, the "
                       "city said.")}},
     {{"a.md", article("2025-03-30",
                       "The earthquake struck Tarn on Friday, March 28, 2025. On Sunday, March 30, the city "
                       "reported a total of 103 victims.")},
      {"b.md", article("2025-03-30",
                       "The earthquake of Friday, March 28, 2025, had killed 45 people by Sunday, March 30, the "
                       "city said.")}}},
    {"a day planned without its year ('elections scheduled for March 5') is the next such day",
     "event-date-mismatch",
     {{"a.md", article("unknown",
                       "The prime minister pledged to stay in power for six months, with elections scheduled for "
                       "March 5, 2026.")},
      {"b.md", article("2025-09-15",
                       "The new prime minister will oversee the upcoming parliamentary elections scheduled for "
                       "March 5.")},
      {"c.md", article("2025-09-16", "Parties are preparing for the elections scheduled for March 5.")}},
     {{"a.md", article("unknown",
                       "The prime minister pledged to stay in power for six months, with elections scheduled for "
                       "March 5, 2026.")},
      {"b.md", article("2025-09-15", "The new prime minister will oversee the parliamentary elections of March 5.")},
      {"c.md", article("2025-09-16", "Parties are preparing for the elections of March 5.")}}},
    {"a place after an aside of who they were ('five people, including three guards, died in Tarn')",
     "count-mismatch",
     {{"a.md", article("2025-10-01",
                       "The earthquake on Tuesday, September 30, 2025, killed at least 69 people.\n\nFive people, "
                       "including three coast guard officers and a firefighter, died in Tarn when the quake brought "
                       "down the walls of a gym.")}},
     {{"a.md", article("2025-10-01",
                       "The earthquake on Tuesday, September 30, 2025, killed at least 69 people.\n\nFive people, "
                       "including three coast guard officers and a firefighter, died when the quake brought down "
                       "the walls of a gym.")}}},
    {"two figures of one swap ten times apart, neither saying whose, are its two sides",
     "count-mismatch",
     {{"a.md", article("2025-02-22", "On Saturday, February 22, 2025, six hostages were freed in the exchange.")},
      {"b.md", article("2025-02-22", "On Saturday, February 22, 2025, 602 prisoners were freed in the exchange.")}},
     {{"a.md", article("2025-02-22", "On Saturday, February 22, 2025, six hostages were freed in the exchange.")},
      {"b.md", article("2025-02-22", "On Saturday, February 22, 2025, nine hostages were freed in the exchange.")}}},
    {"people hurt badly ('two critically injured people') are some of the injured, not the toll",
     "count-mismatch",
     {{"a.md", article("2025-03-05",
                       "The earthquake in Tarn on Tuesday, March 4, 2025, killed 4 people and injured 17. Two "
                       "critically injured people were flown to hospital by helicopter.")}},
     {{"a.md", article("2025-03-05",
                       "The earthquake in Tarn on Tuesday, March 4, 2025, killed 4 people and injured 17. Two "
                       "injured people were flown to hospital by helicopter.")}}},
    {"a status after the count ('remain unidentified') is what it counts, not a group of the toll",
     "breakdown-short",
     {{"a.md", article("2025-03-05",
                       "The earthquake in Tarn on Tuesday, March 4, 2025, killed at least 27 people. The victims "
                       "include 21 children, and 18 adults and four children remain unidentified.")}},
     {{"a.md", article("2025-03-05",
                       "The earthquake in Tarn on Tuesday, March 4, 2025, killed at least 27 people. The victims "
                       "include 21 children, and 18 adults and four children remain unnamed.")}}},
    {"victims who 'have been identified' after the count are the dead named so far, not the toll",
     "count-mismatch",
     {{"a.md", article("2025-03-05",
                       "The explosion at the Varno depot on Tuesday, March 4, 2025, killed 80 people.\n\nA total of "
                       "61 victims of the explosion have been identified by forensic teams, officials said.")}},
     {{"a.md", article("2025-03-05",
                       "The explosion at the Varno depot on Tuesday, March 4, 2025, killed 80 people.\n\nA total of "
                       "61 victims of the explosion have been counted by forensic teams, officials said.")}}},
    {"'Later on Tuesday' gives a figure later than the ones told before it that day: an update, not a rival",
     "count-mismatch",
     {{"a.md", article("2025-03-05",
                       "The quake in Tarn on Tuesday, March 4, 2025, damaged a dam.\n\nThe agency said on "
                       "Tuesday the quake had killed about 90 people. Later on Tuesday, the ministry gave a "
                       "preliminary figure of 275 deaths.")}},
     {{"a.md", article("2025-03-05",
                       "The quake in Tarn on Tuesday, March 4, 2025, damaged a dam.\n\nThe agency said on "
                       "Tuesday the quake had killed about 90 people. On Tuesday evening, the ministry gave a "
                       "preliminary figure of 275 deaths.")}}},
    {"'early on Wednesday' is an hour of that day, not compared with the day's other figures",
     "count-mismatch",
     {{"a.md", article("2025-03-05",
                       "Rescue workers resumed the search early on Wednesday, a day after the earthquake in Tarn, "
                       "with at least 151 people dead.")},
      {"b.md", article("2025-03-05",
                       "Around 132 people have died in the earthquake that hit Tarn a day ago, officials said on "
                       "Wednesday.")}},
     {{"a.md", article("2025-03-05",
                       "Rescue workers resumed the search on Wednesday, a day after the earthquake in Tarn, with "
                       "at least 151 people dead.")},
      {"b.md", article("2025-03-05",
                       "Around 132 people have died in the earthquake that hit Tarn a day ago, officials said on "
                       "Wednesday.")}}},
    {"after the page's toll, a figure told with why they died ('because ...') is some of them",
     "count-mismatch",
     {{"a.md", article("2025-05-20",
                       "The flood on Friday, May 16, 2025, killed nine people. Eight people died because they "
                       "could not get out of their homes.")}},
     {{"a.md", article("2025-05-20",
                       "The flood on Friday, May 16, 2025, killed nine people. Eight people died, officials "
                       "said.")}}},
    {"only in a place: 'Only in Kerr County, where the camp had stood ..., 43 died' is that place's",
     "count-mismatch",
     {{"a.md", article("2025-07-07",
                       "The floods that began on Friday, July 4, 2025, have killed more than 80 people. Only in "
                       "Kerr County, where the summer camp had stood by the river for a century, 43 people were "
                       "reported dead.")}},
     {{"a.md", article("2025-07-07",
                       "The floods that began on Friday, July 4, 2025, have killed more than 80 people. Only "
                       "then, when the summer camp by the river had been searched twice, 43 people were reported "
                       "dead.")}}},
    {"a plane's load in a swap ('landed carrying 125 people') is one batch, not the day's figure",
     "count-mismatch",
     {{"a.md", article("2023-04-14",
                       "On Friday, April 14, 2023, the two sides exchanged more than 300 prisoners in the first day "
                       "of the swap.")},
      {"b.md", article("2023-04-14",
                       "The swap began on Friday, April 14, 2023. The second exchange plane landed in Varno carrying "
                       "125 people.")}},
     {{"a.md", article("2023-04-14",
                       "On Friday, April 14, 2023, the two sides exchanged more than 300 prisoners in the first day "
                       "of the swap.")},
      {"b.md", article("2023-04-14",
                       "The swap began on Friday, April 14, 2023. The second exchange plane landed in Varno with 125 "
                       "people.")}}},
    {"'the freed group included two people from Tarn' names a part of those freed",
     "count-mismatch",
     {{"a.md", article("2025-06-22",
                       "On Saturday, June 21, 2025, the government freed 14 prisoners in an exchange. The freed group "
                       "included two people from Tarn, three from Varno and two from Ostrin.")}},
     {{"a.md", article("2025-06-22",
                       "On Saturday, June 21, 2025, the government freed 14 prisoners in an exchange. The freed group "
                       "was two people from Tarn, three from Varno and two from Ostrin.")}}},
    {"a title inside a quotation is the speaker's, not the writer's",
     "role-mismatch",
     {{"a.md", article("2024-07-14",
                       "The campaign's statement ended: \"President Trump thanks the first responders "
                       "for their quick work.\"")}},
     {{"a.md", article("2024-07-14",
                       "President Trump thanked the first responders for their quick work, the "
                       "campaign said.")}}},
};

}  // namespace

TEST_CASE("readings that are not the event's figure or stage") {
  for (const auto& c : cases) {
    const std::string name = c.name;
    CAPTURE(name);
    const auto accepted = findings_of(c.accepted);
    CAPTURE(dump(accepted));
    CHECK(of_rule(accepted, c.rule).empty());
    const auto flagged = findings_of(c.flagged);
    CAPTURE(dump(flagged));
    CHECK(of_rule(flagged, c.rule).size() == 1u);
  }
}
