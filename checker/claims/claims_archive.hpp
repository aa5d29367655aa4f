// A document's extracted claims as bytes and back: what `lint --cache DIR` keeps per file, so a
// run over a mostly unchanged corpus extracts only what changed. Everything event resolution
// and the checks read is kept (claims, event words, pending dates, the dateline, skipped
// lines, furniture, names, warnings); the text itself is not.
//
// The format is this build's own (native byte order, no versioning inside): the cache key
// holds the identity of the binary, so bytes written by another build are never read. A
// record that does not read back cleanly is refused (nullopt), never half-used.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "checker/claims/extract.hpp"
#include "checker/core/diagnostic.hpp"

namespace crosscheck {

// One file's analysis: its extracted claims and the warnings reading it gave.
struct ArchivedDocument {
  DocumentClaims claims;
  Warnings load_warnings;
};

std::string archive_document(const ArchivedDocument& document);
// The same bytes, without copying the claims into an ArchivedDocument.
std::string archive_document(const DocumentClaims& claims, const Warnings& load_warnings);
std::optional<ArchivedDocument> unarchive_document(std::string_view bytes);

}  // namespace crosscheck
