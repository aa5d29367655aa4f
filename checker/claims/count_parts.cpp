// Parts of a whole on the dimensions the lexicon names (part_dimensions in counts.yaml): the
// place a count is limited to, the group or nationality of the people it counts, and the
// wholes that name their parts ("640 killed in Peru and Ecuador", "700 people: 420 in Peru
// and 250 in Ecuador"). The sum check adds parts up against their whole; the compare check
// never compares a part with the whole.
#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

#include "checker/claims/claim_json.hpp"
#include "checker/claims/extraction.hpp"

namespace crosscheck {

namespace {

// The smallest figure told again that is still that figure's, not a coincidence: "3,577 in
// Syria ... 3,577 dead" is one figure, "two in Grenada ... two dead" may be two.
constexpr double min_distinctive_figure = 10;

// The last word of a count's text after its first ("12 Germans" -> "Germans"); empty for one
// word.
std::string_view noun_of(std::string_view text) {
  return text.find(' ') == std::string_view::npos ? std::string_view{} : last_word(text);
}

// The words after the last number of a count's text, in lower case ("undergraduate medical
// students" of "four undergraduate medical students"), else the text.
std::string words_after_number(const ExtractionTables& t, const std::string& text) {
  std::string words = text;
  for (std::size_t p = 0; p < text.size();) {
    if (const auto number = t.counts.numbers().parse_qualified_at(text, p); number && number->end < text.size())
      words = trim_view(std::string_view(text).substr(number->end));
    const std::size_t space = text.find(' ', p);
    p = space == std::string::npos ? text.size() : space + 1;
  }
  return lower(words);
}

// The part a count covers, from its place, its property ("killed/military", "civilians") or
// the noun it names.
// A group of a whole told at one place ("Among the dead in Kerr County were 28 children") is
// that place's part: its location says which whole it belongs to.
std::optional<CountPart> part_of_count(const ExtractionTables& t, const Claim& c) {
  const std::size_t slash = c.property.find('/');
  const std::string group = slash == std::string::npos ? c.property.str() : c.property.substr(slash + 1);
  const std::string whole = slash == std::string::npos ? "" : c.property.substr(0, slash);
  const auto found = t.part_values.find(group);
  // a role is told by its own words: "five medical students" and "four undergraduate medical
  // students" may be different people, "11 miners" and "12 miners" the same
  // (with no verb, "14 pilgrims" says who they are, not what happened to them: its group)
  if (found != t.part_values.end() && found->second == "role" && !whole.empty())
    return CountPart{"role", words_after_number(t, c.text), whole};
  if (slash != std::string::npos && found != t.part_values.end()) return CountPart{found->second, group, whole};
  // "14 foreigners died in the Tarn crush": a nationality its own noun names is the count's
  // part before its place (the place's figure is everyone's)
  if (const std::string_view own = noun_of(c.text); !c.location.empty() && !own.empty())
    if (const auto it = t.part_values.find(own); it != t.part_values.end() && it->second == "nationality")
      return CountPart{"nationality", std::string(own), c.property};
  if (!c.location.empty()) return CountPart{"place", c.location, c.property};
  if (found != t.part_values.end()) return CountPart{found->second, group, whole};
  const std::string_view noun = noun_of(c.text);
  if (const auto it = t.part_values.find(noun); !noun.empty() && it != t.part_values.end())
    return CountPart{it->second, std::string(noun), c.property};
  if (std::string nationality = nationality_in(t, c.text); !nationality.empty())
    return CountPart{"nationality", std::move(nationality), c.property};
  if (std::string age = dimension_in(t, c.text, "age_group"); !age.empty())
    return CountPart{"age_group", std::move(age), c.property};
  return std::nullopt;
}

}  // namespace

// "four Thai hostages", "26 foreign nationals": a nationality among a count's words, else empty.
// The nationality `words` are, whole ("South Korean", "Thais"), else "".
std::string nationality_at(const ExtractionTables& t, std::string_view words) {
  const auto it = t.part_values.find(words);
  return it != t.part_values.end() && it->second == "nationality" ? it->first : "";
}

// A value of part dimension `dimension` among a count's words ("South Korean", "teen"), else "".
std::string dimension_in(const ExtractionTables& t, std::string_view text, std::string_view dimension) {
  std::size_t p = 0;
  while (p < text.size()) {
    std::size_t q = text.find(' ', p);
    if (q == std::string_view::npos) q = text.size();
    const std::size_t two = q < text.size() ? std::min(text.find(' ', q + 1), text.size()) : q;
    for (const std::size_t end : {two, q})  // two words ("South Korean"), then one
      if (const auto it = t.part_values.find(text.substr(p, end - p));
          it != t.part_values.end() && it->second == dimension)
        return it->first;
    p = q + 1;
  }
  return "";
}

std::string nationality_in(const ExtractionTables& t, std::string_view text) {
  return dimension_in(t, text, "nationality");
}

std::string name_at(const ExtractionTables& t, std::string_view s, std::size_t begin) {
  std::string name;
  std::size_t p = begin;
  for (int n = 0; n < 4 && p < s.size() && is_upper(s[p]); ++n) {
    std::size_t q = p;
    while (q < s.size() && (std::isalnum(static_cast<unsigned char>(s[q])) || s[q] == '-' || s[q] == '&')) ++q;
    const std::string_view word = s.substr(p, q - p);
    if (t.name_stopwords.contains(word) || !t.dates.parse(word).empty()) break;
    name += (name.empty() ? "" : " ") + std::string(word);
    if (q + 1 >= s.size() || s[q] != ' ') break;
    p = q + 1;
  }
  return name;
}

bool is_demonym(const ExtractionTables& t, std::string_view word) {
  constexpr std::size_t min_demonym = 4;
  return word.size() >= min_demonym && is_upper(word.front()) &&
         std::all_of(word.begin(), word.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); }) &&
         std::any_of(t.demonym_endings.begin(), t.demonym_endings.end(),
                     [&](const std::string& e) { return word.ends_with(e); });
}

