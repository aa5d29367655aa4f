// Count claims: every count the grammar finds in a sentence, with its qualifier and scope,
// the side or place it is limited to, and what it counts (the category, else the verb that
// governs it), hung on the event word of its clause.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <set>

#include "checker/claims/claim_json.hpp"
#include "checker/claims/extraction.hpp"
#include "checker/text/normalize.hpp"

namespace crosscheck {

namespace g = grammars;

std::size_t earlier_event_unit_at(const ExtractionTables& t, std::string_view text, std::size_t end) {
  std::size_t word = end;
  while (word > 0 && std::isalpha(static_cast<unsigned char>(text[word - 1])) != 0) --word;
  return word < end && t.earlier_event_units.contains(lower(text.substr(word, end - word))) ? word
                                                                                            : std::string_view::npos;
}

namespace {

// "The death toll in Syria has now hit 3,577": at most this many words between a running
// figure's place and its frame.
constexpr int max_subject_gap_words = 2;
// "offered the return of 1,500 more": at most this many words from a plan's verb to its count.
constexpr int far_plan_words = 6;
// "75 servicemen had been returned without exchange": at most this many words from a count to
// a marker that puts it outside its event (count_outside_markers).
constexpr int max_outside_marker_words = 3;
// Words that may follow a sentence's opening place before its comma ("In St. Lucie County on
// Florida's east coast, ...").
constexpr int opening_place_words = 5, opening_division_words = 3;
// "The strikes in Tarn, the president's birthplace, killed 10": the words an aside after a
// subject's place may have, and those from the verb to the count.
constexpr int subject_aside_words = 6, subject_verb_words = 4;

// Whether the place word `w` stands at i in s, spaced: " in ".
bool place_word_at(std::string_view s, std::size_t i, const std::string& w) {
  return s[i] == ' ' && i + w.size() + 2 < s.size() && s.compare(i + 1, w.size(), w) == 0 && s[i + 1 + w.size()] == ' ';
}

// A sentence that opens on a place word of part_dimensions place, capitalised ("In Tarn, ...",
// "Across Tarn, ...", "On the island of Avon, ..."; the longest word that fits), or on one
// word and a place word ("Likewise in Calder, ..."): where what follows the place word starts
// (a name, or "the" and a division), and whether a word came first. `at` is 0 when it does not.
struct OpeningPlaceWord {
  std::size_t at = 0;
  bool after_word = false;
  std::string_view word;  // the place word, as the lexicon spells it
  const std::vector<std::string>* determiners = nullptr;
  // Where the name starts when the sentence opens on the place word itself and a capital
  // follows it ("In Tarn", "In the Tarn Valley"; not "Likewise in Tarn" or "In the morning"),
  // else 0.
  // (a determiner of part_dimensions place_determiner may come between: "In the Tarn Valley")
  std::size_t name_at(std::string_view s) const {
    if (!at || after_word || at >= s.size()) return 0;
    if (is_upper(s[at])) return at;
    for (const std::string& det : *determiners)
      if (const std::size_t name = at + det.size() + 1;
          name < s.size() && s.compare(at, det.size(), det) == 0 && s[name - 1] == ' ' && is_upper(s[name]))
        return name;
    return 0;
  }
};

// ("Only in Kerr County, 43 died": a word of part_dimensions place_focus first leaves the
// place the sentence's opening one)
OpeningPlaceWord opening_place_word(std::string_view s, const ExtractionTables& im) {
  const std::vector<std::string>& place_words = im.place_words;
  OpeningPlaceWord out;
  for (const std::string& w : place_words)
    if (!w.empty() && w.size() + 1 > out.at && s.size() > w.size() + 1 && s[w.size()] == ' ' &&
        static_cast<unsigned char>(s[0]) == std::toupper(static_cast<unsigned char>(w[0])) &&
        s.substr(1, w.size() - 1) == std::string_view(w).substr(1))
      out = {w.size() + 1, false, w, &im.place_determiners};
  if (out.at) return out;
  const std::size_t space = s.find(' ');
  if (space == std::string_view::npos) return out;
  for (const std::string& w : place_words)
    if (space + w.size() + 2 > out.at && place_word_at(s, space, w))
      out = {space + w.size() + 2, true, w, &im.place_determiners};
  if (out.at &&
      std::find(im.place_focus.begin(), im.place_focus.end(), lower(s.substr(0, space))) != im.place_focus.end())
    out.after_word = false;
  return out;
}

// What count_places reads a sentence with: where a place word, a name or an unnamed division
// stands (part_dimensions in counts.yaml: `words` introduce a place).
class PlaceScanner {
 public:
  PlaceScanner(std::string_view sentence, const ExtractionTables& tables) : s(sentence), im(tables) {}

  // "the Thai capital Bangkok", "Thailand's capital Bangkok": a country's capital named after
  // it is the place
  std::string place_at(std::size_t p) const {
    std::string place = capitalised_name_at(s, p, s.size());
    std::size_t q = p + place.size();
    q += im.possessive_at(s.substr(std::min(q, s.size())));
    if (!place.empty() && s.compare(q, 9, " capital ") == 0 && q + 9 < s.size() && is_upper(s[q + 9]))
      if (std::string capital = capitalised_name_at(s, q + 9, s.size()); !capital.empty()) return capital;
    // "died in Varno's Tesk county": the place within the one named first (not "in the New
    // Year's Day earthquake")
    if (!place.empty() && q > p + place.size() && q + 1 < s.size() && s[q] == ' ' && is_upper(s[q + 1]) &&
        !im.calendar_words.contains(place))
      if (std::string inner = capitalised_name_at(s, q + 1, s.size()); !inner.empty()) return inner;
    return place;
  }
  // "Peru and Ecuador", "Peru, Ecuador and Chile": the places coordinated with the first. A
  // list ends with "and"; names after a bare comma are an aside ("in Kerr County, Sheriff
  // Larry Leitha said"), not places.
  std::vector<std::string> places_from(std::size_t p) const {
    std::vector<std::string> out{place_at(p)};
    std::size_t q = p + out.back().size();
    std::size_t listed = 1;  // the places up to the last "and"
    while (q < s.size()) {
      std::size_t next = std::string_view::npos;
      bool closes = false;
      for (std::string_view join : {" and ", ", and ", ", "})
        if (s.compare(q, join.size(), join) == 0 && q + join.size() < s.size() && is_upper(s[q + join.size()])) {
          next = q + join.size();
          closes = join != ", ";
          break;
        }
      if (next == std::string_view::npos) break;
      out.push_back(place_at(next));
      q = next + out.back().size();
      if (closes) listed = out.size();
    }
    out.resize(listed);
    return out;
  }
  // The unnamed-place word of `unnamed_heads` at p ("state" in "the state"), its length, else 0.
  std::size_t unnamed_head_at(std::size_t p) const {
    for (const auto& head : unnamed_heads)
      if (s.compare(p, head.size(), head) == 0 &&
          (p + head.size() == s.size() || !std::isalpha(static_cast<unsigned char>(s[p + head.size()]))))
        return head.size();
    return 0;
  }
  // "Región del Tarn: 612 fallecidos", "Tarn Province: 40 dead": a line that opens on a division
  // of a country (an unnamed-place word and a capitalised name, no digit) and a colon right
  // before the count at `begin` is that division's list entry; the heading, else empty.
  std::string division_heading(std::size_t begin) const {
    constexpr int max_heading_words = 5;
    const std::size_t colon = s.find(": ");
    if (colon == std::string_view::npos || colon + 2 != begin || words_between(s, 0, colon) >= max_heading_words ||
        !is_upper(s[0]) || has_digit(s.substr(0, colon)))
      return "";
    const std::string heading = lower(s.substr(0, colon));
    for (std::size_t p = 0; p < heading.size(); p = heading.find(' ', p) + 1) {
      const bool division = std::any_of(unnamed_heads.begin(), unnamed_heads.end(), [&](const std::string& head) {
        return heading.compare(p, head.size(), head) == 0 &&
               (p + head.size() == heading.size() || heading[p + head.size()] == ' ');
      });
      if (division && std::any_of(s.begin() + 1, s.begin() + static_cast<std::ptrdiff_t>(colon),
                                  [](char c) { return is_upper(c); }))
        return std::string(s.substr(0, colon));
      if (heading.find(' ', p) == std::string::npos) break;
    }
    return "";
  }
  // "in the eastern region of Valencia", "in coastal districts of Varnia": from "the" (or
  // none), up to two lower-case words and an unnamed-place word before "of" and a capitalised
  // name; the offset of the name, else 0.
  std::size_t region_of_at(std::size_t p) const {
    if (s.compare(p, 4, "the ") == 0 || (p == 0 && s.compare(p, 4, "The ") == 0)) p += 4;
    for (int adjectives = 0; adjectives <= 2 && p < s.size(); ++adjectives) {
      if (const std::size_t n = unnamed_head_at(p); n && s.compare(p + n, 4, " of ") == 0)
        return p + n + 4 < s.size() && is_upper(s[p + n + 4]) ? p + n + 4 : 0;
      const std::size_t space = s.find(' ', p);
      if (space == std::string_view::npos || !std::islower(static_cast<unsigned char>(s[p]))) return 0;
      p = space + 1;
    }
    return 0;
  }
  // " in flooded basements in Varno" at i: a place word before lower-case words (one or two),
  // then a place word and a name; where the name starts, else 0.
  std::size_t place_after_unnamed(std::size_t i) const {
    constexpr int max_unnamed_words = 2;
    const auto word = std::find_if(words.begin(), words.end(), [&](const auto& w) { return place_word_at(s, i, w); });
    if (word == words.end()) return 0;
    std::size_t p = i + word->size() + 2;
    for (int n = 0; n < max_unnamed_words && p < s.size() && std::islower(static_cast<unsigned char>(s[p])); ++n) {
      const std::size_t space = s.find(' ', p);
      if (space == std::string_view::npos) return 0;
      const std::string_view w = s.substr(p, space - p);
      if (std::any_of(w.begin(), w.end(), [](char c) { return !std::isalpha(static_cast<unsigned char>(c)); }) ||
          im.articles.contains(lower(w)))
        return 0;
      if (const std::size_t n2 = word_at(space)) return is_upper(s[space + n2]) ? space + n2 : 0;
      p = space + 1;
    }
    return 0;
  }
  std::size_t word_at(std::size_t i) const {  // the length of " in " (or " in the ") at i, else 0
    for (const auto& w : words) {
      const std::size_t n = w.size() + 2;
      if (!place_word_at(s, i, w)) continue;
      if (is_upper(s[i + n])) return n;
      // 'three died in "Avalon"': a name in quotation marks
      for (const std::string_view quote : {"\"", "\xE2\x80\x9C", "\xC2\xAB"})
        if (s.compare(i + n, quote.size(), quote) == 0 && i + n + quote.size() < s.size() &&
            is_upper(s[i + n + quote.size()]))
          return n + quote.size();
      // "in the Andes", "in the Philippines"
      if (i + n + 4 < s.size() && s.compare(i + n, 4, "the ") == 0 && is_upper(s[i + n + 4])) return n + 4;
      // "across southern China": the part of the country is the place
      for (const auto& d : direction_words)
        if (s.compare(i + n, d.size(), d) == 0 && i + n + d.size() + 1 < s.size() && s[i + n + d.size()] == ' ' &&
            is_upper(s[i + n + d.size() + 1]))
          return n;
      if (const std::size_t name = region_of_at(i + n)) return name - i;
      if (const std::size_t name = named_division_at(i + n)) return name - i;
    }
    return 0;
  }
  // "in the neighbouring Hebei province", "in the hard-hit Kerr County": from "the", up to two
  // lower-case words and a capitalised name a division word closes (after it, or its own last
  // word); the offset of the name, else 0.
  std::size_t named_division_at(std::size_t p) const {
    if (s.compare(p, 4, "the ") != 0) return 0;
    p += 4;
    for (int adjectives = 0; adjectives < 2; ++adjectives) {
      const std::size_t space = s.find(' ', p);
      if (space == std::string_view::npos || !std::islower(static_cast<unsigned char>(s[p]))) return 0;
      p = space + 1;
      if (p >= s.size() || !is_upper(s[p])) continue;
      const std::string name = capitalised_name_at(s, p, s.size());
      if (name.empty() || names_a_time(name)) return 0;
      const std::size_t after = p + name.size();
      const bool closed =
          im.ends_on_division(name) || (after + 1 < s.size() && s[after] == ' ' && unnamed_head_at(after + 1));
      return closed ? p : 0;
    }
    return 0;
  }
  // " in the state", " in the county", " in his jurisdiction": a place the article named before,
  // unnamed here (after a determiner of part_dimensions place_determiner); a part all the
  // same, told apart from others only by these words.
  // (and after words that name no place but an unnamed one: "43 deaths for the county")
  std::string unnamed_place_at(std::size_t i, bool at_clause_end = true) const {
    for (const auto* list : {&words, &im.unnamed_place_words})
      for (const auto& w : *list) {
        const std::size_t n = w.size() + 2;
        if (!place_word_at(s, i, w)) continue;
        std::size_t d = 0;  // the determiner and its space
        for (const auto& det : im.place_determiners)
          if (i + n + det.size() + 1 < s.size() && s.compare(i + n, det.size(), det) == 0 &&
              s[i + n + det.size()] == ' ')
            d = det.size() + 1;
        if (d == 0) continue;
        // only where the clause ends: "in the district capital" names a town
        std::size_t adjective = 0, head = unnamed_head_at(i + n + d);
        // "in that hard-hit jurisdiction": one hyphenated adjective before the division word
        if (const std::size_t word = i + n + d, space = s.find(' ', word);
            !head && space != std::string_view::npos && word < s.size() && !is_upper(s[word]) &&
            s.substr(word, space - word).find('-') != std::string_view::npos) {
          head = unnamed_head_at(space + 1);
          if (head) adjective = space + 1 - word;
        }
        const std::size_t after = i + n + d + adjective + head;
        // ("300 deaths occurred in the district alone": a word of place_stresser stresses it)
        const auto clause_ends = [&](std::size_t at) {
          return at == s.size() || std::ispunct(static_cast<unsigned char>(s[at]));
        };
        const bool stressed =
            std::any_of(im.place_stressers.begin(), im.place_stressers.end(), [&](const std::string& stress) {
              return after + 1 + stress.size() <= s.size() && s[after] == ' ' &&
                     s.compare(after + 1, stress.size(), stress) == 0 && clause_ends(after + 1 + stress.size());
            });
        if (head && (clause_ends(after) || stressed || (!at_clause_end && s.compare(after, 4, " of ") != 0)))
          return std::string(s.substr(i + n, d + adjective + head));
      }
    return {};
  }
  // "in March", "in Ramadan": a capitalised name of the calendar, no place
  bool names_a_time(const std::string& name) const { return im.calendar_words.contains(name); }
  // " from the Bakhmut direction": a place that closes on one of `from_heads`.
  std::string from_place_at(std::size_t i) const {
    if (s.compare(i, 6, " from ") != 0) return {};
    std::size_t p = i + 6;
    if (s.compare(p, 4, "the ") == 0) p += 4;
    if (p >= s.size() || !is_upper(s[p])) return {};
    const std::string place = place_at(p);
    const std::size_t after = p + place.size();
    // " from the Ridge Fire": a named event's, the head part of the name
    if (closes_on(place, im.place_event_heads)) return place;
    for (const auto& head : from_heads)
      if (after + 1 + head.size() <= s.size() && s[after] == ' ' && s.compare(after + 1, head.size(), head) == 0 &&
          (after + 1 + head.size() == s.size() ||
           !std::isalpha(static_cast<unsigned char>(s[after + 1 + head.size()]))))
        return place;
    return {};
  }

