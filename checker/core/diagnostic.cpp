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

}  // namespace crosscheck
