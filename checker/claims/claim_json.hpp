// JSON form of claims: the `claims --format json` contract and the claim snapshot each
// finding location carries (kind, property, value, qualifier, scope).
#pragma once

#include <nlohmann/json.hpp>

#include "checker/claims/claim.hpp"

namespace crosscheck {

// The value alone: a number (exact count), {"value", "lo", "hi"} (qualified or range),
// an ISO date or {"from", "to"}, or an object for durations, superlatives, roles, stages,
// measures, times of day ({"minutes", "time", "zone", "utc"}), places ({"name", "known",
// "place_kind", "within", "preposition"}) and labels ({"name", "introducer"}).
nlohmann::json value_json(const Claim& claim);

// {"kind", "property", "value", "qualifier", "scope"}: what fingerprints and reports use.
nlohmann::json claim_snapshot(const Claim& claim);

// Everything `claims --format json` prints for one claim.
nlohmann::json claim_json(const Claim& claim, bool explain);

// A short human form of the value: "more than 1,000", "2025-05-23 (Friday)", "over 2 years".
std::string describe_value(const Claim& claim);
std::string format_count(double value);  // 1000 -> "1,000"
std::string clock_time(int minutes);     // 257 -> "04:17"

}  // namespace crosscheck
