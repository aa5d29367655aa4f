// Rule loading: every shipped rule loads with its defaults, broken rule files are reported
// at file:line:col with what is wrong, and message templates fill their placeholders.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "checker/engine/check.hpp"
#include "checker/engine/domain.hpp"
#include "checker/engine/rule.hpp"

using namespace crosscheck;

namespace {

const std::filesystem::path bad_rules = std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "fixtures" / "rules-bad";

const Rule& rule_by_id(const std::vector<Rule>& rules, const std::string& id) {
  for (const auto& r : rules)
    if (r.id == id) return r;
  FAIL("no rule " << id);
  throw;
}

}  // namespace

TEST_CASE("load_rules shipped rules") {
  // The shipped rules/ and every shipped domain's rules/.
  std::vector<std::filesystem::path> dirs{default_rules_dir()};
  for (const auto& name : shipped_domain_names())
    if (const Domain d = load_domain(name, {}); !d.rules_dir.empty()) dirs.push_back(d.rules_dir);
  // Each directory alone: a domain may replace a shipped rule of the same id.
  std::vector<Rule> rules;
  for (const auto& dir : dirs) {
    auto more = load_rules(dir);
    rules.insert(rules.end(), more.begin(), more.end());
  }
  SUBCASE("every rule file loads, named after its id, with docs and a known check") {
    std::size_t files = 0;
    for (const auto& dir : dirs)
      for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".yaml") ++files;
    CHECK(rules.size() == files);
    CHECK(rules.size() >= 9);
    for (const auto& r : rules) {
      CAPTURE(r.id);
      CHECK(std::filesystem::path(r.path).stem().string() == r.id);
      const CheckKind* kind = find_check_kind(r.check);
      REQUIRE(kind != nullptr);
      CHECK(r.kind == kind->finding_kind);
      CHECK_FALSE(r.message.empty());
      CHECK_FALSE(r.docs.summary.empty());
      CHECK_FALSE(r.docs.flagged.empty());
      CHECK_FALSE(r.docs.accepted.empty());
      const double confidence = r.number("min_confidence");
      CHECK(confidence >= 0);
      CHECK(confidence <= 1);
    }
  }
  SUBCASE("the rules come sorted by file and cover every check kind") {
    std::set<std::string> checks;
    for (std::size_t i = 0; i < rules.size(); ++i) {
      checks.insert(rules[i].check);
      const auto dir = std::filesystem::path(rules[i].path).parent_path();
      if (i > 0 && std::filesystem::path(rules[i - 1].path).parent_path() == dir)
        CHECK(rules[i - 1].path < rules[i].path);
    }
    for (const auto& k : check_registry()) {
      CAPTURE(k.name);
      CHECK(checks.count(std::string(k.name)) == 1);
    }
  }
  SUBCASE("parameters take the file's values and the check's defaults") {
    const Rule& compare = rule_by_id(rules, "count-mismatch");
    CHECK(compare.number("tolerance") == 0);
    CHECK(compare.flag("ignore_vague"));
    CHECK(compare.select.kinds == std::vector<std::string>{"count"});
    const Rule& story = rule_by_id(rules, "event-date-mismatch");
    CHECK(story.list("parts") == std::vector<std::string>{"story", "year", "month"});
    CHECK(story.number("story_min_shared") == 3);
    CHECK(story.level == Level::warning);
    const Rule& sum = rule_by_id(rules, "sum-mismatch");
    CHECK(sum.text("whole") == "released");
    CHECK(sum.text("direction") == "exceeds");
    CHECK(sum.list("dimensions") == std::vector<std::string>{"place", "group", "sex_and_age", "nationality"});
    // Not written in the file: the check's default.
    CHECK(rule_by_id(rules, "superlative-conflict").number("min_confidence") == 0.5);
  }
  SUBCASE("rule_info carries the docs for reporters") {
    const RuleInfo info = rule_info(rule_by_id(rules, "count-mismatch"));
    CHECK(info.kind == "count_mismatch");
    CHECK(info.help.find("Flagged:") != std::string::npos);
    CHECK(info.help.find("Accepted:") != std::string::npos);
  }
}

