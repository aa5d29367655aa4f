// The crosscheck command line: parses arguments into a RunConfig, runs the pipeline, hands
// findings to a reporter and turns the outcome into an exit status (0, 1, 2).
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "checker/claims/claim_json.hpp"
#include "checker/cli/options.hpp"
#include "checker/cli/review_app.hpp"
#include "checker/cli/setup.hpp"
#include "checker/core/atomic_file.hpp"
#include "checker/core/data_dir.hpp"
#include "checker/engine/check.hpp"
#include "checker/engine/engine.hpp"
#include "checker/engine/pipeline.hpp"
#include "checker/findings/baseline.hpp"
#include "checker/findings/changed.hpp"
#include "checker/findings/review.hpp"
#include "checker/lexicon/lexicon.hpp"
#include "checker/report/report.hpp"
#include "checker/text/document.hpp"

namespace crosscheck::cli {

namespace {

constexpr int exit_clean = 0;
constexpr int exit_findings = 1;
constexpr int exit_error = 2;

void print_input_error(const InputError& e) {
  std::cerr << format_position(e.where()) << ": error: " << e.message() << "\n";
}

void print_warnings(const Warnings& warnings) {
  for (const auto& w : warnings) std::cerr << format_position(w.where) << ": warning: " << w.message << "\n";
}

// Runs the left half of the pipeline and prints every problem with the input on stderr (the
// machine formats carry them too). Files that could not be read are left out; the caller
// reports the rest and exits 2 (incomplete_input).
// Progress while files are read, on stderr: on a terminal one line rewritten in place (from
// half a second into the run, cleared at the end); with --progress elsewhere, a line a second
// and a last one. Never with --quiet.
// CROSSCHECK_PROGRESS_AFTER (seconds) moves the half second: the tests set 0 so that a run on a
// fast machine still shows its line.
std::function<void(const Progress&)> progress_printer(const RunConfig& config) {
  const bool terminal = ::isatty(STDERR_FILENO) == 1;
  if (config.quiet || (!terminal && !config.progress)) return {};
  auto shown = std::make_shared<bool>(false);
  auto last_line = std::make_shared<double>(-1.0);
  double after = 0.5;
  if (const char* env = std::getenv("CROSSCHECK_PROGRESS_AFTER")) {
    char* end = nullptr;
    const double value = std::strtod(env, &end);
    if (end != env && *end == '\0' && value >= 0 && value < 3600) after = value;
  }
  return [terminal, shown, last_line, after](const Progress& p) {
    const bool finished = p.files_done == p.files;
    const double mb = 1024.0 * 1024.0;
    const double rate = p.seconds > 0 ? static_cast<double>(p.bytes_done) / mb / p.seconds : 0;
    std::ostringstream line;
    line.setf(std::ios::fixed);
    line.precision(1);
    if (terminal) {
      if (finished) {
        if (*shown) std::cerr << "\r\033[K" << std::flush;
        return;
      }
      if (p.seconds < after) return;
      line << "crosscheck: " << format_count(static_cast<double>(p.files_done)) << " of "
           << format_count(static_cast<double>(p.files)) << " files, " << rate << " MB/s";
      if (rate > 0)
        line << ", about " << static_cast<long>(static_cast<double>(p.bytes - p.bytes_done) / mb / rate + 0.5)
             << " s left";
      std::cerr << "\r\033[K" << line.str() << std::flush;
      *shown = true;
      return;
    }
    if (!finished && p.seconds - *last_line < 1.0) return;
    *last_line = p.seconds;
    line << "crosscheck: " << (finished ? "read " : "") << format_count(static_cast<double>(p.files_done)) << " of "
         << format_count(static_cast<double>(p.files)) << " files (" << static_cast<double>(p.bytes_done) / mb
         << " MB) in " << p.seconds << " s, " << rate << " MB/s";
    std::cerr << line.str() << "\n";
  };
}

AnalysisOptions analysis_options(const RunConfig& config, const Setup& setup) {
  AnalysisOptions options;
  options.lexicon_dirs = setup.lexicon_dirs;
  options.lexicon = setup.lexicon;
  options.threads = config.threads;
  options.cache_dir = config.cache_dir;
  options.root = config.root;
  options.progress = progress_printer(config);
  // Only `claims` prints extraction notes and skipped lines; `extract` writes them into the stream.
  options.keep_notes = config.command == Command::claims || config.command == Command::extract;
  return options;
}

// The claims streams `check --claims` names, read whole ('-' is standard input).
ClaimsStream read_claims_streams(const RunConfig& config) {
  ClaimsStreamReader reader(CROSSCHECK_VERSION, /*keep_notes=*/false);  // check never prints them
  for (const std::string& name : config.claims_files) {
    if (name == "-") {
      reader.read(std::cin, "<stdin>");
      continue;
    }
    std::ifstream in(name, std::ios::binary);
    if (!in) throw InputError({name, 0, 0}, "cannot open the claims stream: " + std::string(std::strerror(errno)));
    reader.read(in, name);
  }
  return reader.finish();
}

// `lint` reads and extracts the corpus; `check` reads the claims `extract` wrote. Either way,
// every problem with the input is printed on stderr (the machine formats carry them too).
AnalysedCorpus analyse(const RunConfig& config, const Setup& setup, std::optional<ClaimsStream> stream = {}) {
  const AnalysisOptions options = analysis_options(config, setup);
  AnalysedCorpus corpus = stream ? resolve_corpus(std::move(*stream), options) : analyse_corpus(config.paths, options);
  for (const auto& e : corpus.errors) print_input_error(e);
  print_warnings(corpus.warnings);
  return corpus;
}

// `crosscheck extract PATH...`: the claims stream of the corpus, for `check` (one process or
// many: shards written with the same --root are concatenated in any order).
int run_extract(const RunConfig& given) {
  RunConfig config = given;
  if (!config.files_from.empty()) {
    std::ifstream file;
    if (config.files_from != "-") {
      file.open(config.files_from);
      if (!file)
        throw InputError({config.files_from, 0, 0},
                         "cannot open the list of paths: " + std::string(std::strerror(errno)));
    }
    std::istream& in = config.files_from == "-" ? std::cin : file;
    for (std::string line; std::getline(in, line);)
      if (!line.empty()) config.paths.push_back(line);
  }
  if (config.list_files) {
    // The walk as a claims stream without documents: its header and problems, then one
    // `file` record per file (check ignores those), so a driver sharding the files hands the
    // walk's problems on to check like any other stream.
    CorpusFiles found = find_corpus_files(config.paths);
    for (const auto& e : found.errors) print_input_error(e);
    ClaimsStream walk;
    walk.root = (config.root.empty() ? corpus_root(config.paths) : std::filesystem::path(config.root)).generic_string();
    walk.errors = std::move(found.errors);
    walk.warnings = std::move(found.warnings);
    write_claims_stream(std::cout, walk, CROSSCHECK_VERSION);
    for (const auto& f : found.files)
      std::cout << nlohmann::json{{"record", "file"}, {"path", f.lexically_normal().generic_string()}}.dump(
                       -1, ' ', false, nlohmann::json::error_handler_t::replace)
                << "\n";
    return walk.errors.empty() ? exit_clean : exit_error;
  }
  const Setup setup = resolve_setup(config);
  ClaimsStream stream = extract_corpus(config.paths, analysis_options(config, setup));
  for (const auto& e : stream.errors) print_input_error(e);
  Warnings warnings = stream.warnings;
  for (const auto& d : stream.documents) {
    warnings.insert(warnings.end(), d.load_warnings.begin(), d.load_warnings.end());
    warnings.insert(warnings.end(), d.claims.warnings.begin(), d.claims.warnings.end());
  }
  print_warnings(warnings);
  if (config.output) {
    write_file_atomic(
        *config.output, [&](std::ostream& out) { write_claims_stream(out, stream, CROSSCHECK_VERSION); },
        "claims stream");
  } else {
    write_claims_stream(std::cout, stream, CROSSCHECK_VERSION);
  }
  std::size_t claims = 0;
  for (const auto& d : stream.documents) claims += d.claims.claims.size();
  if (!config.quiet)
    std::cerr << "extract: " << stream.documents.size() << " documents, " << claims << " claims"
              << (config.output ? " to " + *config.output : std::string()) << "\n";
  if (stream.errors.empty()) return exit_clean;
  std::cerr << "crosscheck: " << stream.errors.size() << (stream.errors.size() == 1 ? " input" : " inputs")
            << " could not be read; the rest of the corpus was extracted (exit 2)\n";
  return exit_error;
}

// The exit status of a run that reported `status`: 2 when some input could not be read, so
// CI never passes on a corpus that was read in part.
int unless_incomplete(const AnalysedCorpus& corpus, int status) {
  if (corpus.errors.empty()) return status;
  std::cerr << "crosscheck: " << corpus.errors.size() << (corpus.errors.size() == 1 ? " input" : " inputs")
            << " could not be read; the rest of the corpus was analysed (exit 2)\n";
  return exit_error;
}

// A line of page furniture, shortened for a one-line note.
std::string abbreviated(const std::string& text) {
  constexpr std::size_t keep = 60;
  if (text.size() <= keep) return text;
  std::size_t cut = keep;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
  return text.substr(0, cut) + "…";
}

int run_claims(const RunConfig& config) {
  const Setup setup = resolve_setup(config);
  const AnalysedCorpus corpus = analyse(config, setup);
  const auto& resolved = corpus.resolved;
  if (config.format == Format::json) {
    nlohmann::json documents = nlohmann::json::array();
    for (const auto& d : resolved.documents) {
      nlohmann::json j{{"path", d.path}, {"source", d.source_id}};
      j["published"] = d.published ? nlohmann::json(iso_date(*d.published)) : nlohmann::json(nullptr);
      j["published_inferred"] = d.published_inferred;
      if (!d.published_how.empty()) j["published_how"] = d.published_how;
      j["focus"] = d.focus.empty() ? nlohmann::json("unknown") : nlohmann::json(d.focus);
      if (d.now) j["now"] = {{"date", iso_date(*d.now)}, {"lower_bound", d.now_is_lower_bound}, {"how", d.now_how}};
      if (config.explain) {
        j["explain"] = d.explain;
        nlohmann::json skipped = nlohmann::json::array();
        for (const auto& s : d.skipped)
          skipped.push_back(
              {{"line", s.begin.line}, {"column", s.begin.column}, {"text", s.text}, {"reason", s.reason}});
        j["skipped"] = std::move(skipped);
      }
      documents.push_back(std::move(j));
    }
    nlohmann::json diagnostics = nlohmann::json::array();
    for (const InputProblem& problem : input_problems(corpus.errors, corpus.warnings))
      diagnostics.push_back(diagnostic_json<nlohmann::json>(problem));
    // The document a dump of the whole would print (members in name order), the claims written
    // one at a time: the corpus's claims are never held a second time as a JSON tree.
    std::cout << "{\n  \"claims\": ";
    write_json_items(std::cout, resolved.claims, [&](const Claim& c) { return claim_json(c, config.explain); });
    const nlohmann::json tool{{"name", "crosscheck"}, {"version", CROSSCHECK_VERSION}};
    std::cout << ",\n  \"diagnostics\": " << nested_json(diagnostics, 1)
              << ",\n  \"documents\": " << nested_json(documents, 1) << ",\n  \"tool\": " << nested_json(tool, 1)
              << "\n}\n";
    return unless_incomplete(corpus, exit_clean);
  }
  // A measure's unit as news writes it: "62%", "up to 190 km/h", "23 years", "7,200 hectares"
  // (a word unit takes an "s", a symbol does not).
  const auto describe = [](const Claim& c) {
    const auto* measure = std::get_if<MeasureValue>(&c.value);
    if (!measure || measure->unit.empty()) return describe_value(c);
    Claim bare = c;
    std::get<MeasureValue>(bare.value).unit.clear();
    const std::string& unit = measure->unit;
    if (unit == "%") return describe_value(bare) + unit;
    const bool word = std::all_of(unit.begin(), unit.end(), [](unsigned char ch) { return std::isalpha(ch); });
    const bool plural = word && unit.size() > 3 && (measure->amount != 1 || measure->amount_hi);
    return describe_value(bare) + " " + unit + (plural ? "s" : "");
  };
  std::size_t doc = static_cast<std::size_t>(-1);
  for (const auto& c : resolved.claims) {
    if (c.document != doc) {
      doc = c.document;
      const auto& d = resolved.documents[doc];
      std::cout << "# " << d.path << ": published "
                << (d.published ? iso_date(*d.published) + (d.published_inferred ? " (" + d.published_how + ")" : "")
                                : std::string("unknown"))
                << ", main event " << (d.focus.empty() ? "unknown" : d.focus) << "\n";
      if (config.explain) {
        for (const auto& e : d.explain) std::cout << "#   " << e << "\n";
        for (const auto& s : d.skipped)
          std::cout << "#   skipped " << s.begin.line << ":" << s.begin.column << " \"" << abbreviated(s.text)
                    << "\": " << s.reason << "\n";
      }
    }
    std::cout << c.path << ":" << c.begin.line << ":" << c.begin.column << ": " << to_string(c.kind) << " "
              << c.property << " = " << describe(c);
    if (c.kind == ClaimKind::count) std::cout << " " << to_string(c.scope);
    std::cout << " [" << (c.event.key.empty() ? "event unknown" : c.event.key) << "] \"" << c.text << "\"\n";
    if (config.explain) {
      if (!c.event.reason.empty()) std::cout << "    event: " << c.event.reason << "\n";
      for (const auto& e : c.explain) std::cout << "    " << e << "\n";
    }
  }
  std::cout << resolved.documents.size() << " documents, " << resolved.claims.size() << " claims";
  if (!corpus.errors.empty()) std::cout << "; " << corpus.errors.size() << " not read: the corpus is incomplete";
  std::cout << "\n";
  return unless_incomplete(corpus, exit_clean);
}

// Lines a command prints, or nullopt when it cannot run or fails.
std::optional<std::vector<std::string>> command_lines(const std::string& command) {
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return std::nullopt;
  std::vector<std::string> lines;
  char buffer[4096];
  std::string line;
  while (std::fgets(buffer, sizeof buffer, pipe)) {
    line += buffer;
    if (!line.empty() && line.back() == '\n') {
      line.pop_back();
      if (!line.empty()) lines.push_back(line);
      line.clear();
    }
  }
  if (pclose(pipe) != 0) return std::nullopt;
  return lines;
}

// Files changed since `rev` (committed, staged or not) and new files git does not ignore,
// relative to the current directory.
std::vector<std::string> git_changed_files(const std::string& rev) {
  for (char c : rev)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' || c == '-' || c == '.' || c == '~' ||
          c == '^' || c == '@'))
      throw UsageError("--changed-from: '" + rev + "' is not a plain git revision");
  auto changed = command_lines("git diff --name-only --relative " + rev + " -- 2>/dev/null");
  if (!changed)
    throw UsageError("--changed-from: git diff against '" + rev + "' failed (not a git checkout, or unknown revision)");
  if (auto untracked = command_lines("git ls-files --others --exclude-standard 2>/dev/null"))
    changed->insert(changed->end(), untracked->begin(), untracked->end());
  return *changed;
}

