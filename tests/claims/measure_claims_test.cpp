// extract_measure_claims: ages of a released group's extremes and other measures become
// measure claims with property, amount and unit, hung on the event word of their clause, and
// their numbers are never counts.
#include <doctest/doctest.h>

#include "tests/claims/claims_corpus.hpp"

using namespace crosscheck;
using namespace crosscheck::test;

namespace {

const std::string published = "---\npublished: 2025-03-14\n---\n";

const MeasureValue& measure_of(const Claim& claim) { return std::get<MeasureValue>(claim.value); }

// True when some count claim of `doc` has `value`.
bool counted(const DocumentClaims& doc, double value) {
  for (const auto* c : claims_of(doc, ClaimKind::count))
    if (count_value(*c) == value) return true;
  return false;
}

}  // namespace

TEST_CASE("extract_measure_claims") {
  SUBCASE("ages of the youngest and oldest returnees hang on the exchange") {
    const auto doc = extract_text(published +
                                  "After Thursday's exchange, officials said the youngest of the returnees was "
                                  "23 years old and the eldest 58.\n");
    const Claim* youngest = find_claim(doc, ClaimKind::measure, "youngest");
    REQUIRE(youngest != nullptr);
    CHECK(youngest->property == "age_youngest");
    CHECK(youngest->text == "the youngest of the returnees was 23 years old");
    CHECK(measure_of(*youngest).amount == 23);
    CHECK(measure_of(*youngest).lo == 23);
    CHECK(measure_of(*youngest).hi == 23);
    CHECK(measure_of(*youngest).unit == "year");
    CHECK(youngest->qualifier == Qualifier::exact);
    CHECK(youngest->scope == Scope::unspecified);  // the scope pass decides whose group it is
    CHECK(mention_type(doc, *youngest) == "exchange");
    CHECK(has_explain(*youngest, "age_youngest from 'youngest'"));

    const Claim* oldest = find_claim(doc, ClaimKind::measure, "eldest");
    REQUIRE(oldest != nullptr);
    CHECK(oldest->property == "age_oldest");
    CHECK(measure_of(*oldest).amount == 58);
    CHECK(mention_type(doc, *oldest) == "exchange");

    CHECK_FALSE(counted(doc, 23));
    CHECK_FALSE(counted(doc, 58));
  }

  SUBCASE("'more than N' bounds its number; it compares no measure after it") {
    const auto doc = extract_text(published +
                                  "Rescuers reached a survivor more than 90 hours after a magnitude 6.9 earthquake "
                                  "struck the valley. It was stronger than the magnitude 6.1 quake of 1999.\n");
    const Claim* quake = find_claim(doc, ClaimKind::measure, "6.9");
    REQUIRE(quake != nullptr);
    CHECK(quake->property == "magnitude");
    CHECK(find_claim(doc, ClaimKind::measure, "6.1") == nullptr);  // the one compared with
  }

  SUBCASE("an age written before the age word is no count") {
    const auto doc = extract_text(published + "Hanna Lysenko, 76, was the oldest of those freed in the exchange.\n");
    const auto measures = claims_of(doc, ClaimKind::measure);
    REQUIRE(measures.size() == 1);
    CHECK(measures[0]->property == "age_oldest");
    CHECK(measure_of(*measures[0]).amount == 76);
    CHECK(measure_of(*measures[0]).unit == "year");
    CHECK(mention_type(doc, *measures[0]) == "exchange");
    CHECK_FALSE(counted(doc, 76));
  }

  SUBCASE("the count of a group and its ages are separate claims") {
    const auto doc = extract_text(published +
                                  "Ukraine and Russia swapped 120 prisoners each on Thursday; "
                                  "the oldest was 62 and the youngest 19.\n");
    CHECK(counted(doc, 120));
    CHECK_FALSE(counted(doc, 62));
    CHECK_FALSE(counted(doc, 19));
    const auto measures = claims_of(doc, ClaimKind::measure);
    REQUIRE(measures.size() == 2);
    CHECK(measures[0]->property == "age_oldest");
    CHECK(measures[1]->property == "age_youngest");
    CHECK(measure_of(*measures[1]).amount == 19);
  }

  SUBCASE("other measures take their unit and the event of their clause") {
    const auto doc =
        extract_text(published + "A 6.3-magnitude earthquake struck the valley at a depth of 11 km on Thursday.\n");
    const Claim* magnitude = find_claim(doc, ClaimKind::measure, "magnitude");
    REQUIRE(magnitude != nullptr);
    CHECK(magnitude->property == "magnitude");
    CHECK(measure_of(*magnitude).amount == doctest::Approx(6.3));
    CHECK(measure_of(*magnitude).unit.empty());
    CHECK(mention_type(doc, *magnitude) == "earthquake");
    const Claim* depth = find_claim(doc, ClaimKind::measure, "depth");
    REQUIRE(depth != nullptr);
    CHECK(depth->property == "depth");
    CHECK(measure_of(*depth).amount == 11);
    CHECK(measure_of(*depth).unit == "km");
    CHECK(mention_type(doc, *depth) == "earthquake");
    CHECK_FALSE(counted(doc, 11));
  }

  SUBCASE("an individual's age is no claim at all") {
    const auto doc = extract_text(published + "A 27-year-old man, aged 27 when captured, was freed in the swap.\n");
    CHECK(claims_of(doc, ClaimKind::measure).empty());
    CHECK_FALSE(counted(doc, 27));
  }
}

