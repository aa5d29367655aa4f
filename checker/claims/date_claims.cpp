// Date claims: every date the grammar finds, resolved against the published date when it
// can be, and what it dates: an event (the mention it hangs on), a statement ("said on
// Sunday"), the dateline, or the reference point of a superlative or duration.
#include <algorithm>
#include <map>

#include "checker/claims/extraction.hpp"
#include "grammars/relative_date.hpp"

namespace crosscheck {

namespace g = grammars;

namespace {

// The weekday of a day, 0 = Sunday (DateMention::weekday's numbering).
unsigned weekday_of(Date d) { return std::chrono::weekday{std::chrono::sys_days{d}}.c_encoding(); }

// "aquel jueves 14 de marzo" on a page of 2025, whose March 14 is a Friday: after a distal
// demonstrative (dates.yaml date_distal_demonstratives), a weekday that the page's year makes
// wrong puts the day in the latest of the six years before whose weekday it is. Sets v.lo to
// that day and returns how, or nothing (the page's year stands).
std::optional<std::string> year_of_demonstrative(const Extraction& x, const SentenceView& scan,
                                                 const grammars::DateMention& m, DateValue& v) {
  if (!m.weekday || !v.lo.ok() || v.lo != v.hi) return std::nullopt;
  if (weekday_of(v.lo) == *m.weekday) return std::nullopt;
  const auto before = scan.phrases(x.tables.distal_demonstratives, 0, m.begin);
  if (before.empty() || !trim_view(scan.text.substr(before.back().end, m.begin - before.back().end)).empty())
    return std::nullopt;
  for (int back = 1; back <= 6; ++back) {
    const Date d{v.lo.year() - std::chrono::years{back}, v.lo.month(), v.lo.day()};
    if (!d.ok() || weekday_of(d) != *m.weekday) continue;
    v.lo = d;
    return "year " + std::to_string(static_cast<int>(d.year())) + ": after '" +
           std::string(scan.text.substr(before.back().begin, before.back().end - before.back().begin)) +
           "', the latest year before the page's whose " + iso_date(d).substr(5) + " is a " +
           std::string(weekday_name(*m.weekday));
  }
  return std::nullopt;
}

// The future marker ("will continue", "set to occur", "due to be released") that governs a
// date in its clause, or "".
std::string_view future_marker(const Extraction& x, const SentenceView& scan, const g::DateMention& m,
                               int max_words = 6, const grammars::PhraseMatcher* markers = nullptr) {
  std::string_view found;
  for (const auto& f : scan.phrases(markers ? *markers : x.tables.future_markers, 0, m.begin))
    if (same_clause(scan.bounds, f.end, m.begin) && scan.words_between(f.end, m.begin) <= max_words)
      found = scan.text.substr(f.begin, f.end - f.begin);
  return found;
}

// "Santo Domingo, 9 de abril de 2025": a weekday of a language that writes them in lower case
// (its lexicon lists "domingo", not "Domingo"), capitalised after another word of its
// sentence, is part of a name. English lists "Sunday" capitalised: never so.
bool weekday_in_a_name(const Extraction& x, const SentenceView& scan, const g::DateMention& m) {
  const std::string_view text = scan.text.substr(m.begin, m.end - m.begin);
  const std::string_view word = text.substr(0, std::min(text.size(), text.find_first_of(" ,.")));
  if (word.empty() || !is_upper(word.front())) return false;
  const auto& calendar = x.tables.calendar_words;
  if (calendar.contains(word) || !calendar.contains(lower(word))) return false;
  const std::string_view before = trim_view(scan.text.substr(0, m.begin));
  return !before.empty() && std::isalpha(static_cast<unsigned char>(before.back())) != 0;
}

// "will release 10 on Tuesday and 10 more on Wednesday": a weekday joined by a conjunction to
// an earlier weekday of its sentence that the future tense governs, a few words on, with no
// verb of a figure or auxiliary between (", and Israel freed 30 on Wednesday" is narrated), is
// in the future too.
bool joined_to_future_weekday(const Extraction& x, const SentenceView& scan, const g::DateMention& m) {
  constexpr int max_words_between = 5;
  const ExtractionTables& im = x.tables;
  for (const auto& p : scan.dates) {
    if (p.end > m.begin || !p.relative || p.unit != g::RelativeUnit::day || !p.weekday || p.offset != 0) continue;
    if (scan.words_between(p.end, m.begin) > max_words_between) continue;
    const std::string_view between = scan.text.substr(p.end, m.begin - p.end);
    if (im.has_conjunction(between) && scan.phrases(im.properties, p.end, m.begin).empty() &&
        scan.phrases(im.auxiliaries, p.end, m.begin).empty() && !future_marker(x, scan, p).empty())
      return true;
  }
  return false;
}

// A weekday alone is the one on or before the anchor when the sentence narrates what
// happened, and the next one when it says what will happen: "started on Friday and will
// continue on Saturday". Written on that weekday, it is the same day: a Friday article's "will
// be released on Friday" is today (a week later would say "next Friday").
g::DateMention with_tense(const Extraction& x, const SentenceView& scan, const g::DateMention& m) {
  g::DateMention out = m;
  // "elections will be held in June": a month alone in the future tense is the next such month
  if (!m.relative && m.precision == g::DatePrecision::month && !m.year && m.month && x.out.published &&
      !future_marker(x, scan, m).empty()) {
    const auto& published = *x.out.published;
    out.year = static_cast<int>(published.year()) + (*m.month < static_cast<unsigned>(published.month()) ? 1 : 0);
    return out;
  }
  // "elections which have been called for March 5", on a page of September: the next March 5,
  // when a future marker stands right before the day (not "the highly anticipated election held
  // on Sunday, March 24") and a weekday written with it does not say this year's
  // (a range is left alone: "would be closed from March 10 to April 10" may have begun)
  if (!m.relative && m.precision == g::DatePrecision::day && !m.year && m.month && m.day && !m.end_month &&
      !m.end_day && x.out.published) {
    const auto& published = *x.out.published;
    const auto month = static_cast<unsigned>(published.month());
    const auto day = static_cast<unsigned>(published.day());
    const bool earlier_this_year = *m.month < month || (*m.month == month && *m.day < day);
    constexpr int max_words_to_day = 2;
    const bool marked = !future_marker(x, scan, m, max_words_to_day).empty() ||
                        !future_marker(x, scan, m, 0, &x.tables.planned_markers).empty();
    const auto weekday_in = [&](int year) {
      const Date d = make_date(year, *m.month, *m.day);
      return d.ok() && weekday_of(d) == *m.weekday;
    };
    const int next = static_cast<int>(published.year()) + 1;
    if (earlier_this_year && marked && (!m.weekday || (weekday_in(next) && !weekday_in(next - 1)))) {
      out.year = next;
      return out;
    }
  }
  if (!m.relative || m.unit != g::RelativeUnit::day || !m.weekday || m.offset != 0 ||
      (future_marker(x, scan, m).empty() && !joined_to_future_weekday(x, scan, m)))
    return out;
  const bool written_that_day = x.out.published && weekday_of(*x.out.published) == *m.weekday;
  if (!written_that_day) out.offset = 1;
  // no date of its own: its weekdays are read from its story's day, the day it was written is
  // not known, and "expected late Tuesday" may be of that Tuesday
  out.from_anchor_on = !x.out.published;
  return out;
}

// "early Wednesday" on a page dated Tuesday: the early hours of the day after the page's date,
// in a later time zone than the page's, not the Wednesday six days before.
bool early_hours_after_page(const Extraction& x, const SentenceView& scan, const g::DateMention& m) {
  if (!m.relative || m.unit != g::RelativeUnit::day || !m.weekday || m.offset != 0 || !x.out.published) return false;
  const unsigned page_day = weekday_of(*x.out.published);
  if (*m.weekday != (page_day + 1) % 7) return false;
  for (const auto& e : scan.phrases(x.tables.early_hours, 0, m.begin))
    if (trim_view(scan.text.substr(e.end, m.begin - e.end)).empty()) return true;
  return false;
}

// "said on Sunday", "told reporters on Monday": when a statement was made, not the event.
// "the New Year's Day disaster", "the July 4 floods": a date right before an event word names
// that event's day, whatever verb stands before it.
bool names_event_day(const DocumentClaims& out, const ExtractionTables& im, const SentenceView& scan,
                     const grammars::DateMention& m) {
  // right before the event word, or before a name of it ("the Jan. 1 Noto Peninsula Earthquake")
  const auto name_words = [](std::string_view between) {
    int words = 0;
    for (std::size_t i = 0; i < between.size(); ++i) {
      if (between[i] == ' ') continue;
      if (!is_upper(between[i]) || (i > 0 && between[i - 1] != ' ')) {
        if (i == 0 || between[i - 1] == ' ') return false;  // a word that is no name
        continue;
      }
      ++words;
    }
    return words <= 3;
  };
  for (const std::size_t i : scan.mentions)
    if (const auto& e = out.events[i];
        e.local_begin >= m.end && name_words(scan.text.substr(m.end, e.local_begin - m.end)))
      return true;
  // "in the New Year's Day disaster": after a determiner (date_attributive_determiners), before
  // a lower-case noun
  const std::string before = lower(trim_view(scan.text.substr(0, m.begin)));
  const std::size_t space = before.rfind(' ');
  const std::string_view last = std::string_view(before).substr(space == std::string::npos ? 0 : space + 1);
  const std::string_view after = scan.text.substr(m.end);
  return im.attributive_determiners.contains(last) && after.size() > 1 && after[0] == ' ' && after[1] >= 'a' &&
         after[1] <= 'z';
}

bool is_statement_date(const ExtractionTables& im, const SentenceView& scan, const grammars::DateMention& m) {
  for (const auto& r : scan.phrases(im.reporting_verbs, 0, m.begin)) {
    if (scan.words_between(r.end, m.begin) <= 3 && same_clause(scan.bounds, r.end, m.begin)) return true;
  }
  // "Authorities on Sunday announced that ...": the verb right after the date, a clause after
  // it ("on Thursday confirmed a new exchange" dates the exchange: it is the verb's object)
  for (const auto& r : scan.phrases(im.reporting_verbs, m.end)) {
    const std::string_view rest = scan.text.substr(m.end + r.end);
    if (scan.words_between(m.end, m.end + r.begin) <= 0 && same_clause(scan.bounds, m.end, m.end + r.begin) &&
        (rest.starts_with(" that ") || rest.starts_with(",") || rest.starts_with(":")))
      return true;
  }
  // the first phrase of `verbs` after the date, when it follows the date directly in its clause
  const auto right_after = [&](const grammars::PhraseMatcher& verbs) -> std::optional<grammars::PhraseMention> {
    const auto found = scan.phrases(verbs, m.end);
    if (found.empty()) return std::nullopt;
    const auto& r = found.front();
    if (scan.words_between(m.end, m.end + r.begin) > 0 || !same_clause(scan.bounds, m.end, m.end + r.begin))
      return std::nullopt;
    return r;
  };
  // "President Yoon on Monday criticized the response to the crush": a reaction's day
  if (right_after(im.reaction_verbs)) return true;
  // "The UN late on Saturday gave a preliminary figure of 320": a verb giving a figure
  // right after the date, a number after it in its clause
  if (const auto r = right_after(im.figure_verbs)) {
    const std::size_t verb_end = m.end + r->end;
    const std::size_t digit = scan.text.find_first_of("0123456789", verb_end);
    return digit != std::string_view::npos && same_clause(scan.bounds, verb_end, digit);
  }
  return false;
}

// "killed hundreds of civilians yesterday [17 October]": an editor's gloss in square brackets
// right after a relative day gives the day it meant (a quoted document's "yesterday" is
// counted from the day it was written, not the page's), so the relative word is no date of its
// own.
// So is one a quoted speaker glosses with the date right after it ("durante la madrugada del
// día de hoy 22 de septiembre" on a page written two days later): the speaker's day.
bool glossed_relative_day(const SentenceView& scan, const g::DateMention& m) {
  if (!m.relative) return false;
  std::size_t at = m.end;
  while (at < scan.text.size() && scan.text[at] == ' ') ++at;
  const bool bracket = at < scan.text.size() && scan.text[at] == '[';
  if (!bracket && !inside_quotation(scan.text, m.begin)) return false;
  return std::any_of(scan.dates.begin(), scan.dates.end(), [&](const g::DateMention& d) {
    if (!bracket) return !d.relative && d.begin == at && d.day.has_value();
    if (d.relative || d.begin <= at || d.begin > at + 2) return false;
    std::size_t close = d.end;
    while (close < scan.text.size() && scan.text[close] == ' ') ++close;
    return close < scan.text.size() && scan.text[close] == ']';
  });
}

}  // namespace

// "As of Tuesday, 109 had died", "rose to 260 as of 3 p.m.": the moment the sentence's figures were
// true ("killed by Sunday's quake": a possessive date is the event's own); "the death toll
// climbed to 202 on Tuesday" too. `text` is the date or time written from `begin` to `end`.
bool as_of_moment(const ExtractionTables& im, const SentenceView& scan, std::size_t begin, std::size_t end,
                  std::string_view text) {
  for (const auto& r : scan.phrases(im.as_of_markers, 0, begin))
    if (scan.words_between(r.end, begin) <= 1 && same_clause(scan.bounds, r.end, begin) &&
        im.possessive_at(scan.text.substr(end)) == 0 &&
        std::none_of(im.possessive_marks.begin(), im.possessive_marks.end(),
                     [&](const std::string& mark) { return text.ends_with(mark); }))
      return true;
  for (const auto& r : scan.phrases(im.as_of_tallies, 0, begin))
    if (scan.words_between(r.end, begin) <= 4 && same_clause(scan.bounds, r.end, begin) &&
        has_digit(scan.text.substr(r.end, begin - r.end)))
      return true;
  return false;
}

// "searched on Sunday, a day after floodwaters swept the town": the day of the report, counted
// from the event, never the event's own day; the event word after the link (within four words
// of its clause) and the days between.
struct AfterEvent {
  bool found = false;
  std::optional<std::size_t> event;
  int days = 0;
};

AfterEvent after_event_link(const DocumentClaims& out, const ExtractionTables& im, const SentenceView& scan,
                            const grammars::DateMention& m) {
  AfterEvent after;
  for (const auto& r : scan.phrases(im.after_event_links, m.end)) {  // offsets from m.end
    if (scan.text.substr(m.end, r.begin).find_first_not_of(", ") != std::string_view::npos) continue;
    after.found = true;
    after.days = std::stoi(r.value);
    for (const std::size_t i : scan.mentions)
      if (const auto& e = out.events[i]; e.local_begin >= m.end + r.end &&
                                         scan.words_between(m.end + r.end, e.local_begin) <= 4 &&
                                         same_clause(scan.bounds, m.end + r.end, e.local_begin)) {
        after.event = i;
        break;
      }
  }
  return after;
}

namespace {

// The event word a date dates: the nearest in its clause, unless the date counts from it ("a
// day after Taiwan's strongest earthquake": the event after a narrative "after" is what the day
// is counted from) or is a coming day ("the search for those missing in the landslides will
// continue on Monday": what will happen then, never the day of an event that has happened).
std::optional<std::size_t> event_it_dates(const Extraction& x, const SentenceView& scan, const g::DateMention& m,
                                          const DateValue& v, Claim& c, std::string& why) {
  const auto& events = x.out.events;
  auto mention = attach_to_mention(x, scan, m.begin, m.end, false, why, true);
  if (!mention) return mention;
  const auto& e = events[*mention];
  // "The accident on Saturday follows a similar blast in Tarn": a day before an event word
  // that another is compared with (event_comparison_markers right before it) is the day of what
  // its clause tells first, never the compared event's
  if (e.local_begin >= m.end) {
    const auto compared = scan.phrases(x.tables.comparison_markers, m.end, e.local_begin);
    if (!compared.empty() &&
        trim_view(scan.text.substr(m.end + compared.back().end, e.local_begin - m.end - compared.back().end)).empty()) {
      c.explain.push_back(
          "the " + e.type + " after it is another event, compared with it ('" +
          std::string(scan.text.substr(m.end + compared.back().begin, e.local_end - m.end - compared.back().begin)) +
          "'): not its day");
      return std::nullopt;
    }
  }
  const std::string phrase = lower(m.text);
  const auto& shifts = x.tables.shifts_with_object;
  const bool with_object = std::any_of(shifts.begin(), shifts.end(),
                                       [&](const std::string& w) { return phrase == w || phrase.ends_with(" " + w); });
  if (with_object && m.relative && m.anchor == g::RelativeAnchor::narrative && m.offset > 0 && e.local_begin >= m.end) {
    c.explain.push_back("'" + m.text + "' counts from the " + e.type + " after it: the day of its clause, not the " +
                        e.type + "'s");
    return std::nullopt;
  }
  // "on Friday as part of the recovery following a collision": the collision came before
  if (e.local_begin >= m.end)
    for (const auto& link : scan.phrases(x.tables.earlier_event_links, m.end, e.local_begin))
      if (scan.words_between(m.end + link.end, e.local_begin) <= 3) {
        // the day of the report, as "searched on Saturday, a day after floodwaters swept the town"
        c.property = "as_of";
        c.explain.push_back("'" + std::string(trim_view(scan.text.substr(m.end + link.begin, link.end - link.begin))) +
                            "' puts the " + e.type + " before '" + m.text +
                            "': the moment the sentence's figures were true, not the " + e.type + "'s day");
        return std::nullopt;
      }
  // "A month after the stampede, the actor met the families on Monday, October 27": a span of
  // time and "after" right before the event word (count_earlier_event_units) put the event before
  // the sentence's day, by an amount a calendar cannot take
  // (only a date of the main clause: "one year after a wildfire destroyed the town in July 2024"
  // and "a day after the blast, which occurred on November 10" date the event itself)
  const std::string_view between = e.local_end <= m.begin ? scan.text.substr(e.local_end, m.begin - e.local_end) : "";
  std::size_t relative = std::string_view::npos;
  for (const std::string_view opener : {", which ", ", when ", ", that "})
    if (const std::size_t at = between.rfind(opener);
        at != std::string_view::npos && (relative == std::string_view::npos || at > relative))
      relative = at;
  const bool in_main_clause =
      between.find(',') != std::string_view::npos &&
      (relative == std::string_view::npos || between.find(',', relative + 1) != std::string_view::npos);
  if (e.local_end <= m.begin && in_main_clause) {
    std::string_view before = scan.text.substr(0, e.local_begin);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    for (const std::string_view article : {" the", " a", " an"})
      if (before.ends_with(article)) before.remove_suffix(article.size());
    if (before.ends_with(" after")) {
      before.remove_suffix(std::string_view(" after").size());
      if (const std::size_t word = earlier_event_unit_at(x.tables, before, before.size());
          word != std::string_view::npos) {
        c.property = "as_of";
        c.explain.push_back("'" + std::string(before.substr(word)) + " after' puts the " + std::string(e.type) +
                            " before '" + m.text + "': the moment the sentence's figures were true, not the " +
                            std::string(e.type) + "'s day");
        return std::nullopt;
      }
    }
  }
  // "One of the people injured in the car attack died on Monday": a later death's day
  // (a day: "died in 2023" is background, no moment)
  if (e.local_end <= m.begin && (m.weekday || m.day))
    for (const auto& d : scan.phrases(x.tables.later_death_verbs, e.local_end, m.begin))
      if (same_clause(scan.bounds, e.local_end + d.end, m.begin)) {
        c.property = "as_of";
        c.explain.push_back("'" + std::string(trim_view(scan.text.substr(e.local_end + d.begin, d.end - d.begin))) +
                            "' after the " + e.type +
                            ": the day of a later death, the moment the sentence's figures "
                            "were true, not the " +
                            e.type + "'s day");
        return std::nullopt;
      }
  const bool coming = v.future_tense || (m.relative && m.weekday && !future_marker(x, scan, m).empty());
  if (coming && !e.future) {
    c.explain.push_back("'" + m.text + "' is a coming day (future tense): not the day of the " + e.type +
                        ", which has happened");
    return std::nullopt;
  }
  return mention;
}

// Resolves date mention `m` into `v` from the page's date (`anchor`), else, for a day written
// without its year, the year of the latest full date the page writes; whether it resolved. Why
// not goes to `c`'s explanation.
bool resolve_mention(const Extraction& x, const SentenceView& scan, const g::DateMention& m,
                     const std::optional<Date>& anchor, DateValue& v, Claim& c) {
  const std::optional<Date>& written_day = x.written_day;
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
      v.year_written = !m.relative && m.year;
      v.resolution = r->how;
      if (!m.relative && !m.year) {
        v.resolution = std::string(anchor ? "year taken from the document (" : borrowed_year_prefix) +
                       std::to_string(static_cast<int>(base->year())) + ")";
        if (const auto past = year_of_demonstrative(x, scan, m, v)) {
          v.resolution = *past;
          v.hi = v.lo;
        }
      }
      resolved = true;
      // "este domingo 14 de marzo" beside "2 de mayo de 2021" on a page of no date: a
      // weekday the borrowed year does not give says the year is another one, not known
      if (!anchor && !m.relative && !m.year && m.weekday && v.lo == v.hi && weekday_of(v.lo) != *m.weekday) {
        c.explain.push_back("'" + m.text + "' is no " + std::string(weekday_name(*m.weekday)) + " in " +
                            std::to_string(static_cast<int>(base->year())) +
                            ", the year of a date the page writes: its year is not known");
        resolved = false;
        v = DateValue{};
        v.weekday = m.weekday;
      }
    } else {
      c.explain.push_back("'" + m.text + "' cannot be resolved: " +
                          std::string(anchor ? "no anchor" : "the published date is unknown"));
    }
  }
  return resolved;
}

}  // namespace

