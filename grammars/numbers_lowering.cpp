#include "grammars/numbers_lowering.hpp"

#include <cctype>
#include <cmath>
#include <limits>
#include <string>

#include "grammars/numbers_rules.hpp"

namespace crosscheck::grammars {

namespace {

struct Simple {
  double value = 0;
  std::optional<double> hi;  // vague words only
  bool vague = false;
  bool words = false;
};

std::optional<double> to_double(std::string_view s) {
  if (s.empty()) return std::nullopt;
  try {
    std::size_t used = 0;
    const double v = std::stod(std::string(s), &used);
    if (used != s.size()) return std::nullopt;
    return v;
  } catch (...) {
    return std::nullopt;
  }
}

// "2,000", "12,500,000": commas before groups of exactly three digits, a first group of one
// to three digits that is not "0", and no other separator.
bool comma_grouped(const std::string& text) {
  std::size_t run = 0, groups = 0;
  for (char c : text) {
    if (c == ',') {
      if (run == 0 || run > 3 || (groups > 0 && run != 3)) return false;
      ++groups;
      run = 0;
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      ++run;
    } else {
      return false;
    }
  }
  return groups > 0 && run == 3 && text.front() != '0';
}

// Digits as written, checked against the grouping convention. `has_scale` lifts the one
// ambiguity English and continental styles share: "6.000" alone could be 6 or 6000.
std::optional<double> lower_digits(const std::string& text, bool has_scale, const NumberOptions& options) {
  // Copy in a language that groups with dots may keep English grouping ("2,000 personas",
  // translated or from a country that writes so): a decimal with exactly three places is rare
  // in news, so commas before groups of three read as thousands there. "1,5" stays a decimal.
  if (options.thousands == '.' && options.decimal == ',' && comma_grouped(text))
    return lower_digits(text, has_scale, NumberOptions{',', '.', options.space_groups});
  std::string integer_part, fraction;
  std::vector<std::size_t> groups;  // lengths of digit groups of the integer part
  char group_sep = 0;
  std::size_t run = 0;
  bool in_fraction = false;
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      (in_fraction ? fraction : integer_part).push_back(c);
      ++run;
      continue;
    }
    if (in_fraction) return std::nullopt;  // a separator after the decimal part
    if (c == options.decimal) {
      groups.push_back(run);
      run = 0;
      in_fraction = true;
      continue;
    }
    const bool is_group = c == options.thousands || (c == ' ' && options.space_groups) || c == '\'';
    if (!is_group || (group_sep != 0 && group_sep != c)) return std::nullopt;
    group_sep = c;
    groups.push_back(run);
    run = 0;
  }
  if (!in_fraction) groups.push_back(run);
  if (groups.size() > 1) {
    if (groups.front() == 0 || groups.front() > 3) return std::nullopt;
    for (std::size_t i = 1; i < groups.size(); ++i)
      if (groups[i] != 3) return std::nullopt;
  }
  if (in_fraction && fraction.empty()) return std::nullopt;
  // "6.000" (English) or "6,000" (continental) with no grouping elsewhere: the reader cannot
  // tell a decimal from a thousands group, so neither can we.
  if (in_fraction && fraction.size() == 3 && groups.size() == 1 && !has_scale) return std::nullopt;
  std::string plain = integer_part;
  if (!fraction.empty()) plain += "." + fraction;
  return to_double(plain);
}

double scale_value(const std::string& canonical) {
  return to_double(std::string_view(canonical).substr(1)).value_or(0);
}

// The rest after a scale word, as the grammar keeps it: "920", "812.406" (grouped as the
// language groups thousands), or "240*1000+031" (a smaller scale word and its own rest).
std::optional<double> lower_rest(const std::string& rest, const NumberOptions& options) {
  const std::size_t star = rest.find('*');
  const auto digits = lower_digits(rest.substr(0, star), false, options);
  if (!digits || *digits != std::floor(*digits) || star == std::string::npos) return digits;
  const std::size_t plus = rest.find('+', star);
  const double smaller = scale_value(rest.substr(star, plus == std::string::npos ? plus : plus - star));
  double value = *digits * smaller;
  if (plus != std::string::npos) {
    const auto tail = to_double(std::string_view(rest).substr(plus + 1));
    if (!tail || *tail >= smaller) return std::nullopt;
    value += *tail;
  }
  return value;
}

