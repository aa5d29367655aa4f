// What a run reads besides the articles, resolved from the command line, crosscheck.yaml and
// the domains into one setup (ripgrep style), and checked as a whole before any article is
// read: every bad lexicon section, rule, selector, placeholder, fact and setting is reported at
// once (ConfigErrors).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "checker/cli/options.hpp"
#include "checker/engine/domain.hpp"
#include "checker/engine/facts.hpp"
#include "checker/engine/rule.hpp"
#include "checker/lexicon/lexicon.hpp"

namespace crosscheck::cli {

struct Setup {
  std::optional<std::filesystem::path> config_file;  // the crosscheck.yaml used
  std::vector<Domain> domains;
  bool default_domains = false;                     // neither --domain nor crosscheck.yaml named any
  std::vector<std::filesystem::path> lexicon_dirs;  // extensions of the shipped lexicon, in order
  std::shared_ptr<const Lexicon> lexicon;           // loaded from them (null when it could not be)
  std::vector<std::filesystem::path> rules_dirs;    // shipped (or --rules), domains', project's
  std::vector<std::filesystem::path> facts_files;
  std::vector<Rule> rules;
  ReferenceFacts facts;
  Level fail_on = Level::error;
};

Setup resolve_setup(const RunConfig& config);

}  // namespace crosscheck::cli