namespace {

// A capitalised word of a nationality's shape (count_demonym_endings) after the count's first
// word and before its last ("32 Armenian military" -> "Armenian"), else empty.
std::string demonym_in(const ExtractionTables& t, std::string_view text) {
  const std::size_t first = text.find(' ');
  const std::size_t last = text.rfind(' ');
  if (first == std::string_view::npos || first == last) return "";
  std::size_t p = first + 1;
  while (p < last) {
    const std::size_t q = std::min(text.find(' ', p), last);
    const std::string_view word = text.substr(p, q - p);
    if (is_demonym(t, word)) return std::string(word);
    p = q + 1;
  }
  return "";
}

// "The deaths involved 18 people over 65 years of age", "12 personas mayores de 70 años": an age
// bound right after a count (count_age_group_markers, a number, a word of count_age_group_units)
// makes it an age group, a part compared only with the same words and never summed.
std::optional<CountPart> age_group_after(const Extraction& x, std::size_t i) {
  const Claim& c = x.out.claims[i];
  const SentenceView& s = x.sentences[c.sentence];
  const std::size_t end = x.sites[i].end;
  const auto markers = s.phrases(x.tables.age_group_markers, end);
  if (markers.empty() || markers.front().begin > 1) return std::nullopt;
  std::size_t at = end + markers.front().end;
  while (at < s.text.size() && s.text[at] == ' ') ++at;
  const auto number = x.tables.counts.numbers().parse_qualified_at(s.text, at);
  if (!number) return std::nullopt;
  const auto units = s.phrases(x.tables.age_group_units, number->end);
  if (units.empty() || units.front().begin > 1) return std::nullopt;
  return CountPart{"age_group",
                   lower(s.text.substr(end + markers.front().begin, number->end - end - markers.front().begin)),
                   c.property};
}

// A nationality named beside a count, outside its words: right after a figure word ("the 658
// dead Egyptians") or as the subject of a part verb before it ("Egyptians accounted for 658
// deaths": count_part_subject_verbs).
std::optional<CountPart> nationality_beside(const Extraction& x, std::size_t i) {
  const Claim& c = x.out.claims[i];
  const SentenceView& s = x.sentences[c.sentence];
  const ExtractionTables& t = x.tables;
  // "one of its citizens was injured": a country's own people, whichever country it is
  if (const auto owned = t.owned_nationals.find(c.text); !owned.empty())
    return CountPart{"nationality", c.text.substr(owned.front().begin, owned.front().end - owned.front().begin),
                     c.property};
  const auto nationality = [&](std::string_view words) -> std::optional<CountPart> {
    if (std::string found = nationality_at(t, words); !found.empty())
      return CountPart{"nationality", std::move(found), c.property};
    return std::nullopt;
  };
  const std::size_t end = x.sites[i].end;
  // "quattro persone tedesche": a nationality in lower case right after the count's noun (an
  // adjective of a language that writes it after its noun)
  if (end + 1 < s.text.size() && s.text[end] == ' ' && !is_upper(s.text[end + 1])) {
    const std::string_view rest = s.text.substr(end + 1);
    if (auto part = nationality(rest.substr(0, std::min(rest.find_first_of(" ,.;:"), rest.size())))) return part;
  }
  // after: only when the count ends on a figure word, so that its noun is still to come
  if (!t.properties.find(noun_of(c.text)).empty() && end < s.text.size() && s.text[end] == ' ') {
    const std::string_view rest = s.text.substr(end + 1);
    const std::size_t one = std::min(rest.find_first_of(" ,.;:"), rest.size());
    const std::size_t two =
        one < rest.size() && rest[one] == ' ' ? std::min(rest.find_first_of(" ,.;:", one + 1), rest.size()) : one;
    for (const std::size_t n : {two, one})
      if (auto part = nationality(rest.substr(0, n))) return part;
  }
  // before: "<nationality> accounted for N"
  for (const auto& v : s.phrases(t.part_subject_verbs, 0, x.sites[i].begin)) {
    if (!trim_view(s.text.substr(v.end, x.sites[i].begin - v.end)).empty() || v.begin < 2) continue;
    const std::string_view before = s.text.substr(0, v.begin - 1);
    const std::size_t space = before.rfind(' ');
    const std::string_view word = space == std::string_view::npos ? before : before.substr(space + 1);
    if (auto part = nationality(word)) return part;
  }
  return std::nullopt;
}

// Words of a whole a sentence opens with ("Of those killed in the district, ...").
constexpr int max_opening_whole_words = 6;

// Words that may finish a whole's phrase before the dash of its list ("in the Caribbean").
constexpr std::ptrdiff_t max_list_lead_words = 6;

// Whether `between` ends with one of `marks` after at most a few words that finish the
// phrase before it ("seven deaths in the Caribbean - three in Jamaica, three in Haiti").
bool ends_with_mark(std::string_view between, std::initializer_list<std::string_view> marks) {
  for (const std::string_view mark : marks) {
    if (!between.ends_with(mark)) continue;
    const std::string_view lead = between.substr(0, between.size() - mark.size());
    if (lead.empty()) return true;
    if (lead.size() > 1 && lead.front() == ' ' && lead.find_first_of(",;.:()0123456789") == std::string_view::npos &&
        std::count(lead.begin(), lead.end(), ' ') <= max_list_lead_words)
      return true;
  }
  return false;
}

// Whether `between` (the text between a whole and the first item of a list) introduces the
// list as that whole's breakdown: "700 people: 420 in Peru and 250 in Ecuador".
bool opens_breakdown(std::string_view between) {
  return between == ", " || ends_with_mark(between, {": ", " -- ", " - "});
}

// Whether `between` joins two items of such a list ("420 in Peru and 250 in Ecuador").
bool list_join(std::string_view between) { return ends_with_mark(between, {", and ", " and ", ", "}); }

// The capitalised name that ends right before `end` in s ("The New Popular Front" -> "New
// Popular Front"), up to four words; empty when the word before is none or a stopword.
std::string name_before(const ExtractionTables& t, std::string_view s, std::size_t end) {
  std::vector<std::string_view> words;
  std::size_t to = end;
  while (words.size() < 4 && to > 0) {
    std::size_t from = to;
    while (from > 0 && s[from - 1] != ' ') --from;
    const std::string_view word = s.substr(from, to - from);
    if (word.empty() || !is_upper(word.front()) || t.name_stopwords.contains(word) ||
        !std::all_of(word.begin(), word.end(),
                     [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '&'; }) ||
        !t.dates.parse(word).empty())
      break;
    words.insert(words.begin(), word);
    if (from == 0) break;
    to = from - 1;  // the space before the word
  }
  std::string name;
  for (const auto w : words) name += (name.empty() ? "" : " ") + std::string(w);
  return name;
}

// Whether a verb before a count governs it: up to three words before it in its clause, no other
// number between ("won 412 of the 650 seats": the 650 is no one's).
bool verb_of_count(const SentenceView& scan, const grammars::PhraseMention& v, const ClaimSite& site) {
  return scan.near_in_clause(v.end, site.begin, 3);
}

// "the ANC lost 71 seats", "Labour gained 211 seats": the change a verb before a held count
// says it is (count_change_verbs), unless a verb of holding stands nearer ("lost its majority,
// winning 159 seats"); else empty.
std::string change_of(const ExtractionTables& t, const SentenceView& scan, const ClaimSite& site) {
  std::optional<grammars::PhraseMention> change, holding;
  for (const auto& v : scan.phrases(t.change_verbs, 0, site.begin))
    if (verb_of_count(scan, v, site)) change = v;
  for (const auto& v : scan.phrases(t.holder_verbs, 0, site.begin))
    if (verb_of_count(scan, v, site)) holding = v;
  return change && (!holding || holding->begin < change->begin) ? change->value : "";
}

// Whose seats or votes a count gives: "Labour won 412 seats", "the Greens with 39 seats",
// "412 seats for Labour". Empty when the text names no one right there.
std::string holder_of(const ExtractionTables& t, const SentenceView& scan, const ClaimSite& site) {
  const std::string_view s = scan.text;
  // The end of the name before a verb at `at`: past "and its allies" and an acronym in
  // brackets ("the National Rally (RN) and its allies won").
  const auto name_end = [&](std::size_t at) {
    std::size_t end = at - 1;  // the space before the verb
    for (const auto& c : scan.phrases(t.holder_companions, 0, end))
      if (c.end == end && c.begin > 0) end = c.begin - 1;
    if (end > 0 && s[end - 1] == ')')
      if (const std::size_t open = s.rfind('(', end); open != std::string_view::npos && open > 0 && end - open <= 12)
        end = open - 1;
    return end;
  };
  for (const auto* verbs : {&t.holder_verbs, &t.change_verbs})
    for (const auto& v : scan.phrases(*verbs, 0, site.begin))
      if (v.begin > 0 && verb_of_count(scan, v, site))
        if (std::string name = name_before(t, s, name_end(v.begin)); !name.empty()) return name;
  // "winning his seat in North Tarn with nearly 60%": a name after a place word ("in") is
  // where, not who
  const auto after_place_word = [&](std::size_t end, const std::string& name) {
    const std::size_t start = end - name.size();
    if (start < 2 || s[start - 1] != ' ') return false;
    std::size_t word = start - 1;
    while (word > 0 && s[word - 1] != ' ') --word;
    const std::string before = lower(s.substr(word, start - 1 - word));
    return std::find(t.place_words.begin(), t.place_words.end(), before) != t.place_words.end();
  };
  for (const auto& l : scan.phrases(t.holder_links_before, 0, site.begin))
    if (l.begin > 0 && l.end + 1 == site.begin)
      if (std::string name = name_before(t, s, l.begin - 1); !name.empty() && !after_place_word(l.begin - 1, name))
        return name;
  for (const auto& l : scan.phrases(t.holder_links_after, site.end))
    if (l.begin == 1 && site.end + l.end + 1 < s.size()) {
      std::size_t at = site.end + l.end + 1;
      if (s.substr(at).starts_with("the ")) at += 4;  // "32 for the New Popular Front"
      if (std::string name = name_at(t, s, at); !name.empty()) return name;
    }
  return "";
}

// "23 of them", "two of those killed": the pronoun right after the count's number; "an area
// where 50 homes ...": the unnamed part right before it; else empty.
std::string share_marker(const Extraction& x, std::size_t i) {
  const SentenceView& scan = x.sentences[x.out.claims[i].sentence];
  const ClaimSite& site = x.sites[i];
  for (const auto& p : scan.phrases(x.tables.share_pronouns, site.number_begin))
    if (scan.words_between(site.number_begin, site.number_begin + p.begin) <= 1)
      return std::string(scan.text.substr(site.number_begin + p.begin, p.end - p.begin));
  // "from an area where 50 to 60 homes had been destroyed": an unnamed part of the event's area
  for (const auto& p : scan.phrases(x.tables.area_shares, 0, site.begin))
    if (scan.words_between(p.end, site.begin) <= 2 && same_clause(scan.bounds, p.begin, site.begin))
      return std::string(scan.text.substr(p.begin, p.end - p.begin));
  // "at the site, where a dozen deaths have been confirmed": the same with a comma before "where"
  constexpr std::size_t window = 48;
  const std::size_t from = site.begin > window ? site.begin - window : 0;
  std::string before(scan.text.substr(from, site.begin - from));
  const std::size_t comma = before.rfind(", where ");
  if (comma == std::string::npos || scan.words_between(from + comma + 7, site.begin) > 2) return "";
  before.erase(comma, 1);
  for (const auto& p : x.tables.area_shares.find(before))
    if (p.end == comma + 6) return before.substr(p.begin, p.end - p.begin);
  return "";
}

// The whole a sentence opens with, when the count at i takes from it: "Of those killed, four
// ..." -> "of those killed"; else empty.
std::string opening_whole(const Extraction& x, std::size_t i) {
  const Claim& c = x.out.claims[i];
  const SentenceView& scan = x.sentences[c.sentence];
  const std::string_view s = scan.text;
  const std::size_t comma = s.find(',');
  if (comma == std::string_view::npos || comma > x.sites[i].begin ||
      words_between(s, 0, comma) > max_opening_whole_words)
    return "";
  // "Of those killed, ...": no figure before the count; an opener of the lexicon: none in the
  // opening itself ("Among the 67 aboard, 38 died" names the whole), and not for a group its
  // clause defines.
  // (count_subset_openers: "of those", "of the")
  if (const auto subset = scan.phrases(x.tables.subset_openers, 0, comma); !subset.empty() && subset.front().begin == 0)
    return has_digit(s.substr(0, x.sites[i].begin)) ? "" : lower(s.substr(0, comma));
  const auto openers = scan.phrases(x.tables.share_openers, 0, comma);
  if (openers.empty() || openers.front().begin != 0 || has_digit(s.substr(0, comma)) ||
      c.property.find('/') != std::string::npos)
    return "";
  return lower(s.substr(0, comma));
}

// "The town hospital counted 40 dead, 25 of them from the town, and 120 injured": a
// sentence whose subject, in its first few words, is a facility (count_facilities) right before
// one of count_facility_verbs tells that facility's figures; the subject, else empty.
std::string facility_share(const Extraction& x, std::size_t i) {
  const SentenceView& s = x.sentences[x.out.claims[i].sentence];
  constexpr int subject_words = 5;
  for (const auto& f : s.phrases(x.tables.facilities, 0, x.sites[i].begin)) {
    if (s.words_between(0, f.begin) > subject_words || has_digit(s.text.substr(0, f.end)) ||
        !same_clause(s.bounds, 0, f.end))
      continue;
    for (const auto& v : s.phrases(x.tables.facility_verbs, f.end, x.sites[i].begin))
      if (v.begin == 1 && s.text[f.end] == ' ') return std::string(trim_view(s.text.substr(0, f.end)));
  }
  return "";
}

// "a maternity ward was struck as well, leaving two dead and 19 hurt", "a strike on a residential
// building in Kyiv killed 12": a count whose sentence names, before it, a site (count_struck_sites)
// and a verb of striking (count_strike_verbs) within a few words of each other; the site's
// canonical name, else empty ("the quake struck the region, destroying a school and killing
// 40" names no struck site: the school is too far from the verb). An attack "at" a site
// (count_site_attack_words) is one site's only when its sentence names another site ("the attack
// at the station left 20 dead, while the blasts at the airport caused 14"; "an attack at a market
// killed five" is the whole attack's). Of two sites the one nearer the count is its figure's;
// another site listed with it or named between it and the count makes the figure everyone's
// ("blasts at the airport and a metro station killed 34").
std::string struck_site(const Extraction& x, std::size_t i) {
  constexpr int max_words_between = 3;
  const SentenceView& s = x.sentences[x.out.claims[i].sentence];
  const std::size_t number = x.sites[i].number_begin;
  const auto sites = s.phrases(x.tables.struck_sites, 0, number);
  if (sites.empty()) return "";
  auto verbs = s.phrases(x.tables.strike_verbs, 0, number);
  const auto all_sites = s.phrases(x.tables.struck_sites);
  if (std::any_of(all_sites.begin(), all_sites.end(), [&](const auto& o) { return o.value != sites.front().value; })) {
    const auto attacks = s.phrases(x.tables.site_attack_words, 0, number);
    verbs.insert(verbs.end(), attacks.begin(), attacks.end());
  }
  const auto near = [&](const grammars::PhraseMention& a, const grammars::PhraseMention& b) {
    return s.words_between(std::min(a.end, b.end), std::max(a.begin, b.begin)) <= max_words_between;
  };
  for (auto site = sites.rbegin(); site != sites.rend(); ++site) {
    if (std::none_of(verbs.begin(), verbs.end(), [&](const auto& verb) { return near(*site, verb); })) continue;
    const bool shared = std::any_of(sites.begin(), sites.end(), [&](const grammars::PhraseMention& other) {
      return other.value != site->value && (near(other, *site) || other.begin > site->begin);
    });
    return shared ? "" : site->value;
  }
  return "";
}

// "on Line 5 of the city subway where 14 people died": a site (count_struck_sites) right before a
// relative opener (count_place_relatives) whose clause holds the count: that site's figure; the
// site's canonical name, else empty.
std::string site_before_relative(const Extraction& x, std::size_t i) {
  constexpr int max_words_to_count = 8;
  const SentenceView& s = x.sentences[x.out.claims[i].sentence];
  const std::size_t number = x.sites[i].number_begin;
  for (const auto& w : s.phrases(x.tables.place_relatives, 0, number)) {
    if (!same_clause(s.bounds, w.end, number) || s.words_between(w.end, number) > max_words_to_count ||
        has_digit(s.text.substr(w.end, number - w.end)))
      continue;
    std::size_t end = w.begin;
    while (end > 0 && (is_space(s.text[end - 1]) || s.text[end - 1] == ',')) --end;
    for (const auto& site : s.phrases(x.tables.struck_sites, 0, end))
      if (site.end == end) return site.value;
  }
  return "";
}

// "The second group of 12 hostages was handed over", "an initial batch of eight": a count right
// after a stage whose noun names a batch (count_batch_nouns) and "of" is that batch's figure;
// the stage as written, else empty.
std::string batch_share(const Extraction& x, std::size_t i) {
  const SentenceView& s = x.sentences[x.out.claims[i].sentence];
  const std::size_t number = x.sites[i].number_begin;
  for (const auto& stage : s.stages) {
    if (stage.end > number || !stage.of_what.empty() || x.tables.batch_nouns.find(stage.text).empty()) continue;
    // "of" (count_noun_links), perhaps with "the" (count_definite_articles), and nothing else
    const auto links = s.phrases(x.tables.noun_links, stage.end, number);
    if (links.empty() || !trim_view(s.text.substr(stage.end, links.front().begin)).empty()) continue;
    std::size_t rest = stage.end + links.front().end;
    if (const auto articles = s.phrases(x.tables.definite_articles, rest, number);
        !articles.empty() && trim_view(s.text.substr(rest, articles.front().begin)).empty())
      rest += articles.front().end;
    if (trim_view(s.text.substr(rest, number - rest)).empty()) return lower(stage.text);
  }
  return "";
}

// "14 people with foreign citizenship were among those freed": a predicate of
// count_share_predicates after the count in its clause (up to four words and no figure
// between); what it says they were among, else empty.
std::string share_predicate(const Extraction& x, std::size_t i) {
  const SentenceView& s = x.sentences[x.out.claims[i].sentence];
  const std::size_t end = x.sites[i].end;
  constexpr int max_gap_words = 4;
  for (const auto& p : s.phrases(x.tables.share_predicates, end)) {
    const std::size_t at = end + p.begin;
    if (!same_clause(s.bounds, end, at) || s.words_between(end, at) > max_gap_words ||
        has_digit(s.text.substr(end, at - end)))
      break;
    // what it says they were among: up to the clause's end
    std::size_t stop = s.text.size();
    for (const std::size_t b : s.bounds)
      if (b > at) stop = std::min(stop, b);
    // the predicate and what follows it, four words at most: "were among those freed"
    std::string_view group = trim_view(s.text.substr(at, stop - at));
    std::size_t cut = 0;
    for (int words = 0; words < 4 && cut != std::string_view::npos; ++words) cut = group.find(' ', cut + 1);
    group = group.substr(0, cut);
    while (!group.empty() && std::ispunct(static_cast<unsigned char>(group.back()))) group.remove_suffix(1);
    return lower(trim_view(group));
  }
  return "";
}

// "the first three hostages out of the 33 they are expected to free": a phrase of
// count_share_of_number right after the count, then a number; "of N", else empty.
std::string share_of_number(const Extraction& x, std::size_t i) {
  const SentenceView& s = x.sentences[x.out.claims[i].sentence];
  const std::size_t end = x.sites[i].end;
  for (const auto& p : s.phrases(x.tables.share_of_number, end)) {
    if (!trim_view(s.text.substr(end, p.begin)).empty()) break;
    std::size_t next = end + p.end;
    while (next < s.text.size() && is_space(s.text[next])) ++next;
    if (const auto whole = x.tables.counts.numbers().parse_qualified_at(s.text, next))
      return "of " + std::string(trim_view(s.text.substr(next, whole->end - next)));
    break;
  }
  return "";
}

// Whether a definite article (count_definite_articles) stands right before the number of the
// count at i ("received the 12 prisoners").
bool definite_before(const Extraction& x, std::size_t i) {
  const SentenceView& s = x.sentences[x.out.claims[i].sentence];
  const std::size_t number = x.sites[i].number_begin;
  for (const auto& p : s.phrases(x.tables.definite_articles, 0, number))
    if (trim_view(s.text.substr(p.end, number - p.end)).empty()) return true;
  return false;
}

// ", respectively" after `end` in its clause or the next: the figure is paired with one item of
// a list.
// So is one a few words before it ("Tarno e Varno con, rispettivamente, 5 e 3 vittime").
bool respectively_after(const Extraction& x, const SentenceView& s, std::size_t begin, std::size_t end) {
  constexpr int max_words = 8, max_words_before = 4;
  const auto markers = s.phrases(x.tables.list_item_markers, end);
  if (!markers.empty() && s.words_between(end, end + markers.front().begin) <= max_words) return true;
  for (const auto& m : s.phrases(x.tables.list_item_markers, 0, begin))
    if (m.end <= begin && s.words_between(m.end, begin) <= max_words_before &&
        s.text.substr(m.end, begin - m.end).find_first_of(".;:") == std::string_view::npos)
      return true;
  return false;
}

// "18 Estonians (eight died)", "The crew was 5 members: 2 died": a figure right after a bracket
// or a colon that follows a counted group (a number, not of a date or an hour, in the three
// words before it) is a share of that group; else empty.
std::string bracketed_share(const Extraction& x, std::size_t i) {
  const SentenceView& scan = x.sentences[x.out.claims[i].sentence];
  const std::string_view before = trim_view(scan.text.substr(0, x.sites[i].begin));
  if (!before.ends_with('(') && !before.ends_with(':')) return "";
  const std::string_view group = trim_view(before.substr(0, before.size() - 1));
  std::size_t end = group.size();
  for (int words = 0; words < 3 && end > 0; ++words) {
    const std::size_t space = group.rfind(' ', end - 1);
    const std::size_t begin = space == std::string_view::npos ? 0 : space + 1;
    const std::string_view token = group.substr(begin, end - begin);
    const bool figure =
        !token.empty() && token.front() != ',' && token.back() != ',' &&
        std::all_of(token.begin(), token.end(), [](char ch) { return (ch >= '0' && ch <= '9') || ch == ','; });
    // "Prayagraj, January 29: At least 30 ...": a day or a year is no group
    const auto offset = static_cast<std::size_t>(token.data() - scan.text.data());
    const bool dated = std::any_of(scan.dates.begin(), scan.dates.end(),
                                   [&](const grammars::DateMention& d) { return d.begin <= offset && offset < d.end; });
    const bool year = token.size() == 4 && (token.starts_with("19") || token.starts_with("20"));
    if (figure && (dated || year)) return "";
    if (figure) {
      // "By 9 p.m.: 44 people died": an hour (the time grammar's) is no group
      const auto times = x.tables.times.parse(group.substr(begin));
      const bool hour = !times.empty() && times.front().begin == 0;
      return hour ? "" : "of '" + std::string(group.substr(begin)) + "'";
    }
    if (space == std::string_view::npos) break;
    end = space;
  }
  return "";
}

// "another four Thai hostages ... the four hostages were taken to hospital": the same figure
// told again without its nationality is that nationality's part still. So is a place's figure
// told again ("The death toll in Syria has hit 3,577 ... 3,577 have been reported dead"), when
// it is distinctive (a small number may be another place's or the whole's).
void parts_told_again(std::vector<Claim>& claims) {
  // The earliest count before this one with a part of the same property and figure, per kind
  // of part that may be told again: an index, so a document of many counts stays linear.
  struct FirstParts {
    std::optional<std::size_t> nationality, place;
  };
  std::map<std::pair<std::string, double>, FirstParts> first;
  const auto remember = [&](std::size_t k) {
    const Claim& before = claims[k];
    if (before.kind != ClaimKind::count || !before.part) return;
    FirstParts& f = first[{before.property, std::get<CountValue>(before.value).value}];
    if (before.part->dimension == "nationality" && !f.nationality) f.nationality = k;
    if (before.part->dimension == "place" && !before.location.empty() && !f.place) f.place = k;
  };
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& c = claims[i];
    if (c.kind == ClaimKind::count && !c.part && !c.covers && c.location.empty()) {
      const double value = std::get<CountValue>(c.value).value;
      const auto found = first.find({c.property, value});
      if (found != first.end()) {
        std::optional<std::size_t> k = found->second.nationality;
        const bool place_ok = value >= min_distinctive_figure && c.scope == Scope::unspecified;
        if (place_ok && found->second.place && (!k || *found->second.place < *k)) k = found->second.place;
        if (k) {
          const Claim& before = claims[*k];
          const bool place = before.part->dimension == "place";
          c.part = before.part;
          if (place) c.location = before.location;
          c.explain.push_back("the same " + format_count(value) + " as '" + before.text +
                              "' before it: a part: " + before.part->dimension + " " + before.part->value);
        }
      }
    }
    remember(i);
  }
  // "after 14 confirmed killed fighting blaze" above "the 14 firefighters who died": a
  // bare figure equal to a role's figure of the same fate anywhere on the page (told before or
  // after it) is that role's, never the toll
  std::map<std::pair<std::string, double>, std::size_t> roles;
  for (std::size_t k = 0; k < claims.size(); ++k)
    if (const Claim& r = claims[k]; r.kind == ClaimKind::count && r.part && r.part->dimension == "role" &&
                                    r.property.find('/') != std::string::npos)
      roles.try_emplace({base_property(r.property), std::get<CountValue>(r.value).value}, k);
  for (Claim& c : claims) {
    if (c.kind != ClaimKind::count || c.part || c.covers || !c.location.empty() ||
        c.property.find('/') != std::string::npos || c.scope != Scope::unspecified)
      continue;
    const double value = std::get<CountValue>(c.value).value;
    const auto found = value >= min_distinctive_figure ? roles.find({c.property, value}) : roles.end();
    if (found == roles.end()) continue;
    const Claim& role = claims[found->second];
    c.part = role.part;
    c.property = role.property;
    c.explain.push_back("the same " + format_count(value) + " as '" + role.text + "' on its page: a part: role " +
                        role.part->value);
  }
}

