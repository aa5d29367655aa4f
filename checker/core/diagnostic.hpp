// Problems found in the input: fatal ones (InputError, exit status 2) and warnings that let
// the rest of the corpus be read. Positions are 1-based line and column in the original file.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace crosscheck {

struct FilePosition {
  std::string path;
  int line = 0;    // 1-based; 0 when the problem concerns the whole file
  int column = 0;  // 1-based, in Unicode code points
};

// "path:line:col: message", omitting the parts that are unknown.
std::string format_position(const FilePosition& where);

// Bad input that stops the run: missing path, unreadable file, malformed YAML.
class InputError : public std::runtime_error {
 public:
  InputError(FilePosition where, const std::string& message);
  const FilePosition& where() const { return where_; }
  const std::string& message() const { return message_; }

 private:
  FilePosition where_;
  std::string message_;
};

struct Warning {
  FilePosition where;
  std::string message;
};

// Collects warnings; layers below the CLI record them here instead of printing.
using Warnings = std::vector<Warning>;

}  // namespace crosscheck
