// Test support for the engine suites: the shipped rules and reference facts, loaded once,
// and the findings the shipped rule set reports for in-memory articles (as `crosscheck lint`).
#pragma once

#include <vector>

#include "checker/engine/domain.hpp"
#include "checker/engine/engine.hpp"
#include "checker/engine/facts.hpp"
#include "checker/engine/rule.hpp"
#include "tests/support/shipped.hpp"

namespace crosscheck::test {

inline const std::vector<Rule>& shipped_rules() {
  static const std::vector<Rule> rules = load_rule_set(default_rule_dirs());
  return rules;
}

inline const ReferenceFacts& shipped_facts() {
  static const ReferenceFacts facts = [] {
    ReferenceFacts f;
    f.add_file(default_facts_file());
    return f;
  }();
  return facts;
}

inline std::vector<Finding> findings_in(const ResolvedCorpus& corpus) {
  return run_rules(shipped_rules(), corpus, shipped_facts());
}

inline std::vector<Finding> findings_of(const Articles& articles) { return findings_in(resolve_articles(articles)); }

}  // namespace crosscheck::test
