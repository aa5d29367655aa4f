#include "checker/claims/clauses.hpp"

#include <algorithm>
#include <cctype>

namespace crosscheck {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

std::vector<std::size_t> clause_boundaries(std::string_view s) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ';' || c == ':' || c == '(' || c == ')') {
      out.push_back(i);
    } else if (c == ',') {
      const bool digit_before = i > 0 && is_digit(s[i - 1]);
      const bool digit_after = i + 1 < s.size() && is_digit(s[i + 1]);
      const bool date_year = digit_before && i + 2 < s.size() && s[i + 1] == ' ' && is_digit(s[i + 2]);
      if (!(digit_before && digit_after) && !date_year) out.push_back(i);
    } else if (c == '-' && i > 0 && i + 1 < s.size() && s[i - 1] == ' ' && s[i + 1] == ' ') {
      out.push_back(i);
    }
  }
  return out;
}

bool same_clause(const std::vector<std::size_t>& bounds, std::size_t a, std::size_t b) {
  if (a > b) std::swap(a, b);
  return std::none_of(bounds.begin(), bounds.end(), [&](std::size_t x) { return x >= a && x < b; });
}

bool opens_sentence(std::string_view s, std::size_t pos) {
  return std::none_of(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(std::min(pos, s.size())),
                      [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) != 0; });
}

int words_between(std::string_view s, std::size_t from, std::size_t to) {
  if (from >= to) return 0;
  int words = 0;
  bool in_word = false;
  for (std::size_t i = from; i < to && i < s.size(); ++i) {
    const bool w = !is_space(s[i]);
    if (w && !in_word) ++words;
    in_word = w;
  }
  return words;
}

