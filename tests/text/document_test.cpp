// Normalization (markup, entities, quotes, dashes, spaces), front matter, binary files and
// byte problems of a Document.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "checker/text/document.hpp"

using namespace crosscheck;

namespace {

Document doc_of(const std::string& original) {
  Warnings warnings;
  return make_document("mem.txt", original, warnings);
}

std::string text_of(const std::string& original) { return doc_of(original).text; }

// The original bytes a normalized substring came from.
std::string original_of(const Document& doc, std::string_view needle) {
  const std::size_t at = doc.text.find(needle);
  REQUIRE(at != std::string::npos);
  const ByteSpan span = doc.offsets.to_bytes(NormSpan{NormOffset{at}, NormOffset{at + needle.size()}});
  return doc.original.substr(span.begin.value, span.end.value - span.begin.value);
}

std::filesystem::path write_temp(const std::string& name, const std::string& bytes) {
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck_text_document_test";
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

}  // namespace

TEST_CASE("Document normalization") {
  SUBCASE("folds typography into ASCII punctuation") {
    struct Case {
      std::string in;
      std::string out;
    };
    const Case cases[] = {
        {"Kyiv\xE2\x80\x99s army", "Kyiv's army"},  // right single quote
        {"\xE2\x80\x98yes\xE2\x80\x99", "'yes'"},   // left/right single
        {"\xE2\x80\x9C"
         "home"
         "\xE2\x80\x9D",
         "\"home\""},  // double quotes
        {"\xE2\x80\x9E"
         "Tak"
         "\xE2\x80\x9C",
         "\"Tak\""},  // low-9 opening
        {"\xC2\xAB"
         "Da"
         "\xC2\xBB",
         "\"Da\""},  // guillemets
        {"2022\xE2\x80\x93"
         "2025",
         "2022-2025"},                            // en dash
        {"side \xE2\x80\x94 and", "side - and"},  // em dash
        {"\xE2\x88\x92"
         "5",
         "-5"},                               // minus sign
        {"non\xE2\x80\x91stop", "non-stop"},  // non-breaking hyphen
        {"wait\xE2\x80\xA6", "wait..."},      // ellipsis
        {"390\xC2\xA0people", "390 people"},  // no-break space
        {"1\xE2\x80\xAF"
         "000",
         "1 000"},  // narrow no-break space
        {"a\xE2\x80\x89"
         "b",
         "a b"},          // thin space
        {"a\tb", "a b"},  // tab
        {"re\xC2\xAD"
         "lease",
         "release"},                                           // soft hyphen
        {"zero\xE2\x80\x8Bwidth", "zerowidth"},                // zero-width space
        {"Kyiv \xC3\xA9t\xC3\xA9", "Kyiv \xC3\xA9t\xC3\xA9"},  // other letters copied
    };
    for (const auto& c : cases) {
      CAPTURE(c.in);
      CHECK(text_of(c.in) == c.out);
    }
  }

  SUBCASE("line endings and BOM") {
    CHECK(text_of("\xEF\xBB\xBFOne\r\nTwo\rThree\n") == "One\nTwo\nThree\n");
    CHECK(text_of("a\r\n\r\nb") == "a\n\nb");
  }

  SUBCASE("inline HTML tags are removed, <br> and <p> break lines") {
    CHECK(text_of("Both sides <u>traded</u> captives") == "Both sides traded captives");
    CHECK(text_of("<b>390</b> each") == "390 each");
    CHECK(text_of("read <a href=\"https://x.example/a>b\" target='_blank'>the report</a> now") ==
          "read the report now");
    CHECK(text_of("first<br>second") == "first\nsecond");
    CHECK(text_of("first<br/>\nsecond") == "first\nsecond");
    CHECK(text_of("<p>One.</p><p>Two.</p>") == "One.\n\nTwo.\n\n");
    CHECK(text_of("a <!-- hidden note --> b") == "a  b");
    CHECK(text_of("x<script>var n = 1000;</script>y") == "xy");
  }

  SUBCASE("angle brackets that are not tags stay") {
    CHECK(text_of("fewer than <50 people") == "fewer than <50 people");
    CHECK(text_of("a < b and c > d") == "a < b and c > d");
    CHECK(text_of("<Reuters> wrote") == "<Reuters> wrote");
    CHECK(text_of("<b unterminated") == "<b unterminated");
  }

  SUBCASE("HTML entities are decoded and folded") {
    struct Case {
      std::string in;
      std::string out;
    };
    const Case cases[] = {
        {"Smith &amp; Sons", "Smith & Sons"},
        {"&quot;home&quot;", "\"home\""},
        {"it&#39;s", "it's"},
        {"Kyiv&#8217;s", "Kyiv's"},
        {"Kyiv&#x2019;s", "Kyiv's"},
        {"a&mdash;b", "a-b"},
        {"1&nbsp;000", "1 000"},
        {"&lt;b&gt;", "<b>"},  // decoded brackets are text, not a tag
        {"wait&hellip;", "wait..."},
        {"caf&eacute;", "caf\xC3\xA9"},
        {"AT&T", "AT&T"},            // no semicolon: not an entity
        {"&unknown;", "&unknown;"},  // unknown name stays
        {"&#0;", "&#0;"},            // invalid code point stays
    };
    for (const auto& c : cases) {
      CAPTURE(c.in);
      CHECK(text_of(c.in) == c.out);
    }
  }

  SUBCASE("Markdown markup is removed") {
    struct Case {
      std::string in;
      std::string out;
    };
    const Case cases[] = {
        {"![a photo](https://img.example/p.jpg) Caption", " Caption"},
        {"![]() |", " |"},
        {"see [the ministry](https://mod.example/x) said", "see the ministry said"},
        {"[![logo](l.png) Home](https://example.org)", " Home"},
        {"**390** prisoners", "390 prisoners"},
        {"a __bold__ move", "a bold move"},
        {"an *emphasized* word", "an emphasized word"},
        {"an _emphasized_ word", "an emphasized word"},
        {"## Second stage", "Second stage"},
        {"# Title\nBody", "Title\nBody"},
        {"> quoted words", "quoted words"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.in);
      CHECK(text_of(c.in) == c.out);
    }
  }

  SUBCASE("Markdown-like characters that are not markup stay") {
    const char* kept[] = {
        "snake_case_name", "3*4 = 12",         "5 * 3",
        "* bullet item",   "- dash item",      "#hashtag here",
        "[1] footnote",    "array[0] (value)", "https://example.org/a_b_c",
        "a ****** b",
    };
    for (const char* k : kept) {
      CAPTURE(k);
      CHECK(text_of(k) == k);
    }
  }

  SUBCASE("control characters become spaces") {
    CHECK(text_of(std::string("a\fb\x1b"
                              "c")) == "a b c");
  }
}

TEST_CASE("Document offsets of normalized text") {
  SUBCASE("each normalized byte maps to the original byte it came from") {
    const Document doc = doc_of("\xEF\xBB\xBF<b>Kyiv</b>&#8217;s 390 \xE2\x80\x94 \xE2\x80\x9Cmore\xE2\x80\x9D");
    CHECK(doc.text == "Kyiv's 390 - \"more\"");
    CHECK(original_of(doc, "Kyiv") == "Kyiv");
    CHECK(original_of(doc, "'") == "&#8217;");
    CHECK(original_of(doc, "390") == "390");
    CHECK(original_of(doc, "-") == "\xE2\x80\x94");
    CHECK(original_of(doc, "\"more\"") == "\xE2\x80\x9Cmore\xE2\x80\x9D");
  }

  SUBCASE("a span ending in a folded ellipsis covers all of it") {
    const Document doc = doc_of("wait\xE2\x80\xA6 then");
    CHECK(original_of(doc, "wait...") == "wait\xE2\x80\xA6");
  }

  SUBCASE("the end entry maps to the end of the file") {
    const Document doc = doc_of("abc");
    CHECK(doc.offsets.to_byte(NormOffset{3}).value == 3);
    CHECK(doc.offsets.to_byte(NormOffset{99}).value == 3);
  }
}

TEST_CASE("Document front matter") {
  SUBCASE("fields are read and the block is not part of the text") {
    const Document doc = doc_of(
        "---\nsource: \"Harbour Post\"\npublished: 2025-06-11\nurl: https://hp.example/a\nlang: en\n"
        "title: Second swap\n---\nThe body starts here.\n");
    CHECK(doc.meta.source == "Harbour Post");
    CHECK(doc.meta.published == "2025-06-11");
    CHECK(doc.meta.url == "https://hp.example/a");
    CHECK(doc.meta.lang == "en");
    CHECK(doc.meta.title == "Second swap");
    CHECK(doc.text == "The body starts here.\n");
    CHECK(doc.source_id() == "Harbour Post");
    const LineColumn at = doc.offsets.locate(doc.offsets.to_byte(NormOffset{4}));
    CHECK(at == LineColumn{8, 5});
  }

  SUBCASE("after a BOM, with CRLF and a '...' terminator") {
    const Document doc = doc_of("\xEF\xBB\xBF---\r\nsource: Daily Ledger\r\n...\r\nText\r\n");
    CHECK(doc.meta.source == "Daily Ledger");
    CHECK(doc.text == "Text\n");
    CHECK(doc.offsets.locate(doc.offsets.to_byte(NormOffset{0})) == LineColumn{4, 1});
  }

  SUBCASE("a '---' that is not on the first line is text") {
    const Document doc = doc_of("Title\n---\nsource: x\n---\n");
    CHECK_FALSE(doc.meta.source.has_value());
    CHECK(doc.text == "Title\n---\nsource: x\n---\n");
  }

  SUBCASE("empty fields are not given") {
    const Document doc = doc_of("---\ntitle:\n---\nBody.");
    CHECK_FALSE(doc.meta.title.has_value());
  }

  SUBCASE("fields as a scraper writes them are warnings at their line and column, never errors") {
    struct Case {
      std::string in;
      int line;
      int column;
      std::string message_part;
    };
    const Case cases[] = {
        {"---\nsource: A\nauthor: B\n---\nBody", 3, 1, "unknown field 'author' (ignored"},
        {"---\nsource: A\npublished: 2025-02-30\n---\nBody", 3, 12, "not a date"},
        {"---\npublished: June 10, 2025\n---\nBody", 2, 12, "not a date"},
        {"---\npublished: unknown\n---\nBody", 2, 12, "'published' is 'unknown'"},
        {"---\nsource: [a, b]\n---\nBody", 2, 9, "'source' must be a string"},
        {"---\ntags: [a, b]\nsource: A\n---\nBody", 2, 1, "unknown field 'tags'"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.in);
      Warnings warnings;
      const Document doc = make_document("fm.md", c.in, warnings);
      CHECK_FALSE(doc.meta.published.has_value());
      REQUIRE(warnings.size() == 1);
      CHECK(warnings[0].where.path == "fm.md");
      CHECK(warnings[0].where.line == c.line);
      CHECK(warnings[0].where.column == c.column);
      CHECK(warnings[0].message.find(c.message_part) != std::string::npos);
      CHECK(doc.text == "Body");
    }
  }

  SUBCASE("published with a time, and Hugo/Jekyll 'date', give the day") {
    Warnings warnings;
    CHECK(make_document("a.md", "---\npublished: 2025-05-23T10:12:00Z\n---\nB", warnings).meta.published ==
          "2025-05-23");
    CHECK(make_document("b.md", "---\ndate: 2025-05-24 08:00:00 +0300\n---\nB", warnings).meta.published ==
          "2025-05-24");
    CHECK(make_document("c.md", "---\ndate: 2025-05-24\npublished: 2025-05-25\n---\nB", warnings).meta.published ==
          "2025-05-25");
    CHECK(warnings.empty());
  }

  SUBCASE("errors point at the line and column in the original file") {
    struct Case {
      std::string in;
      int line;
      int column;
      std::string message_part;
    };
    const Case cases[] = {
        {"---\nsource: [a, b\n---\nBody", 3, 0, "invalid YAML"},
        {"---\nsource: A\n  bad: x: y\n---\nBody", 3, 6, "invalid YAML"},
        {"---\n- just\n- a list\n---\nBody", 2, 1, "must be a map"},
        {"\xEF\xBB\xBF---\nsource: A\nBody without end\n", 1, 1, "not closed"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.in);
      Warnings warnings;
      try {
        make_document("fm.md", c.in, warnings);
        FAIL("expected InputError");
      } catch (const InputError& e) {
        CHECK(e.where().path == "fm.md");
        CHECK(e.where().line == c.line);
        if (c.column > 0) CHECK(e.where().column == c.column);
        CHECK(e.message().find(c.message_part) != std::string::npos);
      }
    }
  }
}

TEST_CASE("Document binary and damaged bytes") {
  SUBCASE("many NUL bytes: binary file") {
    std::string bytes = "PK";
    bytes += std::string(40, '\0');
    Warnings warnings;
    CHECK_THROWS_WITH_AS(make_document("a.txt", bytes, warnings), "a.txt: binary file", InputError);
  }

  SUBCASE("UTF-16 and UTF-32 with a byte-order mark are decoded; positions count code points") {
    struct Row {
      std::string bytes;
      const char* encoding;
    };
    const Row rows[] = {
        {std::string("\xFF\xFE"
                     "T\0h\0e\0 \0s\0w\0a\0p\0\n\0"
                     "2\0"
                     "0\0"
                     "\xAC\x20"
                     " \0"
                     "5\0",
                     30),
         "UTF-16LE"},
        {std::string("\xFE\xFF"
                     "\0T\0h\0e\0 \0s\0w\0a\0p\0\n"
                     "\0"
                     "2\0"
                     "0\x20\xAC\0 \0"
                     "5",
                     30),
         "UTF-16BE"},
        {std::string("\xFF\xFE\0\0"
                     "T\0\0\0h\0\0\0e\0\0\0 \0\0\0s\0\0\0w\0\0\0a\0\0\0p\0\0\0\n\0\0\0"
                     "2\0\0\0"
                     "0\0\0\0"
                     "\xAC\x20\0\0"
                     " \0\0\0"
                     "5\0\0\0",
                     60),
         "UTF-32LE"},
    };
    for (const Row& row : rows) {
      CAPTURE(row.encoding);
      Warnings warnings;
      const Document doc = make_document("u.txt", row.bytes, warnings);
      CHECK(doc.text.find("The swap") == 0);
      CHECK(doc.text.find("20\xE2\x82\xAC 5") != std::string::npos);
      const auto five = doc.original.rfind('5');
      const LineColumn at = doc.offsets.locate(ByteOffset{five});
      CHECK(at.line == 2);
      CHECK(at.column == 5);
      CHECK(warnings.empty());
    }
  }

  SUBCASE("a surrogate pair is one code point; a lone surrogate is U+FFFD") {
    const std::string pair(
        "\xFF\xFE"
        "\x3D\xD8\x00\xDE"
        "a\0"
        "\x3D\xD8"
        "b\0",
        12);
    Warnings warnings;
    const Document doc = make_document("u.txt", pair, warnings);
    CHECK(doc.original ==
          "\xF0\x9F\x98\x80"
          "a\xEF\xBF\xBD"
          "b");
  }

  SUBCASE("UTF-16 without a byte-order mark: binary, and the message says what it looks like") {
    std::string utf16;
    for (const char c : std::string("The two sides swapped prisoners on Friday.")) {
      utf16.push_back(c);
      utf16.push_back('\0');
    }
    Warnings warnings;
    CHECK_THROWS_WITH_AS(make_document("u16.txt", utf16, warnings),
                         doctest::Contains("binary file (UTF-16LE without a byte-order mark"), InputError);
  }

  SUBCASE("mostly control bytes: binary file") {
    std::string bytes;
    for (int k = 0; k < 200; ++k) bytes += static_cast<char>(k % 9 + 1);
    Warnings warnings;
    CHECK_THROWS_AS(make_document("b.txt", bytes, warnings), InputError);
  }

  SUBCASE("isolated NUL byte: warning with line and column, replaced by a space") {
    Warnings warnings;
    const Document doc = make_document("n.txt", std::string("First line\nab\0cd 390 people", 27), warnings);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].where.path == "n.txt");
    CHECK(warnings[0].where.line == 2);
    CHECK(warnings[0].where.column == 3);
    CHECK(doc.text == "First line\nab cd 390 people");
  }

  SUBCASE("invalid UTF-8: warning per byte, U+FFFD, the rest still read") {
    Warnings warnings;
    const Document doc = make_document("l1.txt", "Caf\xE9 \xE2\x80\x99ok\nLine \xC3( 390 swapped.", warnings);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].where.line == 1);
    CHECK(warnings[0].where.column == 4);
    CHECK(warnings[0].message.find("0xE9") != std::string::npos);
    CHECK(warnings[1].where.line == 2);
    CHECK(warnings[1].where.column == 6);
    CHECK(doc.text == "Caf\xEF\xBF\xBD 'ok\nLine \xEF\xBF\xBD( 390 swapped.");
    const std::size_t at = doc.text.find("390");
    CHECK(doc.offsets.locate(doc.offsets.to_byte(NormOffset{at})) == LineColumn{2, 9});
  }

  SUBCASE("warnings are capped per file") {
    std::string bytes = "Text";
    for (int k = 0; k < 12; ++k) bytes += " a damaged \xFF word";
    Warnings warnings;
    make_document("many.txt", bytes, warnings);
    REQUIRE(warnings.size() == 6);
    CHECK(warnings[5].message.find("7 more") != std::string::npos);
  }

  SUBCASE("Latin-1 prose is damaged text, not binary") {
    std::string bytes;
    for (int k = 0; k < 50; ++k) bytes += "R\xE9sum\xE9 of the talks. ";
    Warnings warnings;
    CHECK_NOTHROW(make_document("latin1.txt", bytes, warnings));
    CHECK(warnings.size() == 6);
  }
}

