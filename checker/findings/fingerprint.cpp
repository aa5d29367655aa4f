#include "checker/findings/fingerprint.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <xxhash.h>

namespace crosscheck {
namespace {

std::string collapse_whitespace(const std::string& text) {
  std::string out;
  bool pending_space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

// 390.0 from one engine path and 390 from another must hash alike.
nlohmann::json canonical_number(const nlohmann::json& value) {
  if (value.is_number_float()) {
    const double number = value.get<double>();
    if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) < 9.0e15) {
      return static_cast<std::int64_t>(number);
    }
  }
  if (value.is_number_unsigned()) return static_cast<std::int64_t>(value.get<std::uint64_t>());
  return value;
}

nlohmann::json canonical_value(const nlohmann::json& value) {
  if (value.is_object()) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [key, member] : value.items()) out[key] = canonical_value(member);
    return out;
  }
  if (value.is_array()) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& member : value) out.push_back(canonical_value(member));
    return out;
  }
  // "Volodymyr  Zelenskyy" after a whitespace-only edit is the same person.
  if (value.is_string()) return collapse_whitespace(value.get<std::string>());
  return canonical_number(value);
}

}  // namespace

nlohmann::json canonical_claim(const nlohmann::json& claim) {
  nlohmann::json out = nlohmann::json::object();
  if (!claim.is_object()) return out;
  for (const char* member : {"kind", "property", "value", "qualifier", "scope"}) {
    const auto found = claim.find(member);
    if (found != claim.end()) out[member] = canonical_value(*found);
  }
  return out;
}

std::string fingerprint_key(const Location& location) {
  nlohmann::json key = nlohmann::json::array();
  key.push_back(location.source_id.empty() ? location.path : location.source_id);
  if (location.claim.is_claim()) {
    key.push_back(canonical_claim(location.claim.json()));
  } else {
    key.push_back(collapse_whitespace(location.text));
  }
  // nlohmann::json keeps object keys sorted, so dump() is canonical.
  return key.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// What a finding is: this claim of this source (the primary) contradicted, under this rule,
// by these values about this kind of event. Not included: which other sources say the
// conflicting values (an article added later that repeats one must not make a known finding
// new) and the event's date key (it sharpens when an article pins "last week" to a day).
std::string fingerprint(const Finding& finding) {
  std::vector<std::string> related_values;
  related_values.reserve(finding.related.size());
  for (const Location& location : finding.related) {
    related_values.push_back(
        location.claim.is_claim()
            ? canonical_claim(location.claim.json()).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
            : collapse_whitespace(location.text));
  }
  std::sort(related_values.begin(), related_values.end());
  related_values.erase(std::unique(related_values.begin(), related_values.end()), related_values.end());

  const std::string event_type = finding.event.substr(0, finding.event.find('@'));
  nlohmann::json input = nlohmann::json::array(
      {fingerprint_scheme, finding.rule, event_type, fingerprint_key(finding.primary), related_values});
  const std::string bytes = input.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);

  const XXH128_hash_t hash = XXH3_128bits(bytes.data(), bytes.size());
  XXH128_canonical_t canonical;
  XXH128_canonicalFromHash(&canonical, hash);
  static constexpr char hex_digits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(32);
  for (const unsigned char byte : canonical.digest) {
    hex.push_back(hex_digits[byte >> 4]);
    hex.push_back(hex_digits[byte & 0x0f]);
  }
  return hex;
}

void assign_fingerprints(std::vector<Finding>& findings) {
  for (Finding& finding : findings) {
    if (finding.fingerprint.empty()) finding.fingerprint = fingerprint(finding);
  }
}

}  // namespace crosscheck
