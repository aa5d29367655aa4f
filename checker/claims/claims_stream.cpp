// Each record's `document` and `claim` objects are the field lists of claim_fields.hpp as JSON
// (names as in the C++ structures, enumerations as their numbers, dates as [year, month, day],
// a variant as [alternative, value], a structure of one field `value` as that value, infinities
// and NaN as strings), so every field extraction produced reaches the checks. Around them, a
// few fields for other tools to read and group by (path, event types, source, published date;
// a claim's kind, property and event type).
#include "checker/claims/claims_stream.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <istream>
#include <ostream>
#include <set>
#include <tuple>
#include <type_traits>
#include <variant>

#include <nlohmann/json.hpp>

#include "checker/claims/claim_fields.hpp"

namespace crosscheck {

namespace {

using nlohmann::json;

struct BadRecord {
  std::string message;
};

class JsonWriter {
 public:
  json out = json::object();
  const char* skip = nullptr;  // a field left out (a document's claims: one record each)

  template <class T>
  void operator()(const char* name, T& x) {
    if (skip && std::string_view(name) == skip) return;
    out[name] = value(x);
  }

  template <class T>
  static json value(T& x) {
    if constexpr (std::is_enum_v<T>) {
      return static_cast<std::int64_t>(x);
    } else if constexpr (std::is_same_v<T, bool>) {
      return x;
    } else if constexpr (std::is_floating_point_v<T>) {
      if (std::isnan(x)) return "nan";
      if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
      return x;
    } else if constexpr (std::is_arithmetic_v<T>) {
      return x;
    } else {
      return put(x);
    }
  }

 private:
  static json put(std::string& s) { return s; }
  static json put(Atom& a) { return a.str(); }
  static json put(Date& d) {
    return json::array({static_cast<int>(d.year()), static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day())});
  }
  template <OptionalLike O>
  static json put(O& o) {
    return o ? value(*o) : json(nullptr);
  }
  template <class T>
  static json put(std::vector<T>& v) {
    json out = json::array();
    if constexpr (std::is_same_v<T, bool>) {
      for (const bool b : v) out.push_back(b);
    } else {
      for (auto& x : v) out.push_back(value(x));
    }
    return out;
  }
  static json put(SortedStrings& s) {
    json out = json::array();
    for (const auto& x : s) out.push_back(x);
    return out;
  }
  template <class... T>
  static json put(std::variant<T...>& v) {
    return json::array({v.index(), std::visit([](auto& x) { return value(x); }, v)});
  }
  // A structure of one field named `value` (an offset) is written as that value.
  template <class T>
  static json put(T& x) {
    JsonWriter w;
    claim_fields::fields(w, x);
    if (w.out.size() == 1 && w.out.begin().key() == "value") return std::move(w.out.begin().value());
    return std::move(w.out);
  }
};

class JsonReader {
 public:
  explicit JsonReader(const json& in, const char* skip = nullptr) : in_(in), skip_(skip) {}

  template <class T>
  void operator()(const char* name, T& x) {
    if (skip_ && std::string_view(name) == skip_) return;
    if (single_ && std::string_view(name) != "value") throw BadRecord{"expected an object"};
    const auto it = in_.find(name);
    if (it == in_.end()) throw BadRecord{std::string("missing field '") + name + "'"};
    try {
      get(*it, x);
    } catch (const BadRecord& e) {
      throw BadRecord{std::string(name) + ": " + e.message};
    }
  }

  // The fields of `x` from an object, but for `skip`.
  template <class T>
  static void get_fields(const json& j, T& x, const char* skip) {
    if (!j.is_object()) {
      // a structure of one field named `value`, written as that value
      const json wrapped{{"value", j}};
      JsonReader r(wrapped, skip);
      r.single_ = true;
      claim_fields::fields(r, x);
      return;
    }
    JsonReader r(j, skip);
    claim_fields::fields(r, x);
  }

