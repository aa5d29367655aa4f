#include "checker/engine/engine.hpp"

#include <set>

#include "checker/engine/check.hpp"
#include "checker/findings/fingerprint.hpp"

namespace crosscheck {

std::vector<Finding> run_rules(const std::vector<Rule>& rules, const ResolvedCorpus& corpus,
                               const ReferenceFacts& facts) {
  std::vector<Finding> findings;
  for (const auto& rule : rules) {
    const CheckKind* kind = find_check_kind(rule.check);
    if (!kind) continue;  // load_rules rejects these already
    CheckContext context{corpus, facts, rule.number("min_confidence")};
    std::vector<Finding> found;
    kind->make()->run(rule, context, found);
    for (auto& f : found) {
      f.fingerprint = fingerprint(f);
      findings.push_back(std::move(f));
    }
  }
  sort_findings(findings);
  // The same contradiction stated twice in one article is one finding.
  std::set<std::string> seen;
  std::vector<Finding> unique;
  for (auto& f : findings)
    if (seen.insert(f.fingerprint).second) unique.push_back(std::move(f));
  return unique;
}

}  // namespace crosscheck
