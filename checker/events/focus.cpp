// Pass 1: the dates event mentions carry in their own sentences, and each document's focus.
#include "checker/events/resolution.hpp"

namespace crosscheck {

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
    for (std::size_t i = 0; i < doc.events.size(); ++i) st.mention_dates[i] = own_date(doc, doc.events[i]);
    std::optional<std::size_t> dated_lead, dated_any, undated_lead;
    for (std::size_t i = 0; i < doc.events.size(); ++i) {
      const auto& m = doc.events[i];
      if (is_agreement(m) || m.other || m.future) continue;
      const bool lead = m.sentence < lead_sentences;
      const bool dated = st.mention_dates[i] && st.mention_dates[i]->lo == st.mention_dates[i]->hi;
      if (dated && lead && !dated_lead) dated_lead = i;
      if (dated && !dated_any) dated_any = i;
      if (!dated && lead && !undated_lead) undated_lead = i;
    }
    st.focus = dated_lead ? dated_lead : (dated_any ? dated_any : undated_lead);
    auto& ctx = out.documents[d];
    ctx.document = d;
    ctx.path = doc.path;
    ctx.source_id = doc.source_id;
    ctx.published = doc.published;
    ctx.published_inferred = doc.published_inferred;
    ctx.published_how = doc.published_how;
    ctx.skipped = doc.skipped;
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
