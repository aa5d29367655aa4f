// ReferenceFacts: the shipped facts load, people are found by name or alias, terms decide
// who is in office on a day, and bad facts files are reported at file:line:col.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "checker/core/diagnostic.hpp"
#include "checker/engine/facts.hpp"

using namespace crosscheck;

namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }

std::filesystem::path write_facts(const std::string& name, const std::string& yaml) {
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck_engine_facts_test";
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  std::ofstream(path, std::ios::binary) << yaml;
  return path;
}

}  // namespace

TEST_CASE("ReferenceFacts shipped file") {
  ReferenceFacts facts;
  facts.add_file(default_facts_file());
  SUBCASE("events by id and by subject, any case") {
    const FactEvent* war = facts.event("war_start");
    REQUIRE(war != nullptr);
    CHECK(iso_date(war->date) == "2022-02-24");
    CHECK(facts.event_for_subject("War") == war);
    CHECK(facts.event_for_subject("full-scale invasion") == war);
    CHECK(facts.event_for_subject("election") == nullptr);
    CHECK(facts.event("no_such_event") == nullptr);
  }
  SUBCASE("offices by full name or alias, for the right title only") {
    const Office* trump = facts.office("Donald Trump", "president");
    REQUIRE(trump != nullptr);
    CHECK(facts.office("trump", "president") == trump);
    CHECK(facts.office("Donald J. Trump", "president") == trump);
    CHECK(facts.office("Trump", "foreign_minister") == nullptr);
    CHECK(facts.office("Zelenskyy", "president") == facts.office("Volodymyr Zelensky", "president"));
    CHECK(facts.office("Lavrov", "foreign_minister") != nullptr);
    CHECK(facts.office("Lavrov", "president") == nullptr);
    CHECK(facts.office("Jane Doe", "president") == nullptr);
    CHECK(trump->source == "reference.yaml");
  }
  SUBCASE("in_office: terms start inclusive, end exclusive, open terms run on") {
    const Office& trump = *facts.office("Trump", "president");
    struct Row {
      const char* day;
      bool in;
    };
    const Row rows[] = {
        {"2016-12-31", false}, {"2017-01-20", true}, {"2020-06-01", true}, {"2021-01-20", false},
        {"2023-05-01", false}, {"2025-01-20", true}, {"2030-01-01", true},
    };
    for (const auto& row : rows) {
      CAPTURE(row.day);
      CHECK(facts.in_office(trump, day(row.day)) == row.in);
    }
    const Office& biden = *facts.office("Biden", "president");
    CHECK(facts.in_office(biden, day("2023-05-01")));
    CHECK_FALSE(facts.in_office(biden, day("2025-05-23")));
  }
}

TEST_CASE("ReferenceFacts loading") {
  SUBCASE("several files add up") {
    ReferenceFacts facts;
    facts.add_file(default_facts_file());
    facts.add_file(
        write_facts("extra.yaml",
                    "events:\n  - id: quake\n    date: 2023-02-06\n    subjects: [earthquake]\n"
                    "offices:\n  - person: Jane Roe\n    title: mayor\n    terms:\n      - from: 2020-01-01\n"
                    "        to: 2024-01-01\n"));
    CHECK(facts.event("war_start") != nullptr);
    REQUIRE(facts.event("quake") != nullptr);
    CHECK(facts.event("quake")->name == "quake");  // no name: the id
    const Office* roe = facts.office("jane roe", "mayor");
    REQUIRE(roe != nullptr);
    CHECK(roe->source == "extra.yaml");
    CHECK(facts.in_office(*roe, day("2022-01-01")));
    CHECK_FALSE(facts.in_office(*roe, day("2024-01-01")));
  }
  SUBCASE("a fact id given twice, in one file or two, names both") {
    ReferenceFacts facts;
    facts.add_file(default_facts_file());
    const auto path = write_facts("again.yaml", "events:\n  - id: war_start\n    date: 2014-02-20\n");
    try {
      facts.add_file(path);
      FAIL("loaded a second war_start");
    } catch (const InputError& e) {
      CHECK(e.where().path == path.string());
      CHECK(e.where().line == 2);
      CHECK(e.where().column == 9);
      CHECK(e.message().find("duplicate fact id 'war_start' (also in") != std::string::npos);
      CHECK(e.message().find("reference.yaml") != std::string::npos);
    }
  }
  SUBCASE("an empty file adds nothing") {
    ReferenceFacts facts;
    facts.add_file(write_facts("empty.yaml", "# nothing yet\n"));
    CHECK(facts.events.empty());
    CHECK(facts.offices.empty());
  }
  SUBCASE("errors name the file, line and column") {
    struct Row {
      const char* name;
      const char* yaml;
      int line, column;
      const char* message;
    };
    const Row rows[] = {
        {"top-key.yaml", "events: []\npeople: []\n", 2, 1, "unknown key 'people'"},
        {"event-key.yaml", "events:\n  - id: war_start\n    date: 2022-02-24\n    when: soon\n", 4, 5,
         "unknown key 'when' in an event"},
        {"bad-date.yaml", "events:\n  - id: war_start\n    date: 24 February 2022\n", 3, 11,
         "date must be a date YYYY-MM-DD"},
        {"events-map.yaml", "events:\n  war_start: 2022-02-24\n", 2, 3, "events must be a list"},
        {"no-terms.yaml", "offices:\n  - person: Jane Roe\n    title: mayor\n", 2, 5,
         "an office needs a list of terms"},
        {"no-title.yaml", "offices:\n  - person: Jane Roe\n    terms: []\n", 2, 5, "an office needs person and title"},
        {"term-order.yaml",
         "offices:\n  - person: Jane Roe\n    title: mayor\n    terms:\n      - {from: 2024-01-01, to: 2020-01-01}\n",
         5, 9, "a term cannot end before it starts"},
        // found by fuzzing: an entry without its id threw yaml-cpp's InvalidNode, not an InputError
        {"no-id.yaml", "events:\n  - date: 2022-02-24\n    place: [Kyiv]\n", 2, 5, "an event needs 'id'"},
        {"no-date.yaml", "events:\n  - id: war_start\n", 2, 5, "an event needs 'date'"},
        {"null-id.yaml", "events:\n  - id:\n    date: 2022-02-24\n", 2, 5, "an event needs 'id'"},
        {"no-from.yaml", "offices:\n  - person: Jane Roe\n    title: mayor\n    terms:\n      - {to: 2020-01-01}\n", 5,
         9, "a term needs 'from'"},
        {"term-date.yaml", "offices:\n  - person: Jane Roe\n    title: mayor\n    terms:\n      - {from: last year}\n",
         5, 16, "from must be a date"},
    };
    for (const auto& row : rows) {
      CAPTURE(row.name);
      const auto path = write_facts(row.name, row.yaml);
      ReferenceFacts facts;
      try {
        facts.add_file(path);
        FAIL("loaded a broken facts file");
      } catch (const InputError& e) {
        CHECK(e.where().path == path.string());
        CHECK(e.where().line == row.line);
        CHECK(e.where().column == row.column);
        CHECK(e.message().find(row.message) != std::string::npos);
      }
    }
  }
}
