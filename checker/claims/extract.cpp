// The claims pipeline: the passes that turn one document into claims, in order. Each pass
// is a small file of its own (see extraction.hpp) and reads what the passes before it found.
#include "checker/claims/extract.hpp"

#include <charconv>

#include <algorithm>

#include "checker/claims/extraction.hpp"
#include "grammars/relative_date.hpp"

namespace crosscheck {

namespace {

using Pass = void (*)(Extraction&);

constexpr Pass passes[] = {
    scan_sentences,           // sentences as the grammars read them; their dates
    infer_published_date,     // the date relative dates resolve against
    find_event_mentions,      // the event words claims hang on
    extract_date_claims,      //
    extract_count_claims,     //
    extract_measure_claims,   // ages, magnitudes, depths: numbers with a unit, never counts
    resolve_count_scope,      // per side, in total, one side, running: the part of the whole a count covers
    assign_count_parts,       // a place, group or nationality of a whole; wholes that name their parts
    extract_duration_claims,  //
    extract_superlative_claims,
    extract_role_claims,
    extract_stage_claims,
    extract_time_claims,   // "at 4:17 a.m. local time"
    extract_place_claims,  // "the epicentre was in Norland province"
    extract_label_claims,  // "the tanker Sea Harrow"
    extract_age_claims,    // "Romi Gonen, 24,"
    date_counts,           // "180 on Friday": a count's own date (after every claim is in)
    past_year_figures,     // "the fire in 1991 caused 25 deaths": no figure of this story
    mark_update_notes,     // "Update: We have revised this article. ... 13 were injured"
};

// A gap of measure_other_event_gaps: a positive number, else the lexicon is wrong.
double parse_gap(const std::string& text) {
  double gap = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), gap);
  if (ec != std::errc() || end != text.data() + text.size() || !(gap > 0))
    throw InputError({"lexicon", 0, 0}, "measure_other_event_gaps: '" + text + "' is not a positive number");
  return gap;
}

}  // namespace