std::filesystem::path baseline_path_for(const RunConfig& config, const AnalysedCorpus& corpus) {
  if (config.output) return *config.output;
  return corpus.root / default_baseline_name;
}

bool use_color(const RunConfig& config) {
  if (config.color == ColorMode::always) return true;
  if (config.color == ColorMode::never) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return isatty(STDOUT_FILENO) != 0;
}

// The claims of the events findings are about, for the HTML report's matrix (who says what);
// at most `per_event` claims of each event.
std::vector<MatrixClaim> event_claims_of(const std::vector<Finding>& findings, const ResolvedCorpus& corpus,
                                         std::size_t per_event = 400) {
  std::map<std::string, std::size_t> wanted;
  for (const Finding& f : findings)
    if (!f.event.empty()) wanted.emplace(f.event, 0);
  std::vector<MatrixClaim> out;
  for (const Claim& c : corpus.claims) {
    const auto it = wanted.find(c.event.key);
    if (it == wanted.end() || it->second >= per_event) continue;
    ++it->second;
    std::string value = describe_value(c);
    if (c.kind == ClaimKind::count && c.scope != Scope::unspecified) value += " " + std::string(to_string(c.scope));
    // figures that change over time (tolls) carry the day they were true: the matrix's cell
    // then reads as that source's timeline ("43 (as of 2025-07-05); 78 (as of 2025-07-06)")
    if (c.kind == ClaimKind::count && c.as_of && c.event.key.find(iso_date(*c.as_of)) == std::string::npos)
      value += " (as of " + iso_date(*c.as_of) + ")";
    out.push_back({c.event.key, c.property, c.source_id, c.path, c.begin.line, std::move(value)});
  }
  return out;
}

