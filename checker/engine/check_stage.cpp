// stage: two sources that give the same stage of a series ("the second phase") to different
// days a few days apart: one of them has the wrong day, or the wrong ordinal.
#include <algorithm>
#include <map>
#include <set>

#include "checker/claims/claim_json.hpp"
#include "checker/claims/clauses.hpp"
#include "checker/engine/check.hpp"

namespace crosscheck {

namespace {

// Every claim that gives the stage its other day, up to this many: an editor sees them all.
constexpr std::size_t max_related = 8;

class StageCheck : public Check {
 public:
  // "the first phase of the ceasefire", "stage one of the truce": a phase of a pause in the
  // fighting lasts weeks; the days of its exchanges are no dates of it. The words may be in
  // the stage's text or right after it.
  static bool phase_of_agreement(const Claim& c, const std::vector<std::string>& words) {
    const std::string sentence = lower(c.snippet);
    const std::size_t at = sentence.find(lower(c.text));
    if (at == std::string::npos) return false;
    const std::string span = sentence.substr(at, c.text.size() + 40);
    const std::size_t of = span.find(" of ");
    if (of == std::string::npos) return false;
    const std::string rest = span.substr(of + 4);
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
      const std::size_t found = rest.find(w);
      return found != std::string::npos && rest.find_first_of(".;") > found && (found == 0 || rest[found - 1] == ' ') &&
             std::count(rest.begin(), rest.begin() + found, ' ') <= 2;
    });
  }

  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    const long max_days = static_cast<long>(rule.number("max_days"));
    const auto& parts = rule.list("parts");
    const auto& batches = rule.list("batch_words");
    const auto& phases_of = rule.list("phase_of_words");
    // (type, ordinal) -> day -> claims
    std::map<std::pair<std::string, int>, std::map<Date, std::vector<const Claim*>>> stages;
    for (const Claim* c : selected_claims(rule, context)) {
      const auto* v = std::get_if<StageValue>(&c->value);
      if (!v || !v->ordinal) continue;
      // "the second group" may be the day's second busload, not the series' second stage.
      const std::string written = lower(c->text);
      if (std::any_of(batches.begin(), batches.end(),
                      [&](const std::string& b) { return written.find(b) != std::string::npos; }))
        continue;
      if (phase_of_agreement(*c, phases_of)) continue;
      const auto at = c->event.key.find('@');
      const auto day = at == std::string::npos ? std::nullopt : parse_iso_date(c->event.key.substr(at + 1));
      if (!day) continue;  // windows and unknown events
      stages[{c->event.type, *v->ordinal}][*day].push_back(c);
    }
    if (std::find(parts.begin(), parts.end(), "ordinals") != parts.end()) check_ordinals(rule, stages, findings);
    if (std::find(parts.begin(), parts.end(), "dates") == parts.end()) return;
    for (const auto& [stage, by_day] : stages) {
      for (auto a = by_day.begin(); a != by_day.end(); ++a) {
        for (auto b = std::next(a); b != by_day.end(); ++b) {
          const long apart = (std::chrono::sys_days{b->first} - std::chrono::sys_days{a->first}).count();
          if (apart > max_days) break;
          // The day fewer sources give is the suspect one; on a tie, the later.
          const auto sources = [](const std::vector<const Claim*>& v) {
            std::set<std::size_t> docs;
            for (const Claim* c : v) docs.insert(c->document);
            return docs;
          };
          const auto docs_a = sources(a->second), docs_b = sources(b->second);
          const bool a_suspect = docs_a.size() < docs_b.size();
          const auto& suspect = a_suspect ? a->second : b->second;
          const auto& other = a_suspect ? b->second : a->second;
          const auto& other_docs = a_suspect ? docs_b : docs_a;
          const Claim& c = *suspect.front();
          if (other_docs.size() == 1 && other_docs.count(c.document)) continue;  // one article's own days
          std::vector<std::pair<const Claim*, std::string>> related;
          for (const Claim* r : other) {
            if (related.size() >= max_related || r->document == c.document) continue;
            related.push_back({r, source_name(*r) + " gives it to " + r->event.key});
          }
          if (related.empty()) continue;
          const Claim& o = *related.front().first;
          Finding f = make_finding(rule, c, related,
                                   {{"value", c.text},
                                    {"day", iso_date(a_suspect ? a->first : b->first)},
                                    {"other_day", iso_date(a_suspect ? b->first : a->first)},
                                    {"other_source", source_name(o)}});
          f.kind = "stage_date_mismatch";
          findings.push_back(std::move(f));
        }
      }
    }
  }

 private:
  using Stages = std::map<std::pair<std::string, int>, std::map<Date, std::vector<const Claim*>>>;

  // "the fourth this month" and "the second phase" for one day's exchange: sources that number
  // it differently. An article that itself gives one event two ordinals ("the third round ...
  // before deciding on a fourth") speaks of another stage too; its ordinals are left out.
  static void check_ordinals(const Rule& rule, const Stages& stages, std::vector<Finding>& findings) {
    // event key -> ordinal -> claims
    std::map<std::string, std::map<int, std::vector<const Claim*>>> by_event;
    std::map<std::pair<std::string, std::size_t>, std::set<int>> per_article;
    for (const auto& [stage, by_day] : stages)
      for (const auto& [day, claims] : by_day)
        for (const Claim* c : claims) {
          by_event[c->event.key][stage.second].push_back(c);
          per_article[{c->event.key, c->document}].insert(stage.second);
        }
    for (const auto& [key, ordinals] : by_event) {
      std::map<int, std::vector<const Claim*>> kept;
      for (const auto& [n, claims] : ordinals)
        for (const Claim* c : claims)
          if (per_article[{key, c->document}].size() == 1) kept[n].push_back(c);
      if (kept.size() != 2) continue;  // one reading, or too many to tell which is wrong
      auto a = kept.begin(), b = std::next(a);
      const auto documents = [](const std::vector<const Claim*>& v) {
        std::set<std::size_t> docs;
        for (const Claim* c : v) docs.insert(c->document);
        return docs.size();
      };
      const bool a_suspect = documents(a->second) < documents(b->second);
      const auto& suspect = a_suspect ? a->second : b->second;
      const auto& other = a_suspect ? b->second : a->second;
      const Claim& c = *suspect.front();
      std::vector<std::pair<const Claim*, std::string>> related;
      for (const Claim* r : other) {
        if (related.size() >= max_related || r->document == c.document) continue;
        related.push_back({r, source_name(*r) + " calls it '" + r->text + "'"});
      }
      if (related.empty()) continue;
      const Claim& o = *related.front().first;
      Finding f = make_finding(rule, c, related,
                               {{"value", c.text},
                                {"day", key.substr(key.find('@') + 1)},
                                {"other_day", key.substr(key.find('@') + 1)},
                                {"other_value", o.text},
                                {"other_source", source_name(o)}});
      f.kind = "stage_ordinal_mismatch";
      findings.push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_stage_check() { return std::make_unique<StageCheck>(); }

}  // namespace crosscheck
