// Pass 5: every claim takes the key of the event it is about, with a confidence and a reason.
#include "checker/events/resolution.hpp"

#include "checker/claims/claim_json.hpp"
#include "checker/claims/clauses.hpp"
#include "checker/claims/page_figures.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace crosscheck {

namespace {

// The document's "now": its published day, else (a lower bound) its main event's day or the
// latest date it reports.
template <typename Doc, typename State, typename Context>
void set_document_now(const Doc& doc, const State& st, Context& ctx) {
  if (doc.published) {
    ctx.now = doc.published;
    ctx.now_how = "published " + iso_date(*doc.published) + " (" + doc.published_how + ")";
  } else if (st.page_moment) {
    ctx.now = st.page_moment;
    ctx.now_is_lower_bound = true;
    ctx.now_how = "no published date; at or after the latest day of its story it writes, " + iso_date(*st.page_moment);
  } else if (st.focus_date && st.focus_date->lo == st.focus_date->hi &&
             (!doc.latest_date || st.focus_date->lo >= *doc.latest_date)) {
    ctx.now = st.focus_date->lo;
    ctx.now_is_lower_bound = true;
    ctx.now_how = "no published date; at or after its main event on " + iso_date(st.focus_date->lo);
  } else if (doc.latest_date) {
    ctx.now = doc.latest_date;
    ctx.now_is_lower_bound = true;
    ctx.now_how = "no published date; at or after the latest date it reports, " + iso_date(*doc.latest_date);
  }
}

// Why a claim without an event word of its own may not take the one it falls back to ("" when
// it may): a count that does not say what it counts, people still held, or a sentence dated
// another day than that event (a running toll "by Tuesday night" is the event's figure).
template <typename Mention, typename MentionDate>
std::string fallback_refusal(const Claim& c, const Mention& m, const MentionDate& md,
                             const std::vector<const Claim*>& dates_here, const EventOptions& options) {
  std::string refuse;
  if (c.kind == ClaimKind::count && (c.property == "people" || c.property == "count"))
    refuse = "unknown: no event word in its sentence, and it does not say what it counts";
  if (c.kind == ClaimKind::count && c.property == "held")
    refuse = "unknown: people still held, and no event word in its sentence";
  // A toll "by Tuesday night" is the event's figure as of a later day, not another event.
  auto allowed = options.property_events.find(c.property);
  const bool running_figure = allowed != options.property_events.end() && allowed->second.count(m.type);
  for (const Claim* date : dates_here) {
    const Claim& other = *date;
    const auto* dv = std::get_if<DateValue>(&other.value);
    if (other.property != "date" || !md) continue;
    if (running_figure && dv->lo >= md->lo) continue;
    if (dv->hi < md->lo || dv->lo > md->hi)
      refuse = "unknown: its sentence is dated " + iso_date(dv->lo) + ", not the " + m.type + "'s " + iso_date(md->lo);
  }
  return refuse;
}

// The hour a count's sentence writes: a clock time ("As of 1:30 p.m.", `times` holding the
// time-of-day and date claims of its sentence) or a part of a day written after or before a
// day ("As of Saturday afternoon", "late Wednesday"), lower case, with the date claim of its
// day when it is a part of a day; empty when none.
std::pair<std::string, const Claim*> time_of_sentence(const std::vector<const Claim*>& times, const Claim& count,
                                                      const DocumentClaims& doc, const EventOptions& options) {
  const std::vector<EventMention>& events = doc.events;
  const auto dates_an_event = [&](const Claim& day) {
    return std::any_of(events.begin(), events.end(), [&](const EventMention& m) {
      return m.sentence == count.sentence && m.date_claim && m.date_offset_days == 0 &&
             *m.date_claim < doc.claims.size() && &doc.claims[*m.date_claim] == &day;
    });
  };
  // "the Friday night bombing": an event word right after the words at `at` (normalized
  // text) is the one they date, and their hour is the event's, not the figure's
  const auto event_word_at = [&](std::size_t at) {
    const auto found = std::partition_point(events.begin(), events.end(),
                                            [&](const EventMention& m) { return m.span.begin.value < at; });
    return found != events.end() && found->span.begin.value == at;
  };
  std::string folded;                      // the snippet in lower case, made once for all of its dates
  std::size_t figure = std::string::npos;  // where the count stands in it
  for (const Claim* time : times) {
    const Claim& other = *time;
    if (other.kind == ClaimKind::time_of_day) return {lower(other.text), nullptr};
    const auto at = count.snippet.find(other.text);
    if (at == std::string::npos) continue;
    if (folded.empty()) {
      folded = lower(count.snippet);
      figure = folded.find(lower(count.text));
    }
    // "19 people were killed when a missile hit the town on Friday evening": a day in a 'when'
    // clause after the count tells when the event came, not when the figure was given
    if (figure != std::string::npos && figure < at &&
        std::string_view(folded).substr(figure, at - figure).find(" when ") != std::string_view::npos)
      continue;
    const std::string_view after = std::string_view(folded).substr(at + other.text.size());
    bool events_hour = false;
    for (const auto& part : options.day_parts_after)
      if (after.starts_with(" " + part) &&
          (after.size() == part.size() + 1 || !std::isalpha(static_cast<unsigned char>(after[part.size() + 1])))) {
        events_hour = event_word_at(other.span.end.value + part.size() + 2);
        if (!events_hour) return {lower(other.text) + " " + part, &other};
      }
    if (events_hour) continue;
    // "late Wednesday", "Earlier Wednesday, ...": the part right before the day
    const std::string_view before = std::string_view(folded).substr(0, at);
    const auto right_before = [&](const std::string& part) {  // the whole words right before the day
      return before.ends_with(part + " ") &&
             (before.size() == part.size() + 1 || before[before.size() - part.size() - 2] == ' ');
    };
    for (const auto& part : options.day_parts_before)
      if (right_before(part) && !event_word_at(other.span.end.value + 1))
        return {part + " " + lower(other.text), &other};
    // "early on Wednesday, a day after the landslides": with a link word, and not when the day
    // dates an event word of the sentence ("A blast ripped through the hall late on Tuesday,
    // killing 113": the blast's hour)
    // (the events are walked only for a day that has such a part)
    for (const auto& part : options.day_parts_before_linked)
      if (right_before(part) && !dates_an_event(other)) return {part + " " + lower(other.text), &other};
    // "Later on Saturday, the ministry gave a higher figure": an hour of that day after the
    // figures told before it, which the text does not give; an update of the page, compared
    // with its own figures only (as an update line's)
    for (const auto& part : options.day_parts_later)
      if (right_before(part) && !dates_an_event(other))
        return {std::string(update_hour_prefix) + std::to_string(count.begin.line), &other};
  }
  return {"", nullptr};
}

// A page's figures (page_figures.hpp): every count's value, and its whole figures of each kind
// (base property) in text order, to ask what came before a count.
PageFigures page_figures(const std::vector<Claim>& claims) {
  PageFigures figures;
  for (const Claim& c : claims) {
    const auto* v = std::get_if<CountValue>(&c.value);
    if (c.kind != ClaimKind::count || !v) continue;
    figures.count_value(v->value);
    if (!c.part && c.not_event.empty() && !v->vague)
      figures.add(base_property(c.property), c.span.begin.value, v->value);
  }
  return figures;
}

// "Officials said three people died after leaping from windows", in a paragraph with no
// event word, on a page that gave its toll of 40 before: a smaller figure of that kind that no
// other figure of the page has is a part of it the grammar did not read (how or where they
// died), not the page's main event's figure. Why, else "". A toll told as one ("the death
// toll was", "has risen to") is the toll, smaller or not: the page contradicts itself.
std::string part_of_page_figure(const Claim& c, const PageFigures& figures, const EventOptions& options) {
  const auto* v = std::get_if<CountValue>(&c.value);
  // "the death toll has risen to 31": a toll, told as one, is never a part; "its rival took
  // 98 seats" after "won 143 seats" is another party's
  if (c.kind != ClaimKind::count || !v || v->vague || c.part || c.framed ||
      options.held_properties.count(base_property(c.property)))
    return "";
  const double larger = figures.largest_before(base_property(c.property), c.span.begin.value);
  if (larger <= v->value || figures.with_value(v->value) > 1) return "";
  return "unknown: no event word in its paragraph, and smaller than the page's " + base_property(c.property) +
         " figure before it (" + format_count(larger) + "): perhaps a part of it";
}

// Why a claim that took a key must give it up again, else "": an undated page's figure in a
// sentence that names another day than the page's moment ("by Friday, 13 had died" on a page
// written days later is Friday's figure), or a smaller figure of a page's main event that is a
// part of its toll (part_of_page_figure).
std::string keyed_refusal(const Claim& c, const std::string& via,
                          const std::map<std::size_t, std::vector<const Claim*>>& names_a_day,
                          const std::string& moment_day, const PageFigures& figures, const EventOptions& options) {
  if (const auto named = names_a_day.find(c.sentence); named != names_a_day.end() && is_page_moment_key(c.event.key))
    for (const Claim* day : named->second)
      if (lower(day->text) != moment_day)
        return "unknown: an undated page's figure in a sentence that names a day ('" + day->text +
               "'): perhaps not the moment the page reports";
  return via == focus_fallback ? part_of_page_figure(c, figures, options) : "";
}

// Per sentence of a document: its day-precise dates (and statement dates), the days it
// names resolved or not ("on Friday" on an undated page), and those with its clock times.
struct SentenceTimes {
  std::map<std::size_t, std::vector<const Claim*>> dates, days, times;
  // Per paragraph, the update lines it holds ("Updated 17:00." before "Already 20 dead"): the
  // sentence and line of each, in text order.
  std::map<std::size_t, std::vector<std::pair<std::size_t, std::size_t>>> updates;
  // The line of the update line that opens the part of its paragraph a claim is in, else 0.
  std::size_t update_of(const Claim& c) const {
    const auto it = updates.find(c.paragraph);
    std::size_t line = 0;
    if (it != updates.end())
      for (const auto& [sentence, update_line] : it->second)
        if (sentence <= c.sentence) line = update_line;
    return line;
  }
  SentenceTimes(const std::vector<Claim>& claims, const std::vector<std::string>& labels) {
    for (const auto& other : claims) {
      if (is_update_line(other.snippet, labels)) {
        auto& here = updates[other.paragraph];
        if (here.empty() || here.back().first != other.sentence) here.emplace_back(other.sentence, other.begin.line);
      }
      const auto* dv = std::get_if<DateValue>(&other.value);
      // a statement's day too: "the Red Crescent on Friday put the toll at 11,000" is Friday's
      if (dv && (other.property == "date" || other.property == "as_of" || other.property == "statement"))
        days[other.sentence].push_back(&other);
      // a statement's hour too: "the county said late Wednesday"
      if ((dv && (other.property == "date" || other.property == "as_of" || other.property == "statement")) ||
          other.kind == ClaimKind::time_of_day)
        times[other.sentence].push_back(&other);
      if (dv && dv->lo.ok() && (other.property == "date" || other.property == "statement" || other.property == "as_of"))
        dates[other.sentence].push_back(&other);
    }
  }
};

// "with each side freeing 103 prisoners" in a headline that takes the page's main exchange (September
// 13), on a page that says further down "A day later the two countries exchanged 103 prisoners each": a count
// whose sentence writes no day takes the day the page's narrative moves on to ("the next day",
// "two days later") with the same figure (its property and value) of an event of its type,
// when every such dated figure is of that one other day. (Not a day told from the published
// date: "released today" in a statement quoted a day later is no other day of the story.)
template <class DayKeyed>
void follow_dated_twins(std::vector<Claim>& claims, const SentenceTimes& times, const DayKeyed& day_keyed) {
  const auto narrated_day = [&](std::size_t sentence) {
    const auto it = times.dates.find(sentence);
    return it != times.dates.end() && std::any_of(it->second.begin(), it->second.end(), [](const Claim* d) {
             return std::get<DateValue>(d->value).narrative;
           });
  };
  const auto dated_count = [&](const Claim& c) {
    return c.kind == ClaimKind::count && !c.event.key.empty() && day_keyed(c.event.type) &&
           !std::get<CountValue>(c.value).vague && times.dates.contains(c.sentence);
  };
  // The dated counts by (event type, property, figure), in the page's order: looked up, not
  // searched for each undated count (a page of thousands of counts was quadratic).
  std::map<std::tuple<std::string, std::string, double>, std::vector<const Claim*>> dated;
  for (const Claim& o : claims)
    if (dated_count(o))
      dated[{o.event.type.str(), base_property(o.property), std::get<CountValue>(o.value).value}].push_back(&o);
  for (Claim& c : claims) {
    if (c.kind != ClaimKind::count || c.event.key.empty() || !day_keyed(c.event.type) ||
        std::get<CountValue>(c.value).vague || times.dates.contains(c.sentence))
      continue;
    const double value = std::get<CountValue>(c.value).value;
    const auto same = dated.find({c.event.type.str(), base_property(c.property), value});
    if (same == dated.end()) continue;
    const Claim* twin = nullptr;
    bool keep = false;
    for (const Claim* other : same->second) {
      const Claim& o = *other;
      if (o.event.key == c.event.key || (twin && twin->event.key != o.event.key) || !narrated_day(o.sentence)) {
        keep = true;
        break;
      }
      twin = &o;
    }
    if (keep || !twin) continue;
    c.event.key = twin->event.key;
    c.event.reason = "the page gives the same figure to " + twin->event.key + " ('" + twin->text + "', line " +
                     std::to_string(twin->begin.line) + ")";
    c.event.confidence = std::min(c.event.confidence, twin->event.confidence);
    c.as_of = twin->as_of;
    c.as_of_time = twin->as_of_time;
  }
}

// The moment a count was true: a later day its sentence gives than its event's ("by Tuesday
// night officials said 135 had died"), else the published day (an undated page: its moment); and the hour its sentence
// gives. Of several such days the nearest before the count is its own ("the mayor said Monday that 850 were missing,
// but officials said Tuesday that 1,100 were"), else the nearest after it. Whether the count's sentence says, before
// it, that its figure came later than the page's others: "The director later told BBC News that at least 255 people had
// died".
// `markers` are lowered and padded with a space on each side (EventOptions::later_reports).
bool reported_later(const std::vector<std::string>& markers, const Claim& c) {
  if (markers.empty()) return false;
  const std::string sentence = " " + lower(c.snippet) + " ";
  const std::size_t at = sentence.find(lower(c.text));
  if (at == std::string::npos) return false;
  // a marker starting before the claim's text lies within its length past that start
  return std::any_of(markers.begin(), markers.end(), [&](const std::string& m) {
    return std::string_view(sentence).substr(0, at + m.size() - 1).find(m) != std::string_view::npos;
  });
}

void set_as_of(const DocumentClaims& doc, const std::optional<Date>& page_moment,
               const std::optional<DatedRange>& event_day, const std::vector<const Claim*>& dates_here,
               const SentenceTimes& sentence, const EventOptions& options, Claim& c) {
  c.as_of = doc.published ? doc.published : page_moment;
  const auto times = sentence.times.find(c.sentence);
  auto [hour, hour_day] = times != sentence.times.end() ? time_of_sentence(times->second, c, doc, options)
                                                        : std::pair<std::string, const Claim*>{};
  // "15 children died when the boat capsized on Sunday evening" on a page written on Monday: the
  // hour of the event its day dates, not of the figure, which is the page's
  const auto dates_event_word = [&](const Claim* date) {
    const auto index = static_cast<std::size_t>(date - doc.claims.data());
    return index < doc.claim_mention.size() && doc.claim_mention[index].has_value();
  };
  if (hour_day && hour_day->property == "date" && doc.published && dates_event_word(hour_day))
    if (const auto* hv = std::get_if<DateValue>(&hour_day->value); hv && hv->hi.ok() && *doc.published > hv->hi) {
      hour.clear();
      hour_day = nullptr;
    }
  const Claim* before = nullptr;
  const Claim* after = nullptr;
  for (const Claim* date : dates_here) {
    const auto* dv = std::get_if<DateValue>(&date->value);
    // A figure given on the event's own day ("late on Saturday gave a figure of 320") is that
    // day's, not the later published day's.
    // So is one of an hour of that day ("Earlier Wednesday, the governor had given a toll of four").
    const bool given_that_day =
        (date->property == "statement" || date == hour_day) && event_day && dv->lo == event_day->hi;
    if (dv->lo != dv->hi || !event_day || (dv->lo <= event_day->hi && !given_that_day)) continue;
    if (date->span.begin.value <= c.span.begin.value) {
      if (!before || date->span.begin.value > before->span.begin.value) before = date;
    } else if (!after || date->span.begin.value < after->span.begin.value) {
      after = date;
    }
  }
  // A day the sentence marks as its figures' ("as of Tuesday", "a toll issued on Saturday") wins
  // over one read from the event's hours ("the quake that struck late on Friday evening")
  const Claim* marked = nullptr;
  for (const Claim* date : dates_here)
    if (const auto* dv = std::get_if<DateValue>(&date->value);
        date->property == "as_of" && dv->lo == dv->hi && (!event_day || dv->lo >= event_day->hi) &&
        (!marked || date->span.begin.value < marked->span.begin.value))
      marked = date;
  if (const Claim* own = marked ? marked : before ? before : after) {
    c.as_of = std::get<DateValue>(own->value).lo;
    c.as_of_written = true;
  }
  // Under an update line, the hour of the event its day dates is no hour of the figures: "Update,
  // 4:12 p.m.: The toll from the attacks on Friday night has increased to 141" is the update's
  const std::size_t update = sentence.update_of(c);
  const bool updated = update || is_update_line(c.snippet, options.update_labels);
  const bool events_hour = updated && hour_day && dates_event_word(hour_day);
  const std::string own_hour = (marked && hour_day && hour_day != marked) || events_hour ? std::string() : hour;
  // (an update note's hour, set when the claim was read, stands unless the sentence gives one)
  if (!own_hour.empty() || !c.as_of_time.starts_with(update_hour_prefix)) c.as_of_time = own_hour;
  // "UPDATE: The death toll has now reached seven": a live page's update is a later hour of
  // the page that the text does not give; its figures are compared with that update's only.
  if (c.as_of_time.empty() &&
      (is_update_line(c.snippet, options.update_labels) || reported_later(options.later_reports, c)))
    c.as_of_time = std::string(update_hour_prefix) + std::to_string(c.begin.line);
  // "Updated 17:00. ... Already 20 dead": a sentence after an update line of its paragraph is of that update
  else if (c.as_of_time.empty() && update) c.as_of_time = std::string(update_hour_prefix) + std::to_string(update);
}

}  // namespace

