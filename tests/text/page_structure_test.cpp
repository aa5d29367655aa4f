// mark_page_structure: page furniture of scraped articles (date widgets, bylines, captions and
// photo credits, navigation and related-story lists, repeated lines, editor's notes), the
// headline, and the prose that looks like furniture but must keep its claims.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "checker/core/yaml_file.hpp"
#include "checker/text/document.hpp"

using namespace crosscheck;

namespace {

// The shipped vocabulary, read from the lexicon files the way the CLI reads them (the text
// layer's tests do not link the lexicon layer).
const TextOptions& shipped_options() {
  static const TextOptions options = [] {
    TextOptions o;
    for (const char* file : {"text.yaml", "dates.yaml"}) {
      const YAML::Node root = load_yaml_file(std::string(CROSSCHECK_SOURCE_DIR "/lexicon/en/") + file);
      for (const auto& v : text_vocabulary()) {
        const YAML::Node section = root[std::string(v.section)];
        if (!section) continue;
        auto add = [&](const YAML::Node& node) {
          if (node.IsSequence()) {
            for (const auto& phrase : node) (o.*v.list).push_back(phrase.as<std::string>());
          } else {
            (o.*v.list).push_back(node.as<std::string>());
          }
        };
        if (section.IsSequence()) add(section);
        if (section.IsMap()) {
          for (const auto& group : section)
            if (v.value.empty() || group.first.as<std::string>() == v.value) add(group.second);
        }
      }
    }
    return o;
  }();
  return options;
}

Document page(const std::string& text) {
  Warnings warnings;
  return make_document("page.txt", text, warnings, shipped_options());
}

std::string text_of(const Document& doc, const Sentence& s) { return std::string(doc.sentence_text(s)); }

// The sentence whose text starts with `start`; fails the test when there is none.
const Sentence& sentence_at(const Document& doc, const std::string& start) {
  for (const auto& s : doc.sentences)
    if (text_of(doc, s).rfind(start, 0) == 0) return s;
  FAIL("no sentence starts with '" << start << "'");
  return doc.sentences.front();
}

// A page with a headline and a lead around the line under test, so each row is read in the
// place such lines take on real pages.
std::string framed(const std::string& line) {
  return "Two neighbours swap 142 captives in a winter exchange\n\n" + line +
         "\n\nThe two countries exchanged 142 captives each on Friday, officials said.\n";
}

struct Row {
  const char* page;      // the page, or one line to put between a headline and a lead
  const char* sentence;  // the start of the sentence the row is about
  PagePart part;
  const char* reason;  // part of its skip reason ("" when it is not furniture)
};

void check_rows(const std::vector<Row>& rows, bool frame) {
  for (const auto& row : rows) {
    const std::string shown = row.page;
    CAPTURE(shown);
    const Document doc = page(frame ? framed(row.page) : std::string(row.page));
    const Sentence& s = sentence_at(doc, row.sentence);
    CHECK(s.part == row.part);
    CHECK(s.skip_reason.find(row.reason) != std::string::npos);
    CHECK(s.skip_reason.empty() == (row.part == PagePart::body || row.part == PagePart::headline));
    // Whatever is skipped, the lead keeps its claims.
    CHECK(sentence_at(doc, "The two countries exchanged").skip_reason.empty());
  }
}

}  // namespace

