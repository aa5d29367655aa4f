// The stage grammar's AST: what was written, before lowering into StageMention.
#pragma once

#include <optional>
#include <string>

namespace crosscheck::grammars::ast {

struct StagePhrase {
  std::optional<std::string> ordinal;   // canonical "1".."12", or the digits of "21st"
  std::optional<std::string> final;     // "final" for "final"/"last", also after "third and"
  std::optional<std::string> relative;  // next, latest, new, previous
  std::string noun;
  std::optional<std::string> of_what;
};

// "phase two", "Stage 2 of the exchange".
struct NumberedStage {
  std::string noun;
  std::string number;  // canonical "1".."19" or digits
  std::optional<std::string> of_what;
};

}  // namespace crosscheck::grammars::ast
