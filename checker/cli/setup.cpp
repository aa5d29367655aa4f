#include "checker/cli/setup.hpp"

#include <algorithm>

#include "checker/claims/extract.hpp"
#include "checker/cli/project_config.hpp"
#include "checker/lexicon/lexicon.hpp"

namespace crosscheck::cli {

namespace {

// What the run's lexicon defines that rules may select: event types and properties.
RuleVocabulary vocabulary_of(const Lexicon& lexicon) {
  RuleVocabulary vocabulary;
  for (const auto& entry : lexicon.section("event_triggers")) vocabulary.event_types.push_back(entry.value);
  std::sort(vocabulary.event_types.begin(), vocabulary.event_types.end());
  vocabulary.event_types.erase(std::unique(vocabulary.event_types.begin(), vocabulary.event_types.end()),
                               vocabulary.event_types.end());
  vocabulary.properties = property_vocabulary(lexicon);
  return vocabulary;
}

// The domains: --domain, else crosscheck.yaml's `domains`, else the default ones.
void resolve_domains(const RunConfig& config, const std::optional<ProjectConfig>& project, Setup& setup,
                     std::vector<InputError>& errors) {
  std::vector<NamedValue> named;
  if (!config.domains.empty()) {
    for (const auto& d : config.domains) named.push_back({d, {"--domain", 0, 0}});
  } else if (project && project->domains) {
    // A directory named in crosscheck.yaml is relative to it, like its other paths.
    for (auto n : *project->domains) {
      const std::filesystem::path p(n.value);
      if (n.value.find('/') != std::string::npos && p.is_relative())
        n.value = (project->file.parent_path() / p).lexically_normal().string();
      named.push_back(std::move(n));
    }
  } else {
    setup.default_domains = true;
    for (const auto& d : default_domain_names()) named.push_back({d, {"default domain", 0, 0}});
  }
  for (const auto& n : named) collect_errors(errors, [&] { setup.domains.push_back(load_domain(n.value, n.where)); });
}

}  // namespace

Setup resolve_setup(const RunConfig& config) {
  Setup setup;
  std::vector<InputError> errors;
  std::optional<ProjectConfig> project;
  setup.config_file = config.config_file.empty() ? find_project_config(config.paths)
                                                 : std::optional<std::filesystem::path>(config.config_file);
  if (setup.config_file) collect_errors(errors, [&] { project = load_project_config(*setup.config_file, errors); });
  resolve_domains(config, project, setup, errors);

  setup.rules_dirs.push_back(config.rules_dir.empty() ? default_rules_dir() : std::filesystem::path(config.rules_dir));
  if (config.default_facts) setup.facts_files.push_back(default_facts_file());
  for (const auto& d : setup.domains) {
    if (!d.lexicon_dir.empty()) setup.lexicon_dirs.push_back(d.lexicon_dir);
    if (!d.rules_dir.empty()) setup.rules_dirs.push_back(d.rules_dir);
    setup.facts_files.insert(setup.facts_files.end(), d.facts_files.begin(), d.facts_files.end());
  }
  if (project) {
    setup.lexicon_dirs.insert(setup.lexicon_dirs.end(), project->lexicon_dirs.begin(), project->lexicon_dirs.end());
    setup.rules_dirs.insert(setup.rules_dirs.end(), project->rules_dirs.begin(), project->rules_dirs.end());
    setup.facts_files.insert(setup.facts_files.end(), project->facts_files.begin(), project->facts_files.end());
    if (project->fail_on) setup.fail_on = *project->fail_on;
  }
  if (!config.lexicon_dir.empty()) setup.lexicon_dirs.emplace_back(config.lexicon_dir);
  for (const auto& f : config.facts_files) setup.facts_files.emplace_back(f);
  if (config.fail_on_given) setup.fail_on = config.fail_on;

  // The lexicon decides what rules may select; a broken lexicon still lets the rules be
  // checked for everything else.
  std::optional<Lexicon> lexicon;
  collect_errors(errors, [&] { lexicon = Lexicon::load_extended(default_lexicon_dir(), setup.lexicon_dirs); });
  const RuleVocabulary vocabulary = lexicon ? vocabulary_of(*lexicon) : RuleVocabulary{};
  collect_errors(errors, [&] { setup.rules = load_rule_set(setup.rules_dirs, &vocabulary); });
  for (const auto& f : setup.facts_files) collect_errors(errors, [&] { setup.facts.add_file(f); });
  throw_if_any(std::move(errors));
  return setup;
}

}  // namespace crosscheck::cli
