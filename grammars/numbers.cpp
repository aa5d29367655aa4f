// Instantiates the numbers rules for the numbers family's own context (NumberGrammar).
#include "grammars/numbers_def.hpp"

namespace crosscheck::grammars {

namespace number_rules {
BOOST_SPIRIT_INSTANTIATE(number_phrase_type, iterator_type, number_context_type)
BOOST_SPIRIT_INSTANTIATE(qualified_number_type, iterator_type, number_context_type)
BOOST_SPIRIT_INSTANTIATE(qualifier_phrase_type, iterator_type, number_context_type)
}  // namespace number_rules

number_rules::number_phrase_type const& number_phrase() { return number_rules::number_phrase; }
number_rules::qualified_number_type const& qualified_number() { return number_rules::qualified_number; }
number_rules::qualifier_phrase_type const& qualifier_phrase() { return number_rules::qualifier_phrase; }

}  // namespace crosscheck::grammars