// The findings of an analysed corpus and what every reporter needs around them.
ReportInput report_of(const Setup& setup, const AnalysedCorpus& corpus) {
  ReportInput input;
  input.findings = run_rules(setup.rules, corpus.resolved, setup.facts);
  for (const auto& r : setup.rules) input.rules.push_back(rule_info(r));
  input.documents = corpus.resolved.documents.size();
  input.claims = corpus.resolved.claims.size();
  input.input_errors = corpus.errors;
  input.input_warnings = corpus.warnings;
  // GitHub code scanning resolves result paths from the repository root, i.e. where lint runs.
  input.base_dir = std::filesystem::current_path().lexically_normal().string();
  input.fail_on = setup.fail_on;
  return input;
}

// `crosscheck review PATH...`: the review app over the corpus as it is now.
int run_review_app(const RunConfig& config) {
  const Setup setup = resolve_setup(config);
  AnalysedCorpus corpus = analyse(config, setup);
  ReportInput input = report_of(setup, corpus);
  input.event_claims = event_claims_of(input.findings, corpus.resolved);
  ReviewAppOptions options;
  options.port = config.port;
  options.review_file =
      config.review_file ? std::filesystem::path(*config.review_file) : corpus.root / default_review_name;
  for (const auto& e : corpus.errors) print_input_error(e);
  return serve_review_app(input, options);
}

