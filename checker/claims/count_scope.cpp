// Which part of the whole a count covers: per side, in total, one named side, or a running
// total, read from the markers around the number, the subject of its clause (a side that
// is the subject, not one that only speaks), where the people go ("returned to Ukraine"),
// the count it is a subgroup of, and equal figures given for both sides.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "checker/claims/claim_json.hpp"
#include "checker/claims/extraction.hpp"
#include "checker/claims/page_figures.hpp"

namespace crosscheck {

namespace {

// How far (in words) a clause-level scope marker may stand before the number it scopes.
constexpr int scope_marker_window = 4;
// How far after the count a trailing marker may stand ("303 were exchanged by each party").
constexpr int trailing_marker_window = 6;
// Words between an added count and the words that put it everywhere else ("10 other deaths
// have been reported in other parts of Texas").
constexpr int complement_window = 5;
// How many words a list of parties after "from" may run before its "and" ("from Russia,
// Belarus, and five Western countries").
constexpr int max_party_list_words = 6;
// "215 on Saturday, and 180": at most this many words between a count and its continuation.
constexpr int elided_words = 5;
// How many sentences back a subgroup ("Among those released are three women") looks for
// the count it is part of.
constexpr std::size_t subgroup_reach = 6;

std::string_view slice(std::string_view s, std::size_t begin, std::size_t end) { return s.substr(begin, end - begin); }

struct ScopeReader {
  explicit ScopeReader(Extraction& extraction) : x(extraction), t(extraction.tables) {}

  Extraction& x;
  const ExtractionTables& t;
  // Indexes built on first use, so that each count's questions about the others are
  // lookups, not walks over every claim of the document.
  mutable std::optional<std::set<std::string>> named_sides;              // other_side
  mutable std::map<std::size_t, std::vector<std::size_t>> count_starts;  // per sentence, sorted
  mutable std::map<double, std::vector<std::size_t>> counts_by_value;    // claim indices, ascending
  // Where the counts whose subject names two sides together start ("Russia, Ukraine exchanged
  // 200 prisoners"): both sides' people, never given one side later.
  mutable std::set<std::size_t> of_both_sides;

  // The count claims whose value is `v`, in claim order.
  const std::vector<std::size_t>& counts_of_value(double v) const {
    static const std::vector<std::size_t> none;
    if (counts_by_value.empty())
      for (std::size_t i = 0; i < x.out.claims.size(); ++i)
        if (x.out.claims[i].kind == ClaimKind::count)
          counts_by_value[std::get<CountValue>(x.out.claims[i].value).value].push_back(i);
    const auto found = counts_by_value.find(v);
    return found == counts_by_value.end() ? none : found->second;
  }

  void note(Claim& c, std::string why) const { c.explain.push_back(std::move(why)); }

  // "each released a total of 307": the distributive subject makes the total one side's.
  void distributive_total(Claim& c, const SentenceView& s, const ClaimSite& at) const {
    if (c.scope != Scope::total) return;
    for (const auto& m : s.phrases(t.clause_scopes, 0, at.begin)) {
      if (m.value != "per_side" || !same_clause(s.bounds, m.end, at.begin)) continue;
      if (s.words_between(m.end, at.begin) > scope_marker_window) continue;
      if (lower(s.text.substr(m.end, 4)) == " of ") continue;  // "each of"
      c.scope = Scope::per_side;
      note(c,
           "scope per_side: '" + std::string(slice(s.text, m.begin, m.end)) + "' before it makes the total each one's");
    }
  }

  // Whether a clause-level marker before a count stands near enough to scope it, in its clause.
  // A running marker reaches farther: "has now helped facilitate the release of 3,771".
  static bool within_reach(const SentenceView& s, const grammars::PhraseMention& m, const ClaimSite& at) {
    const int window = m.value == "cumulative" ? 2 * scope_marker_window : scope_marker_window;
    return s.words_between(m.end, at.number_begin) <= window && same_clause(s.bounds, m.end, at.number_begin);
  }

  // An opener at the head of the sentence ("In all, the ministry said it has helped free
  // 3,771") scopes the sentence's first count after its comma.
  bool opens_for(const SentenceView& s, const grammars::PhraseMention& m, const ClaimSite& at) const {
    const std::size_t comma = s.text.find(',', m.end);
    return opens_sentence(s.text, m.begin) && m.value != "per_side" && comma != std::string_view::npos &&
           comma < at.begin && s.words_between(m.end, comma) <= 4 && first_count_after(s, comma, at.begin);
  }

  // Clause-level markers before the number ("each side releasing 390", "So far, 700 ...").
  void markers_before(Claim& c, const SentenceView& s, const ClaimSite& at) const {
    // "Israel has so far freed 150", "In two days of exchanges, 697 Ukrainians were returned":
    // a running total of one side's figure; the side stays
    if (c.scope != Scope::unspecified && c.scope != Scope::cumulative && !c.running) {
      for (const auto& m : s.phrases(t.clause_scopes, 0, at.number_begin))
        if (m.value == "cumulative" && (within_reach(s, m, at) || opens_for(s, m, at))) {
          c.running = true;
          note(c, "a running total from '" + std::string(slice(s.text, m.begin, m.end)) + "' before the number");
          break;
        }
      return;
    }
    if (c.scope != Scope::unspecified) return;
    for (const auto& m : s.phrases(t.clause_scopes, 0, at.number_begin)) {
      // An opener before the sentence's first count: "So far, 700 people have been released".
      const bool near = opens_for(s, m, at) || within_reach(s, m, at);
      const bool each_of = lower(slice(s.text, m.begin, m.end)) == "each" && lower(s.text.substr(m.end, 4)) == " of ";
      if (!near || each_of) continue;
      if (auto scope = scope_from_string(m.value)) {
        set_scope(c, *scope);
        note(c, "scope " + m.value + " from '" + std::string(slice(s.text, m.begin, m.end)) + "' before the number");
      }
    }
  }

  // Whether no other count of the sentence stands between `from` and `at`: an opener scopes the
  // sentence's first count, not a subgroup after it ("In total, 3,400 ..., among them 620").
  bool first_count_after(const SentenceView& s, std::size_t from, std::size_t at) const {
    if (count_starts.empty()) {
      for (std::size_t i = 0; i < x.out.claims.size(); ++i)
        if (x.out.claims[i].kind == ClaimKind::count)
          count_starts[x.out.claims[i].sentence].push_back(x.sites[i].begin);
      for (auto& [sentence, starts] : count_starts) std::sort(starts.begin(), starts.end());
    }
    const auto found = count_starts.find(s.index);
    if (found == count_starts.end()) return true;
    const auto next = std::upper_bound(found->second.begin(), found->second.end(), from);
    return next == found->second.end() || *next >= at;
  }

  // "12 Thai hostages have already been released": people named by a nationality or a name
  // the lexicon does not know as a side are a group of those freed, never the running total.
  bool names_a_group(const Claim& c) const {
    std::size_t at = c.text.find(' ');
    while (at != std::string::npos) {
      const std::size_t begin = at + 1;
      at = c.text.find(' ', begin);
      const std::string word = c.text.substr(begin, at == std::string::npos ? std::string::npos : at - begin);
      if (!word.empty() && std::isupper(static_cast<unsigned char>(word.front())) && t.demonyms.find(word).empty())
        return true;
    }
    return false;
  }

  // "in exchange for two soldiers held since April": "since" right after a word of captivity
  // (running_since_blockers) says how long they were held, not that the count runs since then.
  bool held_since(std::string_view rest, const grammars::PhraseMention& marker) const {
    const std::string_view before = trim_view(rest.substr(0, marker.begin));
    for (const auto& w : t.held_since_words.find(before))
      if (w.end == before.size()) return true;
    return false;
  }

  // "the biggest swap since the border war ended": a marker inside a superlative or
  // right after it is the superlative's reference point, not the count's running time.
  static bool superlatives_reference(const SentenceView& s, std::size_t at) {
    return std::any_of(s.superlatives.begin(), s.superlatives.end(), [&](const grammars::SuperlativeMention& m) {
      return m.begin <= at && (at < m.end || trim_view(s.text.substr(m.end, at - m.end)).empty());
    });
  }

