// A kind of story added with YAML alone: a domain written into a temporary directory (lexicon
// overlay, two rules, a fact) flags the contradictions planted in articles of its own and
// accepts the traps, chosen with --domain or in crosscheck.yaml; and every kind of broken
// configuration exits 2 naming file:line:col, all problems of one run at once.
#include "tests/cli/run.hpp"

using namespace crosscheck::cli_test;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// A domain for landslides in an invented hill district: its event words, which counts such an
// event has, a rule comparing its tolls, a rule on governors' titles, and who governs.
void write_landslide_domain(const std::filesystem::path& dir) {
  write_text(dir / "lexicon/landslides.yaml",
             "event_triggers:\n"
             "  landslide: [landslide, landslides, mudslide, mudslides]\n"
             "property_events:\n"
             "  landslide: [killed, injured, missing]\n");
  write_text(dir / "rules/landslide-toll-mismatch.yaml",
             "id: landslide-toll-mismatch\n"
             "check: compare\n"
             "level: error\n"
             "message: \"landslide toll differs: {value} here, {other_value} in {other_source}\"\n"
             "select: {kinds: [count], event_types: [landslide], properties: [killed]}\n"
             "docs:\n"
             "  summary: Two sources give one landslide's toll of the same day differently.\n"
             "  flagged: \"'12 were killed in Tuesday's landslide' and '15 were killed'\"\n"
             "  accepted: \"'12 killed on Tuesday' and 'the toll rose to 19 on Saturday'\"\n");
  write_text(dir / "rules/governor-title.yaml",
             "id: governor-title\n"
             "check: role\n"
             "level: warning\n"
             "message: \"{value}: {detail}\"\n"
             "select: {kinds: [role]}\n"
             "docs:\n"
             "  summary: A governor named with a title they did not hold on the article's date.\n"
             "  flagged: \"Written in 2026: 'Governor Ana Ruiz' (her term ended in 2024)\"\n"
             "  accepted: \"Written in 2026: 'former governor Ana Ruiz'\"\n");
  write_text(dir / "facts/offices.yaml",
             "offices:\n"
             "  - person: Ana Ruiz\n"
             "    aliases: [Ruiz]\n"
             "    title: governor\n"
             "    affiliation: ravna\n"
             "    terms: [{from: 2018-05-01, to: 2024-05-01}]\n"
             "  - person: Marko Bel\n"
             "    title: governor\n"
             "    affiliation: ravna\n"
             "    terms: [{from: 2024-05-01}]\n");
  write_text(dir / "README.md", "# Landslides\nLandslides in the hill districts.\n");
}

// Two planted contradictions (12 vs 15 killed the same day; a governor out of office) and
// three traps (a later, higher toll; another year's mudslide; a former governor so called).
void write_landslide_news(const std::filesystem::path& dir) {
  write_text(dir / "a.md",
             "---\npublished: 2026-03-04\n---\n"
             "A landslide buried part of the hill village of Nova Ravna on Tuesday, March 3, 2026.\n"
             "By Wednesday evening twelve people had been killed in the landslide, the district office said.\n"
             "Governor Ana Ruiz visited the site on Wednesday.\n");
  write_text(dir / "b.md",
             "---\npublished: 2026-03-04\n---\n"
             "By Wednesday evening fifteen people had been killed in Tuesday's landslide in Nova Ravna, rescuers "
             "said.\n");
  write_text(dir / "c.md",
             "---\npublished: 2026-03-08\n---\n"
             "The toll from the landslide in Nova Ravna rose to 19 on Saturday as rescuers reached the last "
             "houses.\n");
  write_text(dir / "d.md",
             "---\npublished: 2026-03-05\n---\n"
             "The village last saw a mudslide in 2019, when 40 people were killed.\n"
             "Former governor Ana Ruiz and Governor Marko Bel attended the funerals.\n");
}

std::vector<std::string> rule_ids(const nlohmann::json& report) {
  std::vector<std::string> ids;
  for (const auto& f : report["findings"]) ids.push_back(f["rule"].get<std::string>());
  return ids;
}

std::size_t count_of(const std::vector<std::string>& ids, const std::string& id) {
  return static_cast<std::size_t>(std::count(ids.begin(), ids.end(), id));
}

}  // namespace

