// The figures a page gives (page_figures.hpp).
#include "checker/claims/page_figures.hpp"

#include <algorithm>
#include <iterator>

namespace crosscheck {

void PageFigures::add(const std::string& kind, std::size_t at, double value) {
  Kind& k = by_kind_[kind];
  if (!k.in_order || (!k.figures.empty() && at < k.figures.back().at)) {
    k.figures.push_back({at, value, value});
    k.in_order = false;  // sorted on the next question
    return;
  }
  k.figures.push_back({at, value, k.figures.empty() ? value : std::max(value, k.figures.back().largest)});
}

void PageFigures::settle(Kind& kind) const {
  if (kind.in_order) return;
  std::stable_sort(kind.figures.begin(), kind.figures.end(),
                   [](const Figure& a, const Figure& b) { return a.at < b.at; });
  for (std::size_t i = 0; i < kind.figures.size(); ++i)
    kind.figures[i].largest =
        i == 0 ? kind.figures[i].value : std::max(kind.figures[i].value, kind.figures[i - 1].largest);
  kind.in_order = true;
}

double PageFigures::largest_before(const std::string& kind, std::size_t at) const {
  const auto found = by_kind_.find(kind);
  if (found == by_kind_.end()) return 0;
  settle(found->second);
  const auto& figures = found->second.figures;
  const auto after = std::lower_bound(figures.begin(), figures.end(), at,
                                      [](const Figure& f, std::size_t position) { return f.at < position; });
  return after == figures.begin() ? 0 : std::prev(after)->largest;
}

std::size_t PageFigures::with_value(double value) const {
  const auto found = with_value_.find(value);
  return found == with_value_.end() ? 0 : found->second;
}

}  // namespace crosscheck