void assign_claim_events(Resolution& r) {
  auto& documents = r.documents;
  auto& state = r.state;
  auto& out = r.out;
  const auto& options = r.options;
  const auto day_keyed = [&](const std::string& type) {
    return std::find(options.day_keyed_types.begin(), options.day_keyed_types.end(), type) !=
           options.day_keyed_types.end();
  };
  // 5. Claims take their mention's key (or, without a mention in their sentence, the nearest
  //    event word before them in the paragraph, then the focus) and a confidence.
  for (std::size_t d = 0; d < documents.size(); ++d) {
    auto& doc = documents[d];
    auto& st = state[d];
    auto& ctx = out.documents[d];
    if (st.focus) {
      if (const MentionKey* keyed = r.key_of(d, *st.focus)) ctx.focus = keyed->key;
    }
    set_document_now(doc, st, ctx);
    const SentenceTimes times(doc.claims, options.update_labels);
    const PageFigures figures = page_figures(doc.claims);
    const auto& sentence_dates = times.dates;
    const auto& names_a_day = times.days;
    const std::vector<const Claim*> no_dates;
    for (std::size_t i = 0; i < doc.claims.size(); ++i) {
      Claim& c = doc.claims[i];
      const auto found_dates = sentence_dates.find(c.sentence);
      const auto& dates_here = found_dates == sentence_dates.end() ? no_dates : found_dates->second;
      std::string via;
      std::optional<std::size_t> mention = effective_mention(doc, i, st.focus, &via);
      // The event type a count's property allows: a count of bodies next to an exchange word
      // is that day's repatriation; a death toll next to one is not compared at all.
      std::string retype;
      if (mention && c.kind == ClaimKind::count) {
        const auto& m = doc.events[*mention];
        // "including 10 children from the camp" with no verb of its own: who, not what
        // happened to them, unless the event is one that moves people (an exchange)
        if (c.part && c.part->whole.empty() && c.property == c.part->value &&
            !options.group_count_events.count(m.type) && m.type != "agreement") {
          c.event.reason = "unknown: '" + c.text + "' says who they are, not what happened to them in the " + m.type +
                           " (dead, missing, rescued)";
          continue;
        }
        auto allowed = options.property_events.find(c.property);
        if (allowed != options.property_events.end() && !allowed->second.count(m.type) && m.type != "agreement") {
          if (m.type == "exchange" && allowed->second.count("repatriation")) {
            retype = "repatriation";
          } else {
            c.event.reason = "unknown: " + c.property + " counts are not about a " + m.type + " (the event word " +
                             (doc.claim_mention[i] ? "in its sentence" : "it falls back to") + ")";
            continue;
          }
        }
      }
      if (!doc.claim_mention[i]) {
        // A fallback must not cross into another day, and a count that does not say what it
        // counts needs an event word of its own.
        if (mention) {
          const std::string refuse =
              fallback_refusal(c, doc.events[*mention], st.mention_dates[*mention], dates_here, options);
          if (!refuse.empty()) {
            c.event.reason = refuse;
            continue;
          }
        }
      }
      if (!mention) {
        c.event.reason = c.kind == ClaimKind::count ? "unknown: no event word near it" : "";
        continue;
      }
      if (!c.not_event.empty()) {
        c.event.reason = "unknown: " + c.not_event;
        continue;
      }
      const auto& m = doc.events[*mention];
      c.event.type = retype.empty() ? m.type : Atom(retype);
      if (!via.empty()) c.explain.push_back(via);
      const MentionKey* keyed = r.key_of(d, *mention);
      if (!keyed) {
        c.event.reason = m.other
                             ? "unknown: another " + m.type + " than the article's own ('" + std::string(c.text) + "')"
                         : m.future ? "unknown: a planned " + m.type
                         : !st.undated_why[*mention].empty()
                             ? "unknown: the " + m.type + " is undated: " + st.undated_why[*mention]
                             : "unknown: the " + m.type + " has no date in the document or its story";
        continue;
      }
      c.event.key = keyed->key;
      c.event.reason = keyed->after_date ? st.mention_dates[*mention]->reason + keyed->why : keyed->why;
      if (c.event.key.empty()) continue;
      // "Over 300 injured" under a headline of the rains, on a page whose first event word is a
      // bridge collapse twelve paragraphs down: a figure that leans on the page's main event,
      // named only past the lead and after it, is not sure to be that event's
      if (via == focus_fallback && !in_lead(st, m.sentence) && m.sentence > c.sentence) {
        c.event.reason = "unknown: the page names its main " + m.type +
                         " only past its lead, after this figure: not sure to be the " + m.type + "'s";
        c.event.key.clear();
        c.event.type.clear();
        continue;
      }
      if (const std::string why = keyed_refusal(c, via, names_a_day, st.moment_day, figures, r.options); !why.empty()) {
        c.event.reason = why;
        c.event.key.clear();
        c.event.type.clear();
        continue;
      }
      if (!retype.empty()) {
        c.event.key = retype + c.event.key.substr(c.event.key.find('@'));
        c.event.reason += "; bodies are the " + retype + "'s";
      }
      // An undated page's moment is certain of its page, not of a day: 0.6, as a story link.
      c.event.confidence = st.mention_dates[*mention]        ? st.mention_dates[*mention]->confidence
                           : is_page_moment_key(c.event.key) ? 0.6
                                                             : 0;
      // "after each released 215 on Saturday, and 180 on Friday": a date right after the count
      // is that count's day, whatever day its event word carries.
      if (c.kind == ClaimKind::count && i < doc.claim_date.size() && doc.claim_date[i] && day_keyed(c.event.type)) {
        const Claim& own = doc.claims[*doc.claim_date[i]];
        const auto* dv = std::get_if<DateValue>(&own.value);
        const std::string key = dv && dv->lo.ok() && dv->lo == dv->hi ? c.event.type + "@" + iso_date(dv->lo) : "";
        if (!key.empty() && key != c.event.key) {
          c.event.key = key;
          c.event.reason = "dated by its own '" + own.text + "' (" + describe_value(own) + ")";
          c.event.confidence = std::min(c.event.confidence, 0.7);
          out.event_types[key] = c.event.type;
          out.event_dates[key] = dv->lo;
        }
      }
      // (a measure that changes while the event unfolds, an area burned, has its moment too)
      if (c.kind == ClaimKind::count || c.kind == ClaimKind::measure)
        set_as_of(doc, st.page_moment, st.mention_dates[*mention], dates_here, times, r.options, c);
    }
    follow_dated_twins(doc.claims, times, day_keyed);
    // in position order (the corpus's order within a document), then moved out: their shells
    // go now, not with the corpus
    std::stable_sort(doc.claims.begin(), doc.claims.end(), [](const Claim& a, const Claim& b) {
      return std::tie(a.span.begin.value, a.span.end.value) < std::tie(b.span.begin.value, b.span.end.value);
    });
    for (auto& c : doc.claims) out.claims.push_back(std::move(c));
    // The passes after this one read the claims alone: the page's event words, its dates and
    // its mentions' keys go with its claims' shells, so the corpus's resolution state and its
    // keyed claims are never held at once.
    doc = DocumentClaims{};
    st = DocumentEvents{};
  }
}

}  // namespace crosscheck
