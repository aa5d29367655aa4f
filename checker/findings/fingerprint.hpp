// Fingerprints: the identity of a finding across runs, so a baseline and review decisions
// keep matching after unrelated edits (moved lines, whitespace, CRLF, other articles added).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "checker/findings/finding.hpp"

namespace crosscheck {

// The scheme name; SARIF partialFingerprints key and the first thing hashed, so a change of
// scheme is a new key rather than silently different values.
inline constexpr const char* fingerprint_scheme = "crosscheck/v1";

// What identifies one location: its source identity and the normalized claim (kind,
// property, value, qualifier, scope), serialized canonically. Never line numbers, offsets or
// the text around the claim. Falls back to the claim text with whitespace collapsed when the
// location carries no claim JSON.
std::string fingerprint_key(const Location& location);

// Canonical form of a claim JSON: only the identifying members, integral floats as integers,
// keys sorted. Exposed for tests and for `claims` output that wants to show what is hashed.
nlohmann::json canonical_claim(const nlohmann::json& claim);

// XXH3-128 (hex, 32 characters) over the scheme, the rule id, the event type, the primary
// location's key (source identity and claim) and the distinct claim values of the related
// locations, sorted. Related sources and the event's date key are left out, so a known
// finding keeps its fingerprint when another article repeats a conflicting value or pins
// the event's date more precisely; the primary side is chosen deterministically by the checks.
std::string fingerprint(const Finding& finding);

// Fills Finding::fingerprint where it is empty.
void assign_fingerprints(std::vector<Finding>& findings);

}  // namespace crosscheck
