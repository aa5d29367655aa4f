// Label mentions: the names and identifiers an event is known by, introduced by words the
// lexicon declares ("the tanker Sea Harrow", "Operation Dawn Lantern", "Hurricane Ilse"). The
// public API of the label grammar; all vocabulary comes from lexicon/en/labels.yaml.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/lexicon/lexicon.hpp"

namespace crosscheck::grammars {

struct LabelMention {
  std::size_t begin = 0, end = 0;  // "the tanker Sea Harrow"
  std::size_t name_begin = 0;
  std::string property;  // canonical from label_introducers: vessel, operation, storm, ...
  std::string name;      // as written: "Sea Harrow"
  std::string text;
};

// Rules of reading: the introducer right before the name, the name one to four capitalised
// words (letters, digits: "MH17", a lone capital: "Eagle S"), none of label_stopwords.
class LabelGrammar {
 public:
  explicit LabelGrammar(const Lexicon& lexicon);
  ~LabelGrammar();
  LabelGrammar(LabelGrammar&&) noexcept;
  LabelGrammar& operator=(LabelGrammar&&) noexcept;

  // Left to right, non-overlapping; positions are offsets into `sentence`.
  std::vector<LabelMention> parse(std::string_view sentence) const;

 private:
  struct Tables;
  std::unique_ptr<Tables> tables_;
};

}  // namespace crosscheck::grammars
