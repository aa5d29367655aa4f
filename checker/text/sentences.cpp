// Paragraphs and sentences of normalized text. Lines are classified first (blank, bullet,
// standalone header-like line, hard-wrapped prose), then each paragraph is split at sentence
// punctuation, skipping abbreviations, initials, numbers and URLs.
#include <algorithm>
#include <string_view>

#include "checker/text/document.hpp"
#include "checker/text/normalize.hpp"

namespace crosscheck {

namespace {

// Used when the caller passes no list (tests, tools without a lexicon); the shipped list is
// the `abbreviations` section of lexicon/en/text.yaml.
const std::vector<std::string>& default_abbreviations() {
  static const std::vector<std::string> list = {
      "U.S.",  "U.K.", "U.N.", "E.U.", "Mr.",  "Mrs.",    "Ms.",   "Dr.",  "Prof.", "Gen.", "Lt.",   "Col.", "Maj.",
      "Capt.", "Sgt.", "Adm.", "Gov.", "Sen.", "Rep.",    "Pres.", "Sr.",  "Jr.",   "St.",  "Mt.",   "Jan.", "Feb.",
      "Mar.",  "Apr.", "Jun.", "Jul.", "Aug.", "Sep.",    "Sept.", "Oct.", "Nov.",  "Dec.", "No.",   "Nos.", "vs.",
      "e.g.",  "i.e.", "a.m.", "p.m.", "etc.", "approx.", "est.",  "Inc.", "Ltd.",  "Co.",  "Corp.",
  };
  return list;
}

// Wrapped prose lines are near the wrap width; a line well below it ends a paragraph.
constexpr double short_line_ratio = 0.6;
constexpr std::size_t min_wrapped_line = 30;  // code points; shorter lines are not wrap evidence

bool is_space(char c) { return c == ' ' || c == '\n'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
bool is_closer(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }
bool is_opener(char c) { return c == '"' || c == '\'' || c == '(' || c == '['; }

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// Uppercase letter at `i`, ASCII or the common non-ASCII uppercase blocks (Latin-1, Greek, Cyrillic).
bool starts_uppercase(std::string_view s, std::size_t i) {
  if (is_upper(s[i])) return true;
  if (static_cast<unsigned char>(s[i]) < 0x80) return false;
  char32_t cp = 0;
  if (decode_utf8(s, i, cp) == 0) return false;
  return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
}

// A sentence worth keeping has a letter or digit (not just "|" or "***" left from markup).
bool has_word_character(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (is_alpha(s[i]) || is_digit(s[i])) return true;
    if (c >= 0x80) {
      char32_t cp = 0;
      const std::size_t len = decode_utf8(s, i, cp);
      if (len > 0 && cp >= 0xC0 && !(cp >= 0x2000 && cp <= 0x2BFF) && cp != 0xFFFD) return true;
      if (len > 1) i += len - 1;
    }
  }
  return false;
}

struct Line {
  std::size_t begin = 0;          // first byte of the line
  std::size_t end = 0;            // its '\n' (or the end of the text)
  std::size_t content_begin = 0;  // after indentation and a bullet marker
  std::size_t content_end = 0;    // before trailing spaces
  bool blank = true;
  bool bullet = false;
  bool terminal = false;      // ends a sentence: . ! ? (closing quotes and brackets allowed after)
  bool starts_lower = false;  // continues a sentence wrapped from the line before
  bool title_like = false;    // a title, dateline or byline: short or mostly capitalized words
  bool field_bar = false;     // fields between bars ("Posted by X | Updated: 18 October 2023"): never wrapped
  std::size_t length = 0;     // code points of the content
};

// "- item", "* item", "+ item", "• item", "1. item", "2) item": returns the marker's end or 0.
std::size_t bullet_marker_end(std::string_view text, std::size_t i, std::size_t end) {
  if (i >= end) return 0;
  const char c = text[i];
  if ((c == '-' || c == '*' || c == '+') && i + 1 < end && text[i + 1] == ' ') return i + 2;
  if (const std::size_t len = bullet_char_length(text, i)) return i + len;
  std::size_t k = i;
  while (k < end && k - i < 3 && is_digit(text[k])) ++k;
  if (k > i && k - i <= 2 && k + 1 < end && (text[k] == '.' || text[k] == ')') && text[k + 1] == ' ') return k + 2;
  return 0;
}

bool looks_title_like(std::string_view content) {
  std::size_t words = 0;
  std::size_t long_words = 0;
  std::size_t capitalized = 0;
  bool any_lower = false;
  std::size_t i = 0;
  while (i < content.size()) {
    while (i < content.size() && content[i] == ' ') ++i;
    const std::size_t w = i;
    while (i < content.size() && content[i] != ' ') ++i;
    if (i == w) break;
    ++words;
    const std::string_view word = content.substr(w, i - w);
    for (const char c : word) any_lower = any_lower || is_lower(c);
    std::size_t first = 0;
    while (first < word.size() && is_opener(word[first])) ++first;
    if (word.size() - first >= 4) {
      ++long_words;
      if (first < word.size() && starts_uppercase(word, first)) ++capitalized;
    }
  }
  if (words <= 3 || !any_lower) return true;
  return long_words > 0 && capitalized * 4 >= long_words * 3;
}

// "Posted by Ann Lee  |   Updated: 18th March 2024 12:00 am IST": a page's header of fields
// between bars (two or more " | "); what follows it on the next line is not its sentence.
bool is_field_bar(std::string_view content) {
  constexpr int min_bars = 2;
  int bars = 0;
  for (std::size_t at = content.find(" | "); at != std::string_view::npos; at = content.find(" | ", at + 3))
    if (++bars >= min_bars) return true;
  return false;
}

std::vector<Line> classify_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    Line line;
    line.begin = begin;
    line.end = end;
    std::size_t b = begin;
    while (b < end && text[b] == ' ') ++b;
    std::size_t e = end;
    while (e > b && text[e - 1] == ' ') --e;
    line.blank = b == e;
    if (!line.blank) {
      if (const std::size_t marker = bullet_marker_end(text, b, e)) {
        line.bullet = true;
        b = marker;
        while (b < e && text[b] == ' ') ++b;
      }
      line.content_begin = b;
      line.content_end = e;
      std::size_t last = e;
      while (last > b && is_closer(text[last - 1])) --last;
      line.terminal = last > b && (text[last - 1] == '.' || text[last - 1] == '!' || text[last - 1] == '?');
      // A wrapped sentence goes on in lowercase or with a number ("will swap\n1,000 prisoners").
      line.starts_lower = b < e && (is_lower(text[b]) || (text[b] >= '0' && text[b] <= '9')) &&
                          !opens_with_picture_number(text.substr(b, e - b));
      const std::string_view content = text.substr(b, e - b);
      line.length = count_code_points(content);
      line.title_like = !line.terminal && looks_title_like(content);
      line.field_bar = is_field_bar(content);
    } else {
      line.content_begin = line.content_end = b;
    }
    lines.push_back(line);
    if (end == text.size()) break;
    begin = end + 1;
  }
  return lines;
}

