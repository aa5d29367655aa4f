#include "grammars/phrases.hpp"

#include <cctype>

#include "grammars/lexicon_symbols.hpp"

namespace crosscheck::grammars {

struct PhraseMatcher::Table {
  x3::symbols<std::string> symbols;
  bool empty = true;
};

namespace {

bool is_word_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u >= 0x80 || c == '_';
}

}  // namespace

PhraseMatcher::PhraseMatcher(const Lexicon& lexicon, std::string_view section) : table_(std::make_unique<Table>()) {
  fill_symbols(table_->symbols, lexicon, section);
  table_->empty = lexicon.section(section).empty();
}

PhraseMatcher::~PhraseMatcher() = default;
PhraseMatcher::PhraseMatcher(PhraseMatcher&&) noexcept = default;
PhraseMatcher& PhraseMatcher::operator=(PhraseMatcher&&) noexcept = default;

bool PhraseMatcher::empty() const { return table_->empty; }

std::vector<PhraseMention> PhraseMatcher::find(std::string_view text) const {
  std::vector<PhraseMention> out;
  if (table_->empty) return out;
  const char* const base = text.data();
  const char* const last = base + text.size();
  const char* it = base;
  while (it != last) {
    const bool word_start = is_word_char(*it) && (it == base || !is_word_char(*(it - 1)));
    if (!word_start) {
      ++it;
      continue;
    }
    const char* first = it;
    std::string value;
    if (x3::parse(first, last, table_->symbols, value) && at_word_boundary(first, last)) {
      out.push_back({static_cast<std::size_t>(it - base), static_cast<std::size_t>(first - base), std::move(value)});
      it = first;
      continue;
    }
    while (it != last && is_word_char(*it)) ++it;
  }
  return out;
}

}  // namespace crosscheck::grammars
