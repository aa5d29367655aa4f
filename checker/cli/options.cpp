#include "checker/cli/options.hpp"

#include <sstream>

#include <boost/program_options.hpp>

namespace crosscheck::cli {

namespace po = boost::program_options;

namespace {

Format parse_format(const std::string& s, bool lint) {
  if (s == "text") return Format::text;
  if (s == "json") return Format::json;
  if (lint && s == "sarif") return Format::sarif;
  if (lint && s == "github") return Format::github;
  if (lint && s == "claimreview") return Format::claimreview;
  if (lint && s == "html") return Format::html;
  throw UsageError("unknown --format '" + s + "' (expected text, json" +
                   std::string(lint ? ", sarif, github, claimreview, html" : "") + ")");
}

ColorMode parse_color(const std::string& s) {
  if (s == "auto") return ColorMode::auto_detect;
  if (s == "always") return ColorMode::always;
  if (s == "never") return ColorMode::never;
  throw UsageError("unknown --color '" + s + "' (expected auto, always, never)");
}

std::string describe(const po::options_description& d, const std::string& usage) {
  std::ostringstream out;
  out << usage << "\n\n" << d;
  return out.str();
}

}  // namespace

std::string general_help() {
  return "crosscheck: cross-source consistency checker for news\n\n"
         "usage:\n"
         "  crosscheck claims [--format text|json] [--explain] PATH...\n"
         "  crosscheck lint PATH... [--rules DIR] [--facts FILE] [-o FILE]\n"
         "                 [--format text|json|sarif|github|claimreview|html]\n"
         "                 [--fail-on error|warning|info] [--explain] [--baseline FILE] [--review-file FILE]\n"
         "                 [--changed FILE...] [--changed-from REV] [--statistics]\n"
         "  crosscheck extract PATH... [-o claims.jsonl] [--root DIR]   (the claims stream, JSON Lines)\n"
         "  crosscheck check --claims FILE|- ... [lint's report options]  (lint from claims streams)\n"
         "  crosscheck rules [--rules DIR] [--domain NAME|DIR]\n"
         "  crosscheck explain RULE|CHECK [--rules DIR] [--domain NAME|DIR]\n"
         "  crosscheck domains\n"
         "  crosscheck baseline write PATH... [-o FILE]\n"
         "  crosscheck baseline prune PATH... [--baseline FILE] [-o FILE]\n"
         "  crosscheck review PATH... [--port N] [--review-file FILE]   (the review app)\n"
         "  crosscheck review set FINGERPRINT --status confirmed|dismissed|fixed [--reason R]\n"
         "                 [--comment TEXT] [--reviewer NAME] [--review-file FILE]\n"
         "  crosscheck --version\n\n"
         "claims, lint, baseline, rules and explain take --domain NAME|DIR (repeatable) and\n"
         "--config FILE (default: crosscheck.yaml at the corpus root); see docs/domains.md.\n"
         "`crosscheck COMMAND --help` describes a command's options.\n"
         "exit status: 0 clean, 1 findings at or above --fail-on, 2 usage, configuration or input error\n";
}

namespace {

// Option values read as text and checked after parsing.
struct TextOptions {
  std::string format = "text", fail_on = "error", color = "auto";
};

// The command (and subcommand) in argv: sets config.command and `usage`; returns the index of
// the first argument after it.
int choose_command(int argc, const char* const* argv, RunConfig& config, std::string& usage) {
  const std::string command = argv[1];
  int first = 2;
  if (command == "claims") {
    config.command = Command::claims;
    usage = "usage: crosscheck claims [options] PATH...";
  } else if (command == "lint") {
    config.command = Command::lint;
    usage = "usage: crosscheck lint [options] PATH...";
  } else if (command == "extract") {
    config.command = Command::extract;
    usage = "usage: crosscheck extract [options] PATH...   (writes the claims stream, JSON Lines)";
  } else if (command == "check") {
    config.command = Command::check;
    usage = "usage: crosscheck check --claims FILE|- [--claims FILE ...] [options]";
  } else if (command == "rules") {
    config.command = Command::rules;
    usage = "usage: crosscheck rules [--rules DIR]";
  } else if (command == "explain") {
    config.command = Command::explain;
    usage = "usage: crosscheck explain RULE [--rules DIR]";
  } else if (command == "domains") {
    config.command = Command::domains;
    usage = "usage: crosscheck domains";
  } else if (command == "baseline") {
    if (argc < 3) throw UsageError("baseline needs a subcommand: write or prune");
    const std::string sub = argv[2];
    if (sub == "write") config.command = Command::baseline_write;
    else if (sub == "prune") config.command = Command::baseline_prune;
    else throw UsageError("unknown baseline subcommand '" + sub + "' (expected write or prune)");
    usage = "usage: crosscheck baseline " + sub + " [options] PATH...";
    first = 3;
  } else if (command == "review" && argc >= 3 && std::string(argv[2]) == "set") {
    config.command = Command::review_set;
    usage = "usage: crosscheck review set FINGERPRINT --status confirmed|dismissed|fixed [options]";
    first = 3;
  } else if (command == "review") {
    config.command = Command::review_app;
    usage = "usage: crosscheck review [options] PATH...   (serves the review app on 127.0.0.1)";
  } else {
    throw UsageError("unknown command '" + command + "'\n\n" + general_help());
  }
  return first;
}

// The options of the chosen command, bound to `config` (and `text` for those checked later).
po::options_description command_options(RunConfig& config, TextOptions& text) {
  const bool reports = config.command == Command::lint || config.command == Command::check;
  const bool lint_like = reports || config.command == Command::baseline_write ||
                         config.command == Command::baseline_prune || config.command == Command::review_app;
  po::options_description opts("options");
  opts.add_options()("help,h", "show this help");
  if (config.command == Command::review_app) {
    opts.add_options()("port", po::value(&config.port), "port on 127.0.0.1 (default: any free port, printed)")(
        "review-file", po::value<std::string>(),
        "where decisions are written (default: crosscheck-review.yaml at the corpus root)");
  }
  if (config.command == Command::review_set) {
    opts.add_options()("status", po::value(&config.review_status), "confirmed, dismissed or fixed")(
        "reason", po::value(&config.review_reason),
        "why a finding is dismissed: false-positive, wont-fix, needs-source")(
        "comment", po::value(&config.review_comment), "what the editor has to say")(
        "reviewer", po::value(&config.reviewer), "who decided")(
        "review-file", po::value<std::string>(), "the review file (default: crosscheck-review.yaml here)");
  }
  if (config.command != Command::rules && config.command != Command::explain && config.command != Command::review_set) {
    opts.add_options()("lexicon", po::value(&config.lexicon_dir),
                       "a directory of lexicon files that extends the shipped lexicon")(
        "threads,j", po::value(&config.threads), "worker threads (default: all cores)")(
        "cache", po::value(&config.cache_dir),
        "keep each file's claims in this directory: later runs extract only files that changed (safe to "
        "delete)")("quiet,q", po::bool_switch(&config.quiet), "no progress on stderr")(
        "progress", po::bool_switch(&config.progress),
        "progress on stderr even when it is not a terminal (a line a second)");
  }
  if (config.command == Command::extract) {
    opts.add_options()("output,o", po::value<std::string>(),
                       "write the claims stream to this file (atomically) instead of standard output")(
        "root", po::value(&config.root),
        "the corpus root paths are keyed from (default: the deepest directory holding every PATH); give "
        "the same one to every shard of a corpus")(
        "files-from", po::value(&config.files_from),
        "read more paths from this file, one per line ('-': standard input)")(
        "list", po::bool_switch(&config.list_files),
        "print the files the corpus walk would read, in corpus order, and extract nothing (for sharding)");
  }
  if (config.command == Command::check) {
    opts.add_options()("claims", po::value(&config.claims_files)->multitoken()->composing(),
                       "a claims stream written by extract, '-' for standard input (repeatable; shards in any "
                       "order)");
  }
  if (config.command == Command::claims || reports) {
    opts.add_options()("format,f", po::value(&text.format),
                       reports ? "text, json, sarif, github, claimreview or html" : "text or json")(
        "explain", po::bool_switch(&config.explain), "show how dates and events were resolved");
  }
  if (lint_like || config.command == Command::rules || config.command == Command::explain) {
    opts.add_options()("rules", po::value(&config.rules_dir),
                       "rules directory replacing the shipped rules/ (domains' rules still apply)");
  }
  if (config.command != Command::domains && config.command != Command::review_set) {
    opts.add_options()("domain", po::value(&config.domains)->composing(),
                       "a shipped domain's name or a domain directory (repeatable; replaces crosscheck.yaml's)")(
        "config", po::value(&config.config_file), "settings file (default: crosscheck.yaml at the corpus root)");
  }
  if (lint_like) {
    opts.add_options()("facts", po::value(&config.facts_files)->composing(), "extra reference facts file (repeatable)")(
        "no-default-facts", "do not load the shipped facts/reference.yaml");
  }
  if (reports) {
    opts.add_options()("fail-on", po::value(&text.fail_on), "lowest level that fails the run: error, warning or info")(
        "baseline", po::value<std::string>(), "baseline file: only findings not in it are new")(
        "review-file", po::value<std::string>(),
        "review decisions (default: crosscheck-review.yaml at the corpus root, when there is one)")(
        "output,o", po::value<std::string>(), "write the report to this file (atomically) instead of standard output")(
        "changed", po::value(&config.changed)->multitoken()->composing(), "report only findings touching these files")(
        "changed-from", po::value<std::string>(),
        "report only findings touching files changed since this git revision")(
        "statistics", po::bool_switch(&config.statistics), "print counts per rule")(
        "show-suppressed", po::bool_switch(&config.show_suppressed), "also print baselined findings (text)")(
        "color", po::value(&text.color), "auto, always or never (NO_COLOR is honoured)");
  }
  if (config.command == Command::baseline_write || config.command == Command::baseline_prune) {
    opts.add_options()("output,o", po::value<std::string>(),
                       "baseline file to write (default: crosscheck-baseline.yaml at the corpus root)");
  }
  if (config.command == Command::baseline_prune) {
    opts.add_options()("baseline", po::value<std::string>(), "baseline file to prune (default: the output file)");
  }
  return opts;
}

// The positional arguments: a rule id, a fingerprint, nothing, or the paths to read.
void take_positionals(const std::vector<std::string>& positionals, const std::string& command,
                      const std::string& described, RunConfig& config) {
  if (config.command == Command::explain) {
    if (positionals.size() != 1) throw UsageError("explain needs exactly one rule id\n\n" + described);
    config.rule_id = positionals.front();
  } else if (config.command == Command::review_set) {
    if (positionals.size() != 1) throw UsageError("review set needs exactly one fingerprint\n\n" + described);
    config.fingerprint = positionals.front();
    if (config.review_status.empty()) throw UsageError("review set needs --status\n\n" + described);
  } else if (config.command == Command::rules || config.command == Command::domains) {
    if (!positionals.empty()) throw UsageError(command + " takes no paths\n\n" + described);
  } else if (config.command == Command::check) {
    if (!positionals.empty())
      throw UsageError("check reads claims streams, not articles: give them with --claims FILE\n\n" + described);
    if (config.claims_files.empty()) throw UsageError("no --claims FILE given\n\n" + described);
  } else {
    if (positionals.empty() && config.files_from.empty()) throw UsageError("no PATH given\n\n" + described);
    config.paths = positionals;
  }
}

}  // namespace

RunConfig parse_arguments(int argc, const char* const* argv) {
  RunConfig config;
  if (argc < 2) throw UsageError("no command given\n\n" + general_help());
  const std::string command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") {
    config.command = Command::help;
    config.help_text = general_help();
    return config;
  }
  if (command == "--version" || command == "version") {
    config.command = Command::version;
    return config;
  }
  std::string usage;
  const int first = choose_command(argc, argv, config, usage);
  TextOptions text;
  const po::options_description opts = command_options(config, text);
  po::options_description hidden;
  hidden.add_options()("positional", po::value<std::vector<std::string>>(), "");
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description positional;
  positional.add("positional", -1);

