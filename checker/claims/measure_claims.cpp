// Measure claims: every measure the grammar finds in a sentence (ages of a group's youngest
// and oldest, magnitudes, depths, percentages, ...), with its property, qualifier, amount and
// unit, hung on the event word of its clause. Scope is left to the scope pass. A revision
// right after a measure ("7.7, later upgraded to 7.8") adds the revised value as its own claim.
#include <cctype>
#include <cstdlib>
#include <limits>

#include "checker/claims/claim_json.hpp"
#include "checker/claims/extraction.hpp"

namespace crosscheck {

namespace {

struct Revision {
  std::size_t begin = 0, end = 0;  // from the revision phrase to the end of the new number
  double amount = 0;
};

// The plain number ("7.4", "12") that starts at `at` in text, its end, else `at`.
std::size_t plain_number_end(std::string_view text, std::size_t at) {
  std::size_t n = at;
  while (n < text.size() &&
         (std::isdigit(static_cast<unsigned char>(text[n])) ||
          (text[n] == '.' && n + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[n + 1])))))
    ++n;
  return n > at && std::isdigit(static_cast<unsigned char>(text[at])) ? n : at;
}

// "..., while the Geological Survey recorded 7.4 and ... a reading of 7.7": other sources'
// readings of the measure that ends at `end`, later in its sentence, written in the same shape
// (with a decimal point when it has one).
std::vector<Revision> readings_after(const ExtractionTables& tables, std::string_view text, std::size_t end,
                                     bool decimal) {
  std::vector<Revision> found;
  for (const auto& p : tables.measure_readings.find(text.substr(end))) {
    std::size_t at = end + p.end;
    if (at >= text.size() || text[at] != ' ') continue;
    ++at;
    const std::size_t n = plain_number_end(text, at);
    if (n == at || (text.substr(at, n - at).find('.') != std::string_view::npos) != decimal) continue;
    if (n < text.size() && std::isalpha(static_cast<unsigned char>(text[n]))) continue;  // "7.4km"
    const std::string number(text.substr(at, n - at));
    found.push_back({at, n, std::strtod(number.c_str(), nullptr)});
  }
  return found;
}

// "..., later upgraded to 7.8" right after the measure ending at `end`: only spaces,
// commas, dashes and parentheses between them, and a plain number after the phrase.
std::optional<Revision> revision_after(const ExtractionTables& tables, std::string_view text, std::size_t end) {
  std::size_t at = end;
  while (at < text.size() && (text[at] == ' ' || text[at] == ',' || text[at] == '(' || text[at] == '-')) ++at;
  if (at == end || at >= text.size()) return std::nullopt;
  const std::string_view rest = text.substr(at, 48);
  for (const auto& p : tables.measure_revisions.find(rest)) {
    if (p.begin != 0) break;
    std::size_t n = p.end;
    while (n < rest.size() && rest[n] == ' ') ++n;
    const std::size_t number_begin = n;
    while (n < rest.size() &&
           (std::isdigit(static_cast<unsigned char>(rest[n])) ||
            (rest[n] == '.' && n + 1 < rest.size() && std::isdigit(static_cast<unsigned char>(rest[n + 1])))))
      ++n;
    if (n == number_begin || !std::isdigit(static_cast<unsigned char>(rest[number_begin]))) return std::nullopt;
    const std::string number(rest.substr(number_begin, n - number_begin));
    return Revision{at, at + n, std::strtod(number.c_str(), nullptr)};
  }
  return std::nullopt;
}

// "nine magnitude 5 and larger earthquakes": a number before the cue word when another number
// follows it is a count of measured things, not the measure.
bool cue_takes_next_number(std::string_view text, std::size_t end) {
  while (end < text.size() && text[end] == ' ') ++end;
  return end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]));
}