class SentenceSplitter {
 public:
  SentenceSplitter(std::string_view text, const std::vector<std::string>& abbreviations)
      : text_(text), abbreviations_(abbreviations.begin(), abbreviations.end()) {
    std::sort(abbreviations_.begin(), abbreviations_.end());
  }

  std::vector<Sentence> run() {
    lines_ = classify_lines(text_);
    std::vector<std::size_t> block;  // indices of the block's non-blank lines
    for (std::size_t k = 0; k < lines_.size(); ++k) {
      if (!lines_[k].blank) {
        block.push_back(k);
        continue;
      }
      if (block.empty()) continue;
      std::size_t next = k;
      while (next < lines_.size() && lines_[next].blank) ++next;
      if (next < lines_.size() && continues_across_blank(lines_[block.back()], lines_[next])) continue;
      split_block(block);
      block.clear();
    }
    if (!block.empty()) split_block(block);
    return std::move(sentences_);
  }

 private:
  // A sentence cut by a stray blank line ("... and that further\n\nexchanges are planned."):
  // a long line stopping mid-sentence, then a line going on in lowercase. A digit after a
  // blank line opens a block of its own: a date or time widget under a headline ("08:21, 24
  // July, 2025"), not the rest of the line above.
  bool continues_across_blank(const Line& before, const Line& after) const {
    return !before.terminal && !before.bullet && !before.title_like && !before.field_bar &&
           before.length >= min_wrapped_line && !after.bullet && after.starts_lower &&
           is_lower(text_[after.content_begin]);
  }

  // A block is lines between blank lines. It is hard-wrapped prose when some line breaks in
  // the middle of a sentence and the next line goes on in lowercase; otherwise every line is
  // its own paragraph (one paragraph per line, the common shape of scraped news text).
  void split_block(const std::vector<std::size_t>& block) {
    bool wrapped = false;
    std::size_t max_length = 0;
    for (std::size_t k = 0; k < block.size(); ++k) {
      const Line& line = lines_[block[k]];
      max_length = std::max(max_length, line.length);
      if (k + 1 < block.size() && block[k + 1] == block[k] + 1 && continues_on_next_line(line, lines_[block[k + 1]])) {
        wrapped = true;
      }
    }
    const auto is_short = [&](const Line& l) {
      return static_cast<double>(l.length) < short_line_ratio * static_cast<double>(max_length);
    };
    std::size_t paragraph_first = 0;
    for (std::size_t k = 0; k < block.size(); ++k) {
      const Line& line = lines_[block[k]];
      bool ends_paragraph = k + 1 == block.size();
      if (!ends_paragraph) {
        const Line& next = lines_[block[k + 1]];
        if (block[k + 1] != block[k] + 1) {
          ends_paragraph = false;  // joined across a blank line
        } else if (next.bullet) {
          ends_paragraph = true;
        } else if (!wrapped) {
          ends_paragraph = !continues_on_next_line(line, next);
        } else if (line.terminal) {
          ends_paragraph = is_short(line) && !next.starts_lower;
        } else {
          ends_paragraph = !next.starts_lower && (line.title_like || is_short(line));
        }
      }
      if (ends_paragraph) {
        emit_paragraph(block[paragraph_first], block[k]);
        paragraph_first = k + 1;
      }
    }
  }

