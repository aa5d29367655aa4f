# Shared helpers for the scripts in this directory (sourced, not run): messages, the
# repository root, clang-format lookup and a CMake configure that reuses a build directory.

crosscheck_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

say() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

jobs_count() { nproc 2>/dev/null || echo 2; }

# clang-format 14 is what Debian 12 ships and what .clang-format is tuned for; another
# major version may format a few constructs differently, so say so instead of guessing.
find_clang_format() {
  local c
  for c in "${CLANG_FORMAT:-}" clang-format-14 clang-format; do
    [ -n "$c" ] && command -v "$c" >/dev/null 2>&1 && { command -v "$c"; return 0; }
  done
  return 1
}

check_clang_format_version() {
  local version
  version=$("$1" --version | sed -n 's/.*version \([0-9]*\)\..*/\1/p')
  [ "$version" = 14 ] || warn "$1 is version ${version:-unknown}; .clang-format is tuned for clang-format 14"
}

# C++ sources the formatter owns: tracked files in a git checkout, else every file under
# the usual source directories (a tarball has no index).
cpp_sources() {
  if git -C "$crosscheck_root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$crosscheck_root" ls-files -- '*.cpp' '*.hpp'
  else
    (cd "$crosscheck_root" && find checker grammars tests bench -name '*.cpp' -o -name '*.hpp' 2>/dev/null | sort)
  fi
}

# configure_build DIR BUILD_TYPE [CMAKE ARGS...]: configures with Ninja the first time; an
# existing build directory keeps its generator and gets the new options (so a run after a
# run reuses the objects).
configure_build() {
  local dir=$1 type=$2
  shift 2
  if [ -f "$dir/CMakeCache.txt" ]; then
    cmake -S "$crosscheck_root" -B "$dir" -DCMAKE_BUILD_TYPE="$type" "$@"
  else
    cmake -S "$crosscheck_root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
  fi
}