int run_lint(const RunConfig& given) {
  // check: the claims first, for the corpus root they were extracted from (its crosscheck.yaml)
  std::optional<ClaimsStream> stream;
  RunConfig config = given;
  if (config.command == Command::check) {
    stream = read_claims_streams(config);
    config.paths = {stream->root};
  }
  const Setup setup = resolve_setup(config);
  std::vector<std::string> changed = config.changed;
  if (config.changed_from) {
    auto more = git_changed_files(*config.changed_from);
    changed.insert(changed.end(), more.begin(), more.end());
  }
  std::optional<Baseline> baseline;
  if (config.baseline) baseline = load_baseline(*config.baseline);
  AnalysedCorpus corpus = analyse(config, setup, std::move(stream));
  ReportInput input = report_of(setup, corpus);
  if (baseline) {
    input.baseline_used = true;
    input.stale = apply_baseline(input.findings, *baseline);
  }
  // Review decisions: --review-file, else crosscheck-review.yaml at the corpus root when there
  // is one. A decision overrides the baseline (a dismissed finding stays dismissed).
  const std::filesystem::path review_path =
      config.review_file ? std::filesystem::path(*config.review_file) : corpus.root / default_review_name;
  std::error_code exists_error;
  if (config.review_file || std::filesystem::is_regular_file(review_path, exists_error)) {
    input.review_used = true;
    input.stale_decisions = apply_review(input.findings, load_review(review_path));
  }
  if (!config.changed.empty() || config.changed_from) input.findings = keep_changed_findings(input.findings, changed);

  if (config.format == Format::html) input.event_claims = event_claims_of(input.findings, corpus.resolved);
  // The report goes to -o FILE (written whole or not at all, streamed into its temporary
  // file) or to standard output.
  const auto write_report = [&](std::ostream& report) {
    switch (config.format) {
      case Format::text: {
        TextReportOptions options;
        options.color = !config.output && use_color(config);
        options.explain = config.explain;
        options.show_suppressed = config.show_suppressed;
        write_text(report, input, options);
        break;
      }
      case Format::json: write_json(report, input); break;
      case Format::sarif: write_sarif(report, input); break;
      case Format::claimreview: write_claimreview(report, input); break;
      case Format::html: write_html(report, input); break;
      case Format::github: {
        std::ofstream summary;
        if (const char* path = std::getenv("GITHUB_STEP_SUMMARY"); path && *path) summary.open(path, std::ios::app);
        write_github(report, input, summary.is_open() ? &summary : nullptr);
        break;
      }
    }
  };
  if (config.output) {
    write_file_atomic(*config.output, write_report, "report");
  } else {
    write_report(std::cout);
  }
  if (config.statistics) {
    std::map<std::string, std::size_t> per_rule;
    for (const auto& f : input.findings) ++per_rule[f.rule];
    std::ostream& out = config.format == Format::text ? std::cout : std::cerr;
    for (const auto& [rule, n] : per_rule) out << n << "\t" << rule << "\n";
  }
  return unless_incomplete(corpus, count_failing(input) > 0 ? exit_findings : exit_clean);
}