// Spelled numbers, validated as English writes them: "twenty-five", "two hundred and seventy",
// "three dozen", "a thousand", "two million five hundred thousand".
std::optional<double> lower_words(const std::vector<std::string>& words) {
  double total = 0, current = 0, last_big = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    const bool is_scale = !w.empty() && w.front() == '*';
    if (!is_scale) {
      const auto v = to_double(w);
      if (!v) return std::nullopt;
      const double low = std::fmod(current, 100.0);
      if (*v >= 20) {
        if (low != 0) return std::nullopt;  // "five twenty"
      } else if (*v >= 10) {
        if (low != 0) return std::nullopt;  // "twenty twelve"
      } else if (low != 0 && (low < 20 || std::fmod(low, 10.0) != 0)) {
        return std::nullopt;  // "five six"
      }
      current += *v;
      continue;
    }
    const double scale = scale_value(w);
    if (current == 0) return std::nullopt;  // a bare scale word ("hundred soldiers")
    if (scale == 100) {
      if (current >= 100) return std::nullopt;  // "two hundred hundred"
      current *= 100;
    } else {
      if (scale >= last_big) return std::nullopt;  // "two thousand three million"
      total += current * scale;
      current = 0;
      last_big = scale;
    }
  }
  const double value = total + current;
  if (value == 0) return std::nullopt;
  return value;
}

std::optional<Simple> lower_simple(const ast::SimpleNumber& number, const NumberOptions& options) {
  struct Visitor {
    const NumberOptions& options;
    std::optional<Simple> operator()(const ast::DigitNumber& d) const {
      const auto v = lower_digits(d.digits, d.scale.has_value(), options);
      if (!v) return std::nullopt;
      Simple s;
      if (!d.scale) {
        s.value = *v;
        return s;
      }
      // "2 mil 920": the digits after the scale word add to a whole number of it
      const std::size_t plus = d.scale->find('+');
      const double scale = scale_value(d.scale->substr(0, plus));
      s.value = *v * scale;
      if (plus != std::string::npos) {
        const auto rest = lower_rest(d.scale->substr(plus + 1), options);
        if (!rest || *v != std::floor(*v) || *rest >= scale) return std::nullopt;
        s.value += *rest;
      }
      return s;
    }
    std::optional<Simple> operator()(const ast::WordNumber& w) const {
      // The article reads 1, so "a three" fails the same check as "one three".
      const auto v = lower_words(w.words);
      if (!v) return std::nullopt;
      Simple s;
      s.value = *v;
      s.words = true;
      return s;
    }
    std::optional<Simple> operator()(const ast::VagueNumber& v) const {
      const auto dash = v.range.find('-');
      if (dash == std::string::npos) return std::nullopt;
      const auto lo = to_double(std::string_view(v.range).substr(0, dash));
      const auto hi = to_double(std::string_view(v.range).substr(dash + 1));
      if (!lo || !hi) return std::nullopt;
      Simple s;
      s.value = *lo;
      s.hi = *hi;
      s.vague = true;
      s.words = true;
      return s;
    }
  };
  return boost::apply_visitor(Visitor{options}, number);
}

}  // namespace

std::optional<NumberMatch> lower_number(const ast::NumberPhrase& phrase, const char* base,
                                        const NumberOptions& options) {
  const auto lo = lower_simple(phrase.lo, options);
  if (!lo) return std::nullopt;
  NumberMatch match;
  match.begin = static_cast<std::size_t>(phrase.first - base);
  match.end = static_cast<std::size_t>(phrase.last - base);
  match.value = lo->value;
  match.value_hi = lo->hi;
  match.vague = lo->vague;
  match.words = lo->words;
  if (phrase.hi) {
    const auto hi = lower_simple(*phrase.hi, options);
    // Ranges of vague words, or whose top is not above the bottom ("2022-23"), are not ranges.
    if (!hi || hi->vague || lo->vague || hi->value <= lo->value) return std::nullopt;
    match.value_hi = hi->value;
    match.words = lo->words || hi->words;
  }
  return match;
}

Interval lower_qualifier(Qualifier qualifier, const NumberMatch& number) {
  const double inf = std::numeric_limits<double>::infinity();
  const double lo = number.value;
  const double hi = number.value_hi.value_or(number.value);
  const bool whole = std::floor(lo) == lo && std::floor(hi) == hi;
  switch (qualifier) {
    case Qualifier::exact: return {lo, hi};
    case Qualifier::more_than: return {whole ? lo + 1 : std::nextafter(lo, inf), inf};
    case Qualifier::at_least: return {lo, inf};
    case Qualifier::about: return {0.9 * lo, 1.1 * hi};
    case Qualifier::nearly: return {0.9 * lo, hi};
    case Qualifier::up_to:
    case Qualifier::at_most: return {0, hi};
    case Qualifier::fewer_than: return {0, whole ? hi - 1 : std::nextafter(hi, 0.0)};
  }
  return {lo, hi};
}

}  // namespace crosscheck::grammars
