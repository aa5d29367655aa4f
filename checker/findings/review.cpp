#include "checker/findings/review.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unordered_set>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "checker/claims/claim.hpp"
#include "checker/core/atomic_file.hpp"
#include "checker/core/yaml_file.hpp"
#include "checker/findings/yaml_text.hpp"

namespace crosscheck {

namespace {

bool is_date(const std::string& text) { return text.size() == 10 && parse_iso_date(text).has_value(); }

bool listed(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

std::string review_date_today() {
  return iso_date(Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())});
}

std::optional<FindingStatus> review_status_named(const std::string& name) {
  if (name == "confirmed") return FindingStatus::confirmed;
  if (name == "dismissed") return FindingStatus::dismissed;
  if (name == "fixed") return FindingStatus::fixed;
  return std::nullopt;
}

const std::vector<std::string>& review_statuses() {
  static const std::vector<std::string> statuses{"confirmed", "dismissed", "fixed"};
  return statuses;
}

const std::vector<std::string>& review_reasons() {
  static const std::vector<std::string> reasons{"false-positive", "wont-fix", "needs-source"};
  return reasons;
}

std::string review_decision_problem(const ReviewDecision& d) {
  if (!is_hex_fingerprint(d.fingerprint)) return "a fingerprint is lowercase hex ('" + d.fingerprint + "' is not)";
  if (!d.reason.empty() && d.status != FindingStatus::dismissed) return "a reason is given only for a dismissal";
  if (!d.reason.empty() && !listed(review_reasons(), d.reason))
    return "unknown reason '" + d.reason + "' (known: " + joined(review_reasons()) + ")";
  if (!d.date.empty() && !is_date(d.date)) return "a date is YYYY-MM-DD ('" + d.date + "' is not)";
  return "";
}

ReviewFile load_review(const std::filesystem::path& path) {
  const std::string file = path.string();
  const YAML::Node root = load_yaml_file(path);
  ReviewFile review;
  if (root.IsNull()) return review;
  if (!root.IsMap()) fail_at(file, root, "a review file is a mapping with 'version' and 'decisions'");
  for (const auto& item : root) {
    const std::string key = scalar_string(file, item.first, "key");
    if (key != "version" && key != "decisions") fail_at(file, item.first, "unknown key '" + key + "' in a review file");
  }
  const YAML::Node version = required_key(file, root, "version", "a review file");
  if (!version.IsScalar() || version.Scalar() != "1")
    fail_at(file, version, "unsupported review file version (expected 1)");
  const YAML::Node decisions = root["decisions"];
  if (!decisions || decisions.IsNull()) return review;
  if (!decisions.IsMap()) fail_at(file, decisions, "'decisions' is a mapping from fingerprint to decision");
  for (const auto& item : decisions) {
    ReviewDecision d;
    d.fingerprint = scalar_string(file, item.first, "a fingerprint");
    d.where = node_position(file, item.first);
    const YAML::Node& entry = item.second;
    require_known(file, entry, {"status", "reason", "comment", "reviewer", "date"}, "a decision");
    const YAML::Node status_node = required_key(file, entry, "status", "a decision");
    const std::string status = scalar_string(file, status_node, "status");
    const auto named = review_status_named(status);
    if (!named)
      fail_at(file, status_node, "unknown status '" + status + "' (known: " + joined(review_statuses()) + ")");
    d.status = *named;
    const auto text = [&](const char* key) {
      const YAML::Node node = entry[key];
      return node && !node.IsNull() ? scalar_string(file, node, key) : std::string();
    };
    d.reason = text("reason");
    d.comment = text("comment");
    d.reviewer = text("reviewer");
    d.date = text("date");
    if (const std::string problem = review_decision_problem(d); !problem.empty()) fail_at(file, item.first, problem);
    if (!review.decisions.emplace(d.fingerprint, d).second)
      fail_at(file, item.first, "a second decision for fingerprint " + d.fingerprint);
  }
  return review;
}

std::string serialize_review(const ReviewFile& review) {
  std::string out =
      "# crosscheck review decisions, by finding fingerprint: status confirmed, dismissed or fixed;\n"
      "# a dismissal's reason: false-positive, wont-fix or needs-source. `crosscheck review set` edits it.\n"
      "version: " +
      std::to_string(review.version) + "\n";
  if (review.decisions.empty()) return out + "decisions: {}\n";
  out += "decisions:\n";
  for (const auto& [fingerprint, d] : review.decisions) {
    out += "  " + fingerprint + ":\n";
    out += "    status: " + std::string(to_string(d.status)) + "\n";
    if (!d.reason.empty()) out += "    reason: " + d.reason + "\n";
    if (!d.comment.empty()) out += "    comment: " + yaml_quoted(d.comment) + "\n";
    if (!d.reviewer.empty()) out += "    reviewer: " + yaml_quoted(d.reviewer) + "\n";
    if (!d.date.empty()) out += "    date: " + d.date + "\n";
  }
  return out;
}

void write_review_atomic(const std::filesystem::path& path, const ReviewFile& review) {
  write_file_atomic(path, serialize_review(review), "review file");
}

void set_review_decision(const std::filesystem::path& path, const ReviewDecision& decision) {
  if (const std::string problem = review_decision_problem(decision); !problem.empty())
    throw InputError({path.string(), 0, 0}, problem);
  // The lock is the directory's: no lock file is left beside the review file.
  const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  const std::string lock_path = dir.string();
  const int lock = ::open(lock_path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (lock < 0) throw InputError({lock_path, 0, 0}, std::string("cannot open the directory: ") + std::strerror(errno));
  struct Unlock {
    int fd;
    ~Unlock() { ::close(fd); }  // closing releases the flock
  } unlock{lock};
  while (::flock(lock, LOCK_EX) != 0)
    if (errno != EINTR) throw InputError({lock_path, 0, 0}, std::string("cannot lock: ") + std::strerror(errno));
  std::error_code ec;
  ReviewFile review = std::filesystem::exists(path, ec) ? load_review(path) : ReviewFile{};
  review.decisions[decision.fingerprint] = decision;
  write_review_atomic(path, review);
}

std::vector<ReviewDecision> apply_review(std::vector<Finding>& findings, const ReviewFile& review) {
  std::unordered_set<std::string> matched;
  for (Finding& finding : findings) {
    const auto it = review.decisions.find(finding.fingerprint);
    if (it == review.decisions.end()) continue;
    matched.insert(finding.fingerprint);
    finding.status = it->second.status;
    finding.review = it->second.reason;
    finding.review_comment = it->second.comment;
    finding.reviewer = it->second.reviewer;
    finding.review_date = it->second.date;
  }
  std::vector<ReviewDecision> stale;
  for (const auto& [fingerprint, d] : review.decisions)
    if (!matched.count(fingerprint)) stale.push_back(d);
  return stale;
}

}  // namespace crosscheck