// `crosscheck review set FINGERPRINT --status S ...`: one decision into the review file, for
// scripts and bulk triage; concurrent invocations never lose each other's decisions.
int run_review_set(const RunConfig& config) {
  ReviewDecision d;
  d.fingerprint = config.fingerprint;
  const auto status = review_status_named(config.review_status);
  if (!status)
    throw UsageError("unknown --status '" + config.review_status + "' (expected confirmed, dismissed or fixed)");
  d.status = *status;
  d.reason = config.review_reason;
  d.comment = config.review_comment;
  d.reviewer = config.reviewer;
  d.date = review_date_today();
  if (const std::string problem = review_decision_problem(d); !problem.empty()) throw UsageError(problem);
  const std::filesystem::path path = config.review_file ? *config.review_file : default_review_name;
  set_review_decision(path, d);
  std::cerr << "review: " << d.fingerprint << " " << to_string(d.status)
            << (d.reason.empty() ? "" : " (" + d.reason + ")") << " in " << path.string() << "\n";
  return exit_clean;
}

int run_rules_list(const RunConfig& config) {
  for (const auto& r : resolve_setup(config).rules)
    std::cout << r.id << "\t" << r.check << "\t" << to_string(r.level) << "\t" << r.docs.summary << "\n";
  return exit_clean;
}

