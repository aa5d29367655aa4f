// Spanish and Italian copy is read with its language overlay (lexicon/es, lexicon/it), chosen
// by the document's `lang`: counts, dates and the event words they hang on. The same text
// declared as English reads none of it.
#include <doctest/doctest.h>

#include "tests/claims/claims_corpus.hpp"

using namespace crosscheck;
using namespace crosscheck::test;

namespace {

std::string article(const char* lang, const std::string& body) {
  std::string text = "---\npublished: 2025-06-14\n";
  if (*lang) text += std::string("lang: ") + lang + "\n";
  return text + "---\n" + body;
}

struct CountRow {
  const char* needle;  // a piece of the claim's text
  double value;
  const char* property;
  Scope scope;
  const char* event;  // the event word's type
};

void check_counts(const DocumentClaims& doc, std::initializer_list<CountRow> rows) {
  for (const auto& row : rows) {
    CAPTURE(row.needle);
    const Claim* c = find_claim(doc, ClaimKind::count, row.needle);
    REQUIRE(c != nullptr);
    CHECK(count_value(*c) == row.value);
    CHECK(c->property == row.property);
    CHECK(c->scope == row.scope);
    CHECK(mention_type(doc, *c) == row.event);
  }
}

}  // namespace

TEST_CASE("ClaimExtractor reads Spanish and Italian copy by its lang") {
  SUBCASE("Spanish: categories, scopes, number words, dates and event words") {
    const std::string body =
        "Rusia y Ucrania intercambiaron este viernes a 180 militares y 95 civiles por cada una de las dos "
        "partes.\n\n"
        "El acuerdo firmado el 2 de junio contemplaba la liberación de mil personas por cada bando.\n";
    const auto doc = extract_text(article("es", body), "a.md");
    check_counts(doc, {{"180 militares", 180, "military", Scope::per_side, "exchange"},
                       {"95 civiles", 95, "civilians", Scope::per_side, "exchange"},
                       {"mil personas", 1000, "released", Scope::per_side, "agreement"}});
    const Claim* friday = find_claim(doc, ClaimKind::date, "viernes");
    REQUIRE(friday != nullptr);
    CHECK(iso_date(std::get<DateValue>(friday->value).lo) == "2025-06-13");
    const Claim* signed_on = find_claim(doc, ClaimKind::date, "2 de junio");
    REQUIRE(signed_on != nullptr);
    CHECK(iso_date(std::get<DateValue>(signed_on->value).lo) == "2025-06-02");
    // Without the language the same text says nothing we can read.
    const auto english = extract_text(article("en", body), "a.md");
    CHECK(claims_of(english, ClaimKind::count).empty());
    CHECK(claims_of(english, ClaimKind::date).empty());
  }
  SUBCASE("Italian: a scope after a bare number, a side after its noun, a date") {
    const std::string body =
        "Il 13 giugno sono stati scambiati 245 da ciascuna parte, nel secondo scambio di prigionieri. Altri 118 "
        "militari russi sono stati rimpatriati, ha reso noto il ministero.\n";
    const auto doc = extract_text(article("it", body), "a.md");
    check_counts(doc, {{"245 da ciascuna parte", 245, "released", Scope::per_side, "exchange"},
                       {"118 militari russi", 118, "military", Scope::one_side, "exchange"}});
    const Claim* day = find_claim(doc, ClaimKind::date, "13 giugno");
    REQUIRE(day != nullptr);
    CHECK(iso_date(std::get<DateValue>(day->value).lo) == "2025-06-13");
    const auto english = extract_text(article("", body), "a.md");
    CHECK(claims_of(english, ClaimKind::count).empty());
  }
  SUBCASE("Spanish: a nationality and a place are parts of those freed") {
    const auto doc =
        extract_text(article("es",
                             "Este sábado Norlandia liberó a siete estadounidenses presos en el canje. Funcionarios "
                             "anunciaron la liberación de 80 presos políticos en Norlandia.\n"),
                     "a.md");
    const Claim* nationals = find_claim(doc, ClaimKind::count, "estadounidenses");
    REQUIRE(nationals != nullptr);
    REQUIRE(nationals->part.has_value());
    CHECK(nationals->part->dimension == "nationality");
    const Claim* held = find_claim(doc, ClaimKind::count, "80");
    REQUIRE(held != nullptr);
    CHECK(held->location == "Norlandia");
  }
  SUBCASE("a region or script suffix selects the same overlay") {
    const auto doc = extract_text(article("es-AR", "Fueron liberados 230 prisioneros.\n"), "a.md");
    const Claim* c = find_claim(doc, ClaimKind::count, "230");
    REQUIRE(c != nullptr);
    CHECK(c->property == "released");
  }
}
