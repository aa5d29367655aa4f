// A sentence as the grammars read it (whitespace folded, with a map back to normalized
// offsets) and the word and clause arithmetic every extraction pass shares.
#pragma once

#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/offsets.hpp"

namespace crosscheck {

// Every run of whitespace (line breaks of re-wrapped text, doubled spaces, tabs) becomes one
// space, so a re-wrapped or re-spaced article yields the same claims. `norm_at[i]` is the
// normalized-text offset of flat byte i.
struct FlatText {
  std::string text;
  std::vector<std::size_t> norm_at;  // size text.size() + 1
};

FlatText flatten(std::string_view s, std::size_t base);
NormSpan norm_span(const FlatText& flat, std::size_t begin, std::size_t end);

bool is_space(char c);
bool is_digit(char c);
bool is_upper(char c);
std::string lower(std::string_view s);

// "UPDATE: ...", "Update (10:40): ...", "UPDATED - ...", "Updated 17:00.": a sentence that opens
// a live page's update, or an editor's note that the article was revised. `labels` are the
// lower-case words that open one (text.yaml page_update_labels: update, aggiornamento, ...).
bool is_update_line(std::string_view s, const std::vector<std::string>& labels);
// The `as_of_time` of a figure told in a live page's update ("UPDATE: the toll has reached
// seven"), followed by its line: an hour of its own page that no other page shares.
inline constexpr std::string_view update_hour_prefix = "the update at line ";
// `v` without the spaces at its ends.
std::string_view trim_view(std::string_view v);
// The text after the last space of `s`; all of `s` when it has no space.
std::string_view last_word(std::string_view s);
// The words `s` opens with, up to about `bytes` (cut at a space, never inside a word): enough
// to ask which phrase opens a text without scanning the rest of a long sentence.
std::string_view leading_words(std::string_view s, std::size_t bytes = 96);

// Clause boundaries inside a sentence: ; : ( ) and commas that do not sit inside a number or
// a date ("1,000", "May 23, 2025"), and spaced dashes. Returns boundary offsets, sorted.
std::vector<std::size_t> clause_boundaries(std::string_view s);
bool same_clause(const std::vector<std::size_t>& bounds, std::size_t a, std::size_t b);
int words_between(std::string_view s, std::size_t from, std::size_t to);
// Whether `text` holds one of `joints` (lower case; the text's ASCII case is ignored). A joint
// written with a space at an end (" and ") also matches at that end of the text, so a span
// cut between two words can be asked without copying it: has_joint(" and two", {" and "}).
bool has_joint(std::string_view text, std::initializer_list<std::string_view> joints);
// Whether nothing but punctuation stands before `pos`: a phrase there opens the sentence
// (after a quotation mark, say).
bool opens_sentence(std::string_view s, std::size_t pos);

// A year (1900-2100, four plain digits) that names the time of the event word at [begin, end):
// within two words before or after it, or before it followed by ", when" ("since 1976,
// when about 3,000 people died in a quake"). "since 2022" is a reference point, not a time.
std::optional<int> year_near(std::string_view s, std::size_t begin, std::size_t end);
// The last year (as year_near reads one) written in `s`, reference points included ("the
// biggest since 1987"), if any.
std::optional<int> last_year_in(std::string_view s);
// Whether `s` has a run of exactly four digits: without one, year_near finds no year.
bool has_four_digits(std::string_view s);
// Whether `s` holds a digit: "climbed to 202 on Tuesday", "won 412 of the 650 seats".
bool has_digit(std::string_view s);
// Whether `at` lies inside a quotation its sentence opens before it (a straight quote left
// open, or more opening than closing curly quotes).
bool inside_quotation(std::string_view text, std::size_t at);
// Whether a text is in title case ("Hamas Frees 3 Israeli Hostages in Exchange"): of its words
// of four letters or more, at least three and four in five capitalised.
// With `title_lowercase` (text.yaml page_title_lowercase), a word of four letters or more in
// lower case that is not one of those ("29 died in Avery County and 8 in Calder County": a
// verb a title would capitalise) makes it prose.
bool title_cased(std::string_view s, const std::set<std::string, std::less<>>& title_lowercase = {});
// The capitalised name that starts at p in s, up to `end` ("Kerr County", "Castilla-La
// Mancha", "St. Lucie County"); empty when no capital stands at p.
std::string capitalised_name_at(std::string_view s, std::size_t p, std::size_t end);
// The run of capitalised words that ends at `end` in s ("through the Philippines", "Kegalle"
// before " with"), trimmed of spaces; empty when the word before `end` is not capitalised. A
// word runs back to a space, or with `comma_ends` to a comma too ("regions, Kegalle").
std::string capitalised_words_before(std::string_view s, std::size_t end, bool comma_ends);
// Whether a name closes on one of `heads`: its last words are the head, after a space ("Ridge
// Fire" on "Fire", "the Norland National Assembly" on "National Assembly"). With `whole`, the
// name may also be the head alone; with `ignore_case`, the name's case does not count (the
// heads are given in lower case then).
struct ClosesOn {
  bool whole = false;
  bool ignore_case = false;
};
bool closes_on(std::string_view name, const std::vector<std::string>& heads, ClosesOn how = {});

}  // namespace crosscheck
