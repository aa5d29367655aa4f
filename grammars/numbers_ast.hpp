// The syntax tree of a number as written, before lowering: digits as text, number words as
// their canonical values, a vague word as its "lo-hi" range. Lowering (numbers_lowering.cpp)
// gives it a value; the grammar only records what was there.
#pragma once

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>
#include <string>
#include <vector>

namespace crosscheck::grammars::ast {

// Where a node was found; filled by the rule's on_success handler (see numbers_rules.hpp).
struct Located {
  const char* first = nullptr;
  const char* last = nullptr;
};

struct DigitNumber {
  std::string digits;                  // as written, separators included: "1,000", "1.5"
  boost::optional<std::string> scale;  // canonical scale after the digits: "1000000"
};

// Canonical values of the words in order; scales are marked with a leading '*' so lowering
// can tell "dozen" (*12) from "twelve" (12).
struct WordNumber {
  std::vector<std::string> words;
  bool spelled = true;  // keeps the struct from collapsing to its single container member
};

struct VagueNumber {
  std::string range;  // canonical "lo-hi"
  bool vague = true;  // same reason as WordNumber::spelled
};

struct SimpleNumber : boost::spirit::x3::variant<DigitNumber, WordNumber, VagueNumber> {
  using base_type::base_type;
  using base_type::operator=;
};

// One number or a range of two: "390", "300 to 400", "between 300 and 400".
struct NumberPhrase : Located {
  SimpleNumber lo;
  boost::optional<SimpleNumber> hi;
};

struct QualifiedPhrase : Located {
  boost::optional<std::string> qualifier;  // canonical Qualifier name
  NumberPhrase number;
};

}  // namespace crosscheck::grammars::ast
