// age: one person's ages that cannot both hold at one moment. Ages are read next to names
// ("Romi Gonen, 24,", "the 20-year-old soldier Agam Berger") and hang on no event, so two
// reports are compared only when they speak of one moment: they give another person of the
// same story the same age (the cast of one release, told twice), or both were published
// within `max_days` of each other. One report giving one person two ages is flagged too.
// Ages change once a year: a report written at the capture and one written at the release
// name different ages, and such reports share no other person's age.
#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "checker/claims/clauses.hpp"
#include "checker/engine/check.hpp"

namespace crosscheck {

namespace {

std::vector<std::string> name_words(const std::string& person) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < person.size()) {
    const std::size_t space = person.find(' ', start);
    const std::size_t end = space == std::string::npos ? person.size() : space;
    if (end > start) words.push_back(lower(person.substr(start, end - start)));
    start = end + 1;
  }
  return words;
}

// Who an age is of: the last two words of the name, lower case ("Israeli-German Arbel Yehud"
// and "Arbel Yehud" are one person; a first name alone is never enough). A name of three
// words whose first and last are another name of two in the corpus is that person, its middle
// name left out ("Anil Kumar Rajbhar" and "Anil Rajbhar"; `two_word_names`).
std::string identity(const std::string& person, const std::set<std::string>& two_word_names,
                     const std::vector<std::string>& particles) {
  const auto words = name_words(person);
  if (words.size() < 2) return "";
  // "Rami Fadi Abu Nadir": a family name of a particle and a name (name_particles) is the
  // last two words; the word before it tells relatives apart
  if (words.size() >= 3 && std::find(particles.begin(), particles.end(), words[words.size() - 2]) != particles.end())
    return words[words.size() - 3] + " " + words[words.size() - 2] + " " + words.back();
  if (words.size() == 3)
    if (std::string short_name = words[0] + " " + words[2]; two_word_names.count(short_name)) return short_name;
  return words[words.size() - 2] + " " + words.back();
}

unsigned years_of(const Claim& c) { return std::get<AgeValue>(c.value).years; }

class AgeCheck : public Check {
 public:
  void run(const Rule& rule, const CheckContext& context, std::vector<Finding>& findings) const override {
    const auto max_days = static_cast<long>(rule.number("max_days"));
    std::vector<std::string> particles;
    for (const std::string& particle : rule.list("name_particles")) particles.push_back(lower(particle));
    // person -> document -> the ages it gives, in text order
    std::map<std::string, std::map<std::size_t, std::vector<const Claim*>>> by_person;
    const auto ages = selected_claims(rule, context, false);
    std::set<std::string> two_word_names;
    for (const Claim* c : ages)
      if (c->kind == ClaimKind::age)
        if (const auto words = name_words(std::get<AgeValue>(c->value).person); words.size() == 2)
          two_word_names.insert(words[0] + " " + words[1]);
    for (const Claim* c : ages) {
      if (c->kind != ClaimKind::age) continue;
      if (const auto who = identity(std::get<AgeValue>(c->value).person, two_word_names, particles); !who.empty())
        by_person[who][c->document].push_back(c);
    }
    // document -> person -> the first age it gives: the cast that ties two reports to a moment
    std::map<std::size_t, std::map<std::string, unsigned>> cast;
    for (const auto& [who, docs] : by_person)
      for (const auto& [doc, claims] : docs) cast[doc][who] = years_of(*claims.front());
    const auto& documents = context.corpus.documents;
    // Why two reports speak of one moment, or "" when nothing says they do.
    const auto one_moment = [&](std::size_t a, std::size_t b, const std::string& except) -> std::string {
      const auto& pa = documents[a].published;
      const auto& pb = documents[b].published;
      // (reports published further apart are of two moments, whoever else they list: a birthday
      // may fall between them)
      const bool near =
          pa && pb && std::labs((std::chrono::sys_days{*pa} - std::chrono::sys_days{*pb}).count()) <= max_days;
      if (pa && pb && !near) return "";
      for (const auto& [who, years] : cast[a]) {
        if (who == except) continue;
        const auto other = cast[b].find(who);
        if (other != cast[b].end() && other->second == years)
          return "both give " + who_as_written(by_person, who, a) + "'s age as " + std::to_string(years);
      }
      if (near) return "both were published within " + std::to_string(max_days) + " days";
      return "";
    };
    for (const auto& [who, docs] : by_person) {
      for (const auto& [doc, claims] : docs) {
        // one report, two ages
        for (std::size_t k = 1; k < claims.size(); ++k)
          if (years_of(*claims[k]) != years_of(*claims.front()))
            findings.push_back(finding(rule, *claims[k], {claims.front()},
                                       "the same report gives " + std::to_string(years_of(*claims.front()))));
        // reports of one moment: the age fewer of them give is flagged (on a tie, the report
        // whose path sorts last), against those that give another
        const unsigned mine = years_of(*claims.front());
        std::map<unsigned, std::vector<const Claim*>> others;
        std::map<unsigned, std::size_t> support{{mine, 1}};
        std::string why;
        for (const auto& [other_doc, other_claims] : docs) {
          if (other_doc == doc) continue;
          const std::string tie = one_moment(doc, other_doc, who);
          if (tie.empty()) continue;
          const unsigned theirs = years_of(*other_claims.front());
          ++support[theirs];
          if (theirs != mine) {
            others[theirs].push_back(other_claims.front());
            if (why.empty()) why = tie;
          }
        }
        if (others.empty()) continue;
        const auto best = std::max_element(others.begin(), others.end(), [&](const auto& x, const auto& y) {
          return support[x.first] < support[y.first];
        });
        const bool tie_lost =
            support[best->first] == support[mine] && claims.front()->path > best->second.front()->path;
        if (support[best->first] < support[mine] || (support[best->first] == support[mine] && !tie_lost)) continue;
        std::vector<const Claim*> related;
        for (const auto& [years, list] : others)
          for (const Claim* r : list)
            if (related.size() < 3) related.push_back(r);
        findings.push_back(finding(rule, *claims.front(), related, why));
      }
    }
  }

 private:
  using People = std::map<std::string, std::map<std::size_t, std::vector<const Claim*>>>;

  static std::string who_as_written(const People& people, const std::string& who, std::size_t doc) {
    return std::get<AgeValue>(people.at(who).at(doc).front()->value).person;
  }

  static Finding finding(const Rule& rule, const Claim& c, const std::vector<const Claim*>& others,
                         const std::string& why) {
    std::vector<std::pair<const Claim*, std::string>> related;
    for (const Claim* r : others)
      related.push_back({r, source_name(*r) + " says " + std::get<AgeValue>(r->value).person + " is " +
                                std::to_string(years_of(*r))});
    const Claim& other = *others.front();
    Finding f = make_finding(rule, c, related,
                             {{"value", std::to_string(years_of(c))},
                              {"person", std::get<AgeValue>(c.value).person},
                              {"other_value", std::to_string(years_of(other))},
                              {"other_source", source_name(other)},
                              {"detail", why}});
    f.kind = "age_mismatch";
    return f;
  }
};

}  // namespace

std::unique_ptr<Check> make_age_check() { return std::make_unique<AgeCheck>(); }

}  // namespace crosscheck
