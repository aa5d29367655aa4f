// One list of fields per structure (fields(a, x)), read by a writer and a reader alike, so
// the two cannot drift apart. A field added to a structure must be added here: the size
// checks at the end of the file fail the build until it is.
#include "checker/claims/claims_archive.hpp"

#include <cstdint>
#include <cstring>
#include <set>
#include <type_traits>
#include <unordered_map>
#include <variant>
#include <vector>

namespace crosscheck {

namespace {

struct BadArchive {};

// Strings this long or longer are written once per archive and referred to by number after
// (the number with shared_bit set, where a length would stand).
constexpr std::size_t min_shared = 8;
constexpr std::uint64_t shared_bit = std::uint64_t{1} << 63;

template <class A>
void fields(A& a, ByteOffset& x) {
  a(x.value);
}
template <class A>
void fields(A& a, NormOffset& x) {
  a(x.value);
}
template <class A>
void fields(A& a, NormSpan& x) {
  a(x.begin), a(x.end);
}
template <class A>
void fields(A& a, ByteSpan& x) {
  a(x.begin), a(x.end);
}
template <class A>
void fields(A& a, LineColumn& x) {
  a(x.line), a(x.column);
}
template <class A>
void fields(A& a, FilePosition& x) {
  a(x.path), a(x.line), a(x.column);
}
template <class A>
void fields(A& a, Warning& x) {
  a(x.where), a(x.message);
}
template <class A>
void fields(A& a, CountValue& x) {
  a(x.value), a(x.value_hi), a(x.lo), a(x.hi), a(x.vague);
}
template <class A>
void fields(A& a, DateValue& x) {
  a(x.lo), a(x.hi), a(x.day_precision), a(x.weekday), a(x.relative), a(x.future_tense), a(x.year_written),
      a(x.resolution);
}
template <class A>
void fields(A& a, DurationValue& x) {
  a(x.amount), a(x.unit), a(x.since);
}
template <class A>
void fields(A& a, SuperlativeValue& x) {
  a(x.adjective), a(x.subject), a(x.since), a(x.since_event), a(x.of_scope), a(x.scope), a(x.lookback);
}
template <class A>
void fields(A& a, RoleValue& x) {
  a(x.person), a(x.title), a(x.modifier), a(x.affiliation);
}
template <class A>
void fields(A& a, StageValue& x) {
  a(x.ordinal), a(x.final), a(x.noun);
}
template <class A>
void fields(A& a, MeasureValue& x) {
  a(x.amount), a(x.amount_hi), a(x.lo), a(x.hi), a(x.unit), a(x.revised_to), a(x.revised_from);
}
template <class A>
void fields(A& a, TimeOfDayValue& x) {
  a(x.minutes), a(x.zone), a(x.utc_minutes);
}
template <class A>
void fields(A& a, PlaceValue& x) {
  a(x.name), a(x.known), a(x.kind), a(x.within), a(x.country), a(x.preposition);
}
template <class A>
void fields(A& a, LabelValue& x) {
  a(x.name), a(x.introducer);
}
template <class A>
void fields(A& a, AgeValue& x) {
  a(x.person), a(x.years);
}
template <class A>
void fields(A& a, EventRef& x) {
  a(x.type), a(x.key), a(x.confidence), a(x.reason);
}
template <class A>
void fields(A& a, CountPart& x) {
  a(x.dimension), a(x.value), a(x.whole);
}
template <class A>
void fields(A& a, PartCover& x) {
  a(x.dimension), a(x.values);
}
template <class A>
void fields(A& a, Claim& x) {
  a(x.document), a(x.path), a(x.source_id), a(x.kind), a(x.property), a(x.qualifier), a(x.scope), a(x.running),
      a(x.side), a(x.side_role), a(x.location), a(x.groups), a(x.part), a(x.covers), a(x.value), a(x.span), a(x.bytes),
      a(x.begin), a(x.end), a(x.text), a(x.snippet), a(x.sentence), a(x.paragraph), a(x.event), a(x.as_of),
      a(x.as_of_time), a(x.as_of_written), a(x.not_event), a(x.explain);
}
template <class A>
void fields(A& a, EventMention& x) {
  a(x.type), a(x.sentence), a(x.paragraph), a(x.span), a(x.local_begin), a(x.local_end), a(x.other), a(x.previous),
      a(x.future), a(x.date_claim), a(x.place), a(x.clause_of), a(x.after_other_time);
}
template <class A>
void fields(A& a, grammars::DateMention& x) {
  a(x.begin), a(x.end), a(x.year), a(x.month), a(x.day), a(x.end_month), a(x.end_day), a(x.weekday), a(x.precision),
      a(x.relative), a(x.unit), a(x.offset), a(x.amount), a(x.earlier_part), a(x.later_part), a(x.anchor), a(x.text),
      a(x.impossible);
}
template <class A>
void fields(A& a, PendingDate& x) {
  a(x.claim), a(x.mention), a(x.publication);
}
template <class A>
void fields(A& a, Dateline& x) {
  a(x.month), a(x.day), a(x.text), a(x.sentence), a(x.begin);
}
template <class A>
void fields(A& a, SkippedLine& x) {
  a(x.begin), a(x.text), a(x.reason);
}
template <class A>
void fields(A& a, DocumentClaims& x) {
  a(x.document), a(x.path), a(x.source_id), a(x.published), a(x.published_inferred), a(x.published_how),
      a(x.latest_date), a(x.claims), a(x.events), a(x.claim_mention), a(x.claim_date), a(x.pending), a(x.dateline),
      a(x.skipped), a(x.furniture), a(x.names), a(x.warnings);
}
template <class A>
void fields(A& a, ArchivedDocument& x) {
  a(x.claims), a(x.load_warnings);
}

class Writer {
 public:
  std::string out;

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
  void put(Date& d) {
    raw(static_cast<std::int32_t>(static_cast<int>(d.year())));
    raw(static_cast<std::uint32_t>(static_cast<unsigned>(d.month())));
    raw(static_cast<std::uint32_t>(static_cast<unsigned>(d.day())));
  }
  template <class T>
  void put(std::optional<T>& o) {
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
  void put(std::set<std::string>& s) {
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
    fields(*this, x);
  }
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool done() const { return at_ == in_.size(); }

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
  void get(Date& d) {
    const auto y = raw<std::int32_t>();
    const auto m = raw<std::uint32_t>();
    const auto day = raw<std::uint32_t>();
    d = Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{day}};
  }
  template <class T>
  void get(std::optional<T>& o) {
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
  void get(std::set<std::string>& s) {
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
    fields(*this, x);
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

// A field added to one of these structures changes its size: add it to its fields() above,
// then the size here (x86-64, libstdc++).
static_assert(sizeof(Claim) == 936, "Claim changed: archive its new field");
static_assert(sizeof(DocumentClaims) == 440, "DocumentClaims changed: archive its new field");
static_assert(sizeof(EventMention) == 160, "EventMention changed: archive its new field");
static_assert(sizeof(grammars::DateMention) == 136, "DateMention changed: archive its new field");
static_assert(sizeof(CountValue) == 48, "CountValue changed: archive its new field");
static_assert(sizeof(DateValue) == 56, "DateValue changed: archive its new field");
static_assert(sizeof(DurationValue) == 48, "DurationValue changed: archive its new field");
static_assert(sizeof(SuperlativeValue) == 176, "SuperlativeValue changed: archive its new field");
static_assert(sizeof(RoleValue) == 128, "RoleValue changed: archive its new field");
static_assert(sizeof(StageValue) == 48, "StageValue changed: archive its new field");
static_assert(sizeof(MeasureValue) == 104, "MeasureValue changed: archive its new field");
static_assert(sizeof(TimeOfDayValue) == 48, "TimeOfDayValue changed: archive its new field");
static_assert(sizeof(PlaceValue) == 160, "PlaceValue changed: archive its new field");
static_assert(sizeof(LabelValue) == 64, "LabelValue changed: archive its new field");
static_assert(sizeof(AgeValue) == 40, "AgeValue changed: archive its new field");
static_assert(sizeof(EventRef) == 104, "EventRef changed: archive its new field");
static_assert(sizeof(CountPart) == 96, "CountPart changed: archive its new field");
static_assert(sizeof(PartCover) == 56, "PartCover changed: archive its new field");
static_assert(sizeof(PendingDate) == 152, "PendingDate changed: archive its new field");
static_assert(sizeof(Dateline) == 56, "Dateline changed: archive its new field");
static_assert(sizeof(SkippedLine) == 72, "SkippedLine changed: archive its new field");
static_assert(sizeof(Warning) == 72, "Warning changed: archive its new field");
static_assert(sizeof(FilePosition) == 40, "FilePosition changed: archive its new field");

}  // namespace crosscheck