// "The second group of 12 hostages": one batch's figure, whoever its people are (a batch of a
// group, "the first group of 35 military personnel", is the batch's, not the group's figure);
// so is the same figure told again after "the" ("the Red Cross received the 12 prisoners").
void batch_parts(Extraction& x) {
  auto& claims = x.out.claims;
  // (figure, the batch count) of the batches told so far; told again with its property or its words
  std::multimap<double, std::size_t> batches;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& c = claims[i];
    if (c.kind != ClaimKind::count || c.covers || (c.part && c.part->dimension == "place")) continue;
    const double value = std::get<CountValue>(c.value).value;
    if (const std::string batch = batch_share(x, i); !batch.empty()) {
      c.part = CountPart{"share", batch, c.property};
      c.explain.push_back("a part: share of the event, its " + batch);
      batches.emplace(value, i);
      continue;
    }
    if (c.part || !definite_before(x, i)) continue;
    for (auto [at, end] = batches.equal_range(value); at != end; ++at)
      if (const Claim& told = claims[at->second]; told.property == c.property || told.text == c.text) {
        c.part = told.part;
        c.explain.push_back("a part: share of the event, its " + told.part->value + " told again");
        break;
      }
  }
}

// "34 Azov fighters", "12 Red Cross workers": a capitalised name between the number and the
// noun, not a side's demonym or a nationality, names a unit or body of people: a part of the
// figure, never its whole. "" when there is none.
std::string named_unit(const Extraction& x, const Claim& c) {
  const auto number = x.tables.counts.numbers().parse_qualified_at(c.text, 0);
  if (!number) return "";
  std::vector<std::string_view> words;
  for (std::size_t p = number->end; p < c.text.size();) {
    while (p < c.text.size() && c.text[p] == ' ') ++p;
    const std::size_t end = std::min(c.text.find(' ', p), c.text.size());
    if (end > p) words.push_back(std::string_view(c.text).substr(p, end - p));
    p = end;
  }
  // (a word in lower case after the name: "95 More Ukrainian Prisoners" in title case names
  // none; an acronym is a noun, "POWs", or a title, "MBBS"; a word of a nationality's shape,
  // "Armenian", is whose people they are, read apart)
  const auto nationality_shaped = [&](std::string_view w) {
    return std::any_of(x.tables.demonym_endings.begin(), x.tables.demonym_endings.end(),
                       [&](const std::string& e) { return w.size() > e.size() + 2 && w.ends_with(e); });
  };
  // (and one capitalised word only: "15 People Dead and Multiple Injured" is a title)
  if (std::count_if(words.begin(), words.end(),
                    [](std::string_view w) { return std::isupper(static_cast<unsigned char>(w.front())); }) != 1)
    return "";
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    const std::string_view w = words[k];
    const bool acronym = w.size() > 1 && std::isupper(static_cast<unsigned char>(w[1]));
    if (std::isupper(static_cast<unsigned char>(w.front())) && !acronym &&
        std::islower(static_cast<unsigned char>(words[k + 1].front())) && x.tables.demonyms.find(w).empty() &&
        nationality_in(x.tables, w).empty() && !nationality_shaped(w))
      return std::string(w);
  }
  return "";
}