TEST_CASE("mark_page_structure date widgets") {
  SUBCASE("a date or time alone on its line, with labels and separators") {
    check_rows(
        {
            {"Updated 23 May 2025", "Updated 23 May 2025", PagePart::date_widget, "date widget"},
            {"Aug. 14, 2025 / 11:47 AM", "Aug. 14, 2025", PagePart::date_widget, "date widget"},
            {"Thu, 26 Jun 2025 18:10:00 +0300", "Thu, 26 Jun 2025", PagePart::date_widget, "date widget"},
            {"08:21, 24 July, 2025", "08:21, 24 July, 2025", PagePart::date_widget, "date widget"},
            {"Published on March 3, 2025 at 9:15 a.m.", "Published on March", PagePart::date_widget, "date widget"},
            {"Updated:", "Updated:", PagePart::date_widget, "date widget"},
            {"0:00", "0:00", PagePart::date_widget, "date widget"},
            {"March 2025", "March 2025", PagePart::date_widget, "date widget"},
        },
        true);
  }

  SUBCASE("a bar of page data with a dated field") {
    check_rows({{"City Desk | Lisbon | Updated: 05-02-2025 19:25 IST | Created: 05-02-2025 19:25 IST", "City Desk",
                 PagePart::date_widget, "source, place and dates"}},
               true);
  }

  SUBCASE("a labelled date in front of the first line is split off; the line keeps its text") {
    const Document doc = page(
        "date 2025-06-09 The two countries exchanged 142 captives each on Monday, officials said.\n\nMore later.\n");
    const Sentence& widget = sentence_at(doc, "date 2025-06-09");
    CHECK(text_of(doc, widget) == "date 2025-06-09");
    CHECK(widget.part == PagePart::date_widget);
    CHECK_FALSE(widget.skip_reason.empty());
    const Sentence& lead = sentence_at(doc, "The two countries exchanged");
    CHECK(lead.skip_reason.empty());
    CHECK(lead.paragraph == widget.paragraph);
  }

  SUBCASE("the page's address after its date is no part of the date nor of the text's event") {
    const Document doc = page(
        "date 2025-06-09 https://example.org/news/20250609/swap-1234.html\nOSTRIN - The two countries "
        "exchanged 142 captives each, the ministry said on Thursday.\n");
    const Sentence& widget = sentence_at(doc, "date 2025-06-09");
    CHECK(text_of(doc, widget) == "date 2025-06-09");
    CHECK(widget.part == PagePart::date_widget);
    CHECK(sentence_at(doc, "https://example.org").skip_reason.empty());
  }

  SUBCASE("a title, the page's date and the text between bars on one line") {
    const Document doc = page(
        "Varno Wins Runoff in Morva | 29 May 2025 | The election board said on Sunday that Varno had won the "
        "runoff with 52.1% of the vote, against 47.9% for his rival.\n\nMore later.\n");
    const Sentence& widget = sentence_at(doc, "29 May 2025");
    CHECK(text_of(doc, widget) == "29 May 2025");
    CHECK(widget.part == PagePart::date_widget);
    CHECK(text_of(doc, sentence_at(doc, "Varno Wins")) == "Varno Wins Runoff in Morva");
    const Sentence& lead = sentence_at(doc, "The election board said");
    CHECK(lead.skip_reason.empty());
    // A bar of short fields alone stays a bar of page data; prose with a bar keeps its date.
    const Document prose = page("Turnout was 61% | the board said the runoff on 29 May 2025 went calmly.\n");
    CHECK(sentence_at(prose, "Turnout was").skip_reason.empty());
  }

  SUBCASE("the widget in front of a headline or a menu label leaves that line to its own rule") {
    const Document doc = page(
        "date 2025-03-04 Trending\nMarch 4, 2025 / 10:02 AM\n\nThe two countries exchanged 61 "
        "captives each.\n");
    CHECK(sentence_at(doc, "date 2025-03-04").part == PagePart::date_widget);
    CHECK(sentence_at(doc, "Trending").part == PagePart::navigation);
    CHECK(sentence_at(doc, "March 4, 2025").part == PagePart::date_widget);
  }

  SUBCASE("a bare date above the site's menus is the site's date, not the article's") {
    const Document doc = page(
        "Sunday, March 23, 2025\n\nLATEST\n\nRelated Posts\n\nTalks resume in the capital\n\n"
        "The two countries exchanged 61 captives each.\n");
    CHECK(sentence_at(doc, "Sunday, March 23").part == PagePart::site_date);
    // A labelled widget after the headline stays the page's own date, menus or not.
    const Document own = page(
        "Talks resume in the capital\n\nUpdated 21 March 2025\nFollow\n\nThe two countries "
        "exchanged 61 captives each.\n");
    CHECK(sentence_at(own, "Updated 21 March").part == PagePart::date_widget);
  }
}

TEST_CASE("mark_page_structure bylines") {
  check_rows(
      {
          {"By Mara Quell", "By Mara Quell", PagePart::byline, "byline"},
          {"- Post By Ilse Varga", "Post By Ilse Varga", PagePart::byline, "byline"},
          {"By Mara Quell in Port Ellis March 4, 2025", "By Mara Quell", PagePart::byline, "byline"},
          {"(Reporting by Mara Quell; Editing by Tomas Weir)", "(Reporting by", PagePart::byline, "byline"},
          {"- Ilse Varga", "Ilse Varga", PagePart::byline, "a name alone"},
      },
      true);
}

