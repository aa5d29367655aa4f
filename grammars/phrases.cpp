#include "grammars/phrases.hpp"

#include <algorithm>
#include <array>
#include <bitset>

#include "grammars/lexicon_symbols.hpp"

namespace crosscheck::grammars {

struct PhraseMatcher::Table {
  SymbolTable symbols;
  bool empty = true;
  // The first two bytes of every phrase (the first byte alone for a phrase of one byte): a word
  // start no phrase begins with is passed over without a lookup in the symbols' tree, the walk's
  // cost at nearly every word of a sentence.
  std::bitset<256> single;
  std::bitset<256 * 256> pair;
  bool may_start(const char* at, const char* last) const {
    const auto b0 = static_cast<unsigned char>(at[0]);
    if (single[b0]) return true;
    return at + 1 != last && pair[b0 * 256u + static_cast<unsigned char>(at[1])];
  }
};

namespace {

// A byte that continues a word: ASCII letters and digits, '_' and every byte of a UTF-8
// sequence (std::isalnum in the C locale, without a libc call per character).
constexpr std::array<bool, 256> word_bytes = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c)
    table[static_cast<std::size_t>(c)] =
        (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
  return table;
}();

bool is_word_char(char c) { return word_bytes[static_cast<unsigned char>(c)]; }

}  // namespace

PhraseMatcher::PhraseMatcher(const Lexicon& lexicon, std::string_view section) : table_(std::make_unique<Table>()) {
  fill_symbols(table_->symbols, lexicon, section);
  table_->empty = lexicon.section(section).empty();
  table_->symbols.for_each([&](const std::string& key, const std::string&) {
    if (key.size() == 1) table_->single.set(static_cast<unsigned char>(key[0]));
    if (key.size() >= 2)
      table_->pair.set(static_cast<unsigned char>(key[0]) * 256u + static_cast<unsigned char>(key[1]));
  });
}

PhraseMatcher::~PhraseMatcher() = default;
PhraseMatcher::PhraseMatcher(PhraseMatcher&&) noexcept = default;
PhraseMatcher& PhraseMatcher::operator=(PhraseMatcher&&) noexcept = default;

bool PhraseMatcher::empty() const { return table_->empty; }

// At each word start, the longest phrase; `on_start(begin, end, boundary, value)` for each
// start where one begins. After a phrase on a word boundary the walk goes on at its end,
// else after the word.
template <class OnStart>
void PhraseMatcher::walk(std::string_view text, OnStart&& on_start) const {
  if (table_->empty) return;
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
    if (table_->may_start(it, last) && x3::parse(first, last, table_->symbols, value)) {
      // a phrase that ends in an elision ("all'") ends its word: "all'aeroporto"
      const bool boundary = first == last || !is_word_char(*first) || !is_word_char(*(first - 1));
      on_start(static_cast<std::size_t>(it - base), static_cast<std::size_t>(first - base), boundary, std::move(value));
      if (boundary) {
        it = first;
        continue;
      }
    }
    while (it != last && is_word_char(*it)) ++it;
  }
}

std::vector<PhraseMention> PhraseMatcher::find(std::string_view text) const {
  std::vector<PhraseMention> out;
  walk(text, [&](std::size_t begin, std::size_t end, bool boundary, std::string&& value) {
    if (boundary) out.push_back({begin, end, std::move(value)});
  });
  return out;
}

std::vector<PhraseMatcher::Start> PhraseMatcher::starts(std::string_view text) const {
  std::vector<Start> out;
  walk(text, [&](std::size_t begin, std::size_t end, bool boundary, std::string&& value) {
    out.push_back({begin, end, boundary, std::move(value)});
  });
  return out;
}

PhraseIndex::PhraseIndex(const PhraseMatcher& matcher, std::string_view text)
    : matcher_(matcher), text_(text), starts_(matcher.starts(text)) {}

bool PhraseIndex::in_step(std::size_t from) const {
  if (from == 0 || from >= text_.size()) return false;
  if (is_word_char(text_[from - 1]) && is_word_char(text_[from])) return true;  // inside a word
  // inside a phrase the whole walk found (it goes on after its end)
  auto after = std::upper_bound(starts_.begin(), starts_.end(), from,
                                [](std::size_t at, const PhraseMatcher::Start& s) { return at < s.begin; });
  while (after != starts_.begin()) {
    --after;
    if (after->boundary) return after->begin < from && from < after->end;
  }
  return false;
}

std::vector<PhraseMention> PhraseIndex::find(std::size_t from, std::size_t to) const {
  to = std::min(to, text_.size());
  if (from >= to) return {};
  if (in_step(from)) return matcher_.find(text_.substr(from, to - from));
  std::vector<PhraseMention> out;
  auto s = std::lower_bound(starts_.begin(), starts_.end(), from,
                            [](const PhraseMatcher::Start& start, std::size_t at) { return start.begin < at; });
  for (; s != starts_.end() && s->begin < to; ++s) {
    if (s->end > to) {  // the part ends inside the phrase: try again within the part
      for (auto& m : matcher_.find(text_.substr(s->begin, to - s->begin)))
        out.push_back({m.begin + s->begin - from, m.end + s->begin - from, std::move(m.value)});
      break;
    }
    if (s->boundary || s->end == to) out.push_back({s->begin - from, s->end - from, s->value});
    if (s->end == to) break;
  }
  return out;
}

}  // namespace crosscheck::grammars
