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

// Every problem found in a configuration (rules, lexicon, facts, domains, crosscheck.yaml),
// gathered so that one run names them all instead of stopping at the first.
class ConfigErrors : public std::runtime_error {
 public:
  explicit ConfigErrors(std::vector<InputError> errors);
  const std::vector<InputError>& errors() const { return errors_; }

 private:
  std::vector<InputError> errors_;
};

// Runs `step`; an InputError (or each of a ConfigErrors) it throws is added to `errors`.
// Returns whether the step succeeded.
template <typename Step>
bool collect_errors(std::vector<InputError>& errors, Step&& step) {
  try {
    step();
    return true;
  } catch (const ConfigErrors& e) {
    errors.insert(errors.end(), e.errors().begin(), e.errors().end());
  } catch (const InputError& e) {
    errors.push_back(e);
  }
  return false;
}

// Throws ConfigErrors when `errors` is not empty.
void throw_if_any(std::vector<InputError> errors);

struct Warning {
  FilePosition where;
  std::string message;
};

// Collects warnings; layers below the CLI record them here instead of printing.
using Warnings = std::vector<Warning>;

// Problems in a fixed order (path, line, column, message), whatever order threads, the walk
// or the shards of a claims stream met them in. `unique` keeps one of each problem reported
// more than once at the same place with the same message (every shard met a broken manifest).
void sort_diagnostics(std::vector<InputError>& errors, Warnings& warnings, bool unique = false);

}  // namespace crosscheck