TEST_CASE("mark_page_structure captions and photo credits") {
  check_rows(
      {
          {"Above, relatives wait at the crossing during an earlier exchange. Each side handed over 64 soldiers on "
           "January 9, 2025. (Northland Interior Ministry/Pool)",
           "Each side handed over 64", PagePart::caption, "photo caption"},
          {"Families wait at the border crossing (Photo: Coordination Staff)", "Families wait", PagePart::caption,
           "photo caption"},
          {"A freed soldier hugs his mother on April 2, 2025. Ana Lima / Pool via Getty Images", "A freed soldier",
           PagePart::caption, "photo caption"},
          {"The exchange of January 5, 2024 was the largest of the year [Office of the Ombudsman via Messenger/Handout "
           "via Reuters]",
           "The exchange of January 5", PagePart::caption, "photo caption"},
          {"Freed men were taken home on Thursday. Here, some of them pose with flags. Photo courtesy of the "
           "ministry via X.",
           "Freed men were taken home", PagePart::caption, "photo caption"},
          {"Photo: Southland Ministry of Defence", "Photo: Southland", PagePart::photo_credit, "photo credit"},
          // a wire's file photo, its caption telling an earlier toll
          {"Norberg fire claims lives of 14 people including children. \u2014 Wire/File", "Norberg fire claims",
           PagePart::caption, "photo caption"},
          // a wire photo's caption without its credit ends on its place and day
          {"Members of a militia sit in a truck after a drone strike on a depot in Port Avery, Northland January 4.",
           "Members of a militia", PagePart::caption, "as a wire photo's does"},
          {"Rescuers carry a body from the rubble in Tarn, Southland March 4, 2024.", "Rescuers carry",
           PagePart::caption, "as a wire photo's does"},
          // an agency's file photo: the caption tells an earlier event's day
          {"FILE - Residents stand near damaged houses after an earthquake hit Tarn province on Sept 02, 2025.",
           "FILE - Residents", PagePart::photo_credit, "photo credit"},
          {"Rescuers search a collapsed school in Tarn on Monday. / AA", "Rescuers search", PagePart::caption,
           "photo caption"},
          // a gallery's credit inside the line, after the caption's words
          {"At least 12 people have died in the attack Credit: The Tarn Herald", "At least 12 people",
           PagePart::caption, "photo caption"},
          // an agency's credit, its name in capitals and a slash: "AGENCY/Photographer"
          {"Rescuers search a collapsed school in Tarn, Southland, March 4, 2024. WIRE/Ana Lima/File Photo",
           "Rescuers search", PagePart::caption, "photo caption"},
          // a wire photo's caption opening with the agency's picture number, its credit in capitals
          {"wire10000001 Soldiers board a bus after a swap, 14 March 2025. The ministry said 40 were freed. "
           "WIRE/TARN DEFENCE MINISTRY/HANDOUT EDITORIAL USE ONLY/NO SALES",
           "wire10000001 Soldiers", PagePart::caption, "photo caption"},
          {"Rescuers search a school in Tarn. The mayor said 12 pupils died. WIRE/TARN CITY HALL/HANDOUT EDITORIAL "
           "USE ONLY",
           "Rescuers search a school", PagePart::caption, "photo caption"},
          // two cities of a dateline before a dash are prose
          {"TARN/AVON - The two sides completed the exchange of 500 prisoners on Sunday.", "TARN/AVON", PagePart::body,
           ""},
          // prose says "on" before the day
          {"Militia members met in Port Avery, Northland on January 4.", "Militia members", PagePart::body, ""},
      },
      true);
}

