// Reference facts an editor trusts: dated events (the start of a war) and office holders with
// their terms. Checked like one more, authoritative source.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "checker/claims/claim.hpp"
#include "checker/core/sorted_strings.hpp"

namespace crosscheck {

struct FactEvent {
  std::string id;    // war_start
  std::string name;  // "the full-scale Russian invasion of Ukraine"
  Date date{};
  std::vector<std::string> subjects;  // duration subjects it dates: war, invasion, conflict
  // Which occurrence it is: a claim about another event type, or whose subject is named with
  // a place not listed here ("the civil war in Sudan"), is about another one. Empty: any.
  std::string event_type;
  std::vector<std::string> places;
};

struct OfficeTerm {
  Date from{};
  std::optional<Date> to;  // open when still in office
};

struct Office {
  std::string person;                // "Donald Trump"
  std::vector<std::string> aliases;  // "Trump", "Donald J. Trump"
  std::string title;                 // canonical title: president
  std::string affiliation;           // us
  std::vector<OfficeTerm> terms;
  std::string source;  // the facts file
};

struct ReferenceFacts {
  std::vector<FactEvent> events;
  std::vector<Office> offices;
  std::map<std::string, std::string, std::less<>> event_files;  // event id -> the file that defines it

  // Loads one file and appends; throws InputError with file:line:col on bad content.
  void add_file(const std::filesystem::path& path);
  const FactEvent* event(std::string_view id) const;
  const FactEvent* event_for_subject(std::string_view subject) const;
  // The fact `claim` speaks of through `subject` (a duration's "war", a superlative's since
  // event), only when the fact's event type and places fit the claim; otherwise nullptr and
  // `why` says which did not fit. With `names` (the capitalised words of the claim's article), a
  // fact with places also needs the article to name one of them: "after 20 months of war" in a
  // story that never names the fact's country is about another war.
  const FactEvent* event_for_claim(std::string_view subject, const Claim& claim, std::string* why = nullptr,
                                   const SortedStrings* names = nullptr) const;
  // The office record of `person` (name or alias, compared case-insensitively, also by last
  // name when only that is written) with `title`, or nullptr.
  const Office* office(std::string_view person, std::string_view title) const;
  bool in_office(const Office& office, Date when) const;
};

std::filesystem::path default_facts_file();

}  // namespace crosscheck