 private:
  std::string_view s;
  const ExtractionTables& im;
  const std::vector<std::string>& words = im.place_words;
  const std::vector<std::string>& from_heads = im.place_from_heads;
  const std::vector<std::string>& unnamed_heads = im.place_unnamed_heads;
  const std::vector<std::string>& direction_words = im.place_directions;
};

// "The strikes in Tarn killed 10 people", "The floods in Ostrin, a river town, have killed 40":
// a sentence that opens on a subject naming its place ("The", a few words, a place word and a
// name; an aside between commas after it), then a lower-case verb a few words before its first
// count: the place of that count. "" when the sentence is not so made.
// ("Meanwhile, floods in Tarn killed seven": after a short opening phrase and its comma, a
// subject in lower case).
std::string place_of_subject(std::string_view s, std::size_t begin, const PlaceScanner& sc) {
  if (s.substr(0, begin).find_first_of("0123456789") != std::string_view::npos) return {};
  std::size_t subject = 0;
  if (!s.starts_with("The ")) {
    const std::size_t comma = s.find(", ");
    if (comma == std::string_view::npos || comma >= begin || words_between(s, 0, comma) > opening_place_words ||
        !std::islower(static_cast<unsigned char>(s[comma + 2])))
      return {};
    subject = comma + 2;
  }
  for (std::size_t i = subject + 3; i < begin && words_between(s, subject, i) <= opening_place_words; ++i) {
    const std::size_t n = sc.word_at(i);
    if (!n) continue;
    const std::string place = sc.place_at(i + n);
    std::size_t after = i + n + place.size();
    if (place.empty() || after >= begin || sc.names_a_time(place) || place.starts_with("The ")) return {};
    // "in the Sichuan province of China": its division word, and the country it is in
    if (s[after] == ' ') {
      if (const std::size_t head = sc.unnamed_head_at(after + 1)) {
        after += 1 + head;
        if (s.compare(after, 4, " of ") == 0 && after + 4 < begin && is_upper(s[after + 4]))
          after += 4 + capitalised_name_at(s, after + 4, begin).size();
      }
    }
    if (after >= begin) return {};
    if (s[after] == ',') {  // an aside about the place
      const std::size_t close = s.find(',', after + 1);
      if (close == std::string_view::npos || close >= begin || words_between(s, after, close) > subject_aside_words)
        return {};
      after = close + 1;
    }
    const bool verb_follows =
        after + 1 < begin && s[after] == ' ' && std::islower(static_cast<unsigned char>(s[after + 1]));
    return verb_follows && words_between(s, after, begin) <= subject_verb_words ? place : std::string();
  }
  return {};
}

// The place a sentence opens with, for the first count after its comma: "In St. Lucie County on
// Florida's east coast, a spate of tornadoes killed five people", "In the Syrian rebel-held
// northwest, a UN spokesperson said 255 people had died", "The mountainous region of X
// reported ...", "In Kharkiv, ...". count_places' last resort.
std::vector<std::string> opening_place(std::string_view s, std::size_t begin, const std::vector<std::size_t>& bounds,
                                       const OpeningPlaceWord& open, const PlaceScanner& sc) {
  const std::size_t at = open.at && !open.after_word ? open.at : 0;  // the name after "In ", "Across ", ...
  // "In St. Lucie County on Florida's east coast, a spate of tornadoes killed five people": a
  // sentence that opens with a place, a few words about it and a comma places the first count
  // of the clause after the comma.
  if (const std::size_t name = open.name_at(s)) {
    const std::string place = sc.place_at(name);
    const std::size_t comma = s.find(',', name + place.size());
    if (comma != std::string_view::npos && comma < begin &&
        words_between(s, name + place.size(), comma) <= opening_place_words &&
        s.substr(0, begin).find_first_of("0123456789") == std::string_view::npos &&
        same_clause(bounds, comma + 1, begin))
      return {place};
  }
  // "In the Syrian rebel-held northwest, a UN spokesperson said 255 people had died": a
  // division the sentence opens with, named by its words, places the first count after the comma.
  if (at && s.compare(at, 4, "the ") == 0) {
    std::size_t p = at + 4;
    for (int n_words = 0; n_words <= opening_division_words && p < s.size(); ++n_words) {
      if (const std::size_t n = sc.unnamed_head_at(p); n && p + n < s.size() && s[p + n] == ',') {
        if (p + n < begin && s.substr(0, begin).find_first_of("0123456789") == std::string_view::npos &&
            same_clause(bounds, p + n + 1, begin))
          return {std::string(s.substr(at, p + n - at))};
        break;
      }
      const std::size_t space = s.find(' ', p);
      if (space == std::string_view::npos || space > s.find(',', p)) break;
      p = space + 1;
    }
  }
  // "The mountainous region of X reported ...": a division named as the sentence's subject; "In
  // the hard-hit western province of X, 50 died": a division the sentence opens on.
  if (const std::size_t name = sc.region_of_at(0); name && name < begin) return {sc.place_at(name)};
  if (const std::size_t name = at ? sc.region_of_at(at) : 0; name && name < begin) return {sc.place_at(name)};
  // "In Kharkiv, ..." opening the sentence before the count.
  if (const std::size_t name = open.name_at(s)) {
    const std::string place = sc.place_at(name);
    if (name + place.size() < s.size() && s[name + place.size()] == ',' && name + place.size() < begin) return {place};
  }
  return {};
}

// "five people, including three coast guard personnel and a firefighter, died in San Remigio":
// where the count's clause goes on after an aside set off by commas that opens with a word of
// subgroup_markers (at most `max_subgroup_aside_words` words), else `end`.
std::size_t past_subgroup_aside(std::string_view s, std::size_t end, const ExtractionTables& im) {
  constexpr int max_subgroup_aside_words = 12;
  if (end + 2 >= s.size() || s[end] != ',') return end;
  const std::size_t close = s.find(',', end + 1);
  if (close == std::string_view::npos || words_between(s, end, close) > max_subgroup_aside_words) return end;
  const auto marker = im.subgroup_markers.find(s.substr(end + 1, close - end - 1));
  return !marker.empty() && marker.front().begin <= 1 ? close + 1 : end;
}

std::string place_named_before(std::string_view s, std::size_t end, const std::vector<std::string>& words);

// The places a count is limited to: one place makes it a part of the event ("killed in
// Bangkok", "In Kharkiv, 12 were injured", "in Peru 400 died"); places named together ("640
// killed in Peru and Ecuador") make it a whole that covers them. `words` introduce a place
// (part_dimensions place in counts.yaml).
std::vector<std::string> count_places(std::string_view s, std::size_t begin, std::size_t end,
                                      const std::vector<std::size_t>& bounds, const ExtractionTables& im) {
  const PlaceScanner sc(s, im);
  // After the count, within five words of its clause, before any other number ("2,900 were
  // killed and 900 died in Syria": Syria is the 900's), past an aside of who they were
  std::size_t from = past_subgroup_aside(s, end, im);
  // ("215 soldiers, of whom 108 belong to the regiment, which fought in Tarn, were freed": a
  // relative clause after the aside tells of the aside's people, not where the count was)
  if (from != end)
    if (const auto relative = im.relative_openers.find(leading_words(s.substr(from)));
        !relative.empty() && trim_view(s.substr(from, relative.front().begin)).empty())
      from = s.size();
  for (std::size_t i = from; i + 4 < s.size() && words_between(s, from, i) <= 5; ++i) {
    if (!same_clause(bounds, from, i + 1) || std::isdigit(static_cast<unsigned char>(s[i]))) break;
    if (const std::size_t n = sc.word_at(i)) return sc.places_from(i + n);
    // "two were found dead in flooded basements in Varno": a place word of no place, one or two
    // lower-case words (no article: "exploded at an airport in Norland" is the airport's
    // country), then the place, within three words of the count
    constexpr int max_words_to_unnamed = 3;
    if (words_between(s, from, i) <= max_words_to_unnamed)
      if (const std::size_t named = sc.place_after_unnamed(i)) return sc.places_from(named);
    if (std::string place = sc.from_place_at(i); !place.empty()) return {place};
    if (std::string place = sc.unnamed_place_at(i); !place.empty()) return {place};
    // "more than 100 people were killed and dozens injured there": a place named before,
    // a part told apart only by the word
    if (s.compare(i, 6, " there") == 0 &&
        (i + 6 == s.size() || (std::ispunct(static_cast<unsigned char>(s[i + 6])) && s[i + 6] != '-')))
      return {"there"};
  }
  // A place written right before the count ("while in Syria 900 died", "In Peru, 400 ...").
  // (the place word may have a few words of its own: "en el condado de Burnet fallecieron")
  constexpr int max_words_back = 8;
  const OpeningPlaceWord open = opening_place_word(s, im);
  for (std::size_t i = begin; i-- > 0 && words_between(s, i, begin) <= max_words_back;) {
    const bool opening = i == 0 && open.name_at(s) != 0;
    const std::size_t n = opening ? open.name_at(s) : sc.word_at(i);
    if (!n) continue;
    // "Likewise in Calder, three died": one word before the place word opens the sentence too
    const bool after_opening_word = i > 0 && s.find(' ') == i;
    const std::string place = sc.place_at(i + n);
    const std::size_t after = i + n + place.size();
    const bool adjacent = after + 1 == begin && s[after] == ' ';
    const bool comma = after < begin && s[after] == ',' && (opening || after_opening_word || after + 2 == begin);
    // "Among the dead in Kerr County were 28 children": the place, a copula, the count; "en el
    // condado de Burnet fallecieron dos personas": the place, the verb of a figure, the count;
    // "the toll of the quake in Tarn rose to 40": the place, a tally link (count_tally_links);
    // "En la localidad de Tarn se registraron 10 muertos": a verb of count_place_report_verbs
    const std::string_view gap = after < begin ? trim_view(s.substr(after, begin - after)) : std::string_view();
    const auto verbs = gap.empty() ? std::vector<grammars::PhraseMention>() : im.properties.find(gap);
    const bool copula = !gap.empty() && s[after] == ' ' && s[begin - 1] == ' ' &&
                        (im.predicate_copulas.contains(lower(gap)) || im.tally_links.contains(lower(gap)) ||
                         im.place_report_verbs.contains(lower(gap)) ||
                         std::any_of(verbs.begin(), verbs.end(), [&](const grammars::PhraseMention& p) {
                           return p.begin == 0 && p.end == gap.size();
                         }));
    if ((adjacent || comma || copula) && (opening || after_opening_word || same_clause(bounds, i + 1, begin)))
      return {place};
    break;
  }
  // "In Tarn alone, 118 died, while in Varno officials count 41 dead": a clause that a contrast
  // word (count_contrast_words) opens on a place tells that place's figures, not the place the
  // sentence opened on
  // (looked for from the count's clause on, a few bytes before it for the word that opens it:
  // never the whole sentence before each count)
  std::size_t clause = 0;
  for (const std::size_t b : bounds)
    if (b <= begin) clause = std::max(clause, b);
  constexpr std::size_t opener_bytes = 32;
  std::size_t opens = clause > opener_bytes ? s.rfind(' ', clause - opener_bytes) : 0;
  if (opens == std::string_view::npos) opens = 0;
  if (const auto contrasts = im.contrast_words.find(s.substr(opens, begin - opens)); !contrasts.empty()) {
    const std::size_t at = opens + contrasts.back().end;
    if (const std::size_t n = at < begin ? sc.word_at(at) : 0; n && same_clause(bounds, at + 1, begin))
      if (std::string place = sc.place_at(at + n);
          !place.empty() && at + n + place.size() < begin && !im.calendar_words.contains(place))
        return {place};
  }
  // "Office workers ran into the streets in the town when the shaking started, causing 25
  // injuries": a count right after a consequence participle is of the division its main clause
  // names ("in the town", not "in the town of Ostrin")
  for (const auto& participle : im.place_consequences) {
    const std::string marker = ", " + participle + " ";
    const std::size_t at = begin >= marker.size() ? s.rfind(marker, begin - marker.size()) : std::string_view::npos;
    if (at == std::string_view::npos || words_between(s, at + marker.size(), begin) > 2) continue;
    for (std::size_t i = 0; i < at; ++i)
      if (std::string place = sc.unnamed_place_at(i, false); !place.empty()) return {place};
    // ("trees fell into two homes in Avon County, causing two deaths": the one name of its sentence
    // before the comma; "battered Tarn after wreaking destruction across Avon, leaving five dead"
    // names two places, and the figure may be either's)
    if (std::string place = place_named_before(s.substr(0, at), at, im.place_words); !place.empty()) {
      const std::size_t named = s.rfind(place, at);
      const std::size_t first_word_end = std::min(s.find(' '), named);
      const std::string_view before = s.substr(first_word_end, named - first_word_end);
      if (std::none_of(before.begin(), before.end(), [](char c) { return is_upper(c); })) return {place};
    }
  }
  if (std::string heading = sc.division_heading(begin); !heading.empty()) return {heading};
  return opening_place(s, begin, bounds, open, sc);
}

// The count just before a count at `begin` in its sentence when only "and" or a comma stands
// between them ("28 children and 30 adults"), else null. With `of_phrase`, the first count's
// noun may be followed by what it is of ("four soldiers of the 12th Brigade and five of the
// 15th"): a short phrase without a comma or a verb of the lexicon's properties.
const Claim* coordinated_count(const Extraction& x, const SentenceView& scan, std::size_t begin,
                               bool of_phrase = false) {
  const Claim* prev = x.previous_count(scan);
  if (!prev || x.sites.empty()) return nullptr;
  const std::size_t from = std::min(x.sites.back().end, begin);
  const std::string_view between = trim_view(scan.text.substr(from, begin - from));
  if (between == "and" || between == "," || between == ", and") return prev;
  constexpr int max_of_phrase_words = 8;
  if (of_phrase && between.starts_with("of ") && between.ends_with(" and") &&
      between.find_first_of(",;:.()") == std::string_view::npos &&
      scan.words_between(from, begin) <= max_of_phrase_words + 1 &&
      scan.phrases(x.tables.properties, from, begin).empty())
    return prev;
  return nullptr;
}

// The number of a share written before a whole ("Sixty-six of 85 injured"), when there is one.
std::optional<g::QualifiedNumber> share_before(const Extraction& x, const SentenceView& scan,
                                               const g::CountMention& whole) {
  const std::string_view text = scan.text;
  const std::size_t of = text.rfind(" of ", whole.begin);
  if (of == std::string_view::npos || of + 4 > whole.begin || words_between(text, of + 4, whole.begin) > 1)
    return std::nullopt;
  // Try the word starts before " of", nearest first, until a number ends exactly there.
  std::size_t start = of;
  for (int words = 0; words < 4 && start > 0; ++words) {
    --start;
    while (start > 0 && text[start - 1] != ' ') --start;
    auto number = x.tables.counts.numbers().parse_qualified_at(text, start);
    if (!number || number->end != of) continue;
    if (number->number.value <= 1 || number->number.vague) return std::nullopt;
    return number;
  }
  return std::nullopt;
}

std::optional<std::pair<Claim, ClaimSite>> part_before(const Extraction& x, const SentenceView& scan,
                                                       const g::CountMention& whole, const Claim& whole_claim,
                                                       const std::string& status) {
  if (const auto number = share_before(x, scan, whole)) {
    Claim c = x.base_claim(scan, number->begin, whole.end);
    c.kind = ClaimKind::count;
    // "Sixty-six of 85 injured were hospitalised": the status is the share's, not the whole's
    c.property = status.empty() ? whole_claim.property.str() : status;
    c.qualifier = number->qualifier;
    c.location = whole_claim.location;
    CountValue v;
    v.value = number->number.value;
    v.value_hi = number->number.value_hi;
    v.lo = number->interval.lo;
    v.hi = number->interval.hi;
    c.value = v;
    c.explain.push_back("a part of the " + format_count(whole.value) + " written after it");
    // "all but three of the 29 people who died were patients": the exception, no figure of them
    for (const auto& e : scan.phrases(x.tables.exception_markers, 0, number->begin))
      if (e.end <= number->begin && scan.words_between(e.end, number->begin) == 0)
        c.not_event = "the exception to what the sentence says of the rest ('" +
                      std::string(scan.text.substr(e.begin, e.end - e.begin)) + "'), not a figure of it";
    return std::make_pair(std::move(c), ClaimSite{number->begin, whole.end, number->begin});
  }
  return std::nullopt;
}

// The property of the latest count in the three sentences before, for a subgroup that opens
// its own sentence ("Among those released are three women").
std::string recent_count_property(const Extraction& x, const SentenceView& scan) {
  for (auto it = x.out.claims.rbegin(); it != x.out.claims.rend(); ++it) {
    if (it->kind != ClaimKind::count) continue;
    if (it->sentence + 3 < scan.index) break;
    if (it->sentence < scan.index) return it->property;
  }
  return "";
}

// "3,400 were evacuated, among them 620 children", "In particular, 27 defenders of the city",
// "Among the 240 freed on Sunday were 52 inmates serving life terms", "They included 121 who
// had been serving life sentences": a part of a count told before it. Returns the whole's
// property ("" when none was found), or nullopt when the count is no subgroup.
std::optional<std::string> subgroup_whole(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                                          const std::string& verb) {
  const ExtractionTables& im = x.tables;
  bool subgroup = !m.defined_by.empty();  // a defining clause names a part, whatever the words before
  for (const auto& g : scan.phrases(im.subgroup_markers, 0, m.begin)) {
    // right after the marker, not in a clause after the group it names ("including children,
    // while 90 people are still unaccounted for"); a comma may follow the marker itself
    std::string_view right_after = trim_view(scan.text.substr(g.end, m.begin - g.end));
    if (right_after.starts_with(",")) right_after.remove_prefix(1);
    if (scan.words_between(g.end, m.begin) <= 2 && !has_joint(right_after, {",", ";", " while "})) subgroup = true;
    // the next item of a short list after the marker: "The deaths include two firefighters
    // and two people who ..."
    // Not across a predicate: "including 28 children, have been confirmed dead, more than 40
    // remain missing" is a figure of its own.
    // ("Tra i liberati ci sono 82 soldati semplici e sergenti e 21 ufficiali": the language's
    // conjunction, count_conjunctions, and a group of a few words)
    constexpr int max_list_words = 8;
    const std::string_view between = trim_view(scan.text.substr(g.end, m.begin - g.end));
    const std::string_view last = last_word(between);
    const std::size_t space = between.rfind(' ');
    // (", and more than 50 injured" after "13 dead, including three children": the aside closed)
    const bool closed = space != std::string_view::npos && space > 0 && between[space - 1] == ',';
    if (scan.words_between(g.end, m.begin) <= max_list_words &&
        ((im.conjunctions.contains(lower(last)) && !closed) || between.ends_with(",")) &&
        scan.phrases(im.properties, g.end, m.begin).empty())
      subgroup = true;
  }
  // a sentence that opens with the whole and names the part after a copula
  // (an adverb may stand after it: "Among those released are also four ...")
  std::string_view head = scan.text.substr(0, m.begin);
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  if (lower(head.substr(head.size() - std::min<std::size_t>(head.size(), 5))) == " also") head.remove_suffix(5);
  // (a copula of the language's count_subset_copulas: "were", "ci sono")
  const bool copula = head.find(' ') != std::string_view::npos && im.subset_copulas.contains(lower(last_word(head)));
  for (const auto& g : scan.phrases(im.subgroup_openers, 0, m.begin))
    if (opens_sentence(scan.text, g.begin) && copula && x.previous_count(scan)) subgroup = true;
  // "Among the dead in Kerr County were 28 children": a marker opening the sentence that
  // names the whole's property itself, the part after a copula
  std::string named_whole;
  for (const auto& g : scan.phrases(im.subgroup_markers, 0, m.begin)) {
    if (!opens_sentence(scan.text, g.begin) || !copula || !same_clause(scan.bounds, g.end, m.begin)) continue;
    for (const auto& p : scan.phrases(im.properties, g.begin, g.end)) named_whole = p.value;
    // "Among the victims were 40 women": a noun that is itself a figure (victims: killed)
    for (const auto& p : scan.phrases(im.people_groups, g.begin, g.end))
      if (!im.properties.find(p.value).empty()) named_whole = p.value;
  }
  // "31 injured, with the dead including 112 women": the word right before a marker names
  // the whole, not the count before it
  for (const auto& g : scan.phrases(im.subgroup_markers, 0, m.begin)) {
    if (scan.words_between(g.end, m.begin) > 2) continue;
    for (const auto& p : scan.phrases(im.properties, 0, g.begin))
      if (scan.words_between(p.end, g.begin) == 0 && same_clause(scan.bounds, p.begin, m.begin)) named_whole = p.value;
  }
  if (!named_whole.empty()) return named_whole;
  // "... were 28 children and 30 adults": a group coordinated with a part is a part of the
  // same whole, when both name groups of one dimension (children, adults); so is a count of
  // people the same verb governs ("The deaths include two firefighters and two people who were
  // killed when ..."), but not one with a verb of its own ("and 270 soldiers were released")
  if (const Claim* prev = coordinated_count(x, scan, m.begin, /*of_phrase=*/true)) {
    const auto slash = prev->property.find('/');
    const auto dimension = [&](const std::string& group) {
      const auto found = im.part_values.find(group);
      return found == im.part_values.end() ? std::string() : found->second;
    };
    const std::string whole = slash == std::string::npos ? "" : prev->property.substr(0, slash);
    if (slash != std::string::npos && !m.category.empty() && !dimension(m.category).empty() &&
        dimension(m.category) == dimension(prev->property.substr(slash + 1)))
      return whole;
    if (!whole.empty() && (m.category.empty() || m.category == "people") && (verb.empty() || verb == whole))
      return whole;
  }
  if (!subgroup) return std::nullopt;
  std::string parent;
  if (const Claim* prev = x.previous_count(scan)) {
    parent = prev->property;
    // "13 are dead and dozens more are missing, including more than 20 children": a figure
    // named after the count before it (one the grammar does not read as a count) is the whole
    if (!x.sites.empty() && x.sites.back().end < m.begin)
      for (const auto& p : scan.phrases(im.properties, x.sites.back().end, m.begin))
        if (p.value != "released") parent = p.value;
  }
  // "Among the prisoners released, 120 were serving life sentences", "Of the 9,000 still held,
  // 300 ...": the whole's verb earlier in the sentence, when no count of it was read; so for a
  // marked part ("crews looked for the people still missing - among them eight children"): its own
  // sentence names its whole, not a count of a sentence before
  if (parent.empty())
    for (const auto& p : scan.phrases(im.properties, 0, m.begin))
      if (!m.defined_by.empty() || p.value != "released") parent = p.value;
  if (parent.empty()) parent = recent_count_property(x, scan);
  if (parent.empty()) parent = verb;
  return parent;
}

// "prisoners", "people", "POWs" (released_nouns): a noun that names everyone a swap moved.
// A demonym ("180 Ukrainians") names everyone of a side; in a mixed group ("prisoners of war
// and civilians") one such noun is enough.
// The categories a coordinated noun names ("combatants and civilians": military, civilians),
// when every part of it is a category of people; else none.
std::vector<std::string> groups_named(const ExtractionTables& t, std::string_view noun) {
  std::vector<std::string> groups;
  while (!noun.empty()) {
    const std::size_t and_at = noun.find(" and ");
    const std::string_view part = noun.substr(0, and_at);
    const auto found = t.people_groups.find(part);
    if (found.empty() || found.front().begin != 0 || found.front().end != part.size()) return {};
    groups.push_back(found.front().value);
    if (and_at == std::string_view::npos) break;
    noun.remove_prefix(and_at + 5);
  }
  if (groups.size() < 2) return {};
  return groups;
}

bool names_everyone(const ExtractionTables& t, std::string_view noun) {
  // "soldiers and civilians", "prisoners and civilians": groups named together cover everyone
  // when each is everyone or a group of people (a category of count_categories).
  const std::size_t and_at = noun.find(" and ");
  if (and_at != std::string_view::npos) {
    const auto group = [&](std::string_view part) {
      if (names_everyone(t, part)) return true;
      const auto found = t.people_groups.find(part);
      return !found.empty() && found.front().begin == 0 && found.front().end == part.size();
    };
    return group(noun.substr(0, and_at)) && group(noun.substr(and_at + 5));
  }
  const auto found = t.released_nouns.find(noun);
  if (!found.empty() && found.front().end == noun.size()) return true;
  const auto side = t.demonyms.find(noun);
  return !side.empty() && side.front().begin == 0 && side.front().end == noun.size();
}

// "All 215 freed men are privates and sergeants": a count said to be of one
// category of people (sexes aside) counts that category.
void said_to_be(const Extraction& x, const SentenceView& scan, const g::CountMention& m, Claim& c) {
  if (c.property != "people" && c.property != "released" && c.property.rfind("released/", 0) != 0) return;
  const std::string_view after = scan.text.substr(m.end);
  std::size_t from = 0;
  for (const std::string_view copula : {" are ", " were "})
    if (lower(after.substr(0, copula.size())) == copula) from = copula.size();
  if (from == 0) return;
  // up to the end of the clause: lowering the rest of the sentence for each count cost its square
  const std::string rest = lower(after.substr(0, after.find_first_of(".;:")));
  if (rest.compare(from, 4, "all ") == 0) from += 4;
  const std::size_t end = std::min(rest.find_first_of(".;:", from), rest.size());
  std::set<std::string> categories;
  std::size_t covered = from;
  for (const auto& g : x.tables.people_groups.find(std::string_view(rest).substr(from, end - from))) {
    const std::string between = rest.substr(covered, from + g.begin - covered);
    if (between.find_first_not_of(" ,and") != std::string::npos) return;  // only a list of groups
    covered = from + g.end;
    if (g.value != "men" && g.value != "women") categories.insert(g.value);
  }
  if (covered == from || categories.size() != 1 || *categories.begin() == "people") return;
  c.property = *categories.begin();
  c.explain.push_back("counts " + c.property + ": said to be '" + rest.substr(from, covered - from) + "'");
}

// "nine officers and 268 privates": items of one list that fall into one category count
// different groups, each its own figure (military/officers, military/privates).
void distinguish_list_items(Extraction& x, const SentenceView& scan, const g::CountMention& m, Claim& c) {
  if (x.out.claims.empty() || m.noun.empty()) return;
  Claim& prev = x.out.claims.back();
  const ClaimSite& at = x.sites.back();
  if (prev.kind != ClaimKind::count || prev.sentence != scan.index || prev.property != c.property) return;
  if (!prev.side.empty() && !c.side.empty() && prev.side != c.side) return;  // "180 Ukrainians and 180 Russians"
  if (at.end > m.begin) return;
  // Only groups of a specific category ("officers and privates" are both military): two
  // counts of people joined by ", and" are two clauses, not two groups.
  const std::string& shared = c.property;
  if (shared == "released" || shared == "people" || shared == "count" || shared.find('/') != std::string::npos) return;
  const std::string between = lower(scan.text.substr(at.end, m.begin - at.end));
  if (between != " and " && between != ", ") return;
  const std::size_t noun_at = prev.text.rfind(' ');
  const std::string prev_noun = noun_at == std::string::npos ? "" : lower(prev.text.substr(noun_at + 1));
  const std::string noun = lower(m.noun);
  if (prev_noun.empty() || prev_noun == noun) return;
  const std::string base = c.property;
  prev.property = base + "/" + prev_noun;
  c.property = base + "/" + noun;
  prev.explain.push_back("one group of a list (" + base + "): " + prev_noun);
  c.explain.push_back("one group of a list (" + base + "): " + noun);
}

// "Each side released 185 prisoners of war, and an additional 20 civilians were freed": the
// count before an addition is one part of what was released, not all of it. An addition of
// another kind ("Two victims died in Pike County, where an additional six were missing")
// adds nothing to it.
void mark_addition(Extraction& x, const SentenceView& scan, const g::CountMention& m, const Claim& c) {
  if (x.out.claims.empty()) return;
  // the words right before the number (longer than the longest below), not the whole sentence
  constexpr std::size_t longest = 16;
  const std::size_t from = m.number_begin > longest ? m.number_begin - longest : 0;
  const std::string before = (from == 0 ? " " : "") + lower(scan.text.substr(from, m.number_begin - from));
  bool addition = false;
  for (const char* word : {" an additional ", " additional ", " a further ", " plus ", " in addition, "})
    if (before.size() >= std::strlen(word) &&
        before.compare(before.size() - std::strlen(word), std::string::npos, word) == 0)
      addition = true;
  if (!addition) return;
  Claim& prev = x.out.claims.back();
  if (prev.kind != ClaimKind::count || prev.sentence != scan.index || prev.property.find('/') != std::string::npos)
    return;
  const auto& verbs = x.tables.verb_properties;
  if (prev.property != c.property && verbs.count(prev.property) > 0 && verbs.count(c.property) > 0) return;
  // the words after its number ("Another three victims": "victims", not "three victims")
  std::string_view written = prev.text;
  for (const auto& a : x.tables.additives.find(written))
    if (a.begin == 0) written = trim_view(written.substr(a.end));
  const std::size_t noun_at = written.find(' ');
  const std::string noun = noun_at == std::string::npos ? "" : lower(written.substr(noun_at + 1));
  if (noun.empty()) return;
  prev.explain.push_back("one part of those released: an addition follows it ('" +
                         std::string(scan.text.substr(x.sites.back().end, m.number_begin - x.sites.back().end)) + "')");
  prev.property += "/" + noun;
}

// Why a count next to an event word is not that event's figure: a plan ("the swap would
// involve 120 from each side") or people released outside it ("15 were released outside the
// exchange"). "" when it is the event's.
std::string not_the_events(const Extraction& x, const SentenceView& scan, std::size_t mention,
                           const g::CountMention& m) {
  const auto& e = x.out.events[mention];
  for (const auto& p : scan.phrases(x.tables.outside_markers, m.end))
    if (scan.words_between(m.end, m.end + p.begin) <= max_outside_marker_words)
      return "released outside the " + e.type + " ('" +
             std::string(scan.text.substr(m.end + p.begin, p.end - p.begin)) + "'), not its figure";
  if (e.type == "agreement" || e.local_end > m.begin) return "";
  for (const auto& f : scan.phrases(x.tables.future_markers, e.local_end, m.begin))
    if (same_clause(scan.bounds, e.local_end + f.end, m.begin))
      return "a planned figure ('" + std::string(scan.text.substr(e.local_end + f.begin, f.end - f.begin)) +
             "'), not what the " + e.type + " did";
  return "";
}

// Words allowed from a superlative's reference ("since 1960") to the relative clause after it,
// from a superlative without one to a year that takes its place ("the deadliest quake in the
// region since the 1999 quake near the coast, which ..."), and from the clause's opener to its count.
constexpr int reference_tail_words = 8, year_tail_words = 12, relative_to_count_words = 6;

// "the largest quake since 1960, when at least 12,000 died": a count in a relative clause right
// after a superlative's reference tells of the event compared with; why, else empty.
std::string compared_event_figure(const Extraction& x, const SentenceView& scan, const g::CountMention& m) {
  for (const auto& s : scan.superlatives) {
    if (s.end > m.begin) continue;
    const bool reference = s.since_year || !s.since_event.empty() || s.of_scope || !s.lookback.empty();
    for (const auto& r : scan.phrases(x.tables.reference_relatives, s.end, m.begin)) {
      const std::size_t opener = s.end + r.begin, after = s.end + r.end;
      const std::string_view tail = scan.text.substr(s.end, opener - s.end);
      const int tail_words = scan.words_between(s.end, opener);
      if (!trim_view(tail).ends_with(",") || scan.words_between(after, m.begin) > relative_to_count_words ||
          !(reference ? tail_words <= reference_tail_words + 1
                      : tail_words <= year_tail_words + 1 && has_four_digits(tail)))
        continue;
      std::string_view compared = trim_view(scan.text.substr(s.begin, opener - s.begin));
      compared.remove_suffix(1);  // the comma
      return "a figure of the event the superlative compares with ('" + std::string(compared) + "'), not this one";
    }
  }
  // "... since the massacre at a school in Connecticut, when a gunman shot dead 26 people": the
  // same relative clause after a reference the superlative grammar did not read
  for (std::size_t since = scan.text.find(" since the "); since != std::string_view::npos && since < m.begin;
       since = scan.text.find(" since the ", since + 1)) {
    const std::size_t from = since + 11;
    for (const auto& r : scan.phrases(x.tables.reference_relatives, from, m.begin)) {
      const std::size_t opener = from + r.begin, after = from + r.end;
      if (!trim_view(scan.text.substr(from, opener - from)).ends_with(",") ||
          scan.words_between(from, opener) > reference_tail_words + 1 ||
          scan.words_between(after, m.begin) > relative_to_count_words)
        continue;
      std::string_view compared = trim_view(scan.text.substr(since, opener - since));
      compared.remove_suffix(1);
      return "a figure of the event the text compares with ('" + std::string(compared) + "'), not this one";
    }
  }
  return "";
}

// "two earthquakes killed 40", "the 921 earthquake killed 2,415": a number right before an
// event word counts events, or names one (a date read as a name), never people.
bool counts_events(const ExtractionTables& im, const SentenceView& scan, const g::CountMention& m) {
  std::size_t at = m.number_end;
  while (at < scan.text.size() && scan.text[at] == ' ') ++at;
  if (at == m.number_end || at >= scan.text.size()) return false;
  const std::string_view rest = scan.text.substr(at);
  // the noun the grammar took is the event word itself, or a verb after it ("the 921
  // earthquake killed"), not a noun it modifies ("94 flood victims", "storm-related deaths")
  const std::string noun = lower(m.noun);
  const auto verb = im.properties.find(noun);
  const bool noun_is_verb = !verb.empty() && verb.front().begin == 0 && verb.front().end == noun.size();
  for (const auto& e : im.triggers.find(rest)) {
    if (e.begin != 0 || (e.end < rest.size() && rest[e.end] != ' ' && rest[e.end] != ',' && rest[e.end] != '.'))
      continue;
    if (noun.empty() || noun == lower(rest.substr(0, e.end)) || noun_is_verb) return true;
  }
  return false;
}

// "One soldier, 23, ...": one named person, not a figure anyone reports differently; but "One
// woman was killed" is a toll of one.
bool lone_person(const ExtractionTables& im, const SentenceView& scan, const g::CountMention& m) {
  if (m.value != 1 || m.value_hi || m.qualifier != Qualifier::exact || m.listed) return false;  // "and one in Taiwan"
  std::size_t after = m.end;
  while (after < scan.text.size() && (scan.text[after] == ',' || scan.text[after] == ' ')) ++after;
  const bool age =
      after > m.end && after < scan.text.size() && std::isdigit(static_cast<unsigned char>(scan.text[after]));
  // "One woman was killed", "One woman, 67, was killed": a toll of one. After the age
  // aside, the predicate may follow.
  std::size_t from = m.end;
  if (age) {
    const std::size_t close = scan.text.find(',', after);
    if (close != std::string_view::npos && scan.words_between(after, close) <= 1) from = close + 1;
  }
  bool predicate = false;
  for (const auto& p : scan.phrases(im.properties, from))
    if (p.value != "released" && scan.words_between(from, from + p.begin) <= 2) predicate = true;
  return !predicate;
}

// "saved 40 lives", "rescued 9 victims": a number whose noun is itself a figure (a toll) but
// whose verb, just before it in its clause, is another figure counts what the verb did. Not
// for released and held: "freed 5 wounded" are wounded people freed, counted as such.
std::optional<grammars::PhraseMention> other_figure_before(const ExtractionTables& im, const SentenceView& scan,
                                                           const g::CountMention& m) {
  if (m.category.empty() || im.properties.find(m.category).empty()) return std::nullopt;
  std::optional<grammars::PhraseMention> nearest;
  for (const auto& p : scan.phrases(im.properties, 0, m.begin))
    if (p.end <= m.begin && scan.words_between(p.end, m.begin) <= 3 && same_clause(scan.bounds, p.end, m.begin))
      nearest = p;
  if (!nearest) return std::nullopt;
  // the verb governs the number, not a coordinated figure before it ("30 dead and 200 injured")
  // ("three are dead with three missing")
  const std::string_view between = scan.text.substr(nearest->end, m.begin - nearest->end);
  if (has_joint(between, {",", ";", " and ", " or ", " but ", " with "})) return std::nullopt;
  // ("700 muertos y 1.430 heridos": the language's conjunction, count_conjunctions)
  if (im.has_conjunction(between)) return std::nullopt;
  if (nearest->value == m.category || nearest->value == "released" || nearest->value == "held") return std::nullopt;
  return nearest;
}

// "15 suspected disaster-related deaths": a word inside the noun before a figure noun that makes
// it another figure (count_figure_qualifiers), the nearest to the noun; else empty.
std::string qualified_figure(const ExtractionTables& im, const SentenceView& scan, const g::CountMention& m) {
  if (m.category.empty() || im.properties.find(m.category).empty() || m.end <= m.number_end) return "";
  std::string found;
  for (const auto& p : scan.phrases(im.figure_qualifiers, m.number_end, m.end)) found = p.value;
  return found;
}

// "investigating the possible deaths of two people": a figure qualifier right before the noun of
// the verb `verb` that governs the count (a few words before it, in its clause); its value
// (count_figure_qualifiers: suspected), else empty.
std::string hedged_verb(const ExtractionTables& im, const SentenceView& scan, const g::CountMention& m,
                        const std::string& verb) {
  constexpr int max_words_to_count = 3;
  if (verb.empty()) return "";
  for (const auto& p : scan.phrases(im.properties, 0, m.number_begin)) {
    if (p.value != verb || scan.words_between(p.end, m.number_begin) > max_words_to_count ||
        !same_clause(scan.bounds, p.end, m.number_begin))
      continue;
    for (const auto& q : scan.phrases(im.figure_qualifiers, 0, p.begin))
      if (q.end <= p.begin && scan.words_between(q.end, p.begin) == 0) return q.value;
  }
  return "";
}

// "Quake kills 2,100" over a body's "at least 2,122", "200 Killed in Floods" over "at least 204":
// a headline writes a large figure at two significant digits. A figure of 100 or more written
// at two significant digits, exact in a headline, stands for [N - u/2, N + u) with u the unit of
// its second digit (2,100: 2,050 to 2,199); one with a single digit before its zeros is rounded
// at that digit ("In Exchange for 300 Prisoners" over "369 prisoners": 300 is 250 to 399).
void rounded_headline_figure(const Extraction& x, const SentenceView& scan, const g::CountMention& m, Claim& c) {
  if (x.doc.sentences[scan.index].part != PagePart::headline || m.qualifier != Qualifier::exact || m.vague ||
      m.value_hi || m.value < 100 || std::fmod(m.value, 10) != 0)
    return;
  double unit = 1;
  while (unit * 100 <= m.value) unit *= 10;            // 2,100 -> 100; 12,000 -> 1,000
  if (std::fmod(m.value, unit) != 0) return;           // 12,300 keeps three digits: written as it is
  if (std::fmod(m.value, unit * 10) == 0) unit *= 10;  // 300, 2,000: one digit before the zeros
  auto& v = std::get<CountValue>(c.value);
  v.lo = m.value - unit / 2;
  v.hi = m.value + unit - 1;
  c.explain.push_back("a round figure in a headline: read as " + format_count(v.lo) + " to " + format_count(v.hi));
}

// "23 workers have been freed. Here's what to know": a headline line that heads a summary of the
// story so far (count_summary_headlines) gives running totals, not one day's figures.
void summary_headline_figure(const Extraction& x, const SentenceView& scan, Claim& c) {
  const auto& sentences = x.doc.sentences;
  if (sentences[scan.index].part != PagePart::headline) return;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    if (sentences[i].paragraph != sentences[scan.index].paragraph || sentences[i].part != PagePart::headline) continue;
    const std::string text = lower(x.sentences[i].text);
    for (const auto& marker : x.tables.summary_headlines)
      if (text.find(marker) != std::string::npos) {
        c.running = true;
        if (c.scope == Scope::unspecified) c.scope = Scope::cumulative;
        c.explain.push_back("a running total: its headline heads a summary of the story so far ('" + marker + "')");
        return;
      }
  }
}

// "At least 233 people were killed and 900 were injured", "al menos 300 muertos y 820 heridos": a
// lower bound or an approximation opening a coordination of figures (count_conjunctions, no
// count_contrast_words) bounds the next one too (as "at least" or "about": "more
// than 900" would exclude the 900 another source gives).
void distribute_bound(const Extraction& x, const SentenceView& scan, const g::CountMention& m, Claim& c) {
  if (m.qualifier != Qualifier::exact || m.vague || m.value_hi) return;
  const Claim* prev = x.previous_count(scan);
  if (!prev || prev->sentence != c.sentence) return;
  Qualifier carried;
  switch (prev->qualifier) {
    case Qualifier::more_than:
    case Qualifier::at_least: carried = Qualifier::at_least; break;
    case Qualifier::about:
    case Qualifier::nearly: carried = Qualifier::about; break;
    default: return;
  }
  const auto index = static_cast<std::size_t>(prev - x.out.claims.data());
  const std::size_t from = x.sites[index].end;
  if (from > m.begin) return;
  const std::string_view between = scan.text.substr(from, m.begin - from);
  if (!x.tables.has_conjunction(between) || has_joint(between, {",", ";"}) ||
      !scan.phrases(x.tables.contrast_words, from, m.begin).empty() || scan.words_between(from, m.begin) > 5 ||
      std::any_of(between.begin(), between.end(), [](char ch) { return is_digit(ch); }))
    return;
  grammars::NumberMatch number;
  number.value = m.value;
  const auto interval = grammars::lower_qualifier(carried, number);
  c.qualifier = carried;
  auto& v = std::get<CountValue>(c.value);
  v.lo = interval.lo;
  v.hi = interval.hi;
  c.explain.push_back("'" + std::string(to_string(prev->qualifier)) + "' of the figure before it bounds this one too");
}

// "six elderly women", "three young children": a lower-case word between the number and the
// noun of a group a whole breaks down into (part_dimensions) narrows the group. Its figure is
// a group of its own, never compared with the group's ("24 women" freed by one side, "six
// elderly women" by the other). Words that add to a group ("5 more women") or name it do not.
void narrow_group(const ExtractionTables& im, const SentenceView& scan, const g::CountMention& m, Claim& c) {
  if (m.category.empty() || c.property != m.category || m.noun.empty() || !im.part_values.contains(m.category) ||
      m.partitive || m.end < m.noun.size())
    return;
  const std::size_t noun_at = m.end - m.noun.size();
  if (noun_at <= m.number_end || scan.text.compare(noun_at, m.noun.size(), m.noun) != 0) return;
  std::string_view between = trim_view(scan.text.substr(m.number_end, noun_at - m.number_end));
  while (!between.empty()) {
    const std::size_t space = between.find(' ');
    const std::string_view word = between.substr(0, space);
    between = space == std::string_view::npos ? std::string_view() : trim_view(between.substr(space));
    const bool plain = std::all_of(word.begin(), word.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    if (word == "of" || word == "the") return;  // "four of the women": no adjective
    if (word.empty() || !plain) continue;
    // "9 other women" adds to the group; "51 civilian Ukrainians" names it
    bool known = false;
    for (const auto* words : {&im.additive_followers, &im.people_groups})
      for (const auto& f : words->find(word)) known = known || (f.begin == 0 && f.end == word.size());
    if (known) continue;
    c.property = std::string(word) + " " + m.category;
    c.explain.push_back("'" + std::string(word) + "' narrows the group: " + c.property + ", not all " + m.category);
    return;
  }
}

// A verb before the count governs it ("killing at least 1,000 people"); after it, only
// a participle of the same predicate ("1,000 people were killed"), not the next verb
// of a coordination ("killing 1,000 people and injuring 2,300").
// "23 children who were attending the camp, a church camp, are still missing", "18 children
// attending the camp are unaccounted for": a count's noun told who they are (a relative clause
// or a participle right after it, then perhaps an aside in commas) before its own predicate.
// Where that predicate's figure word may start (after the copula and "still"), else npos.
std::size_t predicate_after_modifiers(const ExtractionTables& im, const SentenceView& scan, std::size_t from) {
  const std::string_view text = scan.text;
  std::vector<std::pair<std::size_t, std::size_t>> words;  // [begin, end) of each word after the count
  for (std::size_t i = from; i < text.size() && words.size() < 18;) {
    const char ch = text[i];
    if (std::isdigit(static_cast<unsigned char>(ch)) || ch == ';' || ch == ':' || ch == '.') break;  // another figure
    if (!std::isalpha(static_cast<unsigned char>(ch))) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() &&
           (std::isalpha(static_cast<unsigned char>(text[end])) || text[end] == '-' || text[end] == '\''))
      ++end;
    words.emplace_back(i, end);
    i = end;
  }
  if (words.size() < 4) return std::string_view::npos;
  const auto word = [&](std::size_t k) { return lower(text.substr(words[k].first, words[k].second - words[k].first)); };
  const std::string opener = word(0);
  const bool modifier = im.defining_links.count(opener) || (opener.size() > 5 && opener.ends_with("ing"));
  if (!modifier || !trim_view(text.substr(from, words[0].first - from)).empty()) return std::string_view::npos;
  for (std::size_t k = 2; k + 1 < words.size(); ++k) {
    if (word(k - 1) == "and" || !im.predicate_copulas.count(word(k))) continue;
    std::size_t next = k + 1;
    if (im.predicate_adverbs.count(word(next)) && next + 1 < words.size()) ++next;
    return words[next].first;
  }
  return std::string_view::npos;
}

// "1,500 injured victims": the figure a word between the number and the head of its noun
// names, when the head is itself a figure (victims: killed) and the word another one.
std::string figure_in_noun(const ExtractionTables& im, const SentenceView& scan, const g::CountMention& m) {
  if (m.category.empty() || m.noun.empty() || im.properties.find(m.category).empty()) return "";
  const std::string words = lower(scan.text.substr(m.number_end, m.end - m.number_end));
  const std::size_t head = words.rfind(lower(m.noun));
  if (head == std::string::npos) return "";
  for (const auto& p : im.properties.find(std::string_view(words).substr(0, head)))
    if (p.value != m.category && p.value != "released" && p.value != "held") return p.value;
  return "";
}

// "1,320 houses are completely destroyed", "1,329 houses damaged or destroyed": what happened to
// counted things, told right after them in their clause (count_thing_states), else empty.
std::string thing_state(const ExtractionTables& im, const SentenceView& scan, const g::CountMention& m) {
  if (im.things.find(m.category).empty()) return "";
  for (const auto& p : scan.phrases(im.thing_states, m.end)) {
    if (!scan.near_in_clause(m.end, m.end + p.begin, 3)) break;
    return p.value;
  }
  // "The fire destroyed 1,000 homes": the verb right before them
  std::string before;
  for (const auto& p : scan.phrases(im.thing_states, 0, m.begin))
    if (p.end <= m.begin && scan.words_between(p.end, m.begin) == 0 && same_clause(scan.bounds, p.end, m.begin))
      before = p.value;
  return before;
}

std::string governing_verb(const ExtractionTables& im, const SentenceView& scan, const g::CountMention& m,
                           const std::vector<g::CountMention>& counts) {
  std::string verb;
  std::size_t best = std::numeric_limits<std::size_t>::max();
  // once per count, not once per figure word of its sentence
  const std::size_t predicate = predicate_after_modifiers(im, scan, m.end);
  for (const auto& p : scan.phrases(im.properties)) {
    std::size_t d = std::numeric_limits<std::size_t>::max();
    if (p.end <= m.begin) {
      if (scan.words_between(p.end, m.begin) <= 3 && same_clause(scan.bounds, p.end, m.begin))
        d = static_cast<std::size_t>(scan.words_between(p.end, m.begin));
      // "One was killed and two people seriously injured": across "and", the participle after
      // the count is its own predicate and wins over the verb of the clause before.
      if (d != std::numeric_limits<std::size_t>::max() &&
          has_joint(scan.text.substr(p.end, m.begin - p.end), {" and "}))
        d += 3;
      // "killing 179, with two others having been rescued": a verb with a count of its own
      // between it and this one governs that count; a predicate after this one wins.
      if (d != std::numeric_limits<std::size_t>::max() &&
          std::any_of(counts.begin(), counts.end(),
                      [&](const g::CountMention& o) { return o.begin >= p.end && o.end <= m.begin && &o != &m; }))
        d += 3;
    } else if (p.begin >= m.end) {
      // "Fourteen people, among them three children, lost their lives": the predicate
      // comes after an aside set off by commas that opens with a subgroup marker.
      // An age ("One woman, 67, was killed") is such an aside too.
      std::size_t from = m.end;
      if (from + 2 < scan.text.size() && scan.text[from] == ',') {
        const auto aside = scan.phrases(im.subgroup_markers, from + 1);
        const std::size_t close = scan.text.find(',', from + 1);
        const bool age = from + 2 < scan.text.size() && std::isdigit(static_cast<unsigned char>(scan.text[from + 2])) &&
                         close != std::string_view::npos && scan.words_between(from + 1, close) <= 1;
        if ((age || (!aside.empty() && aside.front().begin <= 1)) && close != std::string_view::npos && close < p.begin)
          from = close + 1;
      }
      // ("a ferry with 140 passengers sank: many dead": past a colon, another figure's word)
      const int words = scan.words_between(from, p.begin);
      if (words <= 3 && !has_joint(scan.text.substr(from, p.begin - from), {" and ", ",", " or ", ":", ";"}))
        d = static_cast<std::size_t>(words);
      else if (predicate == p.begin) d = 3;
    } else {
      d = 0;  // inside the count phrase ("780 individuals exchanged so far")
    }
    if (d < best) {
      best = d;
      verb = p.value;
    }
  }
  return verb;
}

// "a 215-for-215 swap of military personnel": what the pair counts, named after its event word.
void pair_group(const ExtractionTables& im, const SentenceView& scan, const g::CountMention& m, Claim& c) {
  const std::string_view rest = scan.text.substr(m.end);
  for (const auto& g : scan.phrases(im.people_groups, m.end)) {
    if (g.begin < 4 || rest.substr(g.begin - 4, 4) != " of " || words_between(rest, 0, g.begin) > 3 ||
        !same_clause(scan.bounds, m.end, m.end + g.begin))
      continue;
    if (g.value != "people") {
      c.property = g.value;
      c.explain.push_back("counts " + g.value + ": '" + std::string(rest.substr(g.begin - 3, g.end - g.begin + 3)) +
                          "' after it");
    }
    break;
  }
}

// "aid now exceeding three-billion dollars", "a ransom of 2 million naira": a currency right after
// the number (counts.yaml count_money_units) makes it an amount, never a count.
bool an_amount_of_money(const ExtractionTables& im, const SentenceView& scan, std::size_t end) {
  const auto after = scan.phrases(im.money_units, end);
  return !after.empty() && scan.words_between(end, end + after.front().begin) == 0;
}

// "-5 prisoners", "10^400 soldiers": a minus sign or an exponent makes the digits something
// other than a number of people (a hyphen after a word, "COVID-19", is left to the grammar).
bool signed_or_exponent(std::string_view s, std::size_t begin) {
  if (begin == 0) return false;
  const char before = s[begin - 1];
  if (before == '^') return true;
  return before == '-' && (begin == 1 || !std::isalnum(static_cast<unsigned char>(s[begin - 2])));
}

// "killing more than 1, 300 people": three digits right after "N, " (N a single digit that is not
// a date's day, as in "on March 6, 300 people") are the tail of a number broken by a stray space,
// no count of their own (its head is not read either: "1" has no noun). A longer head is a list
// of figures ("the toll reached 201, 300 missing"; "27 dead, 117 injured").
bool broken_thousands_tail(const SentenceView& scan, std::size_t number_begin) {
  const std::string_view s = scan.text;
  const auto digit = [&](std::size_t i) { return i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); };
  std::size_t end = number_begin;
  while (digit(end)) ++end;
  if (end - number_begin != 3 || number_begin < 3 || s.substr(number_begin - 2, 2) != ", ") return false;
  std::size_t head = number_begin - 2;
  while (head > 0 && digit(head - 1)) --head;
  const std::size_t head_digits = number_begin - 2 - head;
  if (head_digits != 1) return false;
  if (head > 0 && (s[head - 1] == ',' || s[head - 1] == '.')) return false;
  return std::none_of(scan.dates.begin(), scan.dates.end(),
                      [&](const auto& d) { return d.begin <= head && head < d.end; });
}