TEST_CASE("Document loading from disk") {
  SUBCASE("missing file") {
    Warnings warnings;
    CHECK_THROWS_WITH_AS(load_document("/nonexistent/crosscheck/x.txt", nullptr, warnings),
                         "/nonexistent/crosscheck/x.txt: no such file or directory", InputError);
  }

  SUBCASE("a directory is not a document") {
    Warnings warnings;
    CHECK_THROWS_AS(load_document(std::filesystem::temp_directory_path(), nullptr, warnings), InputError);
  }

  SUBCASE("binary file on disk") {
    static constexpr char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\0\0\0";
    const auto path = write_temp("image.txt", std::string(png, sizeof png - 1));
    Warnings warnings;
    CHECK_THROWS_WITH_AS(load_document(path, nullptr, warnings), doctest::Contains("binary file"), InputError);
  }

  SUBCASE("fixture with front matter, manifest fills the missing fields") {
    const std::filesystem::path dir = CROSSCHECK_SOURCE_DIR "/fixtures/text/corpus";
    const auto manifest = load_manifest(dir);
    REQUIRE(manifest.has_value());
    Warnings warnings;
    const Document doc = load_document(dir / "front_matter.md", &*manifest, warnings);
    CHECK(warnings.empty());
    CHECK(doc.meta.source == "Northern Courier");  // front matter wins
    CHECK(doc.meta.published == "2025-06-11");     // front matter
    CHECK(doc.meta.lang == "en");                  // from the manifest
    CHECK(doc.text.find("---") == std::string::npos);
    CHECK(doc.path.find("front_matter.md") != std::string::npos);
  }

  SUBCASE("the display path is the path as given, normalized, from any working directory") {
    const auto cwd = std::filesystem::current_path();
    const auto path = write_temp("rel.txt", "Body.");
    Warnings warnings;
    std::filesystem::current_path(path.parent_path());
    const Document relative = load_document(".//rel.txt", nullptr, warnings);
    const Document here = load_document(path, nullptr, warnings);
    std::filesystem::current_path("/");
    const Document elsewhere = load_document(path, nullptr, warnings);
    std::filesystem::current_path(cwd);
    CHECK(relative.path == "rel.txt");
    CHECK(here.path == path.generic_string());
    CHECK(elsewhere.path == here.path);
  }

  SUBCASE("a FIFO is not opened (it could block forever): the reason names it") {
    const auto fifo = std::filesystem::temp_directory_path() / "crosscheck_text_document_fifo.txt";
    std::filesystem::remove(fifo);
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    Warnings warnings;
    CHECK_THROWS_WITH_AS(load_document(fifo, nullptr, warnings), doctest::Contains("a FIFO (named pipe)"), InputError);
    std::filesystem::remove(fifo);
  }

  SUBCASE("a file whose size says nothing (/proc) is read whole") {
    Warnings warnings;
    const Document doc = load_document("/proc/self/status", nullptr, warnings);
    CHECK(doc.text.find("Name:") != std::string::npos);
  }
}