TEST_CASE("a domain written in YAML alone") {
  TempDir tmp;
  write_landslide_domain(tmp / "landslides");
  write_landslide_news(tmp / "news");
  const std::string news = (tmp / "news").string();

  SUBCASE("chosen with --domain: the planted contradictions are flagged, the traps are not") {
    const auto r = run_crosscheck({"lint", news, "--domain", (tmp / "landslides").string(), "--format", "json"});
    CHECK(r.status == 1);
    const auto report = json_of(r);
    const auto ids = rule_ids(report);
    CHECK(count_of(ids, "landslide-toll-mismatch") == 1);
    CHECK(count_of(ids, "governor-title") == 1);
    for (const auto& f : report["findings"]) {
      for (const auto& at : f["locations"]) {
        const std::string where = at["path"].get<std::string>();
        CAPTURE(where);
        CHECK_FALSE(contains(where, "c.md"));  // a later toll is not a contradiction
        CHECK_FALSE(contains(where, "d.md"));  // another year's mudslide, a former governor
      }
      if (f["rule"] == "landslide-toll-mismatch") CHECK(contains(f["message"].get<std::string>(), "15 here, 12"));
    }
  }
  SUBCASE("chosen in crosscheck.yaml at the corpus root, paths relative to it") {
    write_text(tmp / "news/crosscheck.yaml", "domains: [../landslides]\nfail_on: warning\n");
    const auto r = run_crosscheck({"lint", news, "--format", "json"});
    CHECK(r.status == 1);
    const auto ids = rule_ids(json_of(r));
    CHECK(count_of(ids, "landslide-toll-mismatch") == 1);
    CHECK(count_of(ids, "governor-title") == 1);
    // Naming another domain leaves the shipped default's series rules out.
    CHECK(count_of(ids, "cumulative-below-stage") == 0);
    const auto listed = run_crosscheck({"rules", "--domain", (tmp / "landslides").string()});
    CHECK(contains(listed.out, "landslide-toll-mismatch\tcompare"));
    CHECK_FALSE(contains(listed.out, "stage-date-mismatch"));
  }
  SUBCASE("without the domain its event words and rules are not there") {
    const auto r = run_crosscheck({"lint", news, "--format", "json"});
    const auto ids = rule_ids(json_of(r));
    CHECK(count_of(ids, "landslide-toll-mismatch") == 0);
    CHECK(count_of(ids, "governor-title") == 0);
  }
  SUBCASE("`domains` lists the shipped domains") {
    const auto r = run_crosscheck({"domains"});
    CHECK(r.status == 0);
    CHECK(contains(r.out, "* exchanges\t"));
  }
}

