// Page furniture of scraped articles, recognised line by line from the shape of the whole
// line (only a date, only a label, a name after "By", a credit closing a caption) and from
// the lines around it (a list after "Related Posts", a second copy of a line). The words come
// from TextOptions; the shapes are here.
#include "checker/text/page_structure.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>

#include "checker/text/normalize.hpp"

namespace crosscheck {

namespace {

// Furniture lines are short: a line longer than this is only checked for what opens or
// closes it (a note, a credit) and for being a copy.
constexpr std::size_t max_furniture_words = 24;
constexpr std::size_t max_opener_words = 6;      // the longest opener phrase ("Photo courtesy of")
constexpr std::size_t max_credit_sentences = 2;  // a credit line's sentences ("Photo: ... . Handout.")
// Two names and an outlet, or a name and a place: more capitalized words make a title.
constexpr std::size_t max_byline_names = 5;
// How far from the top a name alone on a list line still reads as the page's byline.
constexpr std::size_t header_lines = 10;
// A headline or a related-story headline is a line of at most this many words.
constexpr std::size_t max_title_words = 25;
// A sentence this long that repeats an earlier one word for word is a copy (an embed, a
// standfirst printed again); shorter ones ("He said.") may repeat in prose.
constexpr std::size_t min_repeated_sentence_words = 8;
constexpr std::size_t min_repeated_line_words = 3;
// A list after "Related Posts" has at least two headlines; one title after it may be the
// page's own.
constexpr std::size_t min_related_items = 2;
// A headline run into a paragraph: at least this many words, this many of them capitalised.
constexpr std::size_t min_run_in_title_words = 7;
constexpr std::size_t min_run_in_title_capitals = 6;
constexpr std::size_t max_related_items = 12;
// A site's header date is followed by its menus within a few lines.
constexpr std::size_t site_date_lookahead = 4;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_terminal(char c) { return c == '.' || c == '!' || c == '?'; }
bool is_closer(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower(c);
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return to_lower(x) == to_lower(y); });
}

// The words of `s` (runs of non-space bytes), at most `limit` of them.
std::vector<std::string_view> split_words(std::string_view s, std::size_t limit = std::string_view::npos) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < s.size() && words.size() < limit) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n')) ++i;
    const std::size_t w = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\n') ++i;
    if (i > w) words.push_back(s.substr(w, i - w));
  }
  return words;
}

std::size_t count_words_in(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool space = c == ' ' || c == '\n';
    n += !space && !in_word ? 1 : 0;
    in_word = !space;
  }
  return n;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// Punctuation after a word that does not change what it is: "Updated:", "14,", "Aug.".
std::string_view strip_trailing(std::string_view w) {
  while (!w.empty() && (w.back() == ':' || w.back() == ',' || w.back() == ';' || w.back() == '.')) w.remove_suffix(1);
  return w;
}

// Uppercase letter at the start of `s`: ASCII, or the uppercase blocks of Latin-1, Greek and
// Cyrillic (names of people and places in bylines).
bool starts_uppercase(std::string_view s) {
  if (s.empty()) return false;
  if (is_upper(s[0])) return true;
  if (static_cast<unsigned char>(s[0]) < 0x80) return false;
  char32_t cp = 0;
  if (decode_utf8(s, 0, cp) == 0) return false;
  return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
}

bool has_digit(std::string_view s) { return std::any_of(s.begin(), s.end(), is_digit); }

// Ends a sentence: . ! ? with closing quotes or brackets allowed after it.
bool ends_terminal(std::string_view s) {
  while (!s.empty() && is_closer(s.back())) s.remove_suffix(1);
  return !s.empty() && is_terminal(s.back());
}

