// The time-of-day grammar's AST: a clock reading as written ("4:17", "0117", "3"), before
// lowering into TimeMention.
#pragma once

namespace crosscheck::grammars::ast {

// "4:17", "10.30": hours and minutes with the separator as written ('.' is a time only with
// a.m./p.m. after it: "4.17" is a decimal number otherwise).
struct ClockReading {
  unsigned hour = 0;
  char separator = ':';
  unsigned minute = 0;
};

}  // namespace crosscheck::grammars::ast