TEST_CASE("broken configuration: every problem at once, each at file:line:col") {
  TempDir tmp;
  write_text(tmp / "news/a.md", "---\npublished: 2026-03-04\n---\nTwelve people were killed in a flood on Tuesday.\n");
  struct Row {
    const char* file;     // relative to tmp
    const char* content;  // what is broken in it
    const char* where;    // file:line:col of the error
    const char* says;     // a word of the message
  };
  const Row rows[] = {
      {"dom/lexicon/x.yaml", "count_categories:\n  pupils: [pupils]\nproperty_events:\n  flod: [killed, pupils]\n",
       "dom/lexicon/x.yaml:4:3:", "unknown event type 'flod' (did you mean 'flood'?)"},
      {"dom/rules/a.yaml",
       "id: a\ncheck: compare\nlevel: error\nmessage: \"{nope}\"\nselect: {properties: [kiled]}\n"
       "docs: {summary: s, flagged: f, accepted: a}\n",
       "dom/rules/a.yaml:4:10:", "{nope}"},
      {"dom/rules/a.yaml", nullptr, "dom/rules/a.yaml:5:23:", "did you mean 'killed'"},
      {"dom/rules/b.yaml",
       "id: b\ncheck: calendar\nlevel: error\nmessage: m\nselect: {event_types: [quakes]}\nparams: {parts: [zzz]}\n"
       "docs: {summary: s, flagged: f, accepted: a}\n",
       "dom/rules/b.yaml:5:24:", "quakes"},
      {"dom/rules/b.yaml", nullptr, "dom/rules/b.yaml:6:18:", "zzz"},
      {"dom/facts/f.yaml", "events:\n  - {id: war_start, name: again, date: 2020-01-01, subjects: [war]}\n",
       "dom/facts/f.yaml", "war_start"},
      {"news/crosscheck.yaml", "domains: [../dom, disastres]\nrulez: x\nfail_on: warnings\n",
       "news/crosscheck.yaml:2:1:", "did you mean 'rules'"},
      {"news/crosscheck.yaml", nullptr, "news/crosscheck.yaml:1:19:", "unknown domain 'disastres'"},
      {"news/crosscheck.yaml", nullptr, "news/crosscheck.yaml:3:10:", "warnings"},
  };
  for (const Row& row : rows)
    if (row.content) write_text(tmp / row.file, row.content);
  const auto r = run_crosscheck({"lint", (tmp / "news").string()});
  CHECK(r.status == 2);
  CHECK(r.out.empty());  // nothing is read, nothing reported
  for (const Row& row : rows) {
    if (!row.where) continue;
    CAPTURE(row.where);
    CHECK_MESSAGE(contains(r.err, (tmp / row.where).string()), r.err);
    CHECK(contains(r.err, row.says));
  }
  CHECK(contains(r.err, "configuration problems; nothing was read"));

  SUBCASE("a misspelt lexicon section names the nearest one") {
    write_text(tmp / "dom/lexicon/x.yaml", "count_categores:\n  pupils: [pupils]\n");
    const auto again = run_crosscheck({"lint", (tmp / "news").string()});
    CHECK(again.status == 2);
    CHECK_MESSAGE(contains(again.err, (tmp / "dom/lexicon/x.yaml:1:1:").string()), again.err);
    CHECK(contains(again.err, "did you mean 'count_categories'"));
  }
}

TEST_CASE("the shipped domains compare the measures they read") {
  TempDir tmp;
  SUBCASE("elections: turnout beyond a point apart; vote shares of parties are not compared") {
    write_text(tmp / "a.md",
               "---\npublished: 2026-03-02\n---\nTurnout was 61% in Sunday's general election, and the governing "
               "party won a vote share of 41%.\n");
    write_text(tmp / "b.md",
               "---\npublished: 2026-03-02\n---\nTurnout was 55% in Sunday's general election, the commission "
               "said. The opposition won a vote share of 35%.\n");
    write_text(tmp / "c.md", "---\npublished: 2026-03-02\n---\nTurnout was 60.6% in Sunday's general election.\n");
    const auto r = run_crosscheck({"lint", tmp.path().string(), "--domain", "elections", "--format", "json"});
    const auto ids = rule_ids(json_of(r));
    CHECK(count_of(ids, "measure-mismatch") == 1);  // 55 against 61 and 60.6; the shares are two parties'
    const auto claims = run_crosscheck({"claims", tmp.path().string(), "--domain", "elections"});
    CHECK(contains(claims.out, "measure vote_share = 41%"));
  }
  SUBCASE("disasters: a river crest given two heights the same day") {
    write_text(tmp / "a.md",
               "---\npublished: 2026-07-05\n---\nThe river crested at 31 feet on Friday in the "
               "flash flooding.\n");
    write_text(tmp / "b.md",
               "---\npublished: 2026-07-05\n---\nAfter the flash flooding on Friday the river crested "
               "at 24 feet, forecasters said.\n");
    const auto r = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
    CHECK(count_of(rule_ids(json_of(r)), "measure-mismatch") == 1);
  }
}

TEST_CASE("disasters: lives claimed are a toll, lives saved are the rescued") {
  TempDir tmp;
  write_text(tmp / "a.md",
             "---\npublished: 2026-07-05\n---\nBy Saturday evening the flash flooding on Friday had claimed at least "
             "33 lives in the county, officials said.\n");
  write_text(tmp / "b.md",
             "---\npublished: 2026-07-05\n---\nBy Saturday evening the flash flooding on Friday had killed 20 people "
             "in the county, the sheriff said.\n");
  write_text(tmp / "c.md",
             "---\npublished: 2026-07-05\n---\nDuring the flash flooding on Friday, rescuers saved 40 lives in the "
             "county.\n");
  const auto claims = run_crosscheck({"claims", tmp.path().string(), "--domain", "disasters"});
  CHECK(contains(claims.out, "count killed = at least 33"));
  CHECK(contains(claims.out, "count rescued = 40"));
  const auto r = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
  const auto ids = rule_ids(json_of(r));
  CHECK(count_of(ids, "count-mismatch") == 1);  // at least 33 against 20; the 40 saved are no toll
}

