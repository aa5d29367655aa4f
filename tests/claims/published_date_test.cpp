// infer_published_date: the page's own date from date widgets and dated bylines, never from
// furniture that dates something else (a caption, a site's date bar) or from prose about an
// event; and wire datelines, with or without a year, with or without front matter, which
// date the filing and never an event.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/claims/claims_corpus.hpp"

using namespace crosscheck;
using namespace crosscheck::test;

namespace {

const std::string headline = "Neighbours free 142 captives each in a winter exchange\n\n";
const std::string lead = "\n\nThe two countries exchanged 142 captives each on Friday, officials said.\n";

// The date claim whose text is `text`, or nullptr.
const Claim* date_claim(const DocumentClaims& doc, const std::string& text) {
  for (const auto& c : doc.claims)
    if (c.kind == ClaimKind::date && c.text == text) return &c;
  return nullptr;
}

bool has_mention(const DocumentClaims& doc, const Claim& claim) {
  return doc.claim_mention.at(static_cast<std::size_t>(&claim - doc.claims.data())).has_value();
}

}  // namespace

TEST_CASE("Published date from the page's date widgets") {
  struct Row {
    std::string page;
    const char* published;
    const char* how;  // part of published_how
  };
  SUBCASE("a widget in the page header gives the date") {
    const std::vector<Row> rows = {
        {headline + "Updated 14 March 2025" + lead, "2025-03-14", "date line '14 March 2025'"},
        {headline + "Short Url\nUpdated 14 March 2025\nFollow" + lead, "2025-03-14", "date line"},
        {headline + "Mar. 14, 2025 / 11:47 AM" + lead, "2025-03-14", "date line"},
        {headline + "Fri, 14 Mar 2025 18:10:00 +0300" + lead, "2025-03-14", "date line"},
        {headline + "- Post By Ilse Varga\n- 08:21, 14 March, 2025" + lead, "2025-03-14", "'14 March, 2025'"},
        {headline + "By Mara Quell in Port Ellis March 14, 2025" + lead, "2025-03-14", "byline's date"},
        {"date 2025-03-14 The two countries exchanged 142 captives each on Friday.\n", "2025-03-14", "date widget"},
        // A caption before the widget neither dates the page nor hides the widget.
        {headline +
             "Relatives wait at the crossing on January 9, 2025. (Interior Ministry/Pool)\nUpdated 14 March 2025" +
             lead,
         "2025-03-14", "date line '14 March 2025'"},
    };
    for (const auto& row : rows) {
      CAPTURE(row.page);
      const auto doc = extract_text(row.page);
      REQUIRE(doc.published.has_value());
      CHECK(iso_date(*doc.published) == row.published);
      CHECK(doc.published_inferred);
      CHECK(doc.published_how.find(row.how) != std::string::npos);
      // The widget is furniture: it keeps no date claim of its own.
      CHECK(date_claim(doc, "14 March 2025") == nullptr);
    }
  }

  SUBCASE("dates that are not the page's own never become its date") {
    const std::vector<std::string> pages = {
        // a caption's date (the photo was taken earlier)
        headline + "A freed soldier hugs his mother on April 2, 2025. Ana Lima / Pool via Getty Images" + lead,
        // a site's date bar above its menus (the day the page was seen)
        "Saturday, March 22, 2025\n\nLATEST\n\nRelated Posts\n\n" + headline + "The two countries exchanged 61.\n",
        // a related story's date in a list of other stories
        headline +
            "Related Posts\nTalks stall on March 3, 2025 for a third week\nMarch 2025\nBorder stays shut for "
            "40 days" +
            lead,
        // a date in prose about an event, after the lead
        headline +
            "The two countries exchanged 142 captives each on Friday.\n\nThe previous swap took place on "
            "January 9, 2025.\n",
    };
    for (const auto& page : pages) {
      CAPTURE(page);
      const auto doc = extract_text(page);
      CHECK_FALSE(doc.published.has_value());
    }
  }

  SUBCASE("a site's date bar above the headline gives way to the article's labelled publication date") {
    const std::string bar =
        "Mon, Mar 3, 2025 | 18\xC2\xB0"
        "C | Port Ellis\n\n";
    const auto doc =
        extract_text(bar + headline + "Published: Fri 14 Mar 2025, 9:05 AM\nUpdated: Fri 14 Mar 2025" + lead);
    REQUIRE(doc.published.has_value());
    CHECK(iso_date(*doc.published) == "2025-03-14");
    // An update label is no publication label: the bar's date above it stays the page's.
    const auto updated = extract_text(bar + headline + "Updated: Fri 14 Mar 2025" + lead);
    REQUIRE(updated.published.has_value());
    CHECK(iso_date(*updated.published) == "2025-03-03");
  }

  SUBCASE("front matter wins over a widget") {
    const auto doc = extract_text("---\npublished: 2025-03-15\n---\n" + headline + "Updated 14 March 2025" + lead);
    REQUIRE(doc.published.has_value());
    CHECK(iso_date(*doc.published) == "2025-03-15");
    CHECK_FALSE(doc.published_inferred);
  }
}