// The last place `words` introduce in s before `end` ("in Bangkok", "in the Thai capital": the
// capitalised name), else empty.
std::string place_named_before(std::string_view s, std::size_t end, const std::vector<std::string>& words) {
  std::string found;
  for (std::size_t i = 0; i + 2 < end; ++i)
    for (const auto& w : words) {
      std::size_t p = i + 1 + w.size() + 1;
      if (p + 1 >= end || !place_word_at(s, i, w)) continue;
      if (s.compare(p, 4, "the ") == 0) p += 4;
      if (p < end && is_upper(s[p])) found = capitalised_name_at(s, p, end);
    }
  return found;
}

// Whether a capitalised name is a place: the gazetteer knows it, the article names it as one
// ("in Avery County"), or it ends on a word for a division ("Avery County").
bool names_a_place(const Extraction& x, const std::string& name) {
  return !x.tables.place_grammar.lineage(name).empty() || x.names_place(name) || x.tables.ends_on_division(name);
}

// The places a count is limited to (count_places), or those of the count it is coordinated
// with; false when the count is to be dropped (a partitive that names no place).
// "Shangla reported 36 deaths": the subject of a reporting verb right before the count, alone
// in its clause, when the document names it as a place elsewhere ("in Shangla"); else none.
std::vector<std::string> subject_place(const Extraction& x, const SentenceView& scan, const g::CountMention& m) {
  for (const auto& v : scan.phrases(x.tables.place_subject_verbs, 0, m.begin)) {
    if (!trim_view(scan.text.substr(v.end, m.begin - v.end)).empty()) continue;
    std::size_t start = 0;
    for (const std::size_t b : scan.bounds)
      if (b <= v.begin) start = std::max(start, b);
    // "Other districts suffered heavy losses: Shangla reported 36 deaths"
    if (const std::size_t colon = scan.text.rfind(": ", v.begin); colon != std::string_view::npos && colon + 2 > start)
      start = colon + 2;
    while (start < v.begin && (scan.text[start] == ' ' || scan.text[start] == ',' || scan.text[start] == ';')) ++start;
    // "..., while Avon Province reported 23 deaths", "... 23 deaths and Tarn Province has
    // recorded 11": past the last conjunction before the verb (count_contrast_words,
    // count_conjunctions)
    const auto contrasts = scan.phrases(x.tables.contrast_words, start, v.begin);
    const std::size_t clause = start;
    for (std::size_t p = start; p < v.begin;) {
      const std::size_t space = scan.text.find(' ', p);
      if (space == std::string_view::npos || space >= v.begin) break;
      const std::string word = lower(scan.text.substr(p, space - p));
      const bool contrast = std::any_of(contrasts.begin(), contrasts.end(), [&](const auto& c) {
        return c.begin == p - clause && c.end == space - clause;
      });
      if (x.tables.conjunctions.contains(word) || contrast) start = space + 1;
      p = space + 1;
    }
    const std::string_view subject = trim_view(scan.text.substr(start, v.begin - start));
    const std::string name = subject.empty() ? std::string() : name_at(x.tables, scan.text, start);
    if (!subject.empty() && name == subject && names_a_place(x, std::string(subject))) return {std::string(subject)};
    // "Avon district reported 20 deaths": a name and a division word
    if (!name.empty() && subject.size() > name.size() + 1 && subject.starts_with(name) && subject[name.size()] == ' ' &&
        x.tables.division_word(subject.substr(name.size() + 1)))
      return {std::string(subject)};
    // "Avery County, on the state's Atlantic coast, has confirmed six deaths": the name that
    // opens the sentence, an aside without a figure set off by commas before the verb ("Tesk
    // province, next to Varno, accounted for 15 deaths": the name, then its division word)
    if (subject.empty() && opens_sentence(scan.text, 0)) {
      const std::string opening = capitalised_name_at(scan.text, 0, v.begin);
      std::size_t opening_end = opening.size();
      if (const std::size_t space = opening_end, comma = scan.text.find(',', opening_end);
          !opening.empty() && space < v.begin && scan.text[space] == ' ' && comma < v.begin &&
          x.tables.division_word(scan.text.substr(space + 1, comma - space - 1)) &&
          names_a_place(x, std::string(scan.text.substr(0, comma))))
        opening_end = comma;
      const std::string_view aside = scan.text.substr(opening_end, v.begin - opening_end);
      if (!opening.empty() && aside.starts_with(", ") && trim_view(aside).ends_with(",") && !has_digit(aside) &&
          (opening_end > opening.size() || names_a_place(x, opening)))
        return {opening};
    }
  }
  return {};
}