  template <class T>
  static void get(const json& j, T& x) {
    if constexpr (std::is_enum_v<T>) {
      x = static_cast<T>(number<std::int64_t>(j));
    } else if constexpr (std::is_same_v<T, bool>) {
      if (!j.is_boolean()) throw BadRecord{"expected true or false"};
      x = j.get<bool>();
    } else if constexpr (std::is_floating_point_v<T>) {
      if (j.is_string()) {
        const auto& s = j.get_ref<const std::string&>();
        if (s == "nan") x = std::numeric_limits<T>::quiet_NaN();
        else if (s == "inf") x = std::numeric_limits<T>::infinity();
        else if (s == "-inf") x = -std::numeric_limits<T>::infinity();
        else throw BadRecord{"expected a number"};
      } else {
        x = number<T>(j);
      }
    } else if constexpr (std::is_arithmetic_v<T>) {
      x = number<T>(j);
    } else {
      take(j, x);
    }
  }

 private:
  const json& in_;
  const char* skip_ = nullptr;
  bool single_ = false;  // reading a bare value into a structure: only its field `value`

  template <class T>
  static T number(const json& j) {
    if (!j.is_number()) throw BadRecord{"expected a number"};
    if constexpr (std::is_integral_v<T>) {
      if (!j.is_number_integer()) throw BadRecord{"expected a whole number"};
      if (j.is_number_unsigned()) return static_cast<T>(j.get<std::uint64_t>());
      return static_cast<T>(j.get<std::int64_t>());
    } else {
      return j.get<T>();
    }
  }
  static const json& array(const json& j, std::size_t size = 0) {
    if (!j.is_array() || (size && j.size() != size)) throw BadRecord{"expected an array"};
    return j;
  }
  static void take(const json& j, std::string& s) {
    if (!j.is_string()) throw BadRecord{"expected a string"};
    s = j.get<std::string>();
  }
  static void take(const json& j, Atom& a) {
    std::string text;
    take(j, text);
    a = text;
  }

