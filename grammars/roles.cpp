// Instantiates the role rules for the one iterator and context type (roles_rules.hpp).
#include "grammars/roles_def.hpp"

namespace crosscheck::grammars::roles {

BOOST_SPIRIT_INSTANTIATE(role_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(role_appositive_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(person_name_type, iterator_type, context_type)

role_type const& role() { return role_rule; }
role_appositive_type const& role_appositive() { return role_appositive_rule; }
person_name_type const& person_name() { return person_name_rule; }

}  // namespace crosscheck::grammars::roles