namespace {

// The year (1900-2100, four plain digits) that starts at i in s, if one does.
std::optional<int> year_at(std::string_view s, std::size_t i) {
  const bool starts = (i == 0 || !std::isalnum(static_cast<unsigned char>(s[i - 1])));
  if (!starts || i + 4 > s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
  std::size_t j = i;
  while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
  if (j - i != 4) return std::nullopt;
  if (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) return std::nullopt;
  if (j + 1 < s.size() && (s[j] == ',' || s[j] == '.') && std::isdigit(static_cast<unsigned char>(s[j + 1])))
    return std::nullopt;
  if (i > 0 && (s[i - 1] == ',' || s[i - 1] == '.' || s[i - 1] == '$')) return std::nullopt;  // "1,2025", "$2025"
  const int year = std::stoi(std::string(s.substr(i, 4)));
  if (year < 1900 || year > 2100) return std::nullopt;
  return year;
}

}  // namespace

std::optional<int> last_year_in(std::string_view s) {
  std::optional<int> found;
  for (std::size_t i = 0; i + 4 <= s.size(); ++i)
    if (const auto year = year_at(s, i)) found = year;
  return found;
}

std::optional<int> year_near(std::string_view s, std::size_t begin, std::size_t end) {
  std::optional<int> found;
  for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
    const auto at = year_at(s, i);
    if (!at) continue;
    const int year = *at;
    const std::size_t j = i + 4;
    // "the largest exchange since 2022", "since February 2022": a reference point, not the
    // time of this event (unless a "when" clause follows it: "since 1976, when ... a quake").
    auto word_before = [&](std::size_t end_pos) {
      std::size_t e = end_pos;
      while (e > 0 && s[e - 1] == ' ') --e;
      std::size_t b = e;
      while (b > 0 && std::isalpha(static_cast<unsigned char>(s[b - 1]))) --b;
      std::string w(s.substr(b, e - b));
      for (auto& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      return std::make_pair(w, b);
    };
    bool reference = false;
    std::size_t back = i;
    for (int k = 0; k < 3 && !reference; ++k) {  // "since 2022", "since February 2022", "since the 2022 invasion"
      const auto [w, b] = word_before(back);
      if (w.empty()) break;
      reference = w == "since";
      back = b;
    }
    const bool near_before = j <= begin && words_between(s, j, begin) <= 2;
    const bool near_after = i >= end && words_between(s, end, i) <= 2;
    const bool when_clause = j <= begin && s.substr(j, 7) == ", when ";
    if (when_clause || (!reference && (near_before || near_after))) found = year;
  }
  return found;
}

bool has_digit(std::string_view s) { return std::any_of(s.begin(), s.end(), is_digit); }

bool has_four_digits(std::string_view s) {
  std::size_t run = 0;
  for (const char c : s) {
    if (is_digit(c)) {
      ++run;
      continue;
    }
    if (run == 4) return true;
    run = 0;
  }
  return run == 4;
}

std::string_view trim_view(std::string_view v) {
  while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
  while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
  return v;
}

std::string_view last_word(std::string_view s) {
  const std::size_t space = s.rfind(' ');
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

bool has_joint(std::string_view text, std::initializer_list<std::string_view> joints) {
  const auto folded = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; };
  for (std::string_view joint : joints) {
    const bool lead = joint.size() > 1 && joint.front() == ' ';
    const bool trail = joint.size() > 1 && joint.back() == ' ';
    const std::string_view core = joint.substr(lead, joint.size() - lead - trail);
    if (core.empty() || core.size() > text.size()) continue;
    for (std::size_t at = 0; at + core.size() <= text.size(); ++at) {
      if (lead && at > 0 && text[at - 1] != ' ') continue;
      const std::size_t end = at + core.size();
      if (trail && end < text.size() && text[end] != ' ') continue;
      if (std::equal(core.begin(), core.end(), text.begin() + static_cast<std::ptrdiff_t>(at),
                     [&](char a, char b) { return a == folded(b); }))
        return true;
    }
  }
  return false;
}

bool is_update_line(std::string_view s, const std::vector<std::string>& labels) {
  // the longest label the line opens with ("updated" before "update")
  std::size_t at = 0;
  for (const auto& label : labels)
    if (label.size() > at && s.size() > label.size() && lower(s.substr(0, label.size())) == label) at = label.size();
  if (at == 0) return false;
  // "Update: ...", "Update (17:00)", "Update - ...", "Update 17:00", "Update, 4:12 p.m.: ..."
  if (s.substr(at).starts_with(", ")) ++at;
  // ("AGGIORNAMENTO:" alone on its line heads the paragraph after it)
  if (at < s.size() && s[at] == ':') return true;
  return at + 1 < s.size() && (s.substr(at).starts_with(" (") || s.substr(at).starts_with(" -") ||
                               (s[at] == ' ' && std::isdigit(static_cast<unsigned char>(s[at + 1]))));
}

std::string_view leading_words(std::string_view s, std::size_t bytes) {
  if (s.size() <= bytes) return s;
  const std::size_t space = s.rfind(' ', bytes);
  return s.substr(0, space == std::string_view::npos ? bytes : space);
}

std::string lower(std::string_view s) {
  std::string out(s);
  // ASCII only, as std::tolower in the C locale, without a libc call per character
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; });
  return out;
}

FlatText flatten(std::string_view s, std::size_t base) {
  FlatText out;
  out.text.reserve(s.size());
  out.norm_at.reserve(s.size() + 1);
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_space(s[i])) {
      if (!out.text.empty() && out.text.back() == ' ') continue;
      out.text.push_back(' ');
    } else {
      out.text.push_back(s[i]);
    }
    out.norm_at.push_back(base + i);
  }
  out.norm_at.push_back(base + s.size());
  return out;
}

NormSpan norm_span(const FlatText& flat, std::size_t begin, std::size_t end) {
  const std::size_t b = flat.norm_at[begin];
  const std::size_t e = end > begin ? flat.norm_at[end - 1] + 1 : b;
  return {NormOffset{b}, NormOffset{e}};
}