// "69 soldiers and sergeants and 26 officers were released": a count of a category joined by
// "and" to a count of one kind within it (military/officers) is the rest of the category,
// not its whole
void rests_of_categories(Extraction& x) {
  auto& claims = x.out.claims;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& c = claims[i];
    if (c.kind != ClaimKind::count || c.property.find('/') != std::string::npos ||
        (c.part && c.part->dimension != "group"))
      continue;
    for (const std::size_t j : {i + 1, i - 1}) {
      if (j >= claims.size()) continue;
      const Claim& k = claims[j];
      if (k.kind != ClaimKind::count || k.sentence != c.sentence || !k.property.starts_with(c.property + "/")) continue;
      const std::size_t from = std::min(x.sites[i].end, x.sites[j].end),
                        to = std::max(x.sites[i].begin, x.sites[j].begin);
      if (from > to || to - from > 12) continue;
      const std::string_view between = x.sentences[c.sentence].text.substr(from, to - from);
      if (between.find(" and ") == std::string_view::npos) continue;
      c.part = CountPart{"share", "beside " + k.text, c.property};
      c.explain.push_back("a part: the rest of " + c.property + " beside '" + k.text + "' told with it");
      break;
    }
  }
}

// "34 Azov fighters": a unit named before the noun narrows a group (or no part at all)
void named_units(Extraction& x) {
  for (Claim& c : x.out.claims)
    if (c.kind == ClaimKind::count && !x.tables.held_properties.contains(base_property(c.property)) &&
        (!c.part || c.part->dimension == "group" || c.part->dimension == "role"))
      if (std::string unit = named_unit(x, c); !unit.empty()) {
        c.part = CountPart{"unit", std::move(unit), c.property};
        c.explain.push_back("a part: unit " + c.part->value + " (a name before its noun)");
      }
}

