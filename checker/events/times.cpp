// Pass 3: year-less datelines, relative dates against the published or narrated date, and
// undated mentions inheriting the date of the event they refer to.
#include "checker/events/resolution.hpp"

#include <algorithm>
#include <set>

namespace crosscheck {

void resolve_times(Resolution& r) {
  auto& documents = r.documents;
  auto& state = r.state;
  auto& out = r.out;
  // 3. Narrative-relative dates ("talks held a week earlier") against the focus date, then
  //    undated mentions inherit: own-type mentions the focus date, agreement mentions the
  //    nearest dated agreement before them in the paragraph, else the document's only one.
  for (std::size_t d = 0; d < documents.size(); ++d) {
    auto& doc = documents[d];
    auto& st = state[d];
    // A year-less dateline takes the year of the story the article reports when its day is
    // that story's day or up to three days after it; then dates relative to the published
    // day resolve.
    auto& ctx = out.documents[d];
    if (!doc.published && doc.dateline && st.focus_date && st.focus_date->lo == st.focus_date->hi) {
      const Date candidate{st.focus_date->lo.year(), std::chrono::month{doc.dateline->month},
                           std::chrono::day{doc.dateline->day}};
      const long after = candidate.ok() ? days(st.focus_date->lo, candidate) : -1;
      if (after >= 0 && after <= 3) {
        doc.published = candidate;
        doc.published_inferred = true;
        doc.published_how = "inferred from the dateline '" + doc.dateline->text +
                            "' and the year of the story it reports (" + st.focus_date->reason + ")";
        ctx.published = doc.published;
        ctx.published_inferred = true;
        ctx.published_how = doc.published_how;
        ctx.explain.push_back("published: " + doc.published_how);
      }
    }
    for (const auto& p : doc.pending) {
      Claim& claim = doc.claims[p.claim];
      if (p.publication) {
        if (!doc.published) {
          claim.explain.push_back("unresolved: the published date is unknown");
          continue;
        }
        if (auto v = r.extractor.resolve_pending(p, *doc.published)) {
          claim.value = *v;
          claim.explain.push_back(v->resolution);
          for (std::size_t i = 0; i < doc.events.size(); ++i) {
            if (doc.events[i].date_claim == p.claim && !st.mention_dates[i] && v->lo == v->hi) {
              st.mention_dates[i] =
                  DatedRange{v->lo, v->hi, 0.6, "dated by '" + claim.text + "' (" + v->resolution + ")"};
            }
          }
        }
        continue;
      }
      if (!st.focus_date || st.focus_date->lo != st.focus_date->hi) {
        claim.explain.push_back("unresolved: the narrated event has no known date");
        continue;
      }
      if (auto v = r.extractor.resolve_pending(p, st.focus_date->lo)) {
        claim.value = *v;
        claim.explain.push_back(v->resolution);
        for (std::size_t i = 0; i < doc.events.size(); ++i) {
          if (doc.events[i].date_claim == p.claim && !st.mention_dates[i]) {
            st.mention_dates[i] = DatedRange{v->lo, v->hi, std::min(0.7, st.focus_date->confidence),
                                             "dated by '" + claim.text + "' (" + v->resolution + ")"};
          }
        }
      }
    }
    std::set<std::pair<Date, Date>> agreement_dates;
    for (std::size_t i = 0; i < doc.events.size(); ++i) {
      if (is_agreement(doc.events[i]) && st.mention_dates[i])
        agreement_dates.emplace(st.mention_dates[i]->lo, st.mention_dates[i]->hi);
    }
    for (std::size_t i = 0; i < doc.events.size(); ++i) {
      if (st.mention_dates[i]) continue;
      const auto& m = doc.events[i];
      if (m.other || m.future) continue;
      if (is_agreement(m)) {
        for (std::size_t j = i; j-- > 0;) {
          const auto& prev = doc.events[j];
          if (prev.paragraph != m.paragraph) break;
          if (is_agreement(prev) && st.mention_dates[j]) {
            st.mention_dates[i] = DatedRange{st.mention_dates[j]->lo, st.mention_dates[j]->hi,
                                             std::min(0.7, st.mention_dates[j]->confidence),
                                             "the agreement dated earlier in its paragraph"};
            break;
          }
        }
        if (!st.mention_dates[i] && agreement_dates.size() == 1) {
          const auto& [lo, hi] = *agreement_dates.begin();
          st.mention_dates[i] = DatedRange{lo, hi, 0.6, "the only dated agreement in the document"};
        }
      } else if (auto same = std::find_if(doc.events.begin(), doc.events.end(),
                                          [&](const EventMention& o) {
                                            const auto k = static_cast<std::size_t>(&o - doc.events.data());
                                            return o.sentence == m.sentence && o.type == m.type && k != i &&
                                                   st.mention_dates[k] && !o.other;
                                          });
                 same != doc.events.end()) {
        const auto& sd = *st.mention_dates[static_cast<std::size_t>(same - doc.events.begin())];
        st.mention_dates[i] = DatedRange{sd.lo, sd.hi, sd.confidence, "the " + m.type + " dated in the same sentence"};
      } else if (st.focus && st.focus_date && doc.events[*st.focus].type == m.type) {
        st.mention_dates[i] = DatedRange{st.focus_date->lo, st.focus_date->hi, std::min(0.7, st.focus_date->confidence),
                                         "undated; the document's main " + m.type + " (" + st.focus_date->reason + ")"};
      }
    }
  }
}

}  // namespace crosscheck
