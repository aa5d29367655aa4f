#include <algorithm>

#include "checker/text/document.hpp"
#include "checker/text/normalize.hpp"

namespace crosscheck {

OffsetMap::OffsetMap(NormToByte norm_to_byte, const std::string& original,
                     const std::vector<std::pair<std::size_t, std::size_t>>& source_units)
    : norm_to_byte_(std::move(norm_to_byte)), units_(source_units) {
  if (norm_to_byte_.empty()) norm_to_byte_.push_back(original.size());
  line_starts_.push_back(0);
  std::size_t i = 0;
  if (original.size() >= 3 && original.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    // Editors do not show the BOM, so it takes no column.
    hidden_bytes_ = {0, 1, 2};
    i = 3;
  }
  const std::size_t n = original.size();
  while (i < n) {
    const char c = original[i];
    if (c == '\n') {
      line_starts_.push_back(++i);
    } else if (c == '\r') {
      if (i + 1 < n && original[i + 1] == '\n') {
        units_.emplace_back(i, i + 2);
        i += 2;
      } else {
        ++i;
      }
      line_starts_.push_back(i);
    } else if (static_cast<unsigned char>(c) < 0x80) {
      ++i;
    } else {
      char32_t cp = 0;
      const std::size_t len = decode_utf8(original, i, cp);
      if (len == 0) {  // an invalid byte shows as one replacement character
        ++i;
        continue;
      }
      for (std::size_t k = 1; k < len; ++k) hidden_bytes_.push_back(i + k);
      i += len;
    }
  }
  std::sort(units_.begin(), units_.end());
}

ByteOffset OffsetMap::to_byte(NormOffset offset) const {
  if (norm_to_byte_.empty()) return ByteOffset{0};  // a default-constructed map
  const std::size_t index = std::min(offset.value, norm_to_byte_.size() - 1);
  return ByteOffset{norm_to_byte_[index]};
}

ByteSpan OffsetMap::to_bytes(NormSpan span) const {
  const ByteOffset begin = to_byte(span.begin);
  if (span.end.value <= span.begin.value) return {begin, begin};
  const std::size_t last = to_byte(NormOffset{span.end.value - 1}).value;
  std::size_t end = last + 1;
  // The last normalized byte may stand for a longer source unit: an entity, a tag, a CRLF...
  const auto unit = std::lower_bound(units_.begin(), units_.end(), std::pair<std::size_t, std::size_t>{last, 0});
  if (unit != units_.end() && unit->first == last) {
    end = std::max(end, unit->second);
  } else {
    // ... or a UTF-8 sequence folded into one ASCII character (a curly quote, a dash).
    auto hidden = std::lower_bound(hidden_bytes_.begin(), hidden_bytes_.end(), end);
    while (hidden != hidden_bytes_.end() && *hidden == end) ++end, ++hidden;
  }
  return {begin, ByteOffset{std::max(end, begin.value)}};
}

LineColumn OffsetMap::locate(ByteOffset offset) const {
  if (line_starts_.empty()) return LineColumn{1, static_cast<int>(offset.value) + 1};
  const std::size_t at = offset.value;
  const auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), at);
  const std::size_t line = static_cast<std::size_t>(next_line - line_starts_.begin());
  const std::size_t start = line_starts_[line - 1];
  const auto hidden_begin = std::lower_bound(hidden_bytes_.begin(), hidden_bytes_.end(), start);
  const auto hidden_end = std::lower_bound(hidden_begin, hidden_bytes_.end(), at);
  const std::size_t hidden = static_cast<std::size_t>(hidden_end - hidden_begin);
  return LineColumn{static_cast<int>(line), static_cast<int>(at - start - hidden + 1)};
}

}  // namespace crosscheck
