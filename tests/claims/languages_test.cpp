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
  SUBCASE("Italian: the freed named after 'Tra i liberati ci sono' are a part of those freed") {
    const std::string whole = "Altri 103 soldati sono stati riportati a casa, ha detto il presidente. ";
    const auto doc = extract_text(
        article("it", whole + "Tra i liberati ci sono 82 soldati semplici e sergenti e 21 ufficiali.\n"), "a.md");
    const Claim* officers = find_claim(doc, ClaimKind::count, "21 ufficiali");
    REQUIRE(officers != nullptr);
    CHECK(officers->property == "released/military");  // the copula and the conjunction are Italian
    const auto plain =
        extract_text(article("it", whole + "Poi sono arrivati 82 soldati semplici e 21 ufficiali.\n"), "a.md");
    REQUIRE(find_claim(plain, ClaimKind::count, "21 ufficiali") != nullptr);
    CHECK(find_claim(plain, ClaimKind::count, "21 ufficiali")->property == "military");
  }
  SUBCASE("a figure right after a dash that follows a city's name is that city's") {
    const std::string lead = "Le autorita hanno confermato lo scambio di 103 prigionieri per parte. ";
    const auto doc = extract_text(
        article("it", lead + "I militari rilasciati avevano difeso la città di Varno - 69 persone - e la regione di "
                             "Tarn.\n"),
        "a.md");
    const Claim* item = find_claim(doc, ClaimKind::count, "69 persone");
    REQUIRE(item != nullptr);
    CHECK(item->location.str() == "Varno");
    // a dash after no place's name: no place
    const auto after_verb = extract_text(
        article("it", lead + "I militari rilasciati sono tornati a casa - 69 persone in tutto.\n"), "a.md");
    REQUIRE(find_claim(after_verb, ClaimKind::count, "69 persone") != nullptr);
    CHECK(find_claim(after_verb, ClaimKind::count, "69 persone")->location.empty());
  }
  SUBCASE("Spanish: 'Domingo' in a name ('Santo Domingo') is no weekday; 'el domingo' is") {
    const auto doc = extract_text(article("es",
                                          "Santo Domingo, 9 de abril de 2025. El techo de la discoteca "
                                          "se derrumbó el domingo.\n"),
                                  "a.md");
    const Claim* dateline = find_claim(doc, ClaimKind::date, "9 de abril de 2025");
    REQUIRE(dateline != nullptr);
    CHECK_FALSE(std::get<DateValue>(dateline->value).weekday);  // no weekday to disagree with the date
    CHECK(claims_of(doc, ClaimKind::date).size() == 2u);        // the dateline's date and the Sunday
    const Claim* sunday = find_claim(doc, ClaimKind::date, "domingo");
    REQUIRE(sunday != nullptr);
    CHECK(std::get<DateValue>(sunday->value).weekday);
  }
  SUBCASE("Italian: prisoners 'destinati a uno scambio' are of a swap still to come") {
    const auto doc = extract_text(
        article("it", "L'aereo trasportava 74 prigionieri ucraini destinati a uno scambio, sostiene la Russia.\n"),
        "a.md");
    const Claim* planned = find_claim(doc, ClaimKind::count, "74 prigionieri");
    REQUIRE(planned != nullptr);
    CHECK(mention_type(doc, *planned) == "exchange");
    CHECK(doc.events[*doc.claim_mention[static_cast<std::size_t>(planned - doc.claims.data())]].future);
  }
  SUBCASE("Italian and Spanish: Israeli and Palestinian sides; the day hostages were taken is another event's") {
    const auto it = extract_text(article("it", "Sabato sono stati liberati 183 detenuti palestinesi.\n"), "a.md");
    const Claim* prisoners = find_claim(it, ClaimKind::count, "183 detenuti");
    REQUIRE(prisoners != nullptr);
    CHECK(prisoners->side == "palestine");
    const auto es = extract_text(
        article("es", "Hamás liberó a tres rehenes israelíes secuestradas el 7 de octubre de 2023.\n"), "a.md");
    const Claim* taken = find_claim(es, ClaimKind::date, "7 de octubre de 2023");
    REQUIRE(taken != nullptr);
    const Claim* three = find_claim(es, ClaimKind::count, "tres rehenes");
    REQUIRE(three != nullptr);
    REQUIRE(es.claim_mention[static_cast<std::size_t>(three - es.claims.data())]);
    const auto& exchange = es.events[*es.claim_mention[static_cast<std::size_t>(three - es.claims.data())]];
    CHECK(exchange.date_claim != std::optional<std::size_t>(static_cast<std::size_t>(taken - es.claims.data())));
  }
  SUBCASE("Italian: the future of a release's verb ('verranno liberati domenica') is a coming day") {
    const auto doc = extract_text(
        article("it", "Hamas ha detto che verranno liberati domenica 183 detenuti palestinesi.\n"), "a.md");
    const Claim* sunday = find_claim(doc, ClaimKind::date, "domenica");
    REQUIRE(sunday != nullptr);
    CHECK(std::get<DateValue>(sunday->value).future_tense);
  }
  SUBCASE("Spanish: 'se espera la liberación de 33 rehenes' is a plan") {
    const auto doc = extract_text(
        article("es", "Durante la primera fase se espera la liberación de 33 rehenes vivos y fallecidos.\n"), "a.md");
    const Claim* planned = find_claim(doc, ClaimKind::count, "33 rehenes");
    REQUIRE(planned != nullptr);
    const auto mention = doc.claim_mention[static_cast<std::size_t>(planned - doc.claims.data())];
    REQUIRE(mention);
    CHECK(doc.events[*mention].future);
  }
  SUBCASE("Spanish: 'muertos y 1.430 heridos' are injured; 'desde el terremoto de 1999' is another quake") {
    const auto doc =
        extract_text(article("es",
                             "Es el sismo más fuerte desde el terremoto del 17 de agosto de 1999, que causó 17.000 "
                             "muertos. El terremoto de hoy ha dejado más de 700 muertos y 1.430 heridos.\n"),
                     "a.md");
    const Claim* injured = find_claim(doc, ClaimKind::count, "1.430 heridos");
    REQUIRE(injured != nullptr);
    CHECK(injured->property == "injured");  // the language's "y" joins two figures
    const Claim* old_toll = find_claim(doc, ClaimKind::count, "17.000");
    REQUIRE(old_toll != nullptr);
    const auto mention = doc.claim_mention[static_cast<std::size_t>(old_toll - doc.claims.data())];
    REQUIRE(mention);
    CHECK(doc.events[*mention].other);  // "desde el terremoto": an earlier quake, not the page's
  }
  SUBCASE("Spanish: 'en la región de Tarn' places a count") {
    const auto doc = extract_text(
        article("es", "La junta cifró en 2.376 los heridos y 30 desaparecidos en la región de Tarn.\n"), "a.md");
    const Claim* missing = find_claim(doc, ClaimKind::count, "30 desaparecidos");
    REQUIRE(missing != nullptr);
    CHECK(missing->location.str() == "Tarn");
  }
  SUBCASE("Spanish and Italian: a previous toll ('El saldo anterior era de 12 muertos') is no current figure") {
    const auto es =
        extract_text(article("es", "El terremoto dejó 13 fallecidos. El saldo anterior era de 12 muertos.\n"), "a.md");
    const Claim* earlier = find_claim(es, ClaimKind::count, "12 muertos");
    REQUIRE(earlier != nullptr);
    CHECK_FALSE(earlier->not_event.empty());
    const auto it = extract_text(
        article("it", "Il terremoto ha causato 326 morti. Il precedente bilancio parlava di 237 morti.\n"), "a.md");
    const Claim* before = find_claim(it, ClaimKind::count, "237 morti");
    REQUIRE(before != nullptr);
    CHECK_FALSE(before->not_event.empty());
    CHECK(find_claim(it, ClaimKind::count, "326 morti")->not_event.empty());
    const auto report = extract_text(
        article("it", "Il terremoto ha causato 326 morti. Un precedente rapporto provvisorio riportava 237 morti.\n"),
        "a.md");
    CHECK_FALSE(find_claim(report, ClaimKind::count, "237 morti")->not_event.empty());
  }
  SUBCASE("Spanish and Italian ages after a name: 'Iair Tarnov, de 49 años', 'Mira Vol, 16 anni'") {
    const auto es = extract_text(
        article("es", "Entre los liberados está Iair Tarnov, de 49 años, y la historia de 49 años de Tarn.\n"), "a.md");
    const auto ages = claims_of(es, ClaimKind::age);
    REQUIRE(ages.size() == 1);
    CHECK(ages[0]->text == "Iair Tarnov, de 49 años");
    const auto it = extract_text(article("it",
                                         "Tra le vittime c'è Mira Vol, 16 anni, di Tarn. Anche Elisa "
                                         "Tarnova, 34 anni, è tra le vittime.\n"),
                                 "a.md");
    const auto it_ages = claims_of(it, ClaimKind::age);
    REQUIRE(it_ages.size() == 2);
    CHECK(it_ages[1]->text == "Elisa Tarnova, 34 anni");  // "Anche" (also) is no part of a name
    const auto en = extract_text(article("en", "Among the freed is Eli Tarnov, 52 years old, a farmer.\n"), "a.md");
    REQUIRE(claims_of(en, ClaimKind::age).size() == 1);
  }
  SUBCASE("Spanish: 'supera las 2 mil' is more than 2,000") {
    const auto doc = extract_text(article("es", "La cifra de fallecidos supera las 2 mil personas.\n"), "a.md");
    const Claim* c = find_claim(doc, ClaimKind::count, "2 mil");
    REQUIRE(c != nullptr);
    CHECK(c->qualifier == Qualifier::more_than);
  }
  SUBCASE("Spanish and Italian country names are places ('afectó hasta Tailandia, donde 19 murieron')") {
    const auto es = extract_text(
        article("es", "El sismo dejó 2.056 muertos y afectó hasta Tailandia, donde 19 personas murieron.\n"), "a.md");
    const Claim* there = find_claim(es, ClaimKind::count, "19 personas");
    REQUIRE(there != nullptr);
    CHECK(there->location.str() == "Tailandia");
    const auto it = extract_text(
        article("it",
                "Il sisma ha causato 2.056 morti e ha colpito anche la Thailandia, dove 19 persone sono morte.\n"),
        "a.md");
    const Claim* in_it = find_claim(it, ClaimKind::count, "19 persone");
    REQUIRE(in_it != nullptr);
    CHECK(in_it->location.str() == "Thailandia");
  }
  SUBCASE("Spanish: 'en la capital, Tarn, donde 10 murieron, 16 resultaron heridas' places both") {
    const auto doc = extract_text(
        article("es",
                "El terremoto dejó 144 muertos y 732 heridos. Especialmente en la capital, Tarn, donde al "
                "menos 10 personas murieron, 16 resultaron heridas y más de 100 continúan desaparecidas.\n"),
        "a.md");
    for (const char* text : {"al menos 10 personas", "16 resultaron heridas", "más de 100"}) {
      CAPTURE(text);
      const Claim* c = find_claim(doc, ClaimKind::count, text);
      REQUIRE(c != nullptr);
      CHECK(c->location.str() == "Tarn");
    }
  }
  SUBCASE("Spanish: a place, the verb, the count ('en el condado de Tarn fallecieron dos personas')") {
    const auto doc = extract_text(
        article("es",
                "Las inundaciones dejaron más de 80 muertos, mientras que en el condado de Tarn fallecieron "
                "dos personas.\n"),
        "a.md");
    const Claim* c = find_claim(doc, ClaimKind::count, "dos personas");
    REQUIRE(c != nullptr);
    CHECK(c->location.str() == "Tarn");
  }
  SUBCASE("Italian: after the toll, 'Otto persone sono morte perché ...' is how some of them died") {
    const auto doc = extract_text(
        article("it",
                "L'alluvione ha causato la morte di nove persone. Otto persone sono morte perché sono rimaste "
                "intrappolate.\n"),
        "a.md");
    const Claim* c = find_claim(doc, ClaimKind::count, "Otto persone");
    REQUIRE(c != nullptr);
    CHECK(c->property == "killed");  // "sono morte": the language's feminine participle
    CHECK_FALSE(c->not_event.empty());
  }
  SUBCASE("Spanish and Italian: the badly hurt, the dead of a hospital, an earlier tally ('Un anterior balance')") {
    const auto doc = extract_text(
        article("es",
                "Al menos 55 personas murieron y 700 resultaron heridas en el terremoto de Varno. Cuatro personas "
                "fallecieron en el Hospital Tesk y 51 fallecieron en el Hospital Morva. La agencia confirmó que "
                "ya han muerto un total de 17 personas y 19 están gravemente heridas. Un anterior balance daba "
                "cuenta de 46 fallecidos.\n"),
        "a.md");
    const auto count = [&](const char* text) {
      const Claim* c = find_claim(doc, ClaimKind::count, text);
      REQUIRE(c != nullptr);
      return c;
    };
    CHECK(count("19")->property == "seriously_injured");
    CHECK(count("17 personas")->property == "killed");  // the status after another figure is that figure's
    CHECK(count("Cuatro personas")->location == "in hospital");
    CHECK_FALSE(count("46 fallecidos")->not_event.empty());
    const auto it = extract_text(
        article("it",
                "Nel crollo sono morte 12 persone e 9 sono gravemente feriti. Il primo bilancio parlava di "
                "7 morti.\n"),
        "b.md");
    const Claim* grave = find_claim(it, ClaimKind::count, "9");
    REQUIRE(grave != nullptr);
    CHECK(grave->property == "seriously_injured");
    const Claim* first = find_claim(it, ClaimKind::count, "7 morti");
    REQUIRE(first != nullptr);
    CHECK_FALSE(first->not_event.empty());
  }
  SUBCASE("Spanish: both figures of a place's relative clause are the place's, after places named before") {
    const auto doc = extract_text(
        article("es",
                "La mayoría de las muertes se han producido en la provincia de Tesk, donde murieron 255 personas. "
                "El temblor también ha castigado el distrito de Varno, en la provincia de Morva, donde se han "
                "registrado 25 muertos y 95 heridos.\n"),
        "a.md");
    const Claim* c = find_claim(doc, ClaimKind::count, "95 heridos");
    REQUIRE(c != nullptr);
    CHECK(c->location.str() == "Morva");
  }
  SUBCASE("Spanish: 'que solo en X, ..., fallecieron', 'En esta última', figures joined by 'y', 'reportes iniciales'") {
    const auto doc = extract_text(
        article("es",
                "El sismo del domingo dejó más de 900 muertos y 2.000 heridos. El vocero dijo el martes que solo en "
                "Tesk, el distrito más castigado, murieron 912 personas y 2.104 resultaron heridas. El sismo "
                "golpeó Varno y Morva. En esta última, los rescatistas contaron 300 fallecidos y 700 heridos, "
                "mientras que en Varno murieron al menos 9 personas. "
                "Los reportes iniciales hablaban de alrededor de 500 muertos. El "
                "Gobierno había informado previamente de 600 víctimas mortales.\n"),
        "a.md");
    for (const char* needle : {"912 personas", "2.104 resultaron"}) {
      CAPTURE(needle);
      const Claim* c = find_claim(doc, ClaimKind::count, needle);
      REQUIRE(c != nullptr);
      CHECK(c->location.str() == "Tesk");
    }
    for (const char* needle : {"300 fallecidos", "700 heridos"}) {
      CAPTURE(needle);
      const Claim* c = find_claim(doc, ClaimKind::count, needle);
      REQUIRE(c != nullptr);
      CHECK(c->location.str() == "esta última");
    }
    for (const char* needle : {"500 muertos", "600 víctimas"}) {
      CAPTURE(needle);
      const Claim* initial = find_claim(doc, ClaimKind::count, needle);
      REQUIRE(initial != nullptr);
      CHECK_FALSE(initial->not_event.empty());
    }
  }
  SUBCASE("Spanish and Italian: an attack by its own words ('attentato', 'strage', 'atentado', 'tiroteo')") {
    for (const auto& row : std::vector<std::pair<const char*, const char*>>{
             {"it", "Attentato davanti a una sinagoga a Tarn: 8 morti e 10 feriti.\n"},
             {"es", "Un tiroteo frente a una sinagoga de Tarn dejó 8 muertos y 10 heridos.\n"}}) {
      // (no structured binding: clang does not let CAPTURE's lambda refer to one)
      const char* lang = row.first;
      CAPTURE(lang);
      const auto doc = extract_text(article(lang, row.second), "a.md");
      const Claim* c = find_claim(doc, ClaimKind::count, "8");
      REQUIRE(c != nullptr);
      CHECK(std::any_of(c->explain.begin(), c->explain.end(),
                        [](const auto& e) { return std::string(e).find("about attack") != std::string::npos; }));
    }
  }
  SUBCASE("a region or script suffix selects the same overlay") {
    const auto doc = extract_text(article("es-AR", "Fueron liberados 230 prisioneros.\n"), "a.md");
    const Claim* c = find_claim(doc, ClaimKind::count, "230");
    REQUIRE(c != nullptr);
    CHECK(c->property == "released");
  }
}

