#include "checker/engine/article_time.hpp"

#include <chrono>
#include <cmath>

namespace crosscheck {

double unit_days(const std::string& unit) {
  if (unit == "year") return 365.2425;
  if (unit == "month") return 30.436875;
  if (unit == "week") return 7;
  if (unit == "day") return 1;
  return 0;
}

bool names_a_year(const std::string& text) {
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    const auto digit = [&](std::size_t k) {
      return k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]));
    };
    if ((i > 0 && digit(i - 1)) || digit(i + 4)) continue;
    if (((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0')) && digit(i + 2) &&
        digit(i + 3))
      return true;
  }
  return false;
}

std::vector<std::optional<ArticleTime>> article_times(const ResolvedCorpus& corpus, const ReferenceFacts& facts) {
  std::vector<std::optional<ArticleTime>> times(corpus.documents.size());
  std::optional<Date> latest_published;  // no bound may lie after what the corpus itself knows
  for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
    const auto& doc = corpus.documents[d];
    if (doc.now) times[d] = ArticleTime{*doc.now, doc.now_is_lower_bound, doc.now_how};
    if (doc.published && (!latest_published || *doc.published > *latest_published)) latest_published = doc.published;
  }
  if (!latest_published) return times;
  for (const Claim& c : corpus.claims) {
    // Only documents without a time of their own.
    if (c.kind != ClaimKind::duration || (times[c.document] && !times[c.document]->how.starts_with("no date; ")))
      continue;
    const auto* v = std::get_if<DurationValue>(&c.value);
    if (!v || v->since || v->amount <= 0) continue;
    // Only "more than" and "at least" bound the time from below: "three years" may be 2.6.
    if (c.qualifier != Qualifier::more_than && c.qualifier != Qualifier::at_least) continue;
    if (names_a_year(c.snippet)) continue;
    const FactEvent* start = facts.event_for_claim(c.property, c, nullptr, &corpus.documents[c.document].names);
    const double per = unit_days(v->unit);
    if (!start || per <= 0) continue;
    const auto lasted = std::chrono::days{static_cast<long>(std::floor(v->amount * per))};
    const Date bound{std::chrono::sys_days{start->date} + lasted};
    if (bound > *latest_published) continue;  // another war than the facts' one
    auto& t = times[c.document];
    if (t && t->now >= bound) continue;
    t = ArticleTime{bound, true,
                    "no date; at or after " + iso_date(bound) + ": " +
                        (c.qualifier == Qualifier::more_than ? "more than " : "at least ") + c.text + " of " +
                        start->name + ", which began on " + iso_date(start->date)};
  }
  return times;
}

}  // namespace crosscheck
