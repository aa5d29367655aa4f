// The numbers grammar's rules, the symbol tables they read (filled from the lexicon), and the
// one context type they are instantiated for. Other families include numbers_def.hpp to
// instantiate the same rules for their own context (see counts.cpp).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "checker/lexicon/lexicon.hpp"
#include "grammars/config.hpp"
#include "grammars/lexicon_symbols.hpp"
#include "grammars/numbers_ast.hpp"

namespace crosscheck::grammars {

// Every table the numbers rules read, filled once per NumberGrammar from the lexicon.
struct NumberSymbols {
  explicit NumberSymbols(const Lexicon& lexicon);

  SymbolTable units;           // number_units: "one".."nineteen"
  SymbolTable tens;            // number_tens: "twenty".."ninety"
  SymbolTable scales;          // number_scales, values prefixed with '*'
  SymbolTable scale_suffixes;  // number_scale_suffixes ("bn"), values prefixed '*'
  SymbolTable articles;        // number_articles: "a", "an"
  SymbolTable vague;           // number_vague: "dozens" -> "24-99"
  SymbolTable range_openers;   // number_range_openers: "between"
  SymbolTable qualifiers;      // number_qualifiers: "more than" -> "more_than"
  SymbolTable lead_scales;     // number_lead_scales: "mil" alone is 1000 in Spanish
  SymbolTable scale_joins;     // number_scale_joins: "and" in "two hundred and seventy"
  SymbolTable tens_joins;      // number_tens_joins: "y" in "treinta y cinco"
  SymbolTable range_joins;     // number_range_joins: "and" in "between 300 and 400"
  SymbolTable range_words;     // number_range_words: "to" in "300 to 400"

  // Lower-case first words of the phrases above: the gate in front of X3.
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, WordHash, std::equal_to<>> gate_words;
  bool is_gate_word(std::string_view word) const;
};

struct number_symbols_tag;
using number_context_type =
    x3::context<number_symbols_tag, std::reference_wrapper<const NumberSymbols>, x3::unused_type>;

// Records where a node matched, so lowering can report offsets without semantic actions.
struct locate_on_success {
  template <class Iterator, class Node, class Context>
  void on_success(Iterator const& first, Iterator const& last, Node& node, Context const&) const {
    node.first = first;
    node.last = last;
  }
};

namespace number_rules {

struct number_phrase_class : locate_on_success {};
struct qualified_number_class : locate_on_success {};
struct qualifier_phrase_class;

using number_phrase_type = x3::rule<number_phrase_class, ast::NumberPhrase>;
using qualified_number_type = x3::rule<qualified_number_class, ast::QualifiedPhrase>;
using qualifier_phrase_type = x3::rule<qualifier_phrase_class, std::string>;

BOOST_SPIRIT_DECLARE(number_phrase_type, qualified_number_type, qualifier_phrase_type)

}  // namespace number_rules

number_rules::number_phrase_type const& number_phrase();
number_rules::qualified_number_type const& qualified_number();
number_rules::qualifier_phrase_type const& qualifier_phrase();

}  // namespace crosscheck::grammars
