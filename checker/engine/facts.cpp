#include "checker/engine/facts.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
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
  require_known(path, root, {"events", "offices"}, "a facts file");
  if (const auto& list = root["events"]) {
    if (!list.IsSequence()) fail_at(path, list, "events must be a list");
    for (const auto& node : list) {
      require_known(path, node, {"id", "name", "date", "subjects", "event_type", "place"}, "an event");
      FactEvent e;
      e.id = scalar_string(path, required_key(path, node, "id", "an event"), "id");
      // One id, one fact: a second definition (in this file or another) is a mistake.
      if (const auto seen = event_files.find(e.id); seen != event_files.end())
        fail_at(path, node["id"], "duplicate fact id '" + e.id + "' (also in " + seen->second + ")");
      event_files.emplace(e.id, path);
      e.name = node["name"] ? scalar_string(path, node["name"], "name") : e.id;
      e.date = required_date(path, required_key(path, node, "date", "an event"), "date");
      e.subjects = string_list(path, node["subjects"], "subjects");
      if (node["event_type"]) e.event_type = scalar_string(path, node["event_type"], "event_type");
      if (const auto& place = node["place"]) {
        if (place.IsScalar()) e.places = {scalar_string(path, place, "place")};
        else e.places = string_list(path, place, "place");
      }
      events.push_back(std::move(e));
    }
  }
  if (const auto& list = root["offices"]) {
    if (!list.IsSequence()) fail_at(path, list, "offices must be a list");
    for (const auto& node : list) {
      require_known(path, node, {"person", "aliases", "title", "affiliation", "terms"}, "an office");
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
        require_known(path, t, {"from", "to"}, "a term");
        OfficeTerm term;
        term.from = required_date(path, required_key(path, t, "from", "a term"), "from");
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

namespace {

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || (c & 0x80); }

// The capitalised words naming a place next to `at..end` (the subject in `text`): right before
// it past lower-case modifiers ("Sudan's civil war", "the Syrian war"), after "in"/"on"/"of"
// right after it ("the war in Sudan"), or its sides after "between" ("the conflict between the
// Sudanese army and the RSF"). Empty when none.
std::vector<std::string> places_next_to(std::string_view text, std::size_t at, std::size_t end) {
  std::vector<std::string> out;
  const auto capital = [](const std::string& w) {
    return !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
  };
  const auto strip = [](std::string w) {
    for (const char* s : {"'s", "\xe2\x80\x99s"})
      if (w.size() > std::strlen(s) && w.ends_with(s)) w.resize(w.size() - std::strlen(s));
    return w;
  };
  std::size_t i = at;
  for (int n = 0; n < 2 && i > 0; ++n) {
    while (i > 0 && text[i - 1] == ' ') --i;
    std::size_t b = i;
    while (b > 0 && (word_char(text[b - 1]) || text[b - 1] == '\'')) --b;
    if (b == i) break;
    const std::string w(text.substr(b, i - b));
    i = b;
    // The first word of a sentence is capitalised whatever it is, unless it is a possessive.
    const bool sentence_start = b == 0 && strip(w) == w;
    if (capital(w) && !sentence_start) {
      out.push_back(strip(w));
      break;
    }
    if (capital(w)) break;
  }
  std::size_t j = end;
  while (j < text.size() && text[j] == ' ') ++j;
  // the capitalised word at k (past "the "), added when there is one; returns where it ends
  const auto word_at = [&](std::size_t k) {
    if (text.substr(k).starts_with("the ")) k += 4;
    std::size_t e = k;
    while (e < text.size() && word_char(text[e])) ++e;
    const std::string w(text.substr(k, e - k));
    if (capital(w)) out.push_back(w);
    return e;
  };
  for (const std::string_view link : {"in ", "on ", "of "})
    if (text.substr(j).starts_with(link)) word_at(j + link.size());
  // "the conflict between the Sudanese army and the RSF": the sides name the war
  if (constexpr std::string_view between = "between "; text.substr(j).starts_with(between)) {
    const std::size_t e = word_at(j + between.size());
    constexpr std::size_t max_side_chars = 24;
    if (const std::size_t a = text.find(" and ", e); a != std::string_view::npos && a - e <= max_side_chars)
      word_at(a + std::string_view(" and ").size());
  }
  return out;
}

}  // namespace

const FactEvent* ReferenceFacts::event_for_claim(std::string_view subject, const Claim& claim, std::string* why,
                                                 const SortedStrings* names) const {
  const FactEvent* e = event(subject) ? event(subject) : event_for_subject(subject);
  if (!e) return nullptr;
  const auto say = [&](const std::string& reason) {
    if (why) *why = reason;
    return nullptr;
  };
  if (!e->event_type.empty() && !claim.event.type.empty() && claim.event.type != e->event_type)
    return say("the fact " + e->id + " is about a " + e->event_type + ", the claim about a " + claim.event.type);
  if (e->places.empty()) return e;
  // "Russia-Ukraine war": a compound is listed when each of its parts is.
  const auto listed = [&](std::string_view place) {
    const std::string p = lower(place);
    std::size_t from = 0;
    for (std::size_t dash = p.find('-'); from <= p.size(); dash = p.find('-', from)) {
      const std::string part = p.substr(from, dash == std::string::npos ? std::string::npos : dash - from);
      if (!std::any_of(e->places.begin(), e->places.end(), [&](const std::string& q) { return lower(q) == part; }))
        return false;
      if (dash == std::string::npos) break;
      from = dash + 1;
    }
    return true;
  };
  if (names && std::none_of(e->places.begin(), e->places.end(),
                            [&](const std::string& place) { return names->count(lower(place)) > 0; }))
    return say("the article never names " + e->places.front() + " or another place of " + e->id);
  if (!claim.location.empty() && !listed(claim.location))
    return say("the claim is about " + claim.location + ", the fact " + e->id + " about " + e->places.front());
  // Every mention of the subject in the sentence: one named with another place is another
  // occurrence ("unlike the civil war in Sudan, the war ..." is left alone too: precision first).
  const std::string text = claim.snippet;
  const std::string low = lower(text);
  const std::string sub = lower(subject);
  for (std::size_t at = low.find(sub); at != std::string::npos && !sub.empty(); at = low.find(sub, at + 1)) {
    const std::size_t end = at + sub.size();
    if ((at > 0 && word_char(text[at - 1])) || (end < text.size() && word_char(text[end]))) continue;
    for (const auto& place : places_next_to(text, at, end))
      if (!listed(place))
        return say("the sentence names the " + std::string(subject) + " with " + place + ", not one of the places of " +
                   e->id);
  }
  return e;
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
