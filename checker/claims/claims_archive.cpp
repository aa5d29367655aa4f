// The binary form of a document's claims: the field lists of claim_fields.hpp, written in
// order with no names. The size checks at the end of the file fail the build when a structure
// gains a field that is not in its list.
#include "checker/claims/claims_archive.hpp"

#include <cstdint>
#include <cstring>
#include <set>
#include <type_traits>
#include <unordered_map>
#include <variant>
#include <vector>

#include "checker/claims/claim_fields.hpp"

namespace crosscheck {

namespace {

struct BadArchive {};

// Strings this long or longer are written once per archive and referred to by number after
// (the number with shared_bit set, where a length would stand).
constexpr std::size_t min_shared = 8;
constexpr std::uint64_t shared_bit = std::uint64_t{1} << 63;

class Writer {
 public:
  std::string out;

  template <class T>
  void operator()(const char* /*name*/, T& x) {
    (*this)(x);
  }

  template <class T>
  void operator()(T& x) {
    if constexpr (std::is_enum_v<T>) {
      raw(static_cast<std::int64_t>(x));
    } else if constexpr (std::is_arithmetic_v<T>) {
      raw(x);
    } else {
      put(x);
    }
  }

 private:
  template <class T>
  void raw(T x) {
    char bytes[sizeof x];
    std::memcpy(bytes, &x, sizeof x);
    out.append(bytes, sizeof x);
  }
  // A string written before (a claim's sentence, a reason) is written as its number: the
  // archive holds each once.
  void put(std::string& s) {
    if (s.size() >= min_shared) {
      const auto [at, added] = seen_.try_emplace(s, seen_.size());
      if (!added) {
        raw(shared_bit | static_cast<std::uint64_t>(at->second));
        return;
      }
    }
    raw(static_cast<std::uint64_t>(s.size()));
    out.append(s);
  }
  std::unordered_map<std::string, std::size_t> seen_;
  void put(Atom& a) {
    std::string copy = a;
    put(copy);
  }
  void put(Date& d) {
    raw(static_cast<std::int32_t>(static_cast<int>(d.year())));
    raw(static_cast<std::uint32_t>(static_cast<unsigned>(d.month())));
    raw(static_cast<std::uint32_t>(static_cast<unsigned>(d.day())));
  }
  template <OptionalLike O>
  void put(O& o) {
    raw(o.has_value());
    if (o) (*this)(*o);
  }
  template <class T>
  void put(std::vector<T>& v) {
    raw(static_cast<std::uint64_t>(v.size()));
    if constexpr (std::is_same_v<T, bool>) {
      for (const bool b : v) raw(b);
    } else {
      for (auto& x : v) (*this)(x);
    }
  }
  void put(SortedStrings& s) {
    raw(static_cast<std::uint64_t>(s.size()));
    for (const auto& x : s) {
      std::string copy = x;
      put(copy);
    }
  }
  template <class... T>
  void put(std::variant<T...>& v) {
    raw(static_cast<std::uint64_t>(v.index()));
    std::visit([&](auto& x) { (*this)(x); }, v);
  }
  template <class T>
  void put(T& x) {
    claim_fields::fields(*this, x);
  }
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool done() const { return at_ == in_.size(); }

  template <class T>
  void operator()(const char* /*name*/, T& x) {
    (*this)(x);
  }

  template <class T>
  void operator()(T& x) {
    if constexpr (std::is_enum_v<T>) {
      x = static_cast<T>(raw<std::int64_t>());
    } else if constexpr (std::is_arithmetic_v<T>) {
      x = raw<T>();
    } else {
      get(x);
    }
  }

 private:
  std::string_view in_;
  std::size_t at_ = 0;