void extract_date_claims(Extraction& x) {
  DocumentClaims& out = x.out;
  const ExtractionTables& im = x.tables;
  const std::optional<Date> anchor = out.published;
  for (auto& scan : x.sentences) {
    if (scan.skipped && !scan.dated_caption) continue;
    std::string why;
    // Dates inside a superlative or a duration ("since February 2022") are its reference
    // point, not the date of an event in the sentence.
    std::vector<std::pair<std::size_t, std::size_t>> reference_spans;
    for (const auto& m : scan.durations) reference_spans.emplace_back(m.begin, m.end);
    for (const auto& m : scan.superlatives) reference_spans.emplace_back(m.begin, m.end);
    // "the fourth this month": the period a stage is counted in, not the event's date.
    for (const auto& m : scan.stages) reference_spans.emplace_back(m.begin, m.end);
    for (const auto& read : scan.dates) {
      if (scan.dated_caption && (read.relative || !read.year)) continue;  // only its full dates
      if (glossed_relative_day(scan, read)) continue;
      g::DateMention written = read;
      if (written.weekday && weekday_in_a_name(x, scan, written)) {
        if (written.relative) continue;  // no date at all
        written.weekday.reset();         // "Santo Domingo, 9 de abril de 2025": the date alone
      }
      g::DateMention m = with_tense(x, scan, written);
      const bool early_next_day = early_hours_after_page(x, scan, m);
      if (early_next_day) m.offset = 1;
      Claim c = x.base_claim(scan, m.begin, m.end);
      if (early_next_day)
        c.explain.push_back("early hours of " + m.text + ", the day after the page's date: a later time zone's");
      else if (const std::string marker = std::string(future_marker(x, scan, m)) +
                                          std::string(future_marker(x, scan, m, 0, &x.tables.planned_markers));
               m.offset != written.offset || m.year != written.year)
        c.explain.push_back(marker.empty() ? "joined to a weekday in the future tense before it: the next " + m.text
                                           : "future tense ('" + marker + "'): the next " + m.text);
      c.kind = ClaimKind::date;
      c.property = "date";
      const bool reference = std::any_of(reference_spans.begin(), reference_spans.end(),
                                         [&](const auto& r) { return m.begin >= r.first && m.end <= r.second; });
      if (reference) c.property = "reference";
      DateValue v;
      v.weekday = m.weekday;
      v.future_tense = (m.offset != written.offset || m.year != written.year) && !early_next_day;
      const bool resolved = resolve_mention(x, scan, m, anchor, v, c);
      if (resolved) {
        if (!v.relative && v.day_precision && (!out.latest_date || v.lo > *out.latest_date)) out.latest_date = v.lo;
        if (!v.resolution.empty() && (v.relative || !m.year)) c.explain.push_back(v.resolution);
      }
      c.value = v;
      std::optional<std::size_t> mention;
      const bool attributive = names_event_day(out, im, scan, m);
      const bool statement = !attributive && is_statement_date(im, scan, m);
      bool as_of = as_of_moment(im, scan, m.begin, m.end, m.text);
      const AfterEvent after = after_event_link(out, im, scan, m);
      const bool after_event = after.found;
      as_of = !attributive && (as_of || after_event);
      const bool dateline = out.dateline && out.dateline->sentence == scan.index && out.dateline->begin == m.begin;
      // "the hostages taken on March 3, 2024", "arrested in 2019": when the people were taken,
      // another event than the one the sentence reports.
      std::string participle;
      for (const auto& r : scan.phrases(im.other_event_participles, 0, m.begin))
        if (scan.words_between(r.end, m.begin) <= 2 && same_clause(scan.bounds, r.end, m.begin))
          participle = std::string(scan.text.substr(r.begin, m.begin - r.begin));
      if (reference) {
        c.explain.push_back(
            "the reference point of a superlative, a duration or a stage's count (\"the fourth this month\"), not an event date");
      } else if (dateline) {
        c.property = "dateline";
        c.explain.push_back("the dateline: when the article was filed, not an event date");
      } else if (!participle.empty()) {
        c.property = "background";
        c.explain.push_back("the date of another event ('" + participle + m.text +
                            "'): when the people were taken, not the event the sentence reports");
      } else if (statement) {
        c.property = "statement";
        c.explain.push_back("the date of a statement ('" + m.text + "' after a reporting verb), not an event date");
      } else if (as_of) {
        c.property = "as_of";
        c.explain.push_back(after_event ? "the day of the report, counted from the event after it ('" + m.text +
                                              ", a day after ...'), not an event date"
                                        : "the moment the sentence's figures were true ('as of " + m.text +
                                              "'), not an event date");
      } else {
        mention = event_it_dates(x, scan, m, v, c, why);
      }
      if (mention) c.explain.push_back("dates " + out.events[*mention].type + " (" + why + ")");
      // "The previous exchange took place on March 2": the date of the one before the
      // article's, which the corpus can contradict.
      if (mention && out.events[*mention].previous) {
        c.property = "previous";
        c.explain.push_back("the date of the " + out.events[*mention].type + " before the article's");
      }
      const std::size_t claim_index = x.push(std::move(c), mention, {m.begin, m.end, m.begin});
      if (!resolved && m.relative && m.anchor == g::RelativeAnchor::narrative) {
        out.pending.push_back({claim_index, m, false});
      } else if (!resolved && !anchor && (m.relative || !m.year)) {
        out.pending.push_back({claim_index, m, true});  // waits for a published date
      }
      // "on Sunday, a day after the flood": the flood's day is the day before
      if (after.event && !out.events[*after.event].date_claim) {
        out.events[*after.event].date_claim = claim_index;
        out.events[*after.event].date_offset_days = after.days;
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
        if (!event.date_claim ||
            distance(out.claims[claim_index].span) < distance(out.claims[*event.date_claim].span)) {
          event.date_claim = claim_index;
          event.date_offset_days = 0;
        }
      }
    }
  }
}

