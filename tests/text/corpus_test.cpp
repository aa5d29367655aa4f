// Corpus expansion (collect_corpus_files) and the corpus manifest (load_manifest, find).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "checker/text/document.hpp"

using namespace crosscheck;

namespace {

const std::filesystem::path fixtures = CROSSCHECK_SOURCE_DIR "/fixtures/text";

std::vector<std::string> names_below(const std::vector<std::filesystem::path>& files,
                                     const std::filesystem::path& root) {
  std::vector<std::string> names;
  for (const auto& f : files) names.push_back(f.lexically_relative(root).generic_string());
  return names;
}

}  // namespace

TEST_CASE("collect_corpus_files") {
  const std::filesystem::path corpus = fixtures / "corpus";

  SUBCASE("a directory is walked recursively for .txt and .md, sorted, hidden entries skipped") {
    const auto files = collect_corpus_files({corpus.string()});
    CHECK(names_below(files, corpus) ==
          std::vector<std::string>{"b_plain.txt", "front_matter.md", "sub/c_nested.md", "sub/deeper/d_deep.txt"});
  }

  SUBCASE("never the manifest, other extensions or hidden directories") {
    const auto names = names_below(collect_corpus_files({corpus.string()}), corpus);
    for (const char* excluded :
         {"crosscheck.yaml", "g_notes.yaml", "h_page.html", ".drafts/e_draft.txt", "sub/.f_hidden.txt"}) {
      CAPTURE(excluded);
      CHECK(std::find(names.begin(), names.end(), excluded) == names.end());
    }
  }

  SUBCASE("a file given by name is taken as it is, whatever its extension") {
    const auto files = collect_corpus_files({(corpus / "h_page.html").string(), (corpus / "b_plain.txt").string()});
    REQUIRE(files.size() == 2);
    CHECK(files[0].filename() == "h_page.html");
    CHECK(files[1].filename() == "b_plain.txt");
  }

  SUBCASE("a file named twice, or also inside a named directory, is listed once") {
    const auto files =
        collect_corpus_files({(corpus / "b_plain.txt").string(), corpus.string(), (corpus / "b_plain.txt").string()});
    CHECK(files.size() == 4);
    CHECK(files[0].filename() == "b_plain.txt");
  }

  SUBCASE("arguments keep their order; each directory is sorted") {
    const auto files = collect_corpus_files({(corpus / "sub").string(), (corpus / "b_plain.txt").string()});
    REQUIRE(files.size() == 3);
    CHECK(files[0].filename() == "c_nested.md");
    CHECK(files[1].filename() == "d_deep.txt");
    CHECK(files[2].filename() == "b_plain.txt");
  }

  SUBCASE("a missing path is an input error naming it") {
    try {
      collect_corpus_files({corpus.string(), "no/such/dir"});
      FAIL("expected InputError");
    } catch (const InputError& e) {
      CHECK(e.where().path == "no/such/dir");
      CHECK(e.where().line == 0);
      CHECK(e.message() == "no such file or directory");
    }
  }

  SUBCASE("an empty directory gives no files") {
    const auto dir = std::filesystem::temp_directory_path() / "crosscheck_text_empty_corpus";
    std::filesystem::create_directories(dir);
    CHECK(collect_corpus_files({dir.string()}).empty());
  }
}

TEST_CASE("load_manifest") {
  SUBCASE("absent manifest") { CHECK_FALSE(load_manifest(fixtures / "corpus" / "sub").has_value()); }

  SUBCASE("files and their fields; other top-level keys are ignored") {
    const auto manifest = load_manifest(fixtures / "corpus");
    REQUIRE(manifest.has_value());
    REQUIRE(manifest->files.size() == 3);
    const DocumentMeta* b = manifest->find(fixtures / "corpus" / "b_plain.txt");
    REQUIRE(b != nullptr);
    CHECK(b->source == "Coastal Wire");
    CHECK(b->published == "2025-06-10");
    CHECK(b->url == "https://cw.example/swap");
    CHECK_FALSE(b->title.has_value());
    const DocumentMeta* c = manifest->find(fixtures / "corpus" / "sub" / "c_nested.md");
    REQUIRE(c != nullptr);
    CHECK(c->title == "Third round of exchanges");
  }

  SUBCASE("find: unlisted files and files outside the root") {
    const auto manifest = load_manifest(fixtures / "corpus");
    REQUIRE(manifest.has_value());
    CHECK(manifest->find(fixtures / "corpus" / "sub" / "deeper" / "d_deep.txt") == nullptr);
    CHECK(manifest->find(fixtures / "b_plain.txt") == nullptr);
    CHECK(manifest->find(fixtures / "corpus" / "sub" / ".." / "b_plain.txt") != nullptr);
  }

  SUBCASE("manifest fields reach the document") {
    const auto manifest = load_manifest(fixtures / "corpus");
    Warnings warnings;
    const Document doc = load_document(fixtures / "corpus" / "b_plain.txt", &*manifest, warnings);
    CHECK(doc.meta.source == "Coastal Wire");
    CHECK(doc.source_id() == "Coastal Wire");
    CHECK(doc.meta.published == "2025-06-10");
  }

  SUBCASE("unknown field: error at its line and column") {
    try {
      load_manifest(fixtures / "bad_manifest");
      FAIL("expected InputError");
    } catch (const InputError& e) {
      CHECK(e.where().path.find("crosscheck.yaml") != std::string::npos);
      CHECK(e.where().line == 4);
      CHECK(e.where().column == 5);
      CHECK(e.message().find("unknown field 'author'") != std::string::npos);
    }
  }

  SUBCASE("published that is not YYYY-MM-DD: error at the value") {
    try {
      load_manifest(fixtures / "bad_manifest_date");
      FAIL("expected InputError");
    } catch (const InputError& e) {
      CHECK(e.where().line == 2);
      CHECK(e.where().column == 22);
      CHECK(e.message().find("YYYY-MM-DD") != std::string::npos);
    }
  }

  SUBCASE("wrong types are errors") {
    const auto dir = std::filesystem::temp_directory_path() / "crosscheck_text_manifest_types";
    std::filesystem::create_directories(dir);
    struct Case {
      const char* yaml;
      int line;
    };
    const Case cases[] = {
        {"files: [a.txt, b.txt]\n", 1},
        {"files:\n  a.txt: Coastal Wire\n", 2},
        {"files:\n  a.txt: {source: {name: x}}\n", 2},
        {"- files\n", 1},
        {"files:\n  a.txt: {source: A}\n  ./a.txt: {source: B}\n", 0},
        {"files: {a.txt: {source: A\n", 0},
    };
    for (const auto& c : cases) {
      CAPTURE(c.yaml);
      {
        std::ofstream out(dir / "crosscheck.yaml");
        out << c.yaml;
      }
      try {
        load_manifest(dir);
        FAIL("expected InputError");
      } catch (const InputError& e) {
        if (c.line > 0) CHECK(e.where().line == c.line);
      }
    }
  }
}