  template <class T>
  T raw() {
    if (in_.size() - at_ < sizeof(T)) throw BadArchive{};
    T x;
    std::memcpy(&x, in_.data() + at_, sizeof x);
    at_ += sizeof x;
    return x;
  }
  std::size_t size() {
    const auto n = raw<std::uint64_t>();
    if (n > in_.size() - at_) throw BadArchive{};  // every element takes at least a byte
    return static_cast<std::size_t>(n);
  }
  void get(std::string& s) {
    const auto n = raw<std::uint64_t>();
    if (n & shared_bit) {
      const auto index = n & ~shared_bit;
      if (index >= seen_.size()) throw BadArchive{};
      s = seen_[static_cast<std::size_t>(index)];
      return;
    }
    if (n > in_.size() - at_) throw BadArchive{};
    s.assign(in_.substr(at_, static_cast<std::size_t>(n)));
    at_ += static_cast<std::size_t>(n);
    if (s.size() >= min_shared) seen_.push_back(s);
  }
  std::vector<std::string> seen_;
  void get(Atom& a) {
    std::string text;
    get(text);
    a = text;
  }
  void get(Date& d) {
    const auto y = raw<std::int32_t>();
    const auto m = raw<std::uint32_t>();
    const auto day = raw<std::uint32_t>();
    d = Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{day}};
  }
  template <OptionalLike O>
  void get(O& o) {
    if (!raw<bool>()) {
      o.reset();
      return;
    }
    o.emplace();
    (*this)(*o);
  }
  template <class T>
  void get(std::vector<T>& v) {
    const std::size_t n = size();
    v.clear();
    v.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
      if constexpr (std::is_same_v<T, bool>) {
        v.push_back(raw<bool>());
      } else {
        (*this)(v.emplace_back());
      }
    }
  }
  void get(SortedStrings& s) {
    const std::size_t n = size();
    s.clear();
    for (std::size_t i = 0; i < n; ++i) {
      std::string x;
      get(x);
      s.insert(s.end(), std::move(x));
    }
  }
  template <class V, std::size_t I = 0>
  void alternative(V& v, std::size_t index) {
    if constexpr (I < std::variant_size_v<V>) {
      if (index == I) {
        (*this)(v.template emplace<I>());
        return;
      }
      alternative<V, I + 1>(v, index);
    } else {
      throw BadArchive{};
    }
  }
  template <class... T>
  void get(std::variant<T...>& v) {
    alternative(v, static_cast<std::size_t>(raw<std::uint64_t>()));
  }
  template <class T>
  void get(T& x) {
    claim_fields::fields(*this, x);
  }
};

}  // namespace

std::string archive_document(const ArchivedDocument& document) {
  Writer w;
  w(const_cast<ArchivedDocument&>(document));  // the writer only reads
  return std::move(w.out);
}

std::string archive_document(const DocumentClaims& claims, const Warnings& load_warnings) {
  Writer w;  // the fields of ArchivedDocument, in order
  w(const_cast<DocumentClaims&>(claims));
  w(const_cast<Warnings&>(load_warnings));
  return std::move(w.out);
}

std::optional<ArchivedDocument> unarchive_document(std::string_view bytes) {
  try {
    Reader r(bytes);
    ArchivedDocument document;
    r(document);
    if (!r.done()) return std::nullopt;
    return document;
  } catch (const BadArchive&) {
    return std::nullopt;
  } catch (const std::length_error&) {
    return std::nullopt;
  }
}

// A field added to one of these structures changes its size: add it to its list in claim_fields.hpp,
// then the size here (x86-64, libstdc++).
static_assert(sizeof(Claim) == 416, "Claim changed: archive its new field");
static_assert(sizeof(DocumentClaims) == 416, "DocumentClaims changed: archive its new field");
static_assert(sizeof(EventMention) == 120, "EventMention changed: archive its new field");
static_assert(sizeof(grammars::DateMention) == 136, "DateMention changed: archive its new field");
static_assert(sizeof(CountValue) == 48, "CountValue changed: archive its new field");
static_assert(sizeof(DateValue) == 32, "DateValue changed: archive its new field");
static_assert(sizeof(DurationValue) == 24, "DurationValue changed: archive its new field");
static_assert(sizeof(SuperlativeValue) == 56, "SuperlativeValue changed: archive its new field");
static_assert(sizeof(RoleValue) == 32, "RoleValue changed: archive its new field");
static_assert(sizeof(StageValue) == 24, "StageValue changed: archive its new field");
static_assert(sizeof(MeasureValue) == 80, "MeasureValue changed: archive its new field");
static_assert(sizeof(TimeOfDayValue) == 24, "TimeOfDayValue changed: archive its new field");
static_assert(sizeof(PlaceValue) == 64, "PlaceValue changed: archive its new field");
static_assert(sizeof(LabelValue) == 16, "LabelValue changed: archive its new field");
static_assert(sizeof(AgeValue) == 16, "AgeValue changed: archive its new field");
static_assert(sizeof(EventRef) == 32, "EventRef changed: archive its new field");
static_assert(sizeof(CountPart) == 152, "CountPart changed: archive its new field");
static_assert(sizeof(PartCover) == 56, "PartCover changed: archive its new field");
static_assert(sizeof(PendingDate) == 152, "PendingDate changed: archive its new field");
static_assert(sizeof(Dateline) == 56, "Dateline changed: archive its new field");
static_assert(sizeof(SkippedLine) == 72, "SkippedLine changed: archive its new field");
static_assert(sizeof(Warning) == 72, "Warning changed: archive its new field");
static_assert(sizeof(FilePosition) == 40, "FilePosition changed: archive its new field");

}  // namespace crosscheck
