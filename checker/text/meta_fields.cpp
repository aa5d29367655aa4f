#include "checker/text/meta_fields.hpp"

#include "checker/core/yaml_file.hpp"

namespace crosscheck {

namespace {

[[noreturn]] void fail(const std::string& path, const YAML::Node& node, int line_offset, const std::string& message) {
  throw InputError(node_position(path, node, line_offset), message);
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

}  // namespace

bool is_iso_date(std::string_view value) {
  if (value.size() != 10 || value[4] != '-' || value[7] != '-') return false;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (std::size_t k = 0; k < lengths[p]; ++k) {
      const char c = value[starts[p] + k];
      if (c < '0' || c > '9') return false;
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  const int year = parts[0];
  const int month = parts[1];
  const int day = parts[2];
  static constexpr int month_days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const int days = month_days[month - 1] + (month == 2 && is_leap_year(year) ? 1 : 0);
  return day <= days;
}

void read_meta_fields(const std::string& path, const YAML::Node& node, int line_offset, const std::string& what,
                      DocumentMeta& meta) {
  if (node.IsNull()) return;
  if (!node.IsMap())
    fail(path, node, line_offset, what + " must be a map of fields (source, url, published, lang, title)");
  for (const auto& field : node) {
    if (!field.first.IsScalar()) fail(path, field.first, line_offset, what + ": a field name must be a string");
    const std::string key = field.first.Scalar();
    std::optional<std::string>* slot = nullptr;
    if (key == "source") {
      slot = &meta.source;
    } else if (key == "url") {
      slot = &meta.url;
    } else if (key == "published") {
      slot = &meta.published;
    } else if (key == "lang") {
      slot = &meta.lang;
    } else if (key == "title") {
      slot = &meta.title;
    } else {
      fail(path, field.first, line_offset,
           what + ": unknown field '" + key + "' (expected source, url, published, lang or title)");
    }
    const YAML::Node& value = field.second;
    if (value.IsNull()) continue;  // "title:" with nothing after it: not given
    if (!value.IsScalar()) fail(path, value, line_offset, what + ": '" + key + "' must be a string");
    if (key == "published" && !is_iso_date(value.Scalar())) {
      fail(path, value, line_offset,
           what + ": 'published' must be a date written YYYY-MM-DD, got '" + value.Scalar() + "'");
    }
    *slot = value.Scalar();
  }
}

}  // namespace crosscheck
