// Which part of the whole a count covers: per side, in total, one named side, or a running
// total, read from the markers around the number, the subject of its clause (a side that
// is the subject, not one that only speaks), where the people go ("returned to Ukraine"),
// the count it is a subgroup of, and equal figures given for both sides.
#include <algorithm>
#include <set>

#include "checker/claims/extraction.hpp"

namespace crosscheck {

namespace {

// How far (in words) a clause-level scope marker may stand before the number it scopes.
constexpr int scope_marker_window = 4;
// How far after the count a trailing marker may stand ("303 were exchanged by each party").
constexpr int trailing_marker_window = 6;
// How many sentences back a subgroup ("Among those released are three women") looks for
// the count it is part of.
constexpr std::size_t subgroup_reach = 6;

std::string_view slice(std::string_view s, std::size_t begin, std::size_t end) { return s.substr(begin, end - begin); }

struct ScopeReader {
  Extraction& x;
  const ExtractionTables& t;

  void note(Claim& c, std::string why) const { c.explain.push_back(std::move(why)); }

  // "each released a total of 307": the distributive subject makes the total one side's.
  void distributive_total(Claim& c, const SentenceView& s, const ClaimSite& at) const {
    if (c.scope != Scope::total) return;
    for (const auto& m : t.clause_scopes.find(s.text.substr(0, at.begin))) {
      if (m.value != "per_side" || !same_clause(s.bounds, m.end, at.begin)) continue;
      if (words_between(s.text, m.end, at.begin) > scope_marker_window) continue;
      if (lower(s.text.substr(m.end, 4)) == " of ") continue;  // "each of"
      c.scope = Scope::per_side;
      note(c,
           "scope per_side: '" + std::string(slice(s.text, m.begin, m.end)) + "' before it makes the total each one's");
    }
  }

  // Clause-level markers before the number ("each side releasing 390", "So far, 700 ...").
  void markers_before(Claim& c, const SentenceView& s, const ClaimSite& at) const {
    if (c.scope != Scope::unspecified) return;
    for (const auto& m : t.clause_scopes.find(s.text.substr(0, at.number_begin))) {
      // An opener before the sentence's first count: "So far, 700 people have been released".
      const std::size_t comma = s.text.find(',', m.end);
      const bool opener = m.begin == 0 && m.value != "per_side" && comma != std::string_view::npos &&
                          comma < at.begin && words_between(s.text, m.end, comma) <= 4 &&
                          words_between(s.text, comma, at.begin) <= 12;
      const bool near = opener || (words_between(s.text, m.end, at.number_begin) <= scope_marker_window &&
                                   same_clause(s.bounds, m.end, at.number_begin));
      const bool each_of = lower(slice(s.text, m.begin, m.end)) == "each" && lower(s.text.substr(m.end, 4)) == " of ";
      if (!near || each_of) continue;
      if (auto scope = scope_from_string(m.value)) {
        set_scope(c, *scope);
        note(c, "scope " + m.value + " from '" + std::string(slice(s.text, m.begin, m.end)) + "' before the number");
      }
    }
  }

