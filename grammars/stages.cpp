// Instantiates the stage rules for the one iterator and context type (stages_rules.hpp).
#include "grammars/stages_def.hpp"

namespace crosscheck::grammars::stages {

BOOST_SPIRIT_INSTANTIATE(stage_phrase_type, iterator_type, context_type)

stage_phrase_type const& stage_phrase() { return stage_phrase_rule; }

}  // namespace crosscheck::grammars::stages
