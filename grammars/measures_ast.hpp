// The measure grammar's AST: what was written around the number of a measure, before lowering
// into MeasureMention. The numbers themselves are NumberGrammar's.
#pragma once

#include <string>

namespace crosscheck::grammars::ast {

// "youngest freed sailor was", "oldest of them", "youngest,": the age word of a group's
// extreme, who the group is, and whether a verb stands before the number.
struct AgeLead {
  std::string property;  // canonical: age_youngest, age_oldest
  std::string group;     // as written: "freed sailor", "of them", "" when none
  bool verb = false;     // "was", "is", "aged"; false in "and the youngest 19"
};

// "years old", "-year-old": the unit after an age.
struct AgeUnit {
  bool hyphenated = false;  // "19-year-old": an adjective, read only after "the youngest, a"
  std::string unit;         // canonical: year
};

// "km", "-km", "percent": the unit after a measure's number.
struct MeasureUnit {
  bool hyphenated = false;
  std::string unit;  // canonical from measure_units
};

}  // namespace crosscheck::grammars::ast