  po::variables_map vm;
  try {
    std::vector<std::string> args(argv + first, argv + argc);
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError(std::string(e.what()) + "\n\n" + describe(opts, usage));
  }
  if (vm.count("help")) {
    config.help_text = describe(opts, usage);
    config.command = Command::help;
    return config;
  }
  std::vector<std::string> positionals;
  if (vm.count("positional")) positionals = vm["positional"].as<std::vector<std::string>>();
  take_positionals(positionals, command, describe(opts, usage), config);
  if (config.command == Command::claims || config.command == Command::lint || config.command == Command::check)
    config.format = parse_format(text.format, config.command != Command::claims);
  config.fail_on_given = vm.count("fail-on") > 0;
  if (auto level = level_from_string(text.fail_on)) config.fail_on = *level;
  else throw UsageError("unknown --fail-on '" + text.fail_on + "' (expected error, warning or info)");
  config.color = parse_color(text.color);
  if (vm.count("no-default-facts")) config.default_facts = false;
  if (vm.count("baseline")) config.baseline = vm["baseline"].as<std::string>();
  if (vm.count("output")) config.output = vm["output"].as<std::string>();
  if (vm.count("review-file")) config.review_file = vm["review-file"].as<std::string>();
  if (vm.count("changed-from")) config.changed_from = vm["changed-from"].as<std::string>();
  return config;
}

}  // namespace crosscheck::cli
