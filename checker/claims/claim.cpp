#include "checker/claims/claim.hpp"

#include <array>
#include <charconv>
#include <cstdio>

namespace crosscheck {

std::string_view to_string(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::count: return "count";
    case ClaimKind::date: return "date";
    case ClaimKind::duration: return "duration";
    case ClaimKind::superlative: return "superlative";
    case ClaimKind::role: return "role";
    case ClaimKind::stage: return "stage";
    case ClaimKind::measure: return "measure";
    case ClaimKind::time_of_day: return "time_of_day";
    case ClaimKind::place: return "place";
    case ClaimKind::label: return "label";
    case ClaimKind::age: return "age";
  }
  return "count";
}

std::string iso_date(Date date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  auto ok = [](auto result) { return result.ec == std::errc{}; };
  if (!ok(std::from_chars(text.data(), text.data() + 4, y)) ||
      !ok(std::from_chars(text.data() + 5, text.data() + 7, m)) ||
      !ok(std::from_chars(text.data() + 8, text.data() + 10, d)))
    return std::nullopt;
  Date date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string_view weekday_name(unsigned weekday) {
  static constexpr std::array<std::string_view, 7> names{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                         "Thursday", "Friday", "Saturday"};
  return weekday < names.size() ? names[weekday] : std::string_view{"?"};
}

}  // namespace crosscheck