TEST_CASE("'aquel jueves 14 de marzo' on a page of a later year is that year's day") {
  // (published 2025-06-14: 2025-03-14 is a Friday, 2024-03-14 a Thursday)
  const auto doc = extract_text(article("es",
                                        "Se cumple un año del derrumbe en Varno. La alarma saltó aquel jueves 14 "
                                        "de marzo por la tarde.\n"));
  const Claim* c = find_claim(doc, ClaimKind::date, "jueves 14");
  REQUIRE(c != nullptr);
  CHECK(iso_date(std::get<DateValue>(c->value).lo) == "2024-03-14");
}

TEST_CASE("'hasta anoche' gives a running figure's moment, the day before the page") {
  const auto doc = extract_text(article("es",
                                        "Un sismo sacudió Varno ayer, con un saldo, hasta anoche, de 40 personas "
                                        "muertas.\n"));
  const Claim* c = find_claim(doc, ClaimKind::date, "anoche");
  REQUIRE(c != nullptr);
  CHECK(c->property == "as_of");
  CHECK(iso_date(std::get<DateValue>(c->value).lo) == "2025-06-13");
}

TEST_CASE("a nationality written after its noun makes the count that nationality's part") {
  const auto doc = extract_text(article("it",
                                        "Le quattro persone tedesche liberate nello scambio di prigionieri di martedì "
                                        "sono arrivate a Varno. In tutto sono state liberate 22 persone.\n"));
  const Claim* part = find_claim(doc, ClaimKind::count, "quattro persone");
  REQUIRE(part != nullptr);
  REQUIRE(part->part.has_value());
  CHECK(part->part->dimension == "nationality");
  CHECK(part->part->value == "tedesche");
  const Claim* whole = find_claim(doc, ClaimKind::count, "22 persone");
  REQUIRE(whole != nullptr);
  CHECK(!whole->part.has_value());
  CHECK(whole->scope == Scope::total);
}

