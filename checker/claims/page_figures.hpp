// The figures a page gives, to ask what came before a count: the largest figure of a kind
// (a base property) told before a position, and how many of the page's counts have a value.
// Extraction asks it while it reads ("all three victims" after a toll of 52: a group of it),
// event resolution once per page (a smaller figure with no event word near it: a part).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace crosscheck {

class PageFigures {
 public:
  // A figure of `kind` at position `at` (any order; positions in text order answer as the
  // text reads).
  void add(const std::string& kind, std::size_t at, double value);
  // The largest figure of `kind` added at a position before `at`, else 0.
  double largest_before(const std::string& kind, std::size_t at) const;
  // One more count of the page with `value`; how many there are.
  void count_value(double value) { ++with_value_[value]; }
  std::size_t with_value(double value) const;

 private:
  struct Figure {
    std::size_t at;
    double value;
    double largest;  // the largest of this kind up to here
  };
  struct Kind {
    std::vector<Figure> figures;
    bool in_order = true;  // figures sorted by position and `largest` up to date
  };
  void settle(Kind& kind) const;
  mutable std::map<std::string, Kind> by_kind_;
  std::map<double, std::size_t> with_value_;
};

}  // namespace crosscheck
