#include "checker/core/boxed.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using crosscheck::Boxed;

namespace {
struct Part {
  std::string value;
  std::vector<std::string> lineage;
  bool operator==(const Part&) const = default;
};
}  // namespace

TEST_CASE("Boxed: the size of a pointer, read like a std::optional") {
  static_assert(sizeof(Boxed<Part>) == sizeof(void*));
  Boxed<Part> empty;
  CHECK_FALSE(empty);
  CHECK_FALSE(empty.has_value());
  Boxed<Part> part = Part{"Peru", {"Peru", "South America"}};
  REQUIRE(part);
  CHECK(part->value == "Peru");
  CHECK((*part).lineage.size() == 2);
  part = std::nullopt;
  CHECK_FALSE(part);
  part.emplace(Part{"Chile", {}});
  CHECK(part->value == "Chile");
  part.reset();
  CHECK_FALSE(part);
  // from an optional, filled or not
  CHECK(Boxed<Part>(std::optional<Part>(Part{"x", {}}))->value == "x");
  CHECK_FALSE(Boxed<Part>(std::optional<Part>()));
}

TEST_CASE("Boxed: copies are deep, moves take the value, equality compares values") {
  Boxed<Part> a = Part{"military", {}};
  Boxed<Part> b = a;
  b->value = "civilians";
  CHECK(a->value == "military");  // the copy has its own value
  Boxed<Part> c;
  c = a;
  CHECK(c == a);
  CHECK_FALSE(c == b);
  const Boxed<Part>& same = c;
  c = same;  // self-assignment keeps the value
  CHECK(c->value == "military");
  Boxed<Part> moved = std::move(a);
  CHECK(moved->value == "military");
  CHECK(Boxed<Part>() == Boxed<Part>());
  CHECK_FALSE(Boxed<Part>() == moved);
  Boxed<Part> empty;
  c = empty;  // assigning an empty box empties
  CHECK_FALSE(c);
}
