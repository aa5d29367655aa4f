#include "grammars/relative_date.hpp"

#include <doctest/doctest.h>

#include <string>

namespace cg = crosscheck::grammars;
using namespace std::chrono;

namespace {

const cg::DateGrammar& grammar() {
  static const cg::DateGrammar g(crosscheck::Lexicon::load_directory(crosscheck::default_lexicon_dir()));
  return g;
}

cg::DateMention mention_of(const std::string& phrase) {
  const auto mentions = grammar().parse(phrase);
  REQUIRE(mentions.size() == 1);
  return mentions[0];
}

std::optional<year_month_day> day_of(const char* iso) {
  if (!iso) return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  REQUIRE(std::sscanf(iso, "%d-%u-%u", &y, &m, &d) == 3);
  return year{y} / month{m} / day{d};
}

struct ResolveCase {
  const char* phrase;
  const char* anchor;  // nullptr: no anchor known
  const char* lo;      // nullptr: must not resolve
  const char* hi;
  cg::DatePrecision precision = cg::DatePrecision::day;
};

}  // namespace

TEST_CASE("resolve_date") {
  // 2025-06-10 is a Tuesday.
  SUBCASE("weekdays: the most recent on or before the anchor, last/next strictly before/after") {
    const ResolveCase cases[] = {
        {"on Tuesday", "2025-06-10", "2025-06-10", "2025-06-10"},
        {"on Monday", "2025-06-10", "2025-06-09", "2025-06-09"},
        {"on Wednesday", "2025-06-10", "2025-06-04", "2025-06-04"},
        {"on Sunday", "2025-06-10", "2025-06-08", "2025-06-08"},
        {"last Tuesday", "2025-06-10", "2025-06-03", "2025-06-03"},
        {"next Tuesday", "2025-06-10", "2025-06-17", "2025-06-17"},
        {"next Friday", "2025-06-10", "2025-06-13", "2025-06-13"},
        {"on Friday", "2025-01-01", "2024-12-27", "2024-12-27"},
    };
    for (const auto& c : cases) {
      const std::string phrase = c.phrase, anchor = c.anchor ? c.anchor : "none";
      CAPTURE(phrase);
      CAPTURE(anchor);
      const auto r = cg::resolve_date(mention_of(c.phrase), day_of(c.anchor));
      REQUIRE(r);
      CHECK(r->lo == *day_of(c.lo));
      CHECK(r->hi == *day_of(c.hi));
      CHECK(r->precision == c.precision);
    }
  }
  SUBCASE("days, weeks, weekends, months and years around the anchor") {
    const ResolveCase cases[] = {
        {"yesterday", "2025-06-10", "2025-06-09", "2025-06-09"},
        {"today", "2025-06-10", "2025-06-10", "2025-06-10"},
        {"tomorrow", "2025-06-10", "2025-06-11", "2025-06-11"},
        {"yesterday", "2025-01-01", "2024-12-31", "2024-12-31"},
        {"yesterday", "2024-03-01", "2024-02-29", "2024-02-29"},
        {"yesterday", "2023-03-01", "2023-02-28", "2023-02-28"},
        {"two days ago", "2025-06-10", "2025-06-08", "2025-06-08"},
        {"last week", "2025-06-10", "2025-06-02", "2025-06-08"},
        {"last week", "2025-01-01", "2024-12-23", "2024-12-29"},
        {"this week", "2025-06-10", "2025-06-09", "2025-06-15"},
        {"three weeks ago", "2025-06-10", "2025-05-19", "2025-05-25"},
        {"earlier this month", "2025-06-10", "2025-06-01", "2025-06-09"},
        {"later this month", "2025-06-10", "2025-06-11", "2025-06-30"},
        {"earlier this week", "2025-06-10", "2025-06-09", "2025-06-09"},
        {"earlier this year", "2025-06-10", "2025-01-01", "2025-06-09"},
        {"over the weekend", "2025-06-10", "2025-06-07", "2025-06-08"},
        {"over the weekend", "2025-06-08", "2025-06-07", "2025-06-08"},
        {"at the weekend", "2025-06-07", "2025-06-07", "2025-06-07"},  // never past the anchor
        {"last weekend", "2025-06-13", "2025-06-07", "2025-06-08"},
        {"next weekend", "2025-06-10", "2025-06-14", "2025-06-15"},
        {"last month", "2025-01-15", "2024-12-01", "2024-12-31", cg::DatePrecision::month},
        {"last month", "2024-03-31", "2024-02-01", "2024-02-29", cg::DatePrecision::month},
        {"next month", "2025-12-20", "2026-01-01", "2026-01-31", cg::DatePrecision::month},
        {"last year", "2025-06-10", "2024-01-01", "2024-12-31", cg::DatePrecision::year},
    };
    for (const auto& c : cases) {
      const std::string phrase = c.phrase, anchor = c.anchor ? c.anchor : "none";
      CAPTURE(phrase);
      CAPTURE(anchor);
      const auto r = cg::resolve_date(mention_of(c.phrase), day_of(c.anchor));
      REQUIRE(r);
      CHECK(r->lo == *day_of(c.lo));
      CHECK(r->hi == *day_of(c.hi));
      CHECK(r->precision == c.precision);
    }
  }
  SUBCASE("narrative shifts count from the date passed as anchor") {
    // 2025-05-23 is a Friday.
    const ResolveCase cases[] = {
        {"two days earlier", "2025-05-23", "2025-05-21", "2025-05-21"},
        {"a day later", "2025-05-31", "2025-06-01", "2025-06-01"},
        {"the following day", "2024-12-31", "2025-01-01", "2025-01-01"},
        {"the day before", "2024-03-01", "2024-02-29", "2024-02-29"},
        {"a week earlier", "2025-05-23", "2025-05-12", "2025-05-18"},
        {"the previous week", "2025-05-23", "2025-05-12", "2025-05-18"},
    };
    for (const auto& c : cases) {
      const std::string phrase = c.phrase;
      CAPTURE(phrase);
      const auto m = mention_of(c.phrase);
      CHECK(m.anchor == cg::RelativeAnchor::narrative);
      const auto r = cg::resolve_date(m, day_of(c.anchor));
      REQUIRE(r);
      CHECK(r->lo == *day_of(c.lo));
      CHECK(r->hi == *day_of(c.hi));
    }
  }
  SUBCASE("absolute dates: as written, year-less ones take the nearest past-leaning year") {
    const ResolveCase cases[] = {
        {"May 23, 2025", nullptr, "2025-05-23", "2025-05-23"},
        {"Friday, 23 May 2025", "2030-01-01", "2025-05-23", "2025-05-23"},
        {"May 23", "2025-06-10", "2025-05-23", "2025-05-23"},
        {"December 28", "2025-01-03", "2024-12-28", "2024-12-28"},
        {"July 1", "2025-01-05", "2025-07-01", "2025-07-01"},
        {"May 23-25", "2025-06-10", "2025-05-23", "2025-05-25"},
        {"between 30 May and 2 June", "2025-06-10", "2025-05-30", "2025-06-02"},
        {"December 30 to January 2", "2025-01-05", "2024-12-30", "2025-01-02"},
        {"February 29", "2024-06-10", "2024-02-29", "2024-02-29"},
        {"February 2024", nullptr, "2024-02-01", "2024-02-29", cg::DatePrecision::month},
        {"in 2022", nullptr, "2022-01-01", "2022-12-31", cg::DatePrecision::year},
        // a month alone: the latest such month begun by the anchor
        {"in June", "2025-09-11", "2025-06-01", "2025-06-30", cg::DatePrecision::month},
        {"in September", "2025-09-11", "2025-09-01", "2025-09-30", cg::DatePrecision::month},
        {"in December", "2025-01-05", "2024-12-01", "2024-12-31", cg::DatePrecision::month},
        {"in early March", "2024-04-02", "2024-03-01", "2024-03-31", cg::DatePrecision::month},
        {"in 3/2024", nullptr, "2024-03-01", "2024-03-31", cg::DatePrecision::month},
    };
    for (const auto& c : cases) {
      const std::string phrase = c.phrase;
      CAPTURE(phrase);
      const auto r = cg::resolve_date(mention_of(c.phrase), day_of(c.anchor));
      REQUIRE(r);
      CHECK(r->lo == *day_of(c.lo));
      CHECK(r->hi == *day_of(c.hi));
      CHECK(r->precision == c.precision);
    }
  }
  SUBCASE("unresolvable: no anchor, empty ranges, days that do not exist") {
    const ResolveCase cases[] = {
        {"yesterday", nullptr, nullptr, nullptr},
        {"last week", nullptr, nullptr, nullptr},
        {"on Tuesday", nullptr, nullptr, nullptr},
        {"May 23", nullptr, nullptr, nullptr},
        {"earlier this month", "2025-06-01", nullptr, nullptr},
        {"earlier this week", "2025-06-09", nullptr, nullptr},
        {"later this month", "2025-06-30", nullptr, nullptr},
        {"February 29", "2025-06-10", nullptr, nullptr},
    };
    for (const auto& c : cases) {
      const std::string phrase = c.phrase, anchor = c.anchor ? c.anchor : "none";
      CAPTURE(phrase);
      CAPTURE(anchor);
      CHECK_FALSE(cg::resolve_date(mention_of(c.phrase), day_of(c.anchor)));
    }
  }
  SUBCASE("the resolution says how") {
    const auto r = cg::resolve_date(mention_of("on Tuesday"), day_of("2025-06-10"));
    REQUIRE(r);
    CHECK(r->how == "Tuesday -> 2025-06-10 (the Tuesday on or before published 2025-06-10)");
    const auto week = cg::resolve_date(mention_of("last week"), day_of("2025-06-10"));
    REQUIRE(week);
    CHECK(week->how.find("2025-06-02..2025-06-08") != std::string::npos);
  }
}