// "On Wednesday alone, 40 civilians were killed and 170 injured": a sentence that opens on a day
// or month and "alone," gives that day's share of a toll (count_day_window_properties: the dead,
// the injured), not the toll so far. A swap's "On Sunday alone, 303 were freed" is that day's
// stage, its own event: its property is not listed.
std::string one_day_of_a_toll(const Extraction& x, const SentenceView& scan, const Claim& c) {
  if (!x.tables.day_window_properties.contains(base_property(c.property))) return "";
  std::string_view s = scan.text;
  for (const std::string_view opener : {"On ", "In "})
    if (s.starts_with(opener)) s.remove_prefix(opener.size());
  const std::size_t space = s.find(' ');
  if (space == std::string_view::npos || !x.tables.calendar_words.contains(s.substr(0, space)) ||
      !s.substr(space).starts_with(" alone,"))
    return "";
  return "a figure of one day ('" + std::string(scan.text.substr(0, scan.text.find(','))) + ",'), not the toll so far";
}

// Whether the word before a name at `at` relates it to something else rather than placing
// anything there (place_relations): "the border with Belarus, where ...".
bool relation_before(const ExtractionTables& im, std::string_view s, std::size_t at) {
  if (at == std::string_view::npos || at == 0) return false;
  std::string_view before = s.substr(0, at);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.ends_with(" the")) before.remove_suffix(std::string_view(" the").size());
  return im.place_relations.contains(lower(last_word(before)));
}

// "crossing the Philippines, where its toll reached 150", "in Norland province,
// where 900 people died": the place right before a relative opener (count_place_relatives)
// whose clause holds the count, with no figure between; a place the gazetteer knows or the
// article names as one ("in Norland"), else none.
std::vector<std::string> relative_place(const Extraction& x, const SentenceView& scan, const g::CountMention& m) {
  const ExtractionTables& im = x.tables;
  for (const auto& w : scan.phrases(im.place_relatives, 0, m.begin)) {
    if (w.end > m.number_begin) continue;
    // "where at least 10 people died, 16 were injured and more than 100 remain missing": a
    // figure listed right after one the clause placed (a comma, a conjunction or a contrast word
    // between, no other place word: "where 290 died while 45 were missing") is of the same place
    if (const Claim* prev = x.previous_count(scan); prev && !prev->location.empty()) {
      const ClaimSite& site = x.sites.back();
      const std::string_view between = scan.text.substr(site.end, m.number_begin - site.end);
      constexpr int max_list_words = 6;
      if (site.number_begin > w.end && scan.words_between(site.end, m.number_begin) <= max_list_words &&
          !has_digit(between) && between.find_first_of(";:.") == std::string_view::npos &&
          (has_joint(between, {","}) || im.has_conjunction(between) ||
           !scan.phrases(im.contrast_words, site.end, m.number_begin).empty()) &&
          scan.phrases(im.place_relatives, site.end, m.number_begin).empty() &&
          place_named_before(between, between.size(), im.place_words).empty())
        return {prev->location};
    }
    if (!same_clause(scan.bounds, w.end, m.number_begin) ||
        has_digit(scan.text.substr(w.end, m.number_begin - w.end)) || scan.words_between(w.end, m.number_begin) > 8)
      continue;
    std::size_t end = w.begin;
    while (end > 0 && (is_space(scan.text[end - 1]) || scan.text[end - 1] == ',')) --end;
    // "in Norland province": the name a place word introduces, up to two words before
    std::string place = place_named_before(scan.text, end, im.place_words);
    if (!place.empty()) {
      const std::size_t at = scan.text.rfind(place, end);
      if (at == std::string_view::npos || scan.words_between(at + place.size(), end) > 2) place.clear();
    }
    // "through the Philippines", "ravaged Songkhla Province, where": the capitalised words right
    // before it
    if (place.empty()) {
      place = capitalised_words_before(scan.text, end, false);
      if (place.empty() || im.name_stopwords.contains(place) || !names_a_place(x, place) ||
          relation_before(im, scan.text, scan.text.rfind(place, end)))
        place.clear();
    }
    if (!place.empty() && im.dates.parse(place).empty() && !im.calendar_words.contains(place)) return {place};
  }
  return {};
}

// "The spokesman said that in Tarn alone, the worst-hit district, 912 people died": a reported
// clause (count_report_complementizers) that opens on a place word and a name, with a focus word
// before (place_focus: "solo en Tarn") or after it (count_place_focus_after: "alone") and an
// aside between commas, before `before`: the place, where its name starts and where the clause
// goes on after the comma.
struct ReportedOpening {
  std::string place;
  std::size_t name_at = 0, after = 0;
};
std::optional<ReportedOpening> reported_clause_opening(const Extraction& x, const SentenceView& scan,
                                                       std::size_t before) {
  const ExtractionTables& im = x.tables;
  const std::string_view s = scan.text;
  const PlaceScanner sc(s, im);
  for (const auto& o : scan.phrases(im.report_complementizers, 0, before)) {
    std::size_t p = o.end;  // the space after "that"
    if (p + 1 >= before || s[p] != ' ') continue;
    // "que solo en Tarn": a focus word first
    if (const std::size_t space = s.find(' ', p + 1);
        space != std::string_view::npos && space < before &&
        std::find(im.place_focus.begin(), im.place_focus.end(), lower(s.substr(p + 1, space - p - 1))) !=
            im.place_focus.end())
      p = space;
    const std::size_t n = sc.word_at(p);
    if (!n) continue;
    ReportedOpening out{sc.place_at(p + n), p + n, 0};
    std::size_t after = p + n + out.place.size();
    if (out.place.empty() || after >= before) continue;
    for (const auto& f : scan.phrases(im.place_focus_after, after))
      if (f.begin == 1) after += f.end;
    if (after >= before || s[after] != ',') continue;
    // an aside about the place: "the worst-hit district"
    if (const std::size_t close = s.find(',', after + 1);
        close != std::string_view::npos && close < before && words_between(s, after, close) <= subject_aside_words)
      after = close;
    out.after = after;
    return out;
  }
  return std::nullopt;
}

// The place of such a clause, for a count a few words after its comma.
std::vector<std::string> reported_clause_place(const Extraction& x, const SentenceView& scan,
                                               const g::CountMention& m) {
  constexpr int max_words_to_count = 3;
  const auto opening = reported_clause_opening(x, scan, m.begin);
  if (!opening || has_digit(scan.text.substr(opening->after, m.begin - opening->after)) ||
      words_between(scan.text, opening->after + 1, m.begin) > max_words_to_count)
    return {};
  return {opening->place};
}

// "In the latter, 300 died and 700 were injured", "En esta última murieron 300 personas": a place named only as the one
// told before (count_place_anaphora), before the count in its clause or opening the sentence before its comma: a part
// at that place.
std::vector<std::string> anaphoric_place(const Extraction& x, const SentenceView& scan, const g::CountMention& m) {
  constexpr int max_words_to_count = 8;
  for (const auto& a : scan.phrases(x.tables.place_anaphora, 0, m.begin))
    if ((same_clause(scan.bounds, a.end, m.begin) || opens_sentence(scan.text, a.begin)) &&
        scan.words_between(a.end, m.begin) <= max_words_to_count &&
        !has_digit(scan.text.substr(a.end, m.begin - a.end))) {
      // (without its place word: "the latter", "esta última")
      const std::string_view phrase = scan.text.substr(a.begin, a.end - a.begin);
      return {lower(phrase.substr(std::min(phrase.find(' ') + 1, phrase.size())))};
    }
  return {};
}

// "The 11 victims were from Tarn, a village outside Avon": right after the count's words, a link
// of count_origin_links and a capitalised name: where its people came from, a part at that place.
std::vector<std::string> origin_place(const Extraction& x, const SentenceView& scan, const g::CountMention& m) {
  const auto links = scan.phrases(x.tables.origin_links, m.end);
  if (links.empty() || !trim_view(scan.text.substr(m.end, links.front().begin)).empty()) return {};
  std::size_t at = m.end + links.front().end;
  while (at < scan.text.size() && scan.text[at] == ' ') ++at;
  if (at >= scan.text.size() || !is_upper(scan.text[at])) return {};
  std::string name = capitalised_name_at(scan.text, at, scan.text.size());
  if (name.empty() || x.tables.name_stopwords.contains(name)) return {};
  return {std::move(name)};
}

// "the Kenyan interior minister said at least 44 people had died in the country": a count
// whose clause says "the country" (count_country_anaphora, a few words after it) in a sentence
// naming a capitalised nationality (count_categories) before it is that nationality's country,
// the gazetteer's name when one is its stem ("Kenyan" -> Kenya, "Nepalese" -> Nepal), else
// the nationality itself.
std::vector<std::string> nationality_country_place(const Extraction& x, const SentenceView& scan,
                                                   const g::CountMention& m) {
  constexpr int max_words_after = 8;
  const ExtractionTables& im = x.tables;
  const auto after = scan.phrases(im.country_anaphora, m.end);
  if (after.empty() || !same_clause(scan.bounds, m.end, m.end + after.front().begin) ||
      scan.words_between(m.end, m.end + after.front().begin) > max_words_after)
    return {};
  const std::string nationality = nationality_in(im, scan.text.substr(0, m.begin));
  if (nationality.empty() || !is_upper(nationality.front())) return {};
  for (const std::size_t drop : {1, 3, 2}) {
    if (nationality.size() <= drop + 2) continue;
    const auto lineage = im.place_grammar.lineage(nationality.substr(0, nationality.size() - drop));
    if (!lineage.empty()) return {lineage.front()};
  }
  return {nationality};
}

// "Other districts were hit too, Kegalle with nine deaths, Matale with eight": a capitalised name
// right before "with" (count_holder_links_before) right before the count, in a sentence that
// names divisions before it ("regions", "districts"); else none ("headed for Manado with 300
// passengers" names a destination).
std::vector<std::string> name_with_place(const Extraction& x, const SentenceView& scan, const g::CountMention& m) {
  const ExtractionTables& im = x.tables;
  for (const auto& w : scan.phrases(im.holder_links_before, 0, m.begin)) {
    if (!trim_view(scan.text.substr(w.end, m.begin - w.end)).empty()) continue;
    // "Avery, with 33 deaths": a comma may stand before the link
    std::size_t end = w.begin;
    while (end > 0 && is_space(scan.text[end - 1])) --end;
    if (end > 0 && scan.text[end - 1] == ',') --end;
    const std::string name = capitalised_words_before(scan.text, end, true);
    const std::size_t start = end - name.size();
    if (name.empty() || im.name_stopwords.contains(name) || !im.dates.parse(name).empty()) continue;
    bool divisions = false;
    for (std::size_t p = 0; p < start && !divisions;) {
      while (p < start && !std::isalpha(static_cast<unsigned char>(scan.text[p]))) ++p;
      std::size_t q = p;
      while (q < start && std::isalpha(static_cast<unsigned char>(scan.text[q]))) ++q;
      // a common noun ("regions"), not a name's ("the Talaud Islands")
      divisions = q > p && !is_upper(scan.text[p]) && im.division_word(scan.text.substr(p, q - p), true);
      p = q;
    }
    if (divisions) return {name};
  }
  return {};
}

// The length of the list item marker `line` opens on ("-", "*", a bullet character), else 0.
std::size_t list_marker_length(std::string_view line) {
  if (line.starts_with('-') || line.starts_with('*')) return 1;
  return bullet_char_length(line, 0);
}

// The name a list item line opens on before a colon ("Tarn" of "- Tarn: two dead"), else "".
std::string bullet_name(std::string_view line) {
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  const std::size_t marker = list_marker_length(line);
  if (marker == 0 || !line.substr(marker).starts_with(' ')) return "";
  line.remove_prefix(marker + 1);
  if (line.empty() || !is_upper(line.front())) return "";
  std::string name = capitalised_name_at(line, 0, line.size());
  return !name.empty() && line.substr(name.size()).starts_with(": ") ? name : "";
}

// Whether a list item next to the line at `at` (the one before or after it, blank lines between)
// opens on a place the page names: "- Tarn: ..." among "- Varno: ..." items is a place too.
bool beside_a_place_item(const Extraction& x, std::size_t at) {
  const std::string_view text = x.doc.text;
  const auto line_of = [&](std::size_t begin) {
    const std::size_t end = text.find('\n', begin);
    return text.substr(begin, end == std::string_view::npos ? text.size() - begin : end - begin);
  };
  const auto names_place = [&](std::string_view line) {
    const std::string name = bullet_name(line);
    return !name.empty() &&
           (x.tables.ends_on_division(name) || names_a_place(x, name) || x.names_place_opening_with(name));
  };
  std::size_t line = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  line = line == std::string_view::npos ? 0 : line + 1;
  // the line before, over blank lines
  std::size_t end = line;
  while (end > 0 && text[end - 1] == '\n') --end;
  if (end > 0 && end < line) {
    const std::size_t newline = text.rfind('\n', end - 1);
    const std::size_t start = newline == std::string_view::npos ? 0 : newline + 1;
    if (names_place(text.substr(start, end - start))) return true;
  }
  // the line after
  std::size_t next = text.find('\n', at);
  while (next != std::string_view::npos && next + 1 < text.size() && text[next + 1] == '\n') ++next;
  return next != std::string_view::npos && next + 1 < text.size() && names_place(line_of(next + 1));
}

// Whether the sentence opens a list item of the page (only a list marker before it on its line).
bool list_item(const Extraction& x, const SentenceView& scan) {
  const std::string_view text = x.doc.text;
  std::size_t begin = x.doc.sentences[scan.index].span.begin.value;
  if (begin > text.size()) return false;
  // (only a short stretch back can be a list marker with its indentation: looking back to the
  // line's start made a page of one 4 MB line quadratic)
  constexpr std::size_t max_marker_reach = 64;
  std::size_t line = begin;
  while (line > 0 && begin - line < max_marker_reach && text[line - 1] != '\n') --line;
  if (line > 0 && text[line - 1] != '\n') return false;
  std::string_view before = text.substr(line, begin - line);
  while (!before.empty() && before.front() == ' ') before.remove_prefix(1);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  return !before.empty() && list_marker_length(before) == before.size();
}

