#include "checker/core/yaml_file.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace crosscheck {

namespace {

FilePosition mark_position(const std::string& path, const YAML::Mark& mark, int line_offset) {
  if (mark.is_null()) return {path, 0, 0};
  return {path, mark.line + 1 + line_offset, mark.column + 1};
}

}  // namespace

YAML::Node load_yaml_text(const std::string& text, const std::string& path, int line_offset) {
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& e) {
    throw InputError(mark_position(path, e.mark, line_offset), "invalid YAML: " + e.msg);
  }
}

YAML::Node load_yaml_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw InputError({path.string(), 0, 0}, "no such file");
  if (!std::filesystem::is_regular_file(path, ec)) throw InputError({path.string(), 0, 0}, "not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError({path.string(), 0, 0}, "cannot read file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return load_yaml_text(buffer.str(), path.string());
}

FilePosition node_position(const std::string& path, const YAML::Node& node, int line_offset) {
  return mark_position(path, node.Mark(), line_offset);
}

void fail_at(const std::string& path, const YAML::Node& node, const std::string& message) {
  throw InputError(node_position(path, node), message);
}

std::string scalar_string(const std::string& path, const YAML::Node& node, const std::string& what) {
  if (!node.IsScalar()) fail_at(path, node, what + " must be a string");
  return node.Scalar();
}

namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

std::string nearest_name(std::string_view name, const std::vector<std::string>& candidates, std::size_t max_edits) {
  std::string nearest;
  std::size_t best = max_edits + 1;
  for (const auto& c : candidates)
    if (const auto d = edit_distance(name, c); d < best) {
      best = d;
      nearest = c;
    }
  return nearest;
}

}  // namespace crosscheck
