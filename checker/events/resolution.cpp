// Helpers the event-resolution passes share.
#include "checker/events/resolution.hpp"

#include <algorithm>
#include <iterator>

namespace crosscheck {

const Occurrence* Resolution::occurrence_of(const std::string& type, Date day) const {
  for (const auto& o : occurrences)
    if (o.type == type && o.lo <= day && day <= o.hi) return &o;
  return nullptr;
}

const MentionKey* Resolution::key_of(std::size_t document, std::size_t mention) const {
  const auto& keys = state[document].keys;
  return mention < keys.size() && keys[mention] ? &*keys[mention] : nullptr;
}

void Resolution::set_key(std::size_t document, std::size_t mention, MentionKey key) {
  auto& keys = state[document].keys;
  if (keys.size() <= mention) keys.resize(documents[document].events.size());
  keys[mention] = std::move(key);
}

long days(Date a, Date b) {  // b - a
  return (std::chrono::sys_days{b} - std::chrono::sys_days{a}).count();
}

std::string range_text(Date lo, Date hi) { return lo == hi ? iso_date(lo) : iso_date(lo) + ".." + iso_date(hi); }

Date shift_days(Date d, int n) { return n ? Date{std::chrono::sys_days{d} + std::chrono::days{n}} : d; }

bool is_weekday_of(const DateValue& v, Date day) {
  return v.weekday && *v.weekday == std::chrono::weekday{std::chrono::sys_days{day}}.c_encoding();
}

bool in_lead(const DocumentEvents& st, std::size_t sentence) {
  return (sentence < st.prose_rank.size() ? st.prose_rank[sentence] : sentence) < lead_sentences;
}

bool first_week_report(Date event_day, Date published) {
  return days(event_day, published) <= story_calendar_days_after + 1;
}

bool continuing_type(const EventOptions& options, const std::string& type) {
  const auto in = [&](const std::vector<std::string>& types) {
    return std::find(types.begin(), types.end(), type) != types.end();
  };
  return !in(options.day_keyed_types) && !in(options.no_calendar_types);
}

std::optional<DatedRange> own_date(const DocumentClaims& doc, const EventMention& m) {
  if (!m.date_claim) return std::nullopt;
  const Claim& c = doc.claims[*m.date_claim];
  const auto* v = std::get_if<DateValue>(&c.value);
  if (!v || !v->lo.ok()) return std::nullopt;
  DatedRange r;
  r.lo = shift_days(v->lo, -m.date_offset_days);
  r.hi = shift_days(v->hi, -m.date_offset_days);
  r.confidence = v->relative ? 0.8 : 0.9;
  r.reason = "dated by '" + c.text + "' in its sentence" + (v->relative ? " (" + v->resolution + ")" : "");
  if (m.date_offset_days)
    r.reason += ", " + std::to_string(m.date_offset_days) + (m.date_offset_days == 1 ? " day" : " days") +
                " before it (the date is counted from the " + m.type + ")";
  return r;
}

bool is_agreement(const EventMention& m) { return m.type == "agreement"; }

// The event mention a claim is about: its own (from its sentence), else the nearest event
// word before it in its paragraph, else the document's focus. `via` says which fallback.
std::optional<std::size_t> effective_mention(const DocumentClaims& doc, std::size_t claim,
                                             std::optional<std::size_t> focus, std::string* via) {
  if (doc.claim_mention[claim]) return doc.claim_mention[claim];
  const Claim& c = doc.claims[claim];
  if (c.kind != ClaimKind::count && c.kind != ClaimKind::superlative && c.kind != ClaimKind::measure)
    return std::nullopt;
  // Event words are in text order (find_event_mentions reads the sentences in order): the
  // last one ending before the claim is the nearest, and no earlier one is in its paragraph
  // when that one is not.
  const auto before = std::partition_point(doc.events.begin(), doc.events.end(), [&](const EventMention& m) {
    return m.span.end.value <= c.span.begin.value;
  });
  if (before != doc.events.begin() && std::prev(before)->paragraph == c.paragraph) {
    if (via) *via = "no event word in its sentence; the nearest before it in the paragraph";
    return static_cast<std::size_t>(std::prev(before) - doc.events.begin());
  }
  if (focus && via) *via = focus_fallback;
  return focus;
}

// Counts attached to mentions of `type`, as (property, value) signatures: the distinctive
// facts two reports of one story share. Scope is left out: "390 each" and "390 released"
// are the same fact told differently, and a scope error must not hide the story.
std::set<std::pair<std::string, double>> count_signature(const DocumentClaims& doc, const std::string& type,
                                                         std::optional<std::size_t> focus) {
  std::set<std::pair<std::string, double>> out;
  for (std::size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    const auto* v = std::get_if<CountValue>(&c.value);
    if (!v || v->vague || c.qualifier != Qualifier::exact) continue;
    const auto mention = effective_mention(doc, i, focus);
    if (!mention) continue;
    const auto& m = doc.events[*mention];
    if (m.type != type || m.other) continue;
    out.emplace(c.property, v->value);
  }
  return out;
}

}  // namespace crosscheck
