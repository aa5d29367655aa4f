// OffsetMap: normalized offsets back to original bytes, and bytes to 1-based line and
// column (code points) whatever the file's BOM, line endings, tabs, multibyte text or markup.
#include <doctest/doctest.h>

#include "checker/text/normalize.hpp"

#include <string>

#include "checker/text/document.hpp"

using namespace crosscheck;

namespace {

// Line and column of the first occurrence of `needle` in the normalized text.
LineColumn where_is(const std::string& original, std::string_view needle) {
  Warnings warnings;
  const Document doc = make_document("o.txt", original, warnings);
  const std::size_t at = doc.text.find(needle);
  REQUIRE_MESSAGE(at != std::string::npos, "not in normalized text: " << needle);
  return doc.offsets.locate(doc.offsets.to_byte(NormOffset{at}));
}

}  // namespace

TEST_CASE("OffsetMap locate") {
  struct Case {
    const char* scenario;
    std::string original;
    std::string needle;
    LineColumn expected;
  };
  const Case cases[] = {
      {"plain first line", "Both sides freed 84 people.", "84", {1, 18}},
      {"BOM takes no column",
       "\xEF\xBB\xBF"
       "Both sides freed 84 people.",
       "84",
       {1, 18}},
      {"LF lines", "Title\n\nOn Sunday 84 were freed.", "84", {3, 11}},
      {"CRLF lines", "Title\r\n\r\nOn Sunday 84 were freed.", "84", {3, 11}},
      {"CR-only lines", "Title\r\rOn Sunday 84 were freed.", "84", {3, 11}},
      {"tab counts one column", "\tOn Sunday\t84 were freed.", "84", {1, 12}},
      {"multibyte letters count one each",
       "Zaporizhzhia \xD0\x97\xD0\xB0\xD0\xBF\xD0\xBE\xD1\x80\xD1\x96\xD0\xB6\xD0\xB6\xD1\x8F: 84 freed",
       "84",
       {1, 25}},
      {"curly quotes before the claim",
       "\xE2\x80\x9CWe are back,\xE2\x80\x9D a soldier said of the 84.",
       "84",
       {1, 38}},
      {"em dash before the claim", "Deal \xE2\x80\x94 84 each", "84", {1, 8}},
      {"emoji is one code point", "\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6 84 home", "84", {1, 4}},
      {"HTML tags before the claim", "Both sides <u>freed</u> <b>84</b> people", "84", {1, 28}},
      {"entities before the claim", "Kyiv&#8217;s army &amp; navy: 84", "84", {1, 31}},
      {"Markdown link before the claim", "[Officials](https://gov.example/x) said 84", "84", {1, 41}},
      {"front matter lines count", "---\nsource: A\n---\n\nThey freed 84.", "84", {5, 12}},
      {"front matter with CRLF and BOM", "\xEF\xBB\xBF---\r\nsource: A\r\n---\r\nThey freed 84.", "84", {4, 12}},
      {"invalid byte counts one column", "Caf\xE9 84", "84", {1, 6}},
      {"ellipsis before the claim", "Wait\xE2\x80\xA6 84", "84", {1, 7}},
      {"nbsp inside a number",
       "Some 1\xC2\xA0"
       "000 people",
       "000",
       {1, 8}},
  };
  for (const auto& c : cases) {
    SUBCASE(c.scenario) { CHECK(where_is(c.original, c.needle) == c.expected); }
  }
}