  // "780 exchanged so far", "303 were exchanged by each party", "470 ... on both sides".
  void markers_after(Claim& c, const SentenceView& s, const ClaimSite& at) const {
    const std::string_view rest = s.text.substr(at.end);
    auto near = [&](const grammars::PhraseMention& m, int window) {
      return s.words_between(at.end, at.end + m.begin) <= window && same_clause(s.bounds, at.end, at.end + m.begin) &&
             !dash_between(rest.substr(0, m.begin));
    };
    // A side's marker past another figure is that figure's: in "314 captives- 157 from each
    // side" it is the 157's. (A running total's may stand past one: "freed 2,598 in 48 swaps
    // since the war began".)
    auto own_side_marker = [&](const grammars::PhraseMention& m) {
      const std::string_view between = rest.substr(0, m.begin);
      return std::none_of(between.begin(), between.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    };
    for (const auto& m : s.phrases(t.clause_scopes, at.end)) {
      if (m.value != "cumulative" && m.value != "total") continue;
      if (!near(m, scope_marker_window + 2)) continue;
      const std::string marker(slice(rest, m.begin, m.end));
      if (m.value == "cumulative") {
        if (c.running || names_a_group(c) || held_since(rest, m) || superlatives_reference(s, at.end + m.begin))
          continue;
        set_scope(c, Scope::cumulative);
        note(c, "a running total: '" + marker + "'");
      } else if (c.scope == Scope::unspecified) {
        c.scope = Scope::total;
        note(c, "scope total from '" + marker + "'");
      }
    }
    if (c.scope != Scope::unspecified) return;
    for (const auto& m : s.phrases(t.trailing_scopes, at.end)) {
      if (!near(m, trailing_marker_window) || !own_side_marker(m)) continue;
      if (auto scope = scope_from_string(m.value)) {
        c.scope = *scope;
        note(c, "scope " + m.value + " from '" + std::string(slice(rest, m.begin, m.end)) + "' after it");
        return;
      }
    }
  }

  // A running period around the count: "In these two days alone, 697 ...", "... over the
  // past three days".
  void running_period(Claim& c, const SentenceView& s, const ClaimSite& at) const {
    if (c.running) return;
    // "706 prisoners ... took place Friday through Sunday": two days its sentence joins into
    // a span (date_span_joiners) after the count make it all of those days', a running total
    for (std::size_t k = 1; k < s.dates.size(); ++k) {
      const auto& a = s.dates[k - 1];
      const auto& b = s.dates[k];
      if (a.end > b.begin) continue;
      const std::string_view between = trim_view(s.text.substr(a.end, b.begin - a.end));
      const auto joined = t.span_joiners.find(between);
      if (joined.empty() || joined.front().begin != 0 || joined.front().end != between.size()) continue;
      if (a.begin < at.end) continue;  // the count before the span it happened over
      set_scope(c, Scope::cumulative);
      note(c, "a running total: the days '" + std::string(slice(s.text, a.begin, b.end)) + "'");
      return;
    }
    // A sentence that opens with "Since ..." counts everything from then on: a running total.
    for (const auto& m : s.phrases(t.running_openers)) {
      const bool opens = opens_sentence(s.text, m.begin);
      if (!opens || m.end > at.begin) continue;
      set_scope(c, Scope::cumulative);
      note(c, "a running total: the sentence counts from '" + std::string(slice(s.text, m.begin, m.end)) + "' on");
      return;
    }
    // "Before Sunday, 27 captives had been freed", "Antes del sábado ya habían sido liberados 21":
    // up to a moment, in the past perfect (running_perfect_auxiliaries in the count's clause,
    // before or after it).
    for (const auto& m : s.phrases(t.running_openers_perfect)) {
      const bool opens = opens_sentence(s.text, m.begin);
      if (!opens || m.end > at.begin) continue;
      const auto perfect = s.phrases(t.running_perfect_auxiliaries, m.end);
      if (std::none_of(perfect.begin(), perfect.end(), [&](const grammars::PhraseMention& p) {
            return same_clause(s.bounds, m.end + p.begin, at.begin);
          }))
        continue;
      set_scope(c, Scope::cumulative);
      note(c, "a running total: what had been done '" + std::string(slice(s.text, m.begin, m.end)) + "' a moment");
      return;
    }
    for (const auto& m : s.phrases(t.running_periods)) {
      // the opener, then at most two words (a number) and a unit of time
      std::size_t p = m.end;
      int words = 0;
      bool unit = false;
      while (p < s.text.size() && words < 3 && !unit) {
        while (p < s.text.size() && s.text[p] == ' ') ++p;
        std::size_t e = p;
        while (e < s.text.size() && s.text[e] != ' ' && s.text[e] != ',' && s.text[e] != '.') ++e;
        if (e == p) break;
        const auto found = t.running_units.find(s.text.substr(p, e - p));
        unit = !found.empty() && found.front().begin == 0 && found.front().end == e - p;
        ++words;
        p = e;
      }
      if (!unit || words < 2) continue;
      // An opener at the head of the sentence (after a quotation mark, say) scopes every
      // count of it: "In these two days alone, 697 ...".
      const bool opens = opens_sentence(s.text, m.begin);
      const bool before = p <= at.begin && (same_clause(s.bounds, p, at.begin) || opens);
      const bool after = m.begin >= at.end && same_clause(s.bounds, at.end, m.begin) &&
                         s.words_between(at.end, m.begin) <= trailing_marker_window;
      if (!before && !after) continue;
      set_scope(c, Scope::cumulative);
      note(c, "a running total: '" + std::string(slice(s.text, m.begin, p)) + "'");
      return;
    }
  }

  // A count already scoped per side or in total stays so, and is also a running total.
  static void set_scope(Claim& c, Scope scope) {
    if (scope != Scope::cumulative) {
      c.scope = scope;
      return;
    }
    c.running = true;
    if (c.scope == Scope::unspecified) c.scope = Scope::cumulative;
  }

  // Side names (Russia, Kyiv) in `text`, with the side each is.
  std::vector<grammars::PhraseMention> sides_in(const SentenceView& s, std::size_t from = 0,
                                                std::size_t to = std::string_view::npos) const {
    return s.phrases(t.side_subjects, from, to);
  }

  // "Russia and Ukraine", "Kyiv, Moscow": a side name coordinated with another names both.
  bool coordinated(const SentenceView& s, const grammars::PhraseMention& side) const {
    for (const auto& other : sides_in(s)) {
      if (other.value == side.value) continue;
      const std::size_t a = std::min(side.end, other.end), b = std::max(side.begin, other.begin);
      if (a > b || b - a > 5) continue;  // longer than any joiner below
      const std::string between = lower(slice(s.text, a, b));
      if (between == " and " || between == ", " || between == " & " || between == "/" || between == " or ") return true;
    }
    return false;
  }

  // The side a reporting verb's subject names ("Russia's defense ministry said", "Ukrainian
  // officials said"), when one does, and where the verb ends.
  std::optional<std::pair<std::string, std::size_t>> speaker(const SentenceView& s, std::size_t before) const {
    for (const auto& r : s.phrases(t.reporting_verbs, 0, before)) {
      std::optional<std::string> side;
      for (const auto& n : sides_in(s, 0, r.begin))
        if (s.words_between(n.end, r.begin) <= 5 && !coordinated(s, n)) side = n.value;
      for (const auto& d : s.phrases(t.demonyms, 0, r.begin))
        if (s.words_between(d.end, r.begin) <= 5) side = d.value;
      if (side) return std::make_pair(*side, r.end);
    }
    return std::nullopt;
  }

  // Whether the clause's verb brings people home to its subject (receive), sends them to
  // the other side (give), or cannot tell ("returned" alone).
  enum class Direction { unknown, receive, give, both };
  Direction direction(const SentenceView& s, std::size_t from, std::size_t to, std::size_t count_end) const {
    Direction d = Direction::unknown;
    for (const auto& v : s.phrases(t.side_verbs, from, to))
      d = v.value == "receive"      ? Direction::receive
          : v.value == "give"       ? Direction::give
          : v.value == "reciprocal" ? Direction::both
                                    : d;
    if (d != Direction::unknown) return d;
    // "returned 84 people from captivity", "returned ... home" bring people home.
    for (const auto& v : s.phrases(t.side_verbs, count_end))
      if (v.value == "home_marker" && same_clause(s.bounds, count_end, count_end + v.begin)) return Direction::receive;
    return d;
  }

  // The two sides a document names, when it names exactly two.
  std::optional<std::string> other_side(const std::string& side) const {
    if (!named_sides) {  // read once per document, not once per count
      named_sides.emplace();
      for (const auto& s : x.sentences)
        for (const auto& n : sides_in(s)) named_sides->insert(n.value);
    }
    const std::set<std::string>& named = *named_sides;
    if (named.size() != 2 || !named.count(side)) return std::nullopt;
    for (const auto& n : named)
      if (n != side) return n;
    return std::nullopt;
  }

  // The last party of party_subjects before a count in its clause, a few words before it.
  // ("Rebels from the self-proclaimed republics in the two regions handed over 58 prisoners")
  std::optional<grammars::PhraseMention> party_subject_before(const SentenceView& s, const ClaimSite& at) const {
    constexpr int max_words_to_count = 14;
    std::optional<grammars::PhraseMention> last;
    for (const auto& p : s.phrases(t.party_subjects, 0, at.begin))
      if (p.end <= at.begin && same_clause(s.bounds, p.end, at.begin) &&
          s.words_between(p.end, at.begin) <= max_words_to_count)
        last = p;
    return last;
  }

  // The capitalised name after "by" or "to" (and "the") at most four words after a count, in
  // its clause, when the lexicon knows no side by that name; else empty.
  std::pair<std::string, std::string> party_named_after(const SentenceView& s, const ClaimSite& at) const {
    for (const std::string_view link : {" by ", " to "}) {
      const std::size_t found = s.text.find(link, at.end);
      if (found == std::string_view::npos || s.words_between(at.end, found) > 3 ||
          !same_clause(s.bounds, at.end, found + 1))
        continue;
      std::size_t begin = found + link.size();
      // "released by the separatists": a party of party_subjects
      for (const auto& p : s.phrases(t.party_subjects, found + 1))
        if (p.begin == link.size() - 1) return {p.value, std::string(trim(link))};
      if (s.text.substr(begin).starts_with("the ")) begin += 4;
      if (begin >= s.text.size() || !is_upper(s.text[begin])) continue;
      const std::string name = capitalised_name_at(s.text, begin, s.text.size());
      if (name.empty()) continue;
      if (!t.side_subjects.find(name).empty() || !t.demonyms.find(name).empty()) continue;
      // "had risen to 40 by Sunday": a day, no party
      if (t.calendar_words.count(name) > 0 || !t.dates.parse(name).empty()) continue;
      return {lower(name), std::string(trim(link))};
    }
    return {};
  }

  // "Russia got back 24", "Kyiv has recovered 7,000 bodies": one side as the subject of the
  // count's clause; "Russia's defense ministry said 270 were returned": a side that only
  // speaks is not the part the count covers, unless it speaks of itself ("said it took back").
  void subject_side(Claim& c, const SentenceView& s, const ClaimSite& at) const {
    if (c.scope != Scope::unspecified) return;
    for (const auto& b : s.phrases(t.both_sides_subjects, 0, at.begin)) {
      if (!same_clause(s.bounds, b.end, at.begin) || s.words_between(b.end, at.begin) > 4) continue;
      if (direction(s, b.end, at.begin, at.end) != Direction::give) continue;
      c.scope = Scope::per_side;
      note(c, "scope per_side: '" + std::string(slice(s.text, b.begin, b.end)) + "' each hand them over");
      return;
    }
    std::optional<grammars::PhraseMention> subject;
    for (const auto& n : sides_in(s, 0, at.begin))
      if ((same_clause(s.bounds, n.end, at.begin) || aside_between(s, n.end, at.begin)) &&
          s.words_between(n.end, at.begin) <= 6)
        subject = n;
    const auto spoke = speaker(s, at.begin);
    if (spoke && (!subject || subject->end <= spoke->second)) {
      // The subject of the reported clause: a pronoun for the speaker's own side.
      const std::string_view reported = slice(s.text, spoke->second, at.begin);
      const std::string r = " " + lower(reported) + " ";
      const bool self = r.find(" it ") != std::string::npos || r.find(" we ") != std::string::npos ||
                        r.find(" they ") != std::string::npos || r.find(" our ") != std::string::npos ||
                        r.find(" their ") != std::string::npos || r.find(" its ") != std::string::npos;
      if (possessive(c.text)) {
        c.scope = Scope::one_side;
        c.side = spoke->first;
        note(c, "one side: " + c.side + ", whose people the speaker counts ('" + c.text + "')");
      } else if (self && direction(s, spoke->second, at.begin, at.end) == Direction::receive) {
        c.scope = Scope::one_side;
        c.side = spoke->first;
        note(c, "one side: " + c.side + ", which speaks of its own people ('" + std::string(trim(reported)) + "')");
      } else if (subject) {
        note(c, "no side: " + subject->value + " only reports the figure");
      }
      return;
    }
    if (!subject) {
      // "Rebels handed over 58 prisoners": a party the lexicon knows no side for
      // (party_subjects), the subject of a verb that says which way the people went
      if (const auto party = party_subject_before(s, at)) {
        const Direction d = direction(s, party->end, at.begin, at.end);
        if (d == Direction::give || d == Direction::receive) {
          c.scope = Scope::one_side;
          c.side = party->value;
          c.side_role = d == Direction::give ? "by" : "to";
          note(c, "one side: " + party->value + ", the party its clause's subject names (" +
                      (d == Direction::give ? "giving" : "receiving") + " them; not a side the lexicon knows)");
          return;
        }
      }
      // "16 political prisoners released by the United States and its allies", "three were
      // repatriated to the United States": a party the lexicon knows no side for, named
      // right after the count's verb. Its people only, never a total.
      if (const auto [party, link] = party_named_after(s, at); !party.empty()) {
        c.scope = Scope::one_side;
        c.side = party;
        c.side_role = link;  // "by" gives them, "to" receives them
        note(c, "one side: " + party + ", the party its clause names (not a side the lexicon knows)");
      }
      return;
    }
    if (coordinated(s, *subject)) {
      of_both_sides.insert(c.span.begin.value);
      note(c, "no side: '" + std::string(slice(s.text, subject->begin, subject->end)) +
                  "' is one of two sides named together");
      return;
    }
    switch (direction(s, subject->end, at.begin, at.end)) {
      case Direction::receive:
        c.scope = Scope::one_side;
        c.side = subject->value;
        note(c, "one side: " + c.side + " receives them (the subject of its clause)");
        break;
      case Direction::give:
        if (auto other = other_side(subject->value)) {
          c.scope = Scope::one_side;
          c.side = *other;
          note(c, "one side: " + c.side + " receives them (" + subject->value + " hands them over)");
        } else {
          // "Russia released 16 people" with no other side named: the giver's figure.
          c.scope = Scope::one_side;
          c.side = subject->value;
          c.side_role = "gives";
          note(c, "one side: " + c.side + " hands them over (who receives them is not named)");
        }
        break;
      case Direction::both: note(c, "no side: " + subject->value + " exchanges them both ways"); break;
      case Direction::unknown:
        // "Russia returned the remains of 1,000, while Ukraine returned 24": each side's own
        // figure, though the verb does not say whether it gives or receives them; compared
        // only with figures told the same way.
        c.scope = Scope::one_side;
        c.side = subject->value;
        c.side_role = "subject";
        note(c, "one side: " + c.side + " is the subject, but the verb does not say whether it gives or receives them");
        break;
    }
  }

  // "230 of their prisoners", "200 of our soldiers": the speaker's own people.
  static bool possessive(std::string_view claim_text) {
    const std::string t = " " + lower(claim_text) + " ";
    return t.find(" of their ") != std::string::npos || t.find(" of our ") != std::string::npos ||
           t.find(" of its ") != std::string::npos;
  }

  static std::string_view trim(std::string_view v) {
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    return v;
  }

  // "Russia, in turn, has released 16": a short aside set off by commas does not end the
  // subject's clause.
  bool aside_between(const SentenceView& s, std::size_t from, std::size_t to) const {
    std::vector<std::size_t> inside;
    for (const std::size_t b : s.bounds)
      if (b >= from && b < to) inside.push_back(b);
    if (inside.size() != 2 || s.text[inside[0]] != ',' || s.text[inside[1]] != ',') return false;
    return s.words_between(inside[0], inside[1]) <= 3;
  }

  // "were returned to Ukraine", "handed over 70 ... to Russia": where the people go.
  void destination(Claim& c, const SentenceView& s, const ClaimSite& at) const {
    if (c.scope != Scope::unspecified && c.scope != Scope::one_side) return;
    for (const auto& n : sides_in(s, at.end)) {
      const std::size_t b = at.end + n.begin;
      if (b < 4 || lower(s.text.substr(b - 4, 4)) != " to " || !same_clause(s.bounds, at.end, b)) continue;
      if (s.words_between(at.end, b) > trailing_marker_window) continue;
      c.scope = Scope::one_side;
      c.side = n.value;
      note(c, "one side: " + c.side + " receives them ('to " + std::string(slice(s.text, b, at.end + n.end)) + "')");
      return;
    }
  }

  // Subgroups ("including 120 civilians", "Among those released are three women") cover the
  // same part of the whole as the count they break down.
  void inherit_from_whole(std::size_t index, const SentenceView& s, const ClaimSite& at) const {
    Claim& c = x.out.claims[index];
    if (c.scope != Scope::unspecified) return;
    bool marked = false;
    for (const auto& g : s.phrases(t.subgroup_markers, 0, at.begin))
      if (s.words_between(g.end, at.begin) <= 2 && same_clause(s.bounds, g.end, at.begin)) marked = true;
    if (!marked) return;
    for (std::size_t j = index; j-- > 0;) {
      const Claim& whole = x.out.claims[j];
      if (whole.kind != ClaimKind::count || whole.sentence > c.sentence) continue;
      if (c.sentence - whole.sentence > subgroup_reach) break;
      if (whole.sentence == c.sentence && x.sites[j].begin >= at.begin) continue;
      // The nearest count before is the whole; a whole without a side or a per-side reading
      // gives none ("In total, 3,400 were evacuated, among them 620 children" is a toll).
      if (whole.scope != Scope::per_side && whole.scope != Scope::one_side) return;
      // Across sentences only a named side carries over: "Among the returnees were four
      // women" after "each side freed 175" says nothing about the other side's returnees.
      if (whole.sentence != c.sentence && whole.scope != Scope::one_side) return;
      c.scope = whole.scope;
      c.side = whole.side;
      c.running = whole.running;
      note(c, "scope " + std::string(to_string(c.scope)) + (c.side.empty() ? "" : " (" + c.side + ")") +
                  " of the count it is part of ('" + whole.text + "')");
      return;
    }
  }

  // "the youngest released was 25, the oldest 61, according to Ukraine's ombudsman": the ages
  // of a group are of the people the side that reports them got back, else of the one-side
  // count they follow ("Ukraine brought home 84 people ... the oldest was 74").
  void group_measure(std::size_t index) const {
    Claim& c = x.out.claims[index];
    if (c.property.rfind("age_", 0) != 0 || c.scope != Scope::unspecified) return;
    const SentenceView& s = x.sentences[c.sentence];
    std::optional<std::string> side;
    for (const auto& r : s.phrases(t.reporting_verbs)) {
      for (const auto& d : s.phrases(t.demonyms, r.begin > 40 ? r.begin - 40 : 0)) side = d.value;
      for (const auto& n : sides_in(s, r.end, r.end + 60)) side = n.value;
      if (side) break;
    }
    std::string how = side ? "the side that reports them" : "";
    if (!side) {
      // The nearest count before the ages in the text (claims are not in text order).
      const Claim* whole = nullptr;
      for (const Claim& k : x.out.claims) {
        if (k.kind != ClaimKind::count || k.span.begin >= c.span.begin) continue;
        if (c.sentence > k.sentence + subgroup_reach) continue;
        if (!whole || k.span.begin > whole->span.begin) whole = &k;
      }
      if (whole && whole->scope == Scope::one_side && whole->side_role.empty()) {
        side = whole->side;
        how = "the count before them ('" + whole->text + "')";
      }
    }
    if (!side) return;
    c.scope = Scope::one_side;
    c.side = *side;
    note(c, "one side: ages of the people " + c.side + " got back (" + how + ")");
  }

  // "three women and 387 men", "33 military and 51 civilian Ukrainians": items of one list
  // cover the same part of the whole when one of them says which and the other says nothing.
  void list_scopes() const {
    const auto nouns = noun_sides();
    auto& claims = x.out.claims;
    for (int pass = 0; pass < 2; ++pass) {
      for (std::size_t i = 0; i + 1 < claims.size(); ++i) {
        Claim& a = claims[i];
        Claim& b = claims[i + 1];
        if (a.kind != ClaimKind::count || b.kind != ClaimKind::count || a.sentence != b.sentence) continue;
        const SentenceView& s = x.sentences[a.sentence];
        if (x.sites[i].end > x.sites[i + 1].begin) continue;
        const std::string between = lower(slice(s.text, x.sites[i].end, x.sites[i + 1].begin));
        if (between != " and " && between != ", ") continue;
        Claim& from = pass == 0 ? a : b;
        Claim& to = pass == 0 ? b : a;
        if (from.scope != Scope::one_side || to.scope != Scope::unspecified || to.running) continue;
        // "11 hostages and 400 Palestinian prisoners": a noun the article writes with another
        // side names the other half of an unlike swap, not more of the same side.
        if (const auto n = nouns.find(head_noun(to.text)); n != nouns.end() && n->second != from.side) continue;
        to.scope = from.scope;
        to.side = from.side;
        to.side_role = from.side_role;
        note(to, "one side: " + to.side + ", like '" + from.text + "' it is listed with");
      }
    }
    elided_continuations();
    dash_asides();
  }

  // "1,400 people -- 700 from each side": a dash opens an aside about the count before it;
  // the aside's markers are not that count's.
  static bool dash_between(std::string_view text) {
    return text.find(" -- ") != std::string_view::npos || text.find(" \u2014 ") != std::string_view::npos ||
           text.find(" \u2013 ") != std::string_view::npos || text.find("\u2014") != std::string_view::npos;
  }

  // "to swap 1,400 people -- 700 from each side": a count whose dash aside gives half of it
  // for each side is the total of both.
  void dash_asides() const {
    auto& claims = x.out.claims;
    for (std::size_t i = 0; i + 1 < claims.size(); ++i) {
      Claim& a = claims[i];
      const Claim& b = claims[i + 1];
      if (a.kind != ClaimKind::count || b.kind != ClaimKind::count || a.sentence != b.sentence) continue;
      if (b.scope != Scope::per_side || a.scope == Scope::total || x.sites[i].end > x.sites[i + 1].begin) continue;
      const std::string_view between = slice(x.sentences[a.sentence].text, x.sites[i].end, x.sites[i + 1].begin);
      if (!dash_between(between) || words_between(between, 0, between.size()) > 1) continue;
      if (std::get<CountValue>(a.value).value != 2 * std::get<CountValue>(b.value).value) continue;
      a.scope = Scope::total;
      a.side.clear();
      a.side_role.clear();
      note(a, "scope total: twice the per-side figure of its aside ('" + b.text + "')");
    }
  }

  // "each released 215 on Saturday, and 180 on Friday": a bare number joined by "and" to the
  // count before it, its noun and scope left out, counts the same way.
  void elided_continuations() const {
    auto& claims = x.out.claims;
    for (std::size_t i = 0; i + 1 < claims.size(); ++i) {
      const Claim& a = claims[i];
      Claim& b = claims[i + 1];
      if (a.kind != ClaimKind::count || b.kind != ClaimKind::count || a.sentence != b.sentence) continue;
      if (b.scope != Scope::unspecified || b.running || (a.scope != Scope::per_side && a.scope != Scope::total))
        continue;
      const bool bare = std::all_of(b.text.begin(), b.text.end(),
                                    [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) || ch == ','; });
      if (!bare || x.sites[i].end > x.sites[i + 1].begin) continue;
      const std::string between = lower(slice(x.sentences[a.sentence].text, x.sites[i].end, x.sites[i + 1].begin));
      const bool joined = between.size() >= 5 && between.compare(between.size() - 5, 5, " and ") == 0;
      if (!joined || words_between(between, 0, between.size()) > elided_words) continue;
      b.scope = a.scope;
      note(b, "scope " + std::string(to_string(a.scope)) + ", like '" + a.text + "' it continues");
    }
  }

