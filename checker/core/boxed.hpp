// An optional value held on the heap: the size of a pointer when empty. For the members of a
// structure kept by the hundred thousand (a Claim) that few of them fill: a count's part of a
// whole is 160 bytes inline as a std::optional, and most counts have none. It reads like the
// std::optional it replaces (`if (c.part)`, `c.part->value`, `c.part = CountPart{...}`,
// `c.part = std::nullopt`) and copies deeply.
#pragma once

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace crosscheck {

template <class T>
class Boxed {
 public:
  using value_type = T;

  Boxed() = default;
  Boxed(std::nullopt_t) {}  // NOLINT(google-explicit-constructor): reads like std::optional
  Boxed(T value) : ptr_(std::make_unique<T>(std::move(value))) {}  // NOLINT(google-explicit-constructor)
  Boxed(std::optional<T> value) {                                  // NOLINT(google-explicit-constructor)
    if (value) ptr_ = std::make_unique<T>(std::move(*value));
  }
  Boxed(const Boxed& other) : ptr_(other.ptr_ ? std::make_unique<T>(*other.ptr_) : nullptr) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(const Boxed& other) {
    if (this != &other) ptr_ = other.ptr_ ? std::make_unique<T>(*other.ptr_) : nullptr;
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;
  ~Boxed() = default;

  bool has_value() const { return ptr_ != nullptr; }
  explicit operator bool() const { return has_value(); }
  T& operator*() { return *ptr_; }
  const T& operator*() const { return *ptr_; }
  T* operator->() { return ptr_.get(); }
  const T* operator->() const { return ptr_.get(); }
  void reset() { ptr_.reset(); }
  template <class... Args>
  T& emplace(Args&&... args) {
    ptr_ = std::make_unique<T>(std::forward<Args>(args)...);
    return *ptr_;
  }

  friend bool operator==(const Boxed& a, const Boxed& b) {
    return a.has_value() == b.has_value() && (!a.has_value() || *a == *b);
  }

 private:
  std::unique_ptr<T> ptr_;
};

// std::optional or Boxed: what writers and readers of a field treat alike (present or not).
template <class T>
struct is_optional_like : std::false_type {};
template <class T>
struct is_optional_like<std::optional<T>> : std::true_type {};
template <class T>
struct is_optional_like<Boxed<T>> : std::true_type {};
template <class T>
concept OptionalLike = is_optional_like<T>::value;

}  // namespace crosscheck
