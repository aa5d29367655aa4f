// Role mentions ("Former U.S. President Donald Trump", "Kremlin spokesperson Dmitry Peskov"):
// the public API of the role grammar, used by the role-mismatch check (who held which office).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/lexicon/lexicon.hpp"

namespace crosscheck::grammars {

struct RoleMention {
  std::size_t begin = 0, end = 0;  // from the modifier (or affiliation, or title) to the name
  std::string modifier;            // canonical: former, current, acting, outgoing, late, then, incoming, ""
  std::string affiliation;         // canonical: us, ukraine, russia, turkey, kremlin, ...; "" when none
  std::string title;               // canonical: president, prime_minister, foreign_minister, ...
  std::string person;              // the name as written: "Donald Trump", "Zelensky"
  bool appositive = false;         // "Zelensky, the Ukrainian president": name before the title
  std::string text;
};

class RoleGrammar {
 public:
  explicit RoleGrammar(const Lexicon& lexicon);
  ~RoleGrammar();
  RoleGrammar(RoleGrammar&&) noexcept;
  RoleGrammar& operator=(RoleGrammar&&) noexcept;

  // Left to right, non-overlapping; positions are offsets into `sentence`. A title with no
  // name ("the president said") is not a mention: nothing to compare it with.
  std::vector<RoleMention> parse(std::string_view sentence) const;

 private:
  struct Tables;
  std::unique_ptr<Tables> tables_;
};

}  // namespace crosscheck::grammars
