// The label grammar's AST: the words that introduce a name and the name as written, before
// lowering into LabelMention.
#pragma once

#include <string>

namespace crosscheck::grammars::ast {

// "the tanker Sea Harrow": the property the introducer gives (vessel) and the name.
struct Label {
  std::string property;
  std::string name;
};

}  // namespace crosscheck::grammars::ast
