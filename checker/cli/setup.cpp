#include "checker/cli/setup.hpp"

#include <algorithm>

#include "checker/claims/extract.hpp"
#include "checker/cli/project_config.hpp"
#include "checker/core/yaml_file.hpp"
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

// The canonical values an extension lexicon's sections refer to must exist in the run's
// lexicon: "property_events: {landslide: [kiled]}" or "two_sided_events: [exchnage]" would
// otherwise be words nothing ever matches. Checked in the files a user writes (domains, the
// project's lexicon, --lexicon), at their positions.
void check_canonical_values(const std::vector<std::filesystem::path>& dirs, const RuleVocabulary& vocabulary,
                            const Lexicon& lexicon, std::vector<InputError>& errors) {
  std::vector<std::string> units{"none"};
  for (const auto& e : lexicon.section("measure_units")) units.push_back(e.value);
  for (const auto& e : lexicon.section("measure_age_units")) units.push_back(e.value);
  const auto check = [&](const std::string& path, const YAML::Node& node, const std::vector<std::string>& known,
                         const std::string& what) {
    if (!node.IsScalar() || std::find(known.begin(), known.end(), node.Scalar()) != known.end()) return;
    const std::string nearest = nearest_name(node.Scalar(), known, 2);
    collect_errors(errors, [&] {
      fail_at(path, node,
              "unknown " + what + " '" + node.Scalar() + "'" +
                  (nearest.empty() ? "" : " (did you mean '" + nearest + "'?)"));
    });
  };
  for (const auto& dir : dirs) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".yaml") continue;
      const std::string path = entry.path().string();
      YAML::Node root;
      if (!collect_errors(errors, [&] { root = load_yaml_file(entry.path()); }) || !root.IsMap()) continue;
      if (const auto events = root["property_events"]; events && events.IsMap())
        for (const auto& kv : events) {
          check(path, kv.first, vocabulary.event_types, "event type");
          if (kv.second.IsSequence())
            for (const auto& p : kv.second) check(path, p, vocabulary.properties, "property");
        }
      if (const auto sided = root["two_sided_events"]; sided && sided.IsSequence())
        for (const auto& t : sided) check(path, t, vocabulary.event_types, "event type");
      if (const auto units_of = root["measure_property_units"]; units_of && units_of.IsMap())
        for (const auto& kv : units_of) {
          check(path, kv.first, vocabulary.properties, "measure property");
          if (kv.second.IsSequence())
            for (const auto& u : kv.second) check(path, u, units, "unit");
        }
      if (const auto bounds = root["measure_bounds"]; bounds && bounds.IsMap())
        for (const auto& kv : bounds) check(path, kv.first, vocabulary.properties, "measure property");
    }
  }
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
  if (lexicon) check_canonical_values(setup.lexicon_dirs, vocabulary, *lexicon, errors);
  collect_errors(errors, [&] { setup.rules = load_rule_set(setup.rules_dirs, &vocabulary); });
  for (const auto& f : setup.facts_files) collect_errors(errors, [&] { setup.facts.add_file(f); });
  throw_if_any(std::move(errors));
  if (lexicon) setup.lexicon = std::make_shared<const Lexicon>(std::move(*lexicon));
  return setup;
}

}  // namespace crosscheck::cli