// "13 Israelis and four Thais were freed": where a page counts people by nationality, a
// side's demonym names a nationality too, a part of the hostages freed, not their whole.
// Elsewhere "13 Israelis" may be everyone its side received or only its nationals among
// them: a part on the dimension `side`, compared only with figures that name the side too
// and never added up with the other side's.
void demonym_parts(Extraction& x) {
  auto& claims = x.out.claims;
  const bool by_nationality = std::any_of(claims.begin(), claims.end(), [](const Claim& c) {
    return c.kind == ClaimKind::count && c.part && c.part->dimension == "nationality";
  });
  for (Claim& c : claims) {
    if (c.kind != ClaimKind::count || c.part || c.covers) continue;
    const auto named = x.tables.demonyms.find(c.text);
    if (named.empty()) continue;
    if (by_nationality) {
      c.part = CountPart{
          "nationality",
          std::string(std::string_view(c.text).substr(named.front().begin, named.front().end - named.front().begin)),
          c.property};
      c.explain.push_back("a part: nationality " + c.part->value + " (the page counts people by nationality)");
    } else {
      c.part = CountPart{"side", named.front().value, c.property};
      c.explain.push_back("a part: side " + c.part->value +
                          " (a side's demonym may count only its nationals among everyone freed: compared only "
                          "with figures that name the side too)");
    }
  }
}