TEST_CASE("disasters: a source that gives both values does not contradict either") {
  TempDir tmp;
  write_text(tmp / "a.md",
             "---\npublished: 2026-07-05\n---\nThe earthquake on Friday had a magnitude of 6.8, the survey said.\n");
  write_text(tmp / "b.md", "---\npublished: 2026-07-05\n---\nThe earthquake on Friday had a magnitude of 6.8.\n");
  write_text(tmp / "c.md",
             "---\npublished: 2026-07-05\n---\nThe national institute said the earthquake on Friday had a magnitude "
             "of 7.2. The survey said the earthquake on Friday had a magnitude of 6.8.\n");
  const auto r = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
  CHECK(count_of(rule_ids(json_of(r)), "measure-mismatch") == 0);
  write_text(tmp / "d.md", "---\npublished: 2026-07-05\n---\nThe earthquake on Friday had a magnitude of 7.4.\n");
  const auto again = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
  CHECK(count_of(rule_ids(json_of(again)), "measure-mismatch") == 1);  // d.md's 7.4 alone
}

TEST_CASE("disasters: a page that gives both readings, even undated, makes them two readings everywhere") {
  TempDir tmp;
  write_text(tmp / "a.md", "---\npublished: 2026-07-05\n---\nThe earthquake on Friday had a magnitude of 7.2.\n");
  write_text(tmp / "b.md", "---\npublished: 2026-07-05\n---\nThe earthquake on Friday had a magnitude of 7.4.\n");
  const auto r = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
  CHECK(count_of(rule_ids(json_of(r)), "measure-mismatch") == 1);
  // an undated page: the national agency gave the magnitude as 7.2 while the survey put it at 7.4
  write_text(tmp / "c.md",
             "---\npublished: unknown\n---\nThe national agency gave the earthquake's magnitude as "
             "7.2 while the survey put it at 7.4.\n");
  const auto again = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
  CHECK(count_of(rule_ids(json_of(again)), "measure-mismatch") == 0);
}

TEST_CASE("disasters: the people rescued are a running figure") {
  TempDir tmp;
  write_text(tmp / "a.md",
             "---\npublished: 2026-07-05\n---\nA bridge collapsed on Saturday. Five people were rescued "
             "from the river.\n");
  write_text(tmp / "b.md",
             "---\npublished: 2026-07-05\n---\nNine people were rescued after the bridge collapsed on "
             "Saturday.\n");
  const auto r = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
  CHECK(count_of(rule_ids(json_of(r)), "count-mismatch") == 0);
}

TEST_CASE("disasters: an accident's toll is compared like any disaster's") {
  TempDir tmp;
  write_text(tmp / "a.md",
             "---\npublished: 2026-01-16\n---\nBy Monday evening the plane crash on Sunday had killed 72 people, the "
             "airline said.\n");
  write_text(tmp / "b.md",
             "---\npublished: 2026-01-16\n---\nBy Monday evening the plane crash on Sunday had killed 67 people.\n");
  const auto r = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
  CHECK(count_of(rule_ids(json_of(r)), "count-mismatch") == 1);
  const auto without = run_crosscheck({"lint", tmp.path().string(), "--format", "json"});
  CHECK(count_of(rule_ids(json_of(without)), "count-mismatch") == 0);  // crashes are the domain's
  SUBCASE("and a volcano's eruption") {
    write_text(tmp / "a.md",
               "---\npublished: 2026-01-16\n---\nBy Monday evening the eruption on Sunday had killed 11 people, "
               "rescuers said.\n");
    write_text(tmp / "b.md",
               "---\npublished: 2026-01-16\n---\nBy Monday evening the eruption on Sunday had killed 23 people.\n");
    const auto e = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
    CHECK(count_of(rule_ids(json_of(e)), "count-mismatch") == 1);
  }
}

