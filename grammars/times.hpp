// Time-of-day mentions: "at 4:17 a.m. local time", "at 06:40 (0340 GMT)", "shortly after 3
// p.m. EDT", "at about 10:30 pm". The public API of the time grammar; all vocabulary comes
// from lexicon/en/times.yaml.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "checker/lexicon/lexicon.hpp"
#include "grammars/vocabulary.hpp"

namespace crosscheck::grammars {

struct TimeMention {
  std::size_t begin = 0, end = 0;  // "at about 10:30 pm", "06:40 (0340 GMT)"
  int minutes = 0;                 // since midnight, as written (0..1439)
  std::string zone;                // canonical from time_zones ("local", "UTC", "EDT"), "" when none is written
  // Minutes since midnight UTC, when the zone converts (time_zone_offsets) or a conversion in
  // parentheses gives a zone that does ("04:17 (0117 GMT)").
  std::optional<int> utc_minutes;
  Qualifier qualifier = Qualifier::exact;  // about, more_than (shortly after), fewer_than (shortly before)
  std::string text;
};

// Rules of reading (precision first: "2:30" may be a ratio or a score, "4.17" a decimal):
// - "H:MM" or "H.MM" with a.m./p.m. after it, and "H a.m." ("3 p.m.", "4pm") are times.
// - "HH:MM" without a.m./p.m. is a time after a lead word ("at", "around", "shortly after")
//   or before a zone ("06:40 GMT"); "HHMM" only before a zone that converts ("0340 GMT").
// - A zone after the time ("local time", "GMT", "EDT") and a conversion in parentheses after
//   it ("(0340 GMT)") are part of the mention.
class TimeGrammar {
 public:
  explicit TimeGrammar(const Lexicon& lexicon);
  ~TimeGrammar();
  TimeGrammar(TimeGrammar&&) noexcept;
  TimeGrammar& operator=(TimeGrammar&&) noexcept;

  // Left to right, non-overlapping; positions are offsets into `sentence`.
  std::vector<TimeMention> parse(std::string_view sentence) const;

 private:
  struct Tables;
  std::unique_ptr<Tables> tables_;
};

}  // namespace crosscheck::grammars
