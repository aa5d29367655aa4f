// The duration grammar's AST: what was written after a number, or around an ordinal year,
// before lowering into DurationMention.
#pragma once

#include <string>

namespace crosscheck::grammars::ast {

// "and a half years", "-month", " years": what follows the number.
struct DurationUnit {
  bool half = false;        // "two and a half years"
  bool hyphenated = false;  // "three-year war"
  std::string unit;         // canonical, possibly "year*10"
};

// "its fourth year".
struct OrdinalYear {
  std::string ordinal;  // canonical "1".."12" or digits
  std::string unit;
};

}  // namespace crosscheck::grammars::ast