TEST_CASE("Published date and wire datelines") {
  const std::string front = "---\npublished: 2025-03-14\n---\n";
  struct Row {
    std::string lead;      // the dateline and the start of the lead
    const char* date;      // the dateline's date as written
    const char* resolved;  // its day
  };
  const std::vector<Row> rows = {
      {"VALMERE, March 14 (Harbour Wire) - The two countries exchanged 142 captives each on Thursday.", "March 14",
       "2025-03-14"},
      {"Port Ellis, 14 March 2025 (Harbour Wire/Desk) - The two countries exchanged 142 captives each on Thursday.",
       "14 March 2025", "2025-03-14"},
      {"Valmere/Port Ellis, March 14 (Wire Desk) On Thursday, the two countries exchanged 142 captives each.",
       "March 14", "2025-03-14"},
      {"PORT ELLIS, March 14 - The two countries exchanged 142 captives each on Thursday.", "March 14", "2025-03-14"},
      {"Mar. 14 (HW) -- The two countries exchanged 142 captives each on Thursday.", "Mar. 14", "2025-03-14"},
  };

  SUBCASE("with front matter the dateline still dates the filing, not an event") {
    for (const auto& row : rows) {
      CAPTURE(row.lead);
      const auto doc = extract_text(front + headline + row.lead + "\n");
      REQUIRE(doc.dateline.has_value());
      const Claim* dateline = date_claim(doc, row.date);
      REQUIRE(dateline != nullptr);
      CHECK(dateline->property == "dateline");
      CHECK_FALSE(has_mention(doc, *dateline));
      CHECK(iso_date(std::get<DateValue>(dateline->value).lo) == row.resolved);
      // The exchange is dated by its own words.
      const Claim* thursday = date_claim(doc, "Thursday");
      if (thursday != nullptr) {
        CHECK(iso_date(std::get<DateValue>(thursday->value).lo) == "2025-03-13");
        CHECK(has_mention(doc, *thursday));
      }
    }
  }

  SUBCASE("without front matter a dateline with its year is the page's date") {
    const auto doc = extract_text(headline + rows[1].lead + "\n");
    REQUIRE(doc.published.has_value());
    CHECK(iso_date(*doc.published) == "2025-03-14");
    CHECK(doc.published_how.find("dateline '14 March 2025'") != std::string::npos);
    const Claim* dateline = date_claim(doc, "14 March 2025");
    REQUIRE(dateline != nullptr);
    CHECK(dateline->property == "dateline");
  }

  SUBCASE("after a standfirst, bullets and a byline the lead's dateline is still found") {
    const auto doc = extract_text(front + headline +
                                  "- The two countries exchanged 142 captives each, the ministry said.\n"
                                  "- Post By Ilse Varga\n- 08:21, 14 March, 2025\n" +
                                  rows[1].lead + "\n");
    REQUIRE(doc.dateline.has_value());
    REQUIRE(date_claim(doc, "14 March 2025") != nullptr);
    CHECK(date_claim(doc, "14 March 2025")->property == "dateline");
  }

  SUBCASE("prose that opens with a place and a date is not a dateline") {
    const std::vector<std::string> leads = {
        "In Valmere, March 14 was a day of celebration as 142 captives came home.",
        "The two countries exchanged 142 captives each on March 14 (a Friday) - officials said.",
    };
    for (const auto& text : leads) {
      CAPTURE(text);
      const auto doc = extract_text(front + headline + text + "\n");
      CHECK_FALSE(doc.dateline.has_value());
    }
  }
}

TEST_CASE("A caption that dates what it shows") {
  const std::string text =
      "---\npublished: 2025-03-14\n---\nBorder swap frees 120\n\n"
      "Above, relatives wait at the crossing during an earlier exchange. Each side handed over 64 soldiers on "
      "January 9, 2025. (Northland Interior Ministry/Pool)\n\n"
      "On Friday each side released 120 prisoners in the exchange.\n";
  const auto doc = extract_text(text);
  SUBCASE("its full date is read, about another event than the article's") {
    const Claim* day = find_claim(doc, ClaimKind::date, "January 9, 2025");
    REQUIRE(day != nullptr);
    CHECK(iso_date(std::get<DateValue>(day->value).lo) == "2025-01-09");
    const auto index = static_cast<std::size_t>(day - doc.claims.data());
    REQUIRE(doc.claim_mention[index].has_value());
    CHECK(doc.events[*doc.claim_mention[index]].other);
  }
  SUBCASE("its counts stay unread") { CHECK(find_claim(doc, ClaimKind::count, "64") == nullptr); }
  SUBCASE("explain says what is read of it") {
    const auto caption = std::find_if(doc.skipped.begin(), doc.skipped.end(), [](const SkippedLine& s) {
      return s.text.find("January 9") != std::string::npos;
    });
    REQUIRE(caption != doc.skipped.end());
    CHECK(caption->reason.find("its full dates are read") != std::string::npos);
  }
}
