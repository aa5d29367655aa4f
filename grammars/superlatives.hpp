// Superlative mentions ("the largest prisoner exchange since the war began in February
// 2022", "the deadliest quake in decades"): the public API of the superlative grammar, used by
// the superlative-conflict check.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/lexicon/lexicon.hpp"

namespace crosscheck::grammars {

struct SuperlativeMention {
  std::size_t begin = 0, end = 0;  // from the adjective to the end of its reference point
  std::string adjective;           // canonical: largest (largest, biggest), smallest, deadliest, first, ...
  std::string subject;             // the event noun phrase as written ("prisoner exchange"), "" when elided
  std::string subject_kind;        // canonical from superlative_subjects: exchange, attack, earthquake, ...
  std::optional<int> since_year;   // "since 2022", "since the 2022 invasion", "... began in February 2022"
  std::optional<unsigned> since_month;
  std::string since_event;  // canonical from superlative_since_events, e.g. "war_start"
  bool of_scope = false;    // "of the war", "ever", "to date": since the start of that scope
  std::string scope;        // canonical from superlative_scopes: war, ever, year
  std::string scope_text;   // as written: "of the war", "ever"
  std::string lookback;     // "in decades" -> "decades", "in a century" -> "100", "in 25 years" -> "25"
  std::string text;
};

// A "since" reference point on its own: "since 2022", "since February 2022", "since the war
// began in February 2022". The duration grammar reads "held since 2022" through it.
struct SinceMention {
  std::size_t begin = 0, end = 0;  // from "since" to the year or event
  std::optional<int> year;
  std::optional<unsigned> month;
  std::string event;  // canonical from superlative_since_events, "" when only a date
};

class SuperlativeGrammar {
 public:
  explicit SuperlativeGrammar(const Lexicon& lexicon);
  ~SuperlativeGrammar();
  SuperlativeGrammar(SuperlativeGrammar&&) noexcept;
  SuperlativeGrammar& operator=(SuperlativeGrammar&&) noexcept;

  // Left to right, non-overlapping; positions are offsets into `sentence`. A mention needs an
  // event subject or a reference point ("since ...", "of the war", "in decades"); "first"
  // needs a reference point ("the first exchange" alone says nothing comparable).
  std::vector<SuperlativeMention> parse(std::string_view sentence) const;

  // The since-clause starting exactly at `pos` (at "since"/"Since"), or nullopt.
  std::optional<SinceMention> since_at(std::string_view text, std::size_t pos) const;

 private:
  struct Tables;
  std::unique_ptr<Tables> tables_;
};

}  // namespace crosscheck::grammars