TEST_CASE("mark_page_structure navigation, related stories and notes") {
  SUBCASE("labels alone on a line") {
    check_rows(
        {
            {"Short Url", "Short Url", PagePart::navigation, "navigation"},
            {"Follow", "Follow", PagePart::navigation, "navigation"},
            {"Comments", "Comments", PagePart::navigation, "navigation"},
            {"LATEST", "LATEST", PagePart::navigation, "navigation"},
            {"Left Menu", "Left Menu", PagePart::navigation, "navigation"},
        },
        true);
  }

  SUBCASE("a list of other stories after a heading") {
    check_rows(
        {
            {"Related Posts\n\nTalks on a ceasefire stall for a third week\nNorthland marks a year since the border "
             "closure with 300 events",
             "Northland marks a year", PagePart::related, "after 'Related Posts'"},
            {"Recent Post\nTalks on a ceasefire stall for a third week\nMarch 2025\nThe border stays shut for 40 days",
             "The border stays shut", PagePart::related, "related-story headline"},
            // bulleted headlines after a "More To Read" heading
            {"More To Read\n- 11 dead, 500 held during Varno protests, police say\n- 10 dead as protests rock 17 "
             "counties - rights body",
             "10 dead as protests", PagePart::related, "related-story headline"},
        },
        true);
  }

  SUBCASE("a link to another story") {
    check_rows(
        {{"See also Talks on a ceasefire stall for a third week", "See also", PagePart::related, "another story"},
         {"Read more: Northland marks a year since the border closure", "Read more", PagePart::related,
          "another story"},
         {"Read: Another strong tremor shakes the Norland coast", "Read:", PagePart::related, "another story"},
         {"WATCH: Rescuers reach the flooded valley", "WATCH:", PagePart::related, "another story"},
         // the label run into the title by a scraper
         {"RelatedNorthland, Southland each free 95 prisoners in latest swap", "RelatedNorthland", PagePart::related,
          "its label run into the title"},
         {"Rescuers reached the valley on Saturday. Valley Floods: Heavy Rain Kills 25, Injures Over 700 in Norland.",
          "Valley Floods", PagePart::related, "headline run into the text"}},
        true);
  }

  SUBCASE("a list of section names") {
    check_rows({{"- Country:\n- Northland", "Northland", PagePart::navigation, "list of sections"}}, true);
  }

  SUBCASE("an editor's note") {
    check_rows({{"Editor's note: This is a developing story and is being updated.", "Editor's note", PagePart::note,
                 "editor's note"},
                {"Editor\xE2\x80\x99s Note: This story was updated with 12 more names.", "Editor's Note",
                 PagePart::note, "editor's note"}},
               true);
  }
}

TEST_CASE("mark_page_structure repeated lines and the headline") {
  SUBCASE("the headline printed twice: the second copy keeps no claims") {
    const Document doc = page(
        "Neighbours free 142 captives each\n\nShort Url\n\nNeighbours free 142 captives each\n\n"
        "The two countries exchanged 142 captives each on Friday.\n");
    REQUIRE(doc.sentences.size() == 4);
    CHECK(doc.sentences[0].part == PagePart::headline);
    CHECK(doc.sentences[0].skip_reason.empty());
    CHECK(doc.sentences[2].part == PagePart::repeated);
    CHECK(doc.sentences[2].skip_reason.find("second copy") != std::string::npos);
    CHECK(doc.sentences[3].part == PagePart::body);
  }

  SUBCASE("a long sentence quoted again in an embedded post") {
    const Document doc = page(
        "The minister wrote on Sunday. \"We will keep bringing our people home from captivity, as agreed in the "
        "talks. Nobody is forgotten,\" she added.\n\n"
        "We will keep bringing our people home from captivity, as agreed in the talks. Thank you all.\n");
    CHECK(sentence_at(doc, "\"We will keep").part == PagePart::body);
    CHECK(sentence_at(doc, "We will keep").part == PagePart::repeated);
    CHECK(sentence_at(doc, "Thank you all").part == PagePart::body);  // short: may repeat in prose
  }

  SUBCASE("which first line is a headline") {
    struct Case {
      const char* page;
      PagePart first;
    };
    const std::vector<Case> cases = {
        {"Neighbours free 142 captives each\n\nThe two countries exchanged 142 captives each.\n", PagePart::headline},
        {"date 2025-03-14 Neighbours free 142 captives each\nThe two countries exchanged 142 captives.\n",
         PagePart::date_widget},
        {"The two countries exchanged 142 captives each on Friday, officials said.\n", PagePart::body},
    };
    for (const auto& c : cases) {
      CAPTURE(c.page);
      const Document doc = page(c.page);
      CHECK(doc.sentences.front().part == c.first);
    }
    CHECK(sentence_at(page(cases[1].page), "Neighbours free").part == PagePart::headline);
  }

  SUBCASE("one title after a related-posts heading may be the page's own: it stays") {
    const Document doc = page(
        "Related Posts\n\nNeighbours conclude a third round of talks\n\nPORT ELLIS, March 18 - "
        "The two countries exchanged 61 captives each.\n");
    CHECK(sentence_at(doc, "Neighbours conclude").skip_reason.empty());
  }
}

