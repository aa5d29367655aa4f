// Instantiates the age rules for the one iterator and context type (ages_rules.hpp).
#include "grammars/ages_def.hpp"

namespace crosscheck::grammars::ages {

BOOST_SPIRIT_INSTANTIATE(after_name_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(before_name_type, iterator_type, context_type)

after_name_type const& after_name() { return after_name_rule; }
before_name_type const& before_name() { return before_name_rule; }

}  // namespace crosscheck::grammars::ages
