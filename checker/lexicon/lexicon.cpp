#include "checker/lexicon/lexicon.hpp"

#include <algorithm>
#include <cctype>

#include "checker/core/data_dir.hpp"
#include "checker/core/yaml_file.hpp"

namespace crosscheck {

namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// Overlay directories are named by a language tag: "es", "it", "ast".
bool is_language_tag(const std::string& name) {
  return name.size() >= 2 && name.size() <= 3 &&
         std::all_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

namespace {

// The shipped lexicon names every section crosscheck reads: a section of an extension that it
// does not have is a typo ("count_categores"), reported at its position with the nearest name.
// Every such section of every file is reported, not only the first.
void check_sections(const std::filesystem::path& dir, const Lexicon& base, std::vector<InputError>& errors) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().extension() == ".yaml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  auto known = base.section_names();
  for (const auto& lang : base.languages())
    for (const auto& name : base.for_language(lang)->section_names())
      if (std::find(known.begin(), known.end(), name) == known.end()) known.push_back(name);
  for (const auto& file : files) {
    YAML::Node root;
    if (!collect_errors(errors, [&] { root = load_yaml_file(file); }) || !root.IsMap()) continue;
    for (const auto& section : root) {
      const std::string name = section.first.Scalar();
      if (std::find(known.begin(), known.end(), name) != known.end()) continue;
      const std::string nearest = nearest_name(name, known);
      collect_errors(errors, [&] {
        fail_at(file.string(), section.first,
                "unknown lexicon section '" + name + "'" +
                    (!nearest.empty() ? " (did you mean '" + nearest + "'?)"
                                      : " (the shipped lexicon has no such section)"));
      });
    }
  }
}

}  // namespace

Lexicon Lexicon::load_extended(const std::filesystem::path& base_dir, const std::filesystem::path& extra_dir) {
  return load_extended(base_dir, std::vector<std::filesystem::path>{extra_dir});
}

Lexicon Lexicon::load_extended(const std::filesystem::path& base_dir,
                               const std::vector<std::filesystem::path>& extra_dirs) {
  return load_extended(load_directory(base_dir), extra_dirs);
}

Lexicon Lexicon::load_extended(const Lexicon& base, const std::vector<std::filesystem::path>& extra_dirs) {
  if (extra_dirs.empty()) return base;
  std::vector<InputError> errors;
  // Later directories are the more specific ones (a domain, then the project, then the
  // command line): their words come first.
  std::vector<Lexicon> extras;
  for (const auto& dir : extra_dirs) {
    collect_errors(errors, [&] {
      Lexicon extra = load_files(dir);
      check_sections(dir, base, errors);
      extras.push_back(std::move(extra));
    });
  }
  throw_if_any(std::move(errors));
  Lexicon lexicon;
  for (auto extra = extras.rbegin(); extra != extras.rend(); ++extra)
    for (const auto& [name, entries] : extra->sections_) {
      auto& target = lexicon.sections_[name];
      target.insert(target.end(), entries.begin(), entries.end());
    }
  for (const auto& [name, entries] : base.sections_) {
    auto& target = lexicon.sections_[name];
    target.insert(target.end(), entries.begin(), entries.end());
  }
  // The language overlays extend the extended base.
  for (const auto& [lang, merged] : base.languages_) {
    Lexicon overlay;
    for (const auto& [name, entries] : merged->sections_) {
      const auto& base_entries = base.section(name);
      // The overlay's own entries: those before the base's in the merged section.
      overlay.sections_[name].assign(entries.begin(), entries.end() - static_cast<std::ptrdiff_t>(base_entries.size()));
    }
    lexicon.add_overlay(lang, std::move(overlay));
  }
  return lexicon;
}

Lexicon Lexicon::load_directory(const std::filesystem::path& dir) {
  Lexicon lexicon = load_files(dir);
  const std::filesystem::path base = std::filesystem::absolute(dir).lexically_normal();
  const std::filesystem::path own = base.has_filename() ? base : base.parent_path();
  std::vector<std::filesystem::path> siblings;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(own.parent_path(), ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_directory() && is_language_tag(name) && name != own.filename().string())
      siblings.push_back(entry.path());
  }
  std::sort(siblings.begin(), siblings.end());
  for (const auto& sibling : siblings) lexicon.add_overlay(sibling.filename().string(), load_files(sibling));
  return lexicon;
}

