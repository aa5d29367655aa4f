#include "checker/core/atom.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_set>
#include <vector>

using crosscheck::Atom;

TEST_CASE("atom: one copy per text") {
  const std::string built = std::string("earthquake@") + "2031-04-02";
  const Atom a = built;
  const Atom b = "earthquake@2031-04-02";
  CHECK(a == b);
  CHECK(&a.str() == &b.str());  // the same copy
  CHECK(sizeof(Atom) == sizeof(void*));
  const Atom other = "earthquake@2031-04-03";
  CHECK(a != other);
  CHECK(&a.str() != &other.str());
}

TEST_CASE("atom: reads like a string") {
  Atom property = "killed";
  CHECK(property == "killed");
  CHECK(property == std::string("killed"));
  CHECK(property == std::string_view("killed"));
  CHECK("killed" == property);
  CHECK(property.size() == 6);
  CHECK(property.find('l') == 2);
  CHECK(property.starts_with("kill"));
  CHECK(property.substr(0, 4) == "kill");
  CHECK(property + "/children" == "killed/children");
  CHECK("the " + property == "the killed");
  CHECK(std::string("x") + property == "xkilled");
  property += "/children";
  CHECK(property == "killed/children");
  const std::string& as_string = property;
  CHECK(as_string == "killed/children");
  const std::string_view as_view = property;
  CHECK(as_view == "killed/children");
  std::ostringstream out;
  out << property;
  CHECK(out.str() == "killed/children");
}

TEST_CASE("atom: empty by default, and cleared") {
  Atom a;
  CHECK(a.empty());
  CHECK(a == "");
  CHECK(a == Atom(""));
  CHECK(a.str().empty());
  a = "Kelland";
  CHECK_FALSE(a.empty());
  a.clear();
  CHECK(a.empty());
  CHECK(a == Atom());
}

TEST_CASE("atom: orders by text, not by address") {
  std::vector<Atom> atoms{"tarn", "Morva", "varno", "", "kelland"};
  std::sort(atoms.begin(), atoms.end());
  const std::vector<std::string> expected{"", "Morva", "kelland", "tarn", "varno"};
  REQUIRE(atoms.size() == expected.size());
  for (std::size_t i = 0; i < atoms.size(); ++i) CHECK(atoms[i] == expected[i]);
  CHECK(Atom("a") < "b");
  CHECK(Atom("b") > std::string("a"));
  std::map<std::string, int> by_text{{"norland", 1}};
  CHECK(by_text.count(Atom("norland")) == 1);
  std::unordered_set<Atom> set{Atom("norland"), Atom(std::string("nor") + "land")};
  CHECK(set.size() == 1);
}

TEST_CASE("atom: threads interning the same texts get the same copies") {
  std::vector<std::vector<const std::string*>> seen(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&seen, t] {
      for (int i = 0; i < 2000; ++i) seen[t].push_back(&Atom("pool text " + std::to_string(i)).str());
    });
  }
  for (auto& thread : threads) thread.join();
  for (std::size_t t = 1; t < seen.size(); ++t) CHECK(seen[t] == seen[0]);
  CHECK(std::set<const std::string*>(seen[0].begin(), seen[0].end()).size() == 2000);
  CHECK(Atom::pool_size() >= 2000);
}
