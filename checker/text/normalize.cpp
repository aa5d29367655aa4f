#include "checker/text/normalize.hpp"

#include <algorithm>
#include <array>
#include <iterator>

#include "checker/text/encoding.hpp"

namespace crosscheck {

void NormToByte::append_run(std::size_t byte, std::size_t count) {
  if (count == 0) return;
  if (runs_.empty() || runs_.back().byte + (size_ - runs_.back().norm) != byte) runs_.push_back({size_, byte});
  size_ += count;
}

std::size_t NormToByte::operator[](std::size_t norm) const {
  const auto after =
      std::upper_bound(runs_.begin(), runs_.end(), norm, [](std::size_t n, const Run& r) { return n < r.norm; });
  const Run& run = *std::prev(after);
  return run.byte + (norm - run.norm);
}

namespace {

// HTML and Unicode tables below are technical facts of the formats, not domain vocabulary,
// so they live in code rather than in the lexicon.
struct NamedEntity {
  std::string_view name;
  char32_t code_point;
};

constexpr std::array<NamedEntity, 64> named_entities{{
    {"AElig", 0xC6},    {"Auml", 0xC4},    {"Ouml", 0xD6},    {"Prime", 0x2033}, {"Uuml", 0xDC},    {"aacute", 0xE1},
    {"acirc", 0xE2},    {"agrave", 0xE0},  {"amp", '&'},      {"apos", '\''},    {"auml", 0xE4},    {"bdquo", 0x201E},
    {"bull", 0x2022},   {"ccedil", 0xE7},  {"cent", 0xA2},    {"copy", 0xA9},    {"dash", 0x2010},  {"deg", 0xB0},
    {"eacute", 0xE9},   {"ecirc", 0xEA},   {"egrave", 0xE8},  {"emsp", 0x2003},  {"ensp", 0x2002},  {"euml", 0xEB},
    {"euro", 0x20AC},   {"frac12", 0xBD},  {"frac14", 0xBC},  {"frac34", 0xBE},  {"gt", '>'},       {"hellip", 0x2026},
    {"hyphen", 0x2010}, {"iacute", 0xED},  {"iuml", 0xEF},    {"laquo", 0xAB},   {"ldquo", 0x201C}, {"lsaquo", 0x2039},
    {"lsquo", 0x2018},  {"lt", '<'},       {"mdash", 0x2014}, {"middot", 0xB7},  {"minus", 0x2212}, {"nbsp", 0xA0},
    {"ndash", 0x2013},  {"ntilde", 0xF1},  {"oacute", 0xF3},  {"ouml", 0xF6},    {"para", 0xB6},    {"plusmn", 0xB1},
    {"pound", 0xA3},    {"prime", 0x2032}, {"quot", '"'},     {"raquo", 0xBB},   {"rdquo", 0x201D}, {"reg", 0xAE},
    {"rsaquo", 0x203A}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"sect", 0xA7},    {"shy", 0xAD},     {"szlig", 0xDF},
    {"thinsp", 0x2009}, {"times", 0xD7},   {"trade", 0x2122}, {"uuml", 0xFC},
}};

// HTML elements whose tags are removed; anything else in angle brackets stays as text.
constexpr std::string_view html_elements[] = {
    "a",          "abbr",    "address",  "article", "aside",  "audio",   "b",      "bdi",        "bdo",      "big",
    "blockquote", "body",    "br",       "caption", "center", "cite",    "code",   "col",        "colgroup", "dd",
    "del",        "details", "dfn",      "div",     "dl",     "dt",      "em",     "figcaption", "figure",   "font",
    "footer",     "h1",      "h2",       "h3",      "h4",     "h5",      "h6",     "head",       "header",   "hr",
    "html",       "i",       "iframe",   "img",     "ins",    "kbd",     "label",  "li",         "main",     "mark",
    "meta",       "nav",     "noscript", "ol",      "p",      "picture", "pre",    "q",          "s",        "samp",
    "script",     "section", "small",    "source",  "span",   "strike",  "strong", "style",      "sub",      "summary",
    "sup",        "table",   "tbody",    "td",      "tfoot",  "th",      "thead",  "time",       "title",    "tr",
    "tt",         "u",       "ul",       "var",     "video",  "wbr",
};

// Elements that end a paragraph (emit a blank line); <br> emits a single newline.
constexpr std::string_view block_elements[] = {
    "article",    "aside",  "blockquote", "body", "caption", "dd",  "div",     "dl", "dt",
    "figcaption", "figure", "footer",     "h1",   "h2",      "h3",  "h4",      "h5", "h6",
    "header",     "hr",     "li",         "ol",   "p",       "pre", "section", "tr",
};
static_assert(std::is_sorted(std::begin(html_elements), std::end(html_elements)));
static_assert(std::is_sorted(std::begin(block_elements), std::end(block_elements)));

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
bool is_space_or_newline(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool contains(std::string_view haystack, std::size_t at, std::string_view needle) {
  return haystack.size() >= at + needle.size() && haystack.compare(at, needle.size(), needle) == 0;
}

// Case-insensitive search for `needle` (lowercase ASCII) from `from`.
std::size_t find_ascii_ci(std::string_view s, std::size_t from, std::string_view needle) {
  for (std::size_t i = from; i + needle.size() <= s.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && ascii_lower(s[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

template <std::size_t N>
bool in_table(const std::string_view (&table)[N], std::string_view lower_name) {
  return std::binary_search(std::begin(table), std::end(table), lower_name);
}

class Normalizer {
 public:
  Normalizer(std::string_view original, std::size_t begin) : s_(original), i_(begin) {
    out_.text.reserve(s_.size() - begin);
  }

  NormalizedText run() {
    while (i_ < s_.size()) {
      while (!links_.empty() && links_.back().first < i_) links_.pop_back();  // markup overran it
      if (!links_.empty() && i_ == links_.back().first) {                     // the "](url)" tail of a link
        i_ = links_.back().second;
        links_.pop_back();
        continue;
      }
      step();
    }
    out_.norm_to_byte.push_back(s_.size());
    return std::move(out_);
  }

 private:
  void emit(char c, std::size_t from) {
    out_.text.push_back(c);
    out_.norm_to_byte.push_back(from);
    if (c == '\n') {
      line_start_ = true;
    } else if (c != ' ') {
      line_start_ = false;
    }
  }

  void emit_newlines_for_paragraph(std::size_t from) {
    // Enough newlines that a blank line separates what came before from what follows.
    std::size_t have = 0;
    for (std::size_t k = out_.text.size(); k > 0 && have < 2 && out_.text[k - 1] == '\n'; --k) ++have;
    if (out_.text.empty()) return;
    for (; have < 2; ++have) emit('\n', from);
  }

  void step() {
    const char c = s_[i_];
    const auto uc = static_cast<unsigned char>(c);
    if (uc >= 0x80) return multibyte();
    switch (c) {
      case '\r':
        emit('\n', i_);
        i_ += (i_ + 1 < s_.size() && s_[i_ + 1] == '\n') ? 2 : 1;
        return;
      case '\n': emit('\n', i_++); return;
      case '\t': emit(' ', i_++); return;
      case '\0':
        out_.problems.emplace_back(i_, ByteProblem::nul_byte);
        emit(' ', i_++);
        return;
      case '<':
        if (html_tag()) return;
        break;
      case '&':
        if (entity()) return;
        break;
      case '!':
        if (i_ + 1 < s_.size() && s_[i_ + 1] == '[' && markdown_image()) return;
        break;
      case '[':
        if (markdown_link()) return;
        break;
      case '*':
      case '_':
        if (emphasis_marker()) return;
        break;
      case '#':
        if (line_start_ && heading_marker()) return;
        break;
      case '>':
        if (line_start_ && blockquote_marker()) return;
        break;
      default:
        if (uc < 0x20 || uc == 0x7F) {  // other control characters (form feed, ESC, ...)
          emit(' ', i_++);
          return;
        }
        break;
    }
    copy_plain_run();
  }

  // Bytes that need no decision are copied in bulk: most of a news article.
  static bool is_plain(char c) {
    const auto uc = static_cast<unsigned char>(c);
    if (uc < 0x20 || uc >= 0x7F) return false;
    switch (c) {
      case '<':
      case '&':
      case '!':
      case '[':
      case ']':
      case '*':
      case '_':
      case '#':
      case '>': return false;
      default: return true;
    }
  }

  void copy_plain_run() {
    std::size_t end = i_ + 1;  // the current byte was already judged ordinary
    while (end < s_.size() && is_plain(s_[end])) ++end;
    out_.text.append(s_.data() + i_, end - i_);
    out_.norm_to_byte.append_run(i_, end - i_);
    bool only_spaces = true;
    for (; i_ < end; ++i_) only_spaces = only_spaces && s_[i_] == ' ';
    if (!only_spaces) line_start_ = false;
  }

  void multibyte() {
    char32_t cp = 0;
    const std::size_t len = decode_utf8(s_, i_, cp);
    if (len == 0) {
      out_.problems.emplace_back(i_, ByteProblem::invalid_utf8);
      emit_utf8(0xFFFD, i_);
      ++i_;
      return;
    }
    const std::size_t at = i_;
    i_ += len;
    emit_code_point(cp, at, len);
  }

  void emit_utf8(char32_t cp, std::size_t from) {
    std::string bytes;  // at most four bytes: no allocation
    append_utf8(bytes, cp);
    for (const char byte : bytes) emit(byte, from);
  }

  // Folds a code point that came from `from` (a UTF-8 sequence of `len` bytes, or an entity).
  void emit_code_point(char32_t cp, std::size_t from, std::size_t len) {
    switch (cp) {
      case 0x00A0:
      case 0x1680:
      case 0x2000:
      case 0x2001:
      case 0x2002:
      case 0x2003:
      case 0x2004:
      case 0x2005:
      case 0x2006:
      case 0x2007:
      case 0x2008:
      case 0x2009:
      case 0x200A:
      case 0x202F:
      case 0x205F:
      case 0x3000: return emit(' ', from);
      case 0x0085:
      case 0x2028:
      case 0x2029: return emit('\n', from);
      case 0x2018:
      case 0x2019:
      case 0x201A:
      case 0x201B:
      case 0x2032:
      case 0x2039:
      case 0x203A: return emit('\'', from);
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x201F:
      case 0x2033:
      case 0x00AB:
      case 0x00BB: return emit('"', from);
      case 0x2010:
      case 0x2011:
      case 0x2012:
      case 0x2013:
      case 0x2014:
      case 0x2015:
      case 0x2212:
      case 0xFE58:
      case 0xFE63:
      case 0xFF0D: return emit('-', from);
      case 0x2026:
        emit('.', from);
        emit('.', from);
        return emit('.', from);
      case 0x00AD:
      case 0x200B:
      case 0x200C:
      case 0x200D:
      case 0x200E:
      case 0x200F:
      case 0x2060:
      case 0x2066:
      case 0x2067:
      case 0x2068:
      case 0x2069:
      case 0xFEFF: return;  // invisible: soft hyphen, zero-width and direction marks
      default: break;
    }
    if (cp < 0x80) {
      const char c = static_cast<char>(cp);
      if (c == '\r' || c == '\n') return emit('\n', from);
      if (cp < 0x20 || cp == 0x7F) return emit(' ', from);
      return emit(c, from);
    }
    if (len > 0) {  // copied byte for byte: every byte maps to its own original byte
      for (std::size_t k = 0; k < len; ++k) emit(s_[from + k], from + k);
      return;
    }
    emit_utf8(cp, from);
  }

  // &amp; &#8217; &#x2019; (the semicolon is required: "AT&T" stays as written).
  bool entity() {
    const std::size_t start = i_;
    std::size_t k = start + 1;
    char32_t cp = 0;
    if (k < s_.size() && s_[k] == '#') {
      ++k;
      const bool hex = k < s_.size() && (s_[k] == 'x' || s_[k] == 'X');
      if (hex) ++k;
      const std::size_t digits = k;
      while (k < s_.size() && k - digits < 8) {
        const char d = s_[k];
        if (is_ascii_digit(d)) {
          cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d - '0');
        } else if (hex && ((d >= 'a' && d <= 'f') || (d >= 'A' && d <= 'F'))) {
          cp = cp * 16 + static_cast<char32_t>(ascii_lower(d) - 'a' + 10);
        } else {
          break;
        }
        ++k;
      }
      if (k == digits || k >= s_.size() || s_[k] != ';') return false;
      if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    } else {
      const std::size_t name_begin = k;
      while (k < s_.size() && is_ascii_alnum(s_[k]) && k - name_begin < 10) ++k;
      if (k == name_begin || k >= s_.size() || s_[k] != ';') return false;
      const std::string_view name = s_.substr(name_begin, k - name_begin);
      const auto it = std::find_if(named_entities.begin(), named_entities.end(),
                                   [&](const NamedEntity& e) { return e.name == name; });
      if (it == named_entities.end()) return false;
      cp = it->code_point;
    }
    i_ = k + 1;
    out_.source_units.emplace_back(start, i_);
    emit_code_point(cp, start, 0);
    return true;
  }

  // <b>, </u>, <a href="...">, <br/>, <!-- comment -->; block elements become a paragraph break.
  bool html_tag() {
    const std::size_t start = i_;
    if (contains(s_, start, "<!--")) {
      const std::size_t close = s_.find("-->", start + 4);
      if (close == std::string_view::npos) return false;
      i_ = close + 3;
      return true;
    }
    std::size_t k = start + 1;
    const bool closing = k < s_.size() && s_[k] == '/';
    if (closing) ++k;
    const std::size_t name_begin = k;
    while (k < s_.size() && is_ascii_alnum(s_[k]) && k - name_begin < 12) ++k;
    if (k == name_begin || !is_ascii_alpha(s_[name_begin]) || k >= s_.size()) return false;
    if (!(s_[k] == '>' || s_[k] == '/' || is_space_or_newline(s_[k]))) return false;
    std::string name(s_.substr(name_begin, k - name_begin));
    for (char& ch : name) ch = ascii_lower(ch);
    if (!in_table(html_elements, name)) return false;
    // Find the closing '>', skipping quoted attribute values.
    char quote = 0;
    const std::size_t limit = std::min(s_.size(), start + 2048);
    for (; k < limit; ++k) {
      const char ch = s_[k];
      if (quote != 0) {
        if (ch == quote) quote = 0;
      } else if (ch == '"' || ch == '\'') {
        quote = ch;
      } else if (ch == '>') {
        break;
      }
    }
    if (k >= limit) return false;
    i_ = k + 1;
    out_.source_units.emplace_back(start, i_);
    if (!closing && (name == "script" || name == "style")) {  // their content is not prose
      const std::size_t end = find_ascii_ci(s_, i_, name == "script" ? "</script" : "</style");
      if (end != std::string_view::npos) {
        const std::size_t gt = s_.find('>', end);
        i_ = gt == std::string_view::npos ? s_.size() : gt + 1;
      }
      return true;
    }
    if (name == "br") {
      // A <br> right before a real line break adds nothing; otherwise it is the line break.
      if (i_ < s_.size() && (s_[i_] == '\n' || s_[i_] == '\r')) return true;
      emit('\n', start);
    } else if (in_table(block_elements, name)) {
      emit_newlines_for_paragraph(start);
    }
    return true;
  }

  // Finds the ']' matching the '[' at `open` and the ')' of a following "(url)" on the same
  // line; returns false when the brackets are not a Markdown link.
  bool find_link_parts(std::size_t open, std::size_t& close_bracket, std::size_t& end) const {
    int depth = 0;
    std::size_t k = open;
    const std::size_t limit = std::min(s_.size(), open + 2000);
    for (; k < limit; ++k) {
      const char ch = s_[k];
      if (ch == '\n' || ch == '\r') return false;
      if (ch == '[') ++depth;
      if (ch == ']' && --depth == 0) break;
    }
    if (k >= limit || k + 1 >= s_.size() || s_[k + 1] != '(') return false;
    close_bracket = k;
    int parens = 0;
    for (k = k + 1; k < limit; ++k) {
      const char ch = s_[k];
      if (ch == '\n' || ch == '\r') return false;
      if (ch == '(') ++parens;
      if (ch == ')' && --parens == 0) break;
    }
    if (k >= limit) return false;
    end = k + 1;
    return true;
  }

  bool markdown_image() {
    std::size_t close = 0;
    std::size_t end = 0;
    if (!find_link_parts(i_ + 1, close, end)) return false;
    i_ = end;
    return true;
  }

  bool markdown_link() {
    std::size_t close = 0;
    std::size_t end = 0;
    if (!find_link_parts(i_, close, end)) return false;
    links_.emplace_back(close, end);
    ++i_;
    return true;
  }

  // `**x**`, `*x*`, `__x__`, `_x_`: a run of 1-3 markers that opens or closes emphasis is
  // dropped; intra-word runs (snake_case, 3*4), spaced runs and bullets stay.
  bool emphasis_marker() {
    const char marker = s_[i_];
    std::size_t k = i_;
    while (k < s_.size() && s_[k] == marker) ++k;
    const std::size_t run = k - i_;
    if (run > 3) {  // a rule or a censored word, not emphasis: keep the whole run
      while (i_ < k) emit(marker, i_++);
      return true;
    }
    const char prev = i_ > 0 ? s_[i_ - 1] : ' ';
    const char next = k < s_.size() ? s_[k] : ' ';
    const bool prev_space = is_space_or_newline(prev);
    const bool next_space = is_space_or_newline(next);
    if (prev_space && next_space) return false;
    if (is_ascii_alnum(prev) && is_ascii_alnum(next)) return false;
    if (marker == '*' && run == 1 && line_start_ && next == ' ') return false;  // "* item"
    i_ = k;
    return true;
  }

  // "## Heading": the markers and one space go.
  bool heading_marker() {
    std::size_t k = i_;
    while (k < s_.size() && s_[k] == '#') ++k;
    if (k - i_ > 6) return false;
    if (k < s_.size() && s_[k] != ' ' && s_[k] != '\t' && s_[k] != '\n' && s_[k] != '\r') return false;
    if (k < s_.size() && (s_[k] == ' ' || s_[k] == '\t')) ++k;
    i_ = k;
    return true;
  }

  // "> quoted paragraph": the marker and one space go.
  bool blockquote_marker() {
    std::size_t k = i_ + 1;
    if (k < s_.size() && s_[k] != ' ' && s_[k] != '\n' && s_[k] != '\r' && s_[k] != '>') return false;
    if (k < s_.size() && s_[k] == ' ') ++k;
    i_ = k;
    return true;
  }

  std::string_view s_;
  std::size_t i_;
  bool line_start_ = true;
  std::vector<std::pair<std::size_t, std::size_t>> links_;  // open links: (']' offset, end of "(url)")
  NormalizedText out_;
};

}  // namespace

std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& code_point) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  std::size_t len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (b0 < 0x80) {
    code_point = b0;
    return 1;
  } else if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2, cp = b0 & 0x1Fu, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3, cp = b0 & 0x0Fu, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4, cp = b0 & 0x07u, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  code_point = cp;
  return len;
}

NormalizedText normalize_text(std::string_view original, std::size_t begin) {
  return Normalizer(original, begin).run();
}

}  // namespace crosscheck
