// Test support shared by the layer suites: the shipped lexicon, extractor, event options,
// rules and facts, loaded once per test binary, and the pipeline from in-memory articles to
// a resolved corpus (the same options the CLI uses).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "checker/claims/extract.hpp"
#include "checker/events/events.hpp"
#include "checker/lexicon/lexicon.hpp"
#include "checker/text/document.hpp"

namespace crosscheck::test {

using Articles = std::vector<std::pair<std::string, std::string>>;

inline const Lexicon& shipped_lexicon() {
  static const Lexicon lexicon = Lexicon::load_directory(default_lexicon_dir());
  return lexicon;
}

inline const ClaimExtractor& shipped_extractor() {
  static const ClaimExtractor extractor(shipped_lexicon());
  return extractor;
}

inline const EventOptions& shipped_event_options() {
  static const EventOptions options = event_options_from(shipped_lexicon());
  return options;
}

// The text layer's vocabulary (abbreviations, page furniture) as the CLI passes it.
inline const TextOptions& shipped_text_options() {
  static const TextOptions options = [] {
    TextOptions o;
    for (const auto& v : text_vocabulary())
      for (const auto& entry : shipped_lexicon().section(v.section))
        if (v.value.empty() || entry.value == v.value) (o.*v.list).push_back(entry.phrase);
    return o;
  }();
  return options;
}

inline DocumentClaims extract_article(const std::string& path, const std::string& text, std::size_t index = 0) {
  Warnings warnings;
  const Document doc = make_document(path, text, warnings, shipped_text_options());
  return shipped_extractor().extract(doc, index);
}

inline ResolvedCorpus resolve_articles(const Articles& articles,
                                       const EventOptions& options = shipped_event_options()) {
  std::vector<DocumentClaims> extracted;
  for (std::size_t i = 0; i < articles.size(); ++i)
    extracted.push_back(extract_article(articles[i].first, articles[i].second, i));
  return resolve_events(std::move(extracted), shipped_extractor(), options);
}

}  // namespace crosscheck::test
