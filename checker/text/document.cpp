#include "checker/text/document.hpp"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "checker/core/yaml_file.hpp"
#include "checker/text/encoding.hpp"
#include "checker/text/meta_fields.hpp"
#include "checker/text/normalize.hpp"
#include "checker/text/page_structure.hpp"

namespace crosscheck {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
constexpr std::size_t binary_sample_size = 8192;
constexpr std::size_t max_nul_bytes_in_text = 4;
constexpr std::size_t max_reported_problems = 5;

// More than a few NUL bytes (UTF-16, images, archives) or mostly control bytes and invalid
// UTF-8 in the first 8 KiB: not a text file. Latin-1 text stays well under the threshold.
bool looks_binary(std::string_view bytes) {
  const std::string_view sample = bytes.substr(0, binary_sample_size);
  std::size_t nul = 0;
  std::size_t odd = 0;
  for (std::size_t i = 0; i < sample.size();) {
    const auto c = static_cast<unsigned char>(sample[i]);
    if (c == 0) {
      ++nul;
      ++odd;
    } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
      ++odd;
    } else if (c >= 0x80) {
      char32_t cp = 0;
      const std::size_t len = decode_utf8(sample, i, cp);
      if (len == 0) {
        // A sequence cut by the end of the sample is not evidence of binary data.
        if (i + 4 < sample.size() || sample.size() == bytes.size()) ++odd;
        ++i;
        continue;
      }
      i += len;
      continue;
    }
    ++i;
  }
  return nul > max_nul_bytes_in_text || (sample.size() >= 16 && odd * 4 > sample.size());
}

struct FrontMatter {
  std::size_t body_begin = 0;  // first byte after the closing line
  DocumentMeta meta;
};

// The end of the line starting at `i` (the offset of its '\n' or '\r', or the size).
std::size_t line_end(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] != '\n' && s[i] != '\r') ++i;
  return i;
}

std::size_t after_newline(std::string_view s, std::size_t i) {
  if (i < s.size() && s[i] == '\r') ++i;
  if (i < s.size() && s[i] == '\n') ++i;
  return i;
}

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// YAML between a "---" line at the very top (after an optional BOM) and the next "---" or
// "..." line. Errors carry the line and column in the original file.
FrontMatter read_front_matter(const std::string& path, std::string_view bytes, std::size_t start, Warnings& warnings) {
  FrontMatter result;
  result.body_begin = start;
  const std::size_t first_end = line_end(bytes, start);
  if (trim_right(bytes.substr(start, first_end - start)) != "---") return result;
  const std::size_t yaml_begin = after_newline(bytes, first_end);
  std::size_t line = yaml_begin;
  while (true) {
    if (line >= bytes.size()) throw InputError({path, 1, 1}, "front matter is not closed (no '---' line after it)");
    const std::size_t end = line_end(bytes, line);
    const std::string_view content = trim_right(bytes.substr(line, end - line));
    if (content == "---" || content == "...") {
      const std::string yaml(bytes.substr(yaml_begin, line - yaml_begin));
      const YAML::Node root = load_yaml_text(yaml, path, 1);
      read_meta_fields(path, root, 1, "front matter", result.meta, &warnings);
      result.body_begin = after_newline(bytes, end);
      return result;
    }
    line = after_newline(bytes, end);
  }
}

void report_problems(const std::string& path, const NormalizedText& normalized, const OffsetMap& offsets,
                     const std::string& original, Warnings& warnings) {
  const auto& problems = normalized.problems;
  for (std::size_t k = 0; k < problems.size() && k < max_reported_problems; ++k) {
    const auto [byte, kind] = problems[k];
    const LineColumn at = offsets.locate(ByteOffset{byte});
    std::string message;
    if (kind == ByteProblem::nul_byte) {
      message = "NUL byte (read as a space)";
    } else {
      static constexpr char hex[] = "0123456789ABCDEF";
      const auto b = static_cast<unsigned char>(original[byte]);
      message = std::string("invalid UTF-8 byte 0x") + hex[b >> 4] + hex[b & 0xF] + " (read as U+FFFD)";
    }
    warnings.push_back({{path, at.line, at.column}, std::move(message)});
  }
  if (problems.size() > max_reported_problems) {
    const std::size_t more = problems.size() - max_reported_problems;
    const LineColumn at = offsets.locate(ByteOffset{problems[max_reported_problems].first});
    warnings.push_back(
        {{path, at.line, at.column},
         "… " + std::to_string(more) + " more invalid byte" + (more == 1 ? "" : "s") + " in this file (not reported)"});
  }
}