// Lowercase letters and digits with single spaces between: two copies of a line compare
// equal whatever their quotes, dashes or spacing.
std::string comparison_key(std::string_view s) {
  std::string key;
  key.reserve(s.size());
  bool gap = false;
  for (const char c : s) {
    const bool keep = is_alpha(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80;
    if (!keep) {
      gap = true;
      continue;
    }
    if (gap && !key.empty()) key += ' ';
    gap = false;
    key += to_lower(c);
  }
  return key;
}

std::size_t count_words(std::string_view key) {
  return key.empty() ? 0 : static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

using Phrase = std::vector<std::string>;  // lowercase words

std::vector<Phrase> phrases_of(const std::vector<std::string>& list) {
  std::vector<Phrase> phrases;
  for (const auto& entry : list) {
    Phrase phrase;
    for (const auto word : split_words(entry)) phrase.push_back(lowered(word));
    if (!phrase.empty()) phrases.push_back(std::move(phrase));
  }
  // Longest first, so "Post By" wins over "By" and "Photo courtesy of" over "Photo:".
  std::stable_sort(phrases.begin(), phrases.end(),
                   [](const Phrase& a, const Phrase& b) { return a.size() > b.size(); });
  return phrases;
}

// The number of words of the first (longest) phrase that `words` spell from `at`, 0 when none.
// With `loose_end` the last word may carry trailing punctuation ("Updated:", "By,").
std::size_t match_phrase(const std::vector<std::string_view>& words, std::size_t at, const std::vector<Phrase>& phrases,
                         bool loose_end) {
  for (const auto& phrase : phrases) {
    if (at + phrase.size() > words.size()) continue;
    bool same = true;
    for (std::size_t k = 0; same && k < phrase.size(); ++k) {
      const std::string_view word = words[at + k];
      same =
          iequals(word, phrase[k]) || (loose_end && k + 1 == phrase.size() && iequals(strip_trailing(word), phrase[k]));
    }
    if (same) return phrase.size();
  }
  return 0;
}

// The page-structure vocabulary, lowercased and split into words for matching.
struct Vocabulary {
  explicit Vocabulary(const TextOptions& o)
      : date_labels(phrases_of(o.date_labels)),
        publication_labels(phrases_of(o.publication_labels)),
        date_joiners(phrases_of(o.date_joiners)),
        byline_openers(phrases_of(o.byline_openers)),
        byline_joiners(phrases_of(o.byline_joiners)),
        related_openers(phrases_of(o.related_openers)),
        credit_openers(phrases_of(o.credit_openers)),
        credit_markers(phrases_of(o.credit_markers)),
        note_openers(phrases_of(o.note_openers)),
        video_labels(phrases_of(o.video_labels)) {
    add_names(o.months, months);
    add_names(o.weekdays, weekdays);
    // a publication label opens a widget as any label does
    date_labels.insert(date_labels.end(), publication_labels.begin(), publication_labels.end());
    for (const auto& l : o.navigation_labels) navigation_labels.push_back(comparison_key(l));
    for (const auto& l : o.list_headings) list_headings.push_back(comparison_key(l));
    for (const auto& e : o.credit_endings) credit_endings.push_back(lowered(e));
    for (const auto& w : o.title_lowercase) title_lowercase.push_back(lowered(w));
    for (const auto& w : o.video_units) video_units.push_back(lowered(w));
    std::sort(video_units.begin(), video_units.end());
    std::sort(title_lowercase.begin(), title_lowercase.end());
  }

  // Month and weekday names as a date widget may write them: whole, abbreviated with or
  // without its period, or cut to three letters ("Thu, 26 Jun 2025").
  static void add_names(const std::vector<std::string>& names, std::vector<std::string>& out) {
    for (const auto& name : names) {
      const std::string word = lowered(strip_trailing(name));
      if (word.empty()) continue;
      out.push_back(word);
      if (word.size() > 3) out.push_back(word.substr(0, 3));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }
  static bool listed(const std::vector<std::string>& sorted, std::string_view word) {
    return std::binary_search(sorted.begin(), sorted.end(), lowered(strip_trailing(word)));
  }
  bool is_month(std::string_view w) const { return listed(months, w); }
  bool is_weekday(std::string_view w) const { return listed(weekdays, w); }

  std::vector<std::string> months, weekdays;
  std::vector<Phrase> date_labels, publication_labels, date_joiners, byline_openers, byline_joiners, related_openers,
      credit_openers, credit_markers, note_openers, video_labels;
  std::vector<std::string> navigation_labels, list_headings;  // comparison keys
  std::vector<std::string> video_units;                       // lowercase, sorted
  std::vector<std::string> credit_endings;                    // lowercase
  std::vector<std::string> title_lowercase;                   // sorted
};

// Compiling the vocabulary costs more than marking a short page: each thread keeps the last
// one it compiled and compiles again only when the options' lists differ.
const Vocabulary& vocabulary_for(const TextOptions& options) {
  thread_local std::optional<std::pair<TextOptions, Vocabulary>> cache;
  const auto same = [&](const TextOptions& cached) {
    for (const auto& v : text_vocabulary())
      if (cached.*v.list != options.*v.list) return false;
    return true;
  };
  if (!cache || !same(cache->first)) cache.emplace(options, Vocabulary(options));
  return cache->second;
}

enum class DateToken { none, number, month, weekday, time, numeric_date, zone, separator };

// "14", "14th", "2025".
bool is_number_word(std::string_view w) {
  std::size_t i = 0;
  while (i < w.size() && is_digit(w[i])) ++i;
  if (i == 0 || i > 4) return false;
  const std::string_view rest = w.substr(i);
  return rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th";
}

// "11:47", "18:10:00", "0:00".
bool is_time_word(std::string_view w) {
  std::size_t i = 0;
  while (i < w.size() && is_digit(w[i])) ++i;
  if (i == 0 || i > 2) return false;
  int groups = 0;
  while (i < w.size()) {
    if (w[i] != ':' || i + 3 > w.size() || !is_digit(w[i + 1]) || !is_digit(w[i + 2])) return false;
    i += 3;
    ++groups;
  }
  return groups >= 1 && groups <= 2;
}

// "2025-06-09", "05-02-2025", "24/07/2025", "2025-06": digit groups joined by one separator.
bool is_numeric_date_word(std::string_view w) {
  std::vector<std::size_t> groups;
  char separator = 0;
  std::size_t i = 0;
  while (i < w.size()) {
    const std::size_t g = i;
    while (i < w.size() && is_digit(w[i])) ++i;
    if (i == g || i - g > 4) return false;
    groups.push_back(i - g);
    if (i == w.size()) break;
    if (w[i] != '-' && w[i] != '/' && w[i] != '.') return false;
    if (separator != 0 && w[i] != separator) return false;
    separator = w[i];
    ++i;
    if (i == w.size()) return false;
  }
  if (groups.size() == 3) return groups[0] == 4 || groups[2] == 4;
  return groups.size() == 2 && groups[0] == 4 && groups[1] <= 2;  // year and month
}

// "+0300", "-0500".
bool is_offset_word(std::string_view w) {
  return w.size() == 5 && (w[0] == '+' || w[0] == '-') && std::all_of(w.begin() + 1, w.end(), is_digit);
}

DateToken classify_date_word(std::string_view raw, const Vocabulary& v, bool after_time) {
  const std::string_view w = strip_trailing(raw);
  if (w.empty() || w == "|" || w == "/" || w == "-" || w == "--" || w == "\xE2\x80\xA2" || w == "\xC2\xB7")
    return DateToken::separator;
  if (is_time_word(w)) return DateToken::time;
  if (is_number_word(w)) return DateToken::number;
  if (is_numeric_date_word(w)) return DateToken::numeric_date;
  if (is_offset_word(w)) return DateToken::zone;
  if (v.is_month(w)) return DateToken::month;
  if (v.is_weekday(w)) return DateToken::weekday;
  // A zone abbreviation after a time: "19:25 IST", "11:47 GMT".
  if (after_time && w.size() >= 2 && w.size() <= 5 && std::all_of(w.begin(), w.end(), is_upper)) return DateToken::zone;
  return DateToken::none;
}

struct DateWidget {
  bool widget = false;  // every word is a date part, a label or a separator
  bool dated = false;   // it names a day or a month: "23 May 2025", "2025-06-09", "May 2025"
  bool labelled = false;
  bool publication = false;  // labelled as the article's publication ("Published: ...")
};

// Reads words[begin, end) as a date widget.
DateWidget read_date_widget(const std::vector<std::string_view>& words, std::size_t begin, std::size_t end,
                            const Vocabulary& v) {
  DateWidget out;
  bool number = false, month = false, weekday = false, time = false, numeric = false;
  std::size_t i = begin;
  while (i < end) {
    if (const std::size_t k = match_phrase(words, i, v.date_labels, true); k > 0 && i + k <= end) {
      out.labelled = true;
      out.publication = out.publication || match_phrase(words, i, v.publication_labels, true) > 0;
      i += k;
      continue;
    }
    if (const std::size_t k = match_phrase(words, i, v.date_joiners, true); k > 0 && i + k <= end) {
      i += k;
      continue;
    }
    switch (classify_date_word(words[i], v, time)) {
      case DateToken::none: return {};
      case DateToken::number: number = true; break;
      case DateToken::month: month = true; break;
      case DateToken::weekday: weekday = true; break;
      case DateToken::time: time = true; break;
      case DateToken::numeric_date: numeric = true; break;
      case DateToken::zone:
      case DateToken::separator: break;
    }
    ++i;
  }
  out.dated = numeric || (number && month);
  const bool label_only = out.labelled && !number && !month && !weekday && !time && !numeric;
  out.widget = out.dated || time || label_only;
  return out;
}

// A line of the page (not blank), with the sentences that lie wholly on it.
struct PageLine {
  std::size_t index = 0;               // line number in the normalized text, 0-based
  std::size_t begin = 0, end = 0;      // content: after indentation and a list marker
  std::size_t unit_begin = 0;          // after a leading date widget ("date 2025-06-09 ...")
  std::size_t words = 0;               // in the unit
  bool bullet = false;                 // a list item ("- ", "* ", "• ", "1. ")
  bool wrapped = false;                // part of a sentence that runs across lines: prose
  bool labelled_widget = false;        // a date widget with a label ("Updated 14 March 2025")
  bool publication_widget = false;     // ... whose label names the publication ("Published: ...")
  std::vector<std::size_t> sentences;  // indices into the sentence list, in order
  PagePart part = PagePart::body;
  std::string reason;
};

// "- item", "* item", "+ item", "• item", "1. item", "2) item": the marker's end, or `i`.
std::size_t after_list_marker(std::string_view text, std::size_t i, std::size_t end) {
  if (i >= end) return i;
  const char c = text[i];
  if ((c == '-' || c == '*' || c == '+') && i + 1 < end && text[i + 1] == ' ') return i + 2;
  if (const std::size_t bullet = bullet_char_length(text, i)) return i + bullet;
  std::size_t k = i;
  while (k < end && k - i < 3 && is_digit(text[k])) ++k;
  if (k > i && k - i <= 2 && k + 1 < end && (text[k] == '.' || text[k] == ')') && text[k + 1] == ' ') return k + 2;
  return i;
}

std::vector<PageLine> page_lines(std::string_view text) {
  std::vector<PageLine> lines;
  std::size_t begin = 0;
  std::size_t number = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::size_t b = begin;
    while (b < end && text[b] == ' ') ++b;
    std::size_t e = end;
    while (e > b && text[e - 1] == ' ') --e;
    if (b < e) {
      PageLine line;
      line.index = number;
      const std::size_t marker = after_list_marker(text, b, e);
      line.bullet = marker != b;
      b = marker;
      while (b < e && text[b] == ' ') ++b;
      line.begin = line.unit_begin = b;
      line.end = e;
      if (b < e) lines.push_back(std::move(line));
    }
    if (end == text.size()) break;
    begin = end + 1;
    ++number;
  }
  return lines;
}

class PageMarker {
 public:
  PageMarker(std::string_view text, std::vector<Sentence>& sentences, const TextOptions& options)
      : text_(text), sentences_(sentences), vocab_(vocabulary_for(options)), lines_(page_lines(text)) {}

  void run() {
    split_widget_prefixes();
    assign_sentences();
    for (auto& line : lines_) line.words = count_words_in(unit(line));
    for (std::size_t k = 0; k < lines_.size(); ++k) classify_line(k);
    mark_related_lists();
    mark_navigation_lists();
    mark_site_date();
    mark_video_captions();
    mark_caption_copies();
    mark_repeated_sentences();
    mark_run_in_headlines();
    mark_headline();
    for (const auto& line : lines_) {
      if (line.part == PagePart::body) continue;
      for (const std::size_t s : line.sentences) {
        Sentence& sentence = sentences_[s];
        if (sentence.span.begin.value < line.unit_begin || sentence.part != PagePart::body) continue;
        sentence.part = line.part;
        sentence.skip_reason = line.reason;
      }
    }
  }

 private:
  std::string_view unit(const PageLine& line) const {
    return text_.substr(line.unit_begin, line.end - line.unit_begin);
  }

  // "date 2025-06-09 Officials said ...", "Updated 14 March 2025 Northport ...": a labelled date
  // widget in front of the line's text becomes a sentence of its own.
  void split_widget_prefixes() {
    std::vector<Sentence> out;
    out.reserve(sentences_.size() + 2);
    std::size_t next_line = 0;
    for (const Sentence& s : sentences_) {
      while (next_line < lines_.size() && lines_[next_line].end < s.span.begin.value) ++next_line;
      if (next_line < lines_.size() && lines_[next_line].begin == s.span.begin.value) {
        PageLine& line = lines_[next_line];
        if (const auto bar = bar_date_prefix(line); bar && bar->text_begin < s.span.end.value) {
          // "Title | 29 May 2023 | The council said ...": the title, the page's date, the text.
          Sentence title = s;
          title.span.end = NormOffset{bar->title_end};
          title.whole_line = false;
          Sentence widget = s;
          widget.span.begin = NormOffset{bar->date_begin};
          widget.span.end = NormOffset{bar->date_end};
          widget.whole_line = false;
          widget.part = PagePart::date_widget;
          widget.skip_reason = "date widget (the page's own date, not an event's)";
          Sentence prose = s;
          prose.span.begin = NormOffset{bar->text_begin};
          if (bar->title_end > line.begin) out.push_back(std::move(title));
          out.push_back(std::move(widget));
          out.push_back(std::move(prose));
          continue;
        }
        if (const auto rest = widget_prefix_end(line); rest && *rest < s.span.end.value) {
          std::size_t prefix_end = *rest;
          while (prefix_end > line.begin && text_[prefix_end - 1] == ' ') --prefix_end;
          Sentence widget = s;
          widget.span.end = NormOffset{prefix_end};
          widget.whole_line = false;
          widget.part = PagePart::date_widget;
          widget.skip_reason = "date widget (the page's own date, not an event's)";
          Sentence prose = s;
          prose.span.begin = NormOffset{*rest};
          out.push_back(std::move(widget));
          out.push_back(std::move(prose));
          line.unit_begin = *rest;
          continue;
        }
      }
      out.push_back(s);
    }
    sentences_ = std::move(out);
  }

  struct BarPrefix {
    std::size_t title_end = 0, date_begin = 0, date_end = 0, text_begin = 0;
  };

  // "Title | 29 May 2023 | The council said ...": short fields between bars, the last of them
  // a date alone, then the line's text. Offsets in the normalized text.
  std::optional<BarPrefix> bar_date_prefix(const PageLine& line) const {
    const std::string_view content = text_.substr(line.begin, line.end - line.begin);
    const std::size_t first_bar = content.find('|');
    if (first_bar == std::string_view::npos) return std::nullopt;
    std::size_t begin = 0;
    std::size_t title_end = 0;
    for (std::size_t bar = first_bar, fields = 0; bar != std::string_view::npos && fields < 3;
         bar = content.find('|', begin), ++fields) {
      const std::string_view raw = content.substr(begin, bar - begin);
      const std::string_view field = trim(raw);
      const auto words = split_words(field);
      if (words.empty() || words.size() > max_title_words || ends_terminal(field)) return std::nullopt;
      const auto widget = read_date_widget(words, 0, words.size(), vocab_);
      const std::size_t next = bar + 1;
      const std::string_view rest = trim(content.substr(next));
      if (widget.widget && widget.dated && begin > 0 && !rest.empty() && rest.find('|') == std::string_view::npos &&
          split_words(rest, max_title_words + 1).size() > max_title_words / 2) {
        BarPrefix out;
        out.title_end = line.begin + title_end;
        out.date_begin = line.begin + static_cast<std::size_t>(field.data() - content.data());
        out.date_end = out.date_begin + field.size();
        out.text_begin = line.begin + static_cast<std::size_t>(rest.data() - content.data());
        return out;
      }
      if (widget.dated) return std::nullopt;
      title_end = static_cast<std::size_t>(field.data() - content.data()) + field.size();
      begin = next;
    }
    return std::nullopt;
  }

  // Where the text after a labelled date widget at the start of the line begins, when the
  // widget names a date and text follows it.
  std::optional<std::size_t> widget_prefix_end(const PageLine& line) const {
    const std::string_view content = text_.substr(line.begin, line.end - line.begin);
    // Most lines open with no label: look at their first words only.
    if (match_phrase(split_words(content, max_opener_words), 0, vocab_.date_labels, true) == 0) return std::nullopt;
    const auto words = split_words(content, max_furniture_words);
    if (words.size() < 3) return std::nullopt;
    std::size_t k = 0;
    bool time = false;
    while (k < words.size()) {
      if (const std::size_t n = match_phrase(words, k, vocab_.date_labels, true)) {
        k += n;
        continue;
      }
      if (const std::size_t n = match_phrase(words, k, vocab_.date_joiners, true)) {
        k += n;
        continue;
      }
      const DateToken token = classify_date_word(words[k], vocab_, time);
      if (token == DateToken::none) break;
      time = time || token == DateToken::time;
      ++k;
    }
    if (k >= words.size()) return std::nullopt;  // the whole line is the widget
    // The longest dated prefix after which the line's own text starts ("Updated on May 3, 2025
    // At least ..." gives back "At").
    for (; k > 0; --k) {
      const std::string_view first = words[k];
      // The page's own address after its date ("date 2023-06-01 https://...") starts what follows.
      const bool address = first.starts_with("http://") || first.starts_with("https://") || first.starts_with("www.");
      const bool starts_text = starts_uppercase(first) || is_digit(first[0]) || first[0] == '"' || first[0] == '\'' ||
                               first[0] == '(' || address;
      if (starts_text && read_date_widget(words, 0, k, vocab_).dated)
        return line.begin + static_cast<std::size_t>(first.data() - content.data());
    }
    return std::nullopt;
  }

  void assign_sentences() {
    std::size_t k = 0;
    for (std::size_t s = 0; s < sentences_.size(); ++s) {
      const std::size_t begin = sentences_[s].span.begin.value;
      const std::size_t end = sentences_[s].span.end.value;
      while (k < lines_.size() && lines_[k].end < begin) ++k;
      if (k == lines_.size()) break;
      if (end <= lines_[k].end) {
        lines_[k].sentences.push_back(s);
        continue;
      }
      for (std::size_t j = k; j < lines_.size() && lines_[j].begin < end; ++j) lines_[j].wrapped = true;
    }
  }

  static void set(PageLine& line, PagePart part, std::string reason) {
    line.part = part;
    line.reason = std::move(reason);
  }

  void classify_line(std::size_t k) {
    PageLine& line = lines_[k];
    const std::string_view u = unit(line);
    if (u.empty()) return;
    // Keywords have no full stop: the sentence that starts on such a line runs on into the
    // lines after it, and is the image's text too.
    if (has_file_name(u)) {
      if (line.sentences.empty())
        for (std::size_t s = 0; s < sentences_.size(); ++s)
          if (const std::size_t at = sentences_[s].span.begin.value; at >= line.unit_begin && at < line.end)
            line.sentences.push_back(s);
      if (!line.sentences.empty())
        return set(line, PagePart::image_text,
                   "an image's file name or alt text (a word of several parts joined by underscores)");
    }
    if (line.wrapped || line.sentences.empty()) return;
    const bool short_line = line.words <= max_furniture_words;
    const auto words = split_words(u, short_line ? max_furniture_words : max_opener_words);
    if (match_phrase(words, 0, vocab_.note_openers, true) > 0) return set(line, PagePart::note, "editor's note");
    if (short_line && is_video_duration(words))
      return set(line, PagePart::navigation, "a video's length (the line after it is the video's caption)");
    // (a line of more sentences is a credit run into the article's lead: "FILE - This 2014 file
    // photo shows ... Wash. The company is cutting 10,000 jobs ...": its sentences are kept)
    if (line.sentences.size() <= max_credit_sentences && is_credit_opening(words))
      return set(line, PagePart::photo_credit, "photo credit");
    if (is_caption(line, u)) return set(line, PagePart::caption, "photo caption (it ends in a photo credit)");
    if (is_embedded_post(u))
      return set(line, PagePart::embedded_post,
                 "embedded social-media post (its figures are of the moment it was posted, not the page's)");
    if (line.sentences.size() <= 4 && ends_in_caption_dateline(u))
      return set(line, PagePart::caption, "photo caption (it ends on its place and day, as a wire photo's does)");
    if (const auto widget = read_date_widget(words, 0, words.size(), vocab_); short_line && widget.widget) {
      line.labelled_widget = widget.labelled;
      line.publication_widget = widget.publication;
      return set(line, PagePart::date_widget, "date widget (the page's own date, not an event's)");
    }
    if (short_line && is_date_bar(u))
      return set(line, PagePart::date_widget, "date widget (source, place and dates of the page)");
    if (short_line && is_byline(u, words)) return set(line, PagePart::byline, "byline");
    if (line.bullet && k < header_lines && is_lone_name(words))
      return set(line, PagePart::byline, "byline (a name alone in the page's header)");
    // Only title-sized lines are compared whole; the sentences of longer ones are compared one
    // by one (mark_repeated_sentences).
    const std::string key = line.words <= max_title_words ? comparison_key(u) : std::string();
    if (is_listed(vocab_.list_headings, key)) {
      list_headings_.push_back(k);
      return set(line, PagePart::navigation, "navigation (a heading of links to other stories)");
    }
    if (is_listed(vocab_.navigation_labels, key)) return set(line, PagePart::navigation, "navigation or page label");
    if (const std::size_t n = match_phrase(words, 0, vocab_.related_openers, true);
        n > 0 && n < words.size() && (words[n - 1].back() == ':' || starts_uppercase(words[n])))
      return set(line, PagePart::related, "link to another story");
    if (!words.empty() && glued_opener(words.front()))
      return set(line, PagePart::related, "link to another story (its label run into the title)");
    if (count_words(key) >= min_repeated_line_words) {
      if (!line_keys_.insert(key).second)
        return set(line, PagePart::repeated, "repeated line (a second copy of an earlier line keeps no claims)");
    }
  }

  static bool is_listed(const std::vector<std::string>& keys, const std::string& key) {
    return !key.empty() && std::find(keys.begin(), keys.end(), key) != keys.end();
  }

  bool is_credit_opening(const std::vector<std::string_view>& words) const {
    return match_phrase(words, 0, vocab_.credit_openers, false) > 0;
  }

  // "REUTERS/Ali Khara", "NASA/JPL-Caltech": a short sentence that opens with a word of
  // capitals, a slash and a capitalised name, as an agency's credit is written (not a dateline
  // of two cities: "MOSCOW/KYIV - Russia and Ukraine completed ...").
  // A longer one in capitals throughout is the same credit with its boilerplate ("EPA/MINISTRY
  // PRESS SERVICE/HANDOUT EDITORIAL USE ONLY/NO SALES").
  static bool is_agency_credit(std::string_view sentence) {
    constexpr std::size_t min_capitals = 2, max_words = 5;
    std::size_t n = 0;
    while (n < sentence.size() && std::isupper(static_cast<unsigned char>(sentence[n]))) ++n;
    if (n < min_capitals || n + 1 >= sentence.size() || sentence[n] != '/' ||
        !std::isupper(static_cast<unsigned char>(sentence[n + 1])))
      return false;
    return split_words(sentence, max_words + 1).size() <= max_words ||
           std::none_of(sentence.begin(), sentence.end(),
                        [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  }

  // A caption: a line of a few sentences whose last one is a credit ("Photo courtesy of ...",
  // "(Defense Ministry/AFP)"), or that ends in a bracketed credit or a credit line
  // ("... / AFP via Getty Images").
  // "A woman cries outside the hall Credit: The Tarn Herald": a one-word credit opener ending in
  // ':' inside the line, then a short capitalised name up to its end.
  bool ends_in_inline_credit(std::string_view u) const {
    constexpr std::size_t max_credit_words = 6;
    const auto words = split_words(u);
    const std::size_t first = words.size() > max_credit_words + 1 ? words.size() - max_credit_words - 1 : 1;
    for (std::size_t i = first; i + 1 < words.size(); ++i) {
      if (!std::isupper(static_cast<unsigned char>(words[i + 1].front()))) continue;
      const std::string word = lowered(words[i]);
      for (const Phrase& opener : vocab_.credit_openers)
        if (opener.size() == 1 && opener.front().ends_with(':') && opener.front() == word) return true;
    }
    return false;
  }

  bool is_caption(const PageLine& line, std::string_view u) const {
    if (line.sentences.size() > 4) return false;
    if (opens_with_picture_number(u)) return true;
    const std::string_view last_text = sentence_text(line.sentences.back());
    if (is_credit_opening(split_words(last_text, max_opener_words)) || is_agency_credit(last_text)) return true;
    if (ends_in_bracketed_credit(u)) return true;
    if (ends_in_inline_credit(u)) return true;
    std::string_view tail = u;
    while (!tail.empty() && (tail.back() == '.' || tail.back() == ' ')) tail.remove_suffix(1);
    const std::string lower_tail = lowered(tail);
    for (const auto& ending : vocab_.credit_endings) {
      if (lower_tail.size() > ending.size() &&
          lower_tail.compare(lower_tail.size() - ending.size(), ending.size(), ending) == 0) {
        const char before = lower_tail[lower_tail.size() - ending.size() - 1];
        if (before == ' ' || ending.front() == '/') return true;
      }
    }
    return false;
  }

  // A post embedded in the page as its text and signature: a picture link of the platform
  // ("pic.twitter.com/...") or a signature "(@handle) Month D, YYYY" ending the line.
  // "large_whats_app_image_2026_02_05_at_15": a token of three or more parts joined by
  // underscores, as a file name or a slug is written and prose never is.
  static bool has_file_name(std::string_view u) {
    constexpr int min_parts = 3;
    int parts = 1;
    for (std::size_t i = 0; i < u.size(); ++i) {
      if (u[i] == ' ') {
        parts = 1;
      } else if (u[i] == '_' && i > 0 && u[i - 1] != '_' && u[i - 1] != ' ' && i + 1 < u.size() && u[i + 1] != ' ' &&
                 u[i + 1] != '_' && ++parts >= min_parts) {
        return true;
      }
    }
    return false;
  }

  bool is_embedded_post(std::string_view u) const {
    if (u.find("pic.twitter.com/") != std::string_view::npos) return true;
    const std::size_t at = u.rfind("(@");
    if (at == std::string_view::npos) return false;
    std::size_t k = at + 2;
    while (k < u.size() && (is_alpha(u[k]) || is_digit(u[k]) || u[k] == '_')) ++k;
    if (k == at + 2 || k >= u.size() || u[k] != ')') return false;
    const auto words = split_words(u.substr(k + 1));
    return words.size() >= 2 && words.size() <= 3 && vocab_.is_month(words[0]) && is_digit(words[1][0]);
  }

  // "... sit in a vehicle in Baghdad, Iraq January 4" or "... in Kyiv, Ukraine March 4, 2024": a
  // wire photo's caption ends on its place and day with no preposition before the month (prose
  // says "in Baghdad on January 4"), even when the page dropped the photographer's credit.
  bool ends_in_caption_dateline(std::string_view tail) const {
    while (!tail.empty() && (tail.back() == '.' || tail.back() == ' ')) tail.remove_suffix(1);
    auto words = split_words(tail);
    const auto digits = [](std::string_view w, std::size_t min, std::size_t max) {
      return w.size() >= min && w.size() <= max && std::all_of(w.begin(), w.end(), is_digit);
    };
    const auto without_comma = [](std::string_view w) { return w.ends_with(',') ? w.substr(0, w.size() - 1) : w; };
    if (words.size() >= 2 && digits(words.back(), 4, 4) && words[words.size() - 2].ends_with(','))
      words.pop_back();  // ", 2024"
    if (words.size() < 5 || !digits(without_comma(words.back()), 1, 2)) return false;
    const std::size_t month = words.size() - 2;
    const std::string_view country = words[month - 1], city = words[month - 2];
    return vocab_.is_month(words[month]) && is_upper(country.front()) && !country.ends_with(',') &&
           is_upper(city.front()) && city.ends_with(',');
  }

  // "(Defense Ministry/AFP)", "[... via Reuters]", "(Photo: City Hall)" closing the line after
  // its last sentence. A bracket before the final period ("said in a post (via X).") is prose.
  bool ends_in_bracketed_credit(std::string_view s) const {
    if (s.empty() || (s.back() != ')' && s.back() != ']')) return false;
    const char open = s.back() == ')' ? '(' : '[';
    const std::size_t at = s.rfind(open);
    if (at == std::string_view::npos) return false;
    const std::string_view inside = s.substr(at + 1, s.size() - at - 2);
    const auto words = split_words(inside);
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (match_phrase(words, i, vocab_.credit_markers, true) > 0) return true;
    }
    // "Ministry/AFP": a source and an agency joined by a slash.
    for (std::size_t i = 1; i + 1 < inside.size(); ++i) {
      if (inside[i] == '/' && is_alpha(inside[i - 1]) && is_upper(inside[i + 1])) return true;
    }
    return false;
  }

  // "Desk | Northport | Updated: 03-14-2025 10:05 CET | Created: 03-14-2025 10:05 CET": short
  // fields between bars, one of them a dated widget.
  bool is_date_bar(std::string_view u) const {
    if (u.find('|') == std::string_view::npos) return false;
    bool dated = false;
    std::size_t begin = 0;
    while (begin <= u.size()) {
      std::size_t end = u.find('|', begin);
      if (end == std::string_view::npos) end = u.size();
      const std::string_view field = trim(u.substr(begin, end - begin));
      const auto words = split_words(field);
      const auto widget = read_date_widget(words, 0, words.size(), vocab_);
      if (widget.widget && widget.dated) {
        dated = true;
      } else if (words.size() > 5 || ends_terminal(field)) {
        return false;
      }
      if (end == u.size()) break;
      begin = end + 1;
    }
    return dated;
  }

  // "By NAME", "Post By NAME", "By NAME in PLACE DATE", "(Reporting by NAME; ...)". The name
  // is capitalized words; "By Friday, ..." or "By May 3 the swap ..." are prose.
  bool is_byline(std::string_view u, std::vector<std::string_view> words) const {
    if (u.front() == '(' && u.back() == ')') {
      words = split_words(u.substr(1, u.size() - 2));
    } else if (!starts_uppercase(u)) {
      return false;
    }
    const std::size_t opener = match_phrase(words, 0, vocab_.byline_openers, true);
    if (opener == 0 || opener >= words.size()) return false;
    const std::string_view first = strip_trailing(words[opener]);
    if (!starts_uppercase(first) || vocab_.is_month(first) || vocab_.is_weekday(first)) return false;
    std::size_t names = 0;
    for (std::size_t i = opener; i < words.size(); ++i) {
      const auto tail = read_date_widget(words, i, words.size(), vocab_);
      if (names > 0 && tail.widget && tail.dated) return true;
      if (const std::size_t n = match_phrase(words, i, vocab_.byline_joiners, true)) {
        i += n - 1;
        continue;
      }
      const std::string_view w = strip_trailing(words[i]);
      if (w.empty() || w == "|" || w == "/" || w == "-" || w == "&") continue;
      // A colon ends a title ("By Land and Sea: How ..."), never a name.
      if (!starts_uppercase(w) || has_digit(w) || words[i].back() == ':') return false;
      ++names;
    }
    return names > 0 && names <= max_byline_names && !ends_terminal(u.back() == ')' ? u.substr(0, u.size() - 1) : u);
  }

  // "Jane Roe" alone on a list line near the top: two to four capitalized words.
  bool is_lone_name(const std::vector<std::string_view>& words) const {
    if (words.size() < 2 || words.size() > 4) return false;
    for (const auto word : words) {
      if (!starts_uppercase(word) || vocab_.is_month(word) || vocab_.is_weekday(word)) return false;
      for (const char c : word) {
        if (static_cast<unsigned char>(c) < 0x80 && !is_alpha(c) && c != '-' && c != '\'' && c != '.') return false;
      }
    }
    return true;
  }

  // A title-like line: one line, no sentence end, not too long.
  bool is_title_like(const PageLine& line) const {
    if (line.wrapped || line.sentences.empty()) return false;
    return line.words > 0 && line.words <= max_title_words && !ends_terminal(unit(line));
  }

  // After a heading such as "Related Posts", the title-like lines up to the next prose are
  // other stories' headlines, when there are at least two of them.
  // "RelatedRussia, Ukraine each free 95 POWs": a one-word related opener a scraper ran into
  // the capitalised title after it.
  bool glued_opener(std::string_view word) const {
    for (const auto& phrase : vocab_.related_openers) {
      if (phrase.size() != 1 || !std::isalpha(static_cast<unsigned char>(phrase.front().back()))) continue;
      const std::string& opener = phrase.front();
      if (word.size() > opener.size() + 1 && lowered(word.substr(0, opener.size())) == opener &&
          std::isupper(static_cast<unsigned char>(word[opener.size()])) &&
          std::islower(static_cast<unsigned char>(word[opener.size() + 1])))
        return true;
    }
    return false;
  }

  void mark_related_lists() {
    for (const std::size_t heading : list_headings_) {
      std::vector<std::size_t> items;
      for (std::size_t k = heading + 1; k < lines_.size() && items.size() < max_related_items; ++k) {
        const PageLine& line = lines_[k];
        if (line.part != PagePart::body && line.part != PagePart::repeated) continue;
        if (!is_title_like(line)) break;
        // Leftovers of markup ("spot_img") and one-word labels are not headlines.
        if (line.words >= min_repeated_line_words) items.push_back(k);
      }
      if (items.size() < min_related_items) continue;
      for (const std::size_t k : items)
        set(lines_[k], PagePart::related,
            "related-story headline (in the list after '" + std::string(unit(lines_[heading])) + "')");
    }
  }

  // Two or more list items in a row of at most three words and no digits ("• Country:",
  // "• Russia"): a menu of sections or tags.
  void mark_navigation_lists() {
    constexpr std::size_t max_item_words = 3;
    auto is_item = [&](const PageLine& line) {
      const std::string_view u = unit(line);
      return line.bullet && line.part == PagePart::body && !line.wrapped && !has_digit(u) && !ends_terminal(u) &&
             line.words <= max_item_words;
    };
    std::size_t k = 0;
    while (k < lines_.size()) {
      std::size_t end = k;
      while (end < lines_.size() && is_item(lines_[end]) &&
             (end == k || lines_[end].index == lines_[end - 1].index + 1))
        ++end;
      if (end - k >= 2) {
        for (std::size_t j = k; j < end; ++j) set(lines_[j], PagePart::navigation, "navigation (a list of sections)");
      }
      k = end > k ? end : k + 1;
    }
  }

  // A bare date at the very top, before the headline, followed by the site's menus
  // ("Sunday, July 27, 2025" / "LATEST"): the day the page was seen, not the article's date.
  void mark_site_date() {
    // "Mon, Mar 3, 2025 | 18°C" above the headline, then "Published: Fri 14 Mar 2024":
    // a header that labels the article's publication date makes an unlabelled date above it
    // the site's date bar (the day the page was seen).
    for (std::size_t k = 0; k < lines_.size() && k < header_lines; ++k) {
      if (lines_[k].part != PagePart::date_widget || !lines_[k].publication_widget) continue;
      for (std::size_t j = 0; j < k; ++j)
        if (lines_[j].part == PagePart::date_widget && !lines_[j].labelled_widget)
          set(lines_[j], PagePart::site_date, "site date widget (above the article's labelled publication date)");
      break;
    }
    for (std::size_t k = 0; k < lines_.size(); ++k) {
      PageLine& line = lines_[k];
      if (line.part == PagePart::body && line.words >= min_repeated_line_words) return;
      if (line.part != PagePart::date_widget || line.labelled_widget || line.unit_begin != line.begin) continue;
      for (std::size_t j = k + 1; j < lines_.size() && j <= k + site_date_lookahead; ++j) {
        const PageLine& next = lines_[j];
        if (next.part == PagePart::navigation) {
          set(line, PagePart::site_date, "site date widget (the site's date bar, not the article's date)");
          break;
        }
        if (next.part == PagePart::body && next.words > 2) break;
      }
    }
  }

  // A long sentence that repeats an earlier one word for word (an embedded post quoting the
  // text above it, a standfirst printed again): the second copy keeps no claims.
  // "... injured in the blast on Saturday. Iran Port Blast: Massive Explosion Kills 25, Injures
  // Over 750.": a sentence after the first of its paragraph written in title case (no word in
  // lower case but those titles keep so) is another story's headline, or an earlier version's,
  // run into the text by the page.
  void mark_run_in_headlines() {
    if (vocab_.title_lowercase.empty()) return;  // a language whose titles are not in title case
    for (const auto& line : lines_) {
      if (line.part != PagePart::body) continue;
      bool first = true;  // the line's first sentence after a date widget that opens it
      for (const std::size_t s : line.sentences) {
        Sentence& sentence = sentences_[s];
        if (sentence.span.begin.value < line.unit_begin) continue;
        if (std::exchange(first, false) || sentence.part != PagePart::body) continue;
        const std::string_view text = sentence_text(s);
        if (is_title_case(text)) {
          sentence.part = PagePart::related;
          sentence.skip_reason = "a headline run into the text (title case: another story or an earlier version)";
        }
      }
    }
  }

  bool is_title_case(std::string_view text) const {
    std::size_t capitalised = 0, words = 0;
    for (std::string_view word : split_words(text)) {
      while (!word.empty() && !is_alpha(word.front()) && !is_digit(word.front())) word.remove_prefix(1);
      while (!word.empty() && !is_alpha(word.back()) && !is_digit(word.back())) word.remove_suffix(1);
      if (word.empty()) continue;
      ++words;
      if (is_upper(word.front())) {
        ++capitalised;
      } else if (!is_digit(word.front()) &&
                 !std::binary_search(vocab_.title_lowercase.begin(), vocab_.title_lowercase.end(), lowered(word))) {
        return false;
      }
    }
    return words >= min_run_in_title_words && capitalised >= min_run_in_title_capitals;
  }

  // An image's alt text repeats its caption without the credit ("The quake leaves 20 dead." on
  // one line, "The quake leaves 20 dead. Images via social media." on another): a sentence of
  // prose that is also a caption's sentence is that caption, wherever it stands.
  // "Duration: 3 minutes 53 seconds", "Duration 2:14": a label, then only numbers and units.
  bool is_video_duration(const std::vector<std::string_view>& words) const {
    const std::size_t label = match_phrase(words, 0, vocab_.video_labels, true);
    if (label == 0 || label == words.size()) return false;
    bool number = false;
    for (std::size_t k = label; k < words.size(); ++k) {
      const std::string_view w = strip_trailing(words[k]);
      if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c) || c == ':'; }))
        number = number || is_digit(w.front());
      else if (!std::binary_search(vocab_.video_units.begin(), vocab_.video_units.end(), lowered(w))) return false;
    }
    return number;
  }

  // The line after a video's length (blank lines between) is its caption, written when the
  // video was made: "Rescue resumes for 10 hikers" over a video "... the search for 12 missing
  // climbers". A line of up to four sentences; a longer one is the article going on.
  void mark_video_captions() {
    constexpr std::size_t max_caption_sentences = 4;
    for (std::size_t k = 0; k + 1 < lines_.size(); ++k) {
      if (lines_[k].part != PagePart::navigation || !lines_[k].reason.starts_with("a video's length")) continue;
      std::size_t next = k + 1;
      while (next < lines_.size() && lines_[next].sentences.empty()) ++next;
      if (next == lines_.size()) return;
      PageLine& caption = lines_[next];
      if (caption.part == PagePart::body && caption.sentences.size() <= max_caption_sentences)
        set(caption, PagePart::caption, "a video's caption (after its length): of when the video was made");
    }
  }

  void mark_caption_copies() {
    std::unordered_set<std::string> captions;
    for (const auto& line : lines_) {
      if (line.part != PagePart::caption) continue;
      for (const std::size_t s : line.sentences) captions.insert(comparison_key(sentence_text(s)));
    }
    if (captions.empty()) return;
    for (auto& line : lines_) {
      if (line.part != PagePart::body || line.wrapped) continue;
      for (const std::size_t s : line.sentences) {
        Sentence& sentence = sentences_[s];
        if (sentence.part != PagePart::body || count_words_in(sentence_text(s)) < min_repeated_sentence_words) continue;
        if (!captions.count(comparison_key(sentence_text(s)))) continue;
        sentence.part = PagePart::caption;
        sentence.skip_reason = "an image's alt text (it repeats a photo caption of the page)";
      }
    }
  }

  std::string_view sentence_text(std::size_t s) const {
    const Sentence& sentence = sentences_[s];
    return text_.substr(sentence.span.begin.value, sentence.span.end.value - sentence.span.begin.value);
  }

  void mark_repeated_sentences() {
    std::unordered_set<std::string> seen;
    std::vector<bool> furniture_line(sentences_.size(), false);
    for (const auto& line : lines_) {
      if (line.part == PagePart::body) continue;
      for (const std::size_t s : line.sentences) furniture_line[s] = true;
    }
    for (std::size_t s = 0; s < sentences_.size(); ++s) {
      Sentence& sentence = sentences_[s];
      if (sentence.part != PagePart::body || furniture_line[s]) continue;
      const std::string_view text = sentence_text(s);
      if (count_words_in(text) < min_repeated_sentence_words) continue;
      const std::string key = comparison_key(text);
      if (count_words(key) < min_repeated_sentence_words) continue;
      if (!seen.insert(key).second) {
        sentence.part = PagePart::repeated;
        sentence.skip_reason = "repeated sentence (a second copy of an earlier sentence keeps no claims)";
      }
    }
  }

  // The first line of the article's own text is its headline when it reads as a title.
  void mark_headline() {
    for (auto& line : lines_) {
      if (line.part != PagePart::body) continue;
      if (line.words < min_repeated_line_words) continue;
      if (!is_title_like(line)) return;
      for (const std::size_t s : line.sentences) {
        if (sentences_[s].part == PagePart::body && sentences_[s].span.begin.value >= line.unit_begin)
          sentences_[s].part = PagePart::headline;
      }
      return;
    }
  }

  std::string_view text_;
  std::vector<Sentence>& sentences_;
  const Vocabulary& vocab_;
  std::vector<PageLine> lines_;
  std::vector<std::size_t> list_headings_;
  std::unordered_set<std::string> line_keys_;
};

}  // namespace

void mark_page_structure(std::string_view text, std::vector<Sentence>& sentences, const TextOptions& options) {
  if (sentences.empty()) return;
  PageMarker(text, sentences, options).run();
}

}  // namespace crosscheck
