#!/usr/bin/env bash
# Installs what building and testing crosscheck needs on Debian 12 (bookworm) or a close
# relative. Idempotent: apt runs only when a package is missing, and prints what it adds.
#
#   scripts/install-deps.sh          install what is missing
#   scripts/install-deps.sh --check  list what is missing, exit 1 if anything is
set -euo pipefail
source "$(dirname "$0")/common.sh"

# Needed to build and run the tests; a failure to install any of these is fatal.
required=(
  g++                            # build-essential is assumed, but a slim image may lack it
  cmake ninja-build pkg-config
  libboost-dev libboost-program-options-dev  # Spirit X3 (headers), the CLI's options
  libyaml-cpp-dev                # lexicon, rules, facts, baseline, front matter
  doctest-dev                    # unit tests
  nlohmann-json3-dev             # JSON and SARIF reporters, claims stream
  libxxhash-dev                  # finding fingerprints (XXH3-128)
  python3                        # seed check, fuzz seeds
  clang libclang-rt-dev          # the sanitizer build and libFuzzer (fuzz/)
  python3-distributed            # Dask: the scale-out driver (scale/) and its test
)
# Wanted but not fatal: without clang-format the format check is skipped (with a message),
# without node/npm the SARIF Multitool test reports "skipped" (ctest exit code 77).
optional=(clang-format)
# node and npm (a few hundred packages) only when ctest runs the SARIF Multitool check.
if grep -qs 'sarif/validate.sh' "$crosscheck_root/tests/CMakeLists.txt" "$crosscheck_root/CMakeLists.txt"; then
  optional+=(nodejs npm)
fi
# Debian's Chromium for the browser test of the review app (tests/browser/).
if grep -qs 'tests/browser/run.sh' "$crosscheck_root/tests/CMakeLists.txt"; then
  optional+=(chromium)
fi

is_installed() {
  case $1 in
    # Node from another source (NodeSource's nodejs bundles npm and conflicts with Debian's
    # npm) is as good as Debian's: a command on PATH is enough.
    nodejs) command -v node >/dev/null 2>&1 && return 0 ;;
    npm) command -v npm >/dev/null 2>&1 && return 0 ;;
  esac
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

command -v dpkg-query >/dev/null 2>&1 || die "no dpkg-query: this script supports Debian and Ubuntu only; install by hand: ${required[*]} ${optional[*]}"

missing_required=()
missing_optional=()
for p in "${required[@]}"; do is_installed "$p" || missing_required+=("$p"); done
for p in "${optional[@]}"; do is_installed "$p" || missing_optional+=("$p"); done

if [ "${1:-}" = "--check" ]; then
  if [ ${#missing_required[@]} -eq 0 ] && [ ${#missing_optional[@]} -eq 0 ]; then
    say "all dependencies are installed"
    exit 0
  fi
  echo "missing: ${missing_required[*]} ${missing_optional[*]}"
  exit 1
fi

if [ ${#missing_required[@]} -eq 0 ] && [ ${#missing_optional[@]} -eq 0 ]; then
  say "dependencies: all installed"
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || die "not root and no sudo; as root run: apt-get install ${missing_required[*]} ${missing_optional[*]}"
  as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
apt_install() {
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

say "installing: ${missing_required[*]} ${missing_optional[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
if ! apt_install "${missing_required[@]}" "${missing_optional[@]}"; then
  # One unavailable optional package must not stop the build: retry without them.
  [ ${#missing_optional[@]} -gt 0 ] || die "apt-get install ${missing_required[*]} failed"
  warn "installing ${missing_optional[*]} failed; retrying with the required packages only"
  if [ ${#missing_required[@]} -gt 0 ]; then
    apt_install "${missing_required[@]}" || die "apt-get install ${missing_required[*]} failed"
  fi
  for p in "${missing_optional[@]}"; do
    apt_install "$p" || warn "$p is not installed: the checks that need it will be skipped"
  done
fi
say "dependencies installed"
