// Lowering of the numbers AST into values (calc9's "compiler" role): digit grouping checked
// against NumberOptions, spelled numbers validated and summed, vague words to their ranges.
#pragma once

#include <optional>

#include "grammars/numbers.hpp"
#include "grammars/numbers_ast.hpp"

namespace crosscheck::grammars {

// The value of a parsed number phrase, or nullopt when the text only looks like a number
// ("6.000" in English, "five twenty", a range whose top is below its bottom).
// Offsets are relative to `base`, the start of the parsed text.
std::optional<NumberMatch> lower_number(const ast::NumberPhrase& phrase, const char* base,
                                        const NumberOptions& options);

}  // namespace crosscheck::grammars
