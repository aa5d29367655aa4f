// Pass 1: the dates event mentions carry in their own sentences, and each document's focus.
#include "checker/events/resolution.hpp"

namespace crosscheck {

namespace {

// How many days before its published date an event found past the lead may be the news.
constexpr long recent_news_days = 3;

// "Heavy floodwaters swept across the island as Hurricane Melissa came ashore": of the event
// words of one sentence, the one the page names (a label claim of its type hung on it) is the
// page's event, the others what it did. `first` when none is named.
std::size_t named_in_sentence(const DocumentClaims& doc, std::size_t first) {
  for (std::size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    const auto m = doc.claim_mention[i];
    if (c.kind != ClaimKind::label || !m || *m == first) continue;
    const auto& e = doc.events[*m];
    if (e.sentence == doc.events[first].sentence && e.type == c.property && !e.other && !e.future) return *m;
  }
  return first;
}

}  // namespace

void choose_focus(Resolution& r) {
  auto& documents = r.documents;
  auto& state = r.state;
  auto& out = r.out;
  // 1. Own dates and the focus event: the first dated mention of an event that is not an
  //    agreement, in the lead if there is one there, else anywhere.
  for (std::size_t d = 0; d < documents.size(); ++d) {
    auto& doc = documents[d];
    auto& st = state[d];
    st.mention_dates.resize(doc.events.size());
    st.undated_why.resize(doc.events.size());
    st.took_focus_date.assign(doc.events.size(), 0);
    for (std::size_t i = 0; i < doc.events.size(); ++i) st.mention_dates[i] = own_date(doc, doc.events[i]);
    // The lead is the first prose sentences: menus, captions and date widgets do not count.
    auto& prose_rank = st.prose_rank;
    prose_rank.assign(doc.furniture.size(), 0);
    std::uint32_t prose_before = 0;
    for (std::size_t s = 0; s < doc.furniture.size(); ++s) {
      prose_rank[s] = prose_before;
      if (!doc.furniture[s]) ++prose_before;
    }
    std::optional<std::size_t> dated_lead, dated_any, undated_lead;
    for (std::size_t i = 0; i < doc.events.size(); ++i) {
      const auto& m = doc.events[i];
      if (is_agreement(m) || m.other || m.future) continue;
      const bool lead = in_lead(st, m.sentence);
      const auto& date = st.mention_dates[i];
      const bool dated = date && date->lo == date->hi;
      // Past the lead, a dated event is the article's news only when it is recent: a swap
      // two weeks before the article's date is its background.
      const bool recent = !dated || !doc.published ||
                          (days(date->lo, *doc.published) >= 0 && days(date->lo, *doc.published) <= recent_news_days);
      if (dated && lead && !dated_lead) dated_lead = i;
      // ("Another quake on Wednesday killed three", past the lead: a second event the page adds)
      if (dated && recent && !dated_any && (lead || !m.additional)) dated_any = i;
      if (!dated && lead && !undated_lead) undated_lead = i;
    }
    if (!dated_lead && !dated_any && undated_lead) undated_lead = named_in_sentence(doc, *undated_lead);
    st.focus = dated_lead ? dated_lead : (dated_any ? dated_any : undated_lead);
    auto& ctx = out.documents[d];
    ctx.document = d;
    ctx.path = doc.path;
    ctx.source_id = doc.source_id;
    ctx.published = doc.published;
    ctx.published_inferred = doc.published_inferred;
    ctx.published_from_lead = doc.published_from_lead;
    ctx.published_how = doc.published_how;
    // Moved, not copied: no later pass reads them from the document (a copy held every
    // page's names and skipped lines twice through event resolution, its peak of memory).
    ctx.skipped = std::move(doc.skipped);
    ctx.names = std::move(doc.names);
    if (st.focus) {
      st.focus_date = st.mention_dates[*st.focus];
      const auto& m = doc.events[*st.focus];
      ctx.explain.push_back(
          "focus: the " + m.type + " in sentence " + std::to_string(m.sentence + 1) +
          (st.focus_date ? " dated " + range_text(st.focus_date->lo, st.focus_date->hi) : " (undated)"));
    } else {
      ctx.explain.push_back("focus: none (no event word in the document)");
    }
  }
}

}  // namespace crosscheck