// "Buncombe County officials are deferring 43 deaths for the county": the division an unnamed
// place ("the county", a division word of place_unnamed after "the") stands for, the one of
// that kind the page names last before `at` of the sentence (a capitalised name closing on the
// word, up to three words: "Yancey County"), within a few sentences back; else "".
std::string named_division_before(const Extraction& x, const SentenceView& scan, std::size_t at,
                                  std::string_view unnamed) {
  if (!unnamed.starts_with("the ")) return "";
  const std::string_view word = unnamed.substr(4);
  if (word.empty() || std::find(x.tables.place_unnamed_heads.begin(), x.tables.place_unnamed_heads.end(), word) ==
                          x.tables.place_unnamed_heads.end())
    return "";
  std::string head(word);
  head[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(head[0])));
  const std::string_view text = x.doc.text;
  const std::size_t end = std::min(x.doc.sentences[scan.index].span.begin.value + at, text.size());
  constexpr std::size_t max_reach = 1500;  // a few sentences back: the cost stays per count, not per page
  const std::size_t from = end > max_reach ? end - max_reach : 0;
  for (std::size_t h = text.rfind(head, end); h != std::string_view::npos && h > from; h = text.rfind(head, h - 1)) {
    const std::size_t after = h + head.size();
    if (text[h - 1] != ' ' || (after < text.size() && std::isalpha(static_cast<unsigned char>(text[after])) != 0))
      continue;
    // the capitalised words right before it
    std::size_t begin = h - 1;
    for (int words = 0; words < 3; ++words) {
      std::size_t w = begin;
      while (w > from && std::isalpha(static_cast<unsigned char>(text[w - 1])) != 0) --w;
      if (w == begin || !is_upper(text[w]) || x.tables.name_stopwords.contains(text.substr(w, begin - w))) break;
      begin = w;
      if (begin == 0 || text[begin - 1] != ' ') break;
      --begin;
    }
    if (begin + 1 < h) {
      const std::size_t start = text[begin] == ' ' ? begin + 1 : begin;
      return std::string(text.substr(start, after - start));
    }
  }
  return "";
}

// "The Avery District has recorded the most casualties, reporting 51 deaths, while 67 are
// still missing": a sentence whose subject is a division (a name ending on a word of
// place_unnamed, after an optional stop word) right before a verb of count_place_subject_verbs
// tells that division's figures; so does a sentence that opens on a place and gives the count
// after ", with"; else none.
std::vector<std::string> opening_division(const Extraction& x, const SentenceView& scan, const g::CountMention& m) {
  const ExtractionTables& im = x.tables;
  std::size_t p = 0;
  while (p < scan.text.size() && !std::isalpha(static_cast<unsigned char>(scan.text[p]))) ++p;
  const std::size_t space = scan.text.find(' ', p);
  if (space != std::string_view::npos && im.name_stopwords.contains(scan.text.substr(p, space - p))) p = space + 1;
  // "The county is reporting 10 deaths": a division the page named before, unnamed, as the
  // subject of such a verb; only when the page named one of its kind ("The region sees five
  // deaths" may be the whole area)
  if (p > 0 && p < m.begin && !is_upper(scan.text[p])) {
    const std::size_t end = std::min(scan.text.find(' ', p), m.begin);
    // (the verb first: looking back for the named division is the costlier step)
    const auto verbs = scan.phrases(im.place_subject_verbs, end + 1, m.begin);
    if (verbs.empty() || verbs.front().begin != 0) return {};
    std::string named = named_division_before(x, scan, m.begin, "the " + std::string(scan.text.substr(p, end - p)));
    return named.empty() ? std::vector<std::string>{} : std::vector<std::string>{named};
  }
  if (p >= m.begin || !is_upper(scan.text[p])) return {};
  const std::string name = capitalised_name_at(scan.text, p, m.begin);
  // "Russia and Ukraine have carried out a swap, with 300 soldiers ...": a subject of two places
  // is no one place's
  if (const std::string_view after = scan.text.substr(std::min(p + name.size(), scan.text.size()));
      !name.empty() && (after.starts_with(" and ") || after.starts_with(", ")) && after.size() > 5 &&
      is_upper(after[after.starts_with(" and ") ? 5 : 2]))
    return {};
  const bool division = im.ends_on_division(name);
  // "- Narsingdi: The epicentre recorded five deaths": a list item that opens on a place the
  // page names and a colon gives that place's figures (a bullet, not a dateline: "DHAKA: ...")
  const bool bullet = list_item(x, scan);
  if (bullet && !name.empty() && scan.text.substr(p + name.size()).starts_with(": ") &&
      (division || names_a_place(x, name) || x.names_place_opening_with(name) ||
       beside_a_place_item(x, x.doc.sentences[scan.index].span.begin.value)))
    return {name};
  const std::size_t after = p + name.size() + 1;
  if (division)
    for (const auto& v : scan.phrases(im.place_subject_verbs, after, m.begin))
      if (v.begin == 0) return {name};
  // "Kathmandu has been hit particularly hard, with 34 people confirmed dead", "The Tarn district
  // topped the list, with 23 killed": a subject the article names as a place (or a name and a
  // division word), a predicate of no figure and no other name, then ", with"
  // (count_holder_links_before) and the count a few words on
  constexpr int max_words_after_link = 5;
  if (name.empty()) return {};
  std::string subject = name;
  std::size_t end = p + name.size();
  if (const std::size_t next = scan.text.find(' ', end + 1);
      end < m.begin && scan.text[end] == ' ' && next < m.begin &&
      im.division_word(scan.text.substr(end + 1, next - end - 1))) {
    subject = std::string(scan.text.substr(p, next - p));
    end = next;
  }
  if (!(im.ends_on_division(subject) || names_a_place(x, subject) || x.names_place_opening_with(subject)) ||
      has_digit(scan.text.substr(p, m.begin - p)))
    return {};
  for (const auto& w : scan.phrases(im.holder_links_before, end, m.begin)) {
    std::size_t before = end + w.begin;
    while (before > end && is_space(scan.text[before - 1])) --before;
    if (before == end || scan.text[before - 1] != ',' ||
        scan.words_between(end + w.end, m.begin) > max_words_after_link)
      continue;
    const std::string_view predicate = scan.text.substr(end, before - 1 - end);
    if (std::none_of(predicate.begin(), predicate.end(), [](char c) { return is_upper(c); })) return {subject};
  }
  return {};
}

// "Of them, 11 prisoners were flown to Norland, 16 to Avon and 3 to Calder": the named
// place a verb of count_destination_verbs takes the count's people to, up to six words after
// the count with no figure between; else none.
std::vector<std::string> destination_place(const Extraction& x, const SentenceView& scan, const g::CountMention& m) {
  constexpr int max_words_to_verb = 6;
  const auto verbs = scan.phrases(x.tables.destination_verbs, m.end);
  if (verbs.empty()) return {};
  const std::size_t begin = m.end + verbs.front().begin, end = m.end + verbs.front().end;
  if (has_digit(scan.text.substr(m.end, begin - m.end)) || scan.words_between(m.end, begin) > max_words_to_verb)
    return {};
  std::size_t p = end;
  while (p < scan.text.size() && is_space(scan.text[p])) ++p;
  if (p >= scan.text.size() || !is_upper(scan.text[p])) return {};
  const std::string name = capitalised_name_at(scan.text, p, scan.text.size());
  if (name.empty() || x.tables.name_stopwords.contains(name)) return {};
  // the next destination's figure right after it: ", 13 to Germany", " and three to"
  std::string_view rest = scan.text.substr(p + name.size());
  for (const std::string_view link : {",", " and", " "})
    if (rest.starts_with(link)) rest.remove_prefix(link.size());
  return !rest.empty() && std::isdigit(static_cast<unsigned char>(rest.front())) ? std::vector<std::string>{name}
                                                                                 : std::vector<std::string>{};
}

// "... said Ana Lind, mayor of Tarn, a town in the province. He said six residents died": a
// sentence that opens on a pronoun's report (count_pronoun_reports) goes on with the speaker of
// the sentence before it in its paragraph; a local official of a named place
// (count_place_officials: "mayor of") gives that place's figures.
std::vector<std::string> speakers_place(const Extraction& x, const SentenceView& scan, const g::CountMention& m) {
  const ExtractionTables& im = x.tables;
  if (scan.index == 0 || x.paragraph_start(scan.index) == scan.index) return {};
  const auto reports = scan.phrases(im.pronoun_reports, 0, m.begin);
  if (reports.empty() || !opens_sentence(scan.text, reports.front().begin)) return {};
  const SentenceView& before = x.sentences[scan.index - 1];
  std::vector<std::string> named;
  for (const auto& o : before.phrases(im.place_officials)) {
    std::size_t at = o.end;
    while (at < before.text.size() && before.text[at] == ' ') ++at;
    if (at < before.text.size() && is_upper(before.text[at]))
      if (std::string name = capitalised_name_at(before.text, at, before.text.size());
          !name.empty() && std::find(named.begin(), named.end(), name) == named.end())
        named.push_back(std::move(name));
  }
  // (one official's place only: two speakers named before leave the pronoun open)
  return named.size() == 1 ? named : std::vector<std::string>{};
}

// The place the paragraph of `scan` opens on ("In Bangkok, ..."), when `scan` is a later
// sentence of it; else none.
std::vector<std::string> paragraph_place(const Extraction& x, const SentenceView& scan) {
  const std::size_t first = x.paragraph_start(scan.index);
  if (first == scan.index || first >= x.sentences.size()) return {};
  const SentenceView& opening = x.sentences[first];
  const ExtractionTables& im = x.tables;
  const std::string_view s = opening.text;
  const std::size_t comma = s.find(", ");
  // ("At the depot, ...": a site's paragraph tells what happened there, not where its counts were)
  const OpeningPlaceWord open = opening_place_word(s, im);
  if (!open.at || comma == std::string_view::npos ||
      std::find(im.place_sites.begin(), im.place_sites.end(), open.word) != im.place_sites.end())
    return {};
  // "In Tarn district, two died. Likewise in Calder, three died ...": a later sentence that
  // names a place of its own (a place word and a capitalised name) is not the opening place's
  const std::string_view own = scan.text;
  if (const OpeningPlaceWord own_open = opening_place_word(own, im);
      own_open.at && own_open.at < own.size() && is_upper(own[own_open.at]))
    return {};
  for (std::size_t at = own.find(' '); at != std::string_view::npos; at = own.find(' ', at + 1))
    for (const std::string& w : im.place_words)
      if (place_word_at(own, at, w) && is_upper(own[at + w.size() + 2])) return {};
  return count_places(s, comma + 2, comma + 2, opening.bounds, im);
}

// "at least 326 people were killed in government-held areas"; "the quake smashed opposition-held
// regions in the northwest, with rescuers saying 147 people had died": an area named by who holds
// it (part_dimensions place_holder and place_held_area) is where the counts of its sentence were,
// the nearest such area's; else none.
std::vector<std::string> held_area(const Extraction& x, const SentenceView& scan, const g::CountMention& m) {
  constexpr std::size_t max_words_to_area = 2;
  const ExtractionTables& im = x.tables;
  // (asked for every count without a place: most sentences name no holder, and are not split)
  const std::string_view s = scan.text;
  const auto holds_a_holder_word = [&](std::string_view suffix) {
    return std::search(s.begin(), s.end(), suffix.begin(), suffix.end(),
                       [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; }) != s.end();
  };
  if (std::none_of(im.place_holders.begin(), im.place_holders.end(), holds_a_holder_word)) return {};
  struct Word {
    std::size_t begin;
    std::string_view text;  // without the punctuation that closes it
    bool closes = false;    // a comma or a full stop ends it: no area runs past it
  };
  std::vector<Word> words;
  for (std::size_t p = 0; p < s.size();) {
    while (p < s.size() && is_space(s[p])) ++p;
    std::size_t end = p;
    while (end < s.size() && !is_space(s[end])) ++end;
    if (end == p) break;
    std::string_view w = s.substr(p, end - p);
    bool closes = false;
    while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back())) && w.back() != '-') {
      w.remove_suffix(1);
      closes = true;
    }
    words.push_back({p, w, closes});
    p = end;
  }
  std::string nearest;
  std::size_t nearest_distance = std::string_view::npos;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string held = lower(words[i].text);
    const bool holder = std::any_of(im.place_holders.begin(), im.place_holders.end(), [&](const std::string& suffix) {
      return held.size() > suffix.size() + 1 && held.ends_with(suffix);
    });
    if (!holder) continue;
    for (std::size_t j = i + 1; j < words.size() && j <= i + max_words_to_area && !words[j - 1].closes; ++j) {
      const std::string area = lower(words[j].text);
      if (std::find(im.place_held_areas.begin(), im.place_held_areas.end(), area) == im.place_held_areas.end() &&
          !im.division_word(area) && !im.division_word(area, true))
        continue;
      const std::size_t begin = words[i].begin, end = words[j].begin + words[j].text.size();
      const std::size_t distance = end <= m.begin ? m.begin - end : (begin >= m.end ? begin - m.end : 0);
      if (distance < nearest_distance) {
        nearest_distance = distance;
        nearest = lower(s.substr(begin, end - begin));
      }
      break;
    }
  }
  if (nearest.empty()) return {};
  return {nearest};
}

}  // namespace

bool whole_of_a_share(const ExtractionTables& im, std::string_view sentence, std::size_t count_begin) {
  const std::string_view before = sentence.substr(0, std::min(count_begin, sentence.size()));
  if (!before.ends_with(" of the ")) return false;
  const std::size_t of = before.size() - std::string_view(" of the ").size();
  const std::size_t space = before.rfind(' ', of > 0 ? of - 1 : 0);
  const std::size_t word = space == std::string_view::npos || space >= of ? 0 : space + 1;
  const auto n = im.counts.numbers().parse_at(sentence, word);
  return n && n->end == of;
}

