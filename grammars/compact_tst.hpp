// The lookup behind every lexicon symbol table: X3's ternary search tree, held in one array.
//
// x3::tst allocates a 40-byte node per character of every phrase (each case variant of
// each lexicon entry) and a separate copy of the value for every phrase: the lexicon's
// tables took 18 MB, the largest fixed part of a run's memory. This tree has the same
// shape, the same match (the longest phrase that starts at `first`) and the same order of
// comparisons, with nodes of 20 bytes addressed by 32-bit indices in one vector, and each
// distinct value stored once.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <vector>

#include <boost/call_traits.hpp>

namespace crosscheck::grammars {

template <typename Char, typename T>
class CompactTst {
 public:
  using char_type = Char;
  using value_type = T;

  CompactTst() { clear(); }

  // The value of the longest phrase that begins at `first` (advanced past it), else nullptr.
  template <typename Iterator, typename CaseCompare>
  T* find(Iterator& first, Iterator last, CaseCompare compare) const {
    if (first == last) return nullptr;
    Iterator i = first;
    Iterator latest = first;
    std::uint32_t p = root_;
    std::uint32_t found = none;
    while (p != null && i != last) {
      const Node& n = nodes_[p];
      const auto c = compare(*i, n.id);
      if (c == 0) {
        if (n.data != none) {
          found = n.data;
          latest = i;
        }
        p = n.eq;
        ++i;
      } else {
        p = c < 0 ? n.lt : n.gt;
      }
    }
    if (found == none) return nullptr;
    first = ++latest;
    return const_cast<T*>(&values_[found]);
  }

  // Adds a phrase; the first value given for a phrase stays (as in x3::tst).
  template <typename Iterator>
  T* add(Iterator first, Iterator last, typename boost::call_traits<T>::param_type value) {
    if (first == last) return nullptr;
    // The link followed, as its node and branch (null: the root): a reference into the node
    // vector would not outlive the vector's growth.
    std::uint32_t parent = null;
    Branch branch = Branch::eq;
    for (;;) {
      const Char c = *first;
      if (link(parent, branch) == null) {
        nodes_.push_back(Node{c});
        link(parent, branch) = static_cast<std::uint32_t>(nodes_.size() - 1);
      }
      const std::uint32_t p = link(parent, branch);
      parent = p;
      if (c == nodes_[p].id) {
        if (++first == last) {
          if (nodes_[p].data == none) nodes_[p].data = intern(value);
          return &values_[nodes_[p].data];
        }
        branch = Branch::eq;
      } else {
        branch = c < nodes_[p].id ? Branch::lt : Branch::gt;
      }
    }
  }

  // Forgets a phrase's value (its nodes stay: tables are built once and never shrink).
  template <typename Iterator>
  void remove(Iterator first, Iterator last) {
    Iterator i = first;
    std::uint32_t p = root_;
    while (p != null && i != last) {
      Node& n = nodes_[p];
      if (*i == n.id) {
        if (++i == last) {
          n.data = none;
          return;
        }
        p = n.eq;
      } else {
        p = *i < n.id ? n.lt : n.gt;
      }
    }
  }

  void clear() {
    nodes_.assign(1, Node{});  // index 0 is the null link
    root_ = null;
    values_.clear();
    index_.clear();
  }

  // Every phrase with its value, in the tree's order (as x3::tst::for_each).
  template <typename F>
  void for_each(F f) const {
    for_each_from(root_, std::basic_string<Char>(), f);
  }

  std::size_t node_count() const { return nodes_.size() - 1; }

 private:
  static constexpr std::uint32_t null = 0;
  static constexpr std::uint32_t none = 0xffffffffu;

  struct Node {
    Char id{};
    std::uint32_t data = none;  // index into values_
    std::uint32_t lt = null, eq = null, gt = null;
  };

  enum class Branch { lt, eq, gt };
  std::uint32_t& link(std::uint32_t parent, Branch branch) {
    if (parent == null) return root_;
    Node& n = nodes_[parent];
    return branch == Branch::lt ? n.lt : (branch == Branch::eq ? n.eq : n.gt);
  }

  std::uint32_t intern(typename boost::call_traits<T>::param_type value) {
    const auto [it, inserted] = index_.try_emplace(value, static_cast<std::uint32_t>(values_.size()));
    if (inserted) values_.push_back(value);
    return it->second;
  }

  template <typename F>
  void for_each_from(std::uint32_t p, const std::basic_string<Char>& prefix, F& f) const {
    if (p == null) return;
    const Node& n = nodes_[p];
    for_each_from(n.lt, prefix, f);
    const std::basic_string<Char> s = prefix + n.id;
    for_each_from(n.eq, s, f);
    if (n.data != none) f(s, values_[n.data]);
    for_each_from(n.gt, prefix, f);
  }

  std::vector<Node> nodes_;
  std::uint32_t root_ = null;
  std::deque<T> values_;  // (a deque: a value's address stays while more are added)
  std::map<T, std::uint32_t> index_;
};

}  // namespace crosscheck::grammars
