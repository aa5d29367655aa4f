// What the libFuzzer targets share beside the tests' shipped lexicon and extractor
// (tests/support/shipped.hpp): the input as a document, a scratch directory for loaders that
// read files, and the rule that only the library's own input errors count as handled (any
// other exception is a finding).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "checker/text/document.hpp"
#include "tests/support/shipped.hpp"

namespace crosscheck::fuzz {

// The fuzzer's input as a string (bytes as they are, NULs included).
inline std::string input_text(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// The input as a Markdown file's bytes, normalized with the shipped text options.
Document input_document(const std::uint8_t* data, std::size_t size);

// Writes `bytes` to `name` in this process's scratch directory (created on first use,
// removed at exit) and returns its path.
std::filesystem::path write_scratch_file(const std::string& name, std::string_view bytes);

// Runs `load`, swallowing InputError and ConfigErrors: the documented answers to bad input.
// Anything else escapes and libFuzzer reports it.
template <class Load>
void expect_input_errors(Load&& load) {
  try {
    load();
  } catch (const InputError&) {
  } catch (const ConfigErrors&) {
  }
}

// Stops the process (a finding) when an invariant of the library's output does not hold.
void require(bool condition, const char* what);

}  // namespace crosscheck::fuzz
