#include "checker/core/yaml_file.hpp"

#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>
#include <utility>

namespace crosscheck {

namespace {

FilePosition mark_position(const std::string& path, const YAML::Mark& mark, int line_offset) {
  if (mark.is_null()) return {path, 0, 0};
  return {path, mark.line + 1 + line_offset, mark.column + 1};
}

// Nesting deeper than this is refused before parsing: yaml-cpp's parser recurses once per level.
constexpr int max_nesting = 256;

// An upper bound on the nesting of YAML text, cheap and without parsing: per line, the
// indentation, the "- " sequence entries that open it and the open flow brackets ('[', '{'
// outside quotes and comments). Returns the line (1-based) where `max_nesting` is passed, or 0.
int line_too_deep(std::string_view text) {
  int line = 1;
  int flow = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    int depth = 0;
    while (i < text.size() && text[i] == ' ') ++i, ++depth;
    while (i + 1 < text.size() && (text[i] == '-' || text[i] == '?') && text[i + 1] == ' ') i += 2, depth += 2;
    char quote = 0;
    for (; i < text.size() && text[i] != '\n'; ++i) {
      const char c = text[i];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#' && (i == 0 || text[i - 1] == ' ')) {
        while (i < text.size() && text[i] != '\n') ++i;
        break;
      } else if (c == '[' || c == '{') {
        if (depth / 2 + ++flow > max_nesting) return line;
      } else if ((c == ']' || c == '}') && flow > 0) {
        --flow;
      }
    }
    if (depth / 2 + flow > max_nesting) return line;
    ++line;
    ++i;
  }
  return 0;
}

// Walks a parsed document as a reader would see it, with aliases expanded, within a budget:
// a few hundred bytes of anchors and aliases can stand for gigabytes. Also refuses a key
// given twice in one mapping (yaml-cpp keeps one of them silently).
class ExpansionCheck {
 public:
  ExpansionCheck(const std::string& path, int line_offset) : path_(path), line_offset_(line_offset) {}

  void visit(const YAML::Node& node, int depth = 0) {
    if (++nodes_ > max_nodes) fail(node, "more than " + std::to_string(max_nodes) + " values");
    // An alias inside its own anchor ("&a [*a]") makes a cycle: bounded here, not by the stack.
    if (depth > max_nesting) fail(node, "nested deeper than " + std::to_string(max_nesting) + " levels");
    if (node.IsScalar()) {
      bytes_ += node.Scalar().size();
      if (bytes_ > max_bytes) fail(node, "more than " + std::to_string(max_bytes >> 20) + " MiB of text");
    } else if (node.IsSequence()) {
      for (const auto& item : node) visit(item, depth + 1);
    } else if (node.IsMap()) {
      std::vector<std::pair<std::string, YAML::Mark>> keys;
      for (const auto& entry : node) {
        if (entry.first.IsScalar()) keys.emplace_back(entry.first.Scalar(), entry.first.Mark());
        visit(entry.first, depth + 1);
        visit(entry.second, depth + 1);
      }
      refuse_duplicates(std::move(keys));
    }
  }

 private:
  static constexpr std::size_t max_nodes = 2'000'000;
  static constexpr std::size_t max_bytes = std::size_t{64} << 20;

  [[noreturn]] void fail(const YAML::Node& node, const std::string& what) const {
    throw InputError(mark_position(path_, node.Mark(), line_offset_),
                     "YAML too large once its aliases are expanded (" + what + "); refused");
  }

  void refuse_duplicates(std::vector<std::pair<std::string, YAML::Mark>> keys) const {
    std::stable_sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t k = 1; k < keys.size(); ++k) {
      if (keys[k].first != keys[k - 1].first) continue;
      const auto& [first, second] = keys[k - 1].second.line <= keys[k].second.line ? std::pair(keys[k - 1], keys[k])
                                                                                   : std::pair(keys[k], keys[k - 1]);
      throw InputError(mark_position(path_, second.second, line_offset_),
                       "duplicate key '" + second.first + "' (first given at line " +
                           std::to_string(first.second.line + 1 + line_offset_) + ")");
    }
  }

  const std::string& path_;
  int line_offset_;
  std::size_t nodes_ = 0;
  std::size_t bytes_ = 0;
};

// Where a second document of the stream starts, if there is one. The events of the stream
// are read, no node is built, and reading stops there: YAML::LoadAll would build every
// document, and a stream that yields documents without consuming text never ends.
std::optional<YAML::Mark> second_document(const std::string& text) {
  class DocumentStarts : public YAML::EventHandler {
   public:
    std::vector<YAML::Mark> starts;
    void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
  } handler;
  std::istringstream in(text);
  YAML::Parser parser(in);
  if (!parser.HandleNextDocument(handler) || !parser.HandleNextDocument(handler) || handler.starts.size() < 2)
    return std::nullopt;
  return handler.starts[1];
}

