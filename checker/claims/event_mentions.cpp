// Event words: which kind of event each clause is about (exchange, agreement, earthquake,
// ...), what marks a mention as another event or a plan, and which mention a claim hangs on.
#include <algorithm>
#include <limits>

#include "checker/claims/extraction.hpp"

namespace crosscheck {

namespace {

// The word that ends right before `at` (spaces skipped), "" at the text's start.
std::string_view last_word_before(std::string_view text, std::size_t at) {
  std::size_t end = std::min(at, text.size());
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t begin = end;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
  return text.substr(begin, end - begin);
}

// Which event words of a sentence another one causes, along a consequence verb.
struct Causality {
  const SentenceView& scan;
  std::vector<grammars::PhraseMention> consequences;  // event_consequence_verbs: "caused"
  std::vector<grammars::PhraseMention> precursors;    // event_precursors: "torrential rains"

  // "torrential rains": an event word that brings another rather than makes the story
  bool precursor(const grammars::PhraseMention& w) const {
    return std::any_of(precursors.begin(), precursors.end(),
                       [&](const auto& p) { return p.begin <= w.begin && w.end <= p.end; });
  }
  // `effect` and `cause` stand either side of a consequence verb: "landslides triggered by
  // rains" (passive, the cause after "by") or "rains triggered landslides".
  bool causes(const grammars::PhraseMention& effect, const grammars::PhraseMention& cause) const {
    return effect.value != cause.value && std::any_of(consequences.begin(), consequences.end(), [&](const auto& v) {
             if (effect.end <= v.begin) {  // the passive
               const std::string_view after = scan.text.substr(v.end);
               return scan.words_between(effect.end, v.begin) <= 1 && trim_view(after).starts_with("by ") &&
                      cause.begin >= v.end && scan.words_between(v.end, cause.begin) <= 5 &&
                      same_clause(scan.bounds, v.end, cause.begin);
             }
             if (v.end > effect.begin || scan.words_between(v.end, effect.begin) > 4) return false;
             const std::string_view between = trim_view(scan.text.substr(v.end, effect.begin - v.end));
             return between != "by" && !between.starts_with("by ") && cause.end <= v.begin;
           });
  }
  // Whether `t` is part of another event word's story: "a massive fire caused by the
  // earthquake" (the passive names the cause after "by"), "the quake, which caused extensive
  // damage and fires": the fires are the quake's; but "landslides triggered by torrential
  // rains": rain brings the event, it is not the story.
  bool another_events(const grammars::PhraseMention& t, const std::vector<grammars::PhraseMention>& triggers) const {
    if (!precursor(t))
      return std::any_of(triggers.begin(), triggers.end(),
                         [&](const auto& cause) { return !precursor(cause) && causes(t, cause); });
    return std::any_of(triggers.begin(), triggers.end(),
                       [&](const auto& effect) { return !precursor(effect) && causes(effect, t); });
  }
};

// The event word of `t`'s type in the three sentences before that an anaphoric marker right
// before `t` points back to ("in that election"), if any.
std::optional<std::size_t> pointed_back_to(const Extraction& x, const SentenceView& scan,
                                           const grammars::PhraseMention& t) {
  for (const auto& a : scan.phrases(x.tables.anaphora_markers, 0, t.begin)) {
    if (!trim_view(scan.text.substr(a.end, t.begin - a.end)).empty()) continue;
    for (std::size_t j = x.out.events.size(); j-- > 0;) {
      const auto& prev = x.out.events[j];
      if (prev.sentence + 3 < scan.index) break;
      if (prev.type == t.value && prev.sentence != scan.index) return j;
    }
  }
  return std::nullopt;
}

// The words before an event word that make it another event than the article's own: "a
// previous swap", "further exchanges", "followed hours later by a magnitude 7.5 quake".
void mark_other_by_words(const Extraction& x, const SentenceView& scan, const grammars::PhraseMention& t,
                         EventMention& m) {
  const ExtractionTables& tables = x.tables;
  const DocumentClaims& out = x.out;
  // "a previous swap", "further exchanges": another event than the article's own.
  // (a measure may stand between: "a second magnitude 7.6 earthquake")
  for (const auto& o : scan.phrases(tables.other_markers, 0, t.begin)) {
    // "the July Fourth weekend deluge": an ordinal after a month is a day
    if (tables.calendar_words.count(last_word_before(scan.text, o.begin))) continue;
    const int words = scan.words_between(o.end, t.begin);
    if ((words <= 1 || (words <= 3 && has_digit(scan.text.substr(o.end, t.begin - o.end)))) &&
        same_clause(scan.bounds, o.end, t.begin)) {
      m.other = true;
      m.marked_other = true;
    }
  }
  // "A few years earlier, at least 18 people died when a fire gutted a warehouse": a
  // sentence that opens by stepping back in time (event_earlier_openers) tells of another event
  for (const auto& o : scan.phrases(tables.earlier_openers, 0, t.begin))
    if (o.begin == 0 || trim_view(scan.text.substr(0, o.begin)).empty()) {
      m.other = true;
      m.marked_other = true;
    }
  // "killed in 9 major cyclones that have hit the coast": a plural event word after a number
  // above two (up to two words between; not a date's day, "the October 7 attacks") tells of
  // several events, none of them the page's own
  constexpr double min_series = 3;
  constexpr int max_words_after_number = 2;
  if (const std::string_view word = scan.text.substr(t.begin, t.end - t.begin); word.ends_with('s'))
    for (std::size_t at = t.begin, words = 0; at >= 2 && words <= max_words_after_number; ++words) {
      const std::size_t space = scan.text.rfind(' ', at - 2);
      const std::size_t start = space == std::string_view::npos ? 0 : space + 1;
      const bool in_date = std::any_of(scan.dates.begin(), scan.dates.end(),
                                       [&](const auto& d) { return d.begin <= start && start < d.end; });
      if (const auto n = tables.counts.numbers().parse_at(scan.text, start); !in_date && n && n->end + 1 == at &&
                                                                             !n->vague && n->value >= min_series &&
                                                                             n->value == std::floor(n->value)) {
        m.other = true;
        m.marked_other = true;
        break;
      }
      if (start == 0 || !std::islower(static_cast<unsigned char>(scan.text[start]))) break;
      at = start;
    }
  for (const auto& o : scan.phrases(tables.additional_markers, 0, t.begin))
    if (scan.words_between(o.end, t.begin) <= 1 && same_clause(scan.bounds, o.end, t.begin)) m.additional = true;
  // "he mentioned a magnitude 5 earthquake occurred recently in Tarnland": an event word an
  // indefinite article introduces, in a clause that says it was recent (event_recent_markers),
  // is one of the earlier events, not the article's own
  constexpr int max_words_after_article = 3;
  const std::string_view head = scan.text.substr(0, t.begin);
  // (the nearest article: "an earthquake" after "a" further back is introduced by "an")
  std::size_t after_article = std::string_view::npos;
  for (const std::string_view article : {" a ", " an ", "A ", "An "}) {
    const std::size_t at = head.rfind(article);
    if (at == std::string_view::npos || (article.front() != ' ' && at != 0)) continue;
    if (after_article == std::string_view::npos || at + article.size() > after_article)
      after_article = at + article.size();
  }
  if (after_article != std::string_view::npos &&
      scan.words_between(after_article, t.begin) <= max_words_after_article &&
      same_clause(scan.bounds, after_article, t.begin))
    for (const auto& r : scan.phrases(tables.recent_markers))
      if (same_clause(scan.bounds, std::min(r.begin, t.begin), std::max(r.begin, t.begin))) {
        m.other = true;
        m.marked_other = true;
      }
  // "... and was followed hours later by a magnitude 7.5 quake": a later one of the same type
  for (const auto& l : scan.phrases(tables.successor_links, 0, t.begin))
    if (scan.words_between(l.end, t.begin) <= 4 && same_clause(scan.bounds, l.end, t.begin) &&
        std::any_of(scan.mentions.begin(), scan.mentions.end(),
                    [&](std::size_t k) { return out.events[k].type == t.value && out.events[k].local_end <= l.begin; }))
      m.other = true;
  for (const auto& o : scan.phrases(tables.previous_markers, 0, t.begin)) {
    // "last week's talks", "last Friday's swap": the marker is part of a date, not an event.
    const bool in_date = std::any_of(scan.dates.begin(), scan.dates.end(),
                                     [&](const auto& d) { return d.begin <= o.begin && o.end <= d.end; });
    if (!in_date && scan.words_between(o.end, t.begin) <= 1 && same_clause(scan.bounds, o.end, t.begin)) {
      m.other = true;
      m.marked_other = true;
      // "still rebuilding after a previous quake on October 7": one of the earlier events, not
      // necessarily the one right before the article's own
      const std::string_view before = scan.text.substr(0, o.begin);
      m.previous = !(before.ends_with(" a ") || before.ends_with(" an ") || before == "A " || before == "An ");
    }
  }
}

// The event told before that an event word is about: the previous sentence's (a same-time
// opener), the one an anaphoric marker points back to, or an event word of its type that a
// relative clause follows.
void link_to_told_event(const Extraction& x, const SentenceView& scan, const grammars::PhraseMention& t,
                        std::optional<std::size_t> previous_sentence_mention, EventMention& m) {
  const ExtractionTables& tables = x.tables;
  const DocumentClaims& out = x.out;
  // "At that time, Russia also received eight civilians": the event of the sentence before.
  if (scan.mentions.empty() && !m.clause_of) {
    for (const auto& o : scan.phrases(tables.same_time_openers, 0, m.local_begin)) {
      if (o.begin > 1 || !previous_sentence_mention) break;
      const auto& prev = out.events[*previous_sentence_mention];
      if (prev.type != m.type) break;
      m.clause_of = *previous_sentence_mention;
      m.other = m.other || prev.other;
    }
  }
  // "The Conservatives won 119 seats in that election": the one told before, another event
  // when that one is
  if (const auto before = m.clause_of ? std::nullopt : pointed_back_to(x, scan, t)) {
    m.clause_of = before;
    m.other = m.other || out.events[*before].other;
    m.previous = m.previous || out.events[*before].previous;
  }
  // "..., when both sides returned 146 each": a relative clause after an event word of the
  // same type speaks of that event.
  for (auto it = scan.mentions.rbegin(); it != scan.mentions.rend(); ++it) {
    const auto& prev = out.events[*it];
    if (prev.type != m.type) continue;
    const std::string between = " " + lower(scan.text.substr(prev.local_end, m.local_begin - prev.local_end)) + " ";
    for (const char* link : {" when ", " in which ", " during which ", " where ", " which saw "}) {
      if (between.find(link) != std::string::npos && scan.words_between(prev.local_end, m.local_begin) <= 12) {
        m.clause_of = *it;
        m.other = m.other || prev.other;
        break;
      }
    }
    break;
  }
}

// One sentence's event words.
}  // namespace

std::string actor_before(const ExtractionTables& t, std::string_view s, std::size_t begin) {
  constexpr int max_words_back = 3;
  std::size_t end = std::min(begin, s.size());
  for (int words = 0; words < max_words_back; ++words) {
    while (end > 0 && s[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(s[start - 1])) != 0) --start;
    if (start == end || (start > 0 && s[start - 1] != ' ')) return "";
    const std::string_view word = s.substr(start, end - start);
    if (is_upper(word.front())) return is_demonym(t, word) ? std::string(word) : "";
    end = start;
  }
  return "";
}

namespace {

// "Israeli strikes killed 600 ... the Iranian strikes killed 28": an event word of a sided type
// (event_sided_types) whose demonym names another actor than the page's first such word is
// another event.
void mark_other_actor(Extraction& x, const SentenceView& scan, const grammars::PhraseMention& t, EventMention& m) {
  if (!x.tables.sided_event_types.contains(std::string_view(m.type))) return;
  const std::string actor = actor_before(x.tables, scan.text, t.begin);
  if (actor.empty()) return;
  if (x.first_actor.empty()) {
    x.first_actor = actor;
  } else if (actor != x.first_actor) {
    m.other = true;
    m.marked_other = true;
  }
}

void find_mentions_in(Extraction& x, SentenceView& scan, std::optional<int> current_year) {
  const Document& doc = x.doc;
  DocumentClaims& out = x.out;
  const ExtractionTables& tables = x.tables;
  const auto& sentence = doc.sentences[scan.index];
  std::string place;
  if (auto found = scan.phrases(tables.places); !found.empty()) place = found.front().value;
  // The sentence with the dates of when people were taken blanked out ("the hostages taken
  // on March 3, 2024 in exchange for ..."): such a year does not make the exchange another.
  std::string without_background(scan.text);
  for (const auto& d : scan.dates)
    for (const auto& r : scan.phrases(tables.other_event_participles, 0, d.begin))
      if (scan.words_between(r.end, d.begin) <= 2 && same_clause(scan.bounds, r.end, d.begin))
        std::fill(without_background.begin() + static_cast<std::ptrdiff_t>(d.begin),
                  without_background.begin() + static_cast<std::ptrdiff_t>(d.end), ' ');
  // year_near reads the whole sentence for each event word: ask only when it has a four-digit number
  const bool may_name_a_year = has_four_digits(without_background);
  // "... the biggest since 1987. That year, a 7.9-magnitude quake killed more than 3,000": a
  // sentence that opens on an event_year_anaphora phrase is about the last year the sentence
  // before it writes
  std::optional<int> anaphoric_year;
  if (scan.index > 0)
    if (const auto o = scan.phrases(tables.year_anaphora); !o.empty() && o.front().begin == 0)
      anaphoric_year = last_year_in(x.sentences[scan.index - 1].text);
  std::optional<std::size_t> previous_sentence_mention;
  if (!out.events.empty() && out.events.back().sentence < scan.index && out.events.back().sentence + 2 >= scan.index)
    previous_sentence_mention = out.events.size() - 1;
  const auto offences = scan.phrases(tables.offence_frames);
  const auto exclusions = scan.phrases(tables.trigger_exclusions);
  const auto triggers = scan.phrases(tables.triggers);
  const Causality causality{scan, scan.phrases(tables.consequence_verbs), scan.phrases(tables.precursors)};
  // "A new quake hit the province days after an earlier one killed 2,000 people": an earlier
  // event of the type of the event word before it, never the article's own. Added in the
  // order of the text, before the event words after them.
  const auto mention_at = [&](const grammars::PhraseMention& words, const std::string& type) {
    EventMention m;
    m.type = type;
    m.sentence = scan.index;
    m.paragraph = sentence.paragraph;
    m.span = norm_span(scan.flat, words.begin, words.end);
    m.local_begin = words.begin;
    m.local_end = words.end;
    m.place = place;
    return m;
  };
  const auto pronouns = scan.phrases(tables.other_pronouns);
  std::size_t next_pronoun = 0;
  const auto flush_pronouns = [&](std::size_t before) {
    for (; next_pronoun < pronouns.size() && pronouns[next_pronoun].end <= before; ++next_pronoun) {
      if (scan.mentions.empty()) continue;
      const auto& p = pronouns[next_pronoun];
      EventMention m = mention_at(p, out.events[scan.mentions.back()].type);
      m.other = true;
      m.marked_other = true;
      scan.mentions.push_back(out.events.size());
      out.events.push_back(std::move(m));
    }
  };
  for (const auto& t : triggers) {
    flush_pronouns(t.begin);
    // "a cease-fire", "fire officials", "released from hospital": no event
    if (std::any_of(exclusions.begin(), exclusions.end(),
                    [&](const auto& o) { return o.begin <= t.begin && t.end <= o.end; }))
      continue;
    if (causality.another_events(t, triggers)) continue;
    // "convicted of deadly attacks": what someone was sentenced for, not an event the
    // sentence reports
    if (std::any_of(offences.begin(), offences.end(), [&](const auto& o) {
          return o.end <= t.begin && scan.words_between(o.end, t.begin) <= 3 &&
                 same_clause(scan.bounds, o.end, t.begin);
        }))
      continue;
    EventMention m = mention_at(t, t.value);
    // A caption shows another moment than the article's: its event is never the article's own.
    if (scan.dated_caption) m.other = true;
    mark_other_by_words(x, scan, t, m);
    mark_other_actor(x, scan, t, m);
    // "The deal will see 50 hostages exchanged for 150": the verb of an agreement's clause
    // says what the deal will do; an event word later in that clause is a term of it.
    const auto agreement_before = [&](std::size_t at) {
      return std::any_of(scan.mentions.begin(), scan.mentions.end(), [&](std::size_t k) {
        const auto& a = out.events[k];
        return a.type == "agreement" && a.local_end <= at && same_clause(scan.bounds, a.local_end, at);
      });
    };
    // "Hamas is set to free 50 hostages in exchange for ...": a plain verb of the event
    // (future_event_verbs) right after a future marker makes its clause's event words planned.
    const auto planned_verb_after = [&](std::size_t at) {
      const auto verbs = scan.phrases(tables.future_event_verbs, at, t.begin);
      return std::any_of(verbs.begin(), verbs.end(),
                         [&](const auto& v) { return scan.words_between(at, at + v.begin) == 0; });
    };
    for (const auto& f : scan.phrases(tables.future_markers, 0, t.begin))
      if (scan.words_between(f.end, t.begin) <= 1 ||
          (same_clause(scan.bounds, f.end, t.begin) && (agreement_before(f.begin) || planned_verb_after(f.end))))
        m.future = true;
    // "the 1976 quake", "a tremor in 2019", "since 1976, when ... died in a quake": an event
    // of another year than the article's is another event.
    if (const auto year = may_name_a_year ? year_near(without_background, t.begin, t.end) : std::nullopt;
        year && (!current_year || *year != *current_year))
      m.other = true;
    if (anaphoric_year && (!current_year || *anaphoric_year != *current_year)) m.other = true;
    // "Earlier exchanges had returned 1,200 soldiers": the verb of an 'other' event word's
    // clause is that other event too.
    if (!scan.mentions.empty()) {
      const auto& prev = out.events[scan.mentions.back()];
      if ((prev.other || prev.future) && scan.words_between(prev.local_end, m.local_begin) <= 2 &&
          same_clause(scan.bounds, prev.local_end, m.local_begin)) {
        m.other = m.other || prev.other;
        m.future = m.future || prev.future;
      }
    }
    // "Hamas is set to free 50 hostages in exchange for Israel releasing 150": what a planned
    // swap gives in return (after count_rate_exchanges, in the sentence) is planned too
    // (the link may hold the event word itself: "in exchange for")
    if (!m.future)
      for (const std::size_t k : scan.mentions)
        if (const auto& planned = out.events[k]; planned.future && planned.local_end <= m.local_begin)
          for (const auto& link : scan.phrases(tables.rate_exchanges, planned.local_end))
            if (planned.local_end + link.begin < m.local_end) m.future = true;
    // "brought home 140 more, after each released 215 on Saturday": a temporal link between two
    // event words of a sentence separates their times.
    if (!scan.mentions.empty()) {
      const auto& prev = out.events[scan.mentions.back()];
      const std::string between = " " + lower(scan.text.substr(prev.local_end, m.local_begin - prev.local_end)) + " ";
      for (const char* link : {" after ", " before ", " following ", " since ", " until "})
        if (between.find(link) != std::string::npos) m.after_other_time = true;
    }
    link_to_told_event(x, scan, t, previous_sentence_mention, m);
    scan.mentions.push_back(out.events.size());
    out.events.push_back(std::move(m));
  }
  flush_pronouns(std::string_view::npos);
}

// An exchange word that an agreement word governs: "a deal to swap", "agreed to release",
// "a deal involving the exchange of", or a plan ("will exchange"); and one a few words after such
// a word in its clause ("the deal on the release of the soldier in exchange for the liberation of
// 1,000 prisoners": the liberation is the deal's term too).
bool governed_by_agreement(const Extraction& x, const SentenceView& scan, std::size_t mention) {
  constexpr int max_words_from_governed = 6;
  const DocumentClaims& out = x.out;
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
  const auto links = scan.phrases(x.tables.agreement_links, 0, begin);
  const auto linked = [&](std::size_t at) {
    return std::any_of(links.begin(), links.end(), [&](const grammars::PhraseMention& link) {
      return link.end <= at && scan.words_between(link.end, at) <= 1;  // "to exchange", "involving the exchange"
    });
  };
  if (linked(begin)) return true;
  for (std::size_t other : scan.mentions) {
    const auto& o = out.events[other];
    if (o.type != "agreement" && o.local_end <= begin && linked(o.local_begin) &&
        scan.words_between(o.local_end, begin) <= max_words_from_governed &&
        same_clause(scan.bounds, o.local_end, begin))
      return true;
  }
  return false;
}

}  // namespace

// Words between a date and the event word it dates: before it, more than this is far; after
// it, at most this is near.
constexpr int far_event_word = 8;
constexpr int near_event_word = 4;
constexpr int max_words_after_attributive_date = 1;

namespace {
// Whether the word right before `at` in `s` is the definite article.
bool after_the(std::string_view s, std::size_t at) {
  std::string_view before = s.substr(0, std::min(at, s.size()));
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  return before == "the" || before == "The" || before.ends_with(" the") || before.ends_with(" The");
}
}  // namespace

namespace {

// Where a live page's first entry starts: a label of `labels` right before a time of day
// ("published at 05:57 Greenwich Mean Time 29 December 2024"), or npos. Only the colons of
// the text are looked at.
std::size_t first_live_entry(const std::vector<std::string>& labels, std::string_view text) {
  if (labels.empty()) return std::string_view::npos;
  for (std::size_t colon = text.find(':'); colon != std::string_view::npos; colon = text.find(':', colon + 1)) {
    if (colon + 2 >= text.size() || !is_digit(text[colon + 1]) || !is_digit(text[colon + 2])) continue;
    std::size_t hour = colon;
    while (hour > 0 && colon - hour < 2 && is_digit(text[hour - 1])) --hour;
    if (hour == colon || (hour > 0 && text[hour - 1] != ' ')) continue;
    constexpr std::size_t max_label = 40;
    const std::size_t from = hour > max_label ? hour - max_label : 0;
    std::string_view window = text.substr(from, hour - from);
    while (!window.empty() && window.back() == ' ') window.remove_suffix(1);
    const std::string before = lower(window);  // (the same length: ASCII letters only change)
    // (a scraper may glue the stamp to the entry's heading: "... say officialspublished at 05:57")
    for (const auto& label : labels)
      if (before.ends_with(label)) return from + before.size() - label.size();
  }
  return std::string_view::npos;
}

}  // namespace

void find_event_mentions(Extraction& x) {
  const std::optional<Date>& anchor = x.out.published;
  for (auto& sentence : x.sentences)
    if (!sentence.skipped || sentence.dated_caption)
      find_mentions_in(x, sentence, anchor ? std::optional<int>(static_cast<int>(anchor->year())) : std::nullopt);
  // A live page tells its story in entries of their own hours: what follows its first entry's
  // stamp is of many moments, never one moment of the page
  if (const std::size_t live = first_live_entry(x.tables.live_entry_labels, x.doc.text); live != std::string_view::npos)
    for (auto& m : x.out.events)
      if (m.span.begin.value >= live) m.live_entry = true;
}

// The event mention a claim at [begin, end) in the sentence hangs on: the nearest event word
// before it in its clause, else after it in its clause, else before it in the sentence, else
// after it. Exchange words governed by an agreement word resolve to that agreement.
std::optional<std::size_t> attach_to_mention(const Extraction& x, const SentenceView& scan, std::size_t begin,
                                             std::size_t end, bool prefer_agreement_links, std::string& why,
                                             bool nearest_in_clause) {
  const DocumentClaims& out = x.out;
  std::optional<std::size_t> best;
  int best_rank = std::numeric_limits<int>::max();
  std::size_t best_distance = std::numeric_limits<std::size_t>::max();
  int best_how = 0;
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
      rank = 0;
    }
    // A date dates the event word before it in its clause, unless that one is far and one
    // right after it is near: "the step to emerge last week from the talks".
    const int clause_rank = rank;
    if (nearest_in_clause && rank <= 1 && !(mb < end && me > begin)) {
      const int words = me <= begin ? scan.words_between(me, begin) : scan.words_between(end, mb);
      const bool before = me <= begin;
      const bool far_before = before && words > far_event_word;
      const bool near_after = !before && words <= near_event_word;
      // "the December 7 release of around 100 captives", "the May 23 prisoner exchange": a date
      // between "the" and an event word (at most one word between) is that event's
      const bool attributive = !before && words <= max_words_after_attributive_date && after_the(scan.text, begin);
      // Order of preference: the event word a date is attributive to, a near word before, a
      // near word after, a far word before, any after.
      const int tier = attributive ? 0 : before && !far_before ? 1 : near_after ? 2 : far_before ? 3 : 4;
      rank = tier < 4 ? 0 : 1;
      distance = static_cast<std::size_t>(tier * 1000 + words);
    }
    if (me > begin && mb < end) {
      rank = 0;  // inside the claim's own span ("the largest prisoner exchange")
      distance = 0;
    }
    if (rank < best_rank || (rank == best_rank && distance < best_distance)) {
      best_how = clause_rank;
      best = index;
      best_rank = rank;
      best_distance = distance;
    }
  }
  if (!best) return std::nullopt;
  static constexpr const char* how[] = {
      "the event word before it in its clause", "the event word after it in its clause",
      "the event word before it in the sentence", "the event word after it in the sentence"};
  why = how[best_how];
  if (prefer_agreement_links && out.events[*best].type != "agreement" && governed_by_agreement(x, scan, *best)) {
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

}  // namespace crosscheck
