// The vocabulary as data: YAML files of sections (categories, triggers, qualifiers, months,
// titles, ...), each mapping a canonical value to the phrases that express it, and language
// overlays that extend them per document language. A new domain or language is YAML, not a
// recompile.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

struct LexiconEntry {
  std::string phrase;  // as it appears in text, e.g. "military personnel"
  std::string value;   // canonical value, e.g. "military"
};

class Lexicon {
 public:
  // Loads every *.yaml file in `dir` (sorted by name), then each sibling directory named by a
  // language tag ("es", "it": two or three lower-case letters) as that language's overlay
  // (lexicon/en is the base, lexicon/es extends it for `lang: es`). Throws InputError with
  // file:line:col.
  static Lexicon load_directory(const std::filesystem::path& dir);
  // Only the *.yaml files of `dir`, no overlays.
  static Lexicon load_files(const std::filesystem::path& dir);
  // The base lexicon of `base_dir` (with its language overlays), extended by the *.yaml files
  // of `extra_dir`: a newsroom's own words come first in every section they add to, and every
  // section they leave out keeps the base's entries (`--lexicon DIR`).
  static Lexicon load_extended(const std::filesystem::path& base_dir, const std::filesystem::path& extra_dir);
  // The same with several extensions (domains, the project's lexicon, --lexicon), the later
  // ones first in each section. Every unknown section of every file is reported at once
  // (ConfigErrors).
  static Lexicon load_extended(const std::filesystem::path& base_dir,
                               const std::vector<std::filesystem::path>& extra_dirs);
  // The same over a base already loaded (the fuzzer loads it once, not per input).
  static Lexicon load_extended(const Lexicon& base, const std::vector<std::filesystem::path>& extra_dirs);

  // Adds one file's sections. A file is a map: section -> (canonical -> [phrases]) or
  // section -> [phrases] (each phrase is its own canonical value).
  void add_file(const std::filesystem::path& path);
  void add(std::string_view section, std::string phrase, std::string value);

  // Entries of a section in file order; empty when the section is absent.
  const std::vector<LexiconEntry>& section(std::string_view name) const;
  bool has_section(std::string_view name) const;
  std::vector<std::string> section_names() const;

  // The canonical value of `phrase` (compared case-insensitively) in `section`, or "".
  std::string lookup(std::string_view section, std::string_view phrase) const;

  // Language overlays. An overlay's entries come before the base's in every section it has
  // (grammars keep the first reading of a phrase, so the language's own reading wins).
  void add_overlay(std::string lang, Lexicon overlay);
  std::vector<std::string> languages() const;  // tags with an overlay, sorted
  // The lexicon for a document language ("es", "es-MX", "ES_es"): base plus that overlay, or
  // nullptr when there is no overlay for it (the base applies as it is).
  const Lexicon* for_language(std::string_view lang) const;

 private:
  std::map<std::string, std::vector<LexiconEntry>, std::less<>> sections_;
  // Each overlay merged with the base once, at load.
  std::map<std::string, std::shared_ptr<const Lexicon>, std::less<>> languages_;
};

// "es-MX", "ES_es" -> "es": the part of a language tag that selects an overlay.
std::string primary_language(std::string_view tag);

// The lexicon shipped with crosscheck (lexicon/en in the source tree).
std::filesystem::path default_lexicon_dir();

}  // namespace crosscheck
