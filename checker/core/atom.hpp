// An interned string: the size of a pointer, one copy of each distinct text for the process.
//
// A corpus keeps every claim until its checks, and most of a claim's strings repeat: the
// page's path and source (every claim of a page), the property ("killed"), the event key
// ("earthquake@2025-03-28", every claim of that event), the sentence a report quotes (every
// claim of the sentence). As std::string each took 32 bytes inline and a heap copy when longer
// than 15 characters. An Atom points at the one copy in a process-wide pool, which only grows:
// hold in it the texts a corpus repeats, not scratch strings built step by step.
//
// It reads like the const std::string it replaces (`c.path.empty()`, `c.property == "killed"`,
// `c.property + "/x"`, passed as `const std::string&` or `std::string_view`), compares and
// orders by text, and two Atoms are equal exactly when they point at the same copy.
#pragma once

#include <compare>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace crosscheck {

class Atom {
 public:
  using size_type = std::string::size_type;
  static constexpr size_type npos = std::string::npos;

  Atom() = default;
  Atom(std::string_view text);  // NOLINT(google-explicit-constructor): reads like a string
  Atom(const std::string& text) : Atom(std::string_view(text)) {}  // NOLINT(google-explicit-constructor)
  Atom(const char* text) : Atom(std::string_view(text)) {}         // NOLINT(google-explicit-constructor)
  Atom& operator=(std::string_view text) { return *this = Atom(text); }
  Atom& operator=(const std::string& text) { return *this = Atom(text); }
  Atom& operator=(const char* text) { return *this = Atom(text); }
  Atom(const Atom&) = default;
  Atom& operator=(const Atom&) = default;

  const std::string& str() const { return *text_; }
  operator const std::string&() const { return *text_; }  // NOLINT(google-explicit-constructor)
  operator std::string_view() const { return *text_; }    // NOLINT(google-explicit-constructor)

  bool empty() const { return text_->empty(); }
  size_type size() const { return text_->size(); }
  size_type length() const { return text_->size(); }
  const char* data() const { return text_->data(); }
  const char* c_str() const { return text_->c_str(); }
  auto begin() const { return text_->begin(); }
  auto end() const { return text_->end(); }
  char operator[](size_type i) const { return (*text_)[i]; }
  char front() const { return text_->front(); }
  char back() const { return text_->back(); }
  size_type find(std::string_view s, size_type pos = 0) const { return text_->find(s, pos); }
  size_type find(char c, size_type pos = 0) const { return text_->find(c, pos); }
  size_type rfind(std::string_view s, size_type pos = npos) const { return text_->rfind(s, pos); }
  size_type rfind(char c, size_type pos = npos) const { return text_->rfind(c, pos); }
  std::string substr(size_type pos = 0, size_type n = npos) const { return text_->substr(pos, n); }
  bool starts_with(std::string_view s) const { return text_->starts_with(s); }
  bool starts_with(char c) const { return text_->starts_with(c); }
  bool ends_with(std::string_view s) const { return text_->ends_with(s); }
  int compare(std::string_view s) const { return text_->compare(s); }
  void clear() { *this = Atom(); }
  // (Interns the longer text: for the few fields built in two steps, "killed" then "/children".)
  Atom& operator+=(std::string_view more) { return *this = str() + std::string(more); }

  // One copy per text: the same copy is the same text.
  friend bool operator==(const Atom& a, const Atom& b) { return a.text_ == b.text_; }
  friend bool operator==(const Atom& a, std::string_view b) { return *a.text_ == b; }
  friend bool operator==(const Atom& a, const std::string& b) { return *a.text_ == b; }
  friend bool operator==(const Atom& a, const char* b) { return *a.text_ == b; }
  friend std::strong_ordering operator<=>(const Atom& a, const Atom& b) { return *a.text_ <=> *b.text_; }
  friend std::strong_ordering operator<=>(const Atom& a, std::string_view b) {
    return std::string_view(*a.text_) <=> b;
  }
  friend std::strong_ordering operator<=>(const Atom& a, const std::string& b) { return *a.text_ <=> b; }
  friend std::strong_ordering operator<=>(const Atom& a, const char* b) { return std::string_view(*a.text_) <=> b; }

  friend std::string operator+(const Atom& a, std::string_view b) { return std::string(*a.text_).append(b); }
  friend std::string operator+(const Atom& a, const std::string& b) { return *a.text_ + b; }
  friend std::string operator+(const Atom& a, const char* b) { return *a.text_ + b; }
  friend std::string operator+(const Atom& a, char b) { return *a.text_ + b; }
  friend std::string operator+(const Atom& a, const Atom& b) { return *a.text_ + *b.text_; }
  friend std::string operator+(std::string_view a, const Atom& b) { return std::string(a).append(*b.text_); }
  friend std::string operator+(const std::string& a, const Atom& b) { return a + *b.text_; }
  friend std::string operator+(std::string&& a, const Atom& b) { return std::move(a.append(*b.text_)); }
  friend std::string operator+(const char* a, const Atom& b) { return a + *b.text_; }
  friend std::string operator+(char a, const Atom& b) { return a + *b.text_; }
  friend std::string& operator+=(std::string& a, const Atom& b) { return a.append(*b.text_); }
  friend std::ostream& operator<<(std::ostream& out, const Atom& a) { return out << *a.text_; }

  // How many distinct texts the pool holds, and their bytes (for the benchmark's notes).
  static std::size_t pool_size();

 private:
  static const std::string& empty_text();
  const std::string* text_ = &empty_text();
};

}  // namespace crosscheck

template <>
struct std::hash<crosscheck::Atom> {
  std::size_t operator()(const crosscheck::Atom& a) const noexcept { return std::hash<std::string>{}(a.str()); }
};