// "none were over magnitude 6", "a depth of less than 10 km": a qualifier right before the
// measure bounds it. A bound of a measure is the number itself (over 6 admits 6.8), unlike a
// count's "more than 6" (at least 7).
void bound_by_qualifier_before(const Extraction& x, const SentenceView& scan, std::size_t begin, Claim& c,
                               MeasureValue& v) {
  if (c.qualifier != Qualifier::exact || v.amount_hi) return;
  for (const auto& q : scan.phrases(x.tables.number_qualifiers, 0, begin)) {
    if (q.end + 1 != begin) continue;
    const auto qualifier = qualifier_from_string(q.value);
    if (!qualifier) continue;
    const double inf = std::numeric_limits<double>::infinity();
    switch (*qualifier) {
      case Qualifier::more_than:
      case Qualifier::at_least: v.lo = v.amount, v.hi = inf; break;
      case Qualifier::fewer_than:
      case Qualifier::at_most:
      case Qualifier::up_to: v.lo = 0, v.hi = v.amount; break;
      case Qualifier::nearly: v.lo = v.amount * 0.9, v.hi = v.amount; break;
      case Qualifier::about: v.lo = v.amount * 0.9, v.hi = v.amount * 1.1; break;
      case Qualifier::exact: return;
    }
    c.qualifier = *qualifier;
    c.explain.push_back("bounded by '" + std::string(scan.text.substr(q.begin, q.end - q.begin)) + "' before it");
  }
}

// "an area larger than New York City's 778 square kilometres": the measure of what the event
// is compared with.
bool compared_with(const Extraction& x, const SentenceView& scan, std::size_t begin) {
  for (const auto& p : scan.phrases(x.tables.measure_comparisons, 0, begin)) {
    // "more than 120 hours after a magnitude 7.9 quake": a number right after "than" is
    // what it bounds, not the measure compared with
    if (const std::size_t next = p.end + 1;
        next < begin && scan.text[p.end] == ' ' && std::isdigit(static_cast<unsigned char>(scan.text[next])))
      continue;
    if (p.end <= begin && scan.words_between(p.end, begin) <= 6 && same_clause(scan.bounds, p.end, begin)) return true;
  }
  return false;
}

// "a magnitude 8 quake east of Mandalay in May 1912", "a 7.7-magnitude earthquake": the event
// word right after a measure is the one it measures, whatever event word stands before it.
std::optional<std::size_t> noun_it_modifies(const Extraction& x, const SentenceView& scan, std::size_t end) {
  for (const std::size_t index : scan.mentions) {
    const auto& e = x.out.events[index];
    if (e.local_begin < end) continue;
    const std::string_view between = scan.text.substr(end, e.local_begin - end);
    if (!between.empty() && between.find_first_not_of(" -") == std::string_view::npos) return index;
  }
  return std::nullopt;
}

// "quakes of 5.2, 6.9 and 5.8 magnitude": the last of a list of numbers (a number, then "and",
// "or" or a comma right before it) that the measure word after it names together; whose each
// one is, is not known.
// Where a plain number that `text` ends with begins ("... quakes of 5.2" -> at "5.2"), else npos.
std::size_t number_ending(std::string_view text) {
  const std::size_t space = text.rfind(' ');
  const std::size_t start = space == std::string_view::npos ? 0 : space + 1;
  return start < text.size() && plain_number_end(text, start) == text.size() ? start : std::string_view::npos;
}

bool last_of_a_list(std::string_view text, std::size_t number_begin) {
  std::string_view before = text.substr(0, number_begin);
  bool joined = false;
  for (const std::string_view join : {" and ", " or ", ", "})
    if (before.ends_with(join)) {
      before.remove_suffix(join.size());
      joined = true;
      break;
    }
  if (!joined) return false;
  const std::size_t start = number_ending(before);
  return start != std::string_view::npos && !before.substr(0, start).ends_with("between ");
}

