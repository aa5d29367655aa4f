#include "checker/claims/claim_json.hpp"

#include <cmath>
#include <limits>

namespace crosscheck {

namespace {

nlohmann::json number_json(double v) {
  if (std::isinf(v)) return nullptr;
  // "about 6,000" is 5,400..6,600: keep float noise (6600.000000000001) out of the contract.
  if (std::fabs(v - std::round(v)) < 1e-6) v = std::round(v);
  else v = std::round(v * 1e6) / 1e6;
  if (std::floor(v) == v && std::fabs(v) < 1e15) return static_cast<long long>(v);
  return v;
}

std::string_view qualifier_words(Qualifier q) {
  switch (q) {
    case Qualifier::exact: return "";
    case Qualifier::more_than: return "more than ";
    case Qualifier::at_least: return "at least ";
    case Qualifier::about: return "about ";
    case Qualifier::nearly: return "nearly ";
    case Qualifier::up_to: return "up to ";
    case Qualifier::fewer_than: return "fewer than ";
    case Qualifier::at_most: return "at most ";
  }
  return "";
}

// "about ", "shortly after ": a time's qualifier as news writes it.
std::string_view time_qualifier_words(Qualifier q) {
  switch (q) {
    case Qualifier::about: return "about ";
    case Qualifier::more_than: return "shortly after ";
    case Qualifier::fewer_than: return "shortly before ";
    default: return "";
  }
}

}  // namespace

std::string clock_time(int minutes) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d:%02d", minutes / 60 % 24, minutes % 60);
  return buffer;
}

std::string format_count(double value) {
  if (std::floor(value) != value || std::fabs(value) >= 1e15) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
  }
  std::string digits = std::to_string(static_cast<long long>(std::fabs(value)));
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return value < 0 ? "-" + out : out;
}

nlohmann::json value_json(const Claim& claim) {
  return std::visit(
      [&](const auto& v) -> nlohmann::json {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, CountValue>) {
          if (claim.qualifier == Qualifier::exact && !v.value_hi && !v.vague) return number_json(v.value);
          nlohmann::json j{{"value", number_json(v.value)}, {"lo", number_json(v.lo)}, {"hi", number_json(v.hi)}};
          if (v.value_hi) j["value_hi"] = number_json(*v.value_hi);
          if (v.vague) j["vague"] = true;
          return j;
        } else if constexpr (std::is_same_v<T, DateValue>) {
          if (!v.lo.ok()) return nullptr;
          if (v.lo == v.hi) return iso_date(v.lo);
          return nlohmann::json{{"from", iso_date(v.lo)}, {"to", iso_date(v.hi)}};
        } else if constexpr (std::is_same_v<T, DurationValue>) {
          nlohmann::json j{{"amount", number_json(v.amount)}, {"unit", v.unit}};
          if (v.since) j["since"] = iso_date(*v.since);
          return j;
        } else if constexpr (std::is_same_v<T, SuperlativeValue>) {
          nlohmann::json j{{"adjective", v.adjective}, {"subject", v.subject}};
          if (v.since) j["since"] = iso_date(*v.since);
          if (!v.since_event.empty()) j["since_event"] = v.since_event;
          if (v.of_scope) j["of_scope"] = true;
          if (!v.scope.empty()) j["scope"] = v.scope;
          if (!v.lookback.empty()) j["lookback"] = v.lookback;
          return j;
        } else if constexpr (std::is_same_v<T, RoleValue>) {
          return nlohmann::json{
              {"person", v.person}, {"title", v.title}, {"modifier", v.modifier}, {"affiliation", v.affiliation}};
        } else if constexpr (std::is_same_v<T, MeasureValue>) {
          nlohmann::json j{{"amount", number_json(v.amount)}, {"unit", v.unit}};
          if (v.amount_hi) j["amount_hi"] = number_json(*v.amount_hi);
          if (v.revised_to) j["revised_to"] = number_json(*v.revised_to);
          if (v.revised_from) j["revised_from"] = number_json(*v.revised_from);
          return j;
        } else if constexpr (std::is_same_v<T, TimeOfDayValue>) {
          nlohmann::json j{{"minutes", v.minutes}, {"time", clock_time(v.minutes)}, {"zone", v.zone}};
          if (v.utc_minutes) j["utc"] = clock_time(*v.utc_minutes);
          return j;
        } else if constexpr (std::is_same_v<T, PlaceValue>) {
          return nlohmann::json{{"name", v.name},     {"known", v.known},     {"place_kind", v.kind},
                                {"within", v.within}, {"country", v.country}, {"preposition", v.preposition}};
        } else if constexpr (std::is_same_v<T, LabelValue>) {
          return nlohmann::json{{"name", v.name}, {"introducer", v.introducer}};
        } else if constexpr (std::is_same_v<T, AgeValue>) {
          return nlohmann::json{{"person", v.person}, {"years", v.years}};
        } else {
          static_assert(std::is_same_v<T, StageValue>);
          nlohmann::json j{{"noun", v.noun}, {"final", v.final}};
          j["ordinal"] = v.ordinal ? nlohmann::json(*v.ordinal) : nlohmann::json(nullptr);
          return j;
        }
      },
      claim.value);
}

nlohmann::json claim_snapshot(const Claim& claim) {
  nlohmann::json j{{"kind", to_string(claim.kind)}, {"property", claim.property}, {"value", value_json(claim)}};
  j["qualifier"] = to_string(claim.qualifier);
  j["scope"] = to_string(claim.scope);
  return j;
}

