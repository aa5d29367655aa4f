#include "checker/engine/rule.hpp"

#include <algorithm>
#include <set>

#include "checker/core/data_dir.hpp"
#include "checker/core/yaml_file.hpp"
#include "checker/engine/check.hpp"

namespace crosscheck {

namespace {

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return list.empty() || std::find(list.begin(), list.end(), value) != list.end();
}

std::vector<std::string> read_list(const std::string& path, const YAML::Node& node, const std::string& what) {
  std::vector<std::string> out;
  if (node.IsScalar()) return {node.Scalar()};
  if (!node.IsSequence()) fail_at(path, node, what + " must be a list of strings");
  for (const auto& item : node) out.push_back(scalar_string(path, item, what));
  return out;
}

// " (did you mean 'killed'?)" for a near miss, else "".
std::string did_you_mean(const std::string& name, const std::vector<std::string>& known) {
  const std::string nearest = nearest_name(name, known, 2);
  return nearest.empty() ? "" : " (did you mean '" + nearest + "'?)";
}

ParamValue read_param(const std::string& path, const YAML::Node& node, const ParamValue& like,
                      const std::string& name) {
  return std::visit(
      [&](const auto& def) -> ParamValue {
        using T = std::decay_t<decltype(def)>;
        if constexpr (std::is_same_v<T, double>) {
          try {
            return node.as<double>();
          } catch (const YAML::Exception&) {
            fail_at(path, node, "parameter '" + name + "' must be a number");
          }
        } else if constexpr (std::is_same_v<T, bool>) {
          try {
            return node.as<bool>();
          } catch (const YAML::Exception&) {
            fail_at(path, node, "parameter '" + name + "' must be true or false");
          }
        } else if constexpr (std::is_same_v<T, std::string>) {
          return scalar_string(path, node, "parameter '" + name + "'");
        } else {
          return read_list(path, node, "parameter '" + name + "'");
        }
      },
      like);
}

const std::vector<std::string> known_kinds{"count",   "date",        "duration", "superlative", "role", "stage",
                                           "measure", "time_of_day", "place",    "label",       "age"};

// "{value} vs {nope}": every placeholder must be one the check fills.
void check_placeholders(const std::string& path, const YAML::Node& node, const std::string& message,
                        const std::string& check) {
  const auto known = message_placeholders(check);
  for (std::size_t open = message.find('{'); open != std::string::npos; open = message.find('{', open + 1)) {
    const auto close = message.find('}', open);
    if (close == std::string::npos) fail_at(path, node, "message has a '{' without its '}'");
    const std::string name = message.substr(open + 1, close - open - 1);
    if (std::find(known.begin(), known.end(), name) == known.end())
      fail_at(path, node,
              "unknown placeholder '{" + name + "}' in message (check '" + check + "' fills: " + joined(known) + ")");
  }
}
const std::vector<std::string> known_scopes{"unspecified", "per_side", "total", "one_side", "cumulative"};

}  // namespace

bool Selector::matches(const Claim& claim) const {
  return contains(kinds, to_string(claim.kind)) && contains(properties, claim.property) &&
         contains(event_types, claim.event.type) && contains(scopes, to_string(claim.scope));
}

double Rule::number(const std::string& name) const { return std::get<double>(params.at(name)); }
bool Rule::flag(const std::string& name) const { return std::get<bool>(params.at(name)); }
const std::string& Rule::text(const std::string& name) const { return std::get<std::string>(params.at(name)); }
const std::vector<std::string>& Rule::list(const std::string& name) const {
  return std::get<std::vector<std::string>>(params.at(name));
}

