// When an article was written, as the checks that need it see it: its published date (or the
// lower bound the events layer found), else a lower bound from how long it says a dated
// event has lasted ("in over three years of war" and a war that began on a known day).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "checker/engine/facts.hpp"
#include "checker/events/events.hpp"

namespace crosscheck {

struct ArticleTime {
  Date now{};
  bool lower_bound = false;
  std::string how;
};

// Days in one duration unit (year, month, week, day); 0 for any other.
double unit_days(const std::string& unit);
// Whether a sentence names a year: "the war that began in 2014" may be another war.
bool names_a_year(const std::string& text);

// Per document of the corpus.
std::vector<std::optional<ArticleTime>> article_times(const ResolvedCorpus& corpus, const ReferenceFacts& facts);

}  // namespace crosscheck
