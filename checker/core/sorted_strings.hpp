// A set of strings in one sorted vector: what std::set<std::string> offers for a small set
// that is filled once and then only looked up, at a third of its memory (no tree node per
// string). A page's names are one per page of the corpus, all held until the checks.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

class SortedStrings {
 public:
  using const_iterator = std::vector<std::string>::const_iterator;

  SortedStrings() = default;
  SortedStrings(std::initializer_list<std::string> items) {
    for (const auto& s : items) insert(s);
  }

  // Inserts unless present; true when inserted.
  bool insert(std::string s) {
    const auto at = std::lower_bound(items_.begin(), items_.end(), s);
    if (at != items_.end() && *at == s) return false;
    items_.insert(at, std::move(s));
    return true;
  }
  // Inserts at the end, for items read back in sorted order (an archive); else as insert().
  void insert(const_iterator hint, std::string s) {
    if (hint == items_.end() && (items_.empty() || items_.back() < s)) {
      items_.push_back(std::move(s));
      return;
    }
    insert(std::move(s));
  }
  std::size_t count(std::string_view s) const {
    const auto at = std::lower_bound(items_.begin(), items_.end(), s,
                                     [](const std::string& a, std::string_view b) { return a < b; });
    return at != items_.end() && *at == s ? 1 : 0;
  }
  bool contains(std::string_view s) const { return count(s) > 0; }
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  void clear() { items_.clear(); }
  void shrink_to_fit() { items_.shrink_to_fit(); }
  const_iterator begin() const { return items_.begin(); }
  const_iterator end() const { return items_.end(); }
  friend bool operator==(const SortedStrings& a, const SortedStrings& b) { return a.items_ == b.items_; }

 private:
  std::vector<std::string> items_;
};

}  // namespace crosscheck
