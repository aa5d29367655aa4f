// Small text helpers of the files crosscheck writes and reads back (baseline, review file).
#pragma once

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

namespace crosscheck {

// A fingerprint as the files hold it: lowercase hex, not empty.
inline bool is_hex_fingerprint(const std::string& text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// A JSON string literal is a valid YAML double-quoted scalar, escapes included, and it quotes
// everything a message may contain (colons, '#', leading quotes, non-printing bytes).
inline std::string yaml_quoted(const std::string& text) {
  return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The text yaml_quoted writes, as it reads back: invalid UTF-8 replaced by U+FFFD. What is
// sorted before it is written must be sorted in this form, or a second write reorders it.
inline std::string as_written(const std::string& text) {
  return nlohmann::json::parse(yaml_quoted(text)).get<std::string>();
}

}  // namespace crosscheck
