#include "checker/engine/facts.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "checker/core/data_dir.hpp"
#include "checker/core/yaml_file.hpp"

namespace crosscheck {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

void check_keys(const std::string& path, const YAML::Node& node, const std::set<std::string>& allowed,
                const std::string& what) {
  if (!node.IsMap()) fail_at(path, node, what + " must be a map");
  for (const auto& kv : node) {
    const std::string key = scalar_string(path, kv.first, "key");
    if (!allowed.count(key)) fail_at(path, kv.first, "unknown key '" + key + "' in " + what);
  }
}

Date required_date(const std::string& path, const YAML::Node& node, const std::string& what) {
  if (!node) throw InputError({path, 0, 0}, what + " is required");
  auto date = parse_iso_date(scalar_string(path, node, what));
  if (!date) fail_at(path, node, what + " must be a date YYYY-MM-DD");
  return *date;
}

std::vector<std::string> string_list(const std::string& path, const YAML::Node& node, const std::string& what) {
  std::vector<std::string> out;
  if (!node) return out;
  if (!node.IsSequence()) fail_at(path, node, what + " must be a list of strings");
  for (const auto& item : node) out.push_back(scalar_string(path, item, what));
  return out;
}

}  // namespace

void ReferenceFacts::add_file(const std::filesystem::path& file) {
  const std::string path = file.string();
  const YAML::Node root = load_yaml_file(file);
  if (root.IsNull()) return;
  check_keys(path, root, {"events", "offices"}, "a facts file");
  if (const auto& list = root["events"]) {
    if (!list.IsSequence()) fail_at(path, list, "events must be a list");
    for (const auto& node : list) {
      check_keys(path, node, {"id", "name", "date", "subjects"}, "an event");
      FactEvent e;
      e.id = scalar_string(path, node["id"], "id");
      // One id, one fact: a second definition (in this file or another) is a mistake.
      if (const auto seen = event_files.find(e.id); seen != event_files.end())
        fail_at(path, node["id"], "duplicate fact id '" + e.id + "' (also in " + seen->second + ")");
      event_files.emplace(e.id, path);
      e.name = node["name"] ? scalar_string(path, node["name"], "name") : e.id;
      e.date = required_date(path, node["date"], "date");
      e.subjects = string_list(path, node["subjects"], "subjects");
      events.push_back(std::move(e));
    }
  }
  if (const auto& list = root["offices"]) {
    if (!list.IsSequence()) fail_at(path, list, "offices must be a list");
    for (const auto& node : list) {
      check_keys(path, node, {"person", "aliases", "title", "affiliation", "terms"}, "an office");
      Office o;
      if (!node["person"] || !node["title"]) fail_at(path, node, "an office needs person and title");
      o.person = scalar_string(path, node["person"], "person");
      o.aliases = string_list(path, node["aliases"], "aliases");
      o.title = scalar_string(path, node["title"], "title");
      if (node["affiliation"]) o.affiliation = scalar_string(path, node["affiliation"], "affiliation");
      o.source = file.filename().string();
      const auto& terms = node["terms"];
      if (!terms || !terms.IsSequence()) fail_at(path, node, "an office needs a list of terms");
      for (const auto& t : terms) {
        check_keys(path, t, {"from", "to"}, "a term");
        OfficeTerm term;
        term.from = required_date(path, t["from"], "from");
        if (t["to"] && !t["to"].IsNull()) term.to = required_date(path, t["to"], "to");
        if (term.to && *term.to < term.from) fail_at(path, t, "a term cannot end before it starts");
        o.terms.push_back(term);
      }
      offices.push_back(std::move(o));
    }
  }
}

const FactEvent* ReferenceFacts::event(std::string_view id) const {
  for (const auto& e : events)
    if (e.id == id) return &e;
  return nullptr;
}

const FactEvent* ReferenceFacts::event_for_subject(std::string_view subject) const {
  const std::string s = lower(subject);
  for (const auto& e : events)
    for (const auto& sub : e.subjects)
      if (lower(sub) == s) return &e;
  return nullptr;
}

const Office* ReferenceFacts::office(std::string_view person, std::string_view title) const {
  const std::string p = lower(person);
  for (const auto& o : offices) {
    if (o.title != title) continue;
    if (lower(o.person) == p) return &o;
    for (const auto& a : o.aliases)
      if (lower(a) == p) return &o;
  }
  return nullptr;
}

bool ReferenceFacts::in_office(const Office& o, Date when) const {
  return std::any_of(o.terms.begin(), o.terms.end(),
                     [&](const OfficeTerm& t) { return t.from <= when && (!t.to || when < *t.to); });
}

std::filesystem::path default_facts_file() { return data_dir().path / "facts" / "reference.yaml"; }

}  // namespace crosscheck
