// Where crosscheck finds its data (rules, lexicon, facts): next to an installed binary
// (`<prefix>/bin/crosscheck` reads `<prefix>/share/crosscheck/`), else the source tree it was
// built in. CROSSCHECK_DATA_DIR overrides both.
#pragma once

#include <filesystem>
#include <string>

namespace crosscheck {

struct DataDir {
  std::filesystem::path path;
  std::string how;  // "CROSSCHECK_DATA_DIR", "installed with the binary", "source tree"
};

// Decided once per process.
const DataDir& data_dir();

}  // namespace crosscheck
