// extract_time_claims, extract_place_claims, extract_label_claims: times of day, places and
// labels become claims with the property a word of their clause gives, hung on the event word
// of their clause, and their numbers are never counts.
#include <doctest/doctest.h>

#include "checker/claims/claim_json.hpp"
#include "tests/claims/claims_corpus.hpp"

using namespace crosscheck;
using namespace crosscheck::test;

namespace {

const std::string published = "---\npublished: 2026-02-11\n---\n";

bool counted(const DocumentClaims& doc, double value) {
  for (const auto* c : claims_of(doc, ClaimKind::count))
    if (count_value(*c) == value) return true;
  return false;
}

}  // namespace

TEST_CASE("extract_time_claims") {
  SUBCASE("a quake's time with its zone is its onset") {
    const auto doc = extract_text(published + "A strong earthquake struck at 3:25 a.m. local time on Tuesday.\n");
    const Claim* time = find_claim(doc, ClaimKind::time_of_day, "3:25");
    REQUIRE(time != nullptr);
    CHECK(time->property == "onset");
    CHECK(time->text == "at 3:25 a.m. local time");
    const auto& v = std::get<TimeOfDayValue>(time->value);
    CHECK(v.minutes == 205);
    CHECK(v.zone == "local");
    CHECK_FALSE(v.utc_minutes.has_value());
    CHECK(mention_type(doc, *time) == "earthquake");
    CHECK(has_explain(*time, "onset from 'struck'"));
    CHECK(describe_value(*time) == "03:25 local");
    const auto json = claim_json(*time, false);
    CHECK(json["kind"] == "time_of_day");
    CHECK(json["value"]["time"] == "03:25");
    CHECK(json["value"]["zone"] == "local");
    CHECK_FALSE(counted(doc, 3));
    CHECK_FALSE(counted(doc, 25));
  }
  SUBCASE("a time whose clause says nothing of what happened then") {
    const auto doc =
        extract_text(published + "After the earthquake, the governor spoke to reporters at 11:00 GMT on Tuesday.\n");
    const Claim* time = find_claim(doc, ClaimKind::time_of_day, "11:00");
    REQUIRE(time != nullptr);
    CHECK(time->property == "time");
    CHECK(std::get<TimeOfDayValue>(time->value).utc_minutes == 660);
  }
}

TEST_CASE("extract_time_claims: another occurrence") {
  SUBCASE("an aftershock's time is not the quake's onset") {
    const auto doc = extract_text(
        published + "A strong aftershock struck at 6:10 a.m. local time on Tuesday, after the earthquake.\n");
    const Claim* time = find_claim(doc, ClaimKind::time_of_day, "6:10");
    REQUIRE(time != nullptr);
    CHECK(time->property == "time");
    CHECK(has_explain(*time, "'aftershock' in its clause is another occurrence"));
  }
  SUBCASE("so is a new quake's, told after the main shock") {
    const auto doc = extract_text(published + "The new quake occurred around 10:54 local time, the agency said.\n");
    const Claim* time = find_claim(doc, ClaimKind::time_of_day, "10:54");
    REQUIRE(time != nullptr);
    CHECK(time->property == "time");
  }
}

TEST_CASE("extract_time_claims: the moment a figure was true is not the event's") {
  const auto doc = extract_text(published +
                                "The death toll from the earthquake that struck the coast on Monday rose to 260 as "
                                "of 3 p.m. Thursday.\n\nThe toll of the quake that struck on Monday climbed to 250 "
                                "at 6 p.m.\n\nThe quake struck at 4:10 p.m. on Monday.\n");
  for (const char* text : {"3 p.m.", "6 p.m."}) {
    CAPTURE(text);
    const Claim* time = find_claim(doc, ClaimKind::time_of_day, text);
    REQUIRE(time != nullptr);
    CHECK(time->property == "time");
    CHECK(has_explain(*time, "the moment its sentence's figures were true"));
  }
  const Claim* onset = find_claim(doc, ClaimKind::time_of_day, "4:10");
  REQUIRE(onset != nullptr);
  CHECK(onset->property == "onset");
}

TEST_CASE("extract_time_claims: a range of times") {
  SUBCASE("neither end of 'between 3:15am and 4:05am' is the onset") {
    const auto doc = extract_text(published + "The collapse happened between 3:15am and 4:05am on Tuesday.\n");
    for (const char* text : {"3:15am", "4:05am"}) {
      CAPTURE(text);
      const Claim* time = find_claim(doc, ClaimKind::time_of_day, text);
      REQUIRE(time != nullptr);
      CHECK(time->property == "time");
      CHECK(has_explain(*time, "an end of a range of times"));
    }
  }
  SUBCASE("two times told apart are not a range") {
    const auto doc =
        extract_text(published + "The collapse happened at 3:15am, and the police arrived at 4:05am on Tuesday.\n");
    const Claim* time = find_claim(doc, ClaimKind::time_of_day, "3:15am");
    REQUIRE(time != nullptr);
    CHECK(time->property == "onset");
  }
}

TEST_CASE("extract_place_claims") {
  SUBCASE("an epicentre in a gazetteer region") {
    const auto doc = extract_text(published + "The earthquake's epicentre was in Hokkaido, the agency said.\n");
    const Claim* place = find_claim(doc, ClaimKind::place, "Hokkaido");
    REQUIRE(place != nullptr);
    CHECK(place->property == "epicentre");
    const auto& v = std::get<PlaceValue>(place->value);
    CHECK(v.name == "Hokkaido");
    CHECK(v.known);
    CHECK(v.country == "Japan");
    CHECK(mention_type(doc, *place) == "earthquake");
    CHECK(claim_json(*place, false)["value"]["within"] == nlohmann::json::array({"Japan"}));
  }
  SUBCASE("a place not in the gazetteer is read and says it is never compared") {
    const auto doc = extract_text(published + "The storm made landfall near Port Avery on Tuesday.\n");
    const Claim* place = find_claim(doc, ClaimKind::place, "Port Avery");
    REQUIRE(place != nullptr);
    CHECK(place->property == "landfall");
    CHECK_FALSE(std::get<PlaceValue>(place->value).known);
    CHECK(std::get<PlaceValue>(place->value).preposition == "near");
    CHECK(has_explain(*place, "not in the gazetteer"));
  }
  SUBCASE("no place without a word that says which place of the event it is") {
    const auto doc = extract_text(published + "After the earthquake, a minister in Hokkaido asked for calm.\n");
    CHECK(claims_of(doc, ClaimKind::place).empty());
  }
}

TEST_CASE("extract_label_claims") {
  SUBCASE("a vessel's name") {
    const auto doc =
        extract_text(published + "The tanker Sea Harrow exploded off the coast on Tuesday, killing 4 sailors.\n");
    const Claim* label = find_claim(doc, ClaimKind::label, "Sea Harrow");
    REQUIRE(label != nullptr);
    CHECK(label->property == "vessel");
    CHECK(std::get<LabelValue>(label->value).name == "Sea Harrow");
    CHECK(std::get<LabelValue>(label->value).introducer == "The tanker");
    CHECK(claim_json(*label, false)["value"]["name"] == "Sea Harrow");
    CHECK(counted(doc, 4));
  }
}