TEST_CASE("Spanish and Italian places and running totals of a count") {
  struct Row {
    const char* lang;
    const char* body;
    const char* needle;
    const char* location;  // "" when none
    Scope scope;
  };
  for (const Row& row : std::initializer_list<Row>{
           // a sentence opening on "A" and a place gives its counts to that place
           {"it", "Il terremoto ha colpito la regione. A Tarno, nel Varnese, ci sono stati 30 morti.\n", "30 morti",
            "Tarno", Scope::unspecified},
           // a place subject and an aside before "ha confirmado": the place's figure
           {"es",
            "La riada dejó 95 muertos en la región, sobre todo en Tarno.\n\nTarno, uno de los municipios más "
            "afectados, ha confirmado 45 fallecidos.\n",
            "45 fallecidos", "Tarno", Scope::unspecified},
           // "hasta el momento": a running total
           {"es", "En el canje, hasta el momento 21 personas habían sido liberadas, según el gobierno.\n",
            "21 personas", "", Scope::cumulative},
           // a sentence opening on "Da quando" / "Desde que": a running total
           {"it", "Da quando è cominciata la tregua, i miliziani hanno liberato 11 ostaggi.\n", "11 ostaggi", "",
            Scope::cumulative},
           {"es", "Desde que comenzó la tregua, los milicianos han liberado 11 rehenes.\n", "11 rehenes", "",
            Scope::cumulative}}) {
    CAPTURE(row.body);
    const auto doc = extract_text(article(row.lang, row.body));
    const Claim* c = find_claim(doc, ClaimKind::count, row.needle);
    REQUIRE(c != nullptr);
    CHECK(c->location == row.location);
    CHECK(c->scope == row.scope);
  }
}

