// Check kinds: the C++ classes a rule's `check:` chooses. Each has one job, declares the
// parameters it accepts, and is registered by one line in the table in check_registry.cpp.
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/engine/facts.hpp"
#include "checker/engine/rule.hpp"
#include "checker/events/events.hpp"
#include "checker/findings/finding.hpp"

namespace crosscheck {

// The corpus's claims of each kind, in corpus order, built once for all rules: a rule's
// selector then walks only the kinds it names (every rule walking every claim was 7% of a
// warm-cache lint).
class ClaimsByKind {
 public:
  explicit ClaimsByKind(const ResolvedCorpus& corpus);
  // The claims of these kinds (all when none is named), in corpus order.
  std::vector<const Claim*> of(const std::vector<std::string>& kinds) const;

 private:
  const ResolvedCorpus* corpus_;                     // the corpus indexed; outlives the index
  std::vector<std::vector<std::uint32_t>> by_kind_;  // indexed by ClaimKind
};

struct CheckContext {
  const ResolvedCorpus& corpus;
  const ReferenceFacts& facts;
  double min_confidence = 0.5;
  const ClaimsByKind* by_kind = nullptr;  // null: selectors walk every claim
};

class Check {
 public:
  virtual ~Check() = default;
  virtual void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const = 0;
};

struct ParamSpec {
  // Says what is wrong with one value of a text or list parameter, or "" when it is fine.
  using ValueCheck = std::string (*)(std::string_view value);
  ParamSpec(std::string n, ParamValue value, std::string h, std::vector<std::string> values = {},
            ValueCheck check = nullptr)
      : name(std::move(n)),
        default_value(std::move(value)),
        help(std::move(h)),
        choices(std::move(values)),
        check_value(check) {}
  // A number parameter's range, shown by `explain` and checked when a rule is loaded (NaN
  // and infinities are always refused). Every number parameter is at least 0 unless said.
  ParamSpec&& above(double value) && {
    min = value;
    min_exclusive = true;
    return std::move(*this);
  }
  ParamSpec&& at_least(double value) && {
    min = value;
    return std::move(*this);
  }
  ParamSpec&& at_most(double value) && {
    max = value;
    return std::move(*this);
  }
  // "above 0", "at least 0 and at most 1".
  std::string range_text() const;
  // "" when `value` is in range, else what it must be ("a finite number above 0").
  std::string range_problem(double value) const;

  std::string name;
  ParamValue default_value;
  std::string help;
  std::vector<std::string> choices;  // the values a text or list parameter may take (empty: any)
  ValueCheck check_value = nullptr;  // a format the values must follow ("depth=5")
  double min = 0;
  bool min_exclusive = false;
  double max = std::numeric_limits<double>::infinity();
};

// "magnitude=0.1", "wind_speed=10%": a property's tolerance, absolute or relative (measure).
struct PropertyTolerance {
  std::string property;
  double amount = 0;
  bool relative = false;
};
std::optional<PropertyTolerance> parse_property_tolerance(std::string_view text);
std::string check_property_tolerance(std::string_view text);
// "deadliest=killed": a superlative's adjective and the property that measures it.
std::string check_superlative_measure(std::string_view text);

struct CheckKind {
  std::string_view name;
  std::string_view finding_kind;
  std::vector<ParamSpec> params;
  std::unique_ptr<Check> (*make)();
};

// The alphabetical table of check kinds.
const std::vector<CheckKind>& check_registry();
const CheckKind* find_check_kind(std::string_view name);
// The placeholders a check kind fills in a rule's message ("{value}", "{other_source}"), with
// those every finding has ({event}, {property}, {source}).
std::vector<std::string> message_placeholders(std::string_view check);

// Shared by the check kinds: claims a rule selects with a known event above the confidence
// threshold, and building a finding's locations from claims.
std::vector<const Claim*> selected_claims(const Rule& rule, const CheckContext& context, bool need_event = true);
Location location_of(const Claim& claim, const std::string& label = {});
Finding make_finding(const Rule& rule, const Claim& primary,
                     const std::vector<std::pair<const Claim*, std::string>>& related,
                     const std::map<std::string, std::string>& values);
// "002.txt" style short name of a claim's source for messages.
std::string source_name(const Claim& claim);

// Each check kind's factory (defined in its own check_*.cpp).
std::unique_ptr<Check> make_age_check();
std::unique_ptr<Check> make_compare_check();
std::unique_ptr<Check> make_composition_check();
std::unique_ptr<Check> make_scope_check();
std::unique_ptr<Check> make_stage_check();
std::unique_ptr<Check> make_sum_check();
std::unique_ptr<Check> make_cumulative_check();
std::unique_ptr<Check> make_calendar_check();
std::unique_ptr<Check> make_superlative_check();
std::unique_ptr<Check> make_duration_check();
std::unique_ptr<Check> make_role_check();
std::unique_ptr<Check> make_attribute_check();
std::unique_ptr<Check> make_measure_check();
std::unique_ptr<Check> make_monotonic_check();

}  // namespace crosscheck
