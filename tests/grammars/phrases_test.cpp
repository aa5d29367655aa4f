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