TEST_CASE("'il giorno successivo all'uccisione', 'al día siguiente de la tragedia': the day after another event") {
  struct Row {
    const char* lang;
    const char* body;
    const char* relative;
  };
  for (
      const Row& row : std::initializer_list<Row>{
          {"it",
           "L'attacco a Tarno è avvenuto venerdì 13 novembre 2015, il giorno successivo alla firma dell'accordo.\n",
           "il giorno successivo"},
          {"es",
           "El ataque en Tarno ocurrió el viernes 13 de noviembre de 2015, al día siguiente de la firma del acuerdo.\n",
           "al día siguiente"}}) {
    CAPTURE(row.body);
    const auto doc = extract_text(article(row.lang, row.body));
    CHECK(find_claim(doc, ClaimKind::date, row.relative) == nullptr);
    CHECK(find_claim(doc, ClaimKind::date, "13 ") != nullptr);
  }
}

TEST_CASE("Spanish and Italian planned swaps and months after 'a finales de'") {
  const auto planned = extract_text(
      article("es", "Un intercambio de más de 800 prisioneros tendrá lugar en Tarno este jueves y viernes.\n"));
  const Claim* c = find_claim(planned, ClaimKind::count, "800");
  REQUIRE(c != nullptr);
  CHECK(c->not_event.find("a planned figure") != std::string::npos);
  const auto late = extract_text(article("es", "A finales de septiembre se firmó en Varno un acuerdo.\n"));
  CHECK(find_claim(late, ClaimKind::date, "A finales de septiembre") != nullptr);
  const auto italian = extract_text(article("it", "Sabato verranno liberati 240 prigionieri.\n"));
  const Claim* it = find_claim(italian, ClaimKind::count, "240");
  REQUIRE(it != nullptr);
  const auto mention = italian.claim_mention[static_cast<std::size_t>(it - italian.claims.data())];
  REQUIRE(mention);
  CHECK(italian.events[*mention].future);  // a swap still to come
}