  // "Ukraine brought home 150 soldiers ... six officers and 144 privates": a list
  // whose figures add up to a count of the article, all of its kind or a kind within it
  // (officers are military), breaks that count down; its items are parts, never compared
  // with the whole. A list with another kind in it ("100 soldiers and 80 civilians" against
  // "180 soldiers") is no breakdown of that count: the two disagree on what the 180 were.
  void breakdowns() const {
    auto& claims = x.out.claims;
    for (std::size_t i = 0; i + 1 < claims.size(); ++i) {
      std::vector<std::size_t> list{i};
      while (list.back() + 1 < claims.size()) {
        const std::size_t a = list.back(), b = a + 1;
        if (claims[b].kind != ClaimKind::count || claims[b].sentence != claims[a].sentence ||
            x.sites[a].end > x.sites[b].begin)
          break;
        const std::string between =
            lower(slice(x.sentences[claims[a].sentence].text, x.sites[a].end, x.sites[b].begin));
        if (between != " and " && between != ", " && between != ", and ") break;
        list.push_back(b);
      }
      if (claims[i].kind != ClaimKind::count || list.size() < 2) continue;
      double sum = 0;
      for (const std::size_t k : list) sum += std::get<CountValue>(claims[k].value).value;
      for (const std::size_t j : counts_of_value(sum)) {
        const Claim& whole = claims[j];
        if (std::find(list.begin(), list.end(), j) != list.end() || whole.qualifier != Qualifier::exact) continue;
        const bool all_within = std::all_of(list.begin(), list.end(), [&](std::size_t k) {
          return claims[k].property == whole.property || t.part_of(claims[k].property, whole.property);
        });
        if (!all_within) continue;
        for (const std::size_t k : list) {
          Claim& part = claims[k];
          // A place already keeps a part apart from its whole (and the parts pass reads it).
          if (part.property != whole.property || !part.location.empty()) continue;
          const std::size_t noun_at = part.text.find(' ');
          part.property +=
              "/" + (noun_at == std::string::npos ? std::string("part") : lower(part.text.substr(noun_at + 1)));
          note(part, "a part of '" + whole.text + "': the list it is in adds up to it");
        }
        break;
      }
      i = list.back();
    }
  }

