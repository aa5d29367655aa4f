// schema.org ClaimReview JSON-LD for publishing corrections: one review per wrong claim, that
// is the primary claim of every finding an editor confirmed (review file, status confirmed).
// Findings not confirmed are not published: a contradiction is only a question until an
// editor has checked it.
#include <set>
#include <utility>

#include "checker/report/report.hpp"

namespace crosscheck {

namespace {

using ordered_json = nlohmann::ordered_json;

bool is_url(const std::string& s) { return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0; }

ordered_json appearance(const Location& where) {
  ordered_json work{{"@type", "CreativeWork"}};
  if (is_url(where.source_id)) work["url"] = where.source_id;
  else work["name"] = where.source_id.empty() ? where.path : where.source_id;
  return work;
}

ordered_json claim_review(const Finding& finding) {
  const Location& wrong = finding.primary;
  std::string body = finding.message;
  for (const Location& other : finding.related) body += "\n" + (other.label.empty() ? other.text : other.label);
  if (!finding.review_comment.empty()) body += "\nEditor: " + finding.review_comment;
  ordered_json review{{"@context", "https://schema.org"}, {"@type", "ClaimReview"}};
  if (!finding.review_date.empty()) review["datePublished"] = finding.review_date;
  review["author"] = {{"@type", finding.reviewer.empty() ? "Organization" : "Person"},
                      {"name", finding.reviewer.empty() ? std::string("crosscheck") : finding.reviewer}};
  review["claimReviewed"] = wrong.snippet.empty() ? wrong.text : wrong.snippet;
  review["itemReviewed"] = {{"@type", "Claim"}, {"appearance", ordered_json::array({appearance(wrong)})}};
  // Confirmed by an editor: the claim as written does not hold against the other reports (or
  // the reference facts) the finding names.
  review["reviewRating"] = {{"@type", "Rating"},
                            {"ratingValue", 1},
                            {"bestRating", 5},
                            {"worstRating", 1},
                            {"alternateName", "Contradicted"}};
  review["reviewBody"] = body;
  // The finding's fingerprint, for tools that match a published correction back to it.
  review["identifier"] = finding.fingerprint;
  return review;
}

}  // namespace

void write_claimreview(std::ostream& out, const ReportInput& input) {
  ordered_json reviews = ordered_json::array();
  std::set<std::pair<std::string, std::size_t>> reviewed;  // one review per wrong claim
  for (const Finding& finding : input.findings) {
    if (finding.status != FindingStatus::confirmed) continue;
    if (!reviewed.emplace(finding.primary.path, finding.primary.bytes.begin.value).second) continue;
    reviews.push_back(claim_review(finding));
  }
  out << reviews.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace crosscheck