// "The city reported a total of 103 victims. Of those, 32 have died, nine were injured and 62
// remain missing": victims that the next sentence, opening on a subset of them (count_subset_openers),
// splits into several fates are casualties of every kind, not the toll.
void victims_of_several_fates(Extraction& x) {
  auto& claims = x.out.claims;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& c = claims[i];
    if (c.kind != ClaimKind::count || c.property != "killed") continue;
    const auto nouns = x.tables.victim_nouns.find(lower(c.text));
    if (nouns.empty() || nouns.back().end != c.text.size()) continue;
    const std::size_t next = c.sentence + 1;
    if (next >= x.sentences.size()) continue;
    const SentenceView& breakdown = x.sentences[next];
    const std::size_t comma = breakdown.text.find(',');
    if (comma == std::string_view::npos) continue;
    const auto opener = breakdown.phrases(x.tables.subset_openers, 0, comma);
    if (opener.empty() || opener.front().begin != 0) continue;
    std::set<std::string> fates;
    for (std::size_t j = i + 1; j < claims.size() && claims[j].sentence <= next; ++j)
      if (claims[j].kind == ClaimKind::count && claims[j].sentence == next)
        fates.insert(base_property(claims[j].property));
    if (fates.size() < 2) continue;
    c.property = "casualties";
    c.explain.push_back("victims the next sentence splits into several fates (" + std::to_string(fates.size()) +
                        "): casualties, not the toll");
  }
}

}  // namespace