// Sentences cut into pieces (max_sentence_bytes): one warning per sentence, at its start.
void report_long_sentences(const Document& doc, Warnings& warnings) {
  std::size_t reported = 0, more = 0;
  std::optional<LineColumn> first_unreported;
  const auto& sentences = doc.sentences;
  for (std::size_t i = 0; i + 1 < sentences.size(); ++i) {
    if (sentences[i].piece != 0 || sentences[i + 1].piece != 1) continue;
    std::size_t last = i + 1;
    while (last + 1 < sentences.size() && sentences[last + 1].piece == last + 1 - i) ++last;
    const LineColumn at = doc.offsets.locate(doc.offsets.to_byte(sentences[i].span.begin));
    if (reported == max_reported_problems) {
      if (!first_unreported) first_unreported = at;
      ++more;
      continue;
    }
    ++reported;
    const std::size_t bytes = sentences[last].span.end.value - sentences[i].span.begin.value;
    warnings.push_back({{doc.path, at.line, at.column},
                        "sentence of " + std::to_string(bytes) + " bytes read in " + std::to_string(last - i + 1) +
                            " pieces of at most " + std::to_string(max_sentence_bytes) +
                            " bytes: claims in different pieces are not related"});
  }
  if (more > 0)
    warnings.push_back({{doc.path, first_unreported->line, first_unreported->column},
                        "… " + std::to_string(more) + " more sentence" + (more == 1 ? "" : "s") + " over " +
                            std::to_string(max_sentence_bytes) + " bytes in this file (not reported)"});
}

void fill_missing(DocumentMeta& meta, const DocumentMeta& fallback) {
  if (!meta.source) meta.source = fallback.source;
  if (!meta.url) meta.url = fallback.url;
  if (!meta.published) meta.published = fallback.published;
  if (!meta.lang) meta.lang = fallback.lang;
  if (!meta.title) meta.title = fallback.title;
}

// As the user gave it, normalized ("./a//b.txt" -> "a/b.txt"): the same arguments give the
// same output from any working directory.
std::string display_path(const std::filesystem::path& file) { return file.lexically_normal().generic_string(); }

constexpr std::size_t max_file_bytes = std::size_t{1} << 30;  // 1 GiB: far above any article

// Reads a stream to its end in blocks: files whose size says nothing (/proc, standard input)
// are read whole too.
std::string read_stream(std::FILE* in, const std::string& shown) {
  std::string bytes;
  std::array<char, 1 << 16> block{};
  while (true) {
    const std::size_t got = std::fread(block.data(), 1, block.size(), in);
    if (got > 0) {
      if (bytes.size() + got > max_file_bytes)
        throw InputError({shown, 0, 0}, "file too large (over " + std::to_string(max_file_bytes >> 20) + " MiB)");
      bytes.append(block.data(), got);
    }
    if (got < block.size()) break;
  }
  if (std::ferror(in)) throw InputError({shown, 0, 0}, std::string("cannot read file: ") + std::strerror(errno));
  return bytes;
}

}  // namespace

// The bytes of a corpus file, or of standard input for "-". Only regular files are opened: a
// FIFO, socket or device could block the run forever or never end.
std::string read_input_file(const std::filesystem::path& file, std::string& shown) {
  namespace fs = std::filesystem;
  if (file == stdin_path) {
    shown = stdin_display;
    return read_stream(stdin, shown);
  }
  shown = display_path(file);
  std::error_code ec;
  const fs::file_status status = fs::status(file, ec);
  if (!fs::exists(status)) {
    const bool missing = !ec || ec == std::errc::no_such_file_or_directory;
    throw InputError({shown, 0, 0}, missing ? "no such file or directory" : "cannot read file: " + ec.message());
  }
  if (fs::is_directory(status)) throw InputError({shown, 0, 0}, "is a directory, not a file");
  if (!fs::is_regular_file(status))
    throw InputError({shown, 0, 0}, "not read: " + special_file_kind(status) +
                                        ", not a regular file (give '-' to read standard input)");
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(file.c_str(), "rb"), &std::fclose);
  if (!in) throw InputError({shown, 0, 0}, std::string("cannot read file: ") + std::strerror(errno));
  return read_stream(in.get(), shown);
}

