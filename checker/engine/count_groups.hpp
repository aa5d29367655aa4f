// Helpers the count checks share: intervals of count claims, grouping by event and property,
// and splitting a group into classes of mutually compatible values (sort, then sweep).
#pragma once

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "checker/claims/claim.hpp"
#include "checker/events/events.hpp"

namespace crosscheck {

struct CountInterval {
  double lo = 0, hi = 0;
};

// The interval a count claim allows, widened by a relative tolerance.
CountInterval count_interval(const Claim& claim, double tolerance = 0);
bool compatible(CountInterval a, CountInterval b);
CountInterval scaled(CountInterval v, double factor);

// Per-side, one-side and unspecified counts describe one side; total and cumulative their own.
enum class ScopeClass { side, total, cumulative, unspecified };
ScopeClass scope_class(Scope scope);
// A claim's class: a running total ("so far", per side or not) is cumulative.
ScopeClass scope_class(const Claim& claim);
bool is_running(const Claim& claim);
// Whether a rule's list parameter holds `value`.
inline bool listed(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Claims split into classes whose intervals share a common point. Classes are ordered by
// size (number of distinct sources, then claims), largest first.
std::vector<std::vector<const Claim*>> compatible_classes(std::vector<const Claim*> claims, double tolerance);
// The same with intervals from `interval_of` (e.g. per-side counts read as totals).
std::vector<std::vector<const Claim*>> compatible_classes(
    std::vector<const Claim*> claims, const std::function<CountInterval(const Claim&)>& interval_of);

std::size_t distinct_sources(const std::vector<const Claim*>& claims);

// The moment a figure that grows while an event unfolds (a toll) was true, for comparing it
// only with figures of the same moment: its day ("2025-07-05", or an undated page's own
// moment), the hour its sentence gives ("saturday afternoon", "" when none) and whether its
// sentence writes the day (else it is the published day). None when nothing says: then it
// is not compared.
struct Moment {
  std::string day, hour;
  bool written = false;
  std::string text() const { return hour.empty() ? day : day + " " + hour; }
};
std::optional<Moment> evolving_moment(const Claim& claim);
// Whether a changing figure's moment can be another page's too: its sentence writes it (a
// later day than the event's, or an hour). A figure dated by its page's publication may be
// of any hour of that day, so it is one moment with its own page's figures only.
bool moment_shared(const Claim& claim);

// The nearest claim before `c` in its document (in its sentence when `same_sentence`) that
// `wanted` accepts, else null. `c` must be one of corpus.claims, which are ordered by path and
// position: this finds it by that order and walks back from it.
const Claim* earlier_in_document(const ResolvedCorpus& corpus, const Claim& c, bool same_sentence,
                                 const std::function<bool(const Claim&)>& wanted);

}  // namespace crosscheck
