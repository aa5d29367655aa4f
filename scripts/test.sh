#!/usr/bin/env bash
# Everything CI checks, in order: a Release build with -Werror and its tests (build/), the
# tests again under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/, clang when
# installed, which also builds the fuzz targets), a bounded run of every fuzz target
# (fuzz/run.sh --ci, $FUZZ_SECONDS seconds each, default 3), then the format check. Exit
# status is non-zero when any step fails.
#
#   scripts/test.sh          all of it (what .ci/run does)
#   scripts/test.sh --quick  the Release build and its tests only
set -uo pipefail
source "$(dirname "$0")/common.sh"
cd "$crosscheck_root"

quick=0
case "${1:-}" in
  "") ;;
  --quick) quick=1 ;;
  -h|--help) sed -n '2,9s/^# \{0,1\}//p' scripts/test.sh; exit 0 ;;
  *) die "unknown option '$1' (try --quick)" ;;
esac

# The SARIF Multitool test (tests/sarif/validate.sh) downloads the tool from npm; one copy
# for both builds instead of one per build directory.
export SARIF_MULTITOOL_DIR=${SARIF_MULTITOOL_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/crosscheck/sarif-multitool}

started=$SECONDS
jobs=$(jobs_count)
summary=()   # one line per step, printed at the end
failed=0

elapsed() { local s=$((SECONDS - $1)); printf '%dm%02ds' $((s / 60)) $((s % 60)); }

# run_ctest NAME DIR [CTEST ARGS]: runs the tests, keeps ctest's summary lines for the end of
# the log. The sanitizer run leaves out the browser and SARIF Multitool checks: they check
# what the report looks like to other programs, the same in both builds, and the Release run
# has them (and the byte-identity tests, below).
run_ctest() {
  local name=$1 dir=$2 log status
  shift 2
  log=$(mktemp)
  (cd "$dir" && ctest --output-on-failure -j"$jobs" "$@") 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  while IFS= read -r line; do summary+=("$name: $line"); done < <(grep -E 'tests passed|tests failed|Total Test time|\*\*\*Skipped|Not Run|\(Failed\)|\(Timeout\)|\(SEGFAULT\)' "$log")
  rm -f "$log"
  return "$status"
}

# build DIR: with Ninja, keep going after a failed compile (-k 0) so one CI run lists every
# file that breaks, not only the first.
build() {
  if [ -f "$1/build.ninja" ]; then
    cmake --build "$1" -j"$jobs" -- -k 0
  else
    cmake --build "$1" -j"$jobs"
  fi
}

step() {  # step NAME COMMAND...: runs one step, records pass/fail and its time
  local name=$1 t0=$SECONDS
  shift
  say "$name"
  if "$@"; then
    summary+=("$name: ok ($(elapsed "$t0"))")
  else
    summary+=("$name: FAILED ($(elapsed "$t0"))")
    failed=1
  fi
}

release() {
  configure_build build Release -DCROSSCHECK_WERROR=ON -DCROSSCHECK_SANITIZE=OFF &&
    build build &&
    run_ctest release build
}

# Tests that compare whole outputs byte for byte, run after run (every fixture corpus under
# -j1, -j2 and reversed file order; extract|check against lint in three formats): they check
# ordering logic the sanitizers add nothing to, and take a third of the sanitizer run's test
# time. The Release run has them.
byte_identity_tests='^cli/(lint output determinism|extract then check equals lint)$'

# The sanitizer build uses clang when it is installed: libFuzzer comes with it, so the same
# build links the fuzz targets (a third compile of the library would not fit CI's time), and
# it compiles this code faster than g++. Without clang, g++ and no fuzzing. Chosen after the
# dependencies step, which installs clang.
choose_sanitizer_compiler() {
  sanitizer_cxx=$(command -v clang++ || command -v g++)
  fuzz=OFF
  [[ $sanitizer_cxx == *clang* ]] && fuzz=ON
}

# malloc_context_size=8 keeps 8 frames (not 30) of each allocation's stack: a report still
# says where the memory came from, and the tests, which start the tool hundreds of times,
# run in about half the time. Set ASAN_OPTIONS for full stacks.
# Debug keeps assertions on (X3 asserts on bytes >= 0x80 in its ASCII classes, a bug class
# the sanitizers alone miss); -O1 keeps the run a few times faster than -O0.
sanitize() {
  # A build directory configured with another compiler cannot switch; it starts over.
  if [ -f build-asan/CMakeCache.txt ] && ! grep -qx "CMAKE_CXX_COMPILER:[A-Z]*=$sanitizer_cxx" build-asan/CMakeCache.txt; then
    say "build-asan/ was configured with another compiler: starting it over with $sanitizer_cxx"
    rm -rf build-asan
  fi
  configure_build build-asan Debug -DCMAKE_CXX_COMPILER="$sanitizer_cxx" -DCROSSCHECK_SANITIZE=ON -DCROSSCHECK_FUZZ=$fuzz \
    -DCROSSCHECK_WERROR=ON "-DCMAKE_CXX_FLAGS_DEBUG=-gline-tables-only -O1" &&
    build build-asan &&
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1:malloc_context_size=8} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    run_ctest asan build-asan --label-exclude 'browser|sarif' --exclude-regex "$byte_identity_tests"
}

format() {
  if ! find_clang_format >/dev/null; then
    # install-deps.sh treats clang-format as optional: reaching here means it could not be installed.
    summary+=("format: SKIPPED (clang-format is not installed and could not be)")
    return 0
  fi
  bash scripts/check-format.sh
}

step dependencies bash scripts/install-deps.sh
if [ $failed -eq 0 ]; then
  step "release build + tests (build/, -Werror)" release
  if [ $quick -eq 0 ]; then
    choose_sanitizer_compiler
    step "asan+ubsan build + tests (build-asan/, $(basename "$sanitizer_cxx"))" sanitize
    if [ $fuzz = ON ]; then
      step "fuzz targets, ${FUZZ_SECONDS:-3}s each (fuzz/run.sh --ci)" env FUZZ_BUILD=build-asan bash fuzz/run.sh --ci "${FUZZ_SECONDS:-3}"
    else
      summary+=("fuzz: SKIPPED (no clang++: the fuzz targets need libFuzzer)")
    fi
    step "format check (clang-format)" format
  fi
fi

printf '\n==> summary\n'
printf '  %s\n' "${summary[@]}"
printf '  total wall time: %s\n' "$(elapsed "$started")"
if [ $failed -ne 0 ]; then
  echo "FAILED" >&2
  exit 1
fi
echo "all passed"