// The line and column (both 1-based, the column in code points) of a byte offset in text.
FilePosition offset_position(const std::string& path, std::string_view text, std::size_t offset, int line_offset) {
  const auto before = text.substr(0, offset);
  const auto line_start = before.rfind('\n');
  const auto line = before.substr(line_start == std::string_view::npos ? 0 : line_start + 1);
  const auto code_points = std::count_if(line.begin(), line.end(), [](char c) { return (c & 0xC0) != 0x80; });
  return {path, static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1 + line_offset,
          static_cast<int>(code_points) + 1};
}

}  // namespace

YAML::Node load_yaml_text(const std::string& text, const std::string& path, int line_offset) {
  if (text.size() > max_yaml_bytes)
    throw InputError({path, 0, 0}, "YAML file too large (" + std::to_string(text.size() >> 20) + " MiB; the limit is " +
                                       std::to_string(max_yaml_bytes >> 20) + " MiB)");
  if (const int line = line_too_deep(text))
    throw InputError({path, line + line_offset, 1},
                     "YAML nested deeper than " + std::to_string(max_nesting) + " levels; refused");
  // YAML allows no NUL byte, and on one yaml-cpp returns empty documents forever.
  if (const auto nul = text.find('\0'); nul != std::string::npos)
    throw InputError(offset_position(path, text, nul, line_offset), "a NUL byte in YAML text; refused");
  YAML::Node document;
  try {
    document = YAML::Load(text);
    if (const auto second = second_document(text))
      throw InputError(
          mark_position(path, *second, line_offset),
          "a second YAML document begins here: a file holds one (remove this '---' line, or split the file)");
  } catch (const YAML::Exception& e) {
    throw InputError(mark_position(path, e.mark, line_offset), "invalid YAML: " + e.msg);
  }
  ExpansionCheck(path, line_offset).visit(document);
  return document;
}

YAML::Node load_yaml_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw InputError({path.string(), 0, 0}, "no such file");
  if (!std::filesystem::is_regular_file(path, ec)) throw InputError({path.string(), 0, 0}, "not a file");
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > max_yaml_bytes)
    throw InputError({path.string(), 0, 0}, "YAML file too large (" + std::to_string(size >> 20) +
                                                " MiB; the limit is " + std::to_string(max_yaml_bytes >> 20) + " MiB)");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError({path.string(), 0, 0}, "cannot read file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return load_yaml_text(buffer.str(), path.string());
}

FilePosition node_position(const std::string& path, const YAML::Node& node, int line_offset) {
  // a key looked up and absent has no position (yaml-cpp throws on asking): the file's
  if (!node.IsDefined()) return {path, 0, 0};
  return mark_position(path, node.Mark(), line_offset);
}

YAML::Node required_key(const std::string& path, const YAML::Node& map, const std::string& key,
                        const std::string& what) {
  const YAML::Node value = map[key];
  if (!value || value.IsNull()) fail_at(path, map, what + " needs '" + key + "'");
  return value;
}

void fail_at(const std::string& path, const YAML::Node& node, const std::string& message) {
  throw InputError(node_position(path, node), message);
}

std::string scalar_string(const std::string& path, const YAML::Node& node, const std::string& what) {
  if (!node.IsDefined()) fail_at(path, node, what + " is missing");
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

void require_known(const std::string& path, const YAML::Node& map, const std::set<std::string>& allowed,
                   const std::string& what) {
  if (!map.IsMap()) fail_at(path, map, what + " must be a map");
  for (const auto& kv : map) {
    const std::string key = scalar_string(path, kv.first, "key");
    if (!allowed.count(key)) {
      std::string known;
      for (const auto& a : allowed) known += (known.empty() ? "" : ", ") + a;
      fail_at(path, kv.first, "unknown key '" + key + "' in " + what + " (expected one of: " + known + ")");
    }
  }
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

std::string nearest_name(std::string_view name, const std::vector<std::string>& candidates, std::size_t max_edits) {
  std::string nearest;
  std::size_t best = max_edits + 1;
  for (const auto& c : candidates) {
    // the distance is at least the difference in length: a long key (a fuzzed or pasted
    // paragraph) costs one comparison of lengths per candidate, not a full table
    const std::size_t length_gap = name.size() > c.size() ? name.size() - c.size() : c.size() - name.size();
    if (length_gap >= best) continue;
    if (const auto d = edit_distance(name, c); d < best) {
      best = d;
      nearest = c;
    }
  }
  return nearest;
}

}  // namespace crosscheck
