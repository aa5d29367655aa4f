// Instantiates the dates grammar for the one iterator and context type (dates_rules.hpp).
#include "grammars/dates_def.hpp"

namespace crosscheck::grammars {

namespace dates_rules {
BOOST_SPIRIT_INSTANTIATE(date_expression_type, iterator_type, context_type)
}  // namespace dates_rules

dates_rules::date_expression_type const& date_expression() { return dates_rules::date_expression; }

}  // namespace crosscheck::grammars