  // The noun of a count as written, singular and lower case: "hostage" of "three Israeli
  // hostages"; "" when it ends in a number.
  static std::string head_noun(std::string_view text) {
    std::size_t end = text.size();
    while (end > 0 && !std::isalpha(static_cast<unsigned char>(text[end - 1]))) --end;
    std::size_t begin = end;
    while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
    std::string noun = lower(text.substr(begin, end - begin));
    if (noun.size() > 3 && noun.back() == 's') noun.pop_back();
    return noun;
  }

  // The side each noun is written with in this article ("Israeli hostages", "Palestinian
  // prisoners"). In a swap of unlike groups the noun alone then says whose people a bare "18
  // hostages" are; a noun written with two sides ("Ukrainian prisoners", "Russian prisoners")
  // says nothing.
  std::map<std::string, std::string> noun_sides() const {
    std::map<std::string, std::set<std::string>> seen;
    for (const Claim& c : x.out.claims) {
      if (c.kind != ClaimKind::count) continue;
      const auto named = t.demonyms.find(c.text);
      if (named.size() != 1) continue;
      if (const std::string noun = head_noun(c.text); !noun.empty()) seen[noun].insert(named.front().value);
    }
    std::map<std::string, std::string> out;
    for (const auto& [noun, sides] : seen)
      if (sides.size() == 1) out[noun] = *sides.begin();
    return out;
  }

  // A bare count of a noun the article only ever writes with one side counts that side's
  // people ("the militia freed four Israeli hostages ... the 11 hostages freed so far"). Not
  // a group every side has (count_any_side_dimensions): "three Israeli women" freed does not
  // make "The prisoners included 69 women" Israel's.
  void noun_side() const {
    const auto nouns = noun_sides();
    // Only an article whose nouns name both sides (an unlike swap) is read this way; one noun
    // for one side alone leaves it to the article's side.
    std::set<std::string> sides;
    for (const auto& [noun, side] : nouns) sides.insert(side);
    if (sides.size() < 2) return;
    for (Claim& c : x.out.claims) {
      if (c.kind != ClaimKind::count || !t.demonyms.find(c.text).empty()) continue;
      if (const auto group = t.part_values.find(base_property(c.property));
          group != t.part_values.end() && t.any_side_dimensions.count(group->second))
        continue;
      if (c.scope != Scope::unspecified && c.scope != Scope::cumulative &&
          !(c.scope == Scope::one_side && c.side_role.empty()))
        continue;
      const auto n = nouns.find(head_noun(c.text));
      if (n == nouns.end() || (c.scope == Scope::one_side && c.side == n->second)) continue;
      if (c.scope == Scope::cumulative) c.running = true;  // one side's running total
      c.scope = Scope::one_side;
      c.side = n->second;
      c.side_role.clear();
      note(c, "one side: " + c.side + ", whose people the article calls '" + n->first + "'");
    }
  }

  // "the Eaton Fire", "the Palisades Fire": an event word written with a capital after a
  // capitalised name names one event of its kind. When a page names two or more of one kind,
  // a count in a sentence that names one of them (and no place) is that event's part, compared
  // only with counts for the same name ("The Eaton Fire has destroyed 5,000 structures" is not
  // the 10,000 both fires destroyed).
  void named_events() const {
    struct Named {
      std::string type, name;
      std::size_t at;  // in its sentence
    };
    std::map<std::string, std::set<std::string>> names_of_type;
    std::map<std::size_t, std::vector<Named>> named_in;  // by sentence
    for (const SentenceView& s : x.sentences) {
      if (title_cased(s.text, t.title_lowercase)) continue;  // "Strong Aftershock Shakes Towns": a headline's capitals
      for (const std::size_t index : s.mentions) {
        const EventMention& e = x.out.events[index];
        const std::size_t p = e.local_begin;
        if (p < 2 || p >= s.text.size() || !is_upper(s.text[p]) || s.text[p - 1] != ' ') continue;
        std::size_t q = p - 1;
        while (q > 0 && s.text[q - 1] != ' ') --q;
        const std::string_view word = s.text.substr(q, p - 1 - q);
        if (word.empty() || !is_upper(word.front()) ||
            !std::all_of(word.begin() + 1, word.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }) ||
            opens_sentence(s.text, q))
          continue;  // "The Fire ..." opening a sentence, a headline's capitals
        // "Palisades and Eaton Fires": names given together, more than one event
        const std::string_view before = trim_view(s.text.substr(0, q));
        if (s.text[e.local_end - 1] == 's' || before.ends_with(" and") || before.ends_with(",") ||
            before.ends_with("&"))
          continue;
        const std::string name = std::string(word) + " " + std::string(s.text.substr(p, e.local_end - p));
        names_of_type[e.type].insert(name);
        named_in[s.index].push_back({e.type, name, q});
      }
    }
    for (std::size_t i = 0; i < x.out.claims.size(); ++i) {
      Claim& c = x.out.claims[i];
      if (c.kind != ClaimKind::count || !c.location.empty() || c.covers) continue;
      const auto named = named_in.find(c.sentence);
      if (named == named_in.end()) continue;
      // the names of the count's clause ("The Eaton Fire has destroyed 4,000, while the
      // Palisades Fire ..."), else of its sentence; one name, or none is taken
      const auto& bounds = x.sentences[c.sentence].bounds;
      std::set<std::pair<std::string, std::string>> in_clause, in_sentence;
      for (const Named& n : named->second) {
        in_sentence.insert({n.type, n.name});
        if (same_clause(bounds, n.at, x.sites[i].begin)) in_clause.insert({n.type, n.name});
      }
      auto names = in_clause.empty() ? in_sentence : in_clause;
      // two names in the count's clause ("13 deaths have been tied to the Norland Fire while
      // five others occurred in the Avon Fire"): the one a few words from the count, when
      // it is the only one that near
      if (names.size() > 1 && !in_clause.empty()) {
        constexpr int max_words_to_name = 6;
        const SentenceView& scan = x.sentences[c.sentence];
        std::set<std::pair<std::string, std::string>> near;
        for (const Named& n : named->second)
          if (same_clause(bounds, n.at, x.sites[i].begin) &&
              scan.words_between(std::min(n.at, x.sites[i].end), std::max(n.at, x.sites[i].end)) <= max_words_to_name)
            near.insert({n.type, n.name});
        names = near;
      }
      if (names.size() != 1) continue;
      const auto& [type, name] = *names.begin();
      if (names_of_type[type].size() < 2) continue;
      c.location = name;
      note(c, "counts only the " + name + ", one of the " + std::to_string(names_of_type[type].size()) + " " + type +
                  " events the page names");
    }
  }

  // "Another 42", "the remaining 9 captives", "9 other captives" in an undated sentence: a
  // group added to one told before, a part of the event's figure and never its whole; such
  // counts are not compared.
  void added_groups() const {
    std::set<std::size_t> dated;  // sentences with a date claim
    for (std::size_t j = 0; j < x.out.claims.size(); ++j) {
      const Claim& d = x.out.claims[j];
      // "..., the minister announced Saturday": the day of a statement, "As of Tuesday": the
      // moment of a running figure, neither the day of the figure; "this week": no one day of
      // a series; "hit at Monday's parade": the day of the event it names
      const std::string_view after =
          x.sentences[d.sentence].text.substr(std::min(x.sites[j].end, x.sentences[d.sentence].text.size()));
      if (t.possessive_at(after) > 0) continue;
      if (const auto* v = std::get_if<DateValue>(&d.value); v && d.property != "statement" && d.property != "as_of" &&
                                                            v->day_precision &&
                                                            (v->weekday || (v->lo.ok() && v->lo == v->hi)))
        dated.insert(d.sentence);
    }
    const FirstNamed places_named = first_named();
    const bool in_batches = std::any_of(x.sentences.begin(), x.sentences.end(), [&](const SentenceView& sv) {
      return std::any_of(sv.stages.begin(), sv.stages.end(),
                         [&](const grammars::StageMention& m) { return !t.batch_nouns.find(m.text).empty(); });
    });
    for (std::size_t i = 0; i < x.out.claims.size(); ++i) {
      Claim& c = x.out.claims[i];
      if (c.kind != ClaimKind::count || !c.not_event.empty()) continue;
      std::string how;
      for (const auto& m : t.additives.find(c.text))
        if (m.begin == 0) how = std::string(slice(c.text, m.begin, m.end));
      const bool prefix_additive = !how.empty();
      // "13 other hostages": the word right after the number; "5,000 more soldiers and 5,000
      // more police": after a bare number, the sentence's next word.
      // ("reached more than 5,200": the words after the number, not the qualifier before it)
      // ("A dozen more victims": after the whole number, not its first word)
      const std::string_view sentence = x.sentences[c.sentence].text;
      const auto number = t.counts.numbers().parse_qualified_at(sentence, x.sites[i].number_begin);
      const std::size_t space = number && number->end < sentence.size() && sentence[number->end] == ' '
                                    ? number->end
                                    : sentence.find(' ', x.sites[i].number_begin);
      const std::string_view after = space == std::string_view::npos || space >= x.sites[i].end
                                         ? trim_view(sentence.substr(std::min(x.sites[i].end, sentence.size())))
                                         : sentence.substr(space + 1);
      if (how.empty())
        for (const auto& m : t.additive_followers.find(after))
          if (m.begin == 0) how = std::string(slice(after, m.begin, m.end));
      if (how.empty() || rest_of_figure(i)) continue;
      // "190 more on Sunday": a dated sentence tells that day's figure of a series; but not in a
      // page that tells its event in batches ("12 more hostages on Monday" after "the first
      // batch of eight earlier in the day"), nor where its sentence makes it an increase
      // ("Another eight were added on Sunday, bringing it to 60")
      const bool increase = !x.sentences[c.sentence].phrases(t.increase_markers, x.sites[i].end).empty();
      // (a day's batch is of a swap's series; "the toll climbed on Saturday with 57 more deaths"
      // is what a toll grew by that day)
      const auto mention = i < x.out.claim_mention.size() ? x.out.claim_mention[i] : std::nullopt;
      const bool of_a_series = !mention || std::find(t.two_sided_types.begin(), t.two_sided_types.end(),
                                                     x.out.events[*mention].type) != t.two_sided_types.end();
      // ("Along with the journalist, eight other civilians were freed on Sunday": others than the person
      // named with them, count_companion_openers, are never the day's whole)
      const bool with_companion =
          !x.sentences[c.sentence].phrases(t.companion_openers, 0, x.sites[i].number_begin).empty();
      if (dated.count(c.sentence) > 0 && !in_batches && !increase && of_a_series && !with_companion) continue;
      // "Four died in Hill County. Another three died in Pike County": an addition that names
      // a place no figure before it named adds that place; it is all of that place's figure.
      if (!completes(how) && prefix_additive && new_place(i, places_named)) {
        note(c, "'" + how + "' adds a place no figure before it named: all of " + c.location + "'s figure");
        continue;
      }
      // "1,644 were killed. Another 2,376 were injured": added to the people the event struck,
      // not to a figure of its own kind told before; a whole of its own.
      // Only after a whole: after a part ("Two more students remain missing, and 20 others
      // were injured", "3 died in the capital; another 20 were hurt") it goes on with that part;
      // and not after what became of people counted ("70 wounded were brought to the facility,
      // of whom 52 had gunshot wounds. The other 18 were hurt in the crush": the rest of those admitted).
      if (const Claim* prev = count_before(i);
          prev && prev->property != c.property && prev->not_event.empty() && prev->location.empty() && !prev->part &&
          !t.status_properties.count(prev->property) && t.verb_properties.count(prev->property) &&
          t.verb_properties.count(c.property)) {
        note(c, "'" + how + "' after a count of " + prev->property + ": a whole " + c.property + " figure");
        continue;
      }
      c.not_event = "a group added to one told before ('" + how + "'): a part of the figure, not the whole";
      note(c, c.not_event);
      if (completes(how)) first_group(c);
    }
  }