Rule load_rule_file(const std::filesystem::path& file, const RuleVocabulary* vocabulary) {
  const std::string path = file.string();
  const YAML::Node root = load_yaml_file(file);
  require_known(path, root, {"id", "check", "level", "message", "select", "params", "docs"}, "a rule");
  for (const char* key : {"id", "check", "level", "message", "docs"}) {
    if (!root[key]) fail_at(path, root, std::string("a rule needs '") + key + "'");
  }
  Rule rule;
  rule.path = path;
  rule.id = scalar_string(path, root["id"], "id");
  if (rule.id.empty() || !std::all_of(rule.id.begin(), rule.id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      }))
    fail_at(path, root["id"], "id must be kebab-case (a-z, 0-9, -)");
  rule.check = scalar_string(path, root["check"], "check");
  const CheckKind* kind = find_check_kind(rule.check);
  if (!kind) {
    std::string known;
    for (const auto& k : check_registry()) known += (known.empty() ? "" : ", ") + std::string(k.name);
    fail_at(path, root["check"], "unknown check '" + rule.check + "' (known: " + known + ")");
  }
  rule.kind = std::string(kind->finding_kind);
  const auto level = level_from_string(scalar_string(path, root["level"], "level"));
  if (!level) fail_at(path, root["level"], "level must be error, warning or info");
  rule.level = *level;
  rule.message = scalar_string(path, root["message"], "message");
  // Each part of a rule is checked even when an earlier one is wrong: one run names them all.
  std::vector<InputError> errors;
  collect_errors(errors, [&] { check_placeholders(path, root["message"], rule.message, rule.check); });

  if (const auto& select = root["select"])
    collect_errors(errors, [&] {
      require_known(path, select, {"kinds", "properties", "event_types", "scopes"}, "select");
      auto read_checked = [&](const char* key, const std::vector<std::string>* known) {
        std::vector<std::string> out;
        if (!select[key]) return out;
        out = read_list(path, select[key], key);
        if (known) {
          for (std::size_t i = 0; i < out.size(); ++i)
            // A property's first part is what the lexicon defines ("killed" of "killed/civilians").
            if (const std::string head = std::string(key) == "properties" ? out[i].substr(0, out[i].find('/')) : out[i];
                std::find(known->begin(), known->end(), head) == known->end())
              fail_at(path, select[key].IsSequence() ? select[key][i] : select[key],
                      "unknown " + std::string(key) + " value '" + out[i] + "'" + did_you_mean(head, *known) +
                          " (expected one of: " + joined(*known) + ")");
        }
        return out;
      };
      rule.select.kinds = read_checked("kinds", &known_kinds);
      // "properties: [kiled]": a property no claim can have selects nothing.
      rule.select.properties =
          read_checked("properties", vocabulary && !vocabulary->properties.empty() ? &vocabulary->properties : nullptr);
      // "event_types: [quakes]": a type the lexicon has no event words for selects nothing.
      rule.select.event_types = read_checked(
          "event_types", vocabulary && !vocabulary->event_types.empty() ? &vocabulary->event_types : nullptr);
      rule.select.scopes = read_checked("scopes", &known_scopes);
    });

  std::set<std::string> param_names{"min_confidence"};
  for (const auto& p : kind->params) param_names.insert(p.name);
  rule.params["min_confidence"] = 0.5;
  for (const auto& p : kind->params) rule.params[p.name] = p.default_value;
  if (const auto& params = root["params"])
    collect_errors(errors, [&] {
      require_known(path, params, param_names, "params of check '" + rule.check + "'");
      for (const auto& kv : params) {
        const std::string name = kv.first.Scalar();
        rule.params[name] = read_param(path, kv.second, rule.params[name], name);
        const auto spec =
            std::find_if(kind->params.begin(), kind->params.end(), [&](const ParamSpec& p) { return p.name == name; });
        // "per_side_factor: 0", "tolerance: .nan": a number out of its range is refused.
        if (const auto* number = std::get_if<double>(&rule.params[name])) {
          const std::string range = spec == kind->params.end() ? "" : spec->range_problem(*number);
          if (!range.empty()) fail_at(path, kv.second, "parameter '" + name + "' must be " + range);
        }
        // "parts: [weekday, zzz]": a value the check does not know is a typo, not a no-op.
        if (spec == kind->params.end() || (spec->choices.empty() && !spec->check_value)) continue;
        std::vector<std::string> values;
        if (const auto* list = std::get_if<std::vector<std::string>>(&rule.params[name])) values = *list;
        if (const auto* text = std::get_if<std::string>(&rule.params[name])) values = {*text};
        if (spec->check_value)
          for (std::size_t i = 0; i < values.size(); ++i)
            if (const std::string wrong = spec->check_value(values[i]); !wrong.empty())
              fail_at(path, kv.second.IsSequence() ? kv.second[i] : kv.second,
                      "bad value '" + values[i] + "' in parameter '" + name + "': " + wrong);
        if (spec->choices.empty()) continue;
        for (std::size_t i = 0; i < values.size(); ++i)
          if (std::find(spec->choices.begin(), spec->choices.end(), values[i]) == spec->choices.end())
            fail_at(path, kv.second.IsSequence() ? kv.second[i] : kv.second,
                    "unknown value '" + values[i] + "' in parameter '" + name +
                        "' (expected one of: " + joined(spec->choices) + ")");
      }
    });
  collect_errors(errors, [&] {
    const double confidence = rule.number("min_confidence");
    if (!(confidence >= 0 && confidence <= 1))
      fail_at(path, root["params"]["min_confidence"], "min_confidence must be between 0 and 1");
  });

  collect_errors(errors, [&] {
    const auto& docs = root["docs"];
    require_known(path, docs, {"summary", "description", "flagged", "accepted", "limits"}, "docs");
    for (const char* key : {"summary", "flagged", "accepted"})
      if (!docs[key]) fail_at(path, docs, std::string("docs need '") + key + "'");
    rule.docs.summary = scalar_string(path, docs["summary"], "summary");
    if (docs["description"]) rule.docs.description = scalar_string(path, docs["description"], "description");
    rule.docs.flagged = scalar_string(path, docs["flagged"], "flagged");
    rule.docs.accepted = scalar_string(path, docs["accepted"], "accepted");
    if (docs["limits"]) rule.docs.limits = scalar_string(path, docs["limits"], "limits");
  });
  throw_if_any(std::move(errors));
  return rule;
}

