// PhraseMatcher and PhraseIndex: the index answers every part of a text exactly as a new
// scan of that part would, including phrases cut by the part's ends and parts that start
// inside a word or a phrase.
#include "grammars/phrases.hpp"

#include <doctest/doctest.h>

namespace cg = crosscheck::grammars;

namespace {

bool same(const std::vector<cg::PhraseMention>& a, const std::vector<cg::PhraseMention>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k)
    if (a[k].begin != b[k].begin || a[k].end != b[k].end || a[k].value != b[k].value) return false;
  return true;
}

}  // namespace

TEST_CASE("PhraseIndex") {
  crosscheck::Lexicon lexicon;
  lexicon.add("markers", "each side", "per_side");
  lexicon.add("markers", "each", "per_side");
  lexicon.add("markers", "in total", "total");
  lexicon.add("markers", "so far", "cumulative");
  lexicon.add("markers", "released on", "released");
  lexicon.add("markers", "war", "war");
  const cg::PhraseMatcher matcher(lexicon, "markers");

  SUBCASE("every part of a text, as a scan of that part finds it") {
    const std::vector<std::string> texts = {
        "Each side released 390, in total 780 so far; each eachother warning.",
        "released one each side so fa so far, war-time released on Monday each side",
        "EACH SIDE in totality, in total.",
        "",
    };
    for (const std::string& text : texts) {
      const cg::PhraseIndex index(matcher, text);
      for (std::size_t from = 0; from <= text.size(); ++from)
        for (std::size_t to = from; to <= text.size(); ++to) {
          CAPTURE(text);
          CAPTURE(from);
          CAPTURE(to);
          CHECK(same(index.find(from, to), matcher.find(std::string_view(text).substr(from, to - from))));
        }
    }
  }

  SUBCASE("the walk's starts include phrases not on a word boundary") {
    const auto starts = matcher.starts("warning each");
    REQUIRE(starts.size() == 2);
    CHECK_FALSE(starts[0].boundary);
    CHECK(starts[1].boundary);
    CHECK(starts[1].value == "per_side");
  }
}

TEST_CASE("PhraseMatcher: every phrase is found whatever its first bytes") {
  // The walk passes over word starts whose first two bytes begin no phrase; a phrase of one
  // byte, one whose second byte is a space or a hyphen, a capitalised variant, a UTF-8 first
  // byte and a phrase at the very end of the text must all still be found.
  crosscheck::Lexicon lexicon;
  lexicon.add("markers", "a", "one");
  lexicon.add("markers", "x ray", "xray");
  lexicon.add("markers", "e-mail", "email");
  lexicon.add("markers", "swap", "swap");
  lexicon.add("markers", "Ürümqi", "place");
  const cg::PhraseMatcher matcher(lexicon, "markers");
  const auto values = [&](std::string_view text) {
    std::vector<std::string> out;
    for (const auto& m : matcher.find(text)) out.push_back(m.value);
    return out;
  };
  CHECK(values("a swap") == std::vector<std::string>{"one", "swap"});
  CHECK(values("An x ray, an E-mail") == std::vector<std::string>{"xray", "email"});
  CHECK(values("Swap in Ürümqi") == std::vector<std::string>{"swap", "place"});
  CHECK(values("it was a") == std::vector<std::string>{"one"});
  CHECK(values("ab xr swapped") == std::vector<std::string>{});
  const auto starts = matcher.starts("swaps");
  REQUIRE(starts.size() == 1);  // a start not on a word boundary is still a start
  CHECK_FALSE(starts[0].boundary);
  CHECK(matcher.starts("b").empty());
}

TEST_CASE("PhraseMatcher: a phrase that ends in an elision ends its word") {
  crosscheck::Lexicon lexicon;
  lexicon.add("markers", "esplosione all'", "strike");
  lexicon.add("markers", "aeroporto", "airport");
  lexicon.add("markers", "a", "one");
  const cg::PhraseMatcher matcher(lexicon, "markers");
  std::vector<std::string> values;
  for (const auto& m : matcher.find("Una esplosione all'aeroporto")) values.push_back(m.value);
  CHECK(values == std::vector<std::string>{"strike", "airport"});
  CHECK(matcher.find("all'aeroporto").size() == 1);  // "a" is no word of "all'"
  // the index answers as a new scan does, for every part
  const std::string text = "esplosione all'aeroporto, a";
  const cg::PhraseIndex index(matcher, text);
  for (std::size_t from = 0; from <= text.size(); ++from)
    for (std::size_t to = from; to <= text.size(); ++to) {
      CAPTURE(from);
      CAPTURE(to);
      CHECK(same(index.find(from, to), matcher.find(std::string_view(text).substr(from, to - from))));
    }
}