TEST_CASE("Document source_id") {
  Document doc;
  doc.path = "corpus/a.txt";
  CHECK(doc.source_id() == "corpus/a.txt");
  doc.meta.url = "https://news.example/a";
  CHECK(doc.source_id() == "https://news.example/a");
  doc.meta.source = "Evening Standard-Bearer";
  CHECK(doc.source_id() == "Evening Standard-Bearer");
}

TEST_CASE("is_iso_date") {
  CHECK(is_iso_date("2025-05-23"));
  CHECK(is_iso_date("2024-02-29"));
  CHECK_FALSE(is_iso_date("2025-02-29"));
  CHECK_FALSE(is_iso_date("2025-13-01"));
  CHECK_FALSE(is_iso_date("2025-00-10"));
  CHECK_FALSE(is_iso_date("2025-5-23"));
  CHECK_FALSE(is_iso_date("23-05-2025"));
  CHECK_FALSE(is_iso_date("2025-05-23T10:00"));
  CHECK_FALSE(is_iso_date(""));
}

TEST_CASE("Document sentence over max_sentence_bytes") {
  // One sentence of about 2.5 times the limit: a list of counts with no period.
  std::string list;
  for (int k = 0; list.size() < 5 * max_sentence_bytes / 2; ++k) list += std::to_string(100 + k % 900) + " prisoners, ";
  const std::string text = "A short opening line.\nThe two sides exchanged " + list + "and 7 soldiers.\n";
  Warnings warnings;
  const Document doc = make_document("long.txt", text, warnings);

  SUBCASE("read in pieces under the limit, cut after a comma, none lost") {
    REQUIRE(doc.sentences.size() == 4);
    CHECK(doc.sentences[0].piece == 0);
    for (std::size_t k = 1; k < 4; ++k) {
      const Sentence& s = doc.sentences[k];
      CHECK(s.piece == k - 1);
      CHECK(s.span.end.value - s.span.begin.value <= max_sentence_bytes);
      if (k < 3) CHECK(doc.sentence_text(s).back() == ',');
    }
    CHECK(doc.sentence_text(doc.sentences[3]).ends_with("and 7 soldiers."));
    CHECK(doc.sentences[2].span.begin.value == doc.sentences[1].span.end.value + 1);
  }

  SUBCASE("one warning at the sentence's start") {
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].where.path == "long.txt");
    CHECK(warnings[0].where.line == 2);
    CHECK(warnings[0].where.column == 1);
    CHECK(warnings[0].message.find("read in 3 pieces of at most " + std::to_string(max_sentence_bytes) + " bytes") !=
          std::string::npos);
  }
}