// A parameter's default as a rule file would write it.
std::string param_text(const ParamValue& v) {
  return std::visit(
      [](const auto& x) -> std::string {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, double>) {
          std::ostringstream out;
          out << x;
          return out.str();
        } else if constexpr (std::is_same_v<T, bool>) {
          return x ? "true" : "false";
        } else if constexpr (std::is_same_v<T, std::string>) {
          return x;
        } else {
          std::string out = "[";
          for (std::size_t i = 0; i < x.size(); ++i) out += (i ? ", " : "") + x[i];
          return out + "]";
        }
      },
      v);
}

// `crosscheck explain CHECK`: a check kind's parameters, their defaults and what each does.
int explain_check(const CheckKind& kind) {
  std::cout << "check " << kind.name << " (finding kind: " << kind.finding_kind
            << ")\n\nParameters (in a rule's params:):\n";
  std::cout << "  min_confidence (default 0.5, at least 0 and at most 1): the lowest event confidence a claim needs "
               "to be compared\n";
  for (const auto& p : kind.params) {
    const std::string range = std::holds_alternative<double>(p.default_value) ? ", " + p.range_text() : "";
    std::cout << "  " << p.name << " (default " << param_text(p.default_value) << range << "): " << p.help << "\n";
    if (!p.choices.empty()) {
      std::cout << "      values:";
      for (const auto& c : p.choices) std::cout << " " << c;
      std::cout << "\n";
    }
  }
  std::cout << "\nMessage placeholders:";
  for (const auto& name : message_placeholders(kind.name)) std::cout << " {" << name << "}";
  std::cout << "\n";
  return exit_clean;
}

int run_explain(const RunConfig& config) {
  if (const CheckKind* kind = find_check_kind(config.rule_id)) return explain_check(*kind);
  for (const auto& r : resolve_setup(config).rules) {
    if (r.id != config.rule_id) continue;
    std::cout << r.id << " (" << to_string(r.level) << ", check: " << r.check << ", finding kind: " << r.kind << ")\n\n"
              << r.docs.summary << "\n";
    if (!r.docs.description.empty()) std::cout << "\n" << r.docs.description << "\n";
    std::cout << "\nFlagged:\n" << r.docs.flagged << "\nAccepted:\n" << r.docs.accepted;
    if (!r.docs.limits.empty()) std::cout << "\nLimits:\n" << r.docs.limits << "\n";
    std::cout << "\nMessage: " << r.message << "\nFile: " << r.path << "\n";
    if (!r.overrides.empty()) std::cout << "Replaces: " << r.overrides << "\n";
    return exit_clean;
  }
  std::cerr << "crosscheck: no rule or check kind '" << config.rule_id << "' (see `crosscheck rules`)\n";
  return exit_error;
}

