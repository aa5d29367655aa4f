// The age grammar's AST: a named person and the age written next to the name, before
// lowering into AgeMention.
#pragma once

#include <string>

namespace crosscheck::grammars::ast {

// "Romi Gonen, 24,", "Agam Berger (19)", "Eli Sharabi, aged 52": the name, then the age.
struct AgeAfterName {
  std::string person;
  unsigned age = 0;
};

// "the 20-year-old soldier Agam Berger": the age, then the name.
struct AgeBeforeName {
  unsigned age = 0;
  std::string person;
};

}  // namespace crosscheck::grammars::ast
