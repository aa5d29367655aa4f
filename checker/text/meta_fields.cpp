#include "checker/text/meta_fields.hpp"

#include "checker/core/yaml_file.hpp"

namespace crosscheck {

namespace {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Reports a problem: an error in strict mode (a manifest the user writes), a warning in
// lenient mode (front matter as a scraper or a CMS wrote it).
void report(const std::string& path, const YAML::Node& node, int line_offset, const std::string& message,
            Warnings* lenient) {
  if (lenient == nullptr) throw InputError(node_position(path, node, line_offset), message);
  lenient->push_back({node_position(path, node, line_offset), message});
}

// Values scrapers write when they have no date.
bool means_no_date(std::string_view value) {
  static constexpr std::string_view words[] = {"unknown", "none", "null", "n/a", "na", "-", "?", "tbd"};
  std::string lower;
  for (const char c : value) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (const auto w : words) {
    if (lower == w) return true;
  }
  return false;
}

// "2025-05-23", "2025-05-23T10:12:00Z", "2025-05-23 08:00:00 +0300": the day, else empty.
std::optional<std::string> day_of(std::string_view value) {
  if (value.size() >= 10 && is_iso_date(value.substr(0, 10)) &&
      (value.size() == 10 || value[10] == 'T' || value[10] == ' ')) {
    return std::string(value.substr(0, 10));
  }
  return std::nullopt;
}

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
                      DocumentMeta& meta, Warnings* lenient) {
  if (node.IsNull()) return;
  if (!node.IsMap()) {
    throw InputError(node_position(path, node, line_offset),
                     what + " must be a map of fields (source, url, published, lang, title)");
  }
  std::optional<std::string> site_date;  // Hugo/Jekyll `date:`, used when `published` is not given
  for (const auto& field : node) {
    if (!field.first.IsScalar()) {
      report(path, field.first, line_offset, what + ": a field name must be a string", lenient);
      continue;
    }
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
    } else if (key == "date" && lenient != nullptr) {
      slot = &site_date;
    } else {
      report(path, field.first, line_offset,
             what + ": unknown field '" + key + "'" + (lenient != nullptr ? " (ignored;" : " (") +
                 " expected source, url, published, lang or title)",
             lenient);
      continue;
    }
    const YAML::Node& value = field.second;
    if (value.IsNull()) continue;  // "title:" with nothing after it: not given
    if (!value.IsScalar()) {
      report(path, value, line_offset, what + ": '" + key + "' must be a string", lenient);
      continue;
    }
    const std::string& text = value.Scalar();
    if (key == "published" || key == "date") {
      const auto day = lenient != nullptr ? day_of(text) : std::optional<std::string>();
      if (day) {
        *slot = *day;
      } else if (is_iso_date(text)) {
        *slot = text;
      } else if (lenient != nullptr && (text.empty() || means_no_date(text))) {
        report(path, value, line_offset,
               what + ": '" + key + "' is '" + text + "': no date given (inferred from the text when it gives one)",
               lenient);
      } else {
        report(path, value, line_offset,
               what + ": '" + key + "' " + (lenient != nullptr ? "is not a date" : "must be a date") +
                   " written YYYY-MM-DD, got '" + text + "'" +
                   (lenient != nullptr ? " (ignored; inferred from the text when it gives one)" : ""),
               lenient);
      }
      continue;
    }
    *slot = text;
  }
  if (!meta.published && site_date) meta.published = site_date;
}

}  // namespace crosscheck
