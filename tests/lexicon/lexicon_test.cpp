#include "checker/lexicon/lexicon.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

#include "checker/core/diagnostic.hpp"

namespace {

std::filesystem::path write_temp(const std::string& name, const std::string& text) {
  auto dir = std::filesystem::temp_directory_path() / "crosscheck-lexicon-test";
  std::filesystem::create_directories(dir);
  auto path = dir / name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace

TEST_CASE("Lexicon") {
  SUBCASE("reads maps of lists and plain lists") {
    crosscheck::Lexicon lexicon;
    lexicon.add_file(
        write_temp("a.yaml", "categories:\n  military: [soldiers, military personnel]\nplain: [so far]\n"));
    CHECK(lexicon.section("categories").size() == 2);
    CHECK(lexicon.lookup("categories", "Soldiers") == "military");
    CHECK(lexicon.lookup("plain", "so far") == "so far");
    CHECK(lexicon.section("missing").empty());
  }
  SUBCASE("broken YAML names file, line and column") {
    crosscheck::Lexicon lexicon;
    auto path = write_temp("broken.yaml", "categories:\n  military: [soldiers,\n");
    try {
      lexicon.add_file(path);
      FAIL("expected an InputError");
    } catch (const crosscheck::InputError& e) {
      CHECK(e.where().path == path.string());
      CHECK(e.where().line >= 2);
      CHECK(e.where().column >= 1);
    }
  }
  SUBCASE("wrong shapes are errors at the node") {
    crosscheck::Lexicon lexicon;
    auto path = write_temp("shape.yaml", "categories:\n  military: {a: b}\n");
    CHECK_THROWS_AS(lexicon.add_file(path), crosscheck::InputError);
  }
  SUBCASE("the shipped lexicon loads") {
    auto lexicon = crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir());
    CHECK_FALSE(lexicon.section_names().empty());
  }
  SUBCASE("sibling language directories extend the base for their language") {
    const auto root = std::filesystem::temp_directory_path() / "crosscheck-lexicon-overlays";
    std::filesystem::remove_all(root);
    for (const char* dir : {"en", "es", "notes", "pt"}) std::filesystem::create_directories(root / dir);
    std::ofstream(root / "en" / "a.yaml") << "categories:\n  military: [soldiers]\nplain: [so far]\n";
    std::ofstream(root / "es" / "a.yaml") << "categories:\n  military: [soldados]\n  people: [soldiers]\n";
    std::ofstream(root / "notes" / "a.yaml") << "categories:\n  people: [nobody]\n";
    auto lexicon = crosscheck::Lexicon::load_directory(root / "en");
    CHECK(lexicon.languages() == std::vector<std::string>{"es", "pt"});  // "notes" is no language tag
    CHECK(lexicon.lookup("categories", "soldados") == "");
    const crosscheck::Lexicon* es = lexicon.for_language("es-MX");
    REQUIRE(es != nullptr);
    CHECK(es->lookup("categories", "soldados") == "military");
    CHECK(es->lookup("categories", "soldiers") == "people");  // the overlay's reading comes first
    CHECK(es->section("categories").size() == 3);
    CHECK(es->lookup("plain", "so far") == "so far");  // base sections are kept
    CHECK(lexicon.for_language("ES_es") == es);
    CHECK(lexicon.for_language("de") == nullptr);
    CHECK(lexicon.for_language("pt")->section("categories").size() == 1);
  }
  SUBCASE("the shipped overlays") {
    auto lexicon = crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir());
    CHECK(lexicon.languages() == std::vector<std::string>{"es", "it"});
    CHECK(lexicon.for_language("es")->lookup("date_months", "mayo") == "5");
    CHECK(lexicon.for_language("it")->lookup("count_categories", "prigionieri") == "people");
    CHECK(crosscheck::primary_language("It-IT") == "it");
  }
}

TEST_CASE("Lexicon::load_extended: a newsroom's own words extend the shipped ones") {
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck-lexicon-extend";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "storms.yaml", std::ios::binary)
      << "event_triggers:\n  storm: [made landfall]\ncount_categories:\n  displaced: [evacuated residents]\n";
  const auto lexicon = crosscheck::Lexicon::load_extended(crosscheck::default_lexicon_dir(), dir);
  SUBCASE("sections it leaves out keep the shipped entries") {
    CHECK_FALSE(lexicon.section("date_months").empty());
    CHECK_FALSE(lexicon.section("number_qualifiers").empty());
  }
  SUBCASE("its entries come first, and the shipped ones of the same section follow") {
    const auto& triggers = lexicon.section("event_triggers");
    REQUIRE_FALSE(triggers.empty());
    CHECK(triggers.front().phrase == "made landfall");
    CHECK(lexicon.lookup("event_triggers", "earthquake") == "earthquake");
    CHECK(lexicon.lookup("count_categories", "evacuated residents") == "displaced");
  }
  SUBCASE("language overlays still apply, over the extended base") {
    const auto* spanish = lexicon.for_language("es");
    REQUIRE(spanish != nullptr);
    CHECK(spanish->lookup("event_triggers", "made landfall") == "storm");
    CHECK_FALSE(spanish->section("date_months").empty());
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("Lexicon::load_extended: a section the shipped lexicon does not have is a typo") {
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck-lexicon-typo";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a.yaml", std::ios::binary) << "event_triggers:\n  storm: [made landfall]\n"
                                                  << "count_categores:\n  displaced: [evacuees]\n";
  try {
    crosscheck::Lexicon::load_extended(crosscheck::default_lexicon_dir(), dir);
    FAIL("loaded an unknown section");
  } catch (const crosscheck::InputError& e) {
    CHECK(e.where().path == (dir / "a.yaml").string());
    CHECK(e.where().line == 3);
    CHECK(e.where().column == 1);
    CHECK(e.message() == "unknown lexicon section 'count_categores' (did you mean 'count_categories'?)");
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("Lexicon::load_extended: a section the shipped lexicon leaves empty can be filled") {
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck-lexicon-fill-empty";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  // events.yaml ships `event_precursors: []`: a domain names its own
  std::ofstream(dir / "a.yaml", std::ios::binary) << "event_precursors: [heavy snowfall]\n";
  const auto shipped = crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir());
  CHECK(shipped.has_section("event_precursors"));
  CHECK(shipped.section("event_precursors").empty());
  const auto lexicon = crosscheck::Lexicon::load_extended(crosscheck::default_lexicon_dir(), dir);
  REQUIRE(lexicon.section("event_precursors").size() == 1);
  CHECK(lexicon.section("event_precursors").front().phrase == "heavy snowfall");
  std::filesystem::remove_all(dir);
}