// The capitalised name that starts at p in s, up to `end`: letters (accented Latin letters too:
// "Tarnópol", "Varnó"), hyphens and a space before another capital ("Castilla-La Mancha",
// "Kerr County"), and a short capitalised abbreviation before another capitalised word ("St.
// Lucie County", "Ft. Myers").
std::string capitalised_name_at(std::string_view s, std::size_t p, std::size_t end) {
  // a two-byte UTF-8 letter of Latin-1 and Latin Extended-A/B (U+00C0..U+024F), not a quote or dash
  const auto latin_letter = [&](std::size_t at) {
    const auto lead = static_cast<unsigned char>(s[at]);
    return lead >= 0xC3 && lead <= 0xC9 && at + 1 < end && (static_cast<unsigned char>(s[at + 1]) & 0xC0) == 0x80;
  };
  std::size_t q = p;
  std::size_t word = p;  // where the current word starts
  while (q < end) {
    const char ch = s[q];
    if (std::isalpha(static_cast<unsigned char>(ch)) || ch == '-') {
      ++q;
    } else if (q > word && latin_letter(q)) {
      q += 2;
    } else if (ch == ' ' && q + 1 < end && is_upper(s[q + 1])) {
      word = ++q;
    } else if (ch == '.' && q - word <= 2 && is_upper(s[word]) && q + 2 < end && s[q + 1] == ' ' &&
               is_upper(s[q + 2])) {
      word = q += 2;
    } else {
      break;
    }
  }
  return std::string(s.substr(p, q - p));
}

std::string capitalised_words_before(std::string_view s, std::size_t end, bool comma_ends) {
  std::size_t start = end;
  while (start > 0) {
    std::size_t word = start;
    while (word > 0 && !is_space(s[word - 1]) && !(comma_ends && s[word - 1] == ',')) --word;
    if (word == start || !is_upper(s[word])) break;
    start = word;
    while (start > 0 && is_space(s[start - 1])) --start;
  }
  while (start < end && is_space(s[start])) ++start;
  return std::string(s.substr(start, end - start));
}

// Whether a text is in title case, as a headline may be ("Hamas Frees 3 Israeli Hostages in
// Exchange"): of its words of four letters or more (title case leaves "in", "for" small), at
// least three, and four in five capitalised.
bool title_cased(std::string_view s, const std::set<std::string, std::less<>>& title_lowercase) {
  int words = 0, capitalised = 0;
  int bracket = 0;  // "(updated at 19:20 JST)" after a headline is no word of it
  for (std::size_t i = 0; i < s.size();) {
    if (!std::isalpha(static_cast<unsigned char>(s[i]))) {
      bracket += s[i] == '(' ? 1 : s[i] == ')' && bracket > 0 ? -1 : 0;
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end]))) ++end;
    if (end - i >= 4) {
      ++words;
      capitalised += is_upper(s[i]) ? 1 : 0;
      if (!title_lowercase.empty() && bracket == 0 && !is_upper(s[i]) &&
          !title_lowercase.contains(lower(s.substr(i, end - i))))
        return false;
    }
    i = end;
  }
  return words >= 3 && capitalised * 5 >= words * 4;
}

bool closes_on(std::string_view name, const std::vector<std::string>& heads, ClosesOn how) {
  const std::string folded = how.ignore_case ? lower(name) : std::string(name);
  return std::any_of(heads.begin(), heads.end(), [&](const std::string& head) {
    if (head.empty()) return false;
    if (folded == head) return how.whole;
    return folded.size() > head.size() + 1 && folded.ends_with(head) && folded[folded.size() - head.size() - 1] == ' ';
  });
}

// Whether `at` lies inside a quotation its sentence opens before it (a straight quote left
// open, or more opening than closing curly quotes).
bool inside_quotation(std::string_view text, std::size_t at) {
  const std::string_view before = text.substr(0, at);
  std::size_t straight = 0;
  for (const char ch : before) straight += ch == '"';
  const auto count = [&](std::string_view mark) {
    std::size_t n = 0;
    for (std::size_t p = before.find(mark); p != std::string_view::npos; p = before.find(mark, p + mark.size())) ++n;
    return n;
  };
  return straight % 2 == 1 || count("\xE2\x80\x9C") > count("\xE2\x80\x9D");
}

}  // namespace crosscheck
