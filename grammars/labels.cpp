// Instantiates the label rules for the one iterator and context type (labels_rules.hpp).
#include "grammars/labels_def.hpp"

namespace crosscheck::grammars::labels {

BOOST_SPIRIT_INSTANTIATE(label_type, iterator_type, context_type)

label_type const& label() { return label_rule; }

}  // namespace crosscheck::grammars::labels
