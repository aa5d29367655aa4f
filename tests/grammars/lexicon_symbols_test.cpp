#include "grammars/lexicon_symbols.hpp"

#include <doctest/doctest.h>

namespace cg = crosscheck::grammars;
namespace x3 = boost::spirit::x3;

namespace {

struct test_tag;
struct Bundle {
  cg::SymbolTable words;
};
using word_parser = cg::lexicon_symbol_parser<test_tag, Bundle, &Bundle::words>;

bool parse_word(const Bundle& bundle, std::string_view text, std::string& out) {
  const char* first = text.data();
  const char* last = text.data() + text.size();
  return x3::parse(first, last, x3::with<test_tag>(std::cref(bundle))[word_parser{}], out) && first == last;
}

}  // namespace

TEST_CASE("lexicon symbols") {
  crosscheck::Lexicon lexicon;
  lexicon.add("scope", "each side", "per_side");
  lexicon.add("scope", "each", "per_side");
  Bundle bundle;
  cg::fill_symbols(bundle.words, lexicon, "scope");
  std::string value;

  SUBCASE("matches case variants of a phrase") {
    CHECK(parse_word(bundle, "Each side", value));
    CHECK(value == "per_side");
    CHECK(parse_word(bundle, "EACH", value));
  }
  SUBCASE("stops at word boundaries only") { CHECK_FALSE(parse_word(bundle, "eachother", value)); }
  SUBCASE("case variants are spelled out") {
    CHECK(cg::case_variants("military personnel") ==
          std::vector<std::string>{"military personnel", "Military personnel", "MILITARY PERSONNEL"});
  }
}