namespace {

std::vector<std::filesystem::path> rule_files(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) throw InputError({dir.string(), 0, 0}, "rules directory not found");
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.is_regular_file() && (entry.path().extension() == ".yaml" || entry.path().extension() == ".yml"))
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::vector<Rule> load_rules(const std::filesystem::path& dir, const RuleVocabulary* vocabulary) {
  return load_rule_set({dir}, vocabulary);
}

std::vector<Rule> load_rule_set(const std::vector<std::filesystem::path>& dirs, const RuleVocabulary* vocabulary) {
  std::vector<Rule> rules;
  std::vector<InputError> errors;
  std::map<std::string, std::size_t> index;  // rule id -> position in `rules`
  for (const auto& dir : dirs) {
    std::vector<std::filesystem::path> files;
    if (!collect_errors(errors, [&] { files = rule_files(dir); })) continue;
    if (files.empty()) {
      // An empty --rules directory would run no rule and pass every corpus.
      errors.emplace_back(FilePosition{dir.string(), 0, 0}, "no rule files (*.yaml) in this rules directory");
      continue;
    }
    std::map<std::string, std::string> seen;  // ids of this directory
    for (const auto& f : files) {
      collect_errors(errors, [&] {
        Rule r = load_rule_file(f, vocabulary);
        if (auto it = seen.find(r.id); it != seen.end())
          throw InputError({f.string(), 1, 1}, "duplicate rule id '" + r.id + "' (also in " + it->second + ")");
        seen[r.id] = f.string();
        // A later directory (a domain, the project's rules) replaces a rule of the same id.
        if (auto it = index.find(r.id); it != index.end()) {
          r.overrides = rules[it->second].path;
          rules[it->second] = std::move(r);
        } else {
          index[r.id] = rules.size();
          rules.push_back(std::move(r));
        }
      });
    }
  }
  throw_if_any(std::move(errors));
  return rules;
}

std::filesystem::path default_rules_dir() { return data_dir().path / "rules"; }

std::string render_message(const std::string& templ, const std::map<std::string, std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < templ.size(); ++i) {
    if (templ[i] == '{') {
      const auto close = templ.find('}', i);
      if (close != std::string::npos) {
        auto it = values.find(templ.substr(i + 1, close - i - 1));
        if (it != values.end()) {
          out += it->second;
          i = close;
          continue;
        }
      }
    }
    out += templ[i];
  }
  return out;
}

RuleInfo rule_info(const Rule& rule) {
  RuleInfo info;
  info.id = rule.id;
  info.check = rule.check;
  info.kind = rule.kind;
  info.level = rule.level;
  info.summary = rule.docs.summary;
  info.description = rule.docs.description.empty() ? rule.docs.summary : rule.docs.description;
  info.help = "Flagged:\n" + rule.docs.flagged + "\nAccepted:\n" + rule.docs.accepted;
  if (!rule.docs.limits.empty()) info.help += "\nLimits:\n" + rule.docs.limits;
  return info;
}

}  // namespace crosscheck