  // "The mayor said the number of people injured has also increased. Fourteen people have
  // been injured": a sentence of no number announcing a rise (count_rise_announcements) makes
  // the first count of the next sentence of its paragraph, of a property it names, the risen
  // figure: of an hour the text does not give, as a tally's ("has risen to 11") is.
  void announced_rises() const {
    std::set<std::size_t> seen;  // sentences whose first count was looked at
    for (Claim& c : x.out.claims) {
      if (c.kind != ClaimKind::count || !seen.insert(c.sentence).second || c.rising || c.sentence == 0 ||
          x.paragraph_start(c.sentence) == c.sentence)
        continue;
      const SentenceView& before = x.sentences[c.sentence - 1];
      if (before.skipped || has_digit(before.text)) continue;
      const auto announced = before.phrases(t.rise_announcements);
      if (announced.empty()) continue;
      const std::string base = base_property(c.property);
      const auto named = before.phrases(t.properties, 0, announced.front().begin);
      if (std::none_of(named.begin(), named.end(), [&](const auto& p) { return p.value == base; })) continue;
      c.rising = true;
      note(c, "the risen figure the sentence before announces ('" +
                  std::string(
                      before.text.substr(announced.front().begin, announced.front().end - announced.front().begin)) +
                  "'): of an hour the text does not give");
    }
  }

  // "The number killed has risen to 58 and over 900 have been injured": a count joined by a
  // conjunction alone to a risen figure right before it is of the same update, risen too.
  void coordinated_rises() const {
    for (std::size_t i = 1; i < x.out.claims.size(); ++i) {
      Claim& c = x.out.claims[i];
      const Claim& prev = x.out.claims[i - 1];
      if (c.kind != ClaimKind::count || prev.kind != ClaimKind::count || c.rising || !prev.rising ||
          prev.sentence != c.sentence || x.sites[i - 1].end > x.sites[i].begin)
        continue;
      std::string_view between =
          trim_view(x.sentences[c.sentence].text.substr(x.sites[i - 1].end, x.sites[i].begin - x.sites[i - 1].end));
      if (between.starts_with(",")) between = trim_view(between.substr(1));
      if (!t.conjunctions.contains(lower(between))) continue;
      c.rising = true;
      note(c, "joined to the risen figure before it ('" + std::string(between) + "'): risen too");
    }
  }

  // "a group of 12 prisoners Norland and its ally freed in exchange for six Avonians": a count
  // of no scope and no side whose clause goes on with count_rate_exchanges and another figure is
  // one side's, the side not said (compared only with other such figures, never with a total).
  void traded_for_figures() const {
    constexpr int max_words_to_link = 8;
    for (std::size_t i = 0; i < x.out.claims.size(); ++i) {
      Claim& c = x.out.claims[i];
      if (c.kind != ClaimKind::count || !c.not_event.empty() || c.scope != Scope::unspecified || !c.side.empty())
        continue;
      const SentenceView& s = x.sentences[c.sentence];
      const std::size_t end = x.sites[i].end;
      for (const auto& link : s.phrases(t.rate_exchanges, end)) {
        const std::size_t at = end + link.begin;
        if (s.words_between(end, at) > max_words_to_link || !same_clause(s.bounds, end, at)) break;
        std::size_t next = end + link.end;
        while (next < s.text.size() && s.text[next] == ' ') ++next;
        const auto number = t.counts.numbers().parse_qualified_at(s.text, next);
        if (!number) break;
        set_scope(c, Scope::one_side);
        note(c, "one side's figure of a swap, traded for another ('" +
                    std::string(s.text.substr(at, number->end - at)) +
                    "'), the side not said: compared only with such figures");
        break;
      }
    }
  }

  // "a three-day process that began on Friday, freeing over 700 prisoners": a count of no scope in
  // a sentence that gives an event's length in days and one day of it (its start or its end) is
  // that day's figure or the whole's; unsure, it is not compared.
  void window_day_figures() const {
    constexpr double min_days = 2, max_days = 14;
    for (Claim& c : x.out.claims) {
      if (c.kind != ClaimKind::count || !c.not_event.empty() || c.scope != Scope::unspecified || c.running || c.part)
        continue;
      const SentenceView& s = x.sentences[c.sentence];
      const auto span = std::find_if(s.durations.begin(), s.durations.end(), [&](const grammars::DurationMention& d) {
        return d.unit == "day" && d.amount >= min_days && d.amount <= max_days && !d.since_year &&
               d.since_event.empty();
      });
      const auto day = std::find_if(s.dates.begin(), s.dates.end(), [](const grammars::DateMention& d) {
        return d.precision == grammars::DatePrecision::day && !d.end_day && (d.weekday || d.day);
      });
      if (span == s.durations.end() || day == s.dates.end()) continue;
      c.not_event = "told with an event's length ('" + std::string(slice(s.text, span->begin, span->end)) +
                    "') and one day of it ('" + day->text + "'): that day's figure or the whole's, unsure";
      note(c, c.not_event);
    }
  }

  // "Twelve pupils died at the school while one more died on the way to hospital": after the
  // count, a link (count_parallel_links), an added number with a follower ("one more", "two
  // others") or an additive ("another"), and within two words a verb of the count's own
  // property. The count is a part of a figure its sentence adds to, never the whole. (A lone
  // "one" is no count of its own, so the addition may have no claim; a rising figure, "rose
  // to 12 as two more died", already holds what is added.)
  void parallel_additions() const {
    constexpr int max_words_to_link = 6;
    // where each sentence's last date claim begins (npos: none)
    std::vector<std::size_t> last_date(x.sentences.size(), std::string_view::npos);
    for (std::size_t j = 0; j < x.out.claims.size(); ++j)
      if (x.out.claims[j].kind == ClaimKind::date) {
        std::size_t& at = last_date[x.out.claims[j].sentence];
        at = at == std::string_view::npos ? x.sites[j].begin : std::max(at, x.sites[j].begin);
      }
    for (std::size_t i = 0; i < x.out.claims.size(); ++i) {
      Claim& c = x.out.claims[i];
      if (c.kind != ClaimKind::count || !c.not_event.empty() || c.rising || c.running || c.scope == Scope::cumulative)
        continue;
      const SentenceView& scan = x.sentences[c.sentence];
      const std::string_view s = scan.text;
      const std::size_t end = x.sites[i].end;
      if (!scan.phrases(t.increase_markers, 0).empty()) continue;
      for (const auto& link : scan.phrases(t.parallel_links, end)) {
        if (scan.words_between(end, end + link.begin) > max_words_to_link) break;  // (links come in order)
        std::size_t next = end + link.end;
        if (next >= s.size() || s[next] != ' ') continue;
        ++next;
        std::size_t added = next;
        if (const auto number = t.counts.numbers().parse_qualified_at(s, next);
            number && number->end < s.size() && s[number->end] == ' ') {
          const auto followers = t.additive_followers.find(s.substr(number->end + 1));
          if (followers.empty() || followers.front().begin != 0) continue;
          added = number->end + 1 + followers.front().end;
        } else if (const auto additives = t.additives.find(s.substr(next));
                   !additives.empty() && additives.front().begin == 0) {
          added = next + additives.front().end;
        } else {
          continue;
        }
        const std::string base = base_property(c.property);
        const auto verbs = scan.phrases(t.properties, added);
        if (verbs.empty() || scan.words_between(added, added + verbs.front().begin) > 2 || verbs.front().value != base)
          continue;
        // ("and another 12 were freed later": the whole of its time, then more)
        const std::size_t link_at = end + link.begin;
        if (!scan.phrases(t.parallel_later, added).empty() ||
            (last_date[c.sentence] != std::string_view::npos && last_date[c.sentence] >= link_at))
          break;
        c.not_event = "a part of a figure its sentence adds to ('" +
                      std::string(trim_view(s.substr(next, added - next))) + "'): not the whole";
        note(c, c.not_event);
        break;
      }
    }
  }

  // "The bodies of 68 were found in the county, and 10 other deaths were reported in other
  // parts of the state", "15 other fatalities outside Kerr County": an added count whose
  // clause puts it everywhere else is the rest of the figure before it (the nearest count of
  // the sentence or the one before that is not a group of another). The two make the whole:
  // the rest is a place part ("outside Kerr County", else outside the first figure) that
  // remembers the figure it completes. Whether it was one.
  bool rest_of_figure(std::size_t i) const {
    Claim& c = x.out.claims[i];
    const SentenceView& scan = x.sentences[c.sentence];
    const std::size_t end = x.sites[i].end;
    for (const auto& p : scan.phrases(t.complement_places, end)) {
      const std::size_t at = end + p.begin;
      if (!same_clause(scan.bounds, end, at) || scan.words_between(end, at) > complement_window) continue;
      const Claim* first = nullptr;
      for (std::size_t j = 0; j < i; ++j) {
        const Claim& k = x.out.claims[j];
        // ("Four children and the driver were rescued, while eight more people were killed
        // elsewhere": a bare group says who, not a figure the rest completes)
        if (k.kind == ClaimKind::count && k.sentence + 1 >= c.sentence && k.span.end <= c.span.begin &&
            (!k.part || k.part->dimension == "place") && k.property.find('/') == std::string::npos &&
            k.not_event.empty() && !t.part_values.contains(k.property))
          first = &k;
      }
      if (first == nullptr) return false;
      const std::string_view words = slice(scan.text, at, end + p.end);
      std::string place;
      // "outside Kerr County"; "outside the agreed lists" is no place
      if (words.starts_with("outside") || words.starts_with("beyond")) {
        if (const std::size_t name = end + p.end + 1; name < scan.text.size()) place = name_at(t, scan.text, name);
        if (place.empty()) continue;
      }
      if (place.empty()) place = first->location;
      // "the bodies of 68 ... and 10 other deaths elsewhere": the rest of a figure told at no
      // place is named by that figure
      const std::string value = place.empty() ? "beyond '" + first->text + "'" : "outside " + place;
      // "including 28 children, and 10 other deaths ...": the rest is no group of the list
      // before it but deaths of its own
      if (const std::size_t slash = c.property.rfind('/'); slash != std::string::npos)
        c.property = c.property.substr(slash + 1);
      c.part = CountPart{"place", value, c.property};
      c.completes = first->begin;
      note(c, "the rest of '" + first->text + "' ('" + std::string(words) + "'): a part: place " + value +
                  "; the two are the whole");
      return true;
    }
    return false;
  }