TEST_CASE("OffsetMap built directly") {
  const std::string original =
      "ab\r\ncd\xC3\xA9"
      "f\ng";
  // An identity map over the bytes (no normalization).
  NormToByte identity;
  for (std::size_t k = 0; k <= original.size(); ++k) identity.push_back(k);
  const OffsetMap map(identity, original);

  SUBCASE("locate every line start and the character after a multibyte one") {
    CHECK(map.locate(ByteOffset{0}) == LineColumn{1, 1});
    CHECK(map.locate(ByteOffset{2}) == LineColumn{1, 3});  // the CR itself ends line 1
    CHECK(map.locate(ByteOffset{4}) == LineColumn{2, 1});
    CHECK(map.locate(ByteOffset{8}) == LineColumn{2, 4});  // 'f' after 'é'
    CHECK(map.locate(ByteOffset{10}) == LineColumn{3, 1});
  }

  SUBCASE("a span ending in a multibyte character or a CRLF covers it whole") {
    CHECK(map.to_bytes(NormSpan{NormOffset{4}, NormOffset{7}}) == ByteSpan{ByteOffset{4}, ByteOffset{8}});
    CHECK(map.to_bytes(NormSpan{NormOffset{0}, NormOffset{3}}) == ByteSpan{ByteOffset{0}, ByteOffset{4}});
    CHECK(map.to_bytes(NormSpan{NormOffset{5}, NormOffset{5}}) == ByteSpan{ByteOffset{5}, ByteOffset{5}});
  }

  SUBCASE("a default map is usable") {
    const OffsetMap empty;
    CHECK(empty.to_byte(NormOffset{0}).value == 0);
  }

  SUBCASE("copies stay valid after the original string is gone") {
    OffsetMap copy;
    {
      const std::string temporary = "x\ny\xC3\xA9z";
      NormToByte id;
      for (std::size_t k = 0; k <= temporary.size(); ++k) id.push_back(k);
      copy = OffsetMap(id, temporary);
    }
    CHECK(copy.locate(ByteOffset{5}) == LineColumn{2, 3});
  }
}

TEST_CASE("NormToByte: runs answer what a table of every byte answers") {
  // Consecutive bytes extend a run; a repeat, a jump back or forward starts a new one.
  const std::vector<std::size_t> table{0, 1, 2, 3, 3, 3, 7, 8, 9, 4, 5, 20, 21, 22, 23, 30};
  NormToByte runs;
  for (const std::size_t byte : table) runs.push_back(byte);
  REQUIRE(runs.size() == table.size());
  for (std::size_t k = 0; k < table.size(); ++k) CHECK(runs[k] == table[k]);
  CHECK(runs.runs() == 7);
  SUBCASE("a run appended at once is the same as byte by byte") {
    NormToByte bulk;
    bulk.append_run(0, 4);
    bulk.append_run(3, 1);
    bulk.append_run(3, 1);
    bulk.append_run(7, 3);
    bulk.append_run(4, 2);
    bulk.append_run(20, 0);  // nothing
    bulk.append_run(20, 4);
    bulk.append_run(30, 1);
    REQUIRE(bulk.size() == table.size());
    for (std::size_t k = 0; k < table.size(); ++k) CHECK(bulk[k] == table[k]);
  }
  SUBCASE("a normalized plain text costs a run per edit, not per byte") {
    std::string text;
    for (int k = 0; k < 2000; ++k) text += "The two sides exchanged 390 prisoners each on Friday. ";
    text += "It was \xE2\x80\x9Cthe largest\xE2\x80\x9D exchange.";
    const NormalizedText n = normalize_text(text, 0);
    CHECK(n.norm_to_byte.size() == n.text.size() + 1);
    CHECK(n.norm_to_byte.runs() <= 4);  // the text, after each folded quote, the end
    const std::size_t quote = n.text.find('"');
    REQUIRE(quote != std::string::npos);
    CHECK(n.norm_to_byte[quote] == text.find("\xE2\x80\x9C"));
    CHECK(n.norm_to_byte[quote + 1] == text.find("\xE2\x80\x9C") + 3);
    CHECK(n.norm_to_byte[n.text.size()] == text.size());
  }
}

TEST_CASE("OffsetMap spans of claims through markup") {
  Warnings warnings;
  const Document doc = make_document("s.md", "Officials said **1,000&nbsp;prisoners** were freed", warnings);
  REQUIRE(doc.text == "Officials said 1,000 prisoners were freed");
  const std::size_t at = doc.text.find("1,000 prisoners");
  const ByteSpan span = doc.offsets.to_bytes(NormSpan{NormOffset{at}, NormOffset{at + 15}});
  CHECK(doc.original.substr(span.begin.value, span.end.value - span.begin.value) == "1,000&nbsp;prisoners");
  CHECK(doc.offsets.locate(span.begin) == LineColumn{1, 18});
  CHECK(doc.offsets.locate(span.end) == LineColumn{1, 38});
}
