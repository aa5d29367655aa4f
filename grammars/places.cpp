// Instantiates the place rules for the one iterator and context type (places_rules.hpp).
#include "grammars/places_def.hpp"

namespace crosscheck::grammars::places {

BOOST_SPIRIT_INSTANTIATE(preposition_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(gazetteer_name_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(place_name_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(place_head_type, iterator_type, context_type)

preposition_type const& preposition() { return preposition_rule; }
gazetteer_name_type const& gazetteer_name() { return gazetteer_name_rule; }
place_name_type const& place_name() { return place_name_rule; }
place_head_type const& place_head() { return place_head_rule; }

}  // namespace crosscheck::grammars::places
