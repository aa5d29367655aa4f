// Instantiates the superlative rules for the one iterator and context type
// (superlatives_rules.hpp).
#include "grammars/superlatives_def.hpp"

namespace crosscheck::grammars::superlatives {

BOOST_SPIRIT_INSTANTIATE(superlative_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(since_clause_type, iterator_type, context_type)

superlative_type const& superlative() { return superlative_rule; }
since_clause_type const& since_clause() { return since_clause_rule; }

}  // namespace crosscheck::grammars::superlatives
