// The compact tree behind the lexicon tables must answer exactly as X3's own tst: the same
// longest match, the same first-value-wins, the same order of for_each.
#include "grammars/compact_tst.hpp"

#include <doctest/doctest.h>

#include <boost/spirit/home/x3.hpp>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace cg = crosscheck::grammars;
namespace x3 = boost::spirit::x3;

namespace {

using Reference = x3::tst<char, std::string>;
using Compact = cg::CompactTst<char, std::string>;
const auto compare = x3::case_compare<boost::spirit::char_encoding::standard>();

template <class Tree>
std::pair<std::string, std::size_t> lookup(const Tree& tree, const std::string& text) {
  const char* first = text.data();
  const std::string* value = tree.find(first, text.data() + text.size(), compare);
  if (!value) return {"<none>", 0};
  return {*value, static_cast<std::size_t>(first - text.data())};
}

template <class Tree>
std::vector<std::pair<std::string, std::string>> listing(const Tree& tree) {
  std::vector<std::pair<std::string, std::string>> out;
  tree.for_each([&](const std::string& key, const std::string& value) { out.emplace_back(key, value); });
  return out;
}

template <class Tree>
void add(Tree& tree, const std::string& phrase, const std::string& value) {
  tree.add(phrase.begin(), phrase.end(), value);
}

}  // namespace

TEST_CASE("compact tst: longest match, first value wins, as X3's tst") {
  Compact tree;
  add(tree, "each", "per_side");
  add(tree, "each side", "per_side_long");
  add(tree, "each", "later");  // the first value stays
  add(tree, "Each", "per_side");
  CHECK(lookup(tree, "each side of it") == std::pair<std::string, std::size_t>{"per_side_long", 9});
  CHECK(lookup(tree, "each sid") == std::pair<std::string, std::size_t>{"per_side", 4});
  CHECK(lookup(tree, "eac") == std::pair<std::string, std::size_t>{"<none>", 0});
  CHECK(lookup(tree, "Each") == std::pair<std::string, std::size_t>{"per_side", 4});
  CHECK(lookup(tree, "") == std::pair<std::string, std::size_t>{"<none>", 0});
  const std::string each = "each";
  tree.remove(each.begin(), each.end());
  CHECK(lookup(tree, "each sid") == std::pair<std::string, std::size_t>{"<none>", 0});
  CHECK(lookup(tree, "each side") == std::pair<std::string, std::size_t>{"per_side_long", 9});
  tree.clear();
  CHECK(lookup(tree, "each side") == std::pair<std::string, std::size_t>{"<none>", 0});
  CHECK(tree.node_count() == 0);
}

TEST_CASE("compact tst: random phrase sets answer as X3's tst does") {
  std::mt19937 rng(7);
  const std::string alphabet = "abAB -'\xc3\xa9";  // letters, cases, a space, a hyphen, UTF-8 bytes
  const auto random_text = [&](std::size_t max_len) {
    std::string s(1 + rng() % max_len, ' ');
    for (auto& c : s) c = alphabet[rng() % alphabet.size()];
    return s;
  };
  for (int round = 0; round < 50; ++round) {
    Reference reference;
    Compact compact;
    for (int i = 0, n = 1 + static_cast<int>(rng() % 60); i < n; ++i) {
      const std::string phrase = random_text(6);
      const std::string value = "v" + std::to_string(rng() % 8);
      reference.add(phrase.begin(), phrase.end(), value);
      add(compact, phrase, value);
    }
    CHECK(listing(compact) == listing(reference));
    for (int i = 0; i < 200; ++i) {
      const std::string text = random_text(9);
      CHECK(lookup(compact, text) == lookup(reference, text));
    }
  }
}

TEST_CASE("compact tst: a lexicon-sized table keeps its values once") {
  Compact tree;
  for (int i = 0; i < 2000; ++i) {
    const std::string phrase = "phrase number " + std::to_string(i);
    add(tree, phrase, i % 2 ? "odd" : "even");
  }
  CHECK(lookup(tree, "phrase number 1999!") == std::pair<std::string, std::size_t>{"odd", 18});
  CHECK(lookup(tree, "phrase number 10") == std::pair<std::string, std::size_t>{"even", 16});
  CHECK(listing(tree).size() == 2000);
  // Nodes are shared by common prefixes: far fewer than the characters added.
  CHECK(tree.node_count() < 2000 * 18 / 2);
}
