// Event words: which kind of event each clause is about (exchange, agreement, earthquake,
// ...), what marks a mention as another event or a plan, and which mention a claim hangs on.
#include <limits>

#include "checker/claims/extraction.hpp"

namespace crosscheck {

namespace {

// One sentence's event words.
void find_mentions_in(Extraction& x, SentenceView& scan, std::optional<int> current_year) {
  const Document& doc = x.doc;
  DocumentClaims& out = x.out;
  const ExtractionTables& tables = x.tables;
  const auto& sentence = doc.sentences[scan.index];
  std::string place;
  if (auto found = tables.places.find(scan.text); !found.empty()) place = found.front().value;
  for (const auto& t : tables.triggers.find(scan.text)) {
    EventMention m;
    m.type = t.value;
    m.sentence = scan.index;
    m.paragraph = sentence.paragraph;
    m.span = norm_span(scan.flat, t.begin, t.end);
    m.local_begin = t.begin;
    m.local_end = t.end;
    m.place = place;
    // "a previous swap", "further exchanges": another event than the article's own.
    for (const auto& o : tables.other_markers.find(scan.text.substr(0, t.begin))) {
      if (words_between(scan.text, o.end, t.begin) <= 1 && same_clause(scan.bounds, o.end, t.begin)) m.other = true;
    }
    for (const auto& f : tables.future_markers.find(scan.text.substr(0, t.begin))) {
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
bool governed_by_agreement(const Extraction& x, const SentenceView& scan, std::size_t mention) {
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
  for (const auto& link : x.tables.agreement_links.find(scan.text.substr(0, begin))) {
    const int gap = words_between(scan.text, link.end, begin);
    if (gap <= 1) return true;  // "to exchange", "involving the exchange"
  }
  return false;
}

}  // namespace

void find_event_mentions(Extraction& x) {
  const std::optional<Date>& anchor = x.out.published;
  for (auto& sentence : x.sentences)
    if (!sentence.skipped)
      find_mentions_in(x, sentence, anchor ? std::optional<int>(static_cast<int>(anchor->year())) : std::nullopt);
}

// The event mention a claim at [begin, end) in the sentence hangs on: the nearest event word
// before it in its clause, else after it in its clause, else before it in the sentence, else
// after it. Exchange words governed by an agreement word resolve to that agreement.
std::optional<std::size_t> attach_to_mention(const Extraction& x, const SentenceView& scan, std::size_t begin,
                                             std::size_t end, bool prefer_agreement_links, std::string& why) {
  const DocumentClaims& out = x.out;
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