TEST_CASE("disasters: a page naming two fires gives each fire's figures as that fire's part") {
  TempDir tmp;
  // one undated page: its figures are compared with each other only
  write_text(tmp / "a.md",
             "---\npublished: unknown\n---\nThe fires around the valley have destroyed nearly 2,000 homes.\n\n"
             "The Ridge Fire has destroyed between 700 and 800 homes, while the Creek Fire has destroyed "
             "another 1,200 homes.\n");
  const auto claims = run_crosscheck({"claims", tmp.path().string(), "--domain", "disasters", "--explain"});
  CHECK(contains(claims.out, "counts only the Ridge Fire"));
  const auto r = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
  CHECK(count_of(rule_ids(json_of(r)), "count-mismatch") == 0);
  // two pages about the same fire do disagree
  write_text(tmp / "b.md",
             "---\npublished: 2026-01-10\n---\nThe Ridge Fire and the Creek Fire burned on Friday. By Saturday "
             "evening the Ridge Fire had killed 11 people.\n");
  write_text(tmp / "c.md",
             "---\npublished: 2026-01-10\n---\nThe Ridge Fire and the Creek Fire burned on Friday. By Saturday "
             "evening the Ridge Fire had killed 6 people.\n");
  const auto again = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
  CHECK(count_of(rule_ids(json_of(again)), "count-mismatch") == 1);
}

TEST_CASE("disasters: a state's toll, a region's toll and the toll's groups are parts") {
  TempDir tmp;
  write_text(tmp / "a.md",
             "---\npublished: unknown\n---\nThe storm has killed at least 48 people across four states.\n\n"
             "A spokesman for the governor said 13 people were killed in the state. The deaths include three "
             "rescuers and two people who were killed when trees fell on their cars.\n\n"
             "At least 30 deaths were recorded in the northern region of Varenna, two in Ostrel and one in "
             "Keld.\n");
  const auto claims = run_crosscheck({"claims", tmp.path().string(), "--domain", "disasters", "--explain"});
  CHECK(contains(claims.out, "counts only the state"));
  CHECK(contains(claims.out, "counts only Varenna"));
  CHECK(contains(claims.out, "count killed/people = 2"));
  const auto r = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
  CHECK(count_of(rule_ids(json_of(r)), "count-mismatch") == 0);
}

TEST_CASE("disasters: a figure said on one day and another said the next, in one sentence, are two moments") {
  TempDir tmp;
  write_text(tmp / "a.md",
             "---\npublished: 2026-08-19\n---\nThe wildfire broke out on Aug. 8. The mayor said Monday that 850 "
             "people were missing, but officials said Tuesday that 1,000 people were missing.\n");
  const auto r = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
  CHECK(count_of(rule_ids(json_of(r)), "count-mismatch") == 0);
  write_text(tmp / "b.md",
             "---\npublished: 2026-08-19\n---\nThe wildfire broke out on Aug. 8. Officials said Tuesday that 700 "
             "people were missing.\n");
  const auto again = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
  CHECK(count_of(rule_ids(json_of(again)), "count-mismatch") == 1);  // Tuesday's 1,000 against Tuesday's 700
}

