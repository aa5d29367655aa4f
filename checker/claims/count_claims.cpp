// Count claims: every count the grammar finds in a sentence, with its qualifier and scope,
// the side or place it is limited to, and what it counts (the category, else the verb that
// governs it), hung on the event word of its clause.
#include <algorithm>
#include <cctype>
#include <limits>

#include "checker/claims/claim_json.hpp"
#include "checker/claims/extraction.hpp"

namespace crosscheck {

namespace g = grammars;

namespace {

// A place that restricts a count to part of the event: "killed in Bangkok", "In Kharkiv,
// 12 were injured". Returns the capitalized word(s) after "in"/"at" near the count, or "".
std::string count_location(std::string_view s, std::size_t begin, std::size_t end,
                           const std::vector<std::size_t>& bounds) {
  auto place_at = [&](std::size_t p) {
    std::size_t q = p;
    while (q < s.size() && (std::isalpha(static_cast<unsigned char>(s[q])) || s[q] == '-' ||
                            (s[q] == ' ' && q + 1 < s.size() && is_upper(s[q + 1]))))
      ++q;
    return std::string(s.substr(p, q - p));
  };
  // After the count, within five words of its clause.
  for (std::size_t i = end; i + 4 < s.size() && words_between(s, end, i) <= 5; ++i) {
    if (!same_clause(bounds, end, i + 1)) break;
    if ((s.compare(i, 4, " in ") == 0 || s.compare(i, 4, " at ") == 0) && is_upper(s[i + 4])) return place_at(i + 4);
  }
  // "In Kharkiv, ..." opening the sentence before the count.
  if (s.size() > 4 && s.compare(0, 3, "In ") == 0 && is_upper(s[3])) {
    const std::string place = place_at(3);
    if (3 + place.size() < s.size() && s[3 + place.size()] == ',' && 3 + place.size() < begin) return place;
  }
  return "";
}

// The count N in "N of [the|its|parliament's] <count>", when one is written there.
std::optional<std::pair<Claim, ClaimSite>> part_before(const Extraction& x, const SentenceView& scan,
                                                       const g::CountMention& whole, const Claim& whole_claim) {
  const ExtractionTables& im = x.tables;
  const std::string_view text = scan.text;
  const std::size_t of = text.rfind(" of ", whole.begin);
  if (of == std::string_view::npos || of + 4 > whole.begin || words_between(text, of + 4, whole.begin) > 1)
    return std::nullopt;
  // Try the word starts before " of", nearest first, until a number ends exactly there.
  std::size_t start = of;
  for (int words = 0; words < 4 && start > 0; ++words) {
    --start;
    while (start > 0 && text[start - 1] != ' ') --start;
    auto number = im.counts.numbers().parse_qualified_at(text, start);
    if (!number || number->end != of) continue;
    if (number->number.value <= 1 || number->number.vague) return std::nullopt;
    Claim c = x.base_claim(scan, number->begin, whole.end);
    c.kind = ClaimKind::count;
    c.property = whole_claim.property;
    c.qualifier = number->qualifier;
    c.location = whole_claim.location;
    CountValue v;
    v.value = number->number.value;
    v.value_hi = number->number.value_hi;
    v.lo = number->interval.lo;
    v.hi = number->interval.hi;
    c.value = v;
    c.explain.push_back("a part of the " + format_count(whole.value) + " written after it");
    return std::make_pair(std::move(c), ClaimSite{number->begin, whole.end, number->begin});
  }
  return std::nullopt;
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
      Claim c = x.base_claim(scan, m.begin, m.end);
      c.kind = ClaimKind::count;
      c.qualifier = m.qualifier;
      c.scope = m.scope;
      c.side = m.side;
      CountValue v;
      v.value = m.value;
      v.value_hi = m.value_hi;
      v.lo = m.lo;
      v.hi = m.hi;
      v.vague = m.vague;
      c.value = v;
      if (!m.scope_text.empty())
        c.explain.push_back("scope " + std::string(to_string(m.scope)) + " from '" + m.scope_text + "'");
      // "One soldier, 23, ...": one named person, not a figure anyone reports differently.
      if (m.value == 1 && !m.value_hi && m.qualifier == Qualifier::exact) {
        std::size_t after = m.end;
        while (after < scan.text.size() && (scan.text[after] == ',' || scan.text[after] == ' ')) ++after;
        const bool age =
            after > m.end && after < scan.text.size() && std::isdigit(static_cast<unsigned char>(scan.text[after]));
        // "One woman was killed", "One woman, 67, was killed": a toll of one. After the age
        // aside, the predicate may follow.
        std::size_t from = m.end;
        if (age) {
          const std::size_t close = scan.text.find(',', after);
          if (close != std::string_view::npos && words_between(scan.text, after, close) <= 1) from = close + 1;
        }
        bool predicate = false;
        for (const auto& p : im.properties.find(scan.text.substr(from)))
          if (p.value != "released" && words_between(scan.text, from, from + p.begin) <= 2) predicate = true;
        if (!predicate) continue;
      }
      const auto held_after = [&](std::size_t from) {
        for (const auto& p : im.properties.find(scan.text.substr(from)))
          if (p.value == "held" && words_between(scan.text, from, from + p.begin) <= 2) return true;
        return false;
      };
      c.location = count_location(scan.text, m.begin, m.end, scan.bounds);
      if (!c.location.empty() && !im.dates.parse(c.location).empty()) c.location.clear();  // "in March"
      if (!c.location.empty()) c.explain.push_back("counts only " + c.location);
      // Property: the category when it is specific, else the verb nearest the number. A tally
      // ("has risen to 147") counts what its clause says before it, or nothing we can compare.
      if (m.category == "tally") {
        for (const auto& p : im.properties.find(scan.text.substr(0, m.begin)))
          if (same_clause(scan.bounds, p.end, m.begin) && p.value != "released") c.property = p.value;
        if (c.property.empty()) continue;
        c.explain.push_back("a running figure of " + c.property + " (from the clause before it)");
      } else if (held_after(m.end)) {
        c.property = "held";  // "1,300 civilians were still held": not those freed
      } else {
        // A verb before the count governs it ("killing at least 1,000 people"); after it, only
        // a participle of the same predicate ("1,000 people were killed"), not the next verb
        // of a coordination ("killing 1,000 people and injuring 2,300").
        std::string verb;
        std::size_t best = std::numeric_limits<std::size_t>::max();
        for (const auto& p : im.properties.find(scan.text)) {
          std::size_t d = std::numeric_limits<std::size_t>::max();
          if (p.end <= m.begin) {
            if (words_between(scan.text, p.end, m.begin) <= 3 && same_clause(scan.bounds, p.end, m.begin))
              d = static_cast<std::size_t>(words_between(scan.text, p.end, m.begin));
          } else if (p.begin >= m.end) {
            // "Fourteen people, among them three children, lost their lives": the predicate
            // comes after an aside set off by commas that opens with a subgroup marker.
            // An age ("One woman, 67, was killed") is such an aside too.
            std::size_t from = m.end;
            if (from + 2 < scan.text.size() && scan.text[from] == ',') {
              const auto aside = im.subgroup_markers.find(scan.text.substr(from + 1));
              const std::size_t close = scan.text.find(',', from + 1);
              const bool age = from + 2 < scan.text.size() &&
                               std::isdigit(static_cast<unsigned char>(scan.text[from + 2])) &&
                               close != std::string_view::npos && words_between(scan.text, from + 1, close) <= 1;
              if ((age || (!aside.empty() && aside.front().begin <= 1)) && close != std::string_view::npos &&
                  close < p.begin)
                from = close + 1;
            }
            const std::string between = lower(scan.text.substr(from, p.begin - from));
            if (words_between(scan.text, from, p.begin) <= 3 && between.find(" and ") == std::string::npos &&
                between.find(',') == std::string::npos && between.find(" or ") == std::string::npos)
              d = static_cast<std::size_t>(words_between(scan.text, from, p.begin));
          } else {
            d = 0;  // inside the count phrase ("780 individuals exchanged so far")
          }
          if (d < best) {
            best = d;
            verb = p.value;
          }
        }
        if (!m.verb.empty()) verb = m.verb;  // the verb the grammar found governing a bare number
        // "3,400 were evacuated, among them 620 children": a part of the count before it.
        std::string parent;
        for (const auto& g : im.subgroup_markers.find(scan.text.substr(0, m.begin)))
          if (words_between(scan.text, g.end, m.begin) <= 1) {
            if (const Claim* prev = x.previous_count(scan)) parent = prev->property;
          }
        if (!parent.empty() && !m.category.empty() && m.category != "people") {
          c.property = parent + "/" + m.category;
          c.explain.push_back("a part of the " + parent + " count before it");
        } else if (!m.category.empty() && m.category != "people") {
          // A group hurt, killed or missing is its own figure: "two children were killed" and
          // "five children were injured" must not be compared as "children".
          const bool harm = !verb.empty() && verb != "released" && verb != "held" && verb != m.category &&
                            im.properties.find(m.category).empty();  // not itself a harm ("dead", "injured")
          c.property = harm ? verb + "/" + m.category : m.category;
        } else {
          c.property = verb;
        }
        // "Each side freed 390 prisoners, 780 in total": a bare number after a count in the same
        // sentence counts the same thing.
        if (c.property.empty() && m.category.empty()) {
          if (const Claim* prev = x.previous_count(scan)) {
            c.property = prev->property;
            c.explain.push_back("counts " + prev->property + " like the count before it");
          }
        }
        if (c.property.empty()) c.property = m.category.empty() ? "count" : m.category;
      }
      auto mention = attach_to_mention(x, scan, m.begin, m.end, true, why);
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
      // "68 of parliament's 120 seats", "33 of the roughly 80 hostages": the part is a count
      // of the same kind, written before the whole.
      auto part = part_before(x, scan, m, c);
      x.push(std::move(c), mention, {m.begin, m.end, m.number_begin});
      if (part) x.push(std::move(part->first), mention, part->second);
    }
  }
}

}  // namespace crosscheck