nlohmann::json claim_json(const Claim& claim, bool explain) {
  nlohmann::json j{{"path", claim.path},         {"line", claim.begin.line},       {"column", claim.begin.column},
                   {"end_line", claim.end.line}, {"end_column", claim.end.column}, {"text", claim.text}};
  j["kind"] = to_string(claim.kind);
  j["property"] = claim.property;
  j["value"] = value_json(claim);
  j["qualifier"] = to_string(claim.qualifier);
  j["scope"] = to_string(claim.scope);
  if (claim.running) j["running"] = true;
  if (claim.rising) j["rising"] = true;
  if (claim.framed) j["framed"] = true;
  if (!claim.side.empty()) j["side"] = claim.side;
  if (!claim.side_role.empty()) j["side_role"] = claim.side_role;
  if (!claim.location.empty()) j["location"] = claim.location;
  if (!claim.groups.empty()) j["groups"] = claim.groups;
  if (claim.part) {
    j["part"] = {{"dimension", claim.part->dimension}, {"value", claim.part->value}};
    if (!claim.part->whole.empty()) j["part"]["whole"] = claim.part->whole;
    if (!claim.part->of.empty()) j["part"]["of"] = claim.part->of;
    if (!claim.part->lineage.empty()) j["part"]["lineage"] = claim.part->lineage;
  }
  if (claim.covers) j["covers"] = {{"dimension", claim.covers->dimension}, {"values", claim.covers->values}};
  if (claim.completes) j["completes"] = {{"line", claim.completes->line}, {"column", claim.completes->column}};
  if (const auto* d = std::get_if<DateValue>(&claim.value)) {
    if (d->weekday) j["weekday"] = weekday_name(*d->weekday);
    if (d->lo.ok() && d->lo == d->hi)
      j["weekday_of_date"] = weekday_name(std::chrono::weekday{std::chrono::sys_days{d->lo}}.c_encoding());
    if (!d->resolution.empty()) j["resolution"] = d->resolution;
  }
  j["event"] = claim.event.key.empty() ? nlohmann::json("unknown") : nlohmann::json(claim.event.key);
  j["event_type"] = claim.event.type;
  j["confidence"] = claim.event.confidence;
  if (claim.as_of && claim.kind == ClaimKind::count) j["as_of"] = iso_date(*claim.as_of);
  if (!claim.as_of_time.empty() && claim.kind == ClaimKind::count) j["as_of_time"] = claim.as_of_time;
  if (explain) {
    j["event_reason"] = claim.event.reason;
    j["explain"] = claim.explain;
  }
  return j;
}

std::string describe_value(const Claim& claim) {
  return std::visit(
      [&](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, CountValue>) {
          std::string s = std::string(qualifier_words(claim.qualifier)) + format_count(v.value);
          if (v.value_hi) s += "-" + format_count(*v.value_hi);
          return s;
        } else if constexpr (std::is_same_v<T, DateValue>) {
          if (!v.lo.ok()) return "unresolved date";
          std::string s = v.lo == v.hi ? iso_date(v.lo) : iso_date(v.lo) + ".." + iso_date(v.hi);
          if (v.weekday) s += " (" + std::string(weekday_name(*v.weekday)) + ")";
          return s;
        } else if constexpr (std::is_same_v<T, DurationValue>) {
          if (v.since) return "since " + iso_date(*v.since);
          return std::string(qualifier_words(claim.qualifier)) + format_count(v.amount) + " " + v.unit +
                 (v.amount == 1 ? "" : "s");
        } else if constexpr (std::is_same_v<T, SuperlativeValue>) {
          std::string s = v.adjective + (v.subject.empty() ? "" : " " + v.subject);
          if (v.since) s += " since " + iso_date(*v.since);
          if (!v.since_event.empty()) s += " since " + v.since_event;
          return s;
        } else if constexpr (std::is_same_v<T, RoleValue>) {
          return (v.modifier.empty() ? "" : v.modifier + " ") + v.title + " " + v.person;
        } else if constexpr (std::is_same_v<T, MeasureValue>) {
          std::string s = std::string(qualifier_words(claim.qualifier)) + format_count(v.amount);
          if (v.amount_hi) s += "-" + format_count(*v.amount_hi);
          if (!v.unit.empty()) s += " " + v.unit + (v.unit.size() > 3 && v.amount != 1 ? "s" : "");
          return s;
        } else if constexpr (std::is_same_v<T, TimeOfDayValue>) {
          std::string s = std::string(time_qualifier_words(claim.qualifier)) + clock_time(v.minutes);
          if (!v.zone.empty()) s += " " + v.zone;
          if (v.utc_minutes && v.zone != "UTC") s += " (" + clock_time(*v.utc_minutes) + " UTC)";
          return s;
        } else if constexpr (std::is_same_v<T, PlaceValue>) {
          return v.preposition + " " + v.name + (v.known ? "" : " (not in the gazetteer)");
        } else if constexpr (std::is_same_v<T, LabelValue>) {
          return v.name;
        } else if constexpr (std::is_same_v<T, AgeValue>) {
          return v.person + ", " + std::to_string(v.years);
        } else {
          return (v.final ? "final " : "") + (v.ordinal ? std::to_string(*v.ordinal) + " " : std::string()) + v.noun;
        }
      },
      claim.value);
}

}  // namespace crosscheck
