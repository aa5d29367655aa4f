// The place grammar's AST: a place name as written after its preposition, before lowering
// into PlaceMention.
#pragma once

#include <string>

namespace crosscheck::grammars::ast {

// "Norland province", "Port Avery": the capitalised words of the name and the kind a noun
// after them gives ("province" -> region), "" when none.
struct PlaceName {
  std::string name;
  std::string head;
};

}  // namespace crosscheck::grammars::ast
