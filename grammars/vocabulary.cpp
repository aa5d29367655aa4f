#include "grammars/vocabulary.hpp"

#include <array>
#include <utility>

namespace crosscheck {

namespace {

constexpr std::array<std::pair<Qualifier, std::string_view>, 8> qualifier_names{{
    {Qualifier::exact, "exact"},
    {Qualifier::more_than, "more_than"},
    {Qualifier::at_least, "at_least"},
    {Qualifier::about, "about"},
    {Qualifier::nearly, "nearly"},
    {Qualifier::up_to, "up_to"},
    {Qualifier::fewer_than, "fewer_than"},
    {Qualifier::at_most, "at_most"},
}};

constexpr std::array<std::pair<Scope, std::string_view>, 5> scope_names{{
    {Scope::unspecified, "unspecified"},
    {Scope::per_side, "per_side"},
    {Scope::total, "total"},
    {Scope::one_side, "one_side"},
    {Scope::cumulative, "cumulative"},
}};

template <class Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value) {
  for (const auto& [e, name] : table)
    if (e == value) return name;
  return "unknown";
}

template <class Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view name) {
  for (const auto& [e, n] : table)
    if (n == name) return e;
  return std::nullopt;
}

}  // namespace

std::string_view to_string(Qualifier q) { return name_of(qualifier_names, q); }
std::string_view to_string(Scope s) { return name_of(scope_names, s); }
std::optional<Qualifier> qualifier_from_string(std::string_view s) { return value_of(qualifier_names, s); }
std::optional<Scope> scope_from_string(std::string_view s) { return value_of(scope_names, s); }

}  // namespace crosscheck