TEST_CASE("mark_page_structure embedded social posts") {
  // a post quoted into the page keeps the moment it was written: its figures are not the page's
  check_rows(
      {
          {"Rescuers are still at work. So far, 16 people are confirmed dead. pic.twitter.com/AbC123xyZ \u2014 "
           "Mayor Ana Vell (@AnaVell) April 4, 2025",
           "So far, 16 people", PagePart::embedded_post, "embedded social-media post"},
          {"Rescuers are still at work. So far, 16 people are confirmed dead. \u2014 Mayor Ana Vell (@AnaVell) "
           "April 4, 2025",
           "So far, 16 people", PagePart::embedded_post, "embedded social-media post"},
          {"The mayor (@AnaVell on X) said 16 people had died.", "The mayor", PagePart::body, ""},
      },
      true);
}

TEST_CASE("mark_page_structure an image's file name or alt text") {
  // keywords around a file name, whether or not the sentence they start runs into the next line
  check_rows(
      {
          {"Captives return home swap winter exchange 142 four months big_photo_2025_01_10_at_15_06 news",
           "Captives return home", PagePart::image_text, "an image's file name"},
          {"Photo_2025_01_10_border_crossing.jpg", "Photo_2025_01_10", PagePart::image_text, "an image's file name"},
          // snake_case only: a hyphenated or an underscored pair is prose
          {"The long-awaited swap of 142 captives each took place at the snow_covered border post.",
           "The long-awaited swap", PagePart::body, ""},
      },
      true);
  const Document doc = page(
      "Two neighbours swap 142 captives in a winter exchange\n\nThe two countries exchanged 142 captives each on "
      "Friday, officials said.\nswap captives war freed four months 5 2025 large_image_2025_01_10_at_15\nCaptives "
      "freed in the first exchange in four months\n\nOfficials said more swaps would follow.\n");
  CHECK(sentence_at(doc, "swap captives war").part == PagePart::image_text);
  CHECK(sentence_at(doc, "Officials said more").skip_reason.empty());
}

TEST_CASE("mark_page_structure a video's length and its caption") {
  check_rows(
      {
          {"Watch\nDuration: 2 minutes 10 seconds\nThe search for 12 missing climbers will resume at dawn.",
           "The search for 12", PagePart::caption, "a video's caption"},
          {"Duration 2:14\n\nRescuers pulled 40 people from the river.", "Rescuers pulled", PagePart::caption,
           "a video's caption"},
          {"Duration: 2 minutes 10 seconds\nThe search resumed.", "Duration: 2 minutes", PagePart::navigation,
           "a video's length"},
          // the article going on after a video: five sentences are no caption
          {"Duration: 1 minute\nThe search resumed. It went on. Ten were found. Two were hurt. More are missing.",
           "Ten were found", PagePart::body, ""},
          // a duration in prose
          {"Duration of the search was 12 days, officials said.", "Duration of", PagePart::body, ""},
          {"Duration: 12 days of rain flooded the valley.", "Duration: 12 days", PagePart::body, ""},
      },
      true);
}

