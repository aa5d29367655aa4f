// A document of the corpus: original bytes, front matter, the normalized text the grammars
// read, the map from normalized offsets back to original bytes, and its sentences.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/core/diagnostic.hpp"
#include "checker/core/offsets.hpp"
#include "checker/text/normalize.hpp"

namespace crosscheck {

// Front matter or manifest fields; empty optional = not given.
struct DocumentMeta {
  std::optional<std::string> source;
  std::optional<std::string> url;
  std::optional<std::string> published;  // ISO 8601 date "YYYY-MM-DD" as given
  std::optional<std::string> lang;
  std::optional<std::string> title;
};

// Settings of the text layer that come from data above it (the lexicon), passed in so the
// text layer does not depend on the lexicon layer.
struct TextOptions {
  // Words ending in a period that do not end a sentence ("U.S.", "Mr.", "Sept.").
  // Empty = a built-in default list; the CLI passes the lexicon's `abbreviations` section.
  std::vector<std::string> abbreviations;

  // Page-structure vocabulary (see page_structure.hpp). Empty lists = only the patterns that
  // need no words are recognised (numeric dates and times alone on a line, repeated lines).
  std::vector<std::string> months;              // "January", "Jan.": dates in date widgets
  std::vector<std::string> weekdays;            // "Thursday", "Thu."
  std::vector<std::string> date_labels;         // "Updated", "Published": open a date widget
  std::vector<std::string> publication_labels;  // "Published", "Posted": a widget of the article's own date
  std::vector<std::string> date_joiners;        // "at": between the parts of a date widget
  std::vector<std::string> byline_openers;      // "By", "Post By"
  std::vector<std::string> byline_joiners;      // "in", "and": between the names and places of a byline
  std::vector<std::string> navigation_labels;   // "Short Url", "Follow": a line that is only a label
  std::vector<std::string> list_headings;       // "Related Posts", "Trending": other stories follow
  std::vector<std::string> related_openers;     // "See also": a line naming another story
  std::vector<std::string> credit_openers;      // "Photo:", "Photo courtesy of": a photo credit
  std::vector<std::string> credit_markers;      // "via", "Handout": a credit in a bracket ending a line
  std::vector<std::string> credit_endings;      // "via Getty Images", "/AFP": a credit ending a line
  std::vector<std::string> note_openers;        // "Editor's note"
  std::vector<std::string> video_labels;        // "Duration": a video's length, its caption after it
  std::vector<std::string> video_units;         // "minutes", "seconds": the words of that length
  // Words a headline in title case may leave in lower case ("of", "with"): a sentence in a
  // paragraph with no other word in lower case is a headline run into the text.
  std::vector<std::string> title_lowercase;
};

// Where each list of TextOptions comes from in a lexicon: a section, the canonical value its
// entries must have ("" = every entry), and the list the phrases go to. The CLI and the tests
// fill TextOptions from this one table.
struct TextVocabulary {
  std::string_view section;
  std::string_view value;
  std::vector<std::string> TextOptions::*list;
};
const std::vector<TextVocabulary>& text_vocabulary();

// Maps normalized-text offsets to original byte offsets, and bytes to line/column.
// Self-contained (no pointer into the document), so a Document can be moved or copied freely.
class OffsetMap {
 public:
  OffsetMap() = default;
  // `norm_to_byte[i]` = original byte offset of normalized byte i; one extra entry for the end.
  // `source_units` lists (begin, end) byte ranges that produced one normalized character but
  // span several bytes and are not UTF-8 sequences or CRLF (HTML entities, tags), so spans
  // can end after the whole unit; UTF-8 sequences and CRLF are found from `original`.
  OffsetMap(NormToByte norm_to_byte, const std::string& original,
            const std::vector<std::pair<std::size_t, std::size_t>>& source_units = {});

  ByteOffset to_byte(NormOffset offset) const;
  // The original bytes a normalized span came from; the end covers the whole last source
  // character (a multibyte quote, an entity, a CRLF), not just its first byte.
  ByteSpan to_bytes(NormSpan span) const;
  // 1-based line and column (in code points) of an original byte offset. Lines split at LF,
  // CRLF or CR; a leading BOM is not counted; an invalid UTF-8 byte counts as one column.
  LineColumn locate(ByteOffset offset) const;

