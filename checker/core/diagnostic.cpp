#include "checker/core/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace crosscheck {

std::string format_position(const FilePosition& where) {
  std::string out = where.path;
  if (where.line > 0) {
    out += ':' + std::to_string(where.line);
    if (where.column > 0) out += ':' + std::to_string(where.column);
  }
  return out;
}

InputError::InputError(FilePosition where, const std::string& message)
    : std::runtime_error(format_position(where) + ": " + message), where_(std::move(where)), message_(message) {}

namespace {

std::string first_message(const std::vector<InputError>& errors) {
  if (errors.empty()) return "configuration errors";
  std::string out = errors.front().what();
  if (errors.size() > 1) out += " (and " + std::to_string(errors.size() - 1) + " more)";
  return out;
}

}  // namespace

ConfigErrors::ConfigErrors(std::vector<InputError> errors)
    : std::runtime_error(first_message(errors)), errors_(std::move(errors)) {}

void throw_if_any(std::vector<InputError> errors) {
  if (errors.size() == 1) throw errors.front();
  if (!errors.empty()) throw ConfigErrors(std::move(errors));
}

namespace {

auto diagnostic_key(const FilePosition& where, const std::string& message) {
  return std::tie(where.path, where.line, where.column, message);
}
auto diagnostic_key(const InputError& e) { return diagnostic_key(e.where(), e.message()); }
auto diagnostic_key(const Warning& w) { return diagnostic_key(w.where, w.message); }

template <typename Problem>
void sort_problems(std::vector<Problem>& problems, bool unique) {
  std::stable_sort(problems.begin(), problems.end(),
                   [](const Problem& a, const Problem& b) { return diagnostic_key(a) < diagnostic_key(b); });
  if (!unique) return;
  problems.erase(std::unique(problems.begin(), problems.end(),
                             [](const Problem& a, const Problem& b) { return diagnostic_key(a) == diagnostic_key(b); }),
                 problems.end());
}

}  // namespace

void sort_diagnostics(std::vector<InputError>& errors, Warnings& warnings, bool unique) {
  sort_problems(errors, unique);
  sort_problems(warnings, unique);
}

}  // namespace crosscheck
