// The role grammar's AST: what was written, before lowering into RoleMention.
#pragma once

#include <optional>
#include <string>

namespace crosscheck::grammars::ast {

struct Role {
  std::optional<std::string> modifier;        // canonical
  std::optional<std::string> affiliation;     // canonical, before the title
  std::string title;                          // canonical
  std::optional<std::string> of_affiliation;  // canonical, "President of Ukraine"
  std::string person;                         // as written
};

// "the Ukrainian president" after "Zelensky, ": the role part of an appositive.
struct RoleAppositive {
  std::optional<std::string> modifier;
  std::optional<std::string> affiliation;
  std::string title;
  std::optional<std::string> of_affiliation;
};

}  // namespace crosscheck::grammars::ast
