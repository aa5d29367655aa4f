// The claims that are not counts or dates: durations ("over three years of war"),
// superlatives ("the largest swap since 2022"), titles ("former President X") and stages
// ("the second stage").
#include <cctype>

#include "checker/claims/extraction.hpp"

namespace crosscheck {

// "heads towards the two-year mark": at most this many words from an approach marker to the duration.
constexpr int max_approach_words = 2;

void extract_duration_claims(Extraction& x) {
  for (auto& scan : x.sentences) {
    if (scan.skipped || scan.durations.empty()) continue;
    // whether the sentence says the day it names ends or starts a span (read once per sentence)
    struct {
      bool ends = false, starts = false;
    } edges;
    for (const auto& e : scan.phrases(x.tables.duration_window_edges, 0, scan.text.size())) {
      edges.ends = edges.ends || e.value == "ends";
      edges.starts = edges.starts || e.value == "starts";
    }
    for (const auto& m : scan.durations) {
      Claim c = x.base_claim(scan, m.begin, m.end);
      c.kind = ClaimKind::duration;
      c.property = m.subject.empty() ? "duration" : m.subject;
      c.qualifier = m.qualifier;
      // "in over three years of war": a qualifier the duration grammar did not take with it.
      if (c.qualifier == Qualifier::exact) {
        for (const auto& q : scan.phrases(x.tables.number_qualifiers, 0, m.begin))
          if (q.end + 1 == m.begin)
            if (const auto qualifier = qualifier_from_string(q.value)) {
              c.qualifier = *qualifier;
              c.explain.push_back("qualified by '" + std::string(scan.text.substr(q.begin, q.end - q.begin)) +
                                  "' before it");
            }
        // "as the war heads towards the two-year mark": a length it has not reached yet
        for (const auto& a : scan.phrases(x.tables.approach_markers, 0, m.begin))
          if (a.end <= m.begin && scan.words_between(a.end, m.begin) <= max_approach_words &&
              same_clause(scan.bounds, a.end, m.begin)) {
            c.qualifier = Qualifier::nearly;
            c.explain.push_back("a length it is coming to ('" +
                                std::string(scan.text.substr(a.begin, a.end - a.begin)) + "' before it): nearly");
          }
      }
      // "in the first three months of the all-out war": a span within the war, not its length
      for (const auto& w : scan.phrases(x.tables.duration_window_openers, 0, m.begin))
        if (w.end <= m.begin && scan.words_between(w.end, m.begin) == 0 && c.property != "duration") {
          c.explain.push_back("a span within the " + c.property + " ('" +
                              std::string(scan.text.substr(w.begin, w.end - w.begin)) + "' before it), not its length");
          c.property = "duration";
        }
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
      v.ends_named_day = edges.ends;
      v.starts_named_day = edges.starts;
      c.value = v;
      x.push(std::move(c), std::nullopt, {m.begin, m.end, m.begin});
    }
  }
}

void extract_superlative_claims(Extraction& x) {
  for (auto& scan : x.sentences) {
    if (scan.skipped) continue;
    std::string why;
    for (const auto& m : scan.superlatives) {
      Claim c = x.base_claim(scan, m.begin, m.end);
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
      v.scope = m.scope;
      v.lookback = m.lookback;
      c.value = v;
      auto mention = attach_to_mention(x, scan, m.begin, m.end, false, why);
      if (mention) c.explain.push_back("about " + x.out.events[*mention].type + " (" + why + ")");
      x.push(std::move(c), mention, {m.begin, m.end, m.begin});
    }
  }
}

void extract_role_claims(Extraction& x) {
  for (auto& scan : x.sentences) {
    if (scan.skipped) continue;
    for (const auto& m : x.tables.roles.parse(scan.text)) {
      // "at 07:22 pm IST": right after a number, "pm" is the clock's, not a prime minister
      std::size_t before = m.begin;
      while (before > 0 && scan.text[before - 1] == ' ') --before;
      if (before > 0 && before < m.begin && std::isdigit(static_cast<unsigned char>(scan.text[before - 1]))) continue;
      // 'the statement said: "President Tarn thanks ..."': a title inside a quotation is the
      // speaker's courtesy, not the writer's statement of the office
      if (inside_quotation(scan.text, m.begin)) continue;
      // "Name, the president's spokesman": the title is the possessor's, not the name's
      const std::string_view rest = scan.text.substr(m.end, 4);
      if (rest.rfind("'s", 0) == 0 || rest.rfind("\u2019s", 0) == 0) continue;
      Claim c = x.base_claim(scan, m.begin, m.end);
      c.kind = ClaimKind::role;
      c.property = m.title;
      RoleValue v;
      v.person = m.person;
      v.title = m.title;
      v.modifier = m.modifier;
      v.affiliation = m.affiliation;
      c.value = v;
      x.push(std::move(c), std::nullopt, {m.begin, m.end, m.begin});
    }
  }
}

void extract_stage_claims(Extraction& x) {
  for (auto& scan : x.sentences) {
    if (scan.skipped) continue;
    std::string why;
    for (const auto& m : scan.stages) {
      Claim c = x.base_claim(scan, m.begin, m.end);
      c.kind = ClaimKind::stage;
      c.property = "stage";
      StageValue v;
      v.ordinal = m.ordinal;
      v.final = m.final;
      v.noun = m.noun;
      c.value = v;
      // "a second round of vote counting": a stage of something that is no event's
      if (x.tables.stage_of_no_event.contains(m.of_what)) {
        c.explain.push_back("a stage of " + m.of_what + ", no event's");
        x.push(std::move(c), std::nullopt, {m.begin, m.end, m.begin});
        continue;
      }
      auto mention = attach_to_mention(x, scan, m.begin, m.end, false, why);
      // "another exchange on March 3, concluding the second phase of a deal": the stage
      // of an agreement is the exchange that carries it out, named before it in the sentence.
      // Rounds are the talks' own ("the most recent round of peace talks").
      const std::string written = lower(scan.text.substr(m.begin, m.end - m.begin));
      if (mention && x.out.events[*mention].type == "agreement" && written.find("round") == std::string::npos) {
        for (const std::size_t e : scan.mentions) {
          const auto& other = x.out.events[e];
          if (other.type != "agreement" && !other.other && !other.future && other.local_end <= m.begin) mention = e;
        }
      }
      x.push(std::move(c), mention, {m.begin, m.end, m.begin});
    }
  }
}

}  // namespace crosscheck
