#include "grammars/lexicon_symbols.hpp"

#include <algorithm>
#include <cctype>

namespace crosscheck::grammars {

std::vector<std::string> case_variants(std::string_view phrase) {
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
  add(std::string(phrase));
  add(lower);
  add(capital);
  add(upper);
  return out;
}

void fill_symbols(SymbolTable& table, const Lexicon& lexicon, std::string_view section) {
  for (const auto& entry : lexicon.section(section)) {
    for (const auto& variant : case_variants(entry.phrase)) {
      // First entry wins, so a lexicon can list a specific reading before a general one.
      if (!table.find(variant)) table.add(variant, entry.value);
    }
  }
}

}  // namespace crosscheck::grammars