Date make_date(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

ExtractionTables::ExtractionTables(const Lexicon& lexicon)
    : counts(lexicon),
      counts_dot(lexicon, grammars::NumberOptions{'.', ',', true}),
      dates(lexicon),
      durations(lexicon),
      measures(lexicon),
      measures_dot(lexicon, grammars::NumberOptions{'.', ',', true}),
      measure_revisions(lexicon, "measure_revisions"),
      measure_readings(lexicon, "measure_other_readings"),
      measure_comparisons(lexicon, "measure_comparison_words"),
      measure_estimates(lexicon, "measure_estimate_markers"),
      superlatives(lexicon),
      roles(lexicon),
      stages(lexicon),
      triggers(lexicon, "event_triggers"),
      agreement_links(lexicon, "agreement_links"),
      future_markers(lexicon, "future_markers"),
      future_event_verbs(lexicon, "future_event_verbs"),
      properties(lexicon, "count_properties"),
      auxiliaries(lexicon, "count_auxiliaries"),
      clause_scopes(lexicon, "clause_scopes"),
      held_since_words(lexicon, "running_since_blockers"),
      captor_links(lexicon, "count_captor_links"),
      span_joiners(lexicon, "date_span_joiners"),
      places(lexicon, "places"),
      other_markers(lexicon, "other_event_markers"),
      comparison_markers(lexicon, "event_comparison_markers"),
      reporting_verbs(lexicon, "reporting_verbs"),
      outside_markers(lexicon, "count_outside_markers"),
      figure_verbs(lexicon, "figure_verbs"),
      reaction_verbs(lexicon, "reaction_verbs"),
      released_nouns(lexicon, "released_nouns"),
      people_groups(lexicon, "count_categories"),
      side_subjects(lexicon, "side_subjects"),
      number_qualifiers(lexicon, "number_qualifiers"),
      approach_markers(lexicon, "duration_approach_markers"),
      duration_window_openers(lexicon, "duration_window_openers"),
      duration_window_edges(lexicon, "duration_window_edges"),
      status_blockers(lexicon, "count_status_blockers"),
      money_units(lexicon, "count_money_units"),
      measure_preliminaries(lexicon, "measure_preliminary_markers"),
      party_subjects(lexicon, "party_subjects"),
      earlier_openers(lexicon, "event_earlier_openers"),
      year_prepositions(lexicon, "date_year_prepositions"),
      both_sides_subjects(lexicon, "both_sides_subjects"),
      subgroup_markers(lexicon, "subgroup_markers"),
      relative_openers(lexicon, "count_relative_openers"),
      per_unit_markers(lexicon, "count_per_unit_markers"),
      venue_words(lexicon, "count_venue_words"),
      breakdown_links(lexicon, "count_breakdown_links"),
      early_moment_markers(lexicon, "count_early_moment_markers"),
      age_group_markers(lexicon, "count_age_group_markers"),
      age_group_units(lexicon, "count_age_group_units"),
      subgroup_openers(lexicon, "subgroup_openers"),
      demonyms(lexicon, "sides"),
      trailing_scopes(lexicon, "trailing_scopes"),
      running_periods(lexicon, "running_periods"),
      running_units(lexicon, "running_units"),
      running_openers(lexicon, "running_openers"),
      running_openers_perfect(lexicon, "running_openers_perfect"),
      running_perfect_auxiliaries(lexicon, "running_perfect_auxiliaries"),
      other_event_participles(lexicon, "date_other_event_participles"),
      as_of_markers(lexicon, "date_as_of_markers"),
      planned_markers(lexicon, "date_planned_markers"),
      distal_demonstratives(lexicon, "date_distal_demonstratives"),
      as_of_tallies(lexicon, "date_as_of_tallies"),
      after_event_links(lexicon, "date_after_event_links"),
      earlier_event_links(lexicon, "date_earlier_event_links"),
      early_hours(lexicon, "date_early_hours"),
      later_death_verbs(lexicon, "date_later_death_verbs"),
      reference_relatives(lexicon, "superlative_reference_relatives"),
      statement_continuations(lexicon, "count_statement_continuations"),
      pronoun_reports(lexicon, "count_pronoun_reports"),
      place_officials(lexicon, "count_place_officials"),
      trigger_exclusions(lexicon, "event_trigger_exclusions"),
      consequence_verbs(lexicon, "event_consequence_verbs"),
      precursors(lexicon, "event_precursors"),
      successor_links(lexicon, "event_successor_links"),
      anaphora_markers(lexicon, "event_anaphora_markers"),
      vague_part_openers(lexicon, "count_vague_part_openers"),
      holder_verbs(lexicon, "count_holder_verbs"),
      holder_links_before(lexicon, "count_holder_links_before"),
      holder_links_after(lexicon, "count_holder_links_after"),
      holder_companions(lexicon, "count_holder_companions"),
      change_verbs(lexicon, "count_change_verbs"),
      positions(lexicon, "count_positions"),
      superseded_markers(lexicon, "count_superseded_markers"),
      exception_markers(lexicon, "count_exception_markers"),
      unofficial_accounts(lexicon, "count_unofficial_accounts"),
      disputed_official(lexicon, "count_disputed_official"),
      official_openers(lexicon, "count_official_openers"),
      contrast_words(lexicon, "count_contrast_words"),
      illness_causes(lexicon, "count_illness_causes"),
      report_complementizers(lexicon, "count_report_complementizers"),
      place_focus_after(lexicon, "count_place_focus_after"),
      place_anaphora(lexicon, "count_place_anaphora"),
      country_anaphora(lexicon, "count_country_anaphora"),
      origin_links(lexicon, "count_origin_links"),
      window_openers(lexicon, "count_window_openers"),
      window_units(lexicon, "count_window_units"),
      witnessed_markers(lexicon, "count_witnessed_markers"),
      unverified_markers(lexicon, "count_unverified_markers"),
      feared_markers(lexicon, "count_feared_markers"),
      funeral_frames(lexicon, "count_funeral_frames"),
      increment_markers(lexicon, "count_increment_markers"),
      superseded_reports(lexicon, "count_superseded_reports"),
      capacity_frames(lexicon, "count_capacity_frames"),
      superseded_openers(lexicon, "count_superseded_openers"),
      window_markers(lexicon, "count_window_markers"),
      longer_spans(lexicon, "count_longer_spans"),
      changed_group_verbs(lexicon, "count_changed_group_verbs"),
      place_subject_verbs(lexicon, "count_place_subject_verbs"),
      destination_verbs(lexicon, "count_destination_verbs"),
      list_item_markers(lexicon, "count_list_item_markers"),
      rise_group_openers(lexicon, "count_rise_group_openers"),
      noun_links(lexicon, "count_noun_links"),
      rate_markers(lexicon, "count_rate_markers"),
      rate_exchanges(lexicon, "count_rate_exchanges"),
      share_of_number(lexicon, "count_share_of_number"),
      owned_nationals(lexicon, "count_owned_nationals"),
      victim_nouns(lexicon, "count_victim_nouns"),
      undecided_harms(lexicon, "count_undecided_harms"),
      definite_articles(lexicon, "count_definite_articles"),
      batch_nouns(lexicon, "count_batch_nouns"),
      place_relatives(lexicon, "count_place_relatives"),
      facilities(lexicon, "count_facilities"),
      facility_verbs(lexicon, "count_facility_verbs"),
      struck_sites(lexicon, "count_struck_sites"),
      strike_verbs(lexicon, "count_strike_verbs"),
      site_attack_words(lexicon, "count_site_attack_words"),
      share_pronouns(lexicon, "count_share_pronouns"),
      share_openers(lexicon, "count_share_openers"),
      subset_openers(lexicon, "count_subset_openers"),
      share_predicates(lexicon, "count_share_predicates"),
      area_shares(lexicon, "count_area_shares"),
      things(lexicon, "count_things"),
      thing_states(lexicon, "count_thing_states"),
      figure_qualifiers(lexicon, "count_figure_qualifiers"),
      cause_links(lexicon, "count_cause_links"),
      load_verbs(lexicon, "count_load_verbs"),
      offence_frames(lexicon, "event_offence_frames"),
      additives(lexicon, "count_additives"),
      additive_followers(lexicon, "count_additive_followers"),
      companion_openers(lexicon, "count_companion_openers"),
      completing_additives(lexicon, "count_completing_additives"),
      increase_markers(lexicon, "count_increase_markers"),
      parallel_links(lexicon, "count_parallel_links"),
      parallel_later(lexicon, "count_parallel_later"),
      rise_announcements(lexicon, "count_rise_announcements"),
      restating_openers(lexicon, "count_restating_openers"),
      restating_sentence_openers(lexicon, "count_restating_sentence_openers"),
      rise_openers(lexicon, "count_rise_openers"),
      part_subject_verbs(lexicon, "count_part_subject_verbs"),
      complement_places(lexicon, "count_complement_places"),
      side_verbs(lexicon, "side_verbs"),
      same_time_openers(lexicon, "same_time_openers"),
      previous_markers(lexicon, "previous_event_markers"),
      other_pronouns(lexicon, "event_other_pronouns"),
      actor_nouns(lexicon, "event_actor_nouns"),
      recent_markers(lexicon, "event_recent_markers"),
      additional_markers(lexicon, "event_additional_markers"),
      year_anaphora(lexicon, "event_year_anaphora"),
      times(lexicon),
      place_grammar(lexicon),
      labels(lexicon),
      ages(lexicon),
      time_properties(lexicon, "time_properties"),
      time_other_occurrences(lexicon, "time_other_occurrences"),
      time_range_openers(lexicon, "time_range_openers"),
      time_range_joiners(lexicon, "time_range_joiners"),
      place_properties(lexicon, "place_properties") {
  for (const auto& entry : lexicon.section("two_sided_events")) two_sided_types.push_back(entry.value);
  for (const auto& entry : lexicon.section("count_properties")) verb_properties.insert(entry.value);
  for (const auto& [section, words] :
       {std::pair{"count_defining_links", &defining_links}, std::pair{"count_predicate_copulas", &predicate_copulas},
        std::pair{"count_predicate_adverbs", &predicate_adverbs},
        std::pair{"count_any_side_dimensions", &any_side_dimensions},
        std::pair{"date_attributive_determiners", &attributive_determiners}, std::pair{"count_articles", &articles},
        std::pair{"count_caused_openers", &caused_openers}, std::pair{"count_caused_agents", &caused_agents},
        std::pair{"count_funeral_links", &funeral_links}, std::pair{"count_tally_links", &tally_links},
        std::pair{"count_place_report_verbs", &place_report_verbs}})
    for (const auto& entry : lexicon.section(section)) words->insert(lower(entry.phrase));
  for (const auto& entry : lexicon.section("count_held_properties")) held_properties.insert(entry.value);
  for (const auto& entry : lexicon.section("measure_held_properties")) measure_held.insert(entry.value);
  for (const auto& entry : lexicon.section("count_status_properties")) status_properties.insert(entry.value);
  for (const auto& entry : lexicon.section("count_shrinking_properties")) shrinking_properties.insert(entry.value);
  for (const auto& entry : lexicon.section("count_stateful_things")) stateful_things.insert(entry.value);
  for (const char* section : {"date_shifts_before_after", "date_narrative_days_before_after"})
    for (const auto& entry : lexicon.section(section)) shifts_with_object.push_back(lower(entry.phrase));
  for (const auto& entry : lexicon.section("count_demonym_endings")) demonym_endings.push_back(entry.value);
  for (const auto& entry : lexicon.section("count_summary_headlines")) summary_headlines.push_back(lower(entry.phrase));
  for (const auto& entry : lexicon.section("page_live_entries")) live_entry_labels.push_back(lower(entry.phrase));
  for (const auto& entry : lexicon.section("page_update_labels")) update_labels.push_back(lower(entry.phrase));
  for (const auto& entry : lexicon.section("event_compound_modifiers")) compound_modifiers.insert(lower(entry.phrase));
  for (const auto& entry : lexicon.section("place_stopwords")) name_stopwords.insert(entry.phrase);
  for (const auto& entry : lexicon.section("place_relations")) place_relations.insert(lower(entry.phrase));
  for (const auto& entry : lexicon.section("place_possessive_marks")) possessive_marks.push_back(entry.phrase);
  for (const auto& entry : lexicon.section("measure_unit_words")) unit_words.insert(lower(entry.phrase));
  for (const auto& entry : lexicon.section("event_sided_types")) sided_event_types.insert(entry.value);
  for (const auto& entry : lexicon.section("count_earlier_event_units"))
    earlier_event_units.insert(lower(entry.phrase));
  for (const auto& entry : lexicon.section("count_day_window_properties")) day_window_properties.insert(entry.value);
  for (const auto& entry : lexicon.section("measure_other_event_gaps"))
    other_event_gaps[entry.value] = parse_gap(entry.phrase);
  for (const auto& entry : lexicon.section("place_institutions")) institution_heads.push_back(entry.phrase);
  for (const auto& entry : lexicon.section("page_title_lowercase")) title_lowercase.insert(lower(entry.phrase));
  for (const char* section : {"date_months", "date_weekdays", "place_calendar_names"})
    for (const auto& entry : lexicon.section(section)) calendar_words.insert(entry.phrase);
  for (const auto& entry : lexicon.section("place_event_types")) place_event_types.insert(entry.value);
  for (const auto& entry : lexicon.section("count_conjunctions")) conjunctions.insert(lower(entry.phrase));
  for (const auto& conjunction : conjunctions) conjunction_joints.push_back(" " + conjunction + " ");
  for (const auto& entry : lexicon.section("count_subset_copulas")) subset_copulas.insert(lower(entry.phrase));
  for (const auto& entry : lexicon.section("count_inclusion_verbs")) inclusion_verbs.insert(lower(entry.phrase));
  for (const auto& entry : lexicon.section("stage_of_no_event")) stage_of_no_event.insert(entry.value);
  for (const auto& entry : lexicon.section("count_category_parts")) category_parts[entry.value].push_back(entry.phrase);
  for (const auto& entry : lexicon.section("part_dimensions")) {
    if (entry.value == "place") place_words.push_back(entry.phrase);
    else if (entry.value == "place_from") place_from_heads.push_back(entry.phrase);
    else if (entry.value == "place_named_event") place_event_heads.push_back(entry.phrase);
    else if (entry.value == "place_unnamed") place_unnamed_heads.push_back(entry.phrase);
    else if (entry.value == "place_direction") place_directions.push_back(entry.phrase);
    else if (entry.value == "place_determiner") place_determiners.push_back(entry.phrase);
    else if (entry.value == "place_focus") place_focus.push_back(lower(entry.phrase));
    else if (entry.value == "place_unnamed_word") unnamed_place_words.push_back(entry.phrase);
    else if (entry.value == "place_stresser") place_stressers.push_back(entry.phrase);
    else if (entry.value == "place_consequence") place_consequences.push_back(entry.phrase);
    else if (entry.value == "place_site") place_sites.push_back(entry.phrase);
    else if (entry.value == "place_holder") place_holders.push_back(entry.phrase);
    else if (entry.value == "place_held_area") place_held_areas.push_back(entry.phrase);
    else part_values.emplace(entry.phrase, entry.value);
  }
  for (const auto& entry : lexicon.section("number_conventions"))
    if (entry.value == "dot_thousands") dot_languages.push_back(entry.phrase);
  for (const auto& lang : lexicon.languages())
    if (const Lexicon* overlaid = lexicon.for_language(lang))
      languages.emplace(lang, std::make_shared<const ExtractionTables>(*overlaid));
}

const ExtractionTables& ExtractionTables::tables_for(const Document& doc) const {
  if (!doc.meta.lang) return *this;
  const auto it = languages.find(primary_language(*doc.meta.lang));
  return it == languages.end() ? *this : *it->second;
}

bool ExtractionTables::part_of(std::string_view part, std::string_view whole) const {
  const auto it = category_parts.find(whole);
  return it != category_parts.end() && std::find(it->second.begin(), it->second.end(), part) != it->second.end();
}

bool ExtractionTables::division_word(std::string_view word, bool plural) const {
  const std::string w = lower(word);
  return std::any_of(place_unnamed_heads.begin(), place_unnamed_heads.end(), [&](const std::string& head) {
    if (!plural) return w == head;
    // "districts", and "counties", "cities" for a head in -y
    return w == head + "s" || (head.ends_with('y') && w == head.substr(0, head.size() - 1) + "ies");
  });
}

bool ExtractionTables::ends_on_division(std::string_view name) const {
  return closes_on(name, place_unnamed_heads, {.ignore_case = true});
}

std::size_t ExtractionTables::possessive_at(std::string_view s) const {
  for (const auto& mark : possessive_marks)
    if (s.starts_with(mark)) return mark.size();
  return 0;
}

bool ExtractionTables::writes_dot_thousands(const Document& doc) const {
  if (!doc.meta.lang) return false;
  const std::string lang = lower(doc.meta.lang->substr(0, doc.meta.lang->find_first_of("-_")));
  return std::find(dot_languages.begin(), dot_languages.end(), lang) != dot_languages.end();
}

const grammars::CountGrammar& ExtractionTables::counts_for(const Document& doc) const {
  return writes_dot_thousands(doc) ? counts_dot : counts;
}

const grammars::MeasureGrammar& ExtractionTables::measures_for(const Document& doc) const {
  return writes_dot_thousands(doc) ? measures_dot : measures;
}

std::vector<grammars::PhraseMention> SentenceView::phrases(const grammars::PhraseMatcher& matcher, std::size_t from,
                                                           std::size_t to) const {
  auto found = phrase_indexes.find(&matcher);
  if (found == phrase_indexes.end()) found = phrase_indexes.try_emplace(&matcher, matcher, text).first;
  return found->second.find(from, to);
}

int SentenceView::words_between(std::size_t from, std::size_t to) const {
  to = std::min(to, text.size());
  if (from >= to) return 0;
  if (word_starts.empty())
    for (std::size_t i = 0; i < text.size(); ++i)
      if (!is_space(text[i]) && (i == 0 || is_space(text[i - 1]))) word_starts.push_back(static_cast<std::uint32_t>(i));
  const auto first = std::lower_bound(word_starts.begin(), word_starts.end(), from);
  const auto last = std::lower_bound(first, word_starts.end(), to);
  // a word begun before `from` counts once, as the walk does
  const bool inside = from > 0 && !is_space(text[from]) && !is_space(text[from - 1]);
  return static_cast<int>(last - first) + (inside ? 1 : 0);
}

bool SentenceView::near_in_clause(std::size_t from, std::size_t to, int max_words) const {
  return words_between(from, to) <= max_words && same_clause(bounds, from, to) &&
         !has_digit(text.substr(from, std::min(to, text.size()) - std::min(from, to)));
}

Extraction::Extraction(const Document& document, const ExtractionTables& t, std::size_t index)
    : doc(document), tables(t) {
  out.document = index;
  out.path = doc.path;
  out.source_id = doc.source_id();
}

// A claim keeps its sentence for reports and checks; a piece of a sentence over
// max_sentence_bytes (see Sentence::piece), only the words within this many bytes of the
// claim: a copy of the whole piece for each of its many claims made memory grow with the
// square of the piece.
constexpr std::size_t piece_snippet_reach = 500;

std::string_view Extraction::snippet_of(const SentenceView& scan, std::size_t begin, std::size_t end) const {
  const auto& split = doc.sentences;
  const bool piece = split[scan.index].piece > 0 || (scan.index + 1 < split.size() && split[scan.index + 1].piece == 1);
  if (!piece) return scan.text;
  std::size_t from = begin > piece_snippet_reach ? begin - piece_snippet_reach : 0;
  while (from > 0 && from < begin && !is_space(scan.text[from - 1])) ++from;  // at a word's start
  std::size_t to = std::min(scan.text.size(), end + piece_snippet_reach);
  while (to < scan.text.size() && to > end && !is_space(scan.text[to])) --to;  // at a word's end
  return scan.text.substr(from, to - from);
}

Claim Extraction::base_claim(const SentenceView& scan, std::size_t begin, std::size_t end) const {
  Claim c;
  c.document = out.document;
  c.path = doc.path;
  c.source_id = out.source_id;
  c.span = norm_span(scan.flat, begin, end);
  c.bytes = doc.offsets.to_bytes(c.span);
  c.begin = doc.offsets.locate(c.bytes.begin);
  c.end = doc.offsets.locate(c.bytes.end);
  c.text = std::string(scan.text.substr(begin, end - begin));
  c.snippet = std::string(snippet_of(scan, begin, end));
  c.sentence = scan.index;
  c.paragraph = doc.sentences[scan.index].paragraph;
  return c;
}

std::size_t Extraction::push(Claim claim, std::optional<std::size_t> mention, ClaimSite site) {
  out.claims.push_back(std::move(claim));
  out.claim_mention.push_back(mention);
  sites.push_back(site);
  return out.claims.size() - 1;
}

const Claim* Extraction::previous_count(const SentenceView& sentence) const {
  if (out.claims.empty()) return nullptr;
  const Claim& prev = out.claims.back();
  return prev.kind == ClaimKind::count && prev.sentence == sentence.index ? &prev : nullptr;
}

bool Extraction::names_place(std::string_view name) const {
  if (!named_places) {
    named_places.emplace();
    // after a place word (part_dimensions place: "in", "across"), in any case at the sentence's
    // start, and after "the": "in Shangla", "In the Kathmandu Valley"
    // "in the capital, Kathmandu, where ...", "en la capital, Bangkok": a division word (after
    // a place_determiner, "the", "la"), then the name set off by a comma
    const auto appositive_place = [&](std::string_view text, std::size_t p) {
      std::size_t space = text.find(' ', p);
      if (space != std::string_view::npos &&
          std::find(tables.place_determiners.begin(), tables.place_determiners.end(),
                    lower(text.substr(p, space - p))) != tables.place_determiners.end()) {
        p = space + 1;
        space = text.find(' ', p);
      }
      if (space == std::string_view::npos || space <= p + 1 || text[space - 1] != ',' ||
          !tables.division_word(text.substr(p, space - 1 - p)))
        return;
      if (std::string named = name_at(tables, text, space + 1); !named.empty()) named_places->insert(std::move(named));
    };
    const auto remember = [&](std::string_view text, std::size_t p) {
      for (const auto& a : tables.definite_articles.find(text.substr(p, 16)))
        if (a.begin == 0 && p + a.end < text.size() && text[p + a.end] == ' ') {
          p += a.end + 1;
          break;
        }
      appositive_place(text, p);
      // ("in the House of Councillors": a name that goes on with a noun link is an institution's)
      std::string place = name_at(tables, text, p);
      const std::size_t end = p + place.size();
      for (const auto& link : tables.noun_links.find(text.substr(end, 8)))
        if (link.begin == 1 && end < text.size() && text[end] == ' ') place.clear();
      if (!place.empty()) named_places->insert(std::move(place));
    };
    // "Tarn, Avon and Calder provinces were the worst hit": names listed before a plural
    // division word (two or more, each up to three capitalised words) are places of that kind
    const auto remember_listed_divisions = [&](std::string_view text) {
      for (std::size_t p = 0; p < text.size();) {
        std::size_t q = p;
        while (q < text.size() && std::isalpha(static_cast<unsigned char>(text[q]))) ++q;
        if (q > p && p > 1 && text[p - 1] == ' ' && !is_upper(text[p]) &&
            tables.division_word(text.substr(p, q - p), true)) {
          std::vector<std::string> listed;
          std::size_t end = p - 1;
          for (;;) {
            std::string item = capitalised_words_before(text, end, true);
            if (item.empty() || std::count(item.begin(), item.end(), ' ') > 2 || tables.name_stopwords.contains(item))
              break;
            const std::size_t start = end - item.size();
            listed.push_back(std::move(item));
            const std::string_view before = text.substr(0, start);
            const std::size_t joint = before.ends_with(", and ")  ? 6
                                      : before.ends_with(" and ") ? 5
                                      : before.ends_with(", ")    ? 2
                                                                  : 0;
            if (joint == 0) break;
            end = start - joint;
          }
          if (listed.size() >= 2)
            for (auto& item : listed) named_places->insert(std::move(item));
        }
        p = q + 1;
      }
    };
    for (const SentenceView& s : sentences) {
      remember_listed_divisions(s.text);
      for (const std::string& word : tables.place_words) {
        if (word.empty()) continue;
        const std::string inner = " " + word + " ";
        for (std::size_t at = s.text.find(inner); at != std::string_view::npos; at = s.text.find(inner, at + 1))
          remember(s.text, at + inner.size());
        if (s.text.size() > word.size() + 1 && lower(s.text.substr(0, word.size())) == word &&
            s.text[word.size()] == ' ')
          remember(s.text, word.size() + 1);
      }
    }
  }
  return named_places->count(name) > 0;
}

bool Extraction::names_place_opening_with(std::string_view name) const {
  names_place(name);  // builds the set
  const std::string prefix = std::string(name) + " ";
  const auto at = named_places->lower_bound(prefix);
  return at != named_places->end() && at->starts_with(prefix);
}

std::size_t Extraction::paragraph_start(std::size_t index) const {
  const auto& all = doc.sentences;
  if (paragraph_starts.size() != all.size()) {
    paragraph_starts.resize(all.size());
    for (std::size_t k = 0; k < all.size(); ++k)
      paragraph_starts[k] = k > 0 && all[k - 1].paragraph == all[k].paragraph ? paragraph_starts[k - 1] : k;
  }
  return index < paragraph_starts.size() ? paragraph_starts[index] : index;
}

// Capitalised words (a hyphenated compound is one word: "Russian-Israeli" is not "Russian").
static void collect_names(std::string_view text, SortedStrings& names) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t end = i;
    while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) || text[end] == '-')) ++end;
    if (end > i + 2 && std::isupper(static_cast<unsigned char>(text[i]))) names.insert(lower(text.substr(i, end - i)));
    i = end;
  }
}