const std::vector<TextVocabulary>& text_vocabulary() {
  static const std::vector<TextVocabulary> table = {
      {"abbreviations", "", &TextOptions::abbreviations},
      {"date_months", "", &TextOptions::months},
      {"date_weekdays", "", &TextOptions::weekdays},
      {"page_date_labels", "label", &TextOptions::date_labels},
      {"page_date_labels", "joiner", &TextOptions::date_joiners},
      {"page_date_labels", "publication", &TextOptions::publication_labels},
      {"page_bylines", "opener", &TextOptions::byline_openers},
      {"page_bylines", "joiner", &TextOptions::byline_joiners},
      {"page_navigation", "label", &TextOptions::navigation_labels},
      {"page_navigation", "list", &TextOptions::list_headings},
      {"page_related_openers", "", &TextOptions::related_openers},
      {"page_photo_credits", "opener", &TextOptions::credit_openers},
      {"page_photo_credits", "marker", &TextOptions::credit_markers},
      {"page_photo_credits", "ending", &TextOptions::credit_endings},
      {"page_notes", "", &TextOptions::note_openers},
      {"page_video_durations", "label", &TextOptions::video_labels},
      {"page_video_durations", "unit", &TextOptions::video_units},
      {"page_title_lowercase", "", &TextOptions::title_lowercase},
  };
  return table;
}

std::string Document::source_id() const {
  if (meta.source && !meta.source->empty()) return *meta.source;
  if (meta.url && !meta.url->empty()) return *meta.url;
  return corpus_key.empty() ? path : corpus_key;
}

Document make_document(std::string path, std::string original, Warnings& warnings, const TextOptions& options) {
  if (auto decoded = decode_unicode_bom(original)) original = std::move(decoded->utf8);
  if (looks_binary(original)) {
    const std::string hint = binary_hint(original);
    throw InputError({path, 0, 0}, hint.empty() ? "binary file" : "binary file (" + hint + "; save it as UTF-8)");
  }
  Document doc;
  doc.path = std::move(path);
  doc.original = std::move(original);
  const std::string_view bytes = doc.original;
  const std::size_t start = bytes.substr(0, 3) == utf8_bom ? 3 : 0;
  FrontMatter front = read_front_matter(doc.path, bytes, start, warnings);
  doc.meta = std::move(front.meta);
  NormalizedText normalized = normalize_text(bytes, front.body_begin);
  doc.offsets = OffsetMap(std::move(normalized.norm_to_byte), doc.original, normalized.source_units);
  report_problems(doc.path, normalized, doc.offsets, doc.original, warnings);
  doc.text = std::move(normalized.text);
  doc.sentences = split_sentences(doc.text, options);
  mark_page_structure(doc.text, doc.sentences, options);
  report_long_sentences(doc, warnings);
  return doc;
}

Document document_from_bytes(const std::filesystem::path& file, std::string shown, std::string bytes,
                             const CorpusManifest* manifest, Warnings& warnings, const TextOptions& options) {
  const bool from_stdin = shown == stdin_display;
  Document doc = make_document(std::move(shown), std::move(bytes), warnings, options);
  if (manifest != nullptr && !from_stdin) {
    if (const DocumentMeta* listed = manifest->find(file)) fill_missing(doc.meta, *listed);
  }
  return doc;
}

Document load_document(const std::filesystem::path& file, const CorpusManifest* manifest, Warnings& warnings,
                       const TextOptions& options) {
  std::string shown;
  std::string bytes = read_input_file(file, shown);
  return document_from_bytes(file, std::move(shown), std::move(bytes), manifest, warnings, options);
}

}  // namespace crosscheck