TEST_CASE("disasters: everyone on board is no toll, and 'fire' in a fixed phrase is no fire") {
  TempDir tmp;
  write_text(tmp / "a.md",
             "---\npublished: 2026-02-02\n---\nThe plane crash on Sunday killed 64 of the 66 people on board.\n\n"
             "Fire officials said most of the 66 people on board are presumed dead.\n");
  write_text(tmp / "b.md", "---\npublished: 2026-02-02\n---\nThe plane crash on Sunday killed 64 people.\n");
  const auto claims = run_crosscheck({"claims", tmp.path().string(), "--domain", "disasters", "--explain"});
  CHECK(contains(claims.out, "count people = 66"));
  CHECK_FALSE(contains(claims.out, "count killed = 66"));
  CHECK_FALSE(contains(claims.out, "wildfire"));
  const auto r = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
  CHECK(count_of(rule_ids(json_of(r)), "count-mismatch") == 0);
  // a cease-fire is no fire either
  write_text(tmp / "c.md",
             "---\npublished: 2026-02-02\n---\nA cease-fire held on Sunday, and 40 people were killed "
             "in the region.\n");
  CHECK_FALSE(contains(run_crosscheck({"claims", (tmp / "c.md").string(), "--domain", "disasters"}).out, "wildfire"));
  write_text(tmp / "d.md",
             "---\npublished: 2026-02-02\n---\nLocal fire officials said on Sunday that 30 people were "
             "killed in the region.\n");
  CHECK_FALSE(contains(run_crosscheck({"claims", (tmp / "d.md").string(), "--domain", "disasters", "--explain"}).out,
                       "wildfire"));
  // nor is a fire agency; and a press release frees nobody
  write_text(tmp / "e.md",
             "---\npublished: 2026-02-02\n---\nThe national fire agency said four people died in the quake on "
             "Sunday. At least 10 people are dead in the north, a release from the governor's office said.\n");
  const auto agency = run_crosscheck({"claims", (tmp / "e.md").string(), "--domain", "disasters", "--explain"}).out;
  CHECK_FALSE(contains(agency, "wildfire"));
  CHECK_FALSE(contains(agency, "exchange"));
  CHECK(contains(agency, "count killed = 4 unspecified [earthquake@2026-02-01]"));
}

TEST_CASE("disasters: a toll of many storms is none of this one's, and bodies given to families are no exchange") {
  TempDir tmp;
  const std::string front =
      "---\npublished: 2024-05-28\n---\nA cyclone hit the Varno coast on Sunday, May 26, 2024, "
      "and killed 14 people.\n\n";
  // "in 9 major cyclones": several storms, none of them the page's
  write_text(tmp / "a.md", front +
                               "More than 380,000 people have been killed in 9 major cyclones that have hit "
                               "the coast.\n");
  const auto series = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
  CHECK(count_of(rule_ids(json_of(series)), "count-mismatch") == 0);
  // the control: one storm, this page's, whose toll is then set against its own
  write_text(tmp / "a.md", front +
                               "More than 380,000 people have been killed in the major cyclone that hit the "
                               "coast.\n");
  const auto one = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
  CHECK(count_of(rule_ids(json_of(one)), "count-mismatch") == 1);
  // relatives who received the bodies of their own, or a body handed over to her family: no swap
  write_text(tmp / "b.md", front +
                               "Relatives received bodies of the victims on Monday. One victim was handed over to "
                               "her family the night before.\n");
  const auto bodies = run_crosscheck({"claims", (tmp / "b.md").string(), "--domain", "disasters", "--explain"}).out;
  CHECK_FALSE(contains(bodies, "exchange"));
  CHECK(contains(run_crosscheck({"claims", (tmp / "b.md").string(), "--explain"}).out, "exchange"));
}

TEST_CASE("elections: a party's seats are compared with the same party's, never with the whole or another's") {
  TempDir tmp;
  const std::string front = "---\npublished: 2026-05-08\n---\n";
  // results come in through the night: both pages give the count as of one moment
  write_text(tmp / "a.md", front +
                               "By Friday morning, in the election on Thursday, the Alliance won 212 of the 400 "
                               "seats, while the Greens took 61 seats and the Centre Party (CP) and its allies won "
                               "40 seats.\n");
  write_text(tmp / "b.md", front +
                               "By Friday morning, in the election on Thursday, the Alliance won 212 seats, the "
                               "Greens won 59 seats, with 40 seats for the Centre Party. Polls had projected 230 "
                               "seats for the Alliance.\n");
  const auto claims = run_crosscheck({"claims", tmp.path().string(), "--domain", "elections", "--explain"});
  CHECK(contains(claims.out, "a part: holder Alliance"));
  CHECK(contains(claims.out, "a part: holder Greens"));
  CHECK(contains(claims.out, "a part: holder Centre Party"));
  const auto r = run_crosscheck({"lint", tmp.path().string(), "--domain", "elections", "--format", "json"});
  // the Greens' 61 against 59 only; 212 and 400 agree with nothing else; the projection is none
  CHECK(count_of(rule_ids(json_of(r)), "seat-mismatch") == 1);
  CHECK(contains(r.out, "Greens"));
  // the default domain does not compare seats at all
  const auto without = run_crosscheck({"lint", tmp.path().string(), "--format", "json"});
  CHECK(count_of(rule_ids(json_of(without)), "seat-mismatch") == 0);
}

