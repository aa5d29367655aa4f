// Text encodings other than UTF-8 that scrapers and CMS exports save: UTF-16 and UTF-32 with a
// byte-order mark are decoded to UTF-8 before anything else reads the file.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace crosscheck {

// When `bytes` start with a UTF-16 or UTF-32 byte-order mark: the text as UTF-8 (without the
// mark) and the encoding's name. Unpaired surrogates, code points above U+10FFFF and a cut
// last unit become U+FFFD. nullopt for anything else (UTF-8, with or without its BOM).
struct DecodedText {
  std::string utf8;
  std::string encoding;  // "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"
};
std::optional<DecodedText> decode_unicode_bom(std::string_view bytes);

// Why bytes that are not text look the way they do, for the "binary file" message: "UTF-16
// without a byte-order mark" when every other byte is NUL, else "".
std::string binary_hint(std::string_view bytes);

// Appends code point `cp` as UTF-8.
void append_utf8(std::string& out, char32_t cp);

}  // namespace crosscheck