  static void take(const json& j, Date& d) {
    const json& a = array(j, 3);
    d = Date{std::chrono::year{number<int>(a[0])}, std::chrono::month{number<unsigned>(a[1])},
             std::chrono::day{number<unsigned>(a[2])}};
  }
  template <OptionalLike O>
  static void take(const json& j, O& o) {
    if (j.is_null()) {
      o.reset();
      return;
    }
    get(j, o.emplace());
  }
  template <class T>
  static void take(const json& j, std::vector<T>& v) {
    v.clear();
    for (const json& item : array(j)) {
      if constexpr (std::is_same_v<T, bool>) {
        bool b = false;
        get(item, b);
        v.push_back(b);
      } else {
        get(item, v.emplace_back());
      }
    }
  }
  static void take(const json& j, SortedStrings& s) {
    s.clear();
    for (const json& item : array(j)) {
      std::string x;
      take(item, x);
      s.insert(std::move(x));
    }
  }
  template <class V, std::size_t I = 0>
  static void alternative(const json& j, V& v, std::size_t index) {
    if constexpr (I < std::variant_size_v<V>) {
      if (index == I) {
        get(j, v.template emplace<I>());
        return;
      }
      alternative<V, I + 1>(j, v, index);
    } else {
      throw BadRecord{"unknown alternative"};
    }
  }
  template <class... T>
  static void take(const json& j, std::variant<T...>& v) {
    const json& a = array(j, 2);
    alternative(a[1], v, number<std::size_t>(a[0]));
  }
  template <class T>
  static void take(const json& j, T& x) {
    get_fields(j, x, nullptr);
  }
};

template <class T>
json fields_json(const T& x, const char* skip = nullptr) {
  JsonWriter w;
  w.skip = skip;
  claim_fields::fields(w, const_cast<T&>(x));  // the writer only reads
  return std::move(w.out);
}

nlohmann::ordered_json position_json(const FilePosition& where) {
  return {{"path", where.path}, {"line", where.line}, {"column", where.column}};
}

std::string dumped(const nlohmann::ordered_json& record) {
  // Text that is not UTF-8 was replaced when the document was read; replacing here too keeps a
  // stray byte in a path from losing the record.
  return record.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string published_text(const DocumentClaims& d) { return d.published ? iso_date(*d.published) : std::string(); }

// The event type of a claim's own event word, when it has one: what a shuffle can group by
// before events are resolved.
std::string mention_type(const DocumentClaims& d, std::size_t claim) {
  if (claim < d.claim_mention.size() && d.claim_mention[claim] && *d.claim_mention[claim] < d.events.size())
    return d.events[*d.claim_mention[claim]].type;
  return {};
}

std::vector<std::string> event_types(const DocumentClaims& d) {
  std::set<std::string> types;
  for (const auto& e : d.events) types.insert(e.type);
  return {types.begin(), types.end()};
}

}  // namespace

void write_claims_stream(std::ostream& out, const ClaimsStream& stream, const std::string& version) {
  // Records in a fixed field order, "record" and "path" first: a shuffle can route a line by
  // its first bytes without parsing the claim.
  using record = nlohmann::ordered_json;
  out << dumped(record{
             {"record", "header"}, {"format", claims_stream_format}, {"version", version}, {"root", stream.root}})
      << "\n";
  for (const ArchivedDocument& a : stream.documents) {
    const DocumentClaims& d = a.claims;
    out << dumped(record{{"record", "document"},
                         {"path", d.path},
                         {"event_types", event_types(d)},
                         {"source", d.source_id},
                         {"published", published_text(d)},
                         {"claims", d.claims.size()},
                         {"document", fields_json(d, "claims")},
                         {"load_warnings", JsonWriter::value(const_cast<Warnings&>(a.load_warnings))}})
        << "\n";
    for (std::size_t i = 0; i < d.claims.size(); ++i) {
      const Claim& c = d.claims[i];
      out << dumped(record{{"record", "claim"},
                           {"path", d.path},
                           {"n", i},
                           {"kind", to_string(c.kind)},
                           {"property", c.property},
                           {"event_type", mention_type(d, i)},
                           {"claim", fields_json(c)}})
          << "\n";
    }
  }
  for (const InputError& e : stream.errors)
    out << dumped(record{{"record", "error"}, {"where", position_json(e.where())}, {"message", e.message()}}) << "\n";
  for (const Warning& w : stream.warnings)
    out << dumped(record{{"record", "warning"}, {"where", position_json(w.where)}, {"message", w.message}}) << "\n";
}

namespace {

const json& member(const json& record, const char* name) {
  const auto it = record.find(name);
  if (it == record.end()) throw BadRecord{std::string("missing field '") + name + "'"};
  return *it;
}

// A record's field into `x`; a problem names the field.
template <class T>
void read_member(const json& record, const char* name, T& x) {
  try {
    JsonReader::get(member(record, name), x);
  } catch (const BadRecord& e) {
    throw BadRecord{std::string(name) + ": " + e.message};
  }
}

std::string text_member(const json& record, const char* name) {
  std::string s;
  read_member(record, name, s);
  return s;
}

FilePosition position_of(const json& record) {
  FilePosition where;
  JsonReader::get(member(record, "where"), where);
  return where;
}

}  // namespace

void ClaimsStreamReader::read_record(const std::string& line, const FilePosition& where) {
  json record;
  try {
    record = json::parse(line);
  } catch (const json::parse_error& e) {
    // nlohmann counts bytes from 1; its message names the position already
    throw InputError({where.path, where.line, e.byte ? static_cast<int>(e.byte) : 1},
                     std::string("not a JSON record: ") + e.what());
  }
  if (!record.is_object()) throw BadRecord{"a record is a JSON object"};
  const std::string kind = text_member(record, "record");
  if (kind == "header") {
    header_seen_ = true;
    const json& format = member(record, "format");
    if (!format.is_number_integer() || format.get<std::int64_t>() != claims_stream_format)
      throw BadRecord{"claims stream format " + format.dump() + ", this crosscheck reads format " +
                      std::to_string(claims_stream_format) + " (extract again)"};
    if (const std::string version = text_member(record, "version"); version != version_)
      throw BadRecord{"written by crosscheck " + version + ", this is " + version_ +
                      " (extract again with this version)"};
    const std::string root = text_member(record, "root");
    if (root_ && *root_ != root)
      throw BadRecord{"corpus root '" + root + "' differs from '" + *root_ + "' of an earlier stream"};
    root_ = root;
  } else if (kind == "document") {
    ArchivedDocument document;
    JsonReader::get_fields(member(record, "document"), document.claims, "claims");  // they have records of their own
    read_member(record, "load_warnings", document.load_warnings);
    if (!keep_notes_) drop_notes(document.claims);
    Pending& pending = documents_[document.claims.path];
    if (pending.document) return;  // named twice (two shards holding one file): read once
    read_member(record, "claims", pending.claims);
    if (pending.first.path.empty()) pending.first = where;
    pending.document = std::move(document);
  } else if (kind == "claim") {
    Claim claim;
    read_member(record, "claim", claim);
    if (!keep_notes_) drop_notes(claim);
    std::size_t n = 0;
    read_member(record, "n", n);
    Pending& pending = documents_[text_member(record, "path")];
    if (pending.first.path.empty()) pending.first = where;
    pending.numbered.emplace(n, std::move(claim));
  } else if (kind == "file") {
    // a file of the corpus walk (`extract --list`), extracted in some other stream
  } else if (kind == "error") {
    errors_.emplace_back(position_of(record), text_member(record, "message"));
  } else if (kind == "warning") {
    warnings_.push_back({position_of(record), text_member(record, "message")});
  } else {
    throw BadRecord{"unknown record '" + kind + "' (expected header, document, claim, file, error or warning)"};
  }
}

void ClaimsStreamReader::read(std::istream& in, const std::string& name) {
  std::string line;
  header_seen_ = false;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const FilePosition where{name, static_cast<int>(number), 1};
    try {
      read_record(line, where);
    } catch (const BadRecord& e) {
      throw InputError(where, e.message);
    } catch (const json::exception& e) {
      throw InputError(where, std::string("bad record: ") + e.what());
    }
  }
  if (in.bad()) throw InputError({name, 0, 0}, "cannot read the claims stream");
  if (!header_seen_)
    throw InputError({name, 0, 0}, "not a claims stream (no header record; write it with crosscheck extract)");
}