TEST_CASE("elections: a candidate's vote share is compared with the same candidate's only") {
  TempDir tmp;
  const std::string front = "---\npublished: 2026-05-04\n---\n";
  write_text(tmp / "a.md", front +
                               "In the presidential election on Sunday, Ana Morva won 58% of the vote, while Tesk "
                               "received 27.5 percent of the vote.\n");
  write_text(tmp / "b.md", front +
                               "In the presidential election on Sunday, Ana Morva won 52.4% of the vote. Tesk got "
                               "27.9% of the vote, and Kelland won between 8.1% and 9.3% of the votes cast.\n");
  write_text(tmp / "c.md", front +
                               "In the presidential election on Sunday, Kelland won 8.7% of the vote. An exit "
                               "poll gave Ana Morva 49% of the vote. With 31% of ballots counted, Tesk had 35% of "
                               "the vote. He won his seat in North Tarn with 70% of the vote.\n");
  const auto claims = run_crosscheck({"claims", tmp.path().string(), "--domain", "elections", "--explain"});
  CHECK(contains(claims.out, "a part: holder Ana Morva (whose vote_share it is)"));
  CHECK(contains(claims.out, "a part: holder Tesk (whose vote_share it is)"));
  CHECK(contains(claims.out, "vote_share = 8.1-9.3%"));
  CHECK(contains(claims.out, "an estimate or a partial count ('exit poll' in its sentence)"));
  CHECK_FALSE(contains(claims.out, "holder North Tarn"));
  const auto r = run_crosscheck({"lint", tmp.path().string(), "--domain", "elections", "--format", "json"});
  // Morva's 58 against 52.4 only: Tesk's shares are a point apart, Kelland's 8.7 is inside his
  // range, and the exit poll, the partial count and the seat's share are no one's result
  CHECK(count_of(rule_ids(json_of(r)), "measure-mismatch") == 1);
  CHECK(contains(r.out, "Ana Morva"));
}

TEST_CASE("elections: a party's gain or loss is compared with the same change, never with what it holds") {
  TempDir tmp;
  const std::string front = "---\npublished: 2026-05-08\n---\n";
  write_text(tmp / "a.md", front +
                               "By Friday morning, in the election on Thursday, the Alliance won 212 seats and "
                               "the Greens lost 41 seats.\n");
  write_text(tmp / "b.md", front +
                               "By Friday morning, in the election on Thursday, the Alliance gained 96 seats and "
                               "the Greens lost 38 seats.\n");
  const auto claims = run_crosscheck({"claims", tmp.path().string(), "--domain", "elections", "--explain"});
  CHECK(contains(claims.out, "a change in what its holder has: seats_gained"));
  CHECK(contains(claims.out, "a change in what its holder has: seats_lost"));
  const auto r = run_crosscheck({"lint", tmp.path().string(), "--domain", "elections", "--format", "json"});
  CAPTURE(r.out);
  // the Greens' losses disagree; the Alliance's 212 won and 96 gained are different figures
  const auto ids = rule_ids(json_of(r));
  CHECK(count_of(ids, "seat-mismatch") == 1);
  CHECK(contains(r.out, "Greens"));
  CHECK_FALSE(contains(r.out, "212 here"));
}

TEST_CASE("disasters: a crowd crush is an accident with a toll") {
  TempDir tmp;
  write_text(tmp / "a.md", "---\npublished: 2026-11-01\n---\nThe crowd crush on Saturday night killed 154 people.\n");
  const auto claims = run_crosscheck({"claims", tmp.path().string(), "--domain", "disasters"});
  CHECK(contains(claims.out, "count killed = 154 unspecified [crash@2026-10-31]"));
}

