// The superlative grammar's AST: what was written, before lowering into SuperlativeMention.
#pragma once

#include <optional>
#include <string>

namespace crosscheck::grammars::ast {

// "in February 2022" after a since-event ("since the war began in February 2022").
struct SinceInDate {
  std::optional<std::string> month;  // canonical "1".."12"
  unsigned year = 0;
};

// "since 2022", "since February 2022", "since the 2022 invasion", "since the war's onset".
struct SinceClause {
  std::optional<unsigned> year_before_event;  // "the 2022 invasion", or the bare "since 2022"
  std::optional<std::string> event;           // canonical since-event
  std::optional<std::string> month;           // "since February 2022"
  std::optional<unsigned> year;
  std::optional<SinceInDate> in_date;
};

struct Superlative {
  std::string adjective;                    // canonical
  std::optional<std::string> scope_before;  // as written: "the largest ever exchange", "biggest-ever"
  std::optional<std::string> subject;       // as written
  std::optional<SinceClause> since;
  std::optional<std::string> scope_text;  // as written; canonical from the scopes table
  std::optional<std::string> lookback;    // canonical, or the digits of "in 25 years"
};

}  // namespace crosscheck::grammars::ast
