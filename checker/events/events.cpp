#include "checker/events/events.hpp"

#include "checker/claims/clauses.hpp"
#include "checker/events/resolution.hpp"

#include <algorithm>
#include <numeric>
#include <set>
#include <tuple>

namespace crosscheck {

EventOptions event_options_from(const Lexicon& lexicon) {
  EventOptions options;
  for (const auto& entry : lexicon.section("property_events"))
    options.property_events[entry.phrase].insert(entry.value);
  for (const auto& entry : lexicon.section("event_refinements")) options.refines[entry.value].insert(entry.phrase);
  for (const auto& entry : lexicon.section("page_update_labels")) options.update_labels.push_back(lower(entry.phrase));
  for (const auto& entry : lexicon.section("date_later_reports"))
    options.later_reports.push_back(" " + lower(entry.phrase) + " ");
  for (const auto& entry : lexicon.section("date_day_parts"))
    (entry.value == "before"          ? options.day_parts_before
     : entry.value == "before_linked" ? options.day_parts_before_linked
     : entry.value == "later"         ? options.day_parts_later
                                      : options.day_parts_after)
        .push_back(lower(entry.phrase));
  for (const auto& entry : lexicon.section("group_count_events")) options.group_count_events.insert(entry.value);
  for (const auto& entry : lexicon.section("count_held_properties")) options.held_properties.insert(entry.value);
  return options;
}

ResolvedCorpus resolve_events(std::vector<DocumentClaims> documents, const ClaimExtractor& extractor,
                              const EventOptions& options) {
  ResolvedCorpus out;
  out.documents.resize(documents.size());
  Resolution r{documents, extractor, options, out, std::vector<DocumentEvents>(documents.size()), {}};
  for (const auto pass : {choose_focus, link_stories, find_story_years, find_story_windows, resolve_times,
                          join_story_calendars, find_occurrences, identify_events, key_undated_pages,
                          assign_claim_events, restate_agreement_figures, superlatives_of_wholes})
    pass(r);
  // Each document's claims were moved in in position order, documents in corpus order; a
  // corpus whose documents are not in path order is sorted through an index (each claim moves
  // once, without a buffer of half the corpus's claims).
  if (!std::is_sorted(out.claims.begin(), out.claims.end(), claim_order)) {
    std::vector<std::size_t> order(out.claims.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return claim_order(out.claims[a], out.claims[b]); });
    ClaimList sorted;
    for (const std::size_t i : order) sorted.push_back(std::move(out.claims[i]));
    out.claims = std::move(sorted);
  }
  return out;
}

bool claim_order(const Claim& a, const Claim& b) {
  return std::tie(a.path, a.span.begin.value, a.span.end.value) <
         std::tie(b.path, b.span.begin.value, b.span.end.value);
}

}  // namespace crosscheck