Lexicon Lexicon::load_files(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) throw InputError({dir.string(), 0, 0}, "lexicon directory not found");
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  Lexicon lexicon;
  for (const auto& file : files) lexicon.add_file(file);
  return lexicon;
}

void Lexicon::add_file(const std::filesystem::path& path) {
  const std::string name = path.string();
  const YAML::Node root = load_yaml_file(path);
  if (root.IsNull()) return;
  if (!root.IsMap()) fail_at(name, root, "a lexicon file must be a map of sections");
  for (const auto& section : root) {
    const std::string section_name = scalar_string(name, section.first, "section name");
    const YAML::Node& body = section.second;
    // an empty section ("count_trailing_sides: []") is still one: an extension may fill it
    sections_.try_emplace(section_name);
    auto add_phrase = [&](const YAML::Node& phrase_node, const std::string& value) {
      std::string phrase = scalar_string(name, phrase_node, "phrase in section '" + section_name + "'");
      if (phrase.empty()) fail_at(name, phrase_node, "empty phrase in section '" + section_name + "'");
      add(section_name, std::move(phrase), value);
    };
    if (body.IsSequence()) {
      for (const auto& phrase : body) add_phrase(phrase, scalar_string(name, phrase, "phrase"));
    } else if (body.IsMap()) {
      for (const auto& group : body) {
        const std::string value = scalar_string(name, group.first, "canonical value");
        if (group.second.IsSequence()) {
          for (const auto& phrase : group.second) add_phrase(phrase, value);
        } else if (group.second.IsScalar()) {
          add_phrase(group.second, value);
        } else {
          fail_at(name, group.second, "expected a phrase or a list of phrases for '" + value + "'");
        }
      }
    } else if (!body.IsNull()) {
      fail_at(name, body, "section '" + section_name + "' must be a list or a map of lists");
    }
  }
}

void Lexicon::add(std::string_view section, std::string phrase, std::string value) {
  auto it = sections_.find(section);
  if (it == sections_.end()) it = sections_.emplace(std::string(section), std::vector<LexiconEntry>{}).first;
  it->second.push_back({std::move(phrase), std::move(value)});
}

const std::vector<LexiconEntry>& Lexicon::section(std::string_view name) const {
  static const std::vector<LexiconEntry> empty;
  auto it = sections_.find(name);
  return it == sections_.end() ? empty : it->second;
}

bool Lexicon::has_section(std::string_view name) const { return sections_.find(name) != sections_.end(); }

std::vector<std::string> Lexicon::section_names() const {
  std::vector<std::string> names;
  for (const auto& [name, entries] : sections_) names.push_back(name);
  return names;
}

std::string Lexicon::lookup(std::string_view section_name, std::string_view phrase) const {
  for (const auto& entry : section(section_name)) {
    if (iequals(entry.phrase, phrase)) return entry.value;
  }
  return {};
}

void Lexicon::add_overlay(std::string lang, Lexicon overlay) {
  auto merged = std::make_shared<Lexicon>();
  for (const auto& [name, entries] : overlay.sections_) merged->sections_[name] = entries;
  for (const auto& [name, entries] : sections_) {
    auto& target = merged->sections_[name];
    target.insert(target.end(), entries.begin(), entries.end());
  }
  languages_[std::move(lang)] = std::move(merged);
}

std::vector<std::string> Lexicon::languages() const {
  std::vector<std::string> tags;
  for (const auto& [tag, lexicon] : languages_) tags.push_back(tag);
  return tags;
}

const Lexicon* Lexicon::for_language(std::string_view lang) const {
  auto it = languages_.find(primary_language(lang));
  return it == languages_.end() ? nullptr : it->second.get();
}

std::string primary_language(std::string_view tag) {
  std::string out(tag.substr(0, tag.find_first_of("-_")));
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::filesystem::path default_lexicon_dir() { return data_dir().path / "lexicon" / "en"; }

}  // namespace crosscheck
