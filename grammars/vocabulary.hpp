// Enumerations shared by the grammar families and the claims built from them: how a number
// is qualified and which side(s) a count covers.
#pragma once

#include <optional>
#include <string_view>

namespace crosscheck {

enum class Qualifier { exact, more_than, at_least, about, nearly, up_to, fewer_than, at_most };

enum class Scope { unspecified, per_side, total, one_side, cumulative };

std::string_view to_string(Qualifier q);
std::string_view to_string(Scope s);
std::optional<Qualifier> qualifier_from_string(std::string_view s);
std::optional<Scope> scope_from_string(std::string_view s);

}  // namespace crosscheck
