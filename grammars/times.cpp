// Instantiates the time-of-day rules for the one iterator and context type (times_rules.hpp).
#include "grammars/times_def.hpp"

namespace crosscheck::grammars::times {

BOOST_SPIRIT_INSTANTIATE(clock_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(four_digits_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(bare_hour_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(meridiem_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(zone_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(lead_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(qualifier_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(open_conversion_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(close_conversion_type, iterator_type, context_type)

clock_type const& clock() { return clock_rule; }
four_digits_type const& four_digits() { return four_digits_rule; }
bare_hour_type const& bare_hour() { return bare_hour_rule; }
meridiem_type const& meridiem() { return meridiem_rule; }
zone_type const& zone() { return zone_rule; }
lead_type const& lead() { return lead_rule; }
qualifier_type const& qualifier() { return qualifier_rule; }
open_conversion_type const& open_conversion() { return open_conversion_rule; }
close_conversion_type const& close_conversion() { return close_conversion_rule; }

}  // namespace crosscheck::grammars::times
