#include "grammars/stages_word_gate.hpp"

#include <array>
#include <cctype>

#include "grammars/lexicon_symbols.hpp"

namespace crosscheck::grammars {

namespace {

// A byte table instead of libc isalnum, which showed up in profiles of the gate.
constexpr std::array<bool, 256> ascii_alnum_table = [] {
  std::array<bool, 256> table{};
  for (int c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = true;
  for (int c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = true;
  for (int c = 'A'; c <= 'Z'; ++c) table[static_cast<std::size_t>(c)] = true;
  return table;
}();

bool is_ascii_alnum(char c) { return ascii_alnum_table[static_cast<unsigned char>(c)]; }

// True when the character that ends just before `pos` continues a word: an ASCII letter or
// digit, or a non-ASCII letter. U+2000..U+203F (E2 80 xx: quotes, dashes) do not.
bool word_continues_before(std::string_view text, std::size_t pos) {
  if (pos == 0) return false;
  const auto prev = static_cast<unsigned char>(text[pos - 1]);
  if (prev < 0x80) return is_ascii_alnum(text[pos - 1]);
  if (pos >= 3 && static_cast<unsigned char>(text[pos - 3]) == 0xE2 &&
      static_cast<unsigned char>(text[pos - 2]) == 0x80)
    return false;
  return true;
}

}  // namespace

std::string_view gate_word_at(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && is_ascii_alnum(text[end])) ++end;
  return text.substr(pos, end - pos);
}

std::size_t next_word_start(std::string_view text, std::size_t pos) {
  while (pos < text.size() && word_continues_before(text, pos) && is_ascii_alnum(text[pos])) ++pos;
  for (; pos < text.size(); ++pos) {
    if (is_ascii_alnum(text[pos]) && !word_continues_before(text, pos)) return pos;
  }
  return std::string_view::npos;
}

std::size_t trim_trailing_space(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return end;
}

std::string_view previous_word(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end > 0 && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  std::size_t begin = end;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
  return text.substr(begin, end - begin);
}

void WordGate::add_section(const Lexicon& lexicon, std::string_view section) {
  for (const auto& entry : lexicon.section(section)) {
    for (const auto& variant : case_variants(entry.phrase)) {
      const auto word = gate_word_at(variant, 0);
      if (word.empty()) continue;
      first_words_.emplace(word);
      if (word.size() < 64)
        lengths_by_first_byte_[static_cast<unsigned char>(word[0])] |= std::uint64_t{1} << word.size();
    }
  }
}

bool WordGate::opens(std::string_view word) const {
  if (word.empty()) return false;
  if (digits_ && word[0] >= '0' && word[0] <= '9') return true;
  if (word.size() >= 64) return false;
  if (!((lengths_by_first_byte_[static_cast<unsigned char>(word[0])] >> word.size()) & 1u)) return false;
  return first_words_.find(word) != first_words_.end();
}

}  // namespace crosscheck::grammars
