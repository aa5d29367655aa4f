#include "checker/engine/check.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>

#include "checker/claims/claim_json.hpp"

namespace crosscheck {

namespace {

// A complete set is two or more part values joined by '+'.
std::string complete_set_problem(std::string_view value) {
  if (value.find('+') == std::string_view::npos) return "needs two or more parts joined by '+'";
  if (value.front() == '+' || value.back() == '+' || value.find("++") != std::string_view::npos)
    return "has an empty part";
  return "";
}

}  // namespace

using Strings = std::vector<std::string>;

std::string ParamSpec::range_text() const {
  const auto number = [](double v) {
    std::string text = std::to_string(v);
    text.erase(text.find_last_not_of('0') + 1);
    if (!text.empty() && text.back() == '.') text.pop_back();
    return text;
  };
  std::string range = (min_exclusive ? "above " : "at least ") + number(min);
  if (std::isfinite(max)) range += " and at most " + number(max);
  return range;
}

std::string ParamSpec::range_problem(double value) const {
  const bool low = min_exclusive ? !(value > min) : !(value >= min);
  const bool high = !(value <= max);
  if (std::isfinite(value) && !low && !high) return "";
  return "a finite number " + range_text();
}

namespace {

// Checks of counts: the same figure told differently, parts and wholes, tolls over time.
void add_count_checks(std::vector<CheckKind>& t) {
  t.push_back(
      {"compare",
       "count_mismatch",
       {ParamSpec("tolerance", 0.0, "relative difference still treated as equal (0.02 = 2%)").at_most(1),
        {"ignore_vague", true, "skip 'dozens', 'hundreds'"},
        {"evolving_properties",
         Strings{"killed", "injured", "missing", "displaced", "casualties", "homes", "buildings", "hospitalised",
                 "identified", "admitted", "seriously_injured", "unidentified"},
         "counts that change over time (and their groups: killed/children): compared only at one moment "
         "(the same day, and hour when one is written, or within one undated page)"},
        {"skip_properties", Strings{"people", "count", "held", "trapped", "seats", "votes"},
         "properties too vague to compare (people, count; people trapped, told place by place) or that "
         "need a subject (a party's seats)"},
        {"two_sided_events", Strings{"exchange", "agreement", "repatriation"},
         "event types where a per-side figure is each side's: compared with one side's figures"},
        {"any_side_dimensions", Strings{"sex_and_age"},
         "part dimensions whose values every side has (women, children): in two_sided_events such a "
         "part is compared only when it says whose people it counts (one side)"},
        {"parts_only", Strings{},
         "properties compared only between counts that say whose part they are (a party's seats: "
         "\"Labour won 412 seats\"); a count of them that names no part is skipped"},
        {"batch_places", Strings{"aboard"},
         "places (count_positions, count_load_verbs) that in two_sided_events hold one batch: a swap "
         "flies or drives its people in several loads (\"the second plane landed carrying 125\"), so "
         "such a count is compared with nothing"},
        {"source_contrasts", Strings{},
         "words that set a sentence's figure against one a sentence or two before it in its paragraph, as another "
         "source's (\"Firefighters speak of 41 dead. The official figure, however, is 26\"): on one page, "
         "the two are a disagreement of its sources, not compared"}},
       make_compare_check});
  t.push_back(
      {"composition",
       "composition_mismatch",
       {{"groups", Strings{"military", "civilians"}, "groups a figure may be given as alone or as made of together"}},
       make_composition_check});
  t.push_back({"cumulative",
               "sum_mismatch",
               {ParamSpec("per_side_factor", 2.0, "how many sides a per-side count covers").above(0)},
               make_cumulative_check});
  t.push_back({"monotonic",
               "toll_decreased",
               {{"properties", Strings{"killed", "injured"},
                 "running tolls that cannot fall (not missing or displaced, which do as people are found or "
                 "go home)"},
                ParamSpec("tolerance", 0.05,
                          "relative difference still treated as equal (0.05 = 5%): a toll 5% lower is a rounding "
                          "or a source's own count, not a fall")
                    .at_most(1),
                {"transfers", Strings{"injured>killed"},
                 "from>to: people who leave one toll for another (the injured who die): a fall of the first "
                 "no larger than the rise of the second between the two days is no finding"}},
               make_monotonic_check});
  t.push_back({"scope",
               "scope_mismatch",
               {ParamSpec("per_side_factor", 2.0, "how many sides a per-side count covers").above(0),
                {"two_sided_events", Strings{"exchange", "agreement", "repatriation"},
                 "event types where a per-side count implies a total"},
                {"total_may_exceed", true,
                 "a stated total may include people freed outside the per-side swap (the wounded, extra "
                 "civilians): only a total below per_side_factor x the per-side count is flagged"}},
               make_scope_check});
  t.push_back({"sum",
               "sum_mismatch",
               {{"whole", std::string("released"),
                 "the property a bare group adds up to ('270 soldiers and 150 civilians' of a swap); other parts "
                 "add up to their own property ('killed in Peru')"},
                {"dimensions", Strings{"place", "group", "sex_and_age", "nationality"},
                 "the dimensions (part_dimensions in the lexicon) whose parts are added up"},
                {"sentence_dimensions", Strings{"place"},
                 "dimensions whose values may overlap (a region and a country in it: 'in the Caribbean', 'in "
                 "Jamaica'): their parts are added up only when one sentence gives them together, or when the "
                 "gazetteer knows them all (it says which lie within which)"},
                {"direction", std::string("exceeds"),
                 "exceeds: parts one source gives add up to more than the whole; falls_short: a breakdown of "
                 "every part the whole names ('across Peru and Ecuador', '700 people: 420 in Peru and 250 in "
                 "Ecuador') adds up to less",
                 Strings{"exceeds", "falls_short"}},
                {"evolving_properties", Strings{"killed", "injured", "missing", "displaced", "casualties"},
                 "counts that grow over time: parts and whole of the same day only"},
                {"skip_properties", Strings{"people", "count", "held", "trapped", "seats", "votes"},
                 "properties never added up: too vague (people, count; people trapped, told place by place as "
                 "rescuers reach them), or a whole that needs a subject ('18 "
                 "seats' of which party, '48 seats' a state has)"},
                {"two_sided_events", Strings{"exchange", "agreement", "repatriation"},
                 "event types with sides, where only figures per side or in total are added up"},
                {"complete_sets",
                 Strings{"children+adults", "men+women+children"},
                 "parts that together are everyone, joined by '+': a breakdown giving each of them is the whole "
                 "('68 dead: 28 children and 30 adults' falls short), as a whole naming its parts is",
                 {},
                 complete_set_problem}},
               make_sum_check});
}

// Checks of time: dates and weekdays, how long something lasted, stages, ages.
void add_time_checks(std::vector<CheckKind>& t) {
  t.push_back({"age",
               "age_mismatch",
               {ParamSpec("max_days", 30.0,
                          "reports published at most this many days apart speak of one moment (besides reports "
                          "that give another person the same age)"),
                ParamSpec("name_particles",
                          Strings{"abu", "al",  "el",    "bin", "ben", "ibn", "bint", "van", "von", "de", "da",
                                  "di",  "del", "della", "dos", "das", "du",  "la",   "le",  "ter", "ten"},
                          "a word that, before the last word of a name, makes a family name of two words ('Rami "
                          "Fadi Abu Nadir': the word before it tells relatives apart)")},
               make_age_check});
  t.push_back(
      {"calendar",
       "weekday_mismatch",
       {ParamSpec("story_min_shared", 3.0, "shared counts that make two reports one story (date_mismatch)").at_least(1),
        ParamSpec("year_min_sources", 2.0,
                  "other sources that must report the same day and month in another year (year), or the same "
                  "day in the month before or after (month)")
            .at_least(1),
        ParamSpec("year_max_gap", 2.0, "years a written year may be off by to be read as a slip (year)").at_least(1),
        {"parts", Strings{"weekday", "relative", "story"},
         "which calendar checks run: weekday (a weekday written with its date), relative (a weekday "
         "next to another date), sequence (consecutive weekdays that resolve apart), story (one "
         "story dated differently), previous (the date of 'the previous exchange' against the ones "
         "other sources report between it and the article's own), year (a written year that "
         "slipped: the same day and month in another year is the report's own story or other "
         "sources'), month (a written month that slipped: the same day a month away, the same)",
         Strings{"weekday", "relative", "sequence", "story", "previous", "year", "month"}}},
       make_calendar_check});
  t.push_back({"duration",
               "duration_mismatch",
               {{"understatement_level", std::string("warning"), "level when a duration understates the true one",
                 Strings{"error", "warning", "info"}},
                {"parts", Strings{"facts", "within_article"},
                 "facts: against the start date of the reference facts and the article's date; within_article: "
                 "two ages of one event in one article that cannot both hold",
                 Strings{"facts", "within_article"}},
                {"compared_subjects", Strings{"war", "conflict", "occupation", "siege"},
                 "what within_article compares (an event's age, not a person's time in captivity)"}},
               make_duration_check});
  t.push_back({"stage",
               "stage_date_mismatch",
               {{"max_days", 6.0, "the most days apart two datings of one stage are read as the same series"},
                {"batch_words", Strings{"group", "batch", "wave", "busload"},
                 "words that make an ordinal a batch of one day, not a stage of the series"},
                {"phase_of_words", Strings{"ceasefire", "cease-fire", "truce"},
                 "words that, after a stage and 'of', make it a phase of a pause in fighting (weeks long: 'the "
                 "first phase of the ceasefire'), not one day's stage of the series"},
                {"parts", Strings{"dates", "ordinals"},
                 "which stage checks run: dates (one stage given two days), ordinals (one event given two "
                 "ordinals)",
                 Strings{"dates", "ordinals"}}},
               make_stage_check});
}

// Checks of other values: places and times of day, measures, titles, superlatives.
void add_value_checks(std::vector<CheckKind>& t) {
  t.push_back({"attribute",
               "place_mismatch",
               {{"tolerance_minutes", 15.0, "minutes two times of day may differ and still agree"},
                {"about_minutes", 30.0, "minutes either side an 'about' time may mean"},
                {"shortly_minutes", 30.0, "minutes after (before) a 'shortly after (before)' time it may mean"},
                {"approximate_prepositions", Strings{"near", "off"},
                 "prepositions that put the event close to a place, not in it: compared only by country"},
                {"point_properties", Strings{"epicentre", "landfall"},
                 "place properties that are one point: two places of one kind conflict (others only by country)"},
                {"successive_properties", Strings{"landfall"},
                 "place properties an event may have once in each country it crosses (a storm's landfalls): "
                 "places in two countries are two of them, not a conflict"}},
               make_attribute_check});
  t.push_back(
      {"measure",
       "measure_mismatch",
       {{"properties",
         Strings{"magnitude", "depth", "wind_speed", "turnout", "containment", "area", "age_youngest", "age_oldest"},
         "the measures compared (empty: every measure the lexicon reads)"},
        {"tolerances",
         Strings{"magnitude=0.1", "depth=5", "wind_speed=10%", "turnout=1", "containment=5", "area=10%"},
         "how far apart two values of a property may be and still agree: property=amount in the "
         "property's unit, or property=N% of the value; a property not listed must match exactly",
         {},
         check_property_tolerance},
        {"evolving_properties", Strings{"wind_speed", "turnout", "containment", "area"},
         "measures that change while an event unfolds: compared only between articles published the "
         "same day (and a value whose sentence gives an hour only with values of that hour)"},
        {"hourly_properties", Strings{"wind_speed", "area"},
         "evolving measures that change by the hour (a storm's winds, an area burned): across articles "
         "compared only at an hour or a later day both sentences write, else within one article"},
        {"other_event_words",
         Strings{"aftershock", "aftershocks", "foreshock", "foreshocks", "new quake", "new earthquake", "new tremor"},
         "words that make a measure's sentence about another event than the one it hangs on (an "
         "aftershock's magnitude): such measures are not compared"},
        {"parts_only", Strings{},
         "properties compared only between measures that say whose they are, holder with holder (a "
         "candidate's vote share: \"Tarn won 58% of the vote\", measure_held_properties); one that names "
         "no holder is skipped"}},
       make_measure_check});
  t.push_back({"role", "role_mismatch", {}, make_role_check});
  t.push_back({"superlative",
               "superlative_conflict",
               {{"size_property", std::string("released"), "the property that measures an event's size"},
                {"measures",
                 Strings{"largest=size", "deadliest=killed", "strongest=magnitude", "strongest=wind_speed"},
                 "adjective=property: what each superlative compares (size: the size_property count, per side x 2; "
                 "else a count or measure property, the larger value being the more); an adjective not listed "
                 "is not checked",
                 {},
                 check_superlative_measure},
                {"vague_lookbacks",
                 Strings{"decades=20", "years=2"},
                 "the fewest years a vague look-back surely spans ('in decades': 20); numeric ones ('in a "
                 "century') are their own",
                 {},
                 check_superlative_measure},
                {"any_place_types", Strings{"exchange", "repatriation"},
                 "event types whose occurrences are one series wherever they happen; other types (quakes, "
                 "storms) are compared only when one source reports both events"}},
               make_superlative_check});
}

}  // namespace

const std::vector<CheckKind>& check_registry() {
  static const std::vector<CheckKind> table = [] {
    std::vector<CheckKind> t;
    add_count_checks(t);
    add_time_checks(t);
    add_value_checks(t);
    std::sort(t.begin(), t.end(), [](const CheckKind& a, const CheckKind& b) { return a.name < b.name; });
    return t;
  }();
  return table;
}

std::vector<std::string> message_placeholders(std::string_view check) {
  static const std::map<std::string_view, Strings> filled{
      {"age", {"value", "person", "other_value", "other_source", "detail"}},
      {"attribute", {"value", "other_value", "other_source", "detail"}},
      {"calendar", {"value", "date", "other_value", "other_source", "detail"}},
      {"compare", {"value", "other_value", "scope", "other_source", "part"}},
      {"composition", {"value", "groups", "other_group", "other_source"}},
      {"cumulative", {"value", "other_value", "other_source"}},
      {"duration", {"value", "start", "start_name", "now", "now_how", "actual", "detail"}},
      {"measure", {"value", "other_value", "tolerance", "other_source", "part", "whose"}},
      {"monotonic", {"value", "as_of", "other_value", "other_as_of", "other_source"}},
      {"role", {"value", "person", "title", "now", "detail"}},
      {"scope", {"value", "other_value", "other_source"}},
      {"stage", {"value", "day", "other_day", "other_value", "other_source"}},
      {"sum", {"value", "sum", "parts", "other_source"}},
      {"superlative", {"value", "other_value", "size", "other_source"}},
  };
  Strings out{"event", "property", "source"};
  if (const auto it = filled.find(check); it != filled.end())
    out.insert(out.end(), it->second.begin(), it->second.end());
  return out;
}

const CheckKind* find_check_kind(std::string_view name) {
  for (const auto& k : check_registry())
    if (k.name == name) return &k;
  return nullptr;
}

ClaimsByKind::ClaimsByKind(const ResolvedCorpus& corpus) : corpus_(&corpus) {
  by_kind_.resize(static_cast<std::size_t>(ClaimKind::age) + 1);
  for (std::size_t i = 0; i < corpus.claims.size(); ++i)
    by_kind_[static_cast<std::size_t>(corpus.claims[i].kind)].push_back(static_cast<std::uint32_t>(i));
}

std::vector<const Claim*> ClaimsByKind::of(const std::vector<std::string>& kinds) const {
  std::vector<std::uint32_t> at;
  for (std::size_t k = 0; k < by_kind_.size(); ++k) {
    const auto name = to_string(static_cast<ClaimKind>(k));
    if (kinds.empty() || std::find(kinds.begin(), kinds.end(), name) != kinds.end())
      at.insert(at.end(), by_kind_[k].begin(), by_kind_[k].end());
  }
  std::sort(at.begin(), at.end());
  std::vector<const Claim*> out;
  out.reserve(at.size());
  for (const auto i : at) out.push_back(&corpus_->claims[i]);
  return out;
}

std::vector<const Claim*> selected_claims(const Rule& rule, const CheckContext& context, bool need_event) {
  std::vector<const Claim*> out;
  const auto wanted = [&](const Claim& c) {
    return rule.select.matches(c) &&
           !(need_event && (c.event.key.empty() || c.event.confidence < context.min_confidence));
  };
  if (context.by_kind) {
    for (const Claim* c : context.by_kind->of(rule.select.kinds))
      if (wanted(*c)) out.push_back(c);
    return out;
  }
  for (const auto& c : context.corpus.claims)
    if (wanted(c)) out.push_back(&c);
  return out;
}

// The source's name, or the file's name when the source is known only by its path (the
// path itself, or its part below the corpus root).
std::string source_name(const Claim& claim) {
  const std::string& path = claim.path;
  const std::string& id = claim.source_id;
  const bool is_path =
      id == path || (path.size() > id.size() && path.compare(path.size() - id.size(), id.size(), id) == 0 &&
                     path[path.size() - id.size() - 1] == '/');
  return is_path ? std::filesystem::path(path).filename().string() : id;
}

Location location_of(const Claim& claim, const std::string& label) {
  Location l;
  l.path = claim.path;
  l.source_id = claim.source_id;
  l.begin = claim.begin;
  l.end = claim.end;
  l.bytes = claim.bytes;
  l.text = claim.text;
  l.snippet = claim.snippet;
  l.label = label;
  l.claim = claim_snapshot(claim);
  return l;
}

Finding make_finding(const Rule& rule, const Claim& primary,
                     const std::vector<std::pair<const Claim*, std::string>>& related,
                     const std::map<std::string, std::string>& values) {
  Finding f;
  f.rule = rule.id;
  f.kind = rule.kind;
  f.level = rule.level;
  auto all = values;
  all.emplace("event", primary.event.key);
  all.emplace("property", primary.property);
  all.emplace("source", source_name(primary));
  f.message = render_message(rule.message, all);
  f.event = primary.event.key;
  f.primary = location_of(primary);
  for (const auto& [claim, label] : related) f.related.push_back(location_of(*claim, label));
  if (primary.event.key.empty() && primary.event.reason.empty()) f.explain.push_back("primary: " + primary.text);
  else
    f.explain.push_back("primary: " + primary.text + " -> event " +
                        (primary.event.key.empty() ? "unknown" : primary.event.key) + " (" + primary.event.reason +
                        ")");
  for (const auto& [claim, label] : related)
    f.explain.push_back("compared with " + source_name(*claim) + ": " + claim->text + " -> event " +
                        (claim->event.key.empty() ? "unknown" : claim->event.key) + " (" + claim->event.reason + ")");
  return f;
}

}  // namespace crosscheck