// Sentences from `first` on are past max_document_text_bytes: left empty and skipped, with
// one warning at the first of them.
void stop_reading(Extraction& x, std::size_t first) {
  const Document& doc = x.doc;
  for (std::size_t k = first; k < x.sentences.size(); ++k) {
    x.sentences[k].index = k;
    x.sentences[k].skipped = true;
    x.out.furniture[k] = true;
  }
  const LineColumn at = doc.offsets.locate(doc.offsets.to_byte(doc.sentences[first].span.begin));
  Warning w;
  w.where = {doc.path, at.line, at.column};
  w.message = "the document's text is over " + std::to_string(max_document_text_bytes >> 20) +
              " MiB: claims are read up to here, not after";
  x.out.warnings.push_back(std::move(w));
}

void scan_sentences(Extraction& x) {
  const Document& doc = x.doc;
  x.sentences.resize(doc.sentences.size());
  x.out.furniture.assign(doc.sentences.size(), false);
  std::size_t read_bytes = 0;
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    auto& s = x.sentences[i];
    s.index = i;
    read_bytes += doc.sentences[i].span.end.value - doc.sentences[i].span.begin.value;
    if (read_bytes > max_document_text_bytes) {
      stop_reading(x, i);
      break;
    }
    s.flat = flatten(doc.sentence_text(doc.sentences[i]), doc.sentences[i].span.begin.value);
    s.text = s.flat.text;
    s.bounds = clause_boundaries(s.text);
    if (!doc.sentences[i].skip_reason.empty()) {
      s.skipped = true;
      x.out.furniture[i] = true;
      const auto at = doc.offsets.locate(doc.offsets.to_byte(doc.sentences[i].span.begin));
      x.out.skipped.push_back({at, std::string(s.text), doc.sentences[i].skip_reason});
    }
    if (!s.skipped) collect_names(s.text, x.out.names);
    std::vector<grammars::DateMention> impossible;
    s.dates = x.tables.dates.parse(s.text, &impossible);
    if (!s.skipped)
      for (const auto& m : impossible) {
        Warning w;
        w.where = {doc.path, 0, 0};
        const LineColumn at = x.base_claim(s, m.begin, m.end).begin;
        w.where.line = at.line;
        w.where.column = at.column;
        w.message = "'" + m.text + "' is not a date (the month has no day " + std::to_string(*m.day) + "); not read";
        x.out.warnings.push_back(std::move(w));
      }
    s.durations = x.tables.durations.parse(s.text);
    s.superlatives = x.tables.superlatives.parse(s.text);
    s.stages = x.tables.stages.parse(s.text);
    if (doc.sentences[i].part == PagePart::caption)
      s.dated_caption = std::any_of(s.dates.begin(), s.dates.end(), [](const grammars::DateMention& m) {
        return !m.relative && m.year && m.month && m.day;
      });
    if (s.dated_caption)
      x.out.skipped.back().reason += "; its full dates are read, as another event than the article's";
    // Month or year references ("in February 2022") are history, not the article's time:
    // only full dates count for the year of year-less ones.
    for (const auto& m : s.dates) {
      if (m.relative || !m.year || !m.month || !m.day || m.precision != grammars::DatePrecision::day) continue;
      const Date day = make_date(*m.year, *m.month, *m.day);
      if (day.ok() && (!x.written_day || day > *x.written_day)) x.written_day = day;
    }
  }
}