  // "780 exchanged so far", "303 were exchanged by each party", "470 ... on both sides".
  void markers_after(Claim& c, const SentenceView& s, const ClaimSite& at) const {
    const std::string_view rest = s.text.substr(at.end);
    auto near = [&](const grammars::PhraseMention& m, int window) {
      return words_between(s.text, at.end, at.end + m.begin) <= window &&
             same_clause(s.bounds, at.end, at.end + m.begin);
    };
    for (const auto& m : t.clause_scopes.find(rest)) {
      if (m.value != "cumulative" && m.value != "total") continue;
      if (!near(m, scope_marker_window + 2)) continue;
      const std::string marker(slice(rest, m.begin, m.end));
      if (m.value == "cumulative") {
        if (c.running) continue;
        set_scope(c, Scope::cumulative);
        note(c, "a running total: '" + marker + "'");
      } else if (c.scope == Scope::unspecified) {
        c.scope = Scope::total;
        note(c, "scope total from '" + marker + "'");
      }
    }
    if (c.scope != Scope::unspecified) return;
    for (const auto& m : t.trailing_scopes.find(rest)) {
      if (!near(m, trailing_marker_window)) continue;
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
    for (const auto& m : t.running_periods.find(s.text)) {
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
      const bool before = p <= at.begin && (same_clause(s.bounds, p, at.begin) || m.begin == 0);
      const bool after = m.begin >= at.end && same_clause(s.bounds, at.end, m.begin) &&
                         words_between(s.text, at.end, m.begin) <= trailing_marker_window;
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
  std::vector<grammars::PhraseMention> sides_in(std::string_view text) const { return t.side_subjects.find(text); }

  // "Russia and Ukraine", "Kyiv, Moscow": a side name coordinated with another names both.
  bool coordinated(const SentenceView& s, const grammars::PhraseMention& side) const {
    for (const auto& other : sides_in(s.text)) {
      if (other.value == side.value) continue;
      const std::size_t a = std::min(side.end, other.end), b = std::max(side.begin, other.begin);
      if (a > b) continue;
      const std::string between = lower(slice(s.text, a, b));
      if (between == " and " || between == ", " || between == " & " || between == "/" || between == " or ") return true;
    }
    return false;
  }

  // The side a reporting verb's subject names ("Russia's defense ministry said", "Ukrainian
  // officials said"), when one does, and where the verb ends.
  std::optional<std::pair<std::string, std::size_t>> speaker(const SentenceView& s, std::size_t before) const {
    for (const auto& r : t.reporting_verbs.find(s.text.substr(0, before))) {
      std::optional<std::string> side;
      for (const auto& n : sides_in(s.text.substr(0, r.begin)))
        if (words_between(s.text, n.end, r.begin) <= 5 && !coordinated(s, n)) side = n.value;
      for (const auto& d : t.demonyms.find(s.text.substr(0, r.begin)))
        if (words_between(s.text, d.end, r.begin) <= 5) side = d.value;
      if (side) return std::make_pair(*side, r.end);
    }
    return std::nullopt;
  }

  // Whether the clause's verb brings people home to its subject (receive), sends them to
  // the other side (give), or cannot tell ("returned" alone).
  enum class Direction { unknown, receive, give };
  Direction direction(const SentenceView& s, std::size_t from, std::size_t to, std::size_t count_end) const {
    Direction d = Direction::unknown;
    for (const auto& v : t.side_verbs.find(slice(s.text, from, to)))
      d = v.value == "receive" ? Direction::receive : (v.value == "give" ? Direction::give : d);
    if (d != Direction::unknown) return d;
    // "returned 84 people from captivity", "returned ... home" bring people home.
    for (const auto& v : t.side_verbs.find(s.text.substr(count_end)))
      if (v.value == "home_marker" && same_clause(s.bounds, count_end, count_end + v.begin)) return Direction::receive;
    return d;
  }

  // The two sides a document names, when it names exactly two.
  std::optional<std::string> other_side(const std::string& side) const {
    std::set<std::string> named;
    for (const auto& s : x.sentences)
      for (const auto& n : sides_in(s.text)) named.insert(n.value);
    if (named.size() != 2 || !named.count(side)) return std::nullopt;
    for (const auto& n : named)
      if (n != side) return n;
    return std::nullopt;
  }

  // "Russia got back 24", "Kyiv has recovered 7,000 bodies": one side as the subject of the
  // count's clause; "Russia's defense ministry said 270 were returned": a side that only
  // speaks is not the part the count covers, unless it speaks of itself ("said it took back").
  void subject_side(Claim& c, const SentenceView& s, const ClaimSite& at) const {
    if (c.scope != Scope::unspecified) return;
    std::optional<grammars::PhraseMention> subject;
    for (const auto& n : sides_in(s.text.substr(0, at.begin)))
      if (same_clause(s.bounds, n.end, at.begin) && words_between(s.text, n.end, at.begin) <= 6) subject = n;
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
    if (!subject) return;
    if (coordinated(s, *subject)) {
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
          note(c, "no side: " + subject->value + " hands them over and the receiving side is not named");
        }
        break;
      case Direction::unknown:
        note(c, "no side: " + subject->value + " is the subject, but the verb does not say who receives them");
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

  // "were returned to Ukraine", "handed over 70 ... to Russia": where the people go.
  void destination(Claim& c, const SentenceView& s, const ClaimSite& at) const {
    if (c.scope != Scope::unspecified && c.scope != Scope::one_side) return;
    for (const auto& n : sides_in(s.text.substr(at.end))) {
      const std::size_t b = at.end + n.begin;
      if (b < 4 || lower(s.text.substr(b - 4, 4)) != " to " || !same_clause(s.bounds, at.end, b)) continue;
      if (words_between(s.text, at.end, b) > trailing_marker_window) continue;
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
    for (const auto& g : t.subgroup_markers.find(s.text.substr(0, at.begin)))
      if (words_between(s.text, g.end, at.begin) <= 2 && same_clause(s.bounds, g.end, at.begin)) marked = true;
    if (!marked) return;
    for (std::size_t j = index; j-- > 0;) {
      const Claim& whole = x.out.claims[j];
      if (whole.kind != ClaimKind::count || whole.sentence > c.sentence) continue;
      if (c.sentence - whole.sentence > subgroup_reach) break;
      if (whole.sentence == c.sentence && x.sites[j].begin >= at.begin) continue;
      if (whole.scope == Scope::unspecified) continue;
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

  // "390 Ukrainians and 390 Russians", "Russia returned 185 ... Ukraine received 185": the
  // same figure for each of the two sides is a per-side figure.
  void symmetric_pairs() const {
    auto& claims = x.out.claims;
    for (std::size_t i = 0; i < claims.size(); ++i) {
      Claim& a = claims[i];
      if (a.kind != ClaimKind::count || a.scope != Scope::one_side || a.qualifier != Qualifier::exact) continue;
      for (std::size_t j = i + 1; j < claims.size(); ++j) {
        Claim& b = claims[j];
        if (b.kind != ClaimKind::count || b.scope != Scope::one_side || b.qualifier != Qualifier::exact) continue;
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
};

}  // namespace

void resolve_count_scope(Extraction& x) {
  ScopeReader r{x, x.tables};
  for (std::size_t i = 0; i < x.out.claims.size(); ++i) {
    Claim& c = x.out.claims[i];
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
  }
  r.symmetric_pairs();
}

}  // namespace crosscheck
