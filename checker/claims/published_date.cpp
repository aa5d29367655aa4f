// The published date: front matter or manifest, else the page's own date (a date widget or
// dated byline in the page header, a date line, a lead that opens with a full date, a wire
// dateline), never anything weaker; and the wire dateline itself, with or without a year,
// which dates the filing and never an event (the events layer may give a year-less one the
// year of the story the article reports).
#include "checker/claims/extraction.hpp"

namespace crosscheck {

namespace {

// How many sentences of the article's own text (furniture not counted) the page's date may
// be found in, and how far from the start of its sentence a wire dateline's date may be.
constexpr std::size_t max_header_sentences = 8;
// A wire dateline opens the lead, which may come after a standfirst, a summary or a few
// bullet points.
constexpr std::size_t max_dateline_sentences = 16;
constexpr std::size_t max_dateline_offset = 40;
constexpr int max_dateline_place_words = 3;
constexpr int max_agency_words = 4;

bool is_furniture(const Sentence& s) { return !s.skip_reason.empty(); }

// The page's own date shown as page data: "Updated 14 March 2025", "Aug. 14, 2025 / 11:47 AM",
// "By Jane Roe in Berlin July 24, 2025". Not a site's header date ("today"), not a caption's.
bool is_page_date_widget(const Sentence& s) { return s.part == PagePart::date_widget || s.part == PagePart::byline; }

// " (Reuters) -", " (dpa/MIA) -", " (IANS) ", " -" after a dateline's date: where the
// article's text starts, or npos when `text` does not go on like a dateline at `at`.
std::size_t after_dateline_tail(std::string_view text, std::size_t at, bool need_agency) {
  if (text.compare(at, 2, " (") == 0) {
    const std::size_t close = text.find(')', at + 2);
    if (close == std::string_view::npos || words_between(text, at + 2, close) > max_agency_words)
      return std::string_view::npos;
    return close + 1 < text.size() ? close + 1 : std::string_view::npos;
  }
  if (!need_agency && text.compare(at, 2, " -") == 0) return at + 2;
  return std::string_view::npos;
}

// "KYIV, Aug 23 (Reuters) -", "Port Ellis, 14 March 2025 (Desk) -", "VALMERE, June 12 -":
// a place of up to three words and a comma, then the date, then an agency or a dash. And
// "Aug. 14 (UPI) -- ...": the date first, then the agency and a dash.
bool is_dateline(std::string_view text, const grammars::DateMention& m) {
  if (m.relative || !m.month || !m.day || m.end + 2 >= text.size()) return false;
  // "SEOUL (UrduPoint News / Sputnik - 14th November, 2022) The number ...": the date closes
  // the agency's brackets after the place
  if (text[m.end] == ')') {
    const std::size_t open = text.rfind('(', m.begin);
    if (open != std::string_view::npos && open > 0 && m.begin - open <= max_dateline_offset &&
        words_between(text, 0, open) <= max_dateline_place_words && text.find(')', open) == m.end)
      return true;
  }
  if (m.begin == 0) {
    const std::size_t after = after_dateline_tail(text, m.end, true);
    return after != std::string_view::npos && text.compare(after, 2, " -") == 0;
  }
  return m.begin >= 2 && m.begin < max_dateline_offset && text[m.begin - 2] == ',' &&
         words_between(text, 0, m.begin) <= max_dateline_place_words &&
         after_dateline_tail(text, m.end, false) != std::string_view::npos;
}

// The wire dateline of the lead, looked for whether or not a published date is given: a
// dateline dates the filing, never an event.
void find_dateline(Extraction& x) {
  const Document& doc = x.doc;
  std::size_t own = 0;
  for (std::size_t i = 0; i < doc.sentences.size() && own < max_dateline_sentences; ++i) {
    if (is_furniture(doc.sentences[i])) continue;
    ++own;
    // A dateline opens the lead's paragraph (after a date widget on its line, if any).
    const bool opens_paragraph =
        i == 0 || doc.sentences[i - 1].paragraph != doc.sentences[i].paragraph || is_furniture(doc.sentences[i - 1]);
    const auto& mentions = x.sentences[i].dates;
    if (!opens_paragraph) continue;
    if (mentions.empty() || !is_dateline(x.sentences[i].text, mentions.front())) continue;
    const auto& m = mentions.front();
    x.out.dateline = Dateline{*m.month, *m.day, std::string(x.sentences[i].text.substr(0, m.end)), i, m.begin};
    return;
  }
}

std::string position_of(const Extraction& x, const SentenceView& scan, std::size_t offset) {
  const auto where = x.doc.offsets.locate(x.doc.offsets.to_byte(NormOffset{scan.flat.norm_at[offset]}));
  return std::to_string(where.line) + ":" + std::to_string(where.column);
}

}  // namespace

void infer_published_date(Extraction& x) {
  const Document& doc = x.doc;
  DocumentClaims& out = x.out;
  find_dateline(x);
  if (doc.meta.published) {
    out.published = parse_iso_date(*doc.meta.published);
    out.published_how = "given in front matter or manifest";
    if (out.published) return;
  }
  // The page's own date near the top: a date widget or dated byline, a date alone on its line
  // (a date line), a wire dateline with its year, or a lead that opens with a full date ("On
  // Friday, May 23, 2025, ..."). Never anything weaker: no published date is better than an
  // invented one. Furniture other than the page's date (captions, related headlines, a site's
  // date bar) is passed over; it does not count as the article's text either.
  std::size_t own = 0;
  std::size_t prose_seen = 0;
  for (std::size_t i = 0; i < doc.sentences.size() && own < max_header_sentences && prose_seen <= 1; ++i) {
    const auto& sentence = doc.sentences[i];
    const bool widget = is_page_date_widget(sentence);
    if (is_furniture(sentence) && !widget) continue;
    if (!is_furniture(sentence)) {
      ++own;
      if (!sentence.whole_line) ++prose_seen;
    }
    const SentenceView& scan = x.sentences[i];
    const std::string_view text = scan.text;
    const auto& mentions = scan.dates;
    if (mentions.empty()) continue;
    const auto& m = mentions.front();
    if (m.relative || !m.year || !m.month || !m.day || m.precision != grammars::DatePrecision::day) continue;
    const Date date = make_date(*m.year, *m.month, *m.day);
    if (!date.ok()) continue;
    const bool dateline = !widget && out.dateline && out.dateline->sentence == i && out.dateline->begin == m.begin;
    // A date line is (almost) only the date: "June 10, 2025", "Updated: June 10, 2025 14:05".
    // A lead opens with the date and goes on in prose: "On Friday, May 23, 2025, Ukraine ...".
    const int words_before = words_between(text, 0, m.begin);
    const std::size_t date_length = m.end - m.begin;
    // A dateline sentence opening a paragraph counts too when a place or label ends with a
    // comma or colon right before the date: "Brava valley, 5 October 2025. As a result ...".
    std::size_t before_date = m.begin;
    while (before_date > 0 && text[before_date - 1] == ' ') --before_date;
    const bool labelled = before_date > 0 && (text[before_date - 1] == ',' || text[before_date - 1] == ':');
    const bool opens_paragraph = i == 0 || doc.sentences[i - 1].paragraph != sentence.paragraph;
    const bool date_line = (sentence.whole_line || (opens_paragraph && (labelled || words_before == 0))) &&
                           words_before <= 3 && text.size() <= date_length + 32;
    const bool lead = words_before <= 1 && text.size() > date_length + 20;
    if (!widget && !dateline && !date_line && !lead) continue;
    out.published = date;
    out.published_inferred = true;
    const char* from = date_line                           ? "inferred from the date line '"
                       : sentence.part == PagePart::byline ? "inferred from the byline's date '"
                       : widget                            ? "inferred from the date widget '"
                       : dateline                          ? "inferred from the dateline '"
                                                           : "inferred from the lead's date '";
    out.published_from_lead = !date_line && sentence.part != PagePart::byline && !widget && !dateline;
    out.published_how = from + m.text + "' at " + position_of(x, scan, m.begin);
    return;
  }
}

}  // namespace crosscheck