TEST_CASE("mark_page_structure leaves prose alone") {
  // Real sentences that share words with furniture: each keeps its claims.
  check_rows(
      {
          {"Updated figures show 300 were freed.", "Updated figures", PagePart::body, ""},
          {"By Friday, 120 more prisoners had been released.", "By Friday", PagePart::body, ""},
          {"By May 3 the exchange was over, officials said.", "By May 3", PagePart::body, ""},
          {"By Kyiv's count, 210 soldiers came home.", "By Kyiv's count", PagePart::body, ""},
          {"Photos of the released men were shared online on Sunday.", "Photos of", PagePart::body, ""},
          {"The minister thanked the mediators in a post (via Telegram).", "The minister", PagePart::body, ""},
          {"Published reports said 200 were freed on June 3, 2025.", "Published reports", PagePart::body, ""},
          {"Related talks in Geneva ended without a deal.", "Related talks", PagePart::body, ""},
          {"Latest figures put the total at 1,200.", "Latest figures", PagePart::body, ""},
          {"Follow-up talks are planned for April.", "Follow-up", PagePart::body, ""},
          {"Comments by the ministry suggested 300 more would follow.", "Comments by", PagePart::body, ""},
          {"See also how 40 more were freed in May.", "See also", PagePart::body, ""},
          {"Date of the next swap is not known, but 75 are expected.", "Date of", PagePart::body, ""},
          {"March 3 was the day 75 soldiers came home, the ministry said.", "March 3", PagePart::body, ""},
          {"Reporter Ana Lima said 120 were freed.", "Reporter Ana Lima", PagePart::body, ""},
          {"By Land And Sea: How 120 Captives Came Home", "By Land", PagePart::body, ""},
          // names in a row, but a verb in lower case: prose
          {"The toll rose on Sunday. Prime Minister Ana Lima's Office said 40 Norland Residents Had Died.",
           "Prime Minister", PagePart::body, ""},
          {"The toll rose on Sunday. Norland Red Cross Director General Ana Lima told Reuters 40 had died.",
           "Norland Red Cross", PagePart::body, ""},
      },
      true);
}

TEST_CASE("mark_page_structure without vocabulary") {
  // Tests and tools that pass no TextOptions still get the patterns that need no words.
  Warnings warnings;
  const Document doc = make_document("p.txt",
                                     "Neighbours free 142 captives each\n\n18:10 | 2025-03-14\n\nNeighbours free 142 "
                                     "captives each\n\nBy Friday, 120 more had been released.\n",
                                     warnings);
  CHECK(sentence_at(doc, "18:10").part == PagePart::date_widget);
  CHECK(doc.sentences[2].part == PagePart::repeated);
  CHECK(sentence_at(doc, "By Friday").skip_reason.empty());
}

TEST_CASE("mark_page_structure on whole pages") {
  // Pages written for these tests (fixtures/text/pages) that put the patterns together the
  // way scraped pages do: every furniture line is skipped, every line of prose is kept.
  struct Expect {
    const char* start;
    PagePart part;
  };
  struct Page {
    const char* file;
    std::vector<Expect> expect;
  };
  const std::vector<Page> pages = {
      {"header-and-caption.txt",
       {{"Northland and Southland free 142", PagePart::headline},
        {"Above, relatives wait", PagePart::caption},
        {"Each side handed over 64", PagePart::caption},
        {"Short Url", PagePart::navigation},
        {"Updated 14 March 2025", PagePart::date_widget},
        {"Follow", PagePart::navigation},
        {"By Mara Quell", PagePart::byline},
        {"VALMERE, March 14", PagePart::body},
        {"Both sides said", PagePart::body},
        {"Related Posts", PagePart::navigation},
        {"Talks on a ceasefire stall", PagePart::related},
        {"Northland marks a year", PagePart::related},
        {"Comments", PagePart::navigation}}},
      {"site-header-and-embed.txt",
       {{"Saturday, March 22, 2025", PagePart::site_date},
        {"LATEST", PagePart::navigation},
        {"Southland says talks will resume", PagePart::headline},
        {"Editor's note", PagePart::note},
        {"PORT ELLIS, March 18", PagePart::body},
        {"Photo: Southland", PagePart::photo_credit}}},
      {"wire-bullets.txt",
       {{"date 2025-04-02", PagePart::date_widget},
        {"Captives return home", PagePart::headline},
        {"Northland and Southland exchanged 95", PagePart::body},
        {"Post By Ilse Varga", PagePart::byline},
        {"09:40, 2 April, 2025", PagePart::date_widget},
        {"Port Ellis, 2 April 2025", PagePart::body}}},
  };
  for (const auto& p : pages) {
    CAPTURE(p.file);
    Warnings warnings;
    const Document doc = load_document(std::string(CROSSCHECK_SOURCE_DIR "/fixtures/text/pages/") + p.file, nullptr,
                                       warnings, shipped_options());
    for (const auto& e : p.expect) {
      CAPTURE(e.start);
      CHECK(sentence_at(doc, e.start).part == e.part);
    }
    std::size_t repeated = 0;
    for (const auto& s : doc.sentences) repeated += s.part == PagePart::repeated ? 1 : 0;
    CHECK(repeated == 1);  // each page prints one line twice
  }
}