namespace {

// The place a clause's subject belongs to when it opens on a possessive place ("France's energy
// minister", "Spain's health ministry": a name the gazetteer or the page knows as a place, then
// "'s" and at most four lower-case words), else "".
std::string possessive_place_subject(const Extraction& x, std::string_view subject) {
  constexpr int max_words_after = 4;
  subject = trim_view(subject);
  if (subject.empty() || !is_upper(subject.front())) return "";
  for (const std::string& possessive : x.tables.possessive_marks) {
    const std::string mark = possessive + " ";
    const std::size_t at = subject.find(mark);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string name(subject.substr(0, at));
    const std::string_view rest = subject.substr(at + mark.size());
    if (name.find(' ') != std::string::npos && !names_a_place(x, name)) return "";
    if (words_between(rest, 0, rest.size()) > max_words_after ||
        std::any_of(rest.begin(), rest.end(), [](char ch) { return is_upper(ch) || ch == ','; }))
      return "";
    return names_a_place(x, name) ? name : "";
  }
  return "";
}

// "they had defended the city of Tarn – 69 people, 31 of them at the steelworks – and the
// region of Morva": a figure right after a dash that follows a place's name (the gazetteer's,
// or one the page names) is that place's, an item of a list.
std::vector<std::string> dash_item_place(const Extraction& x, const SentenceView& scan, const g::CountMention& m) {
  // (the text has every dash as '-': a dash set off by spaces, not a hyphen)
  std::string_view before = trim_view(scan.text.substr(0, m.begin));
  if (!before.ends_with(" -") && !before.ends_with(" --")) return {};
  before = trim_view(before.substr(0, before.find_last_not_of('-') + 1));
  if (before.empty()) return {};
  // the capitalised words right before the dash
  std::size_t start = before.size();
  while (start > 0) {
    const std::size_t space = before.rfind(' ', start - 1);
    const std::size_t word = space == std::string_view::npos ? 0 : space + 1;
    if (word >= start || !is_upper(before[word])) break;
    start = word;
    if (space == std::string_view::npos) break;
  }
  if (start == before.size()) return {};
  const std::string name(before.substr(start));
  // (or a name after a division word and a link: "the city of Tarn", "la città di Tarn")
  const std::string_view lead = trim_view(before.substr(0, start));
  const std::string_view link = last_word(lead);
  const std::string_view rest =
      link.size() == lead.size() ? std::string_view() : lead.substr(0, lead.size() - link.size() - 1);
  const std::string division = lower(last_word(rest));
  const auto& heads = x.tables.place_unnamed_heads;
  const auto links = x.tables.noun_links.find(lower(link));
  const bool after_division = !links.empty() && links.front().begin == 0 && links.front().end == link.size() &&
                              std::find(heads.begin(), heads.end(), division) != heads.end();
  return names_a_place(x, name) || after_division ? std::vector<std::string>{name} : std::vector<std::string>{};
}

// "242 people on board", "241 passengers and crew", "33 on the ground": where they were, a
// count_positions name a few words after the count ("35 prisoners from the government side were
// also on board"); or "The second plane landed carrying 125 people": a vehicle's load
// (count_load_verbs right before the count), people aboard, a batch of the event's. "" for none.
std::string position_of(const ExtractionTables& im, const SentenceView& scan, const g::CountMention& m, Claim& c) {
  constexpr int max_words_to_position = 6;
  for (const auto& p : scan.phrases(im.positions, m.number_begin))
    if (scan.words_between(m.end, m.number_begin + p.begin) <= max_words_to_position &&
        same_clause(scan.bounds, m.end, m.number_begin + p.begin) &&
        !has_digit(scan.text.substr(m.end, std::max(m.end, m.number_begin + p.begin) - m.end))) {
      c.explain.push_back("where they were: '" +
                          std::string(scan.text.substr(m.number_begin + p.begin, p.end - p.begin)) + "'");
      return p.value;
    }
  for (const auto& v : scan.phrases(im.load_verbs, 0, m.begin))
    if (scan.words_between(v.end, m.begin) == 0 && same_clause(scan.bounds, v.end, m.begin)) {
      c.explain.push_back("a vehicle's load ('" + std::string(scan.text.substr(v.begin, v.end - v.begin)) + "')");
      return v.value;
    }
  return "";
}

// "Officials in Castilla-La Mancha reported two deaths": a reporting subject's place, in the
// count's clause, is where the count was ("France's energy minister reported two deaths": the
// subject's country); not a venue's ("officials at a news conference in Tarn added that ...":
// count_venue_words, where they spoke). The place, with its reason in `c`'s explain, else empty.
std::string reporting_subject_place(const Extraction& x, const SentenceView& scan, const g::CountMention& m, Claim& c) {
  const ExtractionTables& im = x.tables;
  for (const auto& r : scan.phrases(im.reporting_verbs, 0, m.begin)) {
    if (scan.words_between(r.end, m.begin) > 2 || !same_clause(scan.bounds, r.begin, m.begin)) continue;
    std::size_t clause = 0;
    for (const std::size_t b : scan.bounds)
      if (b <= r.begin) clause = std::max(clause, b);
    const std::string_view subject = scan.text.substr(clause, r.begin - clause);
    const auto at_venue = [&](const std::string& place) {
      const std::size_t named = subject.rfind(place);
      if (named == std::string_view::npos) return false;
      const auto venues = im.venue_words.find(subject.substr(0, named));
      return !venues.empty() && words_between(subject, venues.back().end, named) <= 1;
    };
    if (std::string place = place_named_before(scan.text.substr(clause), r.begin - clause, im.place_words);
        !place.empty() && im.dates.parse(place).empty() && !at_venue(place)) {
      c.explain.push_back("reported by a subject in " + place);
      return place;
    }
    if (std::string owner = possessive_place_subject(x, subject); !owner.empty()) {
      c.explain.push_back("reported by a subject of " + owner);
      return owner;
    }
    return "";
  }
  return "";
}

bool place_count(const Extraction& x, const SentenceView& scan, const g::CountMention& m, Claim& c) {
  const ExtractionTables& im = x.tables;
  // "Two of the 12 deaths were in Tarn": the place is the share's, not its whole's
  if (whole_of_a_share(im, scan.text, m.begin)) {
    c.explain.push_back("the whole of the share before it: a place after it is the share's");
    return true;
  }
  auto places = count_places(scan.text, m.begin, m.end, scan.bounds, im);
  // "put the number of deaths in Kerr County at 41": a frame's own words may hold the place;
  // "The death toll in Syria has now hit 3,577": so may the running figure's subject
  if (places.empty() && m.category == "tally" && m.number_begin > m.begin) {
    std::size_t clause = 0;
    for (const std::size_t b : scan.bounds)
      if (b <= m.begin) clause = std::max(clause, b);
    const std::string_view words = scan.text.substr(clause, m.number_begin - clause);
    // the subject's place stands right before the frame ("in Syria has now hit"), not anywhere
    // in the clause ("the toll from floods that began in Kerr County has risen to")
    if (std::string place = place_named_before(words, words.size(), im.place_words); !place.empty()) {
      const std::size_t at = words.rfind(place);
      const std::size_t frame = m.begin > clause ? m.begin - clause : 0;
      if (at >= frame || words_between(words, at + place.size(), frame) <= max_subject_gap_words) {
        c.explain.push_back("the place its frame or its subject names");
        places.push_back(std::move(place));
      }
    }
  }
  // "In Bangkok, where the quake brought down a tower, the search went on. Twenty-two people
  // were killed, and 35 injured, in the city.": a paragraph that opens on a place is that
  // place's; a count of a later sentence of it that names no place of its own is the place's.
  if (places.empty()) {
    places = held_area(x, scan, m);
    if (!places.empty()) c.explain.push_back("an area named by who holds it: " + places.front());
  }
  if (places.empty()) places = subject_place(x, scan, m);
  if (places.empty()) places = reported_clause_place(x, scan, m);
  if (places.empty()) places = anaphoric_place(x, scan, m);
  if (places.empty()) places = nationality_country_place(x, scan, m);
  if (places.empty()) places = origin_place(x, scan, m);
  if (places.empty()) places = relative_place(x, scan, m);
  if (places.empty()) places = name_with_place(x, scan, m);
  if (places.empty()) places = opening_division(x, scan, m);
  if (places.empty()) places = destination_place(x, scan, m);
  if (places.empty()) places = dash_item_place(x, scan, m);
  if (places.empty()) places = speakers_place(x, scan, m);
  // "in Kerr County were 28 children and 30 adults": a count coordinated with the one
  // before it shares its place, before the place its paragraph opens on ("Tarn has reported 29
  // deaths and 23 missing" in a paragraph opening "In Avon, ...")
  if (const Claim* prev = coordinated_count(x, scan, m.begin); places.empty() && prev && !prev->location.empty())
    places.push_back(prev->location);
  if (places.empty()) places = paragraph_place(x, scan);
  // "in March 2024", "in June", "in the New Year's Day disaster": a date, not a place; in a
  // headline in title case ("Hamas Frees 3 Hostages in Exchange for 183 Prisoners") every word
  // is capitalised, so only a place the gazetteer knows is one
  const bool title_case = title_cased(scan.text, im.title_lowercase);
  // "in National Assembly": a body (place_institutions), not a place
  std::erase_if(places, [&](const std::string& p) {
    return im.calendar_words.count(p) > 0 || !im.dates.parse(p).empty() ||
           (title_case && im.place_grammar.lineage(p).empty()) || closes_on(p, im.institution_heads, {.whole = true});
  });
  // "The strikes in Tarn killed 10 people and injured 47": a second verb of the subject whose
  // place the first count took (place_of_subject) shares it
  if (const Claim* prev = x.previous_count(scan);
      places.empty() && prev && !prev->location.empty() && !x.sites.empty()) {
    const ClaimSite& site = x.sites.back();
    const std::string_view between = trim_view(scan.text.substr(site.end, m.begin - std::min(m.begin, site.end)));
    if (between.starts_with("and ") && between.find_first_of(",;:.()") == std::string_view::npos &&
        scan.words_between(site.end, m.begin) <= subject_verb_words &&
        place_of_subject(scan.text, site.begin, PlaceScanner(scan.text, im)) == prev->location.str())
      places.push_back(prev->location.str());
  }
  // "In Tarn district, two have died and nine are missing": the place a sentence
  // opens on, before its first comma, is that of every count of it that names none
  if (places.empty()) {
    // "In X," or one word and "in X," ("Likewise in X,") opening the sentence, read as the
    // place of a count before this one in it ("In Tarn, eight deaths including three soldiers
    // were confirmed while 20 people remain missing": the eight's place is the 20's)
    const std::string_view s = scan.text;
    std::size_t at = opening_place_word(s, im).at;
    // "said that in Tarn alone, the worst-hit district, 912 people died and 2,104 were injured"
    if (!at)
      if (const auto opening = reported_clause_opening(x, scan, m.begin)) at = opening->name_at;
    // (a few counts back at most: a sentence of thousands of counts stays linear)
    constexpr int max_counts_back = 8;
    int back = 0;
    for (auto k = x.out.claims.rbegin();
         at && k != x.out.claims.rend() && k->sentence == scan.index && back++ < max_counts_back; ++k) {
      const std::string& place = k->location;
      if (k->kind != ClaimKind::count || place.empty()) continue;
      // "In Calder district, ...": a few words may follow the name before the comma
      const std::size_t comma = s.find(',', at);
      if (s.compare(at, place.size(), place) == 0 && comma != std::string_view::npos && comma < m.begin &&
          comma >= at + place.size() && words_between(s, at + place.size(), comma) <= opening_place_words)
        places.push_back(place);
      break;
    }
  }
  // "Four of the deaths were in Haiti" counts a place's part of a toll; with no place read,
  // it says only "some of them"
  if (m.partitive && places.size() != 1) return false;
  if (places.empty())
    if (std::string position = position_of(im, scan, m, c); !position.empty()) places.push_back(std::move(position));
  // "Officials in Castilla-La Mancha reported two deaths": a reporting subject's place
  if (places.empty())
    if (std::string place = reporting_subject_place(x, scan, m, c); !place.empty()) places.push_back(std::move(place));
  // "... in the Thai capital, agencies said, adding about 80 people are missing"
  if (places.empty())
    for (const auto& a : scan.phrases(im.statement_continuations, 0, m.begin))
      if (scan.words_between(a.end, m.begin) <= 3 && same_clause(scan.bounds, a.end, m.begin))
        if (std::string place = place_named_before(scan.text, a.begin, im.place_words); !place.empty()) {
          c.explain.push_back("continues a statement about " + place + " ('" +
                              std::string(scan.text.substr(a.begin, a.end - a.begin)) + "')");
          places.push_back(std::move(place));
          std::erase_if(places, [&](const std::string& p) { return !im.dates.parse(p).empty(); });
        }
  if (places.size() == 1) {
    c.location = places.front();
    // "the county": the county the page named last before the count, when it named one
    if (std::string named = named_division_before(x, scan, m.begin, c.location); !named.empty()) {
      c.explain.push_back("'" + c.location + "' is " + named + ", the one named last before it");
      c.location = named;
    }
    c.explain.push_back("counts only " + c.location);
  } else if (places.size() > 1) {
    c.covers = PartCover{"place", places};
    std::string named;
    for (const auto& p : places) named += (named.empty() ? "" : ", ") + p;
    c.explain.push_back("a whole of the places named together: " + named);
  }
  return true;
}

// "The strikes in Tarn, an old port, killed 10 people" after "kills 31": a subject's place
// (place_of_subject) is that of a part of a larger figure of its kind the page gave before. The
// page's first figure of a kind is the event's, its subject's place where the event happened
// ("The flood in Tarn has killed 45"), and so is one as large as any before.
// Whether the page gave a larger figure of the count's kind in a sentence before its own.
bool part_of_larger(const Extraction& x, const SentenceView& scan, const Claim& c) {
  const double value = std::get<CountValue>(c.value).value;
  return std::any_of(x.out.claims.begin(), x.out.claims.end(), [&](const Claim& k) {
    return k.kind == ClaimKind::count && k.sentence < scan.index && base_property(k.property) == c.property &&
           std::get<CountValue>(k.value).value > value;
  });
}

void place_of_a_part(const Extraction& x, const SentenceView& scan, const g::CountMention& m, Claim& c) {
  if (!c.location.empty() || c.covers || c.property.empty()) return;
  // (the subject's place first: the figures before are walked only for a sentence that names one)
  if (std::string place = place_of_subject(scan.text, m.begin, PlaceScanner(scan.text, x.tables));
      !place.empty() && part_of_larger(x, scan, c)) {
    c.location = std::move(place);
    c.explain.push_back("counts only " + c.location + " (the place its subject names: a part of a larger " +
                        c.property + " figure the page gave before)");
  }
}

// "The flood killed nine people. ... Eight people died because they could not get out": after
// a larger figure of its kind on the page, a count whose clause goes on with why they died
// (count_cause_links, a few words after it) tells how some of them died, not the toll.
void cause_of_a_part(const Extraction& x, const SentenceView& scan, const g::CountMention& m, Claim& c) {
  constexpr int max_words_to_cause = 3;
  if (!c.not_event.empty() || c.part || c.property.empty()) return;
  // (the cause link first: the figures before are walked only for a count that has one)
  for (const auto& link : scan.phrases(x.tables.cause_links, m.end))
    if (same_clause(scan.bounds, m.end, m.end + link.begin) &&
        scan.words_between(m.end, m.end + link.begin) <= max_words_to_cause && part_of_larger(x, scan, c)) {
      c.not_event = "how some of a larger " + c.property.str() + " figure before it died ('" +
                    std::string(scan.text.substr(m.end + link.begin, link.end - link.begin)) + " ...'): not the toll";
      return;
    }
}

// Why a count is no figure of the event it hangs on, else empty: outside it ("released
// outside the exchange"), the event a superlative compares with, an earlier figure the text
// replaces ("revising down a previous toll of 294"), or a plan ("offered the return of 1,500
// more", "12 prisoners may go to Germany").
// "handed over three civilians in exchange for 90 prisoners in the first exchange": a count an
// event word marked as another (other_event_markers) follows closely in its clause is that
// other event's figure.
std::string told_of_another_event(const Extraction& x, const SentenceView& scan, const g::CountMention& m) {
  // "Israeli strikes killed 600 ... the Iranian strikes killed 28": what another actor than the
  // page's first (event_sided_types) did, named before the count in its clause
  if (!x.first_actor.empty()) {
    // (nearest first, and only in the count's clause: a sentence of many counts stays linear)
    const auto nouns = scan.phrases(x.tables.actor_nouns, 0, m.begin);
    for (auto n = nouns.rbegin(); n != nouns.rend() && same_clause(scan.bounds, n->end, m.begin); ++n)
      if (const std::string actor = actor_before(x.tables, scan.text, n->begin);
          !actor.empty() && actor != x.first_actor)
        return "told of what another actor did ('" + std::string(scan.text.substr(n->begin, n->end - n->begin)) +
               "' of " + actor + ", where the page's first is " + x.first_actor + ")";
  }
  constexpr int max_words_to_other = 3;
  for (const std::size_t k : scan.mentions) {
    const EventMention& e = x.out.events[k];
    if (e.marked_other && e.local_begin >= m.end && same_clause(scan.bounds, m.end, e.local_begin) &&
        scan.words_between(m.end, e.local_begin) <= max_words_to_other)
      return "told of another " + e.type + " ('" +
             std::string(trim_view(scan.text.substr(m.end, e.local_end - m.end))) + "' after it)";
  }
  return "";
}

// "the first of 33 captives that the group has pledged to release": a count whose defining
// clause (count_defining_links) holds a planned event word is the plan's figure, whichever event
// word it is read with.
std::string planned_by_relative_clause(const Extraction& x, const SentenceView& scan, const g::CountMention& m) {
  constexpr int max_words_to_plan = 6;
  std::size_t link = m.end;
  while (link < scan.text.size() && is_space(scan.text[link])) ++link;
  std::size_t link_end = link;
  while (link_end < scan.text.size() && std::isalpha(static_cast<unsigned char>(scan.text[link_end]))) ++link_end;
  if (link_end == link || !x.tables.defining_links.count(lower(scan.text.substr(link, link_end - link)))) return "";
  for (const std::size_t k : scan.mentions) {
    const EventMention& e = x.out.events[k];
    if (e.future && e.local_begin > link_end && same_clause(scan.bounds, link, e.local_begin) &&
        scan.words_between(link_end, e.local_begin) <= max_words_to_plan)
      return "the figure of a plan ('" + std::string(scan.text.substr(link, e.local_end - link)) +
             "'), not of what happened";
  }
  return "";
}

// The readings that make a count not the event's figure, each a named step tried in order
// by not_this_figure: the first that gives a reason decides. A new reading is a new function
// in count_readings, not a longer function.

// A phrase of `markers` at most two words before the count's number, in its clause, else "".
std::string marked_before(const SentenceView& scan, const grammars::PhraseMatcher& markers, const g::CountMention& m) {
  for (const auto& p : scan.phrases(markers, 0, m.number_begin))
    if (p.end <= m.number_begin && scan.words_between(p.end, m.number_begin) <= 2 &&
        same_clause(scan.bounds, p.end, m.number_begin))
      return std::string(scan.text.substr(p.begin, p.end - p.begin));
  return "";
}

// Another event's figure, one compared with the event's, a plan's or one told of another event.
std::string another_events_figure(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                                  std::optional<std::size_t> mention) {
  std::string why = mention ? not_the_events(x, scan, *mention, m) : "";
  if (why.empty()) why = compared_event_figure(x, scan, m);
  if (!why.empty()) return why;
  why = planned_by_relative_clause(x, scan, m);
  if (why.empty()) why = told_of_another_event(x, scan, m);
  return why;
}

// A count alone in brackets: the size of a group named before it.
std::string group_size_in_brackets(const Extraction& /*x*/, const SentenceView& scan, const g::CountMention& m,
                                   std::optional<std::size_t> /*mention*/) {
  // "many had been sentenced to long prison terms (28 people)": a count alone in brackets
  // gives the size of the group named before it, a part of the figure
  if (m.begin > 0 && scan.text[m.begin - 1] == '(' && m.end < scan.text.size() && scan.text[m.end] == ')')
    return "the size of the group named before it, in brackets ('(" +
           std::string(scan.text.substr(m.begin, m.end - m.begin)) + ")'): a part, not the figure";
  return "";
}

// A marker right before the number: an earlier figure, an exception, a witness, reports under check.
std::string marked_as_other(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                            std::optional<std::size_t> /*mention*/) {
  const ExtractionTables& im = x.tables;
  if (const std::string marker = marked_before(scan, im.superseded_markers, m); !marker.empty())
    return "an earlier figure the text replaces ('" + marker + "'), not the current one";
  if (const std::string marker = marked_before(scan, im.exception_markers, m); !marker.empty())
    return "the exception to what the sentence says of the rest ('" + marker + "'), not a figure of it";
  if (const std::string marker = marked_before(scan, im.witnessed_markers, m); !marker.empty())
    return "what one witness saw ('" + marker + "'), not a figure of the event";
  if (const std::string marker = marked_before(scan, im.unverified_markers, m); !marker.empty())
    return "reports still being checked ('" + marker + "'), not a confirmed figure";
  return "";
}

std::string came_after_another(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                               std::optional<std::size_t> /*mention*/) {
  const ExtractionTables& im = x.tables;
  // "The attack came barely 48 hours after two villages were attacked and 25 people killed": a
  // count in the clause that "came", a unit of time and "after" open (count_earlier_event_units)
  // tells of what came before: another event, or an earlier report. ("A month after the quake
  // that killed 14" is the same quake's toll: without "came" it is read.)
  for (std::size_t after = m.begin < 1 ? std::string_view::npos : scan.text.rfind(" after ", m.begin - 1);
       after != std::string_view::npos;
       after = after == 0 ? std::string_view::npos : scan.text.rfind(" after ", after - 1)) {
    const std::size_t opens = after + std::string_view(" after ").size();
    // (the clause runs on past a dash or "and", not past a comma or a semicolon)
    constexpr int max_words_into_clause = 25;
    if (opens > m.begin) continue;
    if (scan.words_between(opens, m.begin) > max_words_into_clause) break;  // nearest first: none nearer
    const std::size_t word = earlier_event_unit_at(im, scan.text, after);
    if (word == std::string_view::npos) continue;
    // only another event told as coming before this one: "this attack came ... after" (a few
    // words back: the text looked at stays short whatever the sentence's length)
    constexpr std::size_t max_chars_back = 48;
    const std::size_t from = word > max_chars_back ? word - max_chars_back : 0;
    const std::string before = " " + lower(scan.text.substr(from, word - from)) + " ";
    std::size_t came = before.rfind(" came ");
    if (const std::size_t comes = before.rfind(" comes ");
        came == std::string::npos || (comes != std::string::npos && comes > came))
      came = comes;
    constexpr int max_words_after_verb = 4;
    const bool told_as_coming =
        came != std::string::npos && words_between(before, came + 1, before.size()) <= max_words_after_verb + 1;
    if (told_as_coming && scan.text.substr(opens, m.begin - opens).find_first_of(",;:") == std::string_view::npos)
      return "told of what came before this event ('came ... " + lower(scan.text.substr(word, after - word)) +
             " after' before it), not its figure";
  }
  return "";
}

std::string unofficial_account(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                               std::optional<std::size_t> /*mention*/) {
  const ExtractionTables& im = x.tables;
  // "According to the locals, around six were killed"; "six died, villagers said": an unofficial
  // account (before the count in its clause or opening the sentence, or anywhere after it)
  for (const auto& p : scan.phrases(im.unofficial_accounts))
    if (p.begin >= m.end ||
        (p.end <= m.begin && (same_clause(scan.bounds, p.end, m.begin) || opens_sentence(scan.text, p.begin))))
      return "an unofficial account ('" + std::string(scan.text.substr(p.begin, p.end - p.begin)) +
             "'), not a figure the authorities counted";
  return "";
}

// "While the official toll stands at 12, reporters counted at least 20 more": the
// official figure a page sets its own count against, a dispute it reports, not its own figure.
constexpr std::string_view disputed_official_why = "the official figure the page disputes";
std::string disputed_official_figure(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                                     std::optional<std::size_t> /*mention*/) {
  constexpr int max_words_to_count = 8;
  for (const auto& p : scan.phrases(x.tables.disputed_official, 0, m.begin))
    if (same_clause(scan.bounds, p.end, m.begin) && scan.words_between(p.end, m.begin) <= max_words_to_count)
      return std::string(disputed_official_why) + " ('" + std::string(scan.text.substr(p.begin, p.end - p.begin)) +
             "'), not its own";
  // "Officially, 14 deaths have been tied to the storm, but local officials count many
  // more": a sentence that opens on the official figure and turns against it after the count
  for (const auto& p : scan.phrases(x.tables.official_openers, 0, m.begin))
    if (opens_sentence(scan.text, p.begin) && scan.words_between(p.end, m.begin) <= max_words_to_count &&
        !scan.phrases(x.tables.contrast_words, m.end).empty())
      return std::string(disputed_official_why) + " ('" + std::string(scan.text.substr(p.begin, p.end - p.begin)) +
             "' and a turn against it after the count), not its own";
  // "Of the 14 official deaths, ...": that figure told again as the
  // official one (a few counts back at most: a page of thousands of counts stays linear)
  if (lower(scan.text.substr(m.begin, m.end - m.begin)).find("official") != std::string::npos) {
    constexpr int max_counts_back = 50;
    int back = 0;
    for (auto k = x.out.claims.rbegin(); k != x.out.claims.rend() && back++ < max_counts_back; ++k)
      if (k->kind == ClaimKind::count && k->not_event.starts_with(disputed_official_why) &&
          std::get<CountValue>(k->value).value == m.value)
        return std::string(disputed_official_why) + ", told again ('" + k->text + "' before it), not its own";
  }
  return "";
}

// "The disease, carried by flood water, has resulted in four deaths", "six died of cholera": an
// illness that followed the event (count_illness_causes) as the subject of the count's sentence
// or in its clause before it, with no event word between, or after it behind "of" or "from": a
// figure of the illness, not the event's toll.
std::string figure_of_an_illness(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                                 std::optional<std::size_t> /*mention*/) {
  const auto event_word_between = [&](std::size_t from, std::size_t to) {
    return std::any_of(scan.mentions.begin(), scan.mentions.end(), [&](std::size_t e) {
      return x.out.events[e].local_begin >= from && x.out.events[e].local_begin < to;
    });
  };
  const auto cause = [&](const grammars::PhraseMention& p) {
    return "a figure of an illness that followed the event ('" +
           std::string(scan.text.substr(p.begin, p.end - p.begin)) + "'), not its toll";
  };
  constexpr int max_subject_words = 2;  // "The disease", "The waterborne disease"
  for (const auto& p : scan.phrases(x.tables.illness_causes, 0, m.begin))
    if ((same_clause(scan.bounds, p.end, m.begin) || scan.words_between(0, p.begin) <= max_subject_words) &&
        !event_word_between(p.end, m.begin))
      return cause(p);
  constexpr int max_words_after = 4;
  for (const auto& p : scan.phrases(x.tables.illness_causes, m.end)) {
    const std::size_t begin = m.end + p.begin;
    const std::string_view before = scan.text.substr(m.end, begin - m.end);
    if ((before.ends_with(" of ") || before.ends_with(" from ")) && same_clause(scan.bounds, m.end, begin) &&
        scan.words_between(m.end, begin) <= max_words_after)
      return cause({begin, m.end + p.end, p.value});
  }
  return "";
}

// "feared dead": a fear, not a count.
std::string feared_figure(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                          std::optional<std::size_t> /*mention*/) {
  const ExtractionTables& im = x.tables;
  for (const auto& p : scan.phrases(im.feared_markers, m.end))
    if (scan.words_between(m.end, m.end + p.begin) == 0 && same_clause(scan.bounds, m.end, m.end + p.begin))
      return "a fear ('" + std::string(scan.text.substr(m.end + p.begin, p.end - p.begin)) +
             "'), not a figure anyone has counted";
  return "";
}

// "a funeral service for 11 killed in the floods": the people of one funeral (count_funeral_frames),
// some of the toll.
std::string funeral_group(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                          std::optional<std::size_t> /*mention*/) {
  constexpr int max_words = 6;
  const ExtractionTables& im = x.tables;
  std::string_view before = trim_view(scan.text.substr(0, m.number_begin));
  if (im.articles.contains(lower(last_word(before)))) before = trim_view(before.substr(0, before.rfind(' ') + 1));
  if (!im.funeral_links.contains(lower(last_word(before)))) return "";
  for (const auto& p : scan.phrases(im.funeral_frames, 0, m.number_begin))
    if (scan.words_between(p.end, m.number_begin) <= max_words && same_clause(scan.bounds, p.end, m.number_begin) &&
        !has_digit(scan.text.substr(p.end, m.number_begin - p.end)))
      return "the people of one funeral or burial ('" + std::string(scan.text.substr(p.begin, p.end - p.begin)) +
             "'), some of the toll, not the toll";
  return "";
}

// What a figure grew by, and a count coordinated with one.
std::string growth_of_a_figure(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                               std::optional<std::size_t> /*mention*/) {
  const ExtractionTables& im = x.tables;
  if (const std::string marker = marked_before(scan, im.increment_markers, m); !marker.empty())
    return "what a figure grew by ('" + marker + "'), not the figure";
  // "added two dead and two missing": a count coordinated with such a count is one too
  if (const Claim* prev = coordinated_count(x, scan, m.begin);
      prev && prev->not_event.starts_with("what a figure grew by"))
    return prev->not_event;
  return "";
}

std::string told_as_earlier(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                            std::optional<std::size_t> /*mention*/) {
  const ExtractionTables& im = x.tables;
  // "Earlier, a witness said 40 were hurt. The toll then stood at 12.": the paragraph an
  // opener begins tells the earlier report to its end
  const auto superseded_opener = [&](const SentenceView& sentence, std::size_t end) -> std::string {
    for (const auto& p : sentence.phrases(im.superseded_openers, 0, end))
      if (opens_sentence(sentence.text, p.begin) && p.end < sentence.text.size() && sentence.text[p.end] == ',')
        return std::string(sentence.text.substr(p.begin, p.end - p.begin));
    return "";
  };
  if (const std::string opener = superseded_opener(scan, m.number_begin); !opener.empty())
    return "told as an earlier figure (its sentence opens '" + opener + ",'), not the current one";
  // "Earlier only two foreigners were reported as dead": without the comma, the opener right
  // before the count (one word between at most)
  for (const auto& p : scan.phrases(im.superseded_openers, 0, m.number_begin))
    if (opens_sentence(scan.text, p.begin) && p.end < m.number_begin && scan.text[p.end] == ' ' &&
        scan.words_between(p.end, m.number_begin) <= 1)
      return "told as an earlier figure (its sentence opens '" +
             std::string(scan.text.substr(p.begin, p.end - p.begin)) + "' right before it), not the current one";
  if (const std::size_t first = x.paragraph_start(scan.index); first != scan.index)
    if (const std::string opener = superseded_opener(x.sentences[first], x.sentences[first].text.size());
        !opener.empty())
      return "told as an earlier figure (its paragraph opens '" + opener + ",'), not the current one";
  return "";
}

std::string figure_of_a_window(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                               std::optional<std::size_t> /*mention*/) {
  const ExtractionTables& im = x.tables;
  // "189 people died across the province in the last 24 hours", "in the past 24 hours alone,
  // 307 people have died": the deaths of a window, not the toll so far. A window the sentence
  // opens on, with a comma, frames all of its counts: "In the past 24 hours alone, 40 civilians
  // were killed and 170 injured".
  const auto opening_window = [&](const grammars::PhraseMention& p) {
    std::string_view rest = scan.text.substr(p.end);
    if (rest.starts_with(" alone")) rest.remove_prefix(std::string_view(" alone").size());
    return p.end <= m.begin && opens_sentence(scan.text, p.begin) && rest.starts_with(",");
  };
  // A window further back in the sentence frames the count too ("described the past 24 hours as
  // the worst of the war, with 104 deaths"), unless the count is a tally or the sentence turns to
  // the total between them ("..., bringing the toll to 104").
  const auto window_before = [&](const grammars::PhraseMention& p) {
    if (p.end > m.begin || m.category == "tally" || !scan.phrases(im.increase_markers, p.end, m.begin).empty())
      return false;
    for (const auto& scope : scan.phrases(im.clause_scopes, p.end, m.end))
      if (same_clause(scan.bounds, p.end + scope.end, m.begin)) return false;
    return true;
  };
  // "over the past six weeks", "in the last three days": an opener, a number and a unit of time
  // make a window of any length
  std::vector<grammars::PhraseMention> windows = scan.phrases(im.window_markers);
  for (const auto& o : scan.phrases(im.window_openers)) {
    std::size_t at = o.end;
    while (at < scan.text.size() && is_space(scan.text[at])) ++at;
    const auto n = im.counts.numbers().parse_at(scan.text, at);
    if (!n) continue;
    constexpr std::size_t max_unit_reach = 16;  // the unit is the next word
    for (const auto& u : scan.phrases(im.window_units, n->end, n->end + max_unit_reach))
      if (u.begin <= 1) windows.push_back({o.begin, n->end + u.end, u.value});
  }
  // (only the nearest window before the count is looked for further back: linear in the counts)
  const grammars::PhraseMention* nearest_before = nullptr;
  for (const auto& p : windows)
    if (p.end <= m.begin && (!nearest_before || p.end > nearest_before->end)) nearest_before = &p;
  for (const auto& p : windows)
    if ((p.begin >= m.end && same_clause(scan.bounds, m.end, p.begin) && scan.words_between(m.end, p.begin) <= 8) ||
        (p.end <= m.begin && scan.words_between(p.end, m.begin) <= 2) || opening_window(p) ||
        (&p == nearest_before && window_before(p)))
      return "a figure of a window ('" + std::string(scan.text.substr(p.begin, p.end - p.begin)) +
             "'), not the toll so far";
  return "";
}

std::string figure_of_a_longer_span(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                                    std::optional<std::size_t> /*mention*/) {
  const ExtractionTables& im = x.tables;
  // "the full-scale war has killed 480 children, three of them on Monday": a span
  // longer than the event's
  // ("In more than five years of war, Norland has freed only seven": a span opening the
  // sentence scopes the clause after its comma)
  constexpr int max_words_after_span = 4, max_words_before_opening_span = 4, max_words_after_opening_span = 7;
  for (const auto& p : scan.phrases(im.longer_spans, 0, m.begin)) {
    const bool opening = !same_clause(scan.bounds, p.end, m.begin);
    if (opening && scan.words_between(0, p.begin) > max_words_before_opening_span) continue;
    // (the opening's comma is a token of its own; the clause after it names its subject)
    if (scan.words_between(p.end, m.begin) <= (opening ? max_words_after_opening_span : max_words_after_span))
      return "a figure of a longer span ('" + std::string(scan.text.substr(p.begin, p.end - p.begin)) +
             "'), not this event's";
  }
  // "... the war has killed 300 children. More than 900 were injured.": a number
  // with no noun of its own, right after a sentence of its paragraph whose last count is of a
  // longer span, goes on with that span
  if (m.noun.empty() && scan.index > 0 && x.paragraph_start(scan.index) < scan.index && !x.out.claims.empty()) {
    const Claim& last = x.out.claims.back();
    if (last.kind == ClaimKind::count && last.sentence + 1 == scan.index &&
        last.not_event.starts_with("a figure of a longer span"))
      return "goes on with the sentence before it (" + last.not_event + ")";
  }
  return "";
}

std::string a_rate(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                   std::optional<std::size_t> /*mention*/) {
  const ExtractionTables& im = x.tables;
  // "30 Palestinians per civilian hostage", "50 in exchange for female soldiers": a rate
  for (const auto* rates : {&im.rate_markers, &im.rate_exchanges})
    for (const auto& p : scan.phrases(*rates, m.end)) {
      if (p.begin > 1 || !same_clause(scan.bounds, m.end, m.end + p.begin)) break;
      std::size_t next = m.end + p.end;
      while (next < scan.text.size() && is_space(scan.text[next])) ++next;
      const bool figure_follows = im.counts.numbers().parse_qualified_at(scan.text, next).has_value() ||
                                  !scan.phrases(im.definite_articles, next, next + 4).empty();
      if (rates == &im.rate_exchanges && figure_follows) break;
      return "a rate ('" + std::string(scan.text.substr(m.end + p.begin, p.end - p.begin)) + "'), not a figure";
    }
  return "";
}

std::string became_another_figure(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                                  std::optional<std::size_t> /*mention*/) {
  const ExtractionTables& im = x.tables;
  // "climbed to 30 as three injured succumbed", "three missing were later found dead": people of
  // the figure the count names who became another's; neither figure
  if (const std::string_view counted = scan.text.substr(m.begin, m.end - m.begin); !im.properties.find(counted).empty())
    for (const auto& p : scan.phrases(im.changed_group_verbs, m.end))
      if (scan.words_between(m.end, m.end + p.begin) <= 1 && same_clause(scan.bounds, m.end, m.end + p.begin))
        return "people of that figure who became another's ('" + std::string(counted) + " " +
               std::string(scan.text.substr(m.end + p.begin, p.end - p.begin)) + "'), neither figure";
  return "";
}

// "The minister, arriving hours after the quake, said 50 people had been killed": a figure told as
// of the first hours after its event (count_early_moment_markers right before an event word, in
// its sentence before it, and a reporting verb between that word and the count) is an early
// one, not the page's current figure. ("36 hours after a quake killed at least 157 people" is
// the quake's toll as of the moment told: no one reports it then.)
std::string told_hours_after(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                             std::optional<std::size_t> /*mention*/) {
  constexpr int max_words_to_event = 2;
  for (const auto& p : scan.phrases(x.tables.early_moment_markers, 0, m.number_begin))
    for (const std::size_t index : scan.mentions)
      if (const auto& e = x.out.events[index];
          e.local_begin >= p.end && e.local_end < m.number_begin &&
          scan.words_between(p.end, e.local_begin) <= max_words_to_event &&
          !scan.phrases(x.tables.reporting_verbs, e.local_end, m.number_begin).empty())
        return "an early figure, told as of '" + std::string(scan.text.substr(p.begin, e.local_end - p.begin)) +
               "', not the current one";
  return "";
}

std::string reported_as_earlier(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                                std::optional<std::size_t> /*mention*/) {
  const ExtractionTables& im = x.tables;
  // (or as the subject the sentence opens on: "Initial figures from Tarn's spokesman, Avo Lind,
  // suggested seven deaths"; not past a turn to the present: "Earlier reports spoke of 280 dead,
  // but the agency now reports 1,000"). A capitalised phrase right after a word with no stop
  // between opens a sentence whose break the page lost behind a run-in heading ("Toll likely to
  // rise Initial figures from ... suggested seven deaths").
  const auto after_lost_break = [&](std::size_t at) {
    std::size_t before = at;
    while (before > 0 && is_space(scan.text[before - 1])) --before;
    return before < at && before > 0 && is_upper(scan.text[at]) &&
           std::islower(static_cast<unsigned char>(scan.text[before - 1])) != 0;
  };
  // ("Authorities reported that initially, seven were missing": or the reported clause)
  const auto opens_reported_clause = [&](std::size_t at) {
    const auto c = scan.phrases(im.report_complementizers, 0, at);
    return !c.empty() && trim_view(scan.text.substr(c.back().end, at - c.back().end)).empty();
  };
  const auto subject_opens_sentence = [&](const grammars::PhraseMention& p) {
    if (!trim_view(scan.text.substr(0, p.begin)).empty() && !after_lost_break(p.begin) &&
        !opens_reported_clause(p.begin))
      return false;
    const std::string between = " " + lower(scan.text.substr(p.end, m.number_begin - p.end)) + " ";
    return between.find(" but ") == std::string::npos && between.find(" now ") == std::string::npos;
  };
  for (const auto& p : scan.phrases(im.superseded_reports, 0, m.number_begin))
    if (p.end <= m.number_begin && (same_clause(scan.bounds, p.end, m.number_begin) || subject_opens_sentence(p)))
      return "reported as an earlier figure ('" + std::string(scan.text.substr(p.begin, p.end - p.begin)) +
             "' in its clause), not the current one";
  return "";
}

std::string what_they_were_reported_as(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                                       std::optional<std::size_t> /*mention*/) {
  const ExtractionTables& im = x.tables;
  // "1,732 people originally reported as unaccounted for have been found safe": what the
  // counted were reported as before, not what they are now
  for (const auto* earlier : {&im.superseded_markers, &im.superseded_reports})
    for (const auto& p : scan.phrases(*earlier, m.end))
      if (scan.words_between(m.end, m.end + p.begin) <= 1 && same_clause(scan.bounds, m.end, m.end + p.begin))
        return "what they were reported as earlier ('" +
               std::string(scan.text.substr(m.end + p.begin, p.end - p.begin)) + "' after it), not the current figure";
  return "";
}

std::string size_of_what_is_contested(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                                      std::optional<std::size_t> /*mention*/) {
  const ExtractionTables& im = x.tables;
  // "In Punjab, which has 13 seats, the party won seven": the size of what is contested
  for (const auto& p : scan.phrases(im.capacity_frames, 0, m.number_begin))
    if (p.end <= m.number_begin && scan.words_between(p.end, m.number_begin) <= 3 &&
        same_clause(scan.bounds, p.end, m.number_begin) &&
        scan.phrases(im.properties, p.end, m.number_begin).empty())  // "flooding that has killed 80"
      return "the size of what is contested ('" + std::string(scan.text.substr(p.begin, p.end - p.begin)) +
             "'), not a result";
  return "";
}

std::string planned_figure(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                           std::optional<std::size_t> mention) {
  const ExtractionTables& im = x.tables;
  std::string why;
  // a plan, whatever event it falls back to
  if (!mention)
    for (const auto& f : scan.phrases(im.future_markers, 0, m.begin))
      if (same_clause(scan.bounds, f.end, m.begin) && scan.words_between(f.end, m.begin) <= far_plan_words)
        why = "a planned figure ('" + std::string(scan.text.substr(f.begin, f.end - f.begin)) + "'), not what happened";
  if (!why.empty()) return why;
  // the verb after the count is a plan's (but "a swap to be carried out" is the agreement's
  // own figure)
  if (mention && x.out.events[*mention].type == "agreement") return "";
  for (const auto& f : scan.phrases(im.future_markers, m.end))
    if (scan.words_between(m.end, m.end + f.begin) <= 1 && same_clause(scan.bounds, m.end, m.end + f.begin) &&
        scan.text.substr(m.end + f.begin, f.end - f.begin) != "to be")
      return "a planned figure ('" + std::string(scan.text.substr(m.end + f.begin, f.end - f.begin)) +
             "' after it), not what happened";
  // "33 hostages and 1,900 prisoners are expected to be freed": the plan after a figure
  // coordinated with this one (a conjunction, a number and up to three words) is this one's too
  constexpr int max_coordinated_words = 5;
  for (const auto& f : scan.phrases(im.future_markers, m.end)) {
    const std::size_t at = m.end + f.begin;
    if (scan.words_between(m.end, at) > max_coordinated_words) break;
    const std::string_view between = scan.text.substr(m.end, at - m.end);
    if (between.find(", ") != std::string_view::npos || scan.text.substr(at, f.end - f.begin) == "to be") continue;
    for (const std::string& joint : im.conjunction_joints) {
      if (between.starts_with(joint))
        if (const auto next = im.counts.numbers().parse_qualified_at(scan.text, m.end + joint.size());
            next && next->end <= at && !has_digit(scan.text.substr(next->end, at - next->end)) &&
            same_clause(scan.bounds, next->end, at))
          return "a planned figure ('" + std::string(scan.text.substr(at, f.end - f.begin)) +
                 "' after the figure it is coordinated with), not what happened";
    }
  }
  return "";
}

// "killed at least 70 people each in the cities of Varno and Tarn, and two each in the towns of
// Morva and Kelland": "each" before places joined by "and" gives every one of those places that
// figure, not each side of a swap. A figure of several places at once, none of them named alone.
std::string each_of_several_places(const Extraction& /*x*/, const SentenceView& scan, const g::CountMention& m,
                                   std::optional<std::size_t> /*mention*/) {
  if (m.scope != Scope::per_side || lower(m.scope_text) != "each") return "";
  constexpr std::size_t max_reach = 96;  // "in the prefectural cities of Varno and Tarn"
  const std::string_view after = scan.text.substr(m.end, std::min(max_reach, scan.text.size() - m.end));
  if (!after.starts_with(" in ")) return "";
  // up to four words in lower case ("the prefectural cities of"), then a name, "and", a name
  std::size_t at = std::string_view(" in ").size();
  for (int words = 0; words < 4 && at < after.size() && std::islower(static_cast<unsigned char>(after[at])) != 0;
       ++words) {
    const std::size_t space = after.find(' ', at);
    if (space == std::string_view::npos) return "";
    at = space + 1;
  }
  if (at >= after.size() || !is_upper(after[at])) return "";
  const std::size_t joined = after.find(" and ", at);
  if (joined == std::string_view::npos || joined + 5 >= after.size() || !is_upper(after[joined + 5])) return "";
  // (only names between: "Varno and Tarn", "Port Ellis and Tarn")
  for (std::size_t k = at; k < joined; ++k)
    if (after[k] == ' ' && !is_upper(after[k + 1])) return "";
  const std::size_t name_end = std::min(after.find_first_of(",.;", joined), after.size());
  return "a figure of each of several places ('each" + std::string(after.substr(0, name_end)) +
         "'), not one place's or the event's";
}

// "At the site of a quake-triggered landslide in Tarn that killed five people": an event word
// joined by a hyphen to a word of event_compound_modifiers modifies what follows it; a count
// after it in its clause is of that landslide or town, a part of the event's figure.
std::string figure_of_what_it_caused(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                                     std::optional<std::size_t> mention) {
  if (!mention) return "";
  const EventMention& e = x.out.events[*mention];
  if (e.local_end > m.begin || e.local_end >= scan.text.size() || scan.text[e.local_end] != '-' ||
      !same_clause(scan.bounds, e.local_end, m.begin))
    return "";
  std::size_t end = e.local_end + 1;
  while (end < scan.text.size() && std::isalpha(static_cast<unsigned char>(scan.text[end])) != 0) ++end;
  const std::string modifier = lower(scan.text.substr(e.local_end + 1, end - e.local_end - 1));
  if (!x.tables.compound_modifiers.contains(modifier)) return "";
  // (the words it modifies, up to the count's clause: "quake-triggered landslide in Tarn")
  const std::size_t stop = std::min(scan.text.find_first_of(",;", end), m.begin);
  constexpr std::size_t max_shown = 60;
  return "a figure of what the " + std::string(e.type) + " " + modifier + " ('" +
         std::string(
             trim_view(scan.text.substr(e.local_begin, std::min(stop, e.local_begin + max_shown) - e.local_begin))) +
         "'), a part of the event's figure, not its toll";
}

// "40 houses were destroyed and three people injured in the floods triggered by the storm": after the count in its
// sentence, "in" (or "by", "from", "during"), up to three words naming something else, then a consequence verb
// (event_consequence_verbs) and "by" the count's own event word: the count is of what its event caused, a part of its
// figure, not its toll.
// ("killed in floods triggered by heavy rain": the cause is no event word of the count's type.)
std::string figure_of_a_caused_event(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                                     std::optional<std::size_t> mention) {
  constexpr int max_words_to_verb = 14, max_caused_words = 3;
  if (!mention) return "";
  const ExtractionTables& im = x.tables;
  const std::string& type = x.out.events[*mention].type;
  const std::string_view s = scan.text;
  const auto triggers = scan.phrases(im.triggers, m.end);
  // the word starting at `at` (up to a space or the end)
  const auto word_at = [&](std::size_t at) {
    const std::size_t space = s.find(' ', at);
    return s.substr(at, (space == std::string_view::npos ? s.size() : space) - at);
  };
  for (const auto& v : scan.phrases(im.consequence_verbs, m.end)) {
    const std::size_t verb = m.end + v.begin, verb_end = m.end + v.end;
    if (scan.words_between(m.end, verb) > max_words_to_verb) break;
    // "by the cyclone": an agent word, an article, then the count's own event word
    if (verb_end + 1 >= s.size() || s[verb_end] != ' ' || !im.caused_agents.contains(lower(word_at(verb_end + 1))))
      continue;
    std::size_t cause = verb_end + 1 + word_at(verb_end + 1).size() + 1;
    if (cause < s.size() && im.articles.contains(lower(word_at(cause)))) cause += word_at(cause).size() + 1;
    const bool by_own = std::any_of(triggers.begin(), triggers.end(),
                                    [&](const auto& t) { return m.end + t.begin == cause && t.value == type; });
    if (!by_own || verb == 0 || s[verb - 1] != ' ') continue;
    // "in the landslides": an opener, an article and up to three words before the verb
    std::size_t words_begin = verb - 1;
    std::string_view caused;
    for (int words = 0; words < max_caused_words + 2 && words_begin > m.end; ++words) {
      const std::size_t space = s.rfind(' ', words_begin - 1);
      if (space == std::string_view::npos || space < m.end) break;
      const std::string word = lower(s.substr(space + 1, words_begin - space - 1));
      if (im.caused_openers.contains(word)) {
        caused = trim_view(s.substr(words_begin, verb - words_begin));
        break;
      }
      words_begin = space;
    }
    if (!caused.empty() && im.articles.contains(lower(word_at(static_cast<std::size_t>(caused.data() - s.data())))))
      caused.remove_prefix(std::min(caused.size(), caused.find(' ') + 1));
    if (caused.empty() || has_digit(caused) || caused.find(',') != std::string_view::npos) continue;
    // ("in the second storm caused by the first storm": the count's own kind of event)
    if (std::any_of(triggers.begin(), triggers.end(), [&](const auto& t) {
          return m.end + t.begin >= words_begin && m.end + t.end <= verb && t.value == type;
        }))
      continue;
    return "a figure of the " + std::string(caused) + " the " + type + " caused ('" +
           std::string(s.substr(verb, cause - verb)) + "...'), a part of its figure, not its toll";
  }
  return "";
}

using CountReading = std::string (*)(const Extraction&, const SentenceView&, const g::CountMention&,
                                     std::optional<std::size_t>);
constexpr CountReading count_readings[] = {another_events_figure,
                                           group_size_in_brackets,
                                           marked_as_other,
                                           came_after_another,
                                           unofficial_account,
                                           disputed_official_figure,
                                           figure_of_an_illness,
                                           feared_figure,
                                           funeral_group,
                                           growth_of_a_figure,
                                           told_as_earlier,
                                           figure_of_a_window,
                                           figure_of_a_longer_span,
                                           a_rate,
                                           became_another_figure,
                                           reported_as_earlier,
                                           told_hours_after,
                                           what_they_were_reported_as,
                                           size_of_what_is_contested,
                                           planned_figure,
                                           each_of_several_places,
                                           figure_of_what_it_caused,
                                           figure_of_a_caused_event};

std::string not_this_figure(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                            std::optional<std::size_t> mention) {
  for (const CountReading reading : count_readings)
    if (std::string why = reading(x, scan, m, mention); !why.empty()) return why;
  return "";
}

// "179 of the 181 people on board were killed", "33 of the 80 hostages were freed": the verb
// tells what happened to the part; the whole is everyone the noun names. "three of his four
// children": a share of a whole of the same kind, never compared with it.
void whole_of_everyone(const ExtractionTables& im, const g::CountMention& whole, Claim& c) {
  // "six of the 13 released Israelis": the verb inside the whole is its own
  if (!im.properties.find(c.text).empty()) return;
  if (!whole.noun.empty() && (whole.category.empty() || whole.category == "people") && c.property != "people" &&
      c.property.find('/') == std::string::npos) {
    c.explain.push_back("everyone '" + lower(whole.noun) + "' names: the " + c.property + " are its part before it");
    c.property = "people";
  }
}

// (`whole_exchanged`: the whole is those an exchange moved: "two of the 18 prisoners in the
// swap" are a share of them, not the released of everyone held; the whole stays everyone its
// noun names, whose sides it does not say)
void share_of(const ExtractionTables& im, const g::CountMention& whole, std::pair<Claim, ClaimSite>& part, Claim& c,
              bool whole_exchanged) {
  whole_of_everyone(im, whole, c);
  // "Divers found the bodies of three of the eight missing workers": a whole of people missing
  // (count_shrinking_properties) is how many were missing before the news its share tells
  if (im.shrinking_properties.contains(base_property(c.property)) && c.not_event.empty())
    c.not_event =
        "the " + base_property(c.property) + " before the news of the share in its sentence: an earlier figure";
  if (part.first.property == c.property || whole_exchanged) {
    part.first.part = CountPart{"share", "of " + format_count(whole.value), part.first.property};
    part.first.explain.push_back("a part: share of " + format_count(whole.value));
  }
}

// "most of the 181 people on board are presumed dead": the whole a vague part is taken from.
void vague_share_of(const ExtractionTables& im, const SentenceView& scan, const g::CountMention& m, Claim& c) {
  for (const auto& o : scan.phrases(im.vague_part_openers, 0, m.begin))
    if (o.end + 1 == m.begin) return whole_of_everyone(im, m, c);
}

// "1,300 civilians were still held", "detaining 16,000 civilians": people held, not those
// freed; "two injured people remain in hospital": people in hospital, not the injured toll;
// "2,170 injured people have been admitted to hospitals": people taken there so far.
// The status a count's clause gives its people, else empty.
std::string status_of(const ExtractionTables& im, const SentenceView& scan, const g::CountMention& m) {
  // "5 injured in the plane crash remain hospitalized": a phrase of where (no figure, no comma)
  // may stand between the count and its status
  constexpr int max_words_to_status = 3, max_words_with_place = 6;
  const auto within_reach = [&](std::size_t at) {
    // "17 died and 19 are seriously injured": a status after another figure is that figure's
    if (has_digit(scan.text.substr(m.end, at - m.end))) return false;
    const int words = scan.words_between(m.end, at);
    if (words <= max_words_to_status) return true;
    // ("Six people wounded in the nightclub shooting are critically ill": the participle of the
    // count's own figure before the phrase of where)
    std::size_t from = m.end;
    if (const auto verbs = scan.phrases(im.properties, m.end, at); !verbs.empty() && verbs.front().begin == 1)
      from = m.end + verbs.front().end;
    const std::string_view between = scan.text.substr(from, at - from);
    return scan.words_between(from, at) <= max_words_with_place &&
           (between.starts_with(" in ") || between.starts_with(" at ") || between.starts_with(" from ")) &&
           between.find_first_of(",;:0123456789") == std::string_view::npos;
  };
  // "Two victims were identified on Friday as ...": a status that names them is none; nor is
  // one still to come ("one of the six missing will be identified")
  constexpr int max_words_to_naming = 3;
  const auto blocked = [&](std::size_t status_begin, std::size_t status_end) {
    for (const auto& b : scan.phrases(im.status_blockers, 0, status_begin))
      if (b.value == "before" && b.end <= status_begin && scan.words_between(b.end, status_begin) == 0) return true;
    for (const auto& b : scan.phrases(im.status_blockers, status_end))
      if (b.value == "after")
        return scan.words_between(status_end, status_end + b.begin) <= max_words_to_naming &&
               same_clause(scan.bounds, status_end, status_end + b.begin);
    return false;
  };
  for (const auto& p : scan.phrases(im.properties, m.end))
    if (im.status_properties.contains(p.value) && within_reach(m.end + p.begin) &&
        same_clause(scan.bounds, m.end, m.end + p.begin) && !blocked(m.end + p.begin, m.end + p.end))
      return p.value;
  for (const auto& p : scan.phrases(im.properties, 0, m.begin))
    if (p.value == "held" && scan.words_between(p.end, m.begin) <= 2 && same_clause(scan.bounds, p.end, m.begin))
      return p.value;
  return "";
}

// What a count counts when no running figure or status says it: the verb nearest the number,
// a whole before it the count is a part of, the group its clause defines, a figure word before
// a figure noun, a group hurt or a thing's state, or the count before it.
void assign_verb_property(const Extraction& x, const SentenceView& scan, const g::CountMention& m,
                          const std::vector<g::CountMention>& counts, Claim& c) {
  const ExtractionTables& im = x.tables;
  std::string verb = governing_verb(im, scan, m, counts);
  if (!m.verb.empty()) verb = m.verb;  // the verb the grammar found governing a bare number
  if (const std::string hedge = hedged_verb(im, scan, m, verb); !hedge.empty()) {
    c.property = verb + "/" + hedge;
    c.explain.push_back("a " + hedge + " figure (count_figure_qualifiers before its verb's word), not the " + verb +
                        " toll");
    return;
  }
  // A part of a count before it, never compared with the whole.
  const auto whole = subgroup_whole(x, scan, m, verb);
  const bool subgroup = whole.has_value();
  const std::string parent = whole.value_or("");
  const std::string group = !m.defined_by.empty()                           ? m.defined_by
                            : !m.category.empty() && m.category != "people" ? m.category
                                                                            : lower(m.noun);
  if (subgroup && parent.ends_with("/" + group)) {
    c.property = parent;  // one more count of the same group ("Among them, 121 were serving ...")
    c.explain.push_back("the same group as the " + parent + " count before it");
  } else if (subgroup && !parent.empty() && !group.empty() && parent != group && parent.rfind(group + "/", 0) != 0) {
    c.property = parent + "/" + group;
    c.explain.push_back("a part of the " + parent + " count before it" +
                        (m.defined_by.empty() ? "" : ", the group its clause defines (" + group + ")"));
  } else if (!m.defined_by.empty()) {
    c.property = m.defined_by;
    c.explain.push_back("the group its clause defines, with no whole before it");
  } else if (const std::string qualified = qualified_figure(im, scan, m); !qualified.empty()) {
    c.property = m.category + "/" + qualified;
    c.explain.push_back("a " + qualified + " figure, not the " + m.category + " toll");
  } else if (const auto other = other_figure_before(im, scan, m)) {
    c.property = other->value;
    c.explain.push_back("'" + std::string(scan.text.substr(other->begin, other->end - other->begin)) +
                        "' before a figure noun: " + other->value + ", not " + m.category);
  } else if (!m.category.empty() && m.category != "people") {
    // A group hurt, killed or missing is its own figure: "two children were killed" and
    // "five children were injured" must not be compared as "children".
    // not itself a harm ("dead", "injured"), nor a thing ("900 houses damaged")
    const bool harm = !verb.empty() && verb != "released" && verb != "held" && verb != m.category &&
                      im.properties.find(m.category).empty() && im.things.find(m.category).empty();
    c.property = harm ? verb + "/" + m.category : m.category;
    if (const std::string state = thing_state(im, scan, m); !state.empty()) c.property += "/" + state;
  } else if (!m.noun.empty() &&
             ((verb == "released" && (m.category.empty() || m.category == "people") && !names_everyone(im, m.noun)) ||
              (m.category.empty() && verb != "released" && im.verb_properties.contains(verb)))) {
    // A noun that does not name everyone released ("70 collaborators", "82 defenders of the
    // city") is a group of its own: what its verb did to them, never compared with the
    // released as a whole. So is a noun of people outside the lexicon after any verb of a
    // figure ("killed 12 workers", "injured 30 spectators").
    c.property = verb + "/" + lower(m.noun);
    c.explain.push_back("a group the lexicon does not name: " + lower(m.noun));
  } else {
    c.property = verb;
  }
  // "Each side freed 180 prisoners, 360 in total", "Russia returned the remains of 1,000
  // people, while Ukraine returned 24": a bare number after a count in the same sentence
  // counts the same thing, whatever verb governs it.
  const bool pair = m.scope_text.find("for") != std::string::npos;  // "1,000-for-1,000" counts the swapped
  if (pair && m.noun.empty() && m.category.empty()) {
    c.property = "released";
    pair_group(im, scan, m, c);
  }
  // Only a count that names its groups itself ("and 180 on Friday" borrows its noun).
  if (!m.noun.empty() && lower(c.text).find(lower(m.noun)) != std::string::npos)
    c.groups = groups_named(im, lower(m.noun));
  if ((c.property.empty() || m.noun.empty()) && m.category.empty() && m.verb.empty() && !pair) {
    if (const Claim* prev = x.previous_count(scan)) {
      c.property = prev->property;
      c.explain.push_back("counts " + prev->property + " like the count before it");
    }
  }
  // "killed 21 people - 14 in Fiji and 7 in Tonga": each place's figure of the toll before it
  if (m.listed)
    if (const Claim* prev = x.previous_count(scan)) c.property = prev->property;
  if (c.property.empty()) c.property = m.category.empty() ? "count" : m.category;
  // "1,500 injured victims": a figure word before the noun's head names what is counted
  if (const std::string inner = figure_in_noun(im, scan, m); !inner.empty() && c.property == m.category) {
    c.property = inner;
    c.explain.push_back("'" + std::string(trim_view(scan.text.substr(m.number_end, m.end - m.number_end))) +
                        "': " + inner + ", not " + m.category);
  }
  narrow_group(im, scan, m, c);
}

// "The number of shelters opened for people displaced by the floods has risen to 85": a
// running figure whose clause says "number of" before a noun that is neither a group of people
// (count_categories) nor a figure's word, nor one word before such ("the number of flood
// deaths", "of those killed"), counts that noun, not the figure named after it.
bool counts_no_figure(const ExtractionTables& im, const SentenceView& scan, std::size_t number_begin) {
  constexpr std::string_view frame = "number of ";
  const std::string clause = lower(scan.text.substr(0, number_begin));
  const std::size_t at = clause.rfind(frame);
  if (at == std::string::npos || !same_clause(scan.bounds, at, number_begin)) return false;
  std::size_t noun = at + frame.size();
  if (clause.compare(noun, 4, "the ") == 0) noun += 4;
  const auto starts_here = [&](const grammars::PhraseMatcher& words) {
    const auto found = scan.phrases(words, noun, number_begin);
    return !found.empty() && scan.words_between(noun, noun + found.front().begin) <= 1;
  };
  return !starts_here(im.people_groups) && !starts_here(im.properties);
}

}  // namespace

