// The sum check on any dimension (places, groups, nationalities): parts that add up to more
// than their whole, breakdowns of every named part that add up to less, and a total of an event
// without sides compared with an unscoped figure. Own-words corpora.
#include <doctest/doctest.h>

#include "tests/support/shipped_rules.hpp"

using namespace crosscheck;
using crosscheck::test::dump;
using crosscheck::test::findings_of;
using crosscheck::test::of_rule;

namespace {

std::string front(const char* date) { return std::string("---\npublished: ") + date + "\n---\n"; }

// Tolls change by the hour: pages are compared as of a moment they both write.
const std::string whole_908 =
    front("2023-08-15") + "By Tuesday evening the floods on Monday had killed 908 people, officials said.\n";

}  // namespace

TEST_CASE("sum-mismatch on places") {
  SUBCASE("flagged: the places add up to more than the whole") {
    const auto findings = findings_of({
        {"a.txt", whole_908},
        {"b.txt",
         front("2023-08-15") + "By Tuesday evening the floods on Monday had killed 812 in Laos and 140 in Cambodia.\n"},
    });
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "sum-mismatch");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->primary.path == "a.txt");
    CHECK(found[0]->message.find("952") != std::string::npos);
    CHECK(of_rule(findings, "count-mismatch").empty());  // a country's toll is no other total
  }
  SUBCASE("accepted: places that leave people out") {
    const auto findings = findings_of({
        {"a.txt", whole_908},
        {"b.txt",
         front("2023-08-15") + "By Tuesday evening the floods on Monday had killed 812 in Laos and 60 in Cambodia.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
  SUBCASE("accepted: pages of one published day that write no moment may be of different hours") {
    const auto findings = findings_of({
        {"a.txt", front("2023-08-15") + "The floods on Monday killed 908 people, officials said.\n"},
        {"b.txt", front("2023-08-15") + "The floods on Monday killed 812 in Laos and 140 in Cambodia.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "sum-mismatch").empty());
  }
  SUBCASE("accepted: a toll of another day") {
    const auto findings = findings_of({
        {"a.txt", whole_908},
        {"b.txt", front("2023-08-19") + "The floods on Monday killed 812 in Laos and 140 in Cambodia.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "sum-mismatch").empty());
  }
  SUBCASE("flagged: groups of one toll") {
    const auto findings = findings_of({
        {"a.txt", whole_908},
        {"b.txt",
         front("2023-08-15") + "By Tuesday evening the floods on Monday had killed 120 soldiers and 800 civilians.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "sum-mismatch").size() == 1);
  }
}

TEST_CASE("sum-mismatch: a figure of several places named together is not the whole of other places") {
  const auto findings = findings_of({
      {"a.txt", front("2023-11-06") +
                    "The earthquake struck on Friday, November 3, 2023.\n\nFurthermore, to date, there have been "
                    "81 wounded in Tarn, 79 in Avon, and 3 in Calder and Norland, totaling 163 wounded.\n"},
  });
  CAPTURE(dump(findings));
  CHECK(of_rule(findings, "sum-mismatch").empty());
}

TEST_CASE("sum-mismatch: places of different sentences may overlap") {
  SUBCASE("accepted: a headline's country and a lead's region are not two parts") {
    const auto findings = findings_of({
        {"a.txt", front("2025-10-28") + "Storm Vera kills 7 in Fiji\n\n"
                                        "At least seven people died in the Pacific on Tuesday as the storm hit.\n\n"
                                        "On Tuesday the storm killed 3 people, the minister said.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "sum-mismatch").empty());
  }
  SUBCASE("flagged: one sentence's breakdown") {
    const auto findings = findings_of({
        {"a.txt", front("2025-10-28") + "On Tuesday the storm killed 7 people - 5 in Fiji and 4 in Tonga.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "sum-mismatch").size() == 1);
  }
}

TEST_CASE("sum-mismatch: gazetteer places across a page's sentences") {
  // The gazetteer (lexicon/en/places.yaml) says Haiti and Cuba lie within the Caribbean, and
  // Haiti within Hispaniola.
  SUBCASE("flagged: a headline's country and another sentence's add up to more than their region") {
    const auto findings = findings_of({
        {"a.txt", front("2025-10-28") + "Storm Vera kills 6 in Haiti\n\n"
                                        "At least six people died in the Caribbean on Tuesday as the storm hit.\n\n"
                                        "Three of the deaths were in Cuba, officials said.\n"},
    });
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "sum-mismatch");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->message.find("= 9") != std::string::npos);
    CHECK(found[0]->message.find("at least 6") != std::string::npos);
  }
  SUBCASE("accepted: an island and a country on it overlap") {
    const auto findings = findings_of({
        {"a.txt", front("2025-10-28") + "Storm Vera kills 6 in Haiti\n\n"
                                        "At least six people died in the Caribbean on Tuesday as the storm hit.\n\n"
                                        "Four of the deaths were on Hispaniola, officials said.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "sum-mismatch").empty());
  }
  SUBCASE("accepted: a figure told at no place may be one country's") {
    const auto findings = findings_of({
        {"a.txt", front("2025-10-28") + "Storm Vera kills 6 in Haiti\n\n"
                                        "Three of the deaths were in Cuba, officials said on Tuesday.\n\n"
                                        "\"We have had three deaths,\" the minister said on Tuesday.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "sum-mismatch").empty());
  }
  SUBCASE("accepted: another page's 'at least' is a floor") {
    const auto findings = findings_of({
        {"a.txt", front("2025-10-28") + "At least six people died in the Caribbean on Tuesday as the storm hit.\n"},
        {"b.txt", front("2025-10-28") + "On Tuesday the storm killed 6 in Haiti and 3 in Cuba.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "sum-mismatch").empty());
  }
}

TEST_CASE("breakdown-short") {
  SUBCASE("flagged: a breakdown of every place the whole names falls short") {
    const auto findings = findings_of({
        {"a.txt",
         front("2023-08-15") + "By Tuesday evening the floods on Monday had killed 908 people in Laos and Cambodia.\n"},
        {"b.txt",
         front("2023-08-15") + "By Tuesday evening the floods on Monday had killed 700 in Laos and 150 in Cambodia.\n"},
    });
    CAPTURE(dump(findings));
    const auto found = of_rule(findings, "breakdown-short");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->message.find("850") != std::string::npos);
  }
  SUBCASE("accepted: a whole that does not name its parts") {
    const auto findings = findings_of({
        {"a.txt", whole_908},
        {"b.txt",
         front("2023-08-15") + "By Tuesday evening the floods on Monday had killed 700 in Laos and 150 in Cambodia.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
  SUBCASE("accepted: a breakdown that adds up") {
    const auto findings = findings_of({
        {"a.txt",
         front("2023-08-15") + "By Tuesday evening the floods on Monday had killed 908 people in Laos and Cambodia.\n"},
        {"b.txt",
         front("2023-08-15") + "By Tuesday evening the floods on Monday had killed 758 in Laos and 150 in Cambodia.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
}

TEST_CASE("a total of an event without sides") {
  SUBCASE("flagged: 'a total of' and an unscoped toll of one moment") {
    const auto findings = findings_of({
        {"a.txt", front("2023-08-15") + "By Tuesday evening the floods on Monday had killed a total of 44 people.\n"},
        {"b.txt", front("2023-08-15") + "By Tuesday evening the floods on Monday had killed 41 people.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "count-mismatch").size() == 1);
  }
  SUBCASE("accepted: the same figure") {
    const auto findings = findings_of({
        {"a.txt", front("2023-08-15") + "By Tuesday evening the floods on Monday had killed a total of 44 people.\n"},
        {"b.txt", front("2023-08-15") + "By Tuesday evening the floods on Monday had killed 44 people.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
}

TEST_CASE("a side's demonym: its nationals or everyone it received, compared only with the side named") {
  const std::string swap = front("2024-02-10") + "The two sides swapped prisoners on Friday.";
  SUBCASE("accepted: the nationals among the hostages are no other total") {
    const auto findings = findings_of({
        {"a.txt", swap + " On Friday Russia freed 19 prisoners.\n"},
        {"b.txt", swap + " On Friday 15 Ukrainians were freed.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(findings.empty());
  }
  SUBCASE("flagged: two figures for the same side's people") {
    const auto findings = findings_of({
        {"a.txt", swap + " On Friday 16 Ukrainian prisoners were freed.\n"},
        {"b.txt", swap + " On Friday 15 Ukrainians were freed.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "count-mismatch").size() == 1);
  }
  SUBCASE("accepted: each side's people are not parts of one whole") {
    const auto findings = findings_of({
        {"a.txt", swap + " Each side released 200 prisoners on Friday. On Friday Russia freed 200 Ukrainians "
                         "and Ukraine freed 200 Russians, officials said.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "sum-mismatch").empty());
  }
}

TEST_CASE("a place's figure that lists the places within it") {
  const std::string text =
      front("2025-10-28") +
      "The hurricane made landfall on Tuesday. It has killed seven people in the Pacific on Tuesday "
      "- three in Fiji, three in Tonga and one in Samoa.\n";
  SUBCASE("the listing place is their whole, not one more of them") {
    const auto findings = findings_of({
        {"a.txt", text + "Officials said on Tuesday the hurricane killed 7 people.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "sum-mismatch").empty());
  }
  SUBCASE("flagged: the places add up to more than another whole of the page") {
    const auto findings = findings_of({
        {"a.txt", text + "Officials said on Tuesday the hurricane killed 5 people.\n"},
    });
    CAPTURE(dump(findings));
    CHECK(of_rule(findings, "sum-mismatch").size() == 1);
  }
}
