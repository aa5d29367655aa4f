#include "checker/engine/claims_cache.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>

#include "checker/core/diagnostic.hpp"
#include "checker/lexicon/lexicon.hpp"
#include "checker/text/document.hpp"

namespace crosscheck {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view magic = "crosscheck-claims 1\n";

std::string hex(const XXH128_hash_t& hash) {
  XXH128_canonical_t canonical;
  XXH128_canonicalFromHash(&canonical, hash);
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  for (const unsigned char byte : canonical.digest) {
    out.push_back(digits[byte >> 4]);
    out.push_back(digits[byte & 0x0f]);
  }
  return out;
}

// Adds a length-prefixed field, so that ("ab", "c") and ("a", "bc") hash apart.
void add_field(XXH3_state_t* state, std::string_view bytes) {
  const std::uint64_t n = bytes.size();
  XXH3_128bits_update(state, &n, sizeof n);
  XXH3_128bits_update(state, bytes.data(), bytes.size());
}

// A file's bytes, read as corpus files are (regular files only); nullopt when it cannot be.
std::optional<std::string> read_whole(const fs::path& path) {
  try {
    std::string shown;
    return read_input_file(path, shown);
  } catch (const InputError&) {
    return std::nullopt;
  }
}

// Every regular file below `dir`, sorted, with its path relative to `dir`.
std::vector<fs::path> files_below(const fs::path& dir) {
  std::vector<fs::path> found;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec)) found.push_back(it->path());
  std::sort(found.begin(), found.end());
  return found;
}

// A temporary file "<pid>-..." whose process is gone.
bool abandoned(const std::string& name) {
  const std::size_t dash = name.find('-');
  if (dash == 0 || dash == std::string::npos || dash > 9) return false;
  if (name.substr(0, dash).find_first_not_of("0123456789") != std::string::npos) return false;
  const auto pid = static_cast<pid_t>(std::stol(name.substr(0, dash)));
  return pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH;
}

}  // namespace

ClaimsCache::ClaimsCache(fs::path dir, std::string identity) : dir_(std::move(dir)), identity_(std::move(identity)) {
  std::error_code ec;
  fs::create_directories(dir_ / "tmp", ec);
  if (ec || !fs::is_directory(dir_ / "tmp"))
    throw InputError({dir_.string(), 0, 0}, "cannot use this as the claims cache (--cache): " +
                                                (ec ? ec.message() : std::string("not a directory")));
  if (!fs::exists(dir_ / "CACHEDIR.TAG", ec)) {
    std::ofstream tag(dir_ / "CACHEDIR.TAG");
    tag << "Signature: 8a477f597d28d172789f06886806bc55\n"
           "# crosscheck's claims cache (lint --cache): safe to delete.\n";
  }
  for (fs::directory_iterator it(dir_ / "tmp", ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code remove_error;
    if (abandoned(it->path().filename().string())) fs::remove(it->path(), remove_error);
  }
}

std::string ClaimsCache::key(std::string_view shown_path, std::string_view corpus_key, std::string_view bytes) const {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  add_field(state, identity_);
  add_field(state, shown_path);
  add_field(state, corpus_key);
  add_field(state, bytes);
  const std::string out = hex(XXH3_128bits_digest(state));
  XXH3_freeState(state);
  return out;
}

fs::path ClaimsCache::entry(const std::string& key) const { return dir_ / key.substr(0, 2) / (key + ".claims"); }

std::optional<ArchivedDocument> ClaimsCache::load(const std::string& key) const {
  const auto bytes = read_whole(entry(key));
  if (!bytes || bytes->size() < magic.size() + sizeof(XXH64_hash_t) || bytes->compare(0, magic.size(), magic) != 0)
    return std::nullopt;
  XXH64_hash_t sum;
  std::memcpy(&sum, bytes->data() + magic.size(), sizeof sum);
  const std::string_view payload = std::string_view(*bytes).substr(magic.size() + sizeof sum);
  if (XXH3_64bits(payload.data(), payload.size()) != sum) return std::nullopt;  // torn or altered
  return unarchive_document(payload);
}

void ClaimsCache::store(const std::string& key, const DocumentClaims& claims, const Warnings& load_warnings) const {
  const std::string payload = archive_document(claims, load_warnings);
  const XXH64_hash_t sum = XXH3_64bits(payload.data(), payload.size());
  std::string bytes(magic);
  bytes.append(reinterpret_cast<const char*>(&sum), sizeof sum);
  bytes += payload;
  const fs::path target = entry(key);
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  // Written whole under tmp/, then renamed into place: a reader sees the old entry, none, or
  // the new one. Not fsynced: an entry lost in a crash is extracted again, and a torn one
  // fails its checksum.
  std::string temp = (dir_ / "tmp" / (std::to_string(::getpid()) + "-" + key + "-XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return;
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  const bool closed = ::close(fd) == 0;
  if (written != bytes.size() || !closed || ::rename(temp.c_str(), target.c_str()) != 0) ::unlink(temp.c_str());
}

std::string cache_identity(const std::vector<fs::path>& lexicon_dirs, const fs::path& corpus_root) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  // The binary: any change to the grammars, the extraction or the archive format.
  add_field(state, read_whole("/proc/self/exe").value_or(CROSSCHECK_VERSION));
  std::vector<fs::path> dirs{default_lexicon_dir()};
  dirs.insert(dirs.end(), lexicon_dirs.begin(), lexicon_dirs.end());
  for (const auto& dir : dirs) {
    add_field(state, dir.generic_string());
    for (const auto& file : files_below(dir)) {
      add_field(state, file.lexically_relative(dir).generic_string());
      add_field(state, read_whole(file).value_or(""));
    }
  }
  add_field(state, read_whole(corpus_root / "crosscheck.yaml").value_or(""));
  const std::string out = hex(XXH3_128bits_digest(state));
  XXH3_freeState(state);
  return out;
}

}  // namespace crosscheck
