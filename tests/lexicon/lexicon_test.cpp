#include "checker/lexicon/lexicon.hpp"

#include <doctest/doctest.h>

#include <fstream>

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
}