void extract_count_claims(Extraction& x) {
  const Document& doc = x.doc;
  const DocumentClaims& out = x.out;
  const ExtractionTables& im = x.tables;
  for (auto& scan : x.sentences) {
    if (scan.skipped) continue;
    std::string why;
    const auto counts = im.counts_for(doc).parse(scan.text);
    for (const auto& m : counts) {
      if (signed_or_exponent(scan.text, m.begin) || an_amount_of_money(im, scan, m.end)) continue;
      // "more than 35, 000 people": a number written with a leading zero is the tail of a
      // number broken by a stray space, no count of its own
      if (m.number_begin + 1 < scan.text.size() && scan.text[m.number_begin] == '0' &&
          std::isdigit(static_cast<unsigned char>(scan.text[m.number_begin + 1])))
        continue;
      if (broken_thousands_tail(scan, m.number_begin)) continue;
      // "on January 2, 2024 Residents walk past": the year of a date is no count
      if (std::any_of(scan.dates.begin(), scan.dates.end(),
                      [&](const auto& d) { return d.begin <= m.number_begin && m.number_begin < d.end; }))
        continue;
      // People and things come whole: "the 6.8 earthquake killed" is a magnitude, "1.5
      // million" is already whole.
      if (m.value != std::floor(m.value) || (m.value_hi && *m.value_hi != std::floor(*m.value_hi))) continue;
      Claim c = x.base_claim(scan, m.begin, m.end);
      c.kind = ClaimKind::count;
      c.qualifier = m.qualifier;
      c.scope = m.scope;
      c.side = m.side;
      // no noun and no verb: a frame gave its category ("the death toll was", "has risen to")
      c.framed = m.category == "tally" || (m.noun.empty() && !m.category.empty() && !m.governed);
      CountValue v;
      v.value = m.value;
      v.value_hi = m.value_hi;
      v.lo = m.lo;
      v.hi = m.hi;
      v.vague = m.vague;
      c.value = v;
      rounded_headline_figure(x, scan, m, c);
      summary_headline_figure(x, scan, c);
      distribute_bound(x, scan, m, c);
      if (!m.scope_text.empty())
        c.explain.push_back("scope " + std::string(to_string(m.scope)) + " from '" + m.scope_text + "'");
      if (lone_person(im, scan, m) || counts_events(im, scan, m)) continue;
      if (!place_count(x, scan, m, c)) continue;
      // Property: the category when it is specific, else the verb nearest the number. A tally
      // ("has risen to 147") counts what its clause says before it, or nothing we can compare.
      // "two injured people remain in hospital"; but in "Sixty-six of 85 injured were
      // hospitalised" the status is the share's, and the 85 the injured
      const std::string status = status_of(im, scan, m);
      const bool status_of_share = !status.empty() && share_before(x, scan, m);
      if (m.category == "tally") {
        // up to the number: a gapped frame holds what it counts ("put the number of deaths ... at")
        for (const auto& p : scan.phrases(im.properties, 0, m.number_begin))
          if (same_clause(scan.bounds, p.end, m.number_begin) && p.value != "released") c.property = p.value;
        if (c.property.empty() || counts_no_figure(im, scan, m.number_begin)) continue;
        c.explain.push_back("a running figure of " + c.property + " (from the clause before it)");
        c.rising = true;
        // "put the number of flood deaths outside Kerr County at 22": everywhere but that place
        for (const auto& p : scan.phrases(im.complement_places, 0, m.number_begin)) {
          const std::string_view words = scan.text.substr(p.begin, p.end - p.begin);
          if (!same_clause(scan.bounds, p.end, m.number_begin) || !(words == "outside" || words == "beyond")) continue;
          if (const std::string place = name_at(im, scan.text, p.end + 1); !place.empty()) {
            c.part = CountPart{"place", "outside " + place, c.property};
            c.explain.push_back("a part: place outside " + place + " ('" + std::string(words) + " " + place + "')");
          }
        }
      } else if (m.predicate_group) {
        // "Of the 43 dead in Lane County, 28 were adults and 15 were children": a group of the
        // count before it in the sentence, else of nothing said
        const Claim* whole = x.previous_count(scan);
        // "43 were missing": a figure word is no group
        if (!whole || !im.part_values.contains(m.category)) continue;
        c.property = base_property(whole->property) + "/" + m.category;
        if (!whole->location.empty()) c.location = whole->location;
        c.explain.push_back("a group of the count before it ('" + whole->text + "'), named after a copula");
      } else if (!status.empty() && !status_of_share) {
        c.property = status;
      } else {
        assign_verb_property(x, scan, m, counts, c);
      }
      said_to_be(x, scan, m, c);
      place_of_a_part(x, scan, m, c);
      distinguish_list_items(x, scan, m, c);
      mark_addition(x, scan, m, c);
      auto mention = attach_to_mention(x, scan, m.begin, m.end, true, why);
      c.not_event = not_this_figure(x, scan, m, mention);
      if (c.not_event.empty()) c.not_event = one_day_of_a_toll(x, scan, c);
      cause_of_a_part(x, scan, m, c);
      // "189 died in the last 24 hours, including 163 men": a group of a figure that is not the
      // event's is not either
      if (const Claim* whole = x.previous_count(scan); c.not_event.empty() && whole && !whole->not_event.empty() &&
                                                       c.property.starts_with(base_property(whole->property) + "/"))
        c.not_event = whole->not_event.starts_with("a group told with ")
                          ? whole->not_event.str()
                          : "a group told with '" + whole->text + "': " + whole->not_event;
      // "17 victims stabbed, 12 remain in hospital": the dead and the wounded together
      if (c.property == "killed" && !m.noun.empty() && !im.victim_nouns.find(m.noun).empty())
        for (const auto& h : scan.phrases(im.undecided_harms, m.end))
          if (scan.words_between(m.end, m.end + h.begin) == 0 && same_clause(scan.bounds, m.end, m.end + h.begin)) {
            c.property = "casualties";
            c.explain.push_back("victims of a harm that does not say whether they lived ('" +
                                std::string(scan.text.substr(m.end + h.begin, h.end - h.begin)) +
                                "'): casualties, not the toll");
            break;
          }
      // "120 houses and 40 shops were also razed": homes in no state read
      if (c.not_event.empty() && im.stateful_things.contains(c.property))
        c.not_event = "'" + c.text + "' in no state read (destroyed, damaged): not compared";
      if (mention) {
        c.explain.push_back("about " + out.events[*mention].type + " (" + why + ")");
        // "250 prisoners per side" in an exchange's (or a swap deal's) clause are those released.
        const auto& type = out.events[*mention].type;
        if (c.property == "people" && (type == "exchange" || type == "agreement") &&
            !im.released_nouns.find(m.noun).empty() && im.released_nouns.find(m.noun).front().end == m.noun.size()) {
          c.property = "released";
          c.explain.push_back("counts those released: people in an " + type + "'s clause");
        }
      }
      // "two of the 18 prisoners involved in the swap have arrived": a whole whose exchange
      // word follows it closely in its clause, no verb of a figure and no auxiliary before it
      // ("were freed" is a verb's), is the people the exchange moved
      // (the word as written, event_triggers: a superlative's "the largest prisoner exchange" is
      // no event mention of its own)
      bool whole_exchanged = false;
      if (c.property == "released") {
        constexpr int max_words_to_event = 6;
        for (const auto& e : scan.phrases(im.triggers, m.end)) {
          if (e.value != "exchange" && e.value != "agreement") continue;
          const std::size_t at = m.end + e.begin;
          whole_exchanged = scan.words_between(m.end, at) <= max_words_to_event &&
                            same_clause(scan.bounds, m.end, at) && scan.phrases(im.properties, m.end, at).empty() &&
                            scan.phrases(im.auxiliaries, m.end, at).empty();
          break;  // the nearest after it
        }
      }
      // "68 of parliament's 120 seats", "33 of the roughly 80 hostages": the part is a count
      // of the same kind, written before the whole.
      auto part = part_before(x, scan, m, c, status_of_share ? status : std::string());
      if (part) share_of(im, m, *part, c, whole_exchanged);
      else vague_share_of(im, scan, m, c);
      x.push(std::move(c), mention, {m.begin, m.end, m.number_begin});
      if (part) x.push(std::move(part->first), mention, part->second);
    }
  }
}