TEST_CASE("an update label alone on its line heads the paragraph after it in each language") {
  struct Row {
    const char* lang;
    const char* body;
    const char* needle;
  };
  for (const Row& row : std::initializer_list<Row>{
           {"en", "A quake struck Tarn overnight, killing 6 people.\n\nUPDATE:\n\nThe toll has risen to 28 dead.\n",
            "28"},
           {"it",
            "Un terremoto ha colpito Tarno nella notte: 6 morti.\n\nAGGIORNAMENTO:\n\nsi aggrava il bilancio: 28 "
            "morti.\n",
            "28 morti"}}) {
    CAPTURE(row.body);
    const auto doc = extract_text(article(row.lang, row.body));
    const Claim* later = find_claim(doc, ClaimKind::count, row.needle);
    REQUIRE(later != nullptr);
    CHECK(later->as_of_time.starts_with(update_hour_prefix));
  }
}

TEST_CASE("a quake's magnitude in Spanish and Italian, and 'ha' after it is the verb") {
  struct Row {
    const char* lang;
    const char* body;
  };
  for (const Row& row : std::initializer_list<Row>{{"it", "Il sisma di magnitudo 5,7 ha colpito Tarno.\n"},
                                                   {"es", "Un sismo de magnitud 5,7 ha sacudido Tarno.\n"}}) {
    CAPTURE(row.body);
    const auto doc = extract_text(article(row.lang, row.body));
    const Claim* m = find_claim(doc, ClaimKind::measure, "5,7");
    REQUIRE(m != nullptr);
    CHECK(m->property == "magnitude");
    CHECK(std::get<MeasureValue>(m->value).amount == doctest::Approx(5.7));
  }
}

TEST_CASE("a Spanish 'ha' after a year is the verb, not hectares") {
  const auto doc = extract_text(article("es", "El incendio de 2023 ha dejado una huella profunda en el valle.\n"));
  CHECK(find_claim(doc, ClaimKind::measure, "2023 ha") == nullptr);
}

TEST_CASE("Spanish and Italian turnout, with the decimal comma") {
  struct Row {
    const char* lang;
    const char* body;
    double value;
  };
  for (const Row& row :
       std::initializer_list<Row>{{"es", "En las elecciones del domingo la participación fue del 61,37%.\n", 61.37},
                                  {"it", "Alle elezioni di domenica l'affluenza è stata del 58,42%.\n", 58.42}}) {
    CAPTURE(row.body);
    const auto doc = extract_text(article(row.lang, row.body));
    const Claim* c = nullptr;
    for (const auto& k : doc.claims)
      if (k.kind == ClaimKind::measure && k.property == "turnout") c = &k;
    REQUIRE(c != nullptr);
    CHECK(std::get<MeasureValue>(c->value).amount == doctest::Approx(row.value));
  }
}
