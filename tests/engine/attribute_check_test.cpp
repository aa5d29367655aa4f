// The attribute check through the shipped rules time-of-day-mismatch and place-mismatch: one
// event's time or place given differently by two sources is flagged; readings that may both
// hold (within a tolerance, a place within the other, a zone that does not convert, a place
// not in the gazetteer) are not.
#include <doctest/doctest.h>

#include "tests/support/shipped_rules.hpp"

using namespace crosscheck;
using crosscheck::test::findings_of;

namespace {

std::string article(const std::string& body) { return "---\npublished: 2026-03-04\n---\n" + body + "\n"; }

std::vector<Finding> of_rule(const std::vector<Finding>& findings, std::string_view rule) {
  std::vector<Finding> out;
  for (const auto& f : findings)
    if (f.rule == rule) out.push_back(f);
  return out;
}

std::vector<Finding> times(const std::string& a, const std::string& b) {
  return of_rule(findings_of({{"a.txt", article(a)}, {"b.txt", article(b)}}), "time-of-day-mismatch");
}

std::vector<Finding> places(const std::string& a, const std::string& b) {
  return of_rule(findings_of({{"a.txt", article(a)}, {"b.txt", article(b)}}), "place-mismatch");
}

}  // namespace

TEST_CASE("time-of-day-mismatch") {
  SUBCASE("flagged: two local times hours apart") {
    const auto found = times("The earthquake struck at 4:10 a.m. local time on March 3, 2026.",
                             "The earthquake struck at about 7:45 a.m. local time on March 3, 2026.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == "time_of_day_mismatch");
    CHECK(found[0].level == Level::warning);
    CHECK(found[0].event == "earthquake@2026-03-03");
    CHECK(found[0].primary.path == "b.txt");
    CHECK(found[0].message.find("about 07:45 local") != std::string::npos);
    CHECK(found[0].message.find("04:10 local") != std::string::npos);
  }
  SUBCASE("accepted: the same moment in two zones that convert") {
    CHECK(times("The earthquake struck at 4:10 a.m. local time (1910 GMT) on March 3, 2026.",
                "The earthquake struck at 19:10 GMT on March 3, 2026.")
              .empty());
  }
  SUBCASE("accepted: shortly after the hour and a time within it") {
    CHECK(times("The earthquake struck shortly after 4 a.m. on March 3, 2026.",
                "The earthquake struck at 4:20 a.m. on March 3, 2026.")
              .empty());
  }
  SUBCASE("not compared: an article that gives the event two onsets itself") {
    CHECK(times("The earthquake struck at 4:10 a.m. on March 3, 2026. A strong jolt hit at 9:30 a.m. on March 3, "
                "2026, and the earthquake struck again.",
                "The earthquake struck at 9:30 a.m. on March 3, 2026.")
              .empty());
  }
  SUBCASE("not compared: a time with no zone (a foreign outlet's clock) against local time") {
    CHECK(times("The earthquake struck at 3:10 p.m. on March 3, 2026.",
                "The earthquake struck at 1:10 p.m. local time (02:10 GMT) on March 3, 2026.")
              .empty());
  }
  SUBCASE("not compared: local time against a zone it does not convert to") {
    CHECK(times("The earthquake struck at 4:10 a.m. local time on March 3, 2026.",
                "The earthquake struck at 11:30 p.m. EDT on March 3, 2026.")
              .empty());
  }
}

TEST_CASE("place-mismatch") {
  SUBCASE("flagged: two regions for one landfall") {
    const auto found = places("On May 4, 2026 the storm made landfall in Louisiana.",
                              "The storm made landfall in Texas on May 4, 2026.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == "place_mismatch");
    CHECK(found[0].event == "storm@2026-05-04");
    CHECK(found[0].message.find("Texas") != std::string::npos);
    CHECK(found[0].message.find("Louisiana") != std::string::npos);
  }
  SUBCASE("accepted: landfalls in two countries are two of a storm's landfalls") {
    CHECK(
        places("On May 4, 2026 the storm made landfall in Taiwan.", "The storm made landfall in Japan on May 4, 2026.")
            .empty());
    // an epicentre is one point: two countries conflict
    CHECK(places("On May 4, 2026 the epicentre of the earthquake was in Taiwan.",
                 "The epicentre of the earthquake was in Japan on May 4, 2026.")
              .size() == 1);
  }
  SUBCASE("accepted: a region within the country the other names") {
    CHECK(places("On May 4, 2026 the storm made landfall in Louisiana.",
                 "The storm made landfall in the United States on May 4, 2026.")
              .empty());
  }
  SUBCASE("near a place: compared by country only") {
    CHECK(places("The earthquake struck near Honshu on March 3, 2026.",
                 "The earthquake struck in Hokkaido on March 3, 2026.")
              .empty());
    CHECK(places("The earthquake struck near Luzon on March 3, 2026.",
                 "The earthquake struck in Hokkaido on March 3, 2026.")
              .size() == 1);
  }
  SUBCASE("not compared: a place not in the gazetteer") {
    CHECK(places("On May 4, 2026 the storm made landfall near Port Avery.",
                 "The storm made landfall in Texas on May 4, 2026.")
              .empty());
  }
}