void date_counts(Extraction& x) {
  auto& claims = x.out.claims;
  x.out.claim_date.assign(claims.size(), std::nullopt);
  std::map<std::size_t, std::vector<std::size_t>> dates;  // per sentence, its date claims in claim order
  for (std::size_t j = 0; j < claims.size(); ++j)
    if (claims[j].kind == ClaimKind::date && claims[j].property == "date") dates[claims[j].sentence].push_back(j);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (claims[i].kind != ClaimKind::count) continue;
    const SentenceView& s = x.sentences[claims[i].sentence];
    const auto in_sentence = dates.find(claims[i].sentence);
    if (in_sentence == dates.end()) continue;
    for (const std::size_t j : in_sentence->second) {
      const std::size_t end = x.sites[i].end, begin = x.sites[j].begin;
      if (begin < end || s.words_between(end, begin) > 2 || !same_clause(s.bounds, end, begin)) continue;
      x.out.claim_date[i] = j;
      break;
    }
  }
}

namespace {

// The years a sentence writes after a year preposition ("in 1991", "since 1900"), whatever
// follows them: the date grammar takes a bare year only before a word that cannot be a noun,
// but a figure's sentence only needs to say which year it is about. `whole`: the year alone, no
// month or day of it ("in 2024", not "on December 21, 2024").
struct WrittenYear {
  int year = 0;
  bool whole = false;
};
std::vector<WrittenYear> written_years(const Extraction& x, const SentenceView& scan) {
  std::vector<WrittenYear> out;
  for (const auto& d : scan.dates)
    if (d.year) out.push_back({*d.year, !d.month && !d.relative});
  const std::string_view t = scan.text;
  for (std::size_t i = 0; i + 4 <= t.size(); ++i) {
    const bool starts =
        std::isdigit(static_cast<unsigned char>(t[i])) &&
        (i == 0 || !(std::isdigit(static_cast<unsigned char>(t[i - 1])) || t[i - 1] == ',' || t[i - 1] == '.'));
    if (!starts) continue;
    std::size_t j = i;
    while (j < t.size() && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
    if (j - i != 4 || (j < t.size() && (t[j] == ',' || (t[j] == '.' && j + 1 < t.size() &&
                                                        std::isdigit(static_cast<unsigned char>(t[j + 1]))))))
      continue;
    const int year = std::stoi(std::string(t.substr(i, 4)));
    if (year < 1800 || year > 2100) continue;
    for (const auto& p : scan.phrases(x.tables.year_prepositions, 0, i))
      if (p.end + 1 == i) out.push_back({year, true});
  }
  return out;
}

}  // namespace

// "The Tunnel Fire in 1991 caused 25 deaths": a figure whose sentence has no event word of its
// own and writes a year before the published one is about that year, not about the event the
// article reports; it is never keyed to one (not_event), whatever event word stands nearby. On
// a page without a published date no written year is known to be the story's: any year does.
// A sentence that writes the published year alone ("more than 2,300 people died on the roads
// in 2024") tells a figure of the whole year, not of the day the page reports.
void past_year_figures(Extraction& x) {
  std::optional<int> story_year;
  if (x.out.published) story_year = static_cast<int>(x.out.published->year());
  for (std::size_t i = 0; i < x.out.claims.size(); ++i) {
    Claim& c = x.out.claims[i];
    if ((c.kind != ClaimKind::count && c.kind != ClaimKind::measure) || x.out.claim_mention[i] || !c.not_event.empty())
      continue;
    for (const auto& [y, whole] : written_years(x, x.sentences[c.sentence])) {
      if (story_year && (y > *story_year || (y == *story_year && !whole))) continue;
      c.not_event = "its sentence is about " + std::to_string(y) +
                    (!story_year       ? ", and the page has no published date"
                     : y < *story_year ? ", before the year it was published (" + std::to_string(*story_year) + ")"
                                       : " as a whole, not a day of it");
      break;
    }
  }
}

}  // namespace crosscheck