  // The count nearest before claim i in its sentence or the one before, else null.
  const Claim* count_before(std::size_t i) const {
    const Claim& c = x.out.claims[i];
    const Claim* found = nullptr;
    for (std::size_t j = 0; j < i; ++j) {
      const Claim& k = x.out.claims[j];
      if (k.kind == ClaimKind::count && k.sentence + 1 >= c.sentence && k.sentence <= c.sentence &&
          (k.sentence < c.sentence || k.span.end <= c.span.begin))
        found = &k;
    }
    return found;
  }

  // "Three of the dead were hikers. All three fatalities were caused by falling rocks": a count
  // after a restating opener ("all") that no figure of the page has the value of, whose number
  // the sentences before it write or that follows a larger figure of its kind, restates a group
  // the grammar did not read; what it is a part of is not known, so it is not compared.
  void restated_groups() const {
    // per value, how many counts of the page have it; per kind, the largest figure so far
    PageFigures figures;
    // another count has the value when one of its kind has it, or any before it ("The two dead
    // ... Two bodies found on Friday were identified": the bodies are the two again, no toll)
    std::map<std::pair<std::string, double>, std::size_t> of_kind;
    std::map<double, std::size_t> first_with;
    for (std::size_t i = 0; i < x.out.claims.size(); ++i)
      if (const Claim& k = x.out.claims[i]; k.kind == ClaimKind::count) {
        const double value = std::get<CountValue>(k.value).value;
        ++of_kind[{base_property(k.property), value}];
        first_with.try_emplace(value, i);
      }
    for (std::size_t i = 0; i < x.out.claims.size(); ++i) {
      Claim& c = x.out.claims[i];
      if (c.kind != ClaimKind::count) continue;
      const double value = std::get<CountValue>(c.value).value;
      const std::string base = base_property(c.property);
      if (c.not_event.empty()) {
        const SentenceView& s = x.sentences[c.sentence];
        const std::size_t number = x.sites[i].number_begin;
        const bool told = of_kind[{base, value}] > 1 || first_with[value] < i;
        // "... death toll reaches 52 ... all three victims were in the same bed": after a larger
        // figure of its kind, a group of it
        const double largest_before = figures.largest_before(base, i);
        const bool larger_before = largest_before > value;
        // "Three people died in Tarn ... one of the three dead was a child": the whole of a share
        // with the value of a part the page told before is that part again, not the whole
        if (const Claim* part =
                whole_of_a_share(t, s.text, x.sites[i].begin) ? part_told_before(i, base, value) : nullptr) {
          c.not_event = "'" + c.text + "', the whole of a share, has the value of a part told before ('" + part->text +
                        "'" + (part->location.empty() ? "" : " in " + std::string(part->location)) +
                        "): that part again, not the whole";
          note(c, c.not_event);
          continue;
        }
        if (const std::string opener = opener_before(s, t.restating_openers, number);
            !opener.empty() && !told && (written_before(c) || larger_before)) {
          c.not_event =
              "'" + opener + " " + c.text + "' restates a group told before that no figure of the page counts";
          note(c, c.not_event);
        } else if (const std::string first = sentence_opener(s, number); opener.empty() && !first.empty() && !told &&
                                                                         larger_before &&
                                                                         !written_before(c, restating_page_sentences)) {
          // "The three victims, found downstream, were named by police": a group of a
          // larger figure that the page never wrote before
          c.not_event = "'" + first + " " + c.text + "' opens its sentence as a group of a larger figure (" +
                        format_count(largest_before) + ") that no other figure of the page counts";
          note(c, c.not_event);
        }
      }
      if (c.not_event.empty()) figures.add(base, i, value);
    }
  }

  // The count of a place or part before claim i, in the page's last restating_page_sentences
  // sentences, with its base property and value; else null.
  const Claim* part_told_before(std::size_t i, const std::string& base, double value) const {
    const std::size_t sentence = x.out.claims[i].sentence;
    for (std::size_t j = i; j-- > 0;) {
      const Claim& k = x.out.claims[j];
      if (k.sentence + restating_page_sentences < sentence) break;
      if (k.kind == ClaimKind::count && (!k.location.empty() || k.part) && base_property(k.property) == base &&
          std::get<CountValue>(k.value).value == value)
        return &k;
    }
    return nullptr;
  }

  // How far back "The two victims" looks for its number: the page's sentences, bounded so that a
  // dump of such sentences stays linear.
  static constexpr std::size_t restating_page_sentences = 40;

  // The phrase of count_restating_sentence_openers that opens sentence `s` right before the
  // number at `number` ("The" of "The two victims"), else "".
  std::string sentence_opener(const SentenceView& s, std::size_t number) const {
    const std::string first = opener_before(s, t.restating_sentence_openers, number);
    std::size_t at = number;
    while (at > 0 && is_space(s.text[at - 1])) --at;
    return !first.empty() && at >= first.size() && opens_sentence(s.text, at - first.size()) ? first : "";
  }

  // The phrase of `openers` right before the number at `number` ("all" of "all three"), else "".
  static std::string opener_before(const SentenceView& s, const grammars::PhraseMatcher& openers, std::size_t number) {
    std::string opener;
    for (const auto& p : s.phrases(openers, 0, number))
      if (trim_view(s.text.substr(p.end, number - p.end)).empty()) opener = std::string(slice(s.text, p.begin, p.end));
    return opener;
  }

  // "..., raising an earlier toll after two victims had died", "reached 91 after two people
  // succumbed": a smaller count of a figure's kind right after a rise opener, in a sentence
  // whose figure before it rose, is what the toll rose by, not the toll; it is not compared.
  void rise_causes() const {
    for (std::size_t i = 0; i < x.out.claims.size(); ++i) {
      Claim& c = x.out.claims[i];
      if (c.kind != ClaimKind::count || !c.not_event.empty() || i == 0) continue;
      const SentenceView& s = x.sentences[c.sentence];
      const std::size_t number = x.sites[i].number_begin;
      const std::string opener = opener_before(s, t.rise_openers, number);
      // "reached 104, with 28 children": after "with" a group of the toll is its part
      if (opener.empty() || (!t.rise_group_openers.find(opener).empty() && c.property.find('/') != std::string::npos))
        continue;
      const double value = std::get<CountValue>(c.value).value;
      for (std::size_t j = i; j-- > 0;) {
        const Claim& toll = x.out.claims[j];
        if (toll.sentence != c.sentence) break;
        if (toll.kind != ClaimKind::count || !toll.not_event.empty() ||
            base_property(toll.property) != base_property(c.property) ||
            std::get<CountValue>(toll.value).value <= value)
          continue;
        if (!toll.rising && s.phrases(t.increase_markers, x.sites[j].begin, number).empty()) continue;
        c.not_event = "what the toll rose by ('" + opener + " " + c.text + "' after '" + toll.text + "'), not the toll";
        note(c, c.not_event);
        break;
      }
    }
  }

