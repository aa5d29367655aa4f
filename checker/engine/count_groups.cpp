#include "checker/engine/count_groups.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "checker/claims/claim_json.hpp"
#include "checker/events/events.hpp"

namespace crosscheck {

CountInterval count_interval(const Claim& claim, double tolerance) {
  const auto& v = std::get<CountValue>(claim.value);
  CountInterval i{v.lo, v.hi};
  if (tolerance > 0) {
    i.lo -= std::fabs(v.value) * tolerance;
    if (!std::isinf(i.hi)) i.hi += std::fabs(v.value_hi.value_or(v.value)) * tolerance;
  }
  return i;
}

bool compatible(CountInterval a, CountInterval b) { return a.lo <= b.hi && b.lo <= a.hi; }

CountInterval scaled(CountInterval v, double factor) { return {v.lo * factor, v.hi * factor}; }

ScopeClass scope_class(Scope scope) {
  switch (scope) {
    case Scope::per_side:
    case Scope::one_side: return ScopeClass::side;
    case Scope::total: return ScopeClass::total;
    case Scope::cumulative: return ScopeClass::cumulative;
    case Scope::unspecified: return ScopeClass::unspecified;
  }
  return ScopeClass::unspecified;
}

ScopeClass scope_class(const Claim& claim) {
  return is_running(claim) ? ScopeClass::cumulative : scope_class(claim.scope);
}

bool is_running(const Claim& claim) { return claim.running || claim.scope == Scope::cumulative; }

std::size_t distinct_sources(const std::vector<const Claim*>& claims) {
  std::set<std::size_t> docs;
  for (const Claim* c : claims) docs.insert(c->document);
  return docs.size();
}

std::vector<std::vector<const Claim*>> compatible_classes(std::vector<const Claim*> claims, double tolerance) {
  return compatible_classes(std::move(claims), [&](const Claim& c) { return count_interval(c, tolerance); });
}

std::vector<std::vector<const Claim*>> compatible_classes(
    std::vector<const Claim*> claims, const std::function<CountInterval(const Claim&)>& interval_of) {
  std::sort(claims.begin(), claims.end(), [&](const Claim* a, const Claim* b) {
    const auto ia = interval_of(*a), ib = interval_of(*b);
    return std::tie(ia.lo, ia.hi, a->path, a->span.begin.value) < std::tie(ib.lo, ib.hi, b->path, b->span.begin.value);
  });
  std::vector<std::vector<const Claim*>> classes;
  CountInterval common{};
  for (const Claim* c : claims) {
    const auto i = interval_of(*c);
    if (!classes.empty() && compatible(common, i)) {
      common = {std::max(common.lo, i.lo), std::min(common.hi, i.hi)};
      classes.back().push_back(c);
    } else {
      classes.push_back({c});
      common = i;
    }
  }
  std::stable_sort(classes.begin(), classes.end(), [](const auto& a, const auto& b) {
    const auto sa = distinct_sources(a), sb = distinct_sources(b);
    return sa != sb ? sa > sb : a.size() > b.size();
  });
  return classes;
}

std::optional<Moment> evolving_moment(const Claim& claim) {
  if (!claim.as_of && !is_page_moment_key(claim.event.key)) return std::nullopt;
  return Moment{claim.as_of ? iso_date(*claim.as_of) : "the page's moment", claim.as_of_time,
                claim.as_of_written || !claim.as_of};
}

const Claim* earlier_in_document(const ResolvedCorpus& corpus, const Claim& c, bool same_sentence,
                                 const std::function<bool(const Claim&)>& wanted) {
  auto at = std::lower_bound(corpus.claims.begin(), corpus.claims.end(), c, claim_order);
  while (at != corpus.claims.end() && &*at != &c) ++at;  // past claims of the same span before it
  for (auto k = at; k != corpus.claims.begin();) {
    --k;
    if (k->document != c.document || (same_sentence && k->sentence != c.sentence)) return nullptr;
    if (wanted(*k)) return &*k;
  }
  return nullptr;
}

bool moment_shared(const Claim& claim) {
  const auto m = evolving_moment(claim);
  return m && !m->hour.starts_with(update_hour_prefix) && (m->written || !m->hour.empty());
}

}  // namespace crosscheck
