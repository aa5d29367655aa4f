// The figures a page gives (checker/claims/page_figures.hpp): how many counts have a value, and
// the largest figure of a kind told before a position.
#include <doctest/doctest.h>

#include "checker/claims/page_figures.hpp"

namespace crosscheck {

TEST_CASE("page figures: the largest of a kind before a position, and how many counts have a value") {
  PageFigures figures;
  CHECK(figures.largest_before("killed", 100) == 0);
  CHECK(figures.with_value(3) == 0);
  // added in text order, the running largest is known at once
  figures.add("killed", 10, 40);
  figures.add("killed", 20, 12);
  figures.add("injured", 30, 90);
  CHECK(figures.largest_before("killed", 10) == 0);  // strictly before
  CHECK(figures.largest_before("killed", 11) == 40);
  CHECK(figures.largest_before("killed", 25) == 40);  // the largest so far, not the last
  CHECK(figures.largest_before("injured", 25) == 0);  // another kind's figure counts for nothing
  CHECK(figures.largest_before("missing", 50) == 0);
  figures.count_value(12);
  figures.count_value(12);
  figures.count_value(40);
  CHECK(figures.with_value(12) == 2);
  CHECK(figures.with_value(40) == 1);
  CHECK(figures.with_value(7) == 0);
}

TEST_CASE("page figures added out of text order answer as if added in it") {
  PageFigures figures;
  figures.add("killed", 50, 8);
  figures.add("killed", 10, 40);
  figures.add("killed", 30, 5);
  CHECK(figures.largest_before("killed", 20) == 40);
  CHECK(figures.largest_before("killed", 5) == 0);
  CHECK(figures.largest_before("killed", 60) == 40);
  figures.add("killed", 70, 99);
  figures.add("killed", 60, 1);
  CHECK(figures.largest_before("killed", 65) == 40);
  CHECK(figures.largest_before("killed", 71) == 99);
}

}  // namespace crosscheck
