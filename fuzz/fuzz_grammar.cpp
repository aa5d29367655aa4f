// One grammar family over the input as a sentence; the family is chosen when the target is
// linked (crosscheck_fuzz_family, defined by a one-line source per family, see CMakeLists.txt:
// this file is compiled once for all of them). Every mention must lie inside the sentence.
#include <chrono>
#include <functional>
#include <memory>
#include <string_view>

#include "fuzz/fuzz_support.hpp"
#include "grammars/ages.hpp"
#include "grammars/counts.hpp"
#include "grammars/dates.hpp"
#include "grammars/durations.hpp"
#include "grammars/labels.hpp"
#include "grammars/measures.hpp"
#include "grammars/numbers.hpp"
#include "grammars/phrases.hpp"
#include "grammars/places.hpp"
#include "grammars/relative_date.hpp"
#include "grammars/roles.hpp"
#include "grammars/stages.hpp"
#include "grammars/superlatives.hpp"
#include "grammars/times.hpp"

using namespace crosscheck;
using namespace crosscheck::grammars;

// The family this binary fuzzes ("numbers", "dates", ...).
extern const char* const crosscheck_fuzz_family;

namespace {

using Runner = std::function<void(std::string_view)>;

void require_span(std::size_t begin, std::size_t end, std::string_view sentence) {
  fuzz::require(begin <= end && end <= sentence.size(), "a mention lies inside the sentence");
}

bool word_start(std::string_view text, std::size_t pos) { return pos == 0 || text[pos - 1] == ' '; }

// The families whose only entry is parse(sentence), each mention with begin and end.
template <class Grammar>
Runner mentions_of() {
  auto grammar = std::make_shared<const Grammar>(test::shipped_lexicon());
  return [grammar](std::string_view sentence) {
    for (const auto& m : grammar->parse(sentence)) require_span(m.begin, m.end, sentence);
  };
}

Runner numbers() {
  auto grammar = std::make_shared<const NumberGrammar>(test::shipped_lexicon());
  return [grammar](std::string_view sentence) {
    for (std::size_t pos = 0; pos < sentence.size(); ++pos) {
      if (!word_start(sentence, pos)) continue;
      if (const auto q = grammar->parse_qualified_at(sentence, pos)) {
        require_span(q->begin, q->end, sentence);
        require_span(q->number.begin, q->number.end, sentence);
      }
    }
  };
}

Runner dates() {
  auto grammar = std::make_shared<const DateGrammar>(test::shipped_lexicon());
  return [grammar](std::string_view sentence) {
    using namespace std::chrono;
    for (const auto& m : grammar->parse(sentence)) {
      require_span(m.begin, m.end, sentence);
      resolve_date(m, year_month_day{year{2025}, month{6}, day{10}});
      resolve_date(m, std::nullopt);
    }
  };
}

Runner superlatives() {
  auto grammar = std::make_shared<const SuperlativeGrammar>(test::shipped_lexicon());
  return [grammar](std::string_view sentence) {
    for (const auto& m : grammar->parse(sentence)) require_span(m.begin, m.end, sentence);
    for (std::size_t pos = 0; pos < sentence.size(); ++pos)
      if (word_start(sentence, pos))
        if (const auto since = grammar->since_at(sentence, pos)) require_span(since->begin, since->end, sentence);
  };
}

Runner phrases() {
  auto matcher = std::make_shared<const PhraseMatcher>(test::shipped_lexicon(), "event_triggers");
  return [matcher](std::string_view sentence) {
    for (const auto& m : matcher->find(sentence)) require_span(m.begin, m.end, sentence);
  };
}

Runner family_runner(std::string_view family) {
  if (family == "numbers") return numbers();
  if (family == "counts") return mentions_of<CountGrammar>();
  if (family == "dates") return dates();
  if (family == "durations") return mentions_of<DurationGrammar>();
  if (family == "ages") return mentions_of<AgeGrammar>();
  if (family == "labels") return mentions_of<LabelGrammar>();
  if (family == "measures") return mentions_of<MeasureGrammar>();
  if (family == "phrases") return phrases();
  if (family == "places") return mentions_of<PlaceGrammar>();
  if (family == "roles") return mentions_of<RoleGrammar>();
  if (family == "stages") return mentions_of<StageGrammar>();
  if (family == "superlatives") return superlatives();
  if (family == "times") return mentions_of<TimeGrammar>();
  fuzz::require(false, "crosscheck_fuzz_family names a grammar family");
  return {};
}

const Runner& runner() {
  static const Runner run = family_runner(crosscheck_fuzz_family);
  return run;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  runner();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  runner()(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