TEST_CASE("disasters: a toll written as risen is of an hour the text does not give") {
  TempDir tmp;
  const std::string front = "---\npublished: 2026-09-09\n---\n";
  write_text(tmp / "a.md",
             front + "The earthquake struck on Friday night. The number of injured has soared to 2,000.\n");
  write_text(tmp / "b.md", front + "The earthquake on Friday night injured 670 people.\n");
  const auto r = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
  CHECK(count_of(rule_ids(json_of(r)), "count-mismatch") == 0);
  // two figures of one hour do disagree ("The earthquake on Friday night injured 670" names the
  // event's hour, not the figure's: a page's own figure, compared within its page only)
  write_text(tmp / "a.md", front +
                               "The earthquake struck on Friday. By Friday night, officials said 2,000 people "
                               "had been injured.\n");
  write_text(tmp / "b.md", front +
                               "The earthquake struck on Friday. By Friday night, officials said 670 people "
                               "had been injured.\n");
  const auto again = run_crosscheck({"lint", tmp.path().string(), "--domain", "disasters", "--format", "json"});
  CHECK(count_of(rule_ids(json_of(again)), "count-mismatch") == 1);
  // officials somewhere report that place's figure
  write_text(tmp / "c.md",
             "---\npublished: unknown\n---\nThe floods have killed 150 people. Officials in Norland "
             "in the north reported two deaths.\n");
  const auto claims = run_crosscheck({"claims", (tmp / "c.md").string(), "--domain", "disasters", "--explain"});
  CHECK(contains(claims.out, "counts only Norland"));
}

TEST_CASE("disasters: the dead handed over to their families are no prisoner exchange") {
  TempDir tmp;
  write_text(tmp / "a.md",
             "---\npublished: 2025-07-09\n---\nThe crash on June 12 killed 260 people. On Tuesday, 26 "
             "more sets of remains were returned for funerals, and 40 bodies had been handed over to "
             "their families.\n");
  const auto claims = run_crosscheck({"claims", tmp.path().string(), "--domain", "disasters", "--explain"});
  CHECK_FALSE(contains(claims.out, "exchange"));
}

TEST_CASE("elections: seats are never added up: a state's seats and a party's lead are no parts of a whole") {
  TempDir tmp;
  write_text(tmp / "a.md",
             "---\npublished: 2026-05-08\n---\nBy Friday morning, in the election on Thursday, other parties were "
             "leading on 18 seats.\n\nIn Norland, which has 48 seats in Parliament, the Greens emerged as the "
             "largest party leading on 13 seats.\n");
  const auto r = run_crosscheck({"lint", tmp.path().string(), "--domain", "elections", "--format", "json"});
  CAPTURE(r.out);
  CHECK(count_of(rule_ids(json_of(r)), "sum-mismatch") == 0);
  // "which has 48 seats" is the size of what is contested, not a result
  const auto claims = run_crosscheck({"claims", (tmp / "a.md").string(), "--domain", "elections", "--explain"});
  CHECK(contains(claims.out, "the size of what is contested ('which has')"));
  // a party leading in one place: its seats there, not its whole
  write_text(tmp / "c.md",
             "---\npublished: 2026-05-08\n---\nBy Friday morning, in the election on Thursday, the "
             "Green Party (GP) was leading on 13 seats in Norland.\n");
  const auto lead = run_crosscheck({"claims", (tmp / "c.md").string(), "--domain", "elections", "--explain"});
  CHECK(contains(lead.out, "a part: holder Green Party in Norland"));
  // the check adds seats up when a rule asks it to
  write_text(tmp / "b.md",
             "---\npublished: 2026-05-08\n---\nBy Friday morning, in the election on Thursday, 40 "
             "seats had been declared: 25 seats in Norland and 20 seats in Calder.\n");
  write_text(tmp / "rules" / "sum-seats.yaml",
             "id: sum-seats\ncheck: sum\nlevel: error\nmessage: \"{parts} = {sum}, but {value} here\"\n"
             "select:\n  kinds: [count]\nparams:\n  skip_properties: []\ndocs:\n  summary: Seats added up.\n"
             "  description: Seats added up.\n  flagged: a\n  accepted: b\n  limits: none\n");
  const auto asked = run_crosscheck({"lint", (tmp / "b.md").string(), "--domain", "elections", "--rules",
                                     (tmp / "rules").string(), "--format", "json"});
  CAPTURE(asked.out);
  CHECK(count_of(rule_ids(json_of(asked)), "sum-seats") == 1);
}
