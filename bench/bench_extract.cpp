// Throughput benchmark of the whole lint pipeline (files -> claims -> events -> findings):
// writes a synthetic corpus of ~3 KB articles (or reads a directory), then times
// analyse_corpus and run_rules with the default rules and facts. See bench/README.md.
#include <sys/resource.h>

#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/diagnostic.hpp"
#include "checker/engine/domain.hpp"
#include "checker/engine/engine.hpp"
#include "checker/engine/facts.hpp"
#include "checker/engine/pipeline.hpp"
#include "checker/engine/rule.hpp"

namespace fs = std::filesystem;

namespace {

constexpr std::string_view usage =
    "usage: bench_extract [--docs N] [--threads N] [--story] [--seed N] [--keep] [--dir CORPUS] [--write DIR]\n"
    "  --docs N     synthetic articles to generate (default 2000)\n"
    "  --threads N  AnalysisOptions::threads (default 1; 0 = every core)\n"
    "  --story      every article covers the same event (the rule engine's worst case)\n"
    "  --seed N     seed of the generator (default 1): the same seed gives the same corpus\n"
    "  --keep       keep the generated corpus and print where it is\n"
    "  --dir CORPUS time an existing corpus instead of generating one\n"
    "  --write DIR  only write the generated corpus into DIR (for other benchmarks and tests)\n";

struct BenchOptions {
  std::size_t docs = 2000;
  unsigned threads = 1;
  bool story = false;
  unsigned seed = 1;
  bool keep = false;
  std::string dir;
  std::string write;
};

// One reported event: what every article about it should agree on.
struct EventFacts {
  std::chrono::year_month_day day;
  int per_side = 0;
  int soldiers = 0;
  int women = 0;
  int agreed = 0;
  std::chrono::year_month_day agreed_on;
};

constexpr std::string_view month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};
constexpr std::string_view weekday_names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                              "Thursday", "Friday", "Saturday"};
constexpr std::string_view outlets[] = {"Baltic Courier", "Danube Post",      "Morning Dispatch", "Coastline Herald",
                                        "Plains Gazette", "Capital Bulletin", "Riverside Record", "Union Observer",
                                        "Northern Relay", "Evening Monitor"};
constexpr std::string_view places[] = {"KYIV", "GENEVA", "ANKARA", "WARSAW", "VIENNA", "BERLIN"};

// Sentences with no claim in them: they make the text look like an article (most words in
// news carry no figure) and bring each one to about 3 KB.
constexpr std::string_view filler[] = {
    "Relatives gathered at the crossing from early morning, holding up photographs and handmade signs.",
    "Buses carrying the men arrived in the afternoon under a police escort, witnesses told reporters.",
    "Officials from both governments declined to say when another round might take place.",
    "A mediator described the talks as difficult but said both delegations had kept their word.",
    "Several of those who came back needed medical care and were taken straight to hospital.",
    "The families of those still held urged the negotiators not to let the process stall.",
    "Human rights groups have long called for independent access to detention sites.",
    "Neither side published a full list of names, citing the safety of those involved.",
    "Analysts cautioned that a humanitarian step of this kind rarely shifts positions at the front.",
    "Volunteers handed out food, blankets and mobile phones so the returnees could call home.",
    "The foreign ministry thanked the countries that helped organise the handover.",
    "Local television showed men wrapped in flags stepping off the buses and embracing relatives.",
    "Observers said the logistics had been agreed down to the hour in the days before.",
    "Talks on a broader settlement remain stuck over territory and security guarantees.",
};

std::string format_long_date(std::chrono::year_month_day d) {  // "May 23"
  return std::string(month_names[static_cast<unsigned>(d.month()) - 1]) + " " +
         std::to_string(static_cast<unsigned>(d.day()));
}

std::string format_day_month_year(std::chrono::year_month_day d) {  // "23 May 2025"
  return std::to_string(static_cast<unsigned>(d.day())) + " " +
         std::string(month_names[static_cast<unsigned>(d.month()) - 1]) + " " +
         std::to_string(static_cast<int>(d.year()));
}