int run_baseline(const RunConfig& config) {
  const Setup setup = resolve_setup(config);
  const auto& rules = setup.rules;
  const auto& facts = setup.facts;
  const AnalysedCorpus corpus = analyse(config, setup);
  if (!corpus.errors.empty()) {
    // A baseline of a corpus read in part would drop the findings of the files left out.
    std::cerr << "crosscheck: baseline not written: " << corpus.errors.size()
              << (corpus.errors.size() == 1 ? " input" : " inputs") << " could not be read\n";
    return exit_error;
  }
  auto findings = run_rules(rules, corpus.resolved, facts);
  const auto target = baseline_path_for(config, corpus);
  if (config.command == Command::baseline_write) {
    const Baseline baseline = make_baseline(findings);
    write_baseline_atomic(target, baseline);
    std::cerr << "wrote " << baseline.entries.size() << " findings to " << target.string() << "\n";
    return exit_clean;
  }
  const std::filesystem::path source = config.baseline ? std::filesystem::path(*config.baseline) : target;
  const Baseline old = load_baseline(source);
  const Baseline pruned = prune_baseline(old, findings);
  write_baseline_atomic(target, pruned);
  std::cerr << "pruned " << old.entries.size() - pruned.entries.size() << " stale entries; " << pruned.entries.size()
            << " remain in " << target.string() << "\n";
  return exit_clean;
}

// `crosscheck domains`: the shipped domains, what each is for, and the ones this directory's
// crosscheck.yaml chooses.
int run_domains(const RunConfig& config) {
  const Setup setup = resolve_setup(config);
  std::vector<std::string> active;
  for (const auto& d : setup.domains) active.push_back(d.name);
  for (const auto& name : shipped_domain_names()) {
    const Domain d = load_domain(name, {"domains", 0, 0});
    const bool on = std::find(active.begin(), active.end(), name) != active.end();
    std::cout << (on ? "* " : "  ") << name << "\t" << d.summary << "\n";
  }
  std::cout << "\n* in use here ("
            << (setup.default_domains ? std::string("the default")
                                      : "chosen in " + (setup.config_file ? setup.config_file->string() : "--domain"))
            << "); shipped in " << shipped_domains_dir().string() << "\n";
  return exit_clean;
}

}  // namespace

int run(int argc, const char* const* argv) {
  try {
    const RunConfig config = parse_arguments(argc, argv);
    switch (config.command) {
      case Command::help: std::cout << config.help_text; return exit_clean;
      case Command::version:
        std::cout << "crosscheck " << CROSSCHECK_VERSION << "\ndata: " << data_dir().path.string() << " ("
                  << data_dir().how << ")\n";
        return exit_clean;
      case Command::claims: return run_claims(config);
      case Command::extract: return run_extract(config);
      case Command::lint:
      case Command::check: return run_lint(config);
      case Command::rules: return run_rules_list(config);
      case Command::explain: return run_explain(config);
      case Command::domains: return run_domains(config);
      case Command::baseline_write:
      case Command::baseline_prune: return run_baseline(config);
      case Command::review_set: return run_review_set(config);
      case Command::review_app: return run_review_app(config);
    }
  } catch (const UsageError& e) {
    std::cerr << "crosscheck: " << e.what() << "\n";
  } catch (const ConfigErrors& e) {
    for (const auto& error : e.errors()) print_input_error(error);
    std::cerr << "crosscheck: " << e.errors().size() << " configuration problems; nothing was read\n";
  } catch (const InputError& e) {
    print_input_error(e);
  } catch (const std::exception& e) {
    std::cerr << "crosscheck: error: " << e.what() << "\n";
  }
  return exit_error;
}

}  // namespace crosscheck::cli

int main(int argc, char** argv) { return crosscheck::cli::run(argc, argv); }
