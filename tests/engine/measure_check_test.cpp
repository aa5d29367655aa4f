// measure-mismatch (check measure): measures of one event compared with each property's
// tolerance; revisions ("later upgraded to") leave the superseded value out; tolerances
// that do not parse are rule errors.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "checker/core/diagnostic.hpp"
#include "checker/engine/check.hpp"
#include "tests/support/shipped_rules.hpp"

using namespace crosscheck;
using namespace crosscheck::test;

TEST_CASE("measure-mismatch") {
  SUBCASE("flagged: magnitudes half a point apart") {
    const auto findings = findings_of({
        {"a.md", article("2025-08-04", "A magnitude 6.4 earthquake struck the coast on Sunday, August 3, 2025.")},
        {"b.md", article("2025-08-04", "A 5.9-magnitude earthquake struck the coast on Sunday, August 3, 2025.")},
    });
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "measure-mismatch");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->kind == "measure_mismatch");
    CHECK(found[0]->message.find("6.4") != std::string::npos);
    CHECK(found[0]->message.find("5.9") != std::string::npos);
    CHECK(found[0]->message.find("tolerance 0.1") != std::string::npos);
  }
  SUBCASE("accepted: magnitudes within the tolerance") {
    const auto findings = findings_of({
        {"a.md", article("2025-08-04", "A magnitude 6.4 earthquake struck the coast on Sunday, August 3, 2025.")},
        {"b.md", article("2025-08-04", "A 6.3-magnitude earthquake struck the coast on Sunday, August 3, 2025.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "measure-mismatch").empty());
  }
  SUBCASE("accepted: the first value of a revision another source still gives") {
    const auto findings = findings_of({
        {"a.md", article("2025-08-04", "A magnitude 6.0 earthquake struck the coast on Sunday, August 3, 2025.")},
        {"b.md", article("2025-08-05",
                         "The earthquake that struck the coast on Sunday, August 3, 2025, had a magnitude of 6.0, "
                         "later upgraded to 6.4.")},
        {"c.md", article("2025-08-05", "A magnitude 6.4 earthquake struck the coast on Sunday, August 3, 2025.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "measure-mismatch").empty());
  }
  SUBCASE("flagged: depths beyond 5 km") {
    const auto findings = findings_of({
        {"a.md", article("2025-08-04", "The earthquake struck on Sunday, August 3, 2025, at a depth of 10 km.")},
        {"b.md", article("2025-08-04", "The earthquake struck on Sunday, August 3, 2025, at a depth of 35 km.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "measure-mismatch").size() == 1);
  }
  SUBCASE("accepted: the depth of a new quake told after its main shock") {
    const auto findings = findings_of({
        {"a.md", article("2025-08-04", "The earthquake struck on Sunday, August 3, 2025, at a depth of 16 km.")},
        {"b.md", article("2025-08-04",
                         "The coast suffered a new aftershock on Monday, after the earthquake of Sunday, August 3, "
                         "2025. The new quake occurred at a depth of 10 km.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "measure-mismatch").empty());
  }
  SUBCASE("accepted: wind speeds of different days") {
    const auto findings = findings_of({
        {"a.md", article("2025-09-14",
                         "The storm that made landfall on Sunday, September 14, 2025, brought winds of 220 km/h.")},
        {"b.md", article("2025-09-16",
                         "The storm that made landfall on Sunday, September 14, 2025, brought winds of 90 km/h.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "measure-mismatch").empty());
  }
  SUBCASE("accepted: an area burned at an hour and one of the same day at no hour") {
    // the fire grew over the day: a page's figure at no hour may be of a later hour
    const auto findings = findings_of({
        {"a.md", article("2025-03-22",
                         "The wildfire broke out on Friday, March 21, 2025. As of 3 p.m., the area "
                         "burned by the wildfire had expanded to 290 hectares.")},
        {"b.md", article("2025-03-22",
                         "The wildfire broke out on Friday, March 21, 2025. So far, the wildfire has burned 503 "
                         "hectares of forest, authorities said.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "measure-mismatch").empty());
  }
  SUBCASE("accepted: winds of one published day at no hour (they change by the hour: hourly_properties)") {
    const auto findings = findings_of({
        {"a.md", article("2025-09-14",
                         "The storm that made landfall on Sunday, September 14, 2025, brought winds of 220 km/h.")},
        {"b.md", article("2025-09-14",
                         "The storm that made landfall on Sunday, September 14, 2025, brought winds of 90 km/h.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "measure-mismatch").empty());
  }
  SUBCASE("flagged: areas burned at one hour both pages write") {
    const auto findings = findings_of({
        {"a.md", article("2025-03-22",
                         "The wildfire broke out on Friday, March 21, 2025. As of 3 p.m. Saturday, "
                         "the wildfire had burned 290 hectares.")},
        {"b.md", article("2025-03-22",
                         "The wildfire broke out on Friday, March 21, 2025. As of 3 p.m. Saturday, "
                         "the wildfire had burned 503 hectares.")},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "measure-mismatch").size() == 1);
  }
}

TEST_CASE("measure tolerances") {
  SUBCASE("parsed as absolute or relative") {
    const auto abs = parse_property_tolerance("depth=5");
    REQUIRE(abs);
    CHECK(abs->property == "depth");
    CHECK(abs->amount == doctest::Approx(5));
    CHECK_FALSE(abs->relative);
    const auto rel = parse_property_tolerance("wind_speed=10%");
    REQUIRE(rel);
    CHECK(rel->relative);
    CHECK(rel->amount == doctest::Approx(0.1));
  }
  SUBCASE("a malformed tolerance is a rule error at its position") {
    const auto dir = std::filesystem::temp_directory_path() / "crosscheck_measure_check_test";
    std::filesystem::create_directories(dir);
    const auto path = dir / "bad.yaml";
    std::ofstream(path) << "id: bad\ncheck: measure\nlevel: warning\nmessage: \"{value}\"\n"
                           "params:\n  tolerances: [magnitude=0.1, depth=five]\n"
                           "docs:\n  summary: s\n  flagged: f\n  accepted: a\n";
    try {
      load_rule_file(path);
      FAIL("expected an InputError");
    } catch (const InputError& e) {
      CHECK(e.message().find("depth=five") != std::string::npos);
      CHECK(e.where().line == 6);
    }
  }
}

TEST_CASE("measure-mismatch: a page that gives several agencies' readings contradicts none") {
  const auto findings = crosscheck::test::findings_of(
      {{"a.md",
        "---\npublished: 2026-07-05\n---\nThe earthquake on Friday was magnitude 7.2, officials said, while "
        "the survey recorded 7.4.\n"},
       {"b.md", "---\npublished: 2026-07-05\n---\nThe earthquake on Friday had a magnitude of 7.4.\n"}});
  CAPTURE(crosscheck::test::dump(findings));
  CHECK(crosscheck::test::of_rule(findings, "measure-mismatch").empty());
}