std::string holder_named(const ExtractionTables& t, const SentenceView& scan, const ClaimSite& site) {
  return holder_of(t, scan, site);
}

// "Of those killed, four people ... died in Chooralmala town", "25 children among 57 more
// deaths", "in Norland and Calder the floods have killed 12 and nine, respectively": counts that
// are shares of a whole, or figures of one site, read after the parts of their own words.
static void shares_and_sites(Extraction& x) {
  auto& claims = x.out.claims;
  // "Of those killed, four people ... died in Chooralmala town", "Among the crew, three died":
  // a sentence that opens by naming the whole it takes from (an opener of
  // count_share_openers, a few words without a figure, a comma) makes its counts shares of it
  // (never compared), unless a count is a group its clause defines ("Among them, 121 were
  // serving life sentences": the figure of that group).
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& c = claims[i];
    // "25 children among 57 more deaths": a number it is taken out of makes a group a share too
    if (c.kind == ClaimKind::count && c.part && c.part->dimension != "share" && c.part->dimension != "side")
      if (const std::string of = share_of_number(x, i); !of.empty()) {
        c.part = CountPart{"share", of, c.property};
        c.explain.push_back("a part: share " + of + " (a number it is taken out of)");
        continue;
      }
    // "Allí, las inundaciones han afectado a Tarno y Varno, con 84 y 31 fallecidos,
    // respectivamente": the place is the list's area, the figure one item's
    if (c.kind == ClaimKind::count && c.part && c.part->dimension == "place" &&
        respectively_after(x, x.sentences[c.sentence], x.sites[i].begin, x.sites[i].end)) {
      c.part = CountPart{"share", "respectively", c.property};
      c.explain.push_back("a part: share of a list ('respectively' beside it: one item's figure, not its place's)");
      continue;
    }
    if (c.kind != ClaimKind::count || c.part || c.covers) continue;
    if (const std::string whole = opening_whole(x, i); !whole.empty()) {
      c.part = CountPart{"share", whole, c.property};
      c.explain.push_back("a part: share " + c.part->value + " (the whole its sentence opens with)");
    } else if (const std::string of = share_of_number(x, i); !of.empty()) {
      c.part = CountPart{"share", of, c.property};
      c.explain.push_back("a part: share " + of + " (a number it is taken out of)");
    } else if (const std::string among = share_predicate(x, i); !among.empty()) {
      c.part = CountPart{"share", among, c.property};
      c.explain.push_back("a part: share '" + among + "' (what its predicate says they were among)");
    } else if (const std::string facility = facility_share(x, i); !facility.empty()) {
      c.part = CountPart{"share", facility, c.property};
      c.explain.push_back("a part: share of " + facility + " (the facility its sentence's subject names)");
    } else if (const std::string site = struck_site(x, i); !site.empty()) {
      c.part = CountPart{"site", site, c.property};
      c.explain.push_back("a part: site " + site + " (a site its sentence says was struck: that site's figure)");
    } else if (const std::string where = site_before_relative(x, i); !where.empty()) {
      c.part = CountPart{"site", where, c.property};
      c.explain.push_back("a part: site " + where + " (the site a relative clause holding it tells of)");
    } else if (const std::string group = bracketed_share(x, i); !group.empty()) {
      c.part = CountPart{"share", group, c.property};
      c.explain.push_back("a part: share " + group + " (a figure in brackets or after a colon that follow its group)");
    } else if ((c.scope == Scope::unspecified || c.scope == Scope::per_side) &&
               respectively_after(x, x.sentences[c.sentence], x.sites[i].begin, x.sites[i].end)) {
      // "in Gilgit-Baltistan and Kashmir, where floods have claimed 12 and nine lives,
      // respectively": each figure is one item's of a list, not the whole ("Tarn and Avon have
      // each recorded two and four deaths, respectively": not each one's either)
      c.scope = Scope::unspecified;
      c.part = CountPart{"share", "respectively", c.property};
      c.explain.push_back("a part: share of a list ('respectively' after it: one item's figure)");
    }
  }
}

