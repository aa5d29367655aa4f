// Test support for the engine suites: the shipped rules and reference facts, loaded once,
// and the findings the shipped rule set reports for in-memory articles (as `crosscheck lint`).
#pragma once

#include <string>
#include <string_view>
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

// An article with a published date (or "unknown") in front matter.
inline std::string article(const char* published, const std::string& body) {
  return std::string("---\npublished: ") + published + "\n---\n" + body + "\n";
}

// The findings of one rule.
inline std::vector<const Finding*> of_rule(const std::vector<Finding>& findings, std::string_view rule) {
  std::vector<const Finding*> out;
  for (const auto& f : findings)
    if (f.rule == rule) out.push_back(&f);
  return out;
}

// One line per finding, for CAPTURE.
inline std::string dump(const std::vector<Finding>& findings) {
  std::string out;
  for (const auto& f : findings) out += f.primary.path + ": [" + f.rule + "] " + f.message + "\n";
  return out;
}

}  // namespace crosscheck::test