// "won between 51.2% and 53.4% of the vote", "the 6.4 – 6.6 magnitude": the first end of a range
// whose second end is the measure at `number_begin` ("between", a number with or without the
// unit, "and"; or a number and a dash set off by spaces), and where it begins; not found when
// the measure is no range's end.
struct RangeStart {
  double amount = 0;
  std::size_t begin = 0;
  bool found = false;
};
RangeStart range_start_before(std::string_view text, std::size_t number_begin) {
  std::string_view before = text.substr(0, number_begin);
  // "The 6.4 – 6.6 magnitude": a dash between two numbers, set off by spaces
  for (const std::string_view dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "})
    if (before.ends_with(dash)) {
      const std::string_view head = before.substr(0, before.size() - dash.size());
      const std::size_t start = number_ending(head);
      if (start == std::string_view::npos) return {};
      return RangeStart{std::strtod(std::string(head.substr(start)).c_str(), nullptr), start, true};
    }
  if (!before.ends_with(" and ")) return {};
  before.remove_suffix(5);
  for (const std::string_view unit : {"%", " percent", " per cent"})
    if (before.ends_with(unit)) {
      before.remove_suffix(unit.size());
      break;
    }
  const std::size_t start = number_ending(before);
  if (start == std::string_view::npos) return {};
  const std::string number(before.substr(start));
  before = before.substr(0, start);
  if (!before.ends_with("between ")) return {};
  return RangeStart{std::strtod(number.c_str(), nullptr), before.size() - 8, true};
}

// A figure some party or candidate holds (measure_held_properties: a vote share): its holder
// as a part ("Tarn won 58% of the vote"), unless its sentence tells an estimate, a projection
// or a partial count (measure_estimate_markers: "exit poll", "with 31% counted"), which is
// never compared; with no holder named it is not compared either.
void assign_holder(const Extraction& x, const SentenceView& scan, const ClaimSite& site, Claim& c) {
  if (!x.tables.measure_held.contains(c.property)) return;
  if (const auto estimates = scan.phrases(x.tables.measure_estimates); !estimates.empty()) {
    const auto& e = estimates.front();
    c.explain.push_back("an estimate or a partial count ('" + std::string(scan.text.substr(e.begin, e.end - e.begin)) +
                        "' in its sentence): no holder read, never compared");
    return;
  }
  const std::string holder = holder_named(x.tables, scan, site);
  if (holder.empty()) {
    c.explain.push_back("no holder named: whose " + c.property + " it is is not known, never compared");
    return;
  }
  c.part = CountPart{"holder", holder, c.property};
  c.explain.push_back("a part: holder " + holder + " (whose " + c.property + " it is)");
}

}  // namespace

