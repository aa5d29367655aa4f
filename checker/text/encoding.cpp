#include "checker/text/encoding.hpp"

#include <cstdint>

namespace crosscheck {

namespace {

constexpr char32_t replacement = 0xFFFD;

struct Bom {
  std::string_view mark;
  const char* name;
  int unit;  // bytes per code unit
  bool little_endian;
};

// UTF-32LE first: its mark begins with UTF-16LE's.
constexpr Bom boms[] = {
    {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE", 4, true},
    {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE", 4, false},
    {std::string_view("\xFF\xFE", 2), "UTF-16LE", 2, true},
    {std::string_view("\xFE\xFF", 2), "UTF-16BE", 2, false},
};

std::uint32_t read_unit(std::string_view bytes, std::size_t at, int size, bool little_endian) {
  std::uint32_t value = 0;
  for (int k = 0; k < size; ++k) {
    const auto byte =
        static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(little_endian ? size - 1 - k : k)]);
    value = (value << 8) | byte;
  }
  return value;
}

std::string decode_utf16(std::string_view bytes, bool little_endian) {
  std::string out;
  out.reserve(bytes.size());
  std::size_t i = 0;
  for (; i + 2 <= bytes.size(); i += 2) {
    const std::uint32_t unit = read_unit(bytes, i, 2, little_endian);
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 4 <= bytes.size()) {
      const std::uint32_t low = read_unit(bytes, i + 2, 2, little_endian);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
        continue;
      }
    }
    append_utf8(out, unit >= 0xD800 && unit <= 0xDFFF ? replacement : static_cast<char32_t>(unit));
  }
  if (i < bytes.size()) append_utf8(out, replacement);
  return out;
}

std::string decode_utf32(std::string_view bytes, bool little_endian) {
  std::string out;
  out.reserve(bytes.size() / 2);
  std::size_t i = 0;
  for (; i + 4 <= bytes.size(); i += 4) {
    const std::uint32_t cp = read_unit(bytes, i, 4, little_endian);
    const bool valid = cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    append_utf8(out, valid ? static_cast<char32_t>(cp) : replacement);
  }
  if (i < bytes.size()) append_utf8(out, replacement);
  return out;
}

}  // namespace

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::optional<DecodedText> decode_unicode_bom(std::string_view bytes) {
  for (const Bom& bom : boms) {
    if (bytes.substr(0, bom.mark.size()) != bom.mark) continue;
    const std::string_view body = bytes.substr(bom.mark.size());
    return DecodedText{bom.unit == 2 ? decode_utf16(body, bom.little_endian) : decode_utf32(body, bom.little_endian),
                       bom.name};
  }
  return std::nullopt;
}

std::string binary_hint(std::string_view bytes) {
  const std::string_view sample = bytes.substr(0, 4096);
  if (sample.size() < 8) return "";
  std::size_t nul_even = 0, nul_odd = 0;
  for (std::size_t i = 0; i < sample.size(); ++i)
    if (sample[i] == '\0') ++(i % 2 == 0 ? nul_even : nul_odd);
  const std::size_t half = sample.size() / 2;
  if (nul_odd * 10 >= half * 9 && nul_even * 10 < half) return "UTF-16LE without a byte-order mark";
  if (nul_even * 10 >= half * 9 && nul_odd * 10 < half) return "UTF-16BE without a byte-order mark";
  return "";
}

}  // namespace crosscheck