  static bool continues_on_next_line(const Line& line, const Line& next) {
    return !line.terminal && !line.field_bar && !next.bullet && next.starts_lower && line.length >= min_wrapped_line;
  }

  void emit_paragraph(std::size_t first_line, std::size_t last_line) {
    const std::size_t begin = lines_[first_line].content_begin;
    const std::size_t end = lines_[last_line].content_end;
    // Inline bullets ("• one • two") separate list items, each its own paragraph.
    std::size_t item = begin;
    for (std::size_t i = begin; i < end; ++i) {
      if (const std::size_t len = bullet_char_length(text_, i)) {
        split_sentences_in(item, i, first_line, last_line);
        item = i + len;
        i += len - 1;
      }
    }
    split_sentences_in(item, end, first_line, last_line);
  }

  void split_sentences_in(std::size_t begin, std::size_t end, std::size_t first_line, std::size_t last_line) {
    const std::size_t count_before = sentences_.size();
    std::size_t start = begin;
    for (std::size_t i = begin; i < end; ++i) {
      const char c = text_[i];
      if (c != '.' && c != '!' && c != '?') continue;
      std::size_t j = i + 1;
      while (j < end && (text_[j] == '.' || text_[j] == '!' || text_[j] == '?')) ++j;
      const bool single_period = c == '.' && j == i + 1;
      while (j < end && is_closer(text_[j])) ++j;
      if (j >= end) break;
      if (!is_space(text_[j])) {
        // "... in Acapulco.In October ...": a page that lost the space between two sentences
        // (scraped paragraphs run together). A word of lower-case letters, the stop, then a
        // capitalised word: not an initial ("J.R.R."), an abbreviation ("e.g.") or a name
        // ("St.Louis"), which have a capital or a period before the stop.
        const bool run_together = j == i + 1 && i >= start + 2 && is_lower(text_[i - 1]) && is_lower(text_[i - 2]) &&
                                  j + 1 < end && is_upper(text_[j]) && is_lower(text_[j + 1]) &&
                                  !(single_period && is_abbreviation(start, i)) && plain_word_before(start, i);
        if (run_together) {
          add_sentence(start, j, first_line, last_line);
          start = j;
        }
        i = j - 1;
        continue;
      }
      std::size_t next = j;
      while (next < end && is_space(text_[next])) ++next;
      if (next >= end) break;
      const char n = text_[next];
      const bool starts_sentence =
          is_digit(n) || is_opener(n) || starts_uppercase(text_, next) || bullet_char_length(text_, next) > 0;
      if (!starts_sentence || (single_period && is_abbreviation(start, i))) {
        i = j - 1;
        continue;
      }
      add_sentence(start, j, first_line, last_line);
      start = next;
      i = next - 1;
    }
    add_sentence(start, end, first_line, last_line);
    if (sentences_.size() > count_before) ++paragraph_;
  }

  // The word ending at the stop `dot` is letters only: not part of an address
  // ("www.example.com/Report.Final") or a dotted name.
  bool plain_word_before(std::size_t floor, std::size_t dot) const {
    for (std::size_t w = dot; w > floor && !is_space(text_[w - 1]); --w)
      if (!is_alpha(text_[w - 1]) && text_[w - 1] != '-' && text_[w - 1] != '\'' && !is_opener(text_[w - 1]))
        return false;
    return true;
  }

