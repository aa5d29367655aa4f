// One list of named fields per structure a document's extracted claims are made of, read by
// every format that keeps them (the binary cache archive, the JSON Lines claims stream), so
// writers and readers cannot drift apart. A field added to a structure is added here; the
// size checks in claims_archive.cpp fail the build until it is.
#pragma once

#include "checker/claims/claims_archive.hpp"

namespace crosscheck::claim_fields {

template <class A>
void fields(A& a, ByteOffset& x) {
  a("value", x.value);
}
template <class A>
void fields(A& a, NormOffset& x) {
  a("value", x.value);
}
template <class A>
void fields(A& a, NormSpan& x) {
  a("begin", x.begin), a("end", x.end);
}
template <class A>
void fields(A& a, ByteSpan& x) {
  a("begin", x.begin), a("end", x.end);
}
template <class A>
void fields(A& a, LineColumn& x) {
  a("line", x.line), a("column", x.column);
}
template <class A>
void fields(A& a, FilePosition& x) {
  a("path", x.path), a("line", x.line), a("column", x.column);
}
template <class A>
void fields(A& a, Warning& x) {
  a("where", x.where), a("message", x.message);
}
template <class A>
void fields(A& a, CountValue& x) {
  a("value", x.value), a("value_hi", x.value_hi), a("lo", x.lo), a("hi", x.hi), a("vague", x.vague);
}
template <class A>
void fields(A& a, DateValue& x) {
  a("lo", x.lo), a("hi", x.hi), a("day_precision", x.day_precision), a("weekday", x.weekday), a("relative", x.relative),
      a("future_tense", x.future_tense), a("year_written", x.year_written), a("resolution", x.resolution);
}
template <class A>
void fields(A& a, DurationValue& x) {
  a("amount", x.amount), a("unit", x.unit), a("since", x.since), a("ends_named_day", x.ends_named_day),
      a("starts_named_day", x.starts_named_day);
}
template <class A>
void fields(A& a, SuperlativeValue& x) {
  a("adjective", x.adjective), a("subject", x.subject), a("since", x.since), a("since_event", x.since_event),
      a("of_scope", x.of_scope), a("scope", x.scope), a("lookback", x.lookback);
}
template <class A>
void fields(A& a, RoleValue& x) {
  a("person", x.person), a("title", x.title), a("modifier", x.modifier), a("affiliation", x.affiliation);
}
template <class A>
void fields(A& a, StageValue& x) {
  a("ordinal", x.ordinal), a("final", x.final), a("noun", x.noun);
}
template <class A>
void fields(A& a, MeasureValue& x) {
  a("amount", x.amount), a("amount_hi", x.amount_hi), a("lo", x.lo), a("hi", x.hi), a("unit", x.unit),
      a("revised_to", x.revised_to), a("revised_from", x.revised_from);
}
template <class A>
void fields(A& a, TimeOfDayValue& x) {
  a("minutes", x.minutes), a("zone", x.zone), a("utc_minutes", x.utc_minutes);
}
template <class A>
void fields(A& a, PlaceValue& x) {
  a("name", x.name), a("known", x.known), a("kind", x.kind), a("within", x.within), a("country", x.country),
      a("preposition", x.preposition);
}
template <class A>
void fields(A& a, LabelValue& x) {
  a("name", x.name), a("introducer", x.introducer);
}
template <class A>
void fields(A& a, AgeValue& x) {
  a("person", x.person), a("years", x.years);
}
template <class A>
void fields(A& a, EventRef& x) {
  a("type", x.type), a("key", x.key), a("confidence", x.confidence), a("reason", x.reason);
}
template <class A>
void fields(A& a, CountPart& x) {
  a("dimension", x.dimension), a("value", x.value), a("whole", x.whole), a("of", x.of), a("lineage", x.lineage);
}
template <class A>
void fields(A& a, PartCover& x) {
  a("dimension", x.dimension), a("values", x.values);
}
template <class A>
void fields(A& a, Claim& x) {
  a("document", x.document), a("path", x.path), a("source_id", x.source_id), a("kind", x.kind),
      a("property", x.property), a("qualifier", x.qualifier), a("scope", x.scope), a("running", x.running),
      a("rising", x.rising), a("framed", x.framed), a("side", x.side), a("side_role", x.side_role),
      a("location", x.location), a("groups", x.groups), a("part", x.part), a("covers", x.covers),
      a("completes", x.completes), a("value", x.value), a("span", x.span), a("bytes", x.bytes), a("begin", x.begin),
      a("end", x.end), a("text", x.text), a("snippet", x.snippet), a("sentence", x.sentence),
      a("paragraph", x.paragraph), a("event", x.event), a("as_of", x.as_of), a("as_of_time", x.as_of_time),
      a("as_of_written", x.as_of_written), a("not_event", x.not_event), a("explain", x.explain);
}
template <class A>
void fields(A& a, EventMention& x) {
  a("type", x.type), a("sentence", x.sentence), a("paragraph", x.paragraph), a("span", x.span),
      a("local_begin", x.local_begin), a("local_end", x.local_end), a("other", x.other), a("previous", x.previous),
      a("future", x.future), a("date_claim", x.date_claim), a("date_offset_days", x.date_offset_days),
      a("place", x.place), a("clause_of", x.clause_of), a("after_other_time", x.after_other_time),
      a("marked_other", x.marked_other), a("live_entry", x.live_entry), a("additional", x.additional);
}
template <class A>
void fields(A& a, grammars::DateMention& x) {
  a("begin", x.begin), a("end", x.end), a("year", x.year), a("month", x.month), a("day", x.day),
      a("end_month", x.end_month), a("end_day", x.end_day), a("weekday", x.weekday), a("precision", x.precision),
      a("relative", x.relative), a("unit", x.unit), a("offset", x.offset), a("amount", x.amount),
      a("earlier_part", x.earlier_part), a("later_part", x.later_part), a("from_anchor_on", x.from_anchor_on),
      a("anchor", x.anchor), a("text", x.text), a("impossible", x.impossible);
}
template <class A>
void fields(A& a, PendingDate& x) {
  a("claim", x.claim), a("mention", x.mention), a("publication", x.publication);
}
template <class A>
void fields(A& a, Dateline& x) {
  a("month", x.month), a("day", x.day), a("text", x.text), a("sentence", x.sentence), a("begin", x.begin);
}
template <class A>
void fields(A& a, SkippedLine& x) {
  a("begin", x.begin), a("text", x.text), a("reason", x.reason);
}
template <class A>
void fields(A& a, DocumentClaims& x) {
  a("document", x.document), a("path", x.path), a("source_id", x.source_id), a("published", x.published),
      a("published_inferred", x.published_inferred), a("published_from_lead", x.published_from_lead),
      a("published_how", x.published_how), a("latest_date", x.latest_date), a("claims", x.claims),
      a("events", x.events), a("claim_mention", x.claim_mention), a("claim_date", x.claim_date),
      a("pending", x.pending), a("dateline", x.dateline), a("skipped", x.skipped), a("furniture", x.furniture),
      a("names", x.names), a("warnings", x.warnings);
}
template <class A>
void fields(A& a, ArchivedDocument& x) {
  a("claims", x.claims), a("load_warnings", x.load_warnings);
}

}  // namespace crosscheck::claim_fields