std::string format_iso(std::chrono::year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

std::string_view weekday_of(std::chrono::year_month_day d) {
  return weekday_names[std::chrono::weekday{std::chrono::sys_days{d}}.c_encoding()];
}

std::string with_commas(int n) {  // 1200 -> "1,200"
  const std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

EventFacts make_event(std::size_t index, std::mt19937& rng) {
  using namespace std::chrono;
  EventFacts e;
  // Events three days apart, so two of them never share a day key.
  e.day = year_month_day{sys_days{2023y / January / 2} + days{static_cast<int>(index) * 3}};
  e.per_side = std::uniform_int_distribution<int>(20, 600)(rng) * 2;
  e.soldiers = e.per_side - std::uniform_int_distribution<int>(5, e.per_side / 4)(rng);
  e.women = std::uniform_int_distribution<int>(2, 30)(rng);
  e.agreed = e.per_side + std::uniform_int_distribution<int>(1, 10)(rng) * 100;
  e.agreed_on = year_month_day{sys_days{e.day} - days{std::uniform_int_distribution<int>(5, 12)(rng)}};
  return e;
}

// One article about `e`. A few outlets get the per-side count wrong (the contradictions the
// rules must find); the rest vary only the wording.
std::string make_article(const EventFacts& e, std::size_t doc, bool wrong, std::mt19937& rng) {
  auto pick = [&rng](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
  const int per_side = wrong ? e.per_side + 10 * static_cast<int>(1 + pick(5)) : e.per_side;
  const int civilians = per_side - e.soldiers;
  const std::string_view outlet = outlets[doc % std::size(outlets)];
  const std::string n = with_commas(per_side);

  std::ostringstream out;
  out << "---\nsource: " << outlet << " " << doc / std::size(outlets) << "\npublished: " << format_iso(e.day)
      << "\ntitle: Prisoner swap returns " << n << " people to each side\n---\n";
  out << "# " << n << " prisoners freed by each side in new exchange\n\n";

  switch (pick(3)) {
    case 0:
      out << places[pick(std::size(places))] << " — Both countries handed over " << n << " captives apiece on "
          << weekday_of(e.day) << ", " << format_long_date(e.day) << ", officials from the two governments said.";
      break;
    case 1:
      out << "Each side released " << n << " prisoners of war on " << format_day_month_year(e.day)
          << ", according to statements issued by the two defence ministries.";
      break;
    default:
      out << "More than " << with_commas(per_side - 1) << " detainees from each side returned home on "
          << format_long_date(e.day) << ", the " << outlet << " reported.";
  }
  out << " " << filler[pick(std::size(filler))] << "\n\n";

  out << "In total " << with_commas(2 * per_side) << " people were exchanged; the group from each side was made up of "
      << with_commas(e.soldiers) << " soldiers and " << with_commas(civilians) << " civilians. ";
  out << "At least " << e.women << " of those freed were women, a spokesperson for the coordination centre said.\n\n";

  for (int paragraph = 0; paragraph < 3; ++paragraph) {
    for (int s = 0; s < 4; ++s) out << filler[pick(std::size(filler))] << " ";
    out << "\n\n";
  }
  out << "The swap was the first stage of a deal reached on " << format_long_date(e.agreed_on)
      << " that provides for the exchange of " << with_commas(e.agreed) << " prisoners from each side. ";
  out << filler[pick(std::size(filler))] << "\n\n";
  for (int paragraph = 0; paragraph < 3; ++paragraph) {
    for (int s = 0; s < 4; ++s) out << filler[pick(std::size(filler))] << " ";
    out << "\n\n";
  }
  return out.str();
}

// Writes the corpus into `dir`; returns its size in bytes.
std::uintmax_t write_corpus(const fs::path& dir, const BenchOptions& options) {
  std::mt19937 rng(options.seed);
  // About ten outlets per story, as on a busy news day; --story puts them all on one.
  const std::size_t events = options.story ? 1 : std::max<std::size_t>(1, options.docs / 10);
  std::vector<EventFacts> facts;
  for (std::size_t i = 0; i < events; ++i) facts.push_back(make_event(i, rng));
  std::uintmax_t bytes = 0;
  for (std::size_t doc = 0; doc < options.docs; ++doc) {
    const bool wrong = doc % 20 == 7;  // 5% of the articles contradict the others
    const std::string text = make_article(facts[doc % events], doc, wrong, rng);
    char name[32];
    std::snprintf(name, sizeof name, "%06zu.md", doc);
    std::ofstream(dir / name, std::ios::binary) << text;
    bytes += text.size();
  }
  return bytes;
}

// Reads every file once so the timed run starts with a warm page cache (it drains within
// a minute of idling on this machine class).
std::uintmax_t warm_up(const fs::path& dir, std::size_t& files) {
  std::uintmax_t bytes = 0;
  files = 0;
  std::vector<char> buffer(1 << 16);
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0)
      bytes += static_cast<std::uintmax_t>(in.gcount());
    ++files;
  }
  return bytes;
}

BenchOptions parse_options(int argc, char** argv) {
  BenchOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(std::string(arg) + " needs a value");
      return argv[++i];
    };
    if (arg == "--docs") options.docs = std::stoul(value());
    else if (arg == "--threads") options.threads = static_cast<unsigned>(std::stoul(value()));
    else if (arg == "--seed") options.seed = static_cast<unsigned>(std::stoul(value()));
    else if (arg == "--story") options.story = true;
    else if (arg == "--keep") options.keep = true;
    else if (arg == "--dir") options.dir = value();
    else if (arg == "--write") options.write = value();
    else throw std::invalid_argument("unknown argument '" + std::string(arg) + "'");
  }
  return options;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  BenchOptions options;
  try {
    options = parse_options(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "bench_extract: " << e.what() << "\n" << usage;
    return 2;
  }

  if (!options.write.empty()) {
    try {
      fs::create_directories(options.write);
      const auto bytes = write_corpus(options.write, options);
      std::printf("wrote %zu articles, %ju bytes, to %s\n", options.docs, bytes, options.write.c_str());
      return 0;
    } catch (const std::exception& e) {
      std::cerr << "bench_extract: " << e.what() << "\n";
      return 2;
    }
  }
  fs::path dir = options.dir;
  const bool generated = options.dir.empty();
  try {
    if (generated) {
      dir = fs::temp_directory_path() / ("crosscheck-bench-" + std::to_string(::getpid()));
      fs::remove_all(dir);
      fs::create_directories(dir);
      write_corpus(dir, options);
    }
    std::size_t files = 0;
    const std::uintmax_t bytes = warm_up(dir, files);

    const auto rules = crosscheck::load_rule_set(crosscheck::default_rule_dirs());
    crosscheck::ReferenceFacts facts;
    facts.add_file(crosscheck::default_facts_file());

    crosscheck::AnalysisOptions analysis;
    analysis.threads = options.threads;
    const auto start = std::chrono::steady_clock::now();
    const crosscheck::AnalysedCorpus corpus = crosscheck::analyse_corpus({dir.string()}, analysis);
    const double analyse_s = seconds_since(start);
    const auto rules_start = std::chrono::steady_clock::now();
    const auto findings = crosscheck::run_rules(rules, corpus.resolved, facts);
    const double rules_s = seconds_since(rules_start);
    const double total_s = analyse_s + rules_s;

    std::map<std::string, std::size_t> by_rule;
    for (const auto& f : findings) ++by_rule[f.rule];
    rusage usage_now{};
    getrusage(RUSAGE_SELF, &usage_now);

    const double mb = static_cast<double>(bytes) / 1e6;
    std::printf("corpus      %s%s\n", generated ? "synthetic" : dir.c_str(),
                generated ? (options.story ? ", one story" : ", ~10 articles per story") : "");
    std::printf("documents   %zu (%.1f MB, %zu errors)\n", corpus.paths.size(), mb, corpus.errors.size());
    std::printf("threads     %u\n", options.threads);
    std::printf("analyse     %.3f s  %.1f MB/s  %.0f documents/s\n", analyse_s, mb / analyse_s,
                static_cast<double>(files) / analyse_s);
    std::printf("rules       %.3f s\n", rules_s);
    std::printf("total       %.3f s  %.1f MB/s  %.0f documents/s\n", total_s, mb / total_s,
                static_cast<double>(files) / total_s);
    std::printf("claims      %zu\n", corpus.resolved.claims.size());
    std::printf("findings    %zu\n", findings.size());
    for (const auto& [rule, count] : by_rule) std::printf("  %-24s %zu\n", rule.c_str(), count);
    std::printf("peak RSS    %.1f MB\n", static_cast<double>(usage_now.ru_maxrss) / 1024.0);
  } catch (const crosscheck::InputError& e) {
    std::cerr << crosscheck::format_position(e.where()) << ": error: " << e.message() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "bench_extract: " << e.what() << "\n";
    return 2;
  }
  if (generated) {
    if (options.keep) std::printf("kept        %s\n", dir.c_str());
    else fs::remove_all(dir);
  }
  return 0;
}
