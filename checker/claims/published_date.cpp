// The published date: front matter or manifest, else a date line or a lead that opens with
// a full date, never anything weaker; and a wire dateline without a year, which the events
// layer may date from the story the article reports.
#include "checker/claims/extraction.hpp"

namespace crosscheck {

void infer_published_date(Extraction& x) {
  const Document& doc = x.doc;
  DocumentClaims& out = x.out;
  if (doc.meta.published) {
    out.published = parse_iso_date(*doc.meta.published);
    out.published_how = "given in front matter or manifest";
    if (out.published) return;
  }
  // A date alone on its line near the top (a dateline), or a lead that opens with a full date
  // ("On Friday, May 23, 2025, ..."). Never anything weaker: no published date is better than
  // an invented one.
  const std::size_t limit = std::min<std::size_t>(doc.sentences.size(), 8);
  std::size_t prose_seen = 0;
  for (std::size_t i = 0; i < limit && prose_seen <= 1; ++i) {
    const auto& sentence = doc.sentences[i];
    const FlatText& flat = x.sentences[i].flat;
    const std::string_view text = flat.text;
    const auto& mentions = x.sentences[i].dates;
    if (!sentence.whole_line) ++prose_seen;
    if (mentions.empty()) continue;
    const auto& m = mentions.front();
    // "KYIV, Aug 23 (Reuters) -": a year-less dateline; the events layer may give it the year
    // of the story the article reports.
    if (!out.dateline && !m.relative && !m.year && m.month && m.day && m.begin > 0 && m.begin < 40 &&
        text[m.begin - 2] == ',' && words_between(text, 0, m.begin) <= 3 && m.end + 2 < text.size() &&
        (text.compare(m.end, 2, " (") == 0 || text.compare(m.end, 2, " -") == 0))
      out.dateline = Dateline{*m.month, *m.day, std::string(text.substr(0, m.end)), i, m.begin};
    if (m.relative || !m.year || !m.month || !m.day || m.precision != grammars::DatePrecision::day) continue;
    const Date date = make_date(*m.year, *m.month, *m.day);
    if (!date.ok()) continue;
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
    if (!date_line && !lead) continue;
    const auto where = doc.offsets.locate(doc.offsets.to_byte(NormOffset{flat.norm_at[m.begin]}));
    out.published = date;
    out.published_inferred = true;
    out.published_how = std::string(date_line ? "inferred from the date line '" : "inferred from the lead's date '") +
                        m.text + "' at " + std::to_string(where.line) + ":" + std::to_string(where.column);
    return;
  }
}

}  // namespace crosscheck