namespace {

// "a magnitude 5 earthquake occurred recently in Tarnland" in a page whose quake is 8.8: an event
// word whose own measure (one that modifies it) lies farther below the page's largest measure of
// that property (of an event word not already another's) than measure_other_event_gaps allows is
// another event, and so are the claims that hang on it: "An aftershock shook the area ... a
// magnitude 4.2 earthquake ... injured 11" told before the magnitude 6 quake's own. Early
// readings of one quake differ by up to a magnitude; an aftershock's by less is not told apart
// (precision first: only a clear gap makes another event).
void mark_other_measured_events(Extraction& x, const std::vector<std::size_t>& modifying) {
  std::map<std::string, double, std::less<>> largest;
  for (const std::size_t i : modifying) {
    const Claim& c = x.out.claims[i];
    const auto mention = x.out.claim_mention[i];
    if (!mention || x.out.events[*mention].other || !x.tables.other_event_gaps.contains(c.property)) continue;
    const double value = std::get<MeasureValue>(c.value).amount;
    const auto [it, inserted] = largest.try_emplace(std::string(c.property), value);
    if (!inserted) it->second = std::max(it->second, value);
  }
  for (const std::size_t i : modifying) {
    const Claim& c = x.out.claims[i];
    const auto gap = x.tables.other_event_gaps.find(std::string_view(c.property));
    const auto mention = x.out.claim_mention[i];
    const auto top = largest.find(std::string_view(c.property));
    if (gap == x.tables.other_event_gaps.end() || !mention || top == largest.end()) continue;
    const double value = std::get<MeasureValue>(c.value).amount;
    if (top->second - value <= gap->second) continue;
    EventMention& m = x.out.events[*mention];
    m.other = true;
    m.marked_other = true;
    x.out.claims[i].explain.push_back("another " + std::string(m.type) + ": its " + std::string(c.property) + " " +
                                      format_count(value) + " is far below the page's largest, " +
                                      format_count(top->second));
  }
}

// "el incendio de 2023 ha dejado": a unit spelling that is also a word of the language
// (measure_unit_words) after a number written like a year is the word.
bool year_before_a_word(const Extraction& x, const SentenceView& scan, const grammars::MeasureMention& m) {
  constexpr std::size_t year_digits = 4;
  if (m.number_end <= m.number_begin || m.end <= m.number_end) return false;
  const std::string_view number = scan.text.substr(m.number_begin, m.number_end - m.number_begin);
  const std::string unit = lower(trim_view(scan.text.substr(m.number_end, m.end - m.number_end)));
  return number.size() == year_digits &&
         std::all_of(number.begin(), number.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
         x.tables.unit_words.contains(unit);
}

}  // namespace

void extract_measure_claims(Extraction& x) {
  std::vector<std::size_t> modifying;  // the measures that modify their event word
  for (auto& scan : x.sentences) {
    if (scan.skipped) continue;
    std::string why;
    for (const auto& m : x.tables.measures_for(x.doc).parse(scan.text)) {
      if (m.number_begin == m.begin && cue_takes_next_number(scan.text, m.end)) continue;
      if (compared_with(x, scan, m.begin)) continue;
      if (year_before_a_word(x, scan, m)) continue;
      if (!m.amount_hi && last_of_a_list(scan.text, m.number_begin)) continue;
      RangeStart range = m.amount_hi ? RangeStart{} : range_start_before(scan.text, m.number_begin);
      if (range.amount >= m.amount) range = {};  // "in 2019 - 62%": no range
      const std::size_t begin = range.found ? range.begin : m.begin;
      Claim c = x.base_claim(scan, begin, m.end);
      c.kind = ClaimKind::measure;
      c.property = m.property;
      c.qualifier = m.qualifier;
      MeasureValue v;
      v.amount = m.amount;
      v.amount_hi = m.amount_hi;
      v.lo = m.lo;
      v.hi = m.hi;
      v.unit = m.unit;
      if (range.found) {
        v.amount = v.lo = range.amount;
        v.amount_hi = v.hi = m.amount;
        c.explain.push_back("a range: between " + format_count(range.amount) + " and " + format_count(m.amount));
      }
      bound_by_qualifier_before(x, scan, begin, c, v);
      // "calculated its preliminary magnitude at 5.9": an early estimate, superseded
      constexpr int max_words_to_preliminary = 2;
      for (const auto& p : scan.phrases(x.tables.measure_preliminaries, 0, begin))
        if (p.end <= begin && scan.words_between(p.end, begin) <= max_words_to_preliminary &&
            same_clause(scan.bounds, p.end, begin) && c.not_event.empty())
          c.not_event = "a preliminary figure ('" + std::string(scan.text.substr(p.begin, p.end - p.begin)) +
                        "' before it), not compared";
      const auto revision = v.amount_hi ? std::nullopt : revision_after(x.tables, scan.text, m.end);
      if (revision) v.revised_to = revision->amount;
      c.value = v;
      c.explain.push_back(m.property + " from '" + m.cue + "'");
      auto mention = noun_it_modifies(x, scan, m.end);
      if (mention) why = "the event word it modifies";
      if (mention && !revision && !v.amount_hi) modifying.push_back(x.out.claims.size());
      else mention = attach_to_mention(x, scan, m.begin, m.end, false, why);
      if (mention) c.explain.push_back("about " + x.out.events[*mention].type + " (" + why + ")");
      if (revision) c.explain.push_back("superseded: revised to " + format_count(revision->amount));
      assign_holder(x, scan, ClaimSite{begin, m.end, m.number_begin}, c);
      x.push(std::move(c), mention, ClaimSite{m.begin, m.end, m.number_begin});
      if (!v.amount_hi && !revision) {
        const bool decimal =
            scan.text.substr(m.number_begin, m.end - m.number_begin).find('.') != std::string_view::npos;
        for (const auto& reading : readings_after(x.tables, scan.text, m.end, decimal)) {
          Claim o = x.base_claim(scan, reading.begin, reading.end);
          o.kind = ClaimKind::measure;
          o.property = m.property;
          MeasureValue ov;
          ov.amount = ov.lo = ov.hi = reading.amount;
          ov.unit = m.unit;
          o.value = ov;
          o.explain.push_back("another source's reading of the " + m.property + " in its sentence");
          if (mention) o.explain.push_back("about " + x.out.events[*mention].type + " (" + why + ")");
          x.push(std::move(o), mention, ClaimSite{reading.begin, reading.end, reading.begin});
        }
      }
      if (!revision) continue;
      // The revised value: the same property and unit, stated exactly.
      Claim r = x.base_claim(scan, revision->begin, revision->end);
      r.kind = ClaimKind::measure;
      r.property = m.property;
      MeasureValue rv;
      rv.amount = rv.lo = rv.hi = revision->amount;
      rv.unit = m.unit;
      rv.revised_from = m.amount;
      r.value = rv;
      r.explain.push_back(m.property + " revised from " + format_count(m.amount));
      if (mention) r.explain.push_back("about " + x.out.events[*mention].type + " (" + why + ")");
      x.push(std::move(r), mention, ClaimSite{revision->begin, revision->end, revision->begin});
    }
  }
  mark_other_measured_events(x, modifying);
}

}  // namespace crosscheck
