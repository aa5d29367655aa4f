#include "checker/core/diagnostic.hpp"

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

}  // namespace crosscheck
