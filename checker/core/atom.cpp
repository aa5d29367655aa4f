#include "checker/core/atom.hpp"

#include <array>
#include <mutex>
#include <unordered_set>

namespace crosscheck {

namespace {

// The pool, in shards by hash so that extraction threads seldom wait for each other. A node
// set: an element's address never moves, so an Atom's pointer stays valid.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};

struct Pool {
  struct Shard {
    std::mutex mutex;
    std::unordered_set<std::string, TextHash, std::equal_to<>> texts;
  };
  std::array<Shard, 16> shards;
};

Pool& pool() {
  static Pool* const instance = new Pool;  // never destroyed: an Atom may outlive static destruction
  return *instance;
}

}  // namespace

const std::string& Atom::empty_text() {
  static const std::string* const empty = new std::string;
  return *empty;
}

Atom::Atom(std::string_view text) {
  if (text.empty()) return;
  // (Shards by the hash's high bits: the set buckets by its low ones.)
  const std::size_t hash = TextHash{}(text);
  auto& shard = pool().shards[(hash >> 56) % pool().shards.size()];
  const std::lock_guard lock(shard.mutex);
  auto it = shard.texts.find(text);
  if (it == shard.texts.end()) it = shard.texts.emplace(text).first;
  text_ = &*it;
}

std::size_t Atom::pool_size() {
  std::size_t n = 0;
  for (auto& shard : pool().shards) {
    const std::lock_guard lock(shard.mutex);
    n += shard.texts.size();
  }
  return n;
}

}  // namespace crosscheck