struct ClaimExtractor::Impl {
  explicit Impl(const Lexicon& lexicon) : tables(lexicon) {}
  ExtractionTables tables;
};

ClaimExtractor::ClaimExtractor(const Lexicon& lexicon) : impl_(std::make_unique<Impl>(lexicon)) {}
ClaimExtractor::~ClaimExtractor() = default;

std::optional<DateValue> ClaimExtractor::resolve_pending(const PendingDate& pending, Date anchor) const {
  const grammars::DateMention& m = pending.mention;
  auto resolved = grammars::resolve_date(m, anchor);
  if (!resolved) return std::nullopt;
  DateValue v;
  v.lo = resolved->lo;
  v.hi = resolved->hi;
  v.day_precision = resolved->precision == grammars::DatePrecision::day && v.lo == v.hi;
  v.relative = m.relative;
  v.weekday = m.weekday;
  v.future_tense = m.relative && m.weekday && m.offset > 0;
  v.resolution = resolved->how;
  return v;
}

void drop_notes(Claim& claim) { std::vector<std::string>().swap(claim.explain); }

void drop_notes(DocumentClaims& doc) {
  std::vector<SkippedLine>().swap(doc.skipped);
  for (Claim& c : doc.claims) drop_notes(c);
}

DocumentClaims ClaimExtractor::extract(const Document& doc, std::size_t index) const {
  Extraction x(doc, impl_->tables.tables_for(doc), index);
  for (const Pass pass : passes) pass(x);
  // A document's claims live until event resolution has every document: no spare capacity
  // (a claim is about 1 KB; vector growth leaves a third of that unused on average).
  x.out.claims.shrink_to_fit();
  x.out.events.shrink_to_fit();
  x.out.skipped.shrink_to_fit();
  x.out.names.shrink_to_fit();
  return std::move(x.out);
}

}  // namespace crosscheck