void assign_count_parts(Extraction& x) {
  auto& claims = x.out.claims;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& c = claims[i];
    if (c.kind != ClaimKind::count || c.part) continue;
    // "Twenty-seven bodies were brought to a hospital ... 23 of them were women": a share of a
    // whole told before it, whose people the part's group does not say; "an area where 50
    // homes were destroyed": an unnamed part of the event's area.
    if (const std::string pronoun = share_marker(x, i); !pronoun.empty()) {
      c.part = CountPart{"share", pronoun, c.property};
      c.explain.push_back("a part: share '" + pronoun + "' (of a whole; shares are never compared)");
      continue;
    }
    // "Labour won 412 of the 650 seats": a party's or candidate's share of the whole; "the SP
    // was leading on 38 seats in the state": its share of one place's
    if (x.tables.held_properties.contains(c.property)) {
      // a change in what a holder has is a figure of its own, compared only with the same change
      if (const std::string change = change_of(x.tables, x.sentences[c.sentence], x.sites[i]); !change.empty()) {
        c.property += "_" + change;
        c.explain.push_back("a change in what its holder has: " + c.property);
      }
      if (std::string holder = holder_of(x.tables, x.sentences[c.sentence], x.sites[i]); !holder.empty()) {
        if (!c.location.empty()) holder += " in " + c.location;
        c.part = CountPart{"holder", holder, c.property};
        c.explain.push_back("a part: holder " + holder + " (whose " + c.property + " they are)");
        continue;
      }
    }
    c.part = part_of_count(x.tables, c);
    if (!c.part) c.part = nationality_beside(x, i);
    if (!c.part) c.part = age_group_after(x, i);
    if (c.part) c.explain.push_back("a part: " + c.part->dimension + " " + c.part->value);
    // "215 soldiers and civilians": a whole made of the groups it names.
    if (!c.covers && !c.groups.empty() && std::all_of(c.groups.begin(), c.groups.end(), [&](const std::string& g) {
          const auto it = x.tables.part_values.find(g);
          return it != x.tables.part_values.end() && it->second == x.tables.part_values.find(c.groups.front())->second;
        }))
      c.covers = PartCover{x.tables.part_values.find(c.groups.front())->second, c.groups};
  }
  batch_parts(x);
  demonym_parts(x);
  victims_of_several_fates(x);
  shares_and_sites(x);
  rests_of_categories(x);
  named_units(x);
  // "32 Armenian military", "two Azerbaijani soldiers": a group whose words name its people's
  // nationality, where the lexicon knows no side for it.
  for (Claim& c : claims)
    if (c.kind == ClaimKind::count && c.part && c.part->dimension != "place" && c.part->dimension != "side" &&
        c.part->dimension != "nationality" && c.side.empty())
      if (std::string owner = demonym_in(x.tables, c.text); !owner.empty()) {
        c.part->of = owner;
        c.explain.push_back("whose people: " + owner);
      }
  // "Six of the 13 freed were women and seven were children": a count joined by "and" to a
  // share of a whole is a share of it too.
  for (std::size_t i = 1; i < claims.size(); ++i) {
    Claim& c = claims[i];
    const Claim& before = claims[i - 1];
    if (c.kind != ClaimKind::count || c.part || before.kind != ClaimKind::count || before.sentence != c.sentence ||
        !before.part || before.part->dimension != "share" || x.sites[i - 1].end > x.sites[i].begin)
      continue;
    const std::string_view between =
        x.sentences[c.sentence].text.substr(x.sites[i - 1].end, x.sites[i].begin - x.sites[i - 1].end);
    if (between.find(" and ") == std::string_view::npos || between.size() > 40) continue;
    c.part = before.part;
    c.explain.push_back("a part: share " + c.part->value + " (joined to '" + before.text + "')");
  }
  parts_told_again(claims);
  // A whole followed by a list of its parts on one dimension: the text gives the list as the
  // whole, so the whole covers exactly the list's values.
  for (std::size_t i = 0; i + 2 < claims.size(); ++i) {
    Claim& whole = claims[i];
    // "seven deaths in the Caribbean — three in Jamaica, ...": a place's figure may list the
    // places within it
    if (whole.kind != ClaimKind::count || whole.covers || (whole.part && whole.part->dimension != "place")) continue;
    const SentenceView& s = x.sentences[whole.sentence];
    std::vector<std::size_t> list;
    for (std::size_t k = i + 1; k < claims.size(); ++k) {
      const Claim& item = claims[k];
      const std::size_t prev = k - 1;
      if (item.kind != ClaimKind::count || item.sentence != whole.sentence || !item.part ||
          x.sites[prev].end > x.sites[k].begin)
        break;
      if (item.part->dimension != claims[i + 1].part->dimension ||
          (whole.part && item.part->dimension != whole.part->dimension))
        break;
      const std::string_view between = s.text.substr(x.sites[prev].end, x.sites[k].begin - x.sites[prev].end);
      if (!(k == i + 1 ? opens_breakdown(between) : list_join(between))) break;
      list.push_back(k);
    }
    if (list.size() < 2) continue;
    PartCover cover{claims[list.front()].part->dimension, {}};
    std::string named;
    for (const std::size_t k : list) {
      cover.values.push_back(claims[k].part->value);
      named += (named.empty() ? "" : ", ") + claims[k].part->value;
    }
    whole.covers = std::move(cover);
    whole.explain.push_back("a whole broken down by " + whole.covers->dimension + " in its sentence: " + named);
    i = list.back();
  }
  // "three in Haiti": a place the gazetteer knows, with the places it lies within, so that the
  // sum check can tell places that overlap from places that do not.
  for (Claim& c : claims)
    if (c.kind == ClaimKind::count && c.part && c.part->dimension == "place")
      c.part->lineage = x.tables.place_grammar.lineage(c.part->value);
}

}  // namespace crosscheck
