// Corpus expansion (find_corpus_files) and the corpus manifest (load_manifest, find).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <sys/stat.h>

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

TEST_CASE("find_corpus_files") {
  const std::filesystem::path corpus = fixtures / "corpus";
  const auto files_of = [](const std::vector<std::string>& paths) {
    CorpusFiles found = find_corpus_files(paths);
    CHECK(found.errors.empty());
    return found.files;
  };

  SUBCASE("a directory is walked recursively for .txt and .md, sorted, hidden entries skipped") {
    const auto files = files_of({corpus.string()});
    CHECK(names_below(files, corpus) ==
          std::vector<std::string>{"b_plain.txt", "front_matter.md", "sub/c_nested.md", "sub/deeper/d_deep.txt"});
  }

  SUBCASE("never the manifest, other extensions or hidden directories") {
    const auto names = names_below(files_of({corpus.string()}), corpus);
    for (const char* excluded :
         {"crosscheck.yaml", "g_notes.yaml", "h_page.html", ".drafts/e_draft.txt", "sub/.f_hidden.txt"}) {
      CAPTURE(excluded);
      CHECK(std::find(names.begin(), names.end(), excluded) == names.end());
    }
  }

  SUBCASE("a file given by name is taken as it is, whatever its extension") {
    const auto files = files_of({(corpus / "h_page.html").string(), (corpus / "b_plain.txt").string()});
    REQUIRE(files.size() == 2);
    CHECK(files[0].filename() == "b_plain.txt");
    CHECK(files[1].filename() == "h_page.html");
  }

  SUBCASE("a file named twice, or also inside a named directory, is listed once") {
    const auto files =
        files_of({(corpus / "b_plain.txt").string(), corpus.string(), (corpus / "b_plain.txt").string()});
    CHECK(files.size() == 4);
    CHECK(files[0].filename() == "b_plain.txt");
  }

  SUBCASE("one order whatever the order of the arguments") {
    const auto forward = files_of({(corpus / "sub").string(), (corpus / "b_plain.txt").string()});
    const auto backward = files_of({(corpus / "b_plain.txt").string(), (corpus / "sub").string()});
    CHECK(forward == backward);
    REQUIRE(forward.size() == 3);
    CHECK(forward[0].filename() == "b_plain.txt");
    CHECK(forward[1].filename() == "c_nested.md");
    CHECK(forward[2].filename() == "d_deep.txt");
  }

  SUBCASE("a missing path is an error naming it; the other paths are still walked") {
    const CorpusFiles found = find_corpus_files({corpus.string(), "no/such/dir"});
    REQUIRE(found.errors.size() == 1);
    CHECK(found.errors[0].where().path == "no/such/dir");
    CHECK(found.errors[0].where().line == 0);
    CHECK(found.errors[0].message() == "no such file or directory");
    CHECK(found.files.size() == 4);
  }

  SUBCASE("an empty directory gives no files") {
    const auto dir = std::filesystem::temp_directory_path() / "crosscheck_text_empty_corpus";
    std::filesystem::create_directories(dir);
    CHECK(files_of({dir.string()}).empty());
  }

  SUBCASE("standard input is named '-'") {
    const auto files = files_of({"-", (corpus / "b_plain.txt").string()});
    REQUIRE(files.size() == 2);
    CHECK(files[0] == "-");
  }
}

TEST_CASE("find_corpus_files: what a walk cannot read") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "crosscheck_text_walk_problems";
  fs::remove_all(dir);
  fs::create_directories(dir / "a");
  fs::create_directories(dir / "z");
  std::ofstream(dir / "a" / "one.txt") << "One.\n";
  std::ofstream(dir / "z" / "two.txt") << "Two.\n";

  SUBCASE("a FIFO inside a directory is skipped with a warning naming it") {
    REQUIRE(mkfifo((dir / "a" / "pipe.txt").c_str(), 0600) == 0);
    const CorpusFiles found = find_corpus_files({dir.string()});
    CHECK(found.errors.empty());
    CHECK(found.files.size() == 2);
    REQUIRE(found.warnings.size() == 1);
    CHECK(found.warnings[0].where.path.find("pipe.txt") != std::string::npos);
    CHECK(found.warnings[0].message.find("FIFO") != std::string::npos);
  }

  SUBCASE("a symbolic link loop is an error naming it, not a hang") {
    fs::create_symlink(dir / "a" / "loop.txt", dir / "a" / "loop.txt");
    const CorpusFiles found = find_corpus_files({dir.string()});
    REQUIRE(found.errors.size() == 1);
    CHECK(found.errors[0].where().path.find("loop.txt") != std::string::npos);
    CHECK(found.errors[0].message().find("symbolic links") != std::string::npos);
    CHECK(found.files.size() == 2);
  }

  SUBCASE("a link to a directory is not followed (no loops)") {
    fs::create_directory_symlink(dir, dir / "a" / "back");
    const CorpusFiles found = find_corpus_files({dir.string()});
    CHECK(found.errors.empty());
    CHECK(found.files.size() == 2);
  }

  SUBCASE("a directory that cannot be entered is an error; its siblings are still read") {
    fs::permissions(dir / "a", fs::perms::none);
    std::error_code ec;
    fs::directory_iterator probe(dir / "a", ec);
    const bool blocked = static_cast<bool>(ec);  // root reads anything
    const CorpusFiles found = find_corpus_files({dir.string()});
    fs::permissions(dir / "a", fs::perms::owner_all);
    if (blocked) {
      REQUIRE(found.errors.size() == 1);
      CHECK(found.errors[0].where().path.find("/a") != std::string::npos);
      CHECK(found.errors[0].message().find("cannot read directory") != std::string::npos);
      CHECK(found.files.size() == 1);
    } else {
      CHECK(found.files.size() == 2);
    }
  }
  fs::remove_all(dir);
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
