// The review app: `crosscheck review PATH... [--port N]` serves the HTML report with buttons to
// confirm or dismiss each finding, on 127.0.0.1 only, and writes the decisions to the review
// file (review.hpp: locked, atomic).
#pragma once

#include <filesystem>

#include "checker/report/report.hpp"

namespace crosscheck::cli {

struct ReviewAppOptions {
  unsigned short port = 0;  // 0: any free port (printed)
  std::filesystem::path review_file;
  unsigned threads = 8;  // connections served at once
};

// Serves until the process is stopped. `base` holds the findings without review decisions;
// each page load applies the review file as it is then. Prints the address on stdout.
int serve_review_app(const ReportInput& base, const ReviewAppOptions& options);

}  // namespace crosscheck::cli
