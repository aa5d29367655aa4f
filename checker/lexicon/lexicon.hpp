// The vocabulary as data: YAML files of sections (categories, triggers, qualifiers, months,
// titles, ...), each mapping a canonical value to the phrases that express it. Grammars turn
// sections into x3::symbols tables; a new domain is a new YAML file, not a recompile.
#pragma once

#include <filesystem>
#include <map>
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
  // Loads every *.yaml file in `dir` (sorted by name). Throws InputError with file:line:col.
  static Lexicon load_directory(const std::filesystem::path& dir);

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

 private:
  std::map<std::string, std::vector<LexiconEntry>, std::less<>> sections_;
};

// The lexicon shipped with crosscheck (lexicon/en in the source tree).
std::filesystem::path default_lexicon_dir();

}  // namespace crosscheck
