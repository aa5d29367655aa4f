#include "checker/claims/extract.hpp"

#include "checker/claims/claim_json.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

#include "grammars/counts.hpp"
#include "grammars/dates.hpp"
#include "grammars/durations.hpp"
#include "grammars/phrases.hpp"
#include "grammars/relative_date.hpp"
#include "grammars/roles.hpp"
#include "grammars/stages.hpp"
#include "grammars/superlatives.hpp"

namespace crosscheck {

namespace g = grammars;

namespace {

// How far (in words) a clause-level scope marker may stand before the number it scopes.
constexpr int scope_marker_window = 4;

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Clause boundaries inside a sentence: ; : ( ) and commas that do not sit inside a number or
// a date ("1,000", "May 23, 2025"), and spaced dashes. Returns boundary offsets, sorted.
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

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// A place that restricts a count to part of the event: "killed in Bangkok", "In Kharkiv,
// 12 were injured". Returns the capitalized word(s) after "in"/"at" near the count, or "".
std::string count_location(std::string_view s, std::size_t begin, std::size_t end,
                           const std::vector<std::size_t>& bounds) {
  auto place_at = [&](std::size_t p) {
    std::size_t q = p;
    while (q < s.size() && (std::isalpha(static_cast<unsigned char>(s[q])) || s[q] == '-' ||
                            (s[q] == ' ' && q + 1 < s.size() && is_upper(s[q + 1]))))
      ++q;
    return std::string(s.substr(p, q - p));
  };
  // After the count, within five words of its clause.
  for (std::size_t i = end; i + 4 < s.size() && words_between(s, end, i) <= 5; ++i) {
    if (!same_clause(bounds, end, i + 1)) break;
    if ((s.compare(i, 4, " in ") == 0 || s.compare(i, 4, " at ") == 0) && is_upper(s[i + 4])) return place_at(i + 4);
  }
  // "In Kharkiv, ..." opening the sentence before the count.
  if (s.size() > 4 && s.compare(0, 3, "In ") == 0 && is_upper(s[3])) {
    const std::string place = place_at(3);
    if (3 + place.size() < s.size() && s[3 + place.size()] == ',' && 3 + place.size() < begin) return place;
  }
  return "";
}

// A year (1900-2100, four plain digits) that names the time of the event word at [begin, end):
// within three words before or after it, or before it followed by ", when" ("since 1976,
// when about 3,000 people died in a quake").
std::optional<int> year_near(std::string_view s, std::size_t begin, std::size_t end) {
  std::optional<int> found;
  for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
    const bool starts = (i == 0 || !std::isalnum(static_cast<unsigned char>(s[i - 1])));
    if (!starts || !std::isdigit(static_cast<unsigned char>(s[i]))) continue;
    std::size_t j = i;
    while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
    if (j - i != 4) continue;
    if (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) continue;
    if (j + 1 < s.size() && (s[j] == ',' || s[j] == '.') && std::isdigit(static_cast<unsigned char>(s[j + 1])))
      continue;
    if (i > 0 && (s[i - 1] == ',' || s[i - 1] == '.' || s[i - 1] == '$')) continue;  // "1,2025", "$2025"
    const int year = std::stoi(std::string(s.substr(i, 4)));
    if (year < 1900 || year > 2100) continue;
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

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The sentence as the grammars read it: every run of whitespace (line breaks of re-wrapped
// text, doubled spaces, tabs) becomes one space, so a re-wrapped or re-spaced article yields
// the same claims. `norm_at[i]` is the normalized-text offset of flat byte i.
struct FlatText {
  std::string text;
  std::vector<std::size_t> norm_at;  // size text.size() + 1
};

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

Date make_date(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

}  // namespace

struct ClaimExtractor::Impl {
  explicit Impl(const Lexicon& lexicon)
      : counts(lexicon),
        counts_dot(lexicon, g::NumberOptions{'.', ',', true}),
        dates(lexicon),
        durations(lexicon),
        superlatives(lexicon),
        roles(lexicon),
        stages(lexicon),
        triggers(lexicon, "event_triggers"),
        agreement_links(lexicon, "agreement_links"),
        future_markers(lexicon, "future_markers"),
        properties(lexicon, "count_properties"),
        clause_scopes(lexicon, "clause_scopes"),
        places(lexicon, "places"),
        other_markers(lexicon, "other_event_markers"),
        reporting_verbs(lexicon, "reporting_verbs"),
        released_nouns(lexicon, "released_nouns"),
        side_subjects(lexicon, "side_subjects"),
        subgroup_markers(lexicon, "subgroup_markers") {
    for (const auto& entry : lexicon.section("number_conventions"))
      if (entry.value == "dot_thousands") dot_languages.push_back(entry.phrase);
  }

  // The counts grammar for a document's language ("de", "de-AT"): digit grouping differs.
  const g::CountGrammar& counts_for(const Document& doc) const {
    if (!doc.meta.lang) return counts;
    std::string lang = lower(doc.meta.lang->substr(0, doc.meta.lang->find_first_of("-_")));
    return std::find(dot_languages.begin(), dot_languages.end(), lang) != dot_languages.end() ? counts_dot : counts;
  }

  g::CountGrammar counts;
  g::CountGrammar counts_dot;  // languages that write "6.000" for six thousand
  std::vector<std::string> dot_languages;
  g::DateGrammar dates;
  g::DurationGrammar durations;
  g::SuperlativeGrammar superlatives;
  g::RoleGrammar roles;
  g::StageGrammar stages;
  g::PhraseMatcher triggers;
  g::PhraseMatcher agreement_links;
  g::PhraseMatcher future_markers;
  g::PhraseMatcher properties;
  g::PhraseMatcher clause_scopes;
  g::PhraseMatcher places;
  g::PhraseMatcher other_markers;
  g::PhraseMatcher reporting_verbs;
  g::PhraseMatcher released_nouns;
  g::PhraseMatcher side_subjects;
  g::PhraseMatcher subgroup_markers;

  // Per-sentence working state.
  struct SentenceScan {
    std::size_t index = 0;
    FlatText flat;
    std::string_view text;  // flat.text
    std::vector<std::size_t> bounds;
    std::vector<std::size_t> mentions;  // indices into DocumentClaims::events
  };

  void scan_triggers(const Document& doc, SentenceScan& scan, DocumentClaims& out,
                     std::optional<int> current_year) const;
  std::optional<std::size_t> attach(const SentenceScan& scan, const DocumentClaims& out, std::size_t begin,
                                    std::size_t end, bool prefer_agreement_links, std::string& why) const;
  bool governed_by_agreement(const SentenceScan& scan, const DocumentClaims& out, std::size_t mention) const;
  void infer_published(const Document& doc, DocumentClaims& out, const std::vector<SentenceScan>& scans,
                       const std::vector<std::vector<g::DateMention>>& sentence_dates) const;
  std::optional<Claim> part_before(const Document& doc, const DocumentClaims& out, const SentenceScan& scan,
                                   const g::CountMention& whole, const Claim& whole_claim) const;
  Claim base_claim(const Document& doc, const DocumentClaims& out, const SentenceScan& scan, std::size_t begin,
                   std::size_t end) const;
};

void ClaimExtractor::Impl::scan_triggers(const Document& doc, SentenceScan& scan, DocumentClaims& out,
                                         std::optional<int> current_year) const {
  const auto& sentence = doc.sentences[scan.index];
  std::string place;
  if (auto found = places.find(scan.text); !found.empty()) place = found.front().value;
  for (const auto& t : triggers.find(scan.text)) {
    EventMention m;
    m.type = t.value;
    m.sentence = scan.index;
    m.paragraph = sentence.paragraph;
    m.span = norm_span(scan.flat, t.begin, t.end);
    m.local_begin = t.begin;
    m.local_end = t.end;
    m.place = place;
    // "a previous swap", "further exchanges": another event than the article's own.
    for (const auto& o : other_markers.find(scan.text.substr(0, t.begin))) {
      if (words_between(scan.text, o.end, t.begin) <= 1 && same_clause(scan.bounds, o.end, t.begin)) m.other = true;
    }
    for (const auto& f : future_markers.find(scan.text.substr(0, t.begin))) {
      if (words_between(scan.text, f.end, t.begin) <= 1) m.future = true;
    }
    // "the 1976 quake", "a tremor in 2019", "since 1976, when ... died in a quake": an event
    // of another year than the article's is another event.
    if (auto year = year_near(scan.text, t.begin, t.end); year && (!current_year || *year != *current_year))
      m.other = true;
    // "Earlier exchanges had returned 1,200 soldiers": the verb of an 'other' event word's
    // clause is that other event too.
    if (!scan.mentions.empty()) {
      const auto& prev = out.events[scan.mentions.back()];
      if ((prev.other || prev.future) && words_between(scan.text, prev.local_end, m.local_begin) <= 2 &&
          same_clause(scan.bounds, prev.local_end, m.local_begin)) {
        m.other = m.other || prev.other;
        m.future = m.future || prev.future;
      }
    }
    scan.mentions.push_back(out.events.size());
    out.events.push_back(std::move(m));
  }
}

// An exchange word that an agreement word governs: "a deal to swap", "agreed to release",
// "a deal involving the exchange of", or a plan ("will exchange").
bool ClaimExtractor::Impl::governed_by_agreement(const SentenceScan& scan, const DocumentClaims& out,
                                                 std::size_t mention) const {
  const auto& m = out.events[mention];
  if (m.type == "agreement") return true;
  const std::size_t begin = m.local_begin;
  bool agreement_before = false;
  for (std::size_t other : scan.mentions) {
    const auto& o = out.events[other];
    if (o.type == "agreement" && o.local_end <= m.local_begin) agreement_before = true;
  }
  if (!agreement_before) return false;
  if (m.future) return true;
  for (const auto& link : agreement_links.find(scan.text.substr(0, begin))) {
    const int gap = words_between(scan.text, link.end, begin);
    if (gap <= 1) return true;  // "to exchange", "involving the exchange"
  }
  return false;
}

// The event mention a claim at [begin, end) in the sentence hangs on: the nearest event word
// before it in its clause, else after it in its clause, else before it in the sentence, else
// after it. Exchange words governed by an agreement word resolve to that agreement.
std::optional<std::size_t> ClaimExtractor::Impl::attach(const SentenceScan& scan, const DocumentClaims& out,
                                                        std::size_t begin, std::size_t end, bool prefer_agreement_links,
                                                        std::string& why) const {
  std::optional<std::size_t> best;
  int best_rank = std::numeric_limits<int>::max();
  std::size_t best_distance = std::numeric_limits<std::size_t>::max();
  for (std::size_t index : scan.mentions) {
    const auto& m = out.events[index];
    const std::size_t mb = m.local_begin, me = m.local_end;
    int rank = 0;
    std::size_t distance = 0;
    if (me <= begin) {
      distance = begin - me;
      rank = same_clause(scan.bounds, me, begin) ? 0 : 2;
    } else if (mb >= end) {
      distance = mb - end;
      rank = same_clause(scan.bounds, end, mb) ? 1 : 3;
    } else {
      rank = 0;  // inside the claim's own span ("the largest prisoner exchange")
      distance = 0;
    }
    if (rank < best_rank || (rank == best_rank && distance < best_distance)) {
      best = index;
      best_rank = rank;
      best_distance = distance;
    }
  }
  if (!best) return std::nullopt;
  static constexpr const char* how[] = {
      "the event word before it in its clause", "the event word after it in its clause",
      "the event word before it in the sentence", "the event word after it in the sentence"};
  why = how[best_rank];
  if (prefer_agreement_links && out.events[*best].type != "agreement" && governed_by_agreement(scan, out, *best)) {
    // Point at the agreement word itself so the claim takes the agreement's identity.
    std::optional<std::size_t> agreement;
    for (std::size_t index : scan.mentions) {
      const auto& m = out.events[index];
      if (m.type == "agreement" && m.local_end <= out.events[*best].local_begin) agreement = index;
    }
    if (agreement) {
      why += ", which the agreement word before it governs";
      return agreement;
    }
  }
  return best;
}

Claim ClaimExtractor::Impl::base_claim(const Document& doc, const DocumentClaims& out, const SentenceScan& scan,
                                       std::size_t begin, std::size_t end) const {
  Claim c;
  c.document = out.document;
  c.path = doc.path;
  c.source_id = out.source_id;
  c.span = norm_span(scan.flat, begin, end);
  c.bytes = doc.offsets.to_bytes(c.span);
  c.begin = doc.offsets.locate(c.bytes.begin);
  c.end = doc.offsets.locate(c.bytes.end);
  c.text = std::string(scan.text.substr(begin, end - begin));
  c.snippet = std::string(scan.text);
  c.sentence = scan.index;
  c.paragraph = doc.sentences[scan.index].paragraph;
  return c;
}

void ClaimExtractor::Impl::infer_published(const Document& doc, DocumentClaims& out,
                                           const std::vector<SentenceScan>& scans,
                                           const std::vector<std::vector<g::DateMention>>& sentence_dates) const {
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
    const FlatText& flat = scans[i].flat;
    const std::string_view text = flat.text;
    const auto& mentions = sentence_dates[i];
    if (!sentence.whole_line) ++prose_seen;
    if (mentions.empty()) continue;
    const auto& m = mentions.front();
    // "KYIV, Aug 23 (Reuters) -": a year-less dateline; the events layer may give it the year
    // of the story the article reports.
    if (!out.dateline && !m.relative && !m.year && m.month && m.day && m.begin > 0 && m.begin < 40 &&
        text[m.begin - 2] == ',' && words_between(text, 0, m.begin) <= 3 && m.end + 2 < text.size() &&
        (text.compare(m.end, 2, " (") == 0 || text.compare(m.end, 2, " -") == 0))
      out.dateline = Dateline{*m.month, *m.day, std::string(text.substr(0, m.end)), i, m.begin};
    if (m.relative || !m.year || !m.month || !m.day || m.precision != g::DatePrecision::day) continue;
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

// The count N in "N of [the|its|parliament's] <count>", when one is written there.
std::optional<Claim> ClaimExtractor::Impl::part_before(const Document& doc, const DocumentClaims& out,
                                                       const SentenceScan& scan, const g::CountMention& whole,
                                                       const Claim& whole_claim) const {
  const Impl& im = *this;
  const std::string_view text = scan.text;
  const std::size_t of = text.rfind(" of ", whole.begin);
  if (of == std::string_view::npos || of + 4 > whole.begin || words_between(text, of + 4, whole.begin) > 1)
    return std::nullopt;
  // Try the word starts before " of", nearest first, until a number ends exactly there.
  std::size_t start = of;
  for (int words = 0; words < 4 && start > 0; ++words) {
    --start;
    while (start > 0 && text[start - 1] != ' ') --start;
    auto number = im.counts.numbers().parse_qualified_at(text, start);
    if (!number || number->end != of) continue;
    if (number->number.value <= 1 || number->number.vague) return std::nullopt;
    Claim c = im.base_claim(doc, out, scan, number->begin, whole.end);
    c.kind = ClaimKind::count;
    c.property = whole_claim.property;
    c.qualifier = number->qualifier;
    c.location = whole_claim.location;
    CountValue v;
    v.value = number->number.value;
    v.value_hi = number->number.value_hi;
    v.lo = number->interval.lo;
    v.hi = number->interval.hi;
    c.value = v;
    c.explain.push_back("a part of the " + format_count(whole.value) + " written after it");
    return c;
  }
  return std::nullopt;
}

ClaimExtractor::ClaimExtractor(const Lexicon& lexicon) : impl_(std::make_unique<Impl>(lexicon)) {}
ClaimExtractor::~ClaimExtractor() = default;

std::optional<DateValue> ClaimExtractor::resolve_pending(const PendingDate& pending, Date anchor) const {
  const g::DateMention& m = pending.mention;
  auto resolved = g::resolve_date(m, anchor);
  if (!resolved) return std::nullopt;
  DateValue v;
  v.lo = resolved->lo;
  v.hi = resolved->hi;
  v.day_precision = resolved->precision == g::DatePrecision::day && v.lo == v.hi;
  v.relative = m.relative;
  v.weekday = m.weekday;
  v.resolution = resolved->how;
  return v;
}

DocumentClaims ClaimExtractor::extract(const Document& doc, std::size_t index) const {
  const Impl& im = *impl_;
  DocumentClaims out;
  out.document = index;
  out.path = doc.path;
  out.source_id = doc.source_id();

  // The year for year-less dates when nothing is published: the latest year written in full.
  // A year-less date in an undated article takes its year from the latest full date the
  // article writes ("on June 26, 2025 ... signed on June 2"); month or year references
  // ("in February 2022") are history, not the article's time.
  std::optional<Date> written_day;
  // Each sentence is flattened and its dates parsed once: the published-date inference, the
  // event words and the claims all read them.
  std::vector<Impl::SentenceScan> scans(doc.sentences.size());
  std::vector<std::vector<g::DateMention>> sentence_dates(doc.sentences.size());
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    auto& scan = scans[i];
    scan.index = i;
    scan.flat = flatten(doc.sentence_text(doc.sentences[i]), doc.sentences[i].span.begin.value);
    scan.text = scan.flat.text;
    scan.bounds = clause_boundaries(scan.text);
    sentence_dates[i] = im.dates.parse(scan.text);
  }
  im.infer_published(doc, out, scans, sentence_dates);
  const std::optional<Date> anchor = out.published;
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    im.scan_triggers(doc, scans[i], out, anchor ? std::optional<int>(static_cast<int>(anchor->year())) : std::nullopt);
    for (const auto& m : sentence_dates[i]) {
      if (m.relative || !m.year || !m.month || !m.day || m.precision != g::DatePrecision::day) continue;
      const Date day = make_date(*m.year, *m.month, *m.day);
      if (day.ok() && (!written_day || day > *written_day)) written_day = day;
    }
  }

  auto push = [&](Claim claim, std::optional<std::size_t> mention) {
    out.claims.push_back(std::move(claim));
    out.claim_mention.push_back(mention);
    return out.claims.size() - 1;
  };

  for (auto& scan : scans) {
    std::string why;
    const auto durations = im.durations.parse(scan.text);
    const auto superlatives = im.superlatives.parse(scan.text);
    // Dates inside a superlative or a duration ("since February 2022") are its reference
    // point, not the date of an event in the sentence.
    std::vector<std::pair<std::size_t, std::size_t>> reference_spans;
    for (const auto& m : durations) reference_spans.emplace_back(m.begin, m.end);
    for (const auto& m : superlatives) reference_spans.emplace_back(m.begin, m.end);
    // Dates.
    for (const auto& m : sentence_dates[scan.index]) {
      Claim c = im.base_claim(doc, out, scan, m.begin, m.end);
      c.kind = ClaimKind::date;
      c.property = "date";
      const bool reference = std::any_of(reference_spans.begin(), reference_spans.end(),
                                         [&](const auto& r) { return m.begin >= r.first && m.end <= r.second; });
      if (reference) c.property = "reference";
      DateValue v;
      v.weekday = m.weekday;
      bool resolved = false;
      if (m.relative && m.anchor == g::RelativeAnchor::narrative) {
        c.explain.push_back("'" + m.text + "' is relative to the narrated event; resolved once its date is known");
      } else {
        std::optional<std::chrono::year_month_day> base = anchor;
        if (!base && !m.relative && !m.year && written_day) base = *written_day;
        if (auto r = g::resolve_date(m, base)) {
          v.lo = r->lo;
          v.hi = r->hi;
          v.day_precision = r->precision == g::DatePrecision::day && v.lo == v.hi;
          v.relative = m.relative;
          v.resolution = r->how;
          if (!m.relative && !m.year) {
            v.resolution = "year taken from the document (" + std::to_string(static_cast<int>(base->year())) + ")";
          }
          resolved = true;
        } else {
          c.explain.push_back("'" + m.text + "' cannot be resolved: " +
                              std::string(anchor ? "no anchor" : "the published date is unknown"));
        }
      }
      if (resolved) {
        if (!v.relative && v.day_precision && (!out.latest_date || v.lo > *out.latest_date)) out.latest_date = v.lo;
        if (!v.resolution.empty() && (v.relative || !m.year)) c.explain.push_back(v.resolution);
      }
      c.value = v;
      std::optional<std::size_t> mention;
      // "said on Sunday", "told reporters on Monday": when the statement was made.
      bool statement = false;
      for (const auto& r : im.reporting_verbs.find(scan.text.substr(0, m.begin))) {
        if (words_between(scan.text, r.end, m.begin) <= 3 && same_clause(scan.bounds, r.end, m.begin)) statement = true;
      }
      const bool dateline = out.dateline && out.dateline->sentence == scan.index && out.dateline->begin == m.begin;
      if (reference) {
        c.explain.push_back("the reference point of a superlative or duration, not an event date");
      } else if (dateline) {
        c.property = "dateline";
        c.explain.push_back("the dateline: when the article was filed, not an event date");
      } else if (statement) {
        c.property = "statement";
        c.explain.push_back("the date of a statement ('" + m.text + "' after a reporting verb), not an event date");
      } else {
        mention = im.attach(scan, out, m.begin, m.end, false, why);
      }
      if (mention) c.explain.push_back("dates " + out.events[*mention].type + " (" + why + ")");
      const std::size_t claim_index = push(std::move(c), mention);
      if (!resolved && m.relative && m.anchor == g::RelativeAnchor::narrative) {
        out.pending.push_back({claim_index, m, false});
      } else if (!resolved && !anchor && (m.relative || !m.year)) {
        out.pending.push_back({claim_index, m, true});  // waits for a published date
      }
      // A date dates the event word it hangs on; of two, the one nearer the word wins
      // ("said on Sunday that ... Friday's earthquake").
      if (mention) {  // unresolved ones too: the events layer may resolve them (story year, narrated date)
        auto& event = out.events[*mention];
        auto distance = [&](const NormSpan& span) {
          return span.end <= event.span.begin
                     ? event.span.begin.value - span.end.value
                     : (span.begin >= event.span.end ? span.begin.value - event.span.end.value : 0);
        };
        if (!event.date_claim || distance(out.claims[claim_index].span) < distance(out.claims[*event.date_claim].span))
          event.date_claim = claim_index;
      }
    }

    // Counts.
    const auto counts = im.counts_for(doc).parse(scan.text);
    for (const auto& m : counts) {
      Claim c = im.base_claim(doc, out, scan, m.begin, m.end);
      c.kind = ClaimKind::count;
      c.qualifier = m.qualifier;
      c.scope = m.scope;
      c.side = m.side;
      CountValue v;
      v.value = m.value;
      v.value_hi = m.value_hi;
      v.lo = m.lo;
      v.hi = m.hi;
      v.vague = m.vague;
      c.value = v;
      if (!m.scope_text.empty())
        c.explain.push_back("scope " + std::string(to_string(m.scope)) + " from '" + m.scope_text + "'");
      // Clause-level scope markers standing before the number ("each side releasing 390").
      if (c.scope == Scope::unspecified) {
        for (const auto& s : im.clause_scopes.find(scan.text.substr(0, m.number_begin))) {
          // "So far, 700 people have been released": an opener before the sentence's first count.
          const std::size_t comma = scan.text.find(',', s.end);
          const bool opener = s.begin == 0 && s.value != "per_side" && comma != std::string_view::npos &&
                              comma < m.begin && words_between(scan.text, s.end, comma) <= 4 &&
                              words_between(scan.text, comma, m.begin) <= 4;
          const bool near = opener || (words_between(scan.text, s.end, m.number_begin) <= scope_marker_window &&
                                       same_clause(scan.bounds, s.end, m.number_begin));
          const bool each_of = lower(scan.text.substr(s.begin, s.end - s.begin)) == "each" &&
                               lower(scan.text.substr(s.end, 4)) == " of ";
          if (near && !each_of) {
            auto scope = scope_from_string(s.value);
            if (scope) {
              c.scope = *scope;
              c.explain.push_back("scope " + s.value + " from '" +
                                  std::string(scan.text.substr(s.begin, s.end - s.begin)) + "' before the number");
            }
          }
        }
        // "780 exchanged so far", "350 prisoners came home in total": a total or cumulative
        // marker shortly after the count, in its clause.
        // "In all, 780 people have been exchanged so far": running beats total.
        for (const auto& s : im.clause_scopes.find(scan.text.substr(m.end))) {
          const bool upgrade = c.scope == Scope::total && s.value == "cumulative";
          if (c.scope != Scope::unspecified && !upgrade) break;
          if ((s.value == "cumulative" || s.value == "total") &&
              words_between(scan.text, m.end, m.end + s.begin) <= scope_marker_window + 2 &&
              same_clause(scan.bounds, m.end, m.end + s.begin)) {
            c.scope = *scope_from_string(s.value);
            c.explain.push_back("scope " + s.value + " from '" +
                                std::string(scan.text.substr(m.end + s.begin, s.end - s.begin)) + "'");
          }
        }
      }
      // "Russia got back the remains of 24 of its servicemen": one side named as the subject.
      if (c.scope == Scope::unspecified) {
        for (const auto& side : im.side_subjects.find(scan.text.substr(0, m.begin))) {
          if (same_clause(scan.bounds, side.end, m.begin) && words_between(scan.text, side.end, m.begin) <= 6) {
            c.scope = Scope::one_side;
            c.side = side.value;
          }
        }
        if (c.scope == Scope::one_side) c.explain.push_back("one side: " + c.side + " is the subject of its clause");
      }
      // "One soldier, 23, ...": one named person, not a figure anyone reports differently.
      if (m.value == 1 && !m.value_hi && m.qualifier == Qualifier::exact) {
        std::size_t after = m.end;
        while (after < scan.text.size() && (scan.text[after] == ',' || scan.text[after] == ' ')) ++after;
        const bool age =
            after > m.end && after < scan.text.size() && std::isdigit(static_cast<unsigned char>(scan.text[after]));
        // "One woman was killed", "One woman, 67, was killed": a toll of one. After the age
        // aside, the predicate may follow.
        std::size_t from = m.end;
        if (age) {
          const std::size_t close = scan.text.find(',', after);
          if (close != std::string_view::npos && words_between(scan.text, after, close) <= 1) from = close + 1;
        }
        bool predicate = false;
        for (const auto& p : im.properties.find(scan.text.substr(from)))
          if (p.value != "released" && words_between(scan.text, from, from + p.begin) <= 2) predicate = true;
        if (!predicate) continue;
      }
      const auto held_after = [&](std::size_t from) {
        for (const auto& p : im.properties.find(scan.text.substr(from)))
          if (p.value == "held" && words_between(scan.text, from, from + p.begin) <= 2) return true;
        return false;
      };
      c.location = count_location(scan.text, m.begin, m.end, scan.bounds);
      if (!c.location.empty() && !im.dates.parse(c.location).empty()) c.location.clear();  // "in March"
      if (!c.location.empty()) c.explain.push_back("counts only " + c.location);
      // Property: the category when it is specific, else the verb nearest the number. A tally
      // ("has risen to 147") counts what its clause says before it, or nothing we can compare.
      if (m.category == "tally") {
        for (const auto& p : im.properties.find(scan.text.substr(0, m.begin)))
          if (same_clause(scan.bounds, p.end, m.begin) && p.value != "released") c.property = p.value;
        if (c.property.empty()) continue;
        c.explain.push_back("a running figure of " + c.property + " (from the clause before it)");
      } else if (held_after(m.end)) {
        c.property = "held";  // "1,300 civilians were still held": not those freed
      } else {
        // A verb before the count governs it ("killing at least 1,000 people"); after it, only
        // a participle of the same predicate ("1,000 people were killed"), not the next verb
        // of a coordination ("killing 1,000 people and injuring 2,300").
        std::string verb;
        std::size_t best = std::numeric_limits<std::size_t>::max();
        for (const auto& p : im.properties.find(scan.text)) {
          std::size_t d = std::numeric_limits<std::size_t>::max();
          if (p.end <= m.begin) {
            if (words_between(scan.text, p.end, m.begin) <= 3 && same_clause(scan.bounds, p.end, m.begin))
              d = static_cast<std::size_t>(words_between(scan.text, p.end, m.begin));
          } else if (p.begin >= m.end) {
            // "Fourteen people, among them three children, lost their lives": the predicate
            // comes after an aside set off by commas that opens with a subgroup marker.
            // An age ("One woman, 67, was killed") is such an aside too.
            std::size_t from = m.end;
            if (from + 2 < scan.text.size() && scan.text[from] == ',') {
              const auto aside = im.subgroup_markers.find(scan.text.substr(from + 1));
              const std::size_t close = scan.text.find(',', from + 1);
              const bool age = from + 2 < scan.text.size() &&
                               std::isdigit(static_cast<unsigned char>(scan.text[from + 2])) &&
                               close != std::string_view::npos && words_between(scan.text, from + 1, close) <= 1;
              if ((age || (!aside.empty() && aside.front().begin <= 1)) && close != std::string_view::npos &&
                  close < p.begin)
                from = close + 1;
            }
            const std::string between = lower(scan.text.substr(from, p.begin - from));
            if (words_between(scan.text, from, p.begin) <= 3 && between.find(" and ") == std::string::npos &&
                between.find(',') == std::string::npos && between.find(" or ") == std::string::npos)
              d = static_cast<std::size_t>(words_between(scan.text, from, p.begin));
          } else {
            d = 0;  // inside the count phrase ("780 individuals exchanged so far")
          }
          if (d < best) {
            best = d;
            verb = p.value;
          }
        }
        // "3,400 were evacuated, among them 620 children": a part of the count before it.
        std::string parent;
        for (const auto& g : im.subgroup_markers.find(scan.text.substr(0, m.begin)))
          if (words_between(scan.text, g.end, m.begin) <= 1 && !out.claims.empty()) {
            const Claim& prev = out.claims.back();
            if (prev.kind == ClaimKind::count && prev.sentence == scan.index && prev.document == out.document)
              parent = prev.property;
          }
        if (!parent.empty() && !m.category.empty() && m.category != "people") {
          c.property = parent + "/" + m.category;
          c.explain.push_back("a part of the " + parent + " count before it");
        } else if (!m.category.empty() && m.category != "people") {
          // A group hurt, killed or missing is its own figure: "two children were killed" and
          // "five children were injured" must not be compared as "children".
          const bool harm = !verb.empty() && verb != "released" && verb != "held" && verb != m.category &&
                            im.properties.find(m.category).empty();  // not itself a harm ("dead", "injured")
          c.property = harm ? verb + "/" + m.category : m.category;
        } else {
          c.property = verb;
        }
        // "Each side freed 390 prisoners, 780 in total": a bare number after a count in the same
        // sentence counts the same thing.
        if (c.property.empty() && m.category.empty() && !out.claims.empty()) {
          const Claim& prev = out.claims.back();
          if (prev.kind == ClaimKind::count && prev.sentence == scan.index && prev.document == out.document) {
            c.property = prev.property;
            c.explain.push_back("counts " + prev.property + " like the count before it");
          }
        }
        if (c.property.empty()) c.property = m.category.empty() ? "count" : m.category;
      }
      auto mention = im.attach(scan, out, m.begin, m.end, true, why);
      if (mention) {
        c.explain.push_back("about " + out.events[*mention].type + " (" + why + ")");
        // "250 prisoners per side" in an exchange's (or a swap deal's) clause are those released.
        const auto& type = out.events[*mention].type;
        if (c.property == "people" && (type == "exchange" || type == "agreement") &&
            !im.released_nouns.find(m.noun).empty() && im.released_nouns.find(m.noun).front().end == m.noun.size()) {
          c.property = "released";
          c.explain.push_back("counts those released: people in an " + type + "'s clause");
        }
      }
      // "68 of parliament's 120 seats", "33 of the roughly 80 hostages": the part is a count
      // of the same kind, written before the whole.
      std::optional<Claim> part = im.part_before(doc, out, scan, m, c);
      push(std::move(c), mention);
      if (part) push(std::move(*part), mention);
    }

    // Durations.
    for (const auto& m : durations) {
      Claim c = im.base_claim(doc, out, scan, m.begin, m.end);
      c.kind = ClaimKind::duration;
      c.property = m.subject.empty() ? "duration" : m.subject;
      c.qualifier = m.qualifier;
      DurationValue v;
      v.amount = m.amount;
      v.unit = m.unit;
      // "in its fourth year": more than three years have passed.
      if (m.ordinal_year && *m.ordinal_year > 1 && m.amount == 0) {
        v.amount = *m.ordinal_year - 1;
        v.unit = "year";
        c.qualifier = Qualifier::at_least;
        c.explain.push_back("in its year " + std::to_string(*m.ordinal_year) + ": at least " +
                            std::to_string(*m.ordinal_year - 1) + " years");
      }
      if (m.since_year) v.since = make_date(*m.since_year, m.since_month.value_or(1), 1);
      c.value = v;
      push(std::move(c), std::nullopt);
    }

    // Superlatives.
    for (const auto& m : superlatives) {
      Claim c = im.base_claim(doc, out, scan, m.begin, m.end);
      c.kind = ClaimKind::superlative;
      c.property = m.adjective;
      SuperlativeValue v;
      v.adjective = m.adjective;
      v.subject = m.subject;
      if (m.since_year) v.since = make_date(*m.since_year, m.since_month.value_or(1), 1);
      v.since_event = m.since_event;
      // "the biggest swap of the war": since the start of that scope, when the facts date it.
      if (v.since_event.empty() && m.of_scope && !m.scope.empty() && m.scope != "ever") v.since_event = m.scope;
      v.of_scope = m.of_scope;
      c.value = v;
      auto mention = im.attach(scan, out, m.begin, m.end, false, why);
      if (mention) c.explain.push_back("about " + out.events[*mention].type + " (" + why + ")");
      push(std::move(c), mention);
    }

    // Roles.
    for (const auto& m : im.roles.parse(scan.text)) {
      Claim c = im.base_claim(doc, out, scan, m.begin, m.end);
      c.kind = ClaimKind::role;
      c.property = m.title;
      RoleValue v;
      v.person = m.person;
      v.title = m.title;
      v.modifier = m.modifier;
      v.affiliation = m.affiliation;
      c.value = v;
      push(std::move(c), std::nullopt);
    }

    // Stages.
    for (const auto& m : im.stages.parse(scan.text)) {
      Claim c = im.base_claim(doc, out, scan, m.begin, m.end);
      c.kind = ClaimKind::stage;
      c.property = "stage";
      StageValue v;
      v.ordinal = m.ordinal;
      v.final = m.final;
      v.noun = m.noun;
      c.value = v;
      auto mention = im.attach(scan, out, m.begin, m.end, false, why);
      push(std::move(c), mention);
    }
  }
  return out;
}

}  // namespace crosscheck