  // Whether the number a count opens with ("three" of "three fatalities") is written in one of
  // the `sentences` sentences before it: "All 72 people on board" telling the figure first is no
  // restatement.
  bool written_before(const Claim& c, std::size_t sentences = 3) const {
    const std::size_t space = c.text.find(' ');
    const std::string number = lower(c.text.substr(0, space));
    for (std::size_t back = 1; back <= sentences && back <= c.sentence; ++back) {
      const std::string text = lower(x.sentences[c.sentence - back].text);
      // a number of its own, not a piece of a label or a longer number ("ATR 72-500", "1,072")
      const auto digit = [&](std::size_t k) {
        return k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]));
      };
      // the byte at `k` joins the number: a letter, a digit, a hyphen, or a separator before a digit
      const auto joins = [&](std::size_t k, std::size_t digit_at) {
        const char ch = text[k];
        return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' ||
               ((ch == ',' || ch == '.') && digit(digit_at));
      };
      for (auto at = text.find(number); at != std::string::npos; at = text.find(number, at + 1)) {
        const std::size_t end = at + number.size();
        if ((at == 0 || !joins(at - 1, at - 1 == 0 ? text.size() : at - 2)) &&
            (end == text.size() || !joins(end, end + 1)))
          return true;
      }
    }
    return false;
  }

  // Whether count `i` names a place by its name that no count of its kind before it named, and
  // its sentence does not make it an increase of a total ("..., bringing the toll to 30").
  // `first_named`: (place, property before any '/') -> the first count that names it.
  using FirstNamed = std::map<std::pair<std::string, std::string>, std::size_t>;
  FirstNamed first_named() const {
    FirstNamed first;
    for (std::size_t j = 0; j < x.out.claims.size(); ++j)
      if (const Claim& k = x.out.claims[j]; k.kind == ClaimKind::count)
        first.emplace(std::pair{k.location, base_property(k.property)}, j);
    return first;
  }
  bool new_place(std::size_t i, const FirstNamed& first) const {
    const Claim& c = x.out.claims[i];
    if (c.location.empty() || !std::isupper(static_cast<unsigned char>(c.location.front()))) return false;
    // "another two died at Tarn Hospital and Avon Hospital": places named together are where
    // the added people were, not a place whose whole figure they are
    if (c.covers) return false;
    if (!x.sentences[c.sentence].phrases(t.increase_markers, x.sites[i].end).empty()) return false;
    const auto named = first.find({c.location, base_property(c.property)});
    return named == first.end() || named->second >= i;
  }

  // Whether an additive completes the group told before it ("the remaining"), rather than
  // only adding to it.
  bool completes(const std::string& how) const {
    for (const auto& m : t.completing_additives.find(how))
      if (m.begin == 0 && m.end == how.size()) return true;
    return false;
  }

  // "7 were freed, and then the remaining 13": the nearest count of the same property before
  // the completing one in its sentence is the first group, a part of the figure as well.
  void first_group(const Claim& rest) const {
    Claim* first = nullptr;
    for (Claim& k : x.out.claims)
      if (k.kind == ClaimKind::count && k.sentence == rest.sentence && k.span.end <= rest.span.begin &&
          k.property == rest.property)
        first = &k;
    if (first == nullptr || !first->not_event.empty()) return;
    first->not_event = "the first group of a figure that '" + rest.text + "' completes: a part, not the whole";
    note(*first, first->not_event);
  }

  // "In the morning five deaths were reported, but in the afternoon that figure rose to 163": a
  // count its sentence sets against a rise (a contrast word of count_contrast_words, then a
  // word of count_increase_markers right before a number, within a few words) is the figure
  // the rise left behind, an earlier one; never compared.
  void risen_after_contrast() const {
    constexpr int max_words_to_rise = 8;
    for (std::size_t i = 0; i < x.out.claims.size(); ++i) {
      Claim& c = x.out.claims[i];
      if (c.kind != ClaimKind::count || !c.not_event.empty()) continue;
      const SentenceView& scan = x.sentences[c.sentence];
      const std::size_t end = x.sites[i].end;
      const auto contrasts = scan.phrases(t.contrast_words, end);
      if (contrasts.empty()) continue;
      const std::size_t from = end + contrasts.front().end;
      for (const auto& rise : scan.phrases(t.increase_markers, from)) {
        const std::size_t at = from + rise.end;
        if (scan.words_between(from, at) > max_words_to_rise) break;
        std::size_t number = at;
        while (number < scan.text.size() && scan.text[number] == ' ') ++number;
        if (!t.counts.numbers().parse_qualified_at(scan.text, number)) continue;
        c.not_event = "an earlier figure: its sentence goes on to say it rose ('" +
                      std::string(scan.text.substr(from + rise.begin, rise.end - rise.begin)) + "')";
        note(c, c.not_event);
        break;
      }
    }
  }

  // "189 people died due to floods and mudslides, 54 in house collapses and 39 in basements": a
  // count told with a cause or setting of its own (a word of count_breakdown_links before the
  // comma: "died due to floods") whose clause goes on, after a comma, with a bare number, such a
  // word and a lower-case word (no article: "54 in the capital" is a place) heads a breakdown of
  // a figure: a part of it, never its whole. ("217 dead, 213 in the province and three in Tarn"
  // is the whole its parts follow; "60 remain hospitalized, four in serious condition" a group.)
  void breakdown_heads() const {
    constexpr int max_words_to_comma = 6;
    for (std::size_t i = 0; i < x.out.claims.size(); ++i) {
      Claim& c = x.out.claims[i];
      if (c.kind != ClaimKind::count || !c.not_event.empty() || !c.location.empty() || c.part) continue;
      const std::string_view s = x.sentences[c.sentence].text;
      const std::size_t end = x.sites[i].end;
      const std::size_t comma = s.find(", ", end);
      if (comma == std::string_view::npos || words_between(s, end, comma) > max_words_to_comma ||
          has_digit(s.substr(end, comma - end)) || t.breakdown_links.find(s.substr(end, comma - end)).empty())
        continue;
      const auto number = t.counts.numbers().parse_qualified_at(s, comma + 2);
      if (!number) continue;
      if (number->end + 1 >= s.size() || s[number->end] != ' ') continue;
      const std::string_view rest = s.substr(number->end + 1);
      const auto links = t.breakdown_links.find(leading_words(rest));
      if (links.empty() || links.front().begin != 0 || links.front().end + 1 >= rest.size() ||
          rest[links.front().end] != ' ')
        continue;
      const std::string_view after = rest.substr(links.front().end + 1);
      const std::string_view word = after.substr(0, after.find(' '));
      if (std::islower(static_cast<unsigned char>(word.front())) == 0 || t.articles.contains(lower(word))) continue;
      c.not_event = "the head of a breakdown ('" + std::string(s.substr(comma + 2, number->end - comma - 2)) + " " +
                    std::string(rest.substr(0, links.front().end)) +
                    " ...' follows): a part of a figure, not the whole";
      note(c, c.not_event);
    }
  }

  // "two bus convoys, with 163 prisoners in each": a count right before a word of
  // count_per_unit_markers is what one of several vehicles or groups held, no event's figure.
  void per_unit_figures() const {
    for (std::size_t i = 0; i < x.out.claims.size(); ++i) {
      Claim& c = x.out.claims[i];
      if (c.kind != ClaimKind::count || !c.not_event.empty()) continue;
      const SentenceView& scan = x.sentences[c.sentence];
      const auto unit = scan.phrases(t.per_unit_markers, x.sites[i].end);
      if (unit.empty() || unit.front().begin > 1) continue;
      c.not_event =
          "a figure per unit ('" +
          std::string(scan.text.substr(x.sites[i].end + unit.front().begin, unit.front().end - unit.front().begin)) +
          "'): what one of several held, no event's figure";
      note(c, c.not_event);
    }
  }

  // "more than 31,000 dead and missing", "31 mil fallecidos y desaparecidos": two figures told as
  // one (categories of count_categories that are both figures of events.yaml count_properties,
  // joined by a conjunction) are neither's figure; never compared.
  void combined_figures() const {
    for (Claim& c : x.out.claims) {
      if (c.kind != ClaimKind::count || !c.not_event.empty()) continue;
      const auto groups = t.people_groups.find(c.text);
      for (std::size_t a = 0; a + 1 < groups.size(); ++a) {
        const auto& first = groups[a];
        const auto& second = groups[a + 1];
        if (first.value == second.value || !t.verb_properties.count(first.value) ||
            !t.verb_properties.count(second.value) ||
            !t.has_conjunction(std::string_view(c.text).substr(first.end, second.begin - first.end + 1)))
          continue;
        c.not_event = "'" + std::string(std::string_view(c.text).substr(first.begin, second.end - first.begin)) +
                      "' told as one figure: neither's, never compared";
        note(c, c.not_event);
        break;
      }
    }
  }

  // "Under the deal, 420 prisoners would be released this week and 580 more in two months": a
  // deal's terms told in batches; a deal's figure followed in its clause by a conjunction, a
  // number and an additive (count_additive_followers) is its first batch, a part of the deal's
  // figure, never the whole it provides for.
  void first_terms_of_deals() const {
    for (std::size_t j = 0; j < x.out.claims.size() && j < x.out.claim_mention.size(); ++j) {
      Claim& k = x.out.claims[j];
      const std::optional<std::size_t> mention = x.out.claim_mention[j];
      if (k.kind != ClaimKind::count || !k.not_event.empty() || !mention.has_value() ||
          x.out.events[*mention].type != "agreement")
        continue;
      const SentenceView& scan = x.sentences[k.sentence];
      const std::string_view s = scan.text;
      for (const std::string& joint : t.conjunction_joints) {
        const std::size_t at = s.find(joint, x.sites[j].end);
        if (at == std::string_view::npos || !same_clause(scan.bounds, x.sites[j].end, at + 1)) continue;
        const auto number = t.counts.numbers().parse_qualified_at(s, at + joint.size());
        if (!number || number->end + 1 >= s.size() || s[number->end] != ' ') continue;
        const auto additive = t.additive_followers.find(leading_words(s.substr(number->end + 1)));
        if (additive.empty() || additive.front().begin != 0) continue;
        k.not_event = "a deal's first batch: '" +
                      std::string(s.substr(at + 1, number->end + 1 + additive.front().end - at - 1)) +
                      "' adds to it, so it is a part of the deal's figure";
        note(k, k.not_event);
        break;
      }
    }
  }

  // An article that counts the people one side got back ("Ukraine returned 84 people"), and
  // only that side, speaks of that side's people when it says "10 officers have been rescued
  // from captivity" or "the oldest was 74": such counts and ages take the side.
  void document_side() const {
    const auto nouns = noun_sides();
    std::map<std::string, int> sides;
    for (const Claim& c : x.out.claims)
      if (c.kind == ClaimKind::count && c.scope == Scope::one_side && c.side_role.empty()) ++sides[c.side];
    // The article's side: the only one whose returnees it counts, or one counted three times
    // as often as any other ("Ukraine returned 215 ... 150 ... two women"; "70 handed over
    // to Russia").
    std::string side;
    int most = 0, rest = 0;
    for (const auto& [name, n] : sides) {
      if (n > most) {
        rest += most;
        most = n;
        side = name;
      } else {
        rest += n;
      }
    }
    if (side.empty() || (rest > 0 && most < 3 * rest) || (rest > 0 && most < 3)) return;
    // Only in a swap between sides the lexicon knows: a page that names no other side (the
    // United States and its allies against Russia, where only Russia is a side) may count
    // any party's people.
    if (!names_another_side(side)) return;
    // The loop below only gives one side to counts without one: these stay as they are.
    TwoSided both;
    for (const Claim& k : x.out.claims) {
      if (k.kind != ClaimKind::count || (k.scope != Scope::per_side && k.scope != Scope::total)) continue;
      both.sentences.insert(k.sentence);
      both.values.insert(std::get<CountValue>(k.value).value);
    }
    for (std::size_t i = 0; i < x.out.claims.size(); ++i) {
      Claim& c = x.out.claims[i];
      if (c.scope != Scope::unspecified && c.scope != Scope::cumulative) continue;
      const bool age = c.kind == ClaimKind::measure && c.property.rfind("age_", 0) == 0;
      if (!age && !(c.kind == ClaimKind::count && (comes_home(i) || (!two_sided_near(c, both) && of_a_swap(i)))))
        continue;
      // The same figure given for both sides elsewhere ("250 POWs come home" and "250
      // prisoners in total"): not one side's.
      if (!age && both.values.count(std::get<CountValue>(c.value).value) > 0) continue;
      if (const auto n = nouns.find(head_noun(c.text)); n != nouns.end() && n->second != side) continue;
      if (!nationality_in(t, c.text).empty()) continue;  // "four Thai hostages": not the side's people
      if (held_by_side(i, side)) continue;
      if (between_sides(c.sentence) || of_both_sides.count(c.span.begin.value)) continue;
      if (!age && of_several_parties(i)) continue;
      if (part_of_other_sides_people(i, side) || traded_for(i)) continue;
      c.scope = Scope::one_side;
      c.side = side;
      note(c, "one side: " + side + ", the only side whose returnees the article counts");
    }
  }

  // "60 hostages held by Hamas": a count whose people a side holds (count_captor_links right
  // after it, then a side's subject or demonym within two words) are that side's captives, never
  // its people.
  bool held_by_side(std::size_t i, const std::string& side) const {
    constexpr int max_words_to_captor = 2;
    const SentenceView& s = x.sentences[x.out.claims[i].sentence];
    const std::size_t end = x.sites[i].end;
    const auto links = s.phrases(t.captor_links, end);
    if (links.empty() || s.words_between(end, end + links.front().begin) != 0) return false;
    const std::size_t from = end + links.front().end;
    for (const auto* names : {&t.side_subjects, &t.demonyms})
      for (const auto& n : s.phrases(*names, from))
        if (s.words_between(from, from + n.begin) <= max_words_to_captor && n.value == side) return true;
    return false;
  }

  // "Three Norland hostages were freed in exchange for 240 prisoners": what a side's people
  // were traded for (count_rate_exchanges right before the count) are the other side's.
  bool traded_for(std::size_t i) const {
    const SentenceView& s = x.sentences[x.out.claims[i].sentence];
    const std::size_t begin = x.sites[i].begin;
    for (const auto& link : s.phrases(t.rate_exchanges, 0, begin))
      if (link.end <= begin && s.words_between(link.end, begin) == 0) return true;
    return false;
  }

  // "The freed Israelis included nine women": a count named, after a copula or an inclusion
  // verb (count_subset_copulas, count_inclusion_verbs), as a part of another side's people.
  bool part_of_other_sides_people(std::size_t i, const std::string& side) const {
    const Claim& c = x.out.claims[i];
    const SentenceView& s = x.sentences[c.sentence];
    const ClaimSite& at = x.sites[i];
    constexpr int max_words_to_count = 8;  // "... included nine women and four children"
    for (const auto& d : s.phrases(t.demonyms, 0, at.begin)) {
      if (d.value == side || !same_clause(s.bounds, d.end, at.begin) ||
          s.words_between(d.end, at.begin) > max_words_to_count)
        continue;
      const std::string_view between = trim(slice(s.text, d.end, at.begin));
      const std::string verb = lower(between.substr(0, between.find(' ')));
      if (t.subset_copulas.contains(verb) || t.inclusion_verbs.contains(verb)) return true;
    }
    return false;
  }

  // "the largest exchange between Russia and the West took place, with 24 people freed": a
  // sentence about the swap between a side and another speaks of both sides' people (not "a
  // ceasefire between Israel and Hamas": the truce is no swap).
  bool names_another_side(const std::string& side) const {
    for (const SentenceView& s : x.sentences) {
      if (s.skipped) continue;
      for (const auto* names : {&t.demonyms, &t.side_subjects})
        for (const auto& d : s.phrases(*names))
          if (d.value != side) return true;
    }
    return false;
  }

  // "24 prisoners, 16 held by Russia ... and eight Russians jailed in the West", "26 individuals,
  // including ..., from Russia, Belarus and five Western countries": a figure broken down right
  // after it, or told as coming from several parties, is everyone's, not the page's side's.
  bool of_several_parties(std::size_t i) const {
    const Claim& c = x.out.claims[i];
    const std::string_view s = x.sentences[c.sentence].text;
    const std::size_t end = std::min(x.sites[i].end, s.size());
    // a smaller figure right after a comma or colon: its first part (not the next item of a
    // list: "18 prisoners serving life sentences, 54 prisoners serving ...")
    const double value = std::get<CountValue>(c.value).value;
    const std::string_view after = s.substr(end);
    if ((after.starts_with(", ") || after.starts_with(": ")) && after.size() > 2 &&
        std::isdigit(static_cast<unsigned char>(after[2])))
      if (const auto next = t.counts_for(x.doc).numbers().parse_at(after, 2); next && next->value < value) return true;
    const std::size_t stop = std::min(s.find_first_of(".;", end), s.size());
    const std::size_t from = s.substr(0, stop).find(" from ", end);
    if (from == std::string_view::npos) return false;
    // names: every word before the first comma capitalised, and the next item too ("from
    // Russia's captivity, including soldiers and civilians" lists no parties)
    const std::string_view listed = s.substr(from + 6, stop - from - 6);
    const std::size_t comma = listed.find(", ");
    const std::size_t and_ = listed.find(" and ");
    if (comma == std::string_view::npos || and_ == std::string_view::npos || comma > and_ ||
        words_between(listed, 0, and_) > max_party_list_words || comma + 2 >= listed.size() ||
        !is_upper(listed[comma + 2]))
      return false;
    for (std::size_t w = 0; w < comma; w = listed.find(' ', w) + 1) {
      if (!is_upper(listed[w])) return false;
      if (listed.find(' ', w) == std::string_view::npos || listed.find(' ', w) > comma) break;
    }
    return true;
  }

  bool between_sides(std::size_t sentence) const {
    const SentenceView& s = x.sentences[sentence];
    for (std::size_t at = s.text.find("between "); at != std::string_view::npos; at = s.text.find("between ", at + 1)) {
      const bool of_a_swap = std::any_of(x.out.events.begin(), x.out.events.end(), [&](const EventMention& m) {
        return m.sentence == sentence && m.local_end <= at && s.words_between(m.local_end, at) == 0 &&
               std::find(t.two_sided_types.begin(), t.two_sided_types.end(), m.type) != t.two_sided_types.end() &&
               m.type != "agreement";
      });
      if (!of_a_swap) continue;
      for (const auto& m : s.phrases(t.side_subjects, at + 8))
        if (m.begin == 0) return true;
    }
    return false;
  }

  // The counts of an article given for both sides (per side or in total): their sentences
  // and their figures.
  struct TwoSided {
    std::set<std::size_t> sentences;
    std::set<double> values;
  };

  // A count in the sentence of one for both sides ("each freed 95, and 60 on Wednesday"), or
  // adding to one in the sentence before ("Each side released 140 ... Another 22 were released
  // later"), continues that reading: the swap alone does not make it the article's side.
  static bool two_sided_near(const Claim& c, const TwoSided& both) {
    const std::string text = lower(c.text);
    const bool more =
        text.rfind("another ", 0) == 0 || text.rfind("a further ", 0) == 0 || text.rfind("an additional ", 0) == 0;
    return both.sentences.count(c.sentence) > 0 || (more && c.sentence > 0 && both.sentences.count(c.sentence - 1) > 0);
  }

  // A count about a swap itself (not a deal): in a one-sided article, that side's people.
  bool of_a_swap(std::size_t index) const {
    const auto& mention = x.out.claim_mention[index];
    if (!mention) return false;
    const std::string& type = x.out.events[*mention].type;
    if (type == "agreement") return false;
    for (const auto& e : x.tables.two_sided_types)
      if (e == type) return true;
    return false;
  }

  // A count whose clause brings people home without naming who receives them ("10 officers
  // have been rescued from captivity", "27 defenders are returning home").
  bool comes_home(std::size_t index) const {
    const Claim& c = x.out.claims[index];
    const SentenceView& s = x.sentences[c.sentence];
    const ClaimSite& at = x.sites[index];
    for (const auto& v : s.phrases(t.side_verbs, at.end))
      if ((v.value == "receive" || v.value == "home_marker") && same_clause(s.bounds, at.end, at.end + v.begin) &&
          s.words_between(at.end, at.end + v.begin) <= 4)
        return true;
    return false;
  }

  // "180 Ukrainians and 180 Russians", "Russia returned 185 ... Ukraine received 185": the
  // same figure for each of the two sides is a per-side figure.
  void symmetric_pairs() const {
    auto& claims = x.out.claims;
    for (std::size_t i = 0; i < claims.size(); ++i) {
      Claim& a = claims[i];
      if (a.kind != ClaimKind::count || a.scope != Scope::one_side || a.qualifier != Qualifier::exact) continue;
      const auto& same_value = counts_of_value(std::get<CountValue>(a.value).value);
      for (auto j = std::upper_bound(same_value.begin(), same_value.end(), i); j != same_value.end(); ++j) {
        Claim& b = claims[*j];
        if (b.scope != Scope::one_side || b.qualifier != Qualifier::exact) continue;
        if (b.side == a.side || b.sentence > a.sentence + 1 || b.sentence + 1 < a.sentence) continue;
        const auto generic = [](const std::string& p) { return p == "people" || p == "released"; };
        if (a.property != b.property && !generic(a.property) && !generic(b.property)) continue;
        const auto& va = std::get<CountValue>(a.value);
        const auto& vb = std::get<CountValue>(b.value);
        if (va.value != vb.value || va.vague || vb.vague) continue;
        for (Claim* c : {&a, &b}) {
          c->scope = Scope::per_side;
          note(*c, "scope per_side: " + a.side + " and " + b.side + " each " + format_number(va.value));
        }
        break;
      }
    }
  }

  static std::string format_number(double v) { return std::to_string(static_cast<long long>(v)); }

  // "At least five people died and more than 100 were injured in Tarn": a count with no place,
  // joined by "and" (its verb at most between) to the next count of its sentence, shares the
  // place that count's clause names after it.
  void shared_trailing_places() const {
    constexpr int max_words_between = 3;
    for (std::size_t i = 0; i + 1 < x.out.claims.size(); ++i) {
      Claim& a = x.out.claims[i];
      const Claim& b = x.out.claims[i + 1];
      if (a.kind != ClaimKind::count || b.kind != ClaimKind::count || a.sentence != b.sentence || !a.location.empty() ||
          a.part || a.covers || b.location.empty())
        continue;
      const SentenceView& s = x.sentences[a.sentence];
      const ClaimSite &from = x.sites[i], &to = x.sites[i + 1];
      if (from.end > to.begin || to.end > s.text.size()) continue;
      const std::string_view between = s.text.substr(from.end, to.begin - from.end);
      const std::string_view place = b.location;
      const std::size_t at = s.text.find(place, to.end);
      if (!(" " + std::string(trim_view(between)) + " ").ends_with(" and ") ||
          between.find_first_of(",;:()0123456789") != std::string_view::npos ||
          s.words_between(from.end, to.begin) > max_words_between || at == std::string_view::npos ||
          s.text.substr(to.end, at - to.end).find_first_of(",;:") != std::string_view::npos)
        continue;
      a.location = b.location;
      note(a, "counts only " + std::string(place) + " (the place the count joined to it by 'and' names after it)");
    }
  }
};

}  // namespace

