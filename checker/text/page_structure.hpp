// Page structure of a scraped article: which sentences are page furniture (captions, photo
// credits, menus and related-story lists, date widgets, bylines, editor's notes, repeated
// lines) and which line is the headline. Furniture keeps no claims; the vocabulary that
// identifies it comes from TextOptions (lexicon/en/text.yaml).
#pragma once

#include <string_view>
#include <vector>

#include "checker/text/document.hpp"

namespace crosscheck {

// Sets Sentence::part (and skip_reason for furniture) on the sentences of normalized `text`.
// A line that opens with a labelled date widget ("date 2025-06-09 Officials said ...") has
// its first sentence split in two, so the widget is skipped and the prose is kept.
// Conservative: a line is furniture only when its whole shape says so; prose never is.
void mark_page_structure(std::string_view text, std::vector<Sentence>& sentences, const TextOptions& options);

}  // namespace crosscheck