ClaimsStream ClaimsStreamReader::finish() {
  ClaimsStream out;
  out.root = root_.value_or(".");
  for (auto& [path, pending] : documents_) {  // std::map: sorted by path, as a corpus walk sorts files
    if (!pending.document)
      throw InputError(pending.first, "claims of '" + path + "' without its document record (a shard is missing)");
    if (pending.numbered.size() != pending.claims ||
        (!pending.numbered.empty() && pending.numbered.rbegin()->first + 1 != pending.claims))
      throw InputError(pending.first, "'" + path + "' has " + std::to_string(pending.claims) +
                                          " claims, the stream holds " + std::to_string(pending.numbered.size()) +
                                          " (a shard is missing or cut short)");
    ArchivedDocument& document = *pending.document;
    document.claims.claims.reserve(pending.claims);
    for (auto& [n, claim] : pending.numbered) document.claims.claims.push_back(std::move(claim));
    out.documents.push_back(std::move(document));
    // the moved-from claims go now: the corpus's claims are never held twice
    pending.numbered.clear();
    pending.document.reset();
  }
  // A problem every shard met (a broken manifest) is reported once, as one run reports it.
  sort_diagnostics(errors_, warnings_, /*unique=*/true);
  out.errors = std::move(errors_);
  out.warnings = std::move(warnings_);
  documents_.clear();
  return out;
}

}  // namespace crosscheck
