// Instantiates the stage rules for the one iterator and context type (stages_rules.hpp).
#include "grammars/stages_def.hpp"

namespace crosscheck::grammars::stages {

BOOST_SPIRIT_INSTANTIATE(stage_phrase_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(numbered_stage_type, iterator_type, context_type)

stage_phrase_type const& stage_phrase() { return stage_phrase_rule; }
numbered_stage_type const& numbered_stage() { return numbered_stage_rule; }

}  // namespace crosscheck::grammars::stages
