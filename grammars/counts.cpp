// Instantiates the counts rules (and, through them, the numbers rules) for the counts context.
#include "grammars/counts_def.hpp"

namespace crosscheck::grammars {

namespace count_rules {
BOOST_SPIRIT_INSTANTIATE(count_list_type, iterator_type, count_context_type)
}  // namespace count_rules

count_rules::count_list_type const& count_list() { return count_rules::count_list; }

}  // namespace crosscheck::grammars
