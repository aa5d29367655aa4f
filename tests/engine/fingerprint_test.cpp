#include <set>
#include <string>

#include <doctest/doctest.h>

#include "checker/findings/fingerprint.hpp"

using namespace crosscheck;

namespace {

nlohmann::json count_claim(double value, const char* scope, const char* qualifier = "exact") {
  return {{"kind", "count"}, {"property", "released"}, {"value", value}, {"qualifier", qualifier}, {"scope", scope}};
}

// Changes one member of a location's claim.
void set_member(ClaimSnapshot& claim, const char* member, const nlohmann::json& value) {
  nlohmann::json tree = claim.json();
  tree[member] = value;
  claim = tree;
}

Location at(const char* source, int line, int column, const char* text, nlohmann::json claim) {
  Location location;
  location.path = std::string("corpus/") + source;
  location.source_id = source;
  location.begin = {line, column};
  location.end = {line, column + 20};
  location.bytes = {{static_cast<std::size_t>(line * 80)}, {static_cast<std::size_t>(line * 80 + 20)}};
  location.text = text;
  location.snippet = std::string("Officials said ") + text + " went home.";
  location.claim = std::move(claim);
  return location;
}

// Wire story A says 250 per side, B says 1,200 per side, C (same as A) 250 per side.
Finding sample() {
  Finding finding;
  finding.rule = "count-mismatch";
  finding.kind = "count_mismatch";
  finding.event = "exchange@2025-03-14";
  finding.message = "released per side differs: 250 here, 1,200 per side in b.txt";
  finding.primary = at("a.txt", 4, 18, "250 captives from each side", count_claim(250, "per_side"));
  finding.related = {at("b.txt", 9, 1, "1,200 detainees on either side", count_claim(1200, "per_side")),
                     at("c.txt", 2, 5, "250 on each side", count_claim(250, "per_side"))};
  return finding;
}

}  // namespace

