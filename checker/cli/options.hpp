// Command-line arguments, parsed and then resolved into one run configuration before
// anything runs (ripgrep style). Parsing never prints; errors come back as UsageError.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "checker/findings/finding.hpp"

namespace crosscheck::cli {

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class Command {
  help,
  version,
  claims,
  extract,
  check,
  lint,
  rules,
  explain,
  domains,
  baseline_write,
  baseline_prune,
  review_set,
  review_app
};
enum class Format { text, json, sarif, github, claimreview, html };
enum class ColorMode { auto_detect, always, never };

struct RunConfig {
  Command command = Command::help;
  std::vector<std::string> paths;
  std::vector<std::string> claims_files;  // check --claims FILE|- (repeatable)
  std::string root;                       // extract --root: the corpus root keys are relative to
  std::string files_from;                 // extract --files-from FILE|-: more paths, one per line
  bool list_files = false;                // extract --list: print the files a run would read
  Format format = Format::text;
  bool explain = false;
  std::string lexicon_dir;           // "" = default
  std::string cache_dir;             // --cache: the claims cache, "" = none
  bool quiet = false;                // --quiet: no progress on stderr
  bool progress = false;             // --progress: progress on stderr even when it is not a terminal
  std::string rules_dir;             // "" = default
  std::vector<std::string> domains;  // --domain (repeatable); empty: crosscheck.yaml's, else the default
  std::string config_file;           // --config; "" = crosscheck.yaml at the corpus root, if any
  std::vector<std::string> facts_files;
  bool default_facts = true;
  Level fail_on = Level::error;
  bool fail_on_given = false;  // --fail-on was given (it wins over crosscheck.yaml)
  std::optional<std::string> baseline;
  std::optional<std::string> output;       // baseline write/prune target; lint's report file
  std::optional<std::string> review_file;  // --review-file; default crosscheck-review.yaml at the corpus root
  // review set FINGERPRINT --status S [--reason R] [--comment C] [--reviewer NAME]
  std::string fingerprint, review_status, review_reason, review_comment, reviewer;
  unsigned short port = 0;  // review app; 0: any free port
  std::vector<std::string> changed;
  std::optional<std::string> changed_from;
  bool statistics = false;
  bool show_suppressed = false;
  ColorMode color = ColorMode::auto_detect;
  unsigned threads = 0;
  std::string rule_id;    // explain RULE
  std::string help_text;  // for Command::help
};

RunConfig parse_arguments(int argc, const char* const* argv);

std::string general_help();

}  // namespace crosscheck::cli