TEST_CASE("other sources' readings of a measure in its sentence") {
  const auto doc =
      extract_text(published +
                   "Officials said the earthquake on Friday was magnitude 6.1, while the survey recorded "
                   "6.3 and seismologists abroad reported a reading of 6.6. It recorded 12 aftershocks.\n");
  const Claim* survey = find_claim(doc, ClaimKind::measure, "6.3");
  REQUIRE(survey != nullptr);
  CHECK(survey->property == "magnitude");
  CHECK(measure_of(*survey).amount == doctest::Approx(6.3));
  const Claim* abroad = find_claim(doc, ClaimKind::measure, "6.6");
  REQUIRE(abroad != nullptr);
  CHECK(abroad->property == "magnitude");
  // a whole number is not a reading of a decimal measure
  CHECK(find_claim(doc, ClaimKind::measure, "12") == nullptr);
}

TEST_CASE("a measure right before an event word measures that event, not the one before it") {
  const auto doc = extract_text(
      "---\npublished: 2025-04-02\n---\nThe earthquake struck on Friday.\n\nHe said Friday's earthquake was the "
      "second most powerful on record after a magnitude 8 quake east of the city in May 1912.\n");
  const Claim* eight = find_claim(doc, ClaimKind::measure, "magnitude 8");
  REQUIRE(eight != nullptr);
  CHECK(has_explain(*eight, "the event word it modifies"));
  // the quake of 1912 right after it, not "Friday's earthquake"
  REQUIRE(doc.claim_mention.size() == doc.claims.size());
  const auto index = static_cast<std::size_t>(eight - doc.claims.data());
  REQUIRE(doc.claim_mention[index]);
  CHECK(doc.events[*doc.claim_mention[index]].local_begin == eight->snippet.find("quake east"));
}

TEST_CASE("a preliminary magnitude, a range with a dash and a list of magnitudes") {
  const auto doc = extract_text(published +
                                "The agency calculated its preliminary magnitude at 5.9.\n\n"
                                "The 6.4 – 6.6 magnitude quake was felt far away.\n\n"
                                "Shallow quakes of 5.2, 6.9 and 5.8 magnitude devastated the province.\n");
  const Claim* early = find_claim(doc, ClaimKind::measure, "5.9");
  REQUIRE(early != nullptr);
  CHECK(early->not_event.find("a preliminary figure") != std::string::npos);
  const Claim* range = find_claim(doc, ClaimKind::measure, "6.6");
  REQUIRE(range != nullptr);
  CHECK(measure_of(*range).amount == doctest::Approx(6.4));
  REQUIRE(measure_of(*range).amount_hi);
  CHECK(*measure_of(*range).amount_hi == doctest::Approx(6.6));
  // whose each one is, the list does not say
  CHECK(find_claim(doc, ClaimKind::measure, "5.8") == nullptr);
}