  // The word ending at the period `dot` (from `floor` on): a listed abbreviation, an initial
  // ("J."), or letters with periods ("U.N.", "a.m.").
  bool is_abbreviation(std::size_t floor, std::size_t dot) const {
    std::size_t w = dot;
    while (w > floor && !is_space(text_[w - 1])) --w;
    while (w < dot && is_opener(text_[w])) ++w;
    // "then-U.S. President": the abbreviation after a hyphenated prefix
    for (std::size_t k = dot; k > w; --k)
      if (text_[k - 1] == '-') {
        w = k;
        break;
      }
    const std::string_view word = text_.substr(w, dot + 1 - w);
    if (word.size() == 2 && is_upper(word[0])) return true;
    bool dotted = word.size() >= 4;
    for (std::size_t k = 0; dotted && k < word.size(); ++k) {
      dotted = (k % 2 == 0) ? is_alpha(word[k]) : word[k] == '.';
    }
    if (dotted) return true;
    if (std::binary_search(abbreviations_.begin(), abbreviations_.end(), word)) return true;
    if (!word.empty() && is_upper(word[0])) {  // "Approx." at the start of a sentence
      std::string lowered(word);
      lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
      return std::binary_search(abbreviations_.begin(), abbreviations_.end(), std::string_view(lowered));
    }
    return false;
  }

  void add_sentence(std::size_t begin, std::size_t end, std::size_t first_line, std::size_t last_line) {
    while (begin < end && is_space(text_[begin])) ++begin;
    while (end > begin && is_space(text_[end - 1])) --end;
    if (begin == end || !has_word_character(text_.substr(begin, end - begin))) return;
    if (end - begin > max_sentence_bytes) {
      add_pieces(begin, end);
      return;
    }
    // The line the sentence starts (lines are sorted): a search, not a walk over the
    // paragraph's lines, which may be thousands.
    const auto first = lines_.begin() + static_cast<std::ptrdiff_t>(first_line);
    const auto last = lines_.begin() + static_cast<std::ptrdiff_t>(last_line) + 1;
    const auto line = std::lower_bound(first, last, begin, [](const Line& l, std::size_t at) { return l.begin < at; });
    const auto starts_at = [&](auto it) { return it != last && it->content_begin == begin; };
    bool whole_line = false;
    if (starts_at(line)) whole_line = line->content_end == end;
    else if (line != first && starts_at(line - 1)) whole_line = (line - 1)->content_end == end;
    sentences_.push_back(Sentence{NormSpan{NormOffset{begin}, NormOffset{end}}, paragraph_, whole_line, {}});
  }

  // A sentence over max_sentence_bytes, in pieces cut at a clause break or a space.
  void add_pieces(std::size_t begin, std::size_t end) {
    for (std::size_t piece = 0; begin < end; ++piece) {
      std::size_t cut = end;
      if (end - begin > max_sentence_bytes) cut = piece_end(begin);
      Sentence s{NormSpan{NormOffset{begin}, NormOffset{cut}}, paragraph_, false, {}};
      s.piece = piece;
      sentences_.push_back(std::move(s));
      begin = cut;
      while (begin < end && is_space(text_[begin])) ++begin;
    }
  }

  // Where a piece starting at `begin` ends: after the last ", " or "; " in its second half,
  // else at its last space, else at the limit (on a UTF-8 character boundary).
  std::size_t piece_end(std::size_t begin) const {
    const std::size_t limit = begin + max_sentence_bytes;
    const std::size_t half = begin + max_sentence_bytes / 2;
    std::size_t space = 0;
    for (std::size_t i = limit - 1; i > half; --i) {
      if (!is_space(text_[i])) continue;
      if (text_[i - 1] == ',' || text_[i - 1] == ';') return i;
      if (space == 0) space = i;
    }
    if (space != 0) return space;
    std::size_t cut = limit;
    while (cut > begin + 1 && (static_cast<unsigned char>(text_[cut]) & 0xC0) == 0x80) --cut;
    return cut;
  }

  std::string_view text_;
  std::vector<Line> lines_;
  std::vector<std::string_view> abbreviations_;
  std::vector<Sentence> sentences_;
  std::size_t paragraph_ = 0;
};

}  // namespace

bool opens_with_picture_number(std::string_view line) {
  constexpr std::size_t min_letters = 2, max_letters = 5, min_digits = 6;
  std::size_t n = 0;
  while (n < line.size() && is_lower(line[n])) ++n;
  if (n < min_letters || n > max_letters) return false;
  std::size_t d = n;
  while (d < line.size() && is_digit(line[d])) ++d;
  return d - n >= min_digits && (d == line.size() || line[d] == ' ');
}

std::vector<Sentence> split_sentences(std::string_view text, const TextOptions& options) {
  const std::vector<std::string>& abbreviations =
      options.abbreviations.empty() ? default_abbreviations() : options.abbreviations;
  return SentenceSplitter(text, abbreviations).run();
}

std::size_t bullet_char_length(std::string_view s, std::size_t i) {
  if (i >= s.size() || s[i] != '\xE2') return 0;  // every bullet character starts with this byte
  static constexpr std::string_view bullets[] = {"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x80\xA3",
                                                 "\xE2\x97\x8F"};
  for (const std::string_view b : bullets) {
    if (s.substr(i, b.size()) == b) return b.size();
  }
  return 0;
}

}  // namespace crosscheck
