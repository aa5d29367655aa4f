// Instantiates the duration rules for the one iterator and context type (durations_rules.hpp).
#include "grammars/durations_def.hpp"

namespace crosscheck::grammars::durations {

BOOST_SPIRIT_INSTANTIATE(duration_unit_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(ordinal_year_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(subject_after_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(subject_type, iterator_type, context_type)

duration_unit_type const& duration_unit() { return duration_unit_rule; }
ordinal_year_type const& ordinal_year() { return ordinal_year_rule; }
subject_after_type const& subject_after() { return subject_after_rule; }
subject_type const& subject() { return subject_rule; }

}  // namespace crosscheck::grammars::durations
