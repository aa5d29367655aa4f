// Reading YAML configuration (lexicon, rules, facts, manifests, baselines) so that every
// syntax or schema error names the file, line and column from yaml-cpp's marks.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "checker/core/diagnostic.hpp"

namespace crosscheck {

// The largest YAML file read (rules, lexicon, facts, manifests, baselines).
inline constexpr std::size_t max_yaml_bytes = std::size_t{64} << 20;

// Parses a whole file; throws InputError (file:line:col) on unreadable or malformed YAML,
// and on YAML no configuration needs: over max_yaml_bytes, nested over 256 levels, a second
// document, a key given twice in one mapping, or aliases that expand past 2 million values
// or 64 MiB of text.
YAML::Node load_yaml_file(const std::filesystem::path& path);

// Parses YAML held in memory (front matter) with the same checks; `line_offset` shifts
// reported lines.
YAML::Node load_yaml_text(const std::string& text, const std::string& path, int line_offset = 0);

// The position of a node, 1-based, for error messages.
FilePosition node_position(const std::string& path, const YAML::Node& node, int line_offset = 0);

// Throws InputError at the node's position.
[[noreturn]] void fail_at(const std::string& path, const YAML::Node& node, const std::string& message);

// map[key], or InputError at the map: "`what` needs 'key'" (absent or null).
YAML::Node required_key(const std::string& path, const YAML::Node& map, const std::string& key,
                        const std::string& what);

// The node as a string scalar, or InputError naming what was expected.
std::string scalar_string(const std::string& path, const YAML::Node& node, const std::string& what);

// The candidate closest to a misspelt `name` (at most `max_edits` edits away), or "": what a
// "did you mean" names.
std::string nearest_name(std::string_view name, const std::vector<std::string>& candidates, std::size_t max_edits = 3);

// InputError unless `map` is a map whose keys are all in `allowed`: "unknown key 'x' in
// `what` (expected one of: ...)" at the key.
void require_known(const std::string& path, const YAML::Node& map, const std::set<std::string>& allowed,
                   const std::string& what);

// "a, b, c": the valid choices an error message lists.
std::string joined(const std::vector<std::string>& names);

}  // namespace crosscheck
