#include "checker/engine/engine.hpp"

#include <algorithm>
#include <map>

#include "checker/engine/check.hpp"
#include "checker/findings/fingerprint.hpp"

namespace crosscheck {

std::vector<Finding> run_rules(const std::vector<Rule>& rules, const ResolvedCorpus& corpus,
                               const ReferenceFacts& facts) {
  std::vector<Finding> findings;
  const ClaimsByKind by_kind(corpus);
  for (const auto& rule : rules) {
    const CheckKind* kind = find_check_kind(rule.check);
    if (!kind) continue;  // load_rules rejects these already
    CheckContext context{corpus, facts, rule.number("min_confidence"), &by_kind};
    std::vector<Finding> found;
    kind->make()->run(rule, context, found);
    for (auto& f : found) {
      f.fingerprint = fingerprint(f);
      findings.push_back(std::move(f));
    }
  }
  sort_findings(findings);
  // The same contradiction stated twice in one article is one finding, at its first place;
  // the others become related locations, so an editor sees every place to correct.
  std::map<std::string, std::size_t> first;
  std::vector<Finding> unique;
  for (auto& f : findings) {
    const auto [at, inserted] = first.emplace(f.fingerprint, unique.size());
    if (inserted) {
      unique.push_back(std::move(f));
      continue;
    }
    Finding& kept = unique[at->second];
    const auto same_place = [&](const Location& l) {
      return l.path == f.primary.path && l.bytes.begin == f.primary.bytes.begin;
    };
    if (same_place(kept.primary) || std::any_of(kept.related.begin(), kept.related.end(), same_place)) continue;
    Location again = f.primary;
    again.label = "the same article says it again: " + f.primary.text;
    kept.related.push_back(std::move(again));
  }
  return unique;
}

}  // namespace crosscheck
