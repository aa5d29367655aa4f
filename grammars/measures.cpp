// Instantiates the measure rules for the one iterator and context type (measures_rules.hpp).
#include "grammars/measures_def.hpp"

namespace crosscheck::grammars::measures {

BOOST_SPIRIT_INSTANTIATE(age_lead_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(age_unit_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(age_after_number_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(age_end_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(softener_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(article_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(measure_lead_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(measure_unit_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(measure_after_type, iterator_type, context_type)

age_lead_type const& age_lead() { return age_lead_rule; }
age_unit_type const& age_unit() { return age_unit_rule; }
age_after_number_type const& age_after_number() { return age_after_number_rule; }
age_end_type const& age_end() { return age_end_rule; }
softener_type const& softener() { return softener_rule; }
article_type const& article() { return article_rule; }
measure_lead_type const& measure_lead() { return measure_lead_rule; }
measure_unit_type const& measure_unit() { return measure_unit_rule; }
measure_after_type const& measure_after() { return measure_after_rule; }

}  // namespace crosscheck::grammars::measures