TEST_CASE("fingerprint") {
  const std::string original = fingerprint(sample());

  SUBCASE("is 32 lowercase hex digits and deterministic") {
    CHECK(original.size() == 32);
    CHECK(original.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(fingerprint(sample()) == original);
  }
  SUBCASE("survives moved lines, shifted columns and offsets") {
    Finding moved = sample();
    moved.primary.begin = {40, 3};
    moved.primary.end = {41, 7};
    moved.primary.bytes = {{9000}, {9040}};
    moved.related[0].begin = {1, 1};
    CHECK(fingerprint(moved) == original);
  }
  SUBCASE("survives re-wrapped text, CRLF and a different sentence around the claim") {
    Finding rewrapped = sample();
    rewrapped.primary.text = "250 captives\r\nfrom each  side";
    rewrapped.primary.snippet = "An entirely rewritten paragraph mentions 250 captives from each side.";
    rewrapped.message = "a reworded message";
    CHECK(fingerprint(rewrapped) == original);
  }
  SUBCASE("without claim JSON, whitespace and line endings still do not matter") {
    Finding a = sample(), b = sample();
    a.primary.claim = nullptr;
    b.primary.claim = nullptr;
    b.primary.text = "250  captives\r\nfrom each\tside";
    CHECK(fingerprint(a) == fingerprint(b));
    b.primary.text = "205 captives from each side";
    CHECK(fingerprint(a) != fingerprint(b));
  }
  SUBCASE("survives a moved file when the source identity stays") {
    Finding renamed = sample();
    renamed.primary.path = "archive/2025/a.txt";
    CHECK(fingerprint(renamed) == original);
  }
  SUBCASE("is independent of the order of related locations") {
    Finding swapped = sample();
    std::swap(swapped.related[0], swapped.related[1]);
    CHECK(fingerprint(swapped) == original);
  }
  SUBCASE("survives another article repeating a conflicting value") {
    Finding more = sample();
    more.related.push_back(more.related[0]);
    more.related.back().source_id = "e.txt";
    more.related.back().path = "corpus/e.txt";
    CHECK(fingerprint(more) == original);
  }
  SUBCASE("survives the related note moving to another source with the same value") {
    Finding other = sample();
    other.related[0].source_id = "d.txt";
    CHECK(fingerprint(other) == original);
  }
  SUBCASE("survives the event's date key getting sharper") {
    Finding sharper = sample();
    sharper.event = "exchange@2025-03-10..2025-03-16";
    CHECK(fingerprint(sharper) == original);
  }
  SUBCASE("250 and 250.0 are the same value") {
    Finding as_float = sample();
    set_member(as_float.primary.claim, "value", 250.0);
    Finding as_int = sample();
    set_member(as_int.primary.claim, "value", 250);
    CHECK(fingerprint(as_float) == fingerprint(as_int));
  }
  SUBCASE("claim members outside kind, property, value, qualifier, scope are ignored") {
    Finding extra = sample();
    set_member(extra.primary.claim, "span", {{"begin", 17}, {"end", 43}});
    set_member(extra.primary.claim, "sentence", 3);
    CHECK(fingerprint(extra) == original);
  }

  struct Change {
    const char* name;
    void (*apply)(Finding&);
  };
  const Change changes[] = {
      {"another rule", [](Finding& f) { f.rule = "scope-mismatch"; }},
      {"another event type", [](Finding& f) { f.event = "agreement@2025-03-14"; }},
      {"another value on the same article", [](Finding& f) { set_member(f.primary.claim, "value", 260); }},
      {"another qualifier", [](Finding& f) { set_member(f.primary.claim, "qualifier", "more_than"); }},
      {"another scope", [](Finding& f) { set_member(f.related[0].claim, "scope", "total"); }},
      {"another property", [](Finding& f) { set_member(f.primary.claim, "property", "military"); }},
      {"another primary source", [](Finding& f) { f.primary.source_id = "d.txt"; }},
      {"one more conflicting value",
       [](Finding& f) {
         f.related.push_back(f.related[0]);
         set_member(f.related.back().claim, "value", 900);
       }},
      {"the other side as primary", [](Finding& f) { std::swap(f.primary, f.related[0]); }},
  };
  for (const Change& change : changes) {
    SUBCASE(change.name) {
      Finding changed = sample();
      change.apply(changed);
      CHECK(fingerprint(changed) != original);
    }
  }

  SUBCASE("two different conflicting claims of one article get different fingerprints") {
    Finding first = sample(), second = sample();
    second.primary = at("a.txt", 7, 1, "1,500 on each side", count_claim(1500, "per_side"));
    CHECK(fingerprint(first) != fingerprint(second));
  }
}

TEST_CASE("canonical_claim") {
  SUBCASE("keeps only the identifying members, with integral floats as integers") {
    const nlohmann::json claim = {{"kind", "count"}, {"value", 1000.0}, {"text", "a thousand"}, {"scope", "total"}};
    CHECK(canonical_claim(claim).dump() == R"({"kind":"count","scope":"total","value":1000})");
  }
  SUBCASE("nested values (intervals, dates) are canonical too") {
    const nlohmann::json claim = {{"kind", "count"}, {"value", {{"lo", 300.0}, {"hi", 400.5}}}};
    CHECK(canonical_claim(claim).dump() == R"({"kind":"count","value":{"hi":400.5,"lo":300}})");
  }
  SUBCASE("whitespace inside string values is collapsed") {
    const nlohmann::json claim = {{"kind", "role"}, {"value", {{"person", " Jane\r\n  Roe "}}}};
    CHECK(canonical_claim(claim).dump() == R"({"kind":"role","value":{"person":"Jane Roe"}})");
  }
  SUBCASE("not an object gives an empty object") { CHECK(canonical_claim(nullptr).dump() == "{}"); }
}

TEST_CASE("assign_fingerprints") {
  SUBCASE("fills empty fingerprints only") {
    std::vector<Finding> findings = {sample(), sample()};
    findings[1].fingerprint = "kept";
    assign_fingerprints(findings);
    CHECK(findings[0].fingerprint == fingerprint(sample()));
    CHECK(findings[1].fingerprint == "kept");
  }
}

TEST_CASE("ClaimSnapshot: a location's claim kept as compact text reads back as the same JSON") {
  SUBCASE("an object, with integers and floats kept apart and nested values") {
    const nlohmann::json claim = {{"kind", "count"},
                                  {"value", {{"lo", 300.0}, {"hi", 400}}},
                                  {"property", "killed"},
                                  {"qualifier", "at_least"},
                                  {"scope", "total"}};
    const ClaimSnapshot snapshot = claim;
    CHECK(snapshot.json() == claim);
    CHECK(snapshot.json()["value"]["lo"].is_number_float());
    CHECK(snapshot.json()["value"]["hi"].is_number_integer());
    CHECK(snapshot.json().dump() == claim.dump());
    CHECK(snapshot.is_claim());
  }
  SUBCASE("non-ASCII text and escapes survive") {
    const nlohmann::json claim = {{"kind", "role"}, {"value", {{"person", "Zelens\xCA\xB9kyi \"Vo\" \\ \t"}}}};
    CHECK(ClaimSnapshot(claim).json() == claim);
  }
  SUBCASE("none, null and an empty object are no claim") {
    CHECK(ClaimSnapshot().json().is_null());
    CHECK_FALSE(ClaimSnapshot().is_claim());
    CHECK(ClaimSnapshot(nullptr).json().is_null());
    CHECK_FALSE(ClaimSnapshot(nlohmann::json::object()).is_claim());
    CHECK(ClaimSnapshot(nlohmann::json::object()).json() == nlohmann::json::object());
  }
  SUBCASE("a finding fingerprints the same whether its claims were given as trees or read back") {
    Finding finding = sample();
    const std::string before = fingerprint(finding);
    finding.primary.claim = finding.primary.claim.json();
    CHECK(fingerprint(finding) == before);
  }
}
