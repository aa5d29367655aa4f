#include "grammars/lexicon_symbols.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <mutex>

namespace crosscheck::grammars {

std::vector<std::string> case_variants(std::string_view phrase, bool title_case) {
  std::vector<std::string> out;
  auto add = [&](std::string s) {
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  };
  std::string lower(phrase), capital(phrase), upper(phrase);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  capital = lower;
  if (!capital.empty()) capital[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[0])));
  // A headline in title case capitalises every word: "Iran Says More Than 600 Killed"
  std::string title = lower;
  for (std::size_t i = 0; i < title.size(); ++i)
    if (i == 0 || title[i - 1] == ' ') title[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[i])));
  // ... and a headline's style that keeps short words in lower case: "Leaves at Least 20 Dead"
  constexpr std::size_t max_short_word = 3;
  std::string headline = lower;
  for (std::size_t i = 0; i < headline.size(); ++i)
    if (i == 0 || headline[i - 1] == ' ') {
      const std::size_t end = std::min(headline.find(' ', i), headline.size());
      if (end - i > max_short_word)
        headline[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(headline[i])));
    }
  add(std::string(phrase));
  // as written, opening a sentence: "On Wednesday alone" of "on Wednesday alone"
  std::string opening(phrase);
  if (!opening.empty()) opening[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(opening[0])));
  add(opening);
  add(lower);
  add(capital);
  if (title_case) add(title);
  if (title_case) add(headline);
  add(upper);
  return out;
}

// An event trigger of several words in title case is most often a part of a name ("the Sichuan
// Forest Fire Brigade", "the Flood Control Office"), not the event: triggers keep their other
// spellings only ("Forest fire kills 12", "FOREST FIRE").
namespace {
bool title_cased_section(std::string_view section) { return section != "event_triggers"; }
}  // namespace

namespace {

using Lookup = SymbolLookup;

void add_section(SymbolTable& table, const Lexicon& lexicon, std::string_view section) {
  for (const auto& entry : lexicon.section(section)) {
    for (const auto& variant : case_variants(entry.phrase, title_cased_section(section))) {
      // First entry wins, so a lexicon can list a specific reading before a general one.
      if (!table.find(variant)) table.add(variant, entry.value);
    }
  }
}

// Every grammar family builds its own tables from the same sections (the number words alone
// 21 times): the trees of one section's entries are built once and shared while any table
// holds them. Keyed by the section's name and entries, so a lexicon loaded again (a test, a
// domain, a language overlay) finds its own tree whenever its words differ.
class SharedTables {
 public:
  std::shared_ptr<Lookup> get(const Lexicon& lexicon, std::string_view section) {
    std::string key(section);
    for (const auto& entry : lexicon.section(section))
      key.append("\x1f").append(entry.phrase).append("\x1e").append(entry.value);
    const std::lock_guard lock(mutex_);
    if (const auto it = trees_.find(key); it != trees_.end())
      if (auto tree = it->second.lock()) return tree;
    std::erase_if(trees_, [](const auto& kv) { return kv.second.expired(); });
    SymbolTable built;
    add_section(built, lexicon, section);
    trees_[std::move(key)] = built.lookup;
    return built.lookup;
  }

  bool holds(const Lookup* tree) {
    const std::lock_guard lock(mutex_);
    return std::any_of(trees_.begin(), trees_.end(), [&](const auto& kv) { return kv.second.lock().get() == tree; });
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::weak_ptr<Lookup>, std::less<>> trees_;
};

SharedTables& shared_tables() {
  static SharedTables* const tables = new SharedTables;  // never destroyed: tables outlive statics
  return *tables;
}

}  // namespace

void fill_symbols(SymbolTable& table, const Lexicon& lexicon, std::string_view section) {
  if (table.lookup->node_count() == 0) {
    table.lookup = shared_tables().get(lexicon, section);
    return;
  }
  // a second section into one table: its own copy of the shared tree, then extended
  if (table.lookup.use_count() > 1 || shared_tables().holds(table.lookup.get()))
    table.lookup = std::make_shared<Lookup>(*table.lookup);
  add_section(table, lexicon, section);
}

}  // namespace crosscheck::grammars