void resolve_count_scope(Extraction& x) {
  ScopeReader r(x);
  r.shared_trailing_places();
  for (std::size_t i = 0; i < x.out.claims.size(); ++i) {
    Claim& c = x.out.claims[i];
    if (c.kind == ClaimKind::measure) r.group_measure(i);
    if (c.kind != ClaimKind::count) continue;
    const SentenceView& s = x.sentences[c.sentence];
    const ClaimSite& at = x.sites[i];
    // "so far" attached to the number says it is a running total, not whose figure it is:
    // "they had each released 270 so far" is each side's.
    if (c.scope == Scope::cumulative) {
      c.scope = Scope::unspecified;
      c.running = true;
    }
    r.distributive_total(c, s, at);
    r.markers_before(c, s, at);
    r.markers_after(c, s, at);
    r.running_period(c, s, at);
    r.subject_side(c, s, at);
    r.destination(c, s, at);
    r.inherit_from_whole(i, s, at);
    if (c.running && c.scope == Scope::unspecified) c.scope = Scope::cumulative;
    // "With the completion of the exchanges, 706 are now out of prison, in exchange for 186":
    // the other side of a running figure, right after count_rate_exchanges, runs too
    if (c.scope == Scope::unspecified && i > 0) {
      const Claim& prev = x.out.claims[i - 1];
      const ClaimSite& was = x.sites[i - 1];
      if (prev.kind == ClaimKind::count && prev.sentence == c.sentence && prev.scope == Scope::cumulative &&
          was.end <= at.begin) {
        const auto links = s.phrases(x.tables.rate_exchanges, was.end, at.number_begin);
        if (!links.empty() &&
            trim_view(s.text.substr(was.end + links.back().end, at.number_begin - was.end - links.back().end))
                .empty()) {
          c.scope = Scope::cumulative;
          c.running = prev.running;
          c.explain.push_back("scope cumulative: what the running figure before it was exchanged for");
        }
      }
    }
  }
  r.list_scopes();
  r.breakdowns();
  r.document_side();
  r.noun_side();
  r.added_groups();
  r.first_terms_of_deals();
  r.combined_figures();
  r.per_unit_figures();
  r.breakdown_heads();
  r.risen_after_contrast();
  r.window_day_figures();
  r.traded_for_figures();
  r.parallel_additions();
  r.announced_rises();
  r.coordinated_rises();
  r.restated_groups();
  r.rise_causes();
  r.named_events();
  r.symmetric_pairs();
}

}  // namespace crosscheck