void mark_update_notes(Extraction& x) {
  const auto update_line = [&](std::size_t k) {
    return k < x.sentences.size() && !x.sentences[k].skipped &&
           is_update_line(trim_view(x.sentences[k].text), x.tables.update_labels);
  };
  const auto hour_of = [&](std::size_t k) {
    return std::string(update_hour_prefix) + std::to_string(x.base_claim(x.sentences[k], 0, 0).begin.line);
  };
  // The latest update line before each sentence in its paragraph, found in one pass (walking
  // back from each count to its paragraph's start made a page of one paragraph quadratic).
  // An update label alone on its line ("UPDATE:") heads the paragraph after it too.
  std::vector<std::optional<std::size_t>> update_before(x.sentences.size());
  std::optional<std::size_t> latest;
  bool heads_next = false;
  for (std::size_t k = 0; k < x.sentences.size(); ++k) {
    if (x.paragraph_start(k) == k) {
      if (!heads_next) latest.reset();
      heads_next = false;
    }
    update_before[k] = latest;
    if (update_line(k)) {
      latest = k;
      heads_next = trim_view(x.sentences[k].text).ends_with(':');
    }
  }
  for (Claim& c : x.out.claims) {
    if (c.kind != ClaimKind::count || !c.as_of_time.empty() || c.sentence >= x.sentences.size()) continue;
    if (const auto k = update_before[c.sentence]) c.as_of_time = hour_of(*k);
  }
  // "Hotel Blast Kills 48" above "Update: The blast has now killed 48 people" and a body
  // that still says 9: a figure before the page's first update line that the update gives too
  // is the update's (the headline was rewritten with it), not of the body's moment
  std::map<std::pair<std::string, double>, std::string> updated;  // (property, value) -> hour
  std::size_t first_update = x.sentences.size();
  for (const Claim& c : x.out.claims)
    if (c.kind == ClaimKind::count && update_line(c.sentence)) {
      first_update = std::min(first_update, c.sentence);
      updated.try_emplace({c.property.str(), std::get<CountValue>(c.value).value}, hour_of(c.sentence));
    }
  if (updated.empty()) return;
  for (Claim& c : x.out.claims)
    if (c.kind == ClaimKind::count && c.as_of_time.empty() && c.sentence < first_update)
      if (const auto hour = updated.find({c.property.str(), std::get<CountValue>(c.value).value});
          hour != updated.end()) {
        c.as_of_time = hour->second;
        c.explain.push_back("the figure the page's update gives (" + hour->second + "), not its body's moment");
      }
}

}  // namespace crosscheck
