// Runs the loaded rules over a resolved corpus: each rule's check kind produces findings,
// which get fingerprints, lose duplicates and come out in a deterministic order.
#pragma once

#include <vector>

#include "checker/engine/facts.hpp"
#include "checker/engine/rule.hpp"
#include "checker/events/events.hpp"
#include "checker/findings/finding.hpp"

namespace crosscheck {

std::vector<Finding> run_rules(const std::vector<Rule>& rules, const ResolvedCorpus& corpus,
                               const ReferenceFacts& facts);

}  // namespace crosscheck
