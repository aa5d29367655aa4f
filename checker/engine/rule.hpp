// Rules as data: one YAML file per rule (Vale style) choosing a built-in check kind and
// configuring it with selectors, parameters, a message template and docs.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "checker/claims/claim.hpp"
#include "checker/findings/finding.hpp"

namespace crosscheck {

// Which claims a rule looks at; an empty list means any.
struct Selector {
  std::vector<std::string> kinds;
  std::vector<std::string> properties;
  std::vector<std::string> event_types;
  std::vector<std::string> scopes;
  bool matches(const Claim& claim) const;
};

using ParamValue = std::variant<double, bool, std::string, std::vector<std::string>>;

struct RuleDocs {
  std::string summary;
  std::string description;
  std::string flagged;   // an example that is flagged
  std::string accepted;  // an example that is not
  std::string limits;
};

struct Rule {
  std::string id;
  std::string check;  // check kind, see check.hpp
  std::string kind;   // finding kind it produces (from the check kind)
  Level level = Level::error;
  std::string message;  // template with {placeholders}
  Selector select;
  std::map<std::string, ParamValue> params;  // validated and defaulted by the check kind
  RuleDocs docs;
  std::string path;       // the rule file
  std::string overrides;  // the file of the rule of the same id it replaces (a domain's own version)

  double number(const std::string& name) const;
  bool flag(const std::string& name) const;
  const std::string& text(const std::string& name) const;
  const std::vector<std::string>& list(const std::string& name) const;
};

// Loads every *.yaml in `dir`, sorted; validates against the check registry. Throws
// InputError with file:line:col on unknown keys, wrong types, bad values, duplicate ids.
// What the lexicon defines that a rule's selector may name: its event types and the properties
// claims can have. Without it (or with an empty list), selectors are not checked.
struct RuleVocabulary {
  std::vector<std::string> event_types;
  std::vector<std::string> properties;
};
std::vector<Rule> load_rules(const std::filesystem::path& dir, const RuleVocabulary* vocabulary = nullptr);
// The rules of several directories in order (shipped, domains, the project's): a rule whose id
// an earlier directory has replaces it. Every bad rule file is reported (ConfigErrors).
std::vector<Rule> load_rule_set(const std::vector<std::filesystem::path>& dirs,
                                const RuleVocabulary* vocabulary = nullptr);
Rule load_rule_file(const std::filesystem::path& file, const RuleVocabulary* vocabulary = nullptr);

std::filesystem::path default_rules_dir();

// Fills {name} placeholders; unknown names are left as written.
std::string render_message(const std::string& templ, const std::map<std::string, std::string>& values);

RuleInfo rule_info(const Rule& rule);

}  // namespace crosscheck
