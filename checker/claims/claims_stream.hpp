// The claims stream: what `crosscheck extract` writes and `crosscheck check` reads, the seam
// between the map step (extraction, per document) and the reduce step (event resolution and
// the checks). JSON Lines, one record per line: a header, then per document one `document`
// record and one `claim` record per claim, plus the input errors and warnings of the run.
// Records may come in any order and from any number of files (shards are concatenated).
#pragma once

#include <cstddef>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "checker/claims/claims_archive.hpp"
#include "checker/core/diagnostic.hpp"

namespace crosscheck {

// Bumped whenever a record's fields change meaning: `check` refuses a stream of another format.
inline constexpr int claims_stream_format = 2;  // 2: event words carry marked_other

struct ClaimsStream {
  std::string root;  // the corpus root the documents' keys are relative to
  std::vector<ArchivedDocument> documents;
  std::vector<InputError> errors;  // files that could not be read
  Warnings warnings;               // problems not of one document's text (the walk, the manifest)
};

// Writes the header, then each document's record followed by its claims, then the errors and
// warnings. `version` is the writing crosscheck's version, checked by the reader.
void write_claims_stream(std::ostream& out, const ClaimsStream& stream, const std::string& version);

// Reads the records of any number of stream files; `finish` puts each document back together
// (its claims in their order), sorted by path, a document named twice kept once. A line that
// is not a record of this format is an InputError naming `name`, the line and the column.
class ClaimsStreamReader {
 public:
  // `keep_notes` false: each claim's extraction notes and each page's skipped lines are dropped
  // as they are read (drop_notes; `check` never prints them).
  explicit ClaimsStreamReader(std::string version, bool keep_notes = true)
      : version_(std::move(version)), keep_notes_(keep_notes) {}
  void read(std::istream& in, const std::string& name);
  ClaimsStream finish();

 private:
  struct Pending {
    std::optional<ArchivedDocument> document;
    std::size_t claims = 0;                 // how many its record says it has
    std::map<std::size_t, Claim> numbered;  // claim records seen, by number
    FilePosition first;                     // where the document was first named
  };
  std::string version_;
  bool keep_notes_ = true;
  std::optional<std::string> root_;
  bool header_seen_ = false;  // in the stream being read
  std::map<std::string, Pending> documents_;
  std::vector<InputError> errors_;
  Warnings warnings_;
  void read_record(const std::string& line, const FilePosition& where);
};

}  // namespace crosscheck