TEST_CASE("load_rule_file errors") {
  struct Row {
    const char* file;
    int line;
    int column;
    const char* message;  // the error message contains this
  };
  const Row rows[] = {
      {"unknown-key.yaml", 4, 1, "unknown key 'severity' in a rule"},
      {"level-not-a-word.yaml", 3, 8, "level must be error, warning or info"},
      {"unknown-check.yaml", 2, 8, "unknown check 'compair' (known: age, attribute, calendar, compare"},
      {"bad-level.yaml", 3, 8, "level must be error, warning or info"},
      {"unknown-select-kind.yaml", 6, 18, "unknown kinds value 'weather'"},
      {"unknown-param.yaml", 7, 3, "unknown key 'per_side_factor' in params of check 'compare'"},
      {"param-wrong-type.yaml", 6, 14, "parameter 'tolerance' must be a number"},
      {"min-confidence.yaml", 6, 19, "min_confidence must be between 0 and 1"},
      {"missing-docs.yaml", 1, 1, "a rule needs 'docs'"},
      {"docs-without-example.yaml", 6, 3, "docs need 'accepted'"},
      {"bad-id.yaml", 1, 5, "id must be kebab-case"},
      {"unknown-part.yaml", 6, 20, "unknown value 'zzz' in parameter 'parts' (expected one of: weekday, relative"},
      {"unknown-placeholder.yaml", 4, 10, "unknown placeholder '{nope}' in message (check 'compare' fills: event"},
  };
  for (const auto& row : rows) {
    SUBCASE(row.file) {
      const auto path = bad_rules / row.file;
      try {
        load_rule_file(path);
        FAIL("loaded a broken rule: " << row.file);
      } catch (const InputError& e) {
        CHECK(e.where().path == path.string());
        CHECK(e.where().line == row.line);
        CHECK(e.where().column == row.column);
        CHECK(e.message().find(row.message) != std::string::npos);
        CHECK(std::string(e.what()).find(row.file) != std::string::npos);
      }
    }
  }
  SUBCASE("a duplicate id names both files") {
    try {
      load_rules(bad_rules / "duplicate-id");
      FAIL("loaded two rules with one id");
    } catch (const InputError& e) {
      CHECK(e.where().path.find("b-second.yaml") != std::string::npos);
      CHECK(e.message().find("duplicate rule id 'same-id'") != std::string::npos);
      CHECK(e.message().find("a-first.yaml") != std::string::npos);
    }
  }
  SUBCASE("a missing directory") { CHECK_THROWS_AS(load_rules(bad_rules / "no-such-dir"), InputError); }
}

TEST_CASE("render_message") {
  struct Row {
    const char* templ;
    const char* out;
  };
  const std::map<std::string, std::string> values{
      {"value", "390"}, {"other_value", "1,000"}, {"other_source", "b.txt"}};
  const Row rows[] = {
      {"released differs: {value} here, {other_value} in {other_source}", "released differs: 390 here, 1,000 in b.txt"},
      {"{value} and {value}", "390 and 390"},
      {"unknown {nothing} stays", "unknown {nothing} stays"},
      {"unclosed {value", "unclosed {value"},
      {"{}", "{}"},
      {"", ""},
  };
  for (const auto& row : rows) {
    CAPTURE(row.templ);
    CHECK(render_message(row.templ, values) == row.out);
  }
}

TEST_CASE("Selector") {
  Claim c;
  c.kind = ClaimKind::count;
  c.property = "released";
  c.scope = Scope::per_side;
  c.event.type = "exchange";
  SUBCASE("an empty selector takes everything") { CHECK(Selector{}.matches(c)); }
  SUBCASE("every listed dimension must match") {
    Selector s;
    s.kinds = {"count"};
    s.scopes = {"per_side", "total"};
    s.event_types = {"exchange"};
    CHECK(s.matches(c));
    s.properties = {"military"};
    CHECK_FALSE(s.matches(c));
  }
  SUBCASE("another kind is not selected") {
    Selector s;
    s.kinds = {"date"};
    CHECK_FALSE(s.matches(c));
  }
}
