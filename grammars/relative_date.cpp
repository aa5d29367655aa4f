#include "grammars/relative_date.hpp"

#include <cstdio>

namespace crosscheck::grammars {

namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

constexpr const char* weekday_names[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

unsigned weekday_of(sys_days d) { return std::chrono::weekday{d}.c_encoding(); }

// Monday of the ISO week containing `d`.
sys_days iso_week_start(sys_days d) { return d - days{(std::chrono::weekday{d}.iso_encoding() - 1)}; }

std::string anchor_words(const DateMention& m, year_month_day anchor) {
  return std::string(m.anchor == RelativeAnchor::publication ? "published " : "narrative date ") +
         to_iso_string(anchor);
}

ResolvedDate make(sys_days lo, sys_days hi, DatePrecision precision, const DateMention& m, const std::string& why) {
  ResolvedDate r;
  r.lo = year_month_day{lo};
  r.hi = year_month_day{hi};
  r.precision = precision;
  r.how = m.text + " -> " + to_iso_string(r.lo);
  if (hi != lo) r.how += ".." + to_iso_string(r.hi);
  r.how += " (" + why + ")";
  return r;
}

std::string plural(int amount, const char* unit) {
  return std::to_string(amount) + " " + unit + (amount == 1 ? "" : "s");
}

std::optional<ResolvedDate> resolve_absolute(const DateMention& m, std::optional<year_month_day> anchor) {
  using namespace std::chrono;
  if (m.precision == DatePrecision::year) {
    if (!m.year) return std::nullopt;
    const year y{*m.year};
    return make(sys_days{y / January / 1}, sys_days{y / December / 31}, DatePrecision::year, m, "the year as written");
  }
  if (!m.month) return std::nullopt;
  const month mo{*m.month};
  if (m.precision == DatePrecision::month) {
    if (m.year) {
      const year y{*m.year};
      return make(sys_days{y / mo / 1}, sys_days{y / mo / last}, DatePrecision::month, m, "the month as written");
    }
    // "in June": the latest such month that has begun by the anchor
    if (!anchor) return std::nullopt;
    year y = anchor->year();
    std::string why = "the month in the year of published " + to_iso_string(*anchor);
    if (sys_days{y / mo / 1} > sys_days{*anchor}) {
      --y;
      why = "the month in the year before published " + to_iso_string(*anchor) + " (not begun by then)";
    }
    return make(sys_days{y / mo / 1}, sys_days{y / mo / last}, DatePrecision::month, m, why);
  }
  if (!m.day) return std::nullopt;
  const day d{*m.day};
  const day end_d{m.end_day.value_or(*m.day)};
  const month end_mo{m.end_month.value_or(*m.month)};
  if (m.year) {
    const year_month_day lo{year{*m.year} / mo / d}, hi{year{*m.year} / end_mo / end_d};
    if (!lo.ok() || !hi.ok() || sys_days{hi} < sys_days{lo}) return std::nullopt;
    return make(sys_days{lo}, sys_days{hi}, DatePrecision::day, m, "as written");
  }
  if (!anchor) return std::nullopt;
  // chrono-node style: the anchor's year unless that lands more than half a year ahead.
  year y = anchor->year();
  std::string why = "year of published " + to_iso_string(*anchor);
  if (year_month_day{y / mo / d}.ok() && sys_days{y / mo / d} > sys_days{*anchor} + days{183}) {
    --y;
    why = "previous year: more than six months after published " + to_iso_string(*anchor);
  }
  const year_month_day lo{y / mo / d};
  // "December 30 to January 2" ends in the next year.
  const year_month_day hi{(end_mo < mo ? y + years{1} : y) / end_mo / end_d};
  if (!lo.ok() || !hi.ok() || sys_days{hi} < sys_days{lo}) return std::nullopt;
  return make(sys_days{lo}, sys_days{hi}, DatePrecision::day, m, why);
}

std::optional<ResolvedDate> resolve_day(const DateMention& m, sys_days a, year_month_day anchor) {
  if (m.weekday) {
    const int target = static_cast<int>(*m.weekday);
    const int at = static_cast<int>(weekday_of(a));
    const char* name = weekday_names[*m.weekday];
    if (m.offset > 0) {
      const int ahead = (target - at + 7) % 7;
      const sys_days d = a + days{ahead == 0 && !m.from_anchor_on ? 7 : ahead};
      return make(
          d, d, DatePrecision::day, m,
          std::string("the ") + name + (m.from_anchor_on ? " on or after " : " after ") + anchor_words(m, anchor));
    }
    const int back = (at - target + 7) % 7;
    if (m.offset < 0) {
      const sys_days d = a - days{back == 0 ? 7 : back};
      return make(d, d, DatePrecision::day, m, std::string("the ") + name + " before " + anchor_words(m, anchor));
    }
    const sys_days d = a - days{back};
    return make(d, d, DatePrecision::day, m, std::string("the ") + name + " on or before " + anchor_words(m, anchor));
  }
  const int shift = m.offset * m.amount;
  const sys_days d = a + days{shift};
  std::string why =
      shift == 0 ? "the day of " : plural(shift < 0 ? -shift : shift, "day") + (shift < 0 ? " before " : " after ");
  return make(d, d, DatePrecision::day, m, why + anchor_words(m, anchor));
}

std::optional<ResolvedDate> resolve_week(const DateMention& m, sys_days a, year_month_day anchor) {
  const sys_days monday = iso_week_start(a);
  if (m.earlier_part) {
    if (a == monday) return std::nullopt;
    return make(monday, a - days{1}, DatePrecision::day, m, "this week before " + anchor_words(m, anchor));
  }
  if (m.later_part) {
    if (a == monday + days{6}) return std::nullopt;
    return make(a + days{1}, monday + days{6}, DatePrecision::day, m, "this week after " + anchor_words(m, anchor));
  }
  const int shift = m.offset * m.amount;
  const sys_days start = monday + days{7 * shift};
  std::string why = shift == 0 ? "the ISO week of "
                               : "the ISO week " + plural(shift < 0 ? -shift : shift, "week") +
                                     (shift < 0 ? " before that of " : " after that of ");
  return make(start, start + days{6}, DatePrecision::day, m, why + anchor_words(m, anchor));
}

std::optional<ResolvedDate> resolve_weekend(const DateMention& m, sys_days a, year_month_day anchor) {
  const unsigned at = weekday_of(a);
  sys_days saturday;
  std::string why;
  if (m.offset < 0) {
    // The weekend the anchor falls on, or else the last one before it.
    saturday = at == 6 ? a : at == 0 ? a - days{1} : a - days{at + 1};
    saturday -= days{7 * (m.amount - 1)};
    why = "the weekend on or before ";
  } else if (m.offset == 0) {
    saturday = iso_week_start(a) + days{5};
    why = "the weekend of the ISO week of ";
  } else {
    saturday = a + days{at == 6 ? 7 : 6 - at};
    saturday += days{7 * (m.amount - 1)};
    why = "the weekend after ";
  }
  if (m.amount > 1) why = plural(m.amount, "weekend") + (m.offset < 0 ? " back: " : " ahead: ") + why;
  // Looking back from a Saturday, the weekend so far is that Saturday: never a day after the anchor.
  const sys_days sunday = m.offset < 0 ? std::min(saturday + days{1}, a) : saturday + days{1};
  return make(saturday, sunday, DatePrecision::day, m, why + anchor_words(m, anchor));
}

std::optional<ResolvedDate> resolve_month(const DateMention& m, sys_days a, year_month_day anchor) {
  using namespace std::chrono;
  const year_month ym{anchor.year(), anchor.month()};
  if (m.earlier_part) {
    if (anchor.day() == day{1}) return std::nullopt;
    return make(sys_days{ym / 1}, a - days{1}, DatePrecision::day, m, "this month before " + anchor_words(m, anchor));
  }
  if (m.later_part) {
    const sys_days last_day{ym / last};
    if (a == last_day) return std::nullopt;
    return make(a + days{1}, last_day, DatePrecision::day, m, "this month after " + anchor_words(m, anchor));
  }
  const int shift = m.offset * m.amount;
  const year_month target = ym + months{shift};
  std::string why = shift == 0 ? "the month of "
                               : plural(shift < 0 ? -shift : shift, "month") +
                                     (shift < 0 ? " before the month of " : " after the month of ");
  return make(sys_days{target / 1}, sys_days{target / last}, DatePrecision::month, m, why + anchor_words(m, anchor));
}

std::optional<ResolvedDate> resolve_year(const DateMention& m, sys_days a, year_month_day anchor) {
  using namespace std::chrono;
  const year y = anchor.year();
  if (m.earlier_part) {
    if (anchor.month() == January && anchor.day() == day{1}) return std::nullopt;
    return make(sys_days{y / January / 1}, a - days{1}, DatePrecision::day, m,
                "this year before " + anchor_words(m, anchor));
  }
  if (m.later_part) {
    if (anchor.month() == December && anchor.day() == day{31}) return std::nullopt;
    return make(a + days{1}, sys_days{y / December / 31}, DatePrecision::day, m,
                "this year after " + anchor_words(m, anchor));
  }
  const int shift = m.offset * m.amount;
  const year target = y + years{shift};
  std::string why = shift == 0 ? "the year of "
                               : plural(shift < 0 ? -shift : shift, "year") +
                                     (shift < 0 ? " before the year of " : " after the year of ");
  return make(sys_days{target / January / 1}, sys_days{target / December / 31}, DatePrecision::year, m,
              why + anchor_words(m, anchor));
}

}  // namespace

std::string to_iso_string(std::chrono::year_month_day date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

std::optional<ResolvedDate> resolve_date(const DateMention& mention,
                                         std::optional<std::chrono::year_month_day> anchor) {
  if (anchor && !anchor->ok()) return std::nullopt;
  if (!mention.relative) return resolve_absolute(mention, anchor);
  if (!anchor) return std::nullopt;  // a relative form needs its anchor: never guess one
  const sys_days a{*anchor};
  switch (mention.unit) {
    case RelativeUnit::day: return resolve_day(mention, a, *anchor);
    case RelativeUnit::week: return resolve_week(mention, a, *anchor);
    case RelativeUnit::weekend: return resolve_weekend(mention, a, *anchor);
    case RelativeUnit::month: return resolve_month(mention, a, *anchor);
    case RelativeUnit::year: return resolve_year(mention, a, *anchor);
    case RelativeUnit::none: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace crosscheck::grammars