 private:
  NormToByte norm_to_byte_;
  std::vector<std::size_t> line_starts_;   // byte offsets where each line starts
  std::vector<std::size_t> hidden_bytes_;  // sorted bytes that add no column (UTF-8 continuation bytes, BOM)
  std::vector<std::pair<std::size_t, std::size_t>> units_;  // sorted multi-byte source units (begin, end)
};

// What a sentence is on the page it was scraped from (set by mark_page_structure): the
// article's text, its headline, or one kind of page furniture.
enum class PagePart {
  body,
  headline,      // the article's title: its own words, but a poor place to find its main event
  date_widget,   // "Updated 14 March 2025", "Aug. 14, 2025 / 11:47 AM": the page's own date
  site_date,     // a date in the site's header bar (today's date), not the article's
  byline,        // "By NAME", "Post By NAME", "- NAME"
  caption,       // a photo caption ending in its credit
  photo_credit,  // "Photo: ..."
  navigation,    // menus, labels ("Short Url", "Follow"), lists of section names
  related,       // a related-story headline ("Related Posts" lists, "See also ...")
  repeated,      // a second copy of a line or sentence (the headline printed twice)
  note,          // "Editor's note: ..."
  // a social-media post quoted into the page ("... pic.twitter.com/x - Name (@handle) April 4,
  // 2025"): its figures are of the moment it was posted, not the page's
  embedded_post,
  // an image's file name or alt text run into the page ("... exchange four months 5 2026
  // large_whats_app_image_2026_02_05_at_15_06_45 ..."): keywords, not sentences
  image_text,
};

struct Sentence {
  NormSpan span;              // in Document::text, without surrounding spaces
  std::size_t paragraph = 0;  // 0-based paragraph index (blank lines and list items separate)
  bool whole_line = false;    // the sentence is alone on its line (title, date line, byline)
  // Non-empty when the sentence is page furniture (a caption, a menu, a related-story
  // headline, a date widget): no claims are read from it, and this says why.
  std::string skip_reason;
  PagePart part = PagePart::body;  // furniture parts always come with a skip_reason
  // A sentence longer than max_sentence_bytes is read in pieces: 0 for a whole sentence or
  // the first piece, k for the k-th piece after it. Claims are not related across pieces.
  std::size_t piece = 0;
};

// The longest sentence read as one (normalized bytes, about 600 words; sentences of news
// stay under 500 bytes). A longer one is cut at the last clause break (", " "; ") or space
// before the limit, so that what the passes read around each claim stays bounded; the cut
// is reported as a warning.
constexpr std::size_t max_sentence_bytes = 4000;

// The text of one document read for claims (news articles stay under 100 KB): sentences
// past it are not read, with a warning, so that a data dump saved as .txt costs bounded time
// and memory.
constexpr std::size_t max_document_text_bytes = std::size_t{4} << 20;

struct Document {
  std::string path;      // as shown to users: as given on the command line, normalized
  std::string original;  // the file's bytes
  DocumentMeta meta;     // front matter, then manifest for fields front matter lacks
  std::string text;      // normalized: markup stripped, quotes/dashes/spaces folded
  OffsetMap offsets;
  std::vector<Sentence> sentences;

  std::string_view sentence_text(const Sentence& s) const {
    return std::string_view(text).substr(s.span.begin.value, s.span.end.value - s.span.begin.value);
  }
  // The path below the corpus root ('/'-separated) when the document is read as part of a
  // corpus: the same from any working directory. Empty for text held in memory.
  std::string corpus_key;
  // The source identity used in messages and fingerprints: meta.source, else meta.url, else
  // corpus_key, else path.
  std::string source_id() const;
};

// Per-file settings from the corpus manifest `crosscheck.yaml` at a corpus root.
struct CorpusManifest {
  std::filesystem::path root;
  // Path relative to root ('/'-separated, normalized) -> meta, sorted by path (find() relies
  // on the order; load_manifest sorts).
  std::vector<std::pair<std::string, DocumentMeta>> files;
  // The entry for a file given as it was collected (relative to the current directory or
  // absolute); nullptr when the file is not below root or not listed.
  const DocumentMeta* find(const std::filesystem::path& file) const;
};

// The path that names standard input on the command line.
inline constexpr const char* stdin_path = "-";
// How standard input is named in messages and reports.
inline constexpr const char* stdin_display = "<stdin>";

// The corpus files the command-line paths name, and what went wrong finding them.
struct CorpusFiles {
  std::vector<std::filesystem::path> files;  // sorted by normalized path, each once
  std::vector<InputError> errors;            // paths that do not exist, directories that cannot be read
  Warnings warnings;                         // FIFOs, sockets and devices met inside a directory (skipped)
};

// Expands the given paths: files as they are (whatever their extension; "-" is standard
// input), directories walked recursively for .txt and .md files (skipping hidden entries and
// crosscheck.yaml, not following links to directories). The result is sorted by path, so it
// does not depend on the order of the arguments. A problem with one path never loses the others.
CorpusFiles find_corpus_files(const std::vector<std::string>& paths);

// "a FIFO (named pipe)", "a socket", "a character device", ...: what a path that is not a
// regular file or a directory is, for messages.
std::string special_file_kind(const std::filesystem::file_status& status);

// Reads `crosscheck.yaml` in `dir` when present. Throws InputError (file:line:col) when malformed.
std::optional<CorpusManifest> load_manifest(const std::filesystem::path& dir);

// Reads and normalizes one file ("-": standard input). UTF-16 and UTF-32 with a byte-order
// mark are decoded. Throws InputError with the reason when the file cannot be read (missing,
// permission, not a regular file, over 1 GiB), is binary, or has malformed front matter;
// records warnings (invalid UTF-8, NUL bytes) and goes on.
Document load_document(const std::filesystem::path& file, const CorpusManifest* manifest, Warnings& warnings,
                       const TextOptions& options = {});

// load_document in two steps, for a caller that looks at the bytes first (the claims cache):
// the file's bytes and the path it is shown as (throws InputError as load_document), then the
// document made of them.
std::string read_input_file(const std::filesystem::path& file, std::string& shown);
Document document_from_bytes(const std::filesystem::path& file, std::string shown, std::string bytes,
                             const CorpusManifest* manifest, Warnings& warnings, const TextOptions& options = {});

// Normalizes text held in memory (tests, benchmarks); same rules as load_document.
Document make_document(std::string path, std::string original, Warnings& warnings, const TextOptions& options = {});

// Splits normalized text into paragraphs and sentences (exposed for tests and tools that
// build text without a file).
std::vector<Sentence> split_sentences(std::string_view text, const TextOptions& options = {});

// True when `value` is a valid calendar date written YYYY-MM-DD.
bool is_iso_date(std::string_view value);

// "epa10000001 A handout image shows ...": a wire photo's caption opens with the agency's
// picture number (two to five lowercase letters run into six digits or more). Such a line is a
// caption, never the rest of a sentence above it.
bool opens_with_picture_number(std::string_view line);

}  // namespace crosscheck
