#!/usr/bin/env bash
# Times `crosscheck lint --cache` (issue 11: a warm run after changing one article of N is to
# be at least 10 times faster than a cold one, with byte-identical output). Never run by
# ctest; run it on a Release build:
#
#   bench/cache.sh [--docs N] [--runs R] [--threads J] [--build DIR]
#
# Generates N synthetic articles with bench_extract (seeded), then, R times each: lint without
# a cache (cold), lint with an empty cache (cold, filling it), append a sentence to one article
# and lint with the filled cache (warm). Prints the medians, the ratio cold/warm, and checks
# the warm output is the same bytes as a run without a cache.
set -euo pipefail
trap 'echo "cache.sh: failed at line $LINENO" >&2' ERR

docs=10000
runs=3
threads=1
build=build
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) docs=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "cache.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
bin=$build/crosscheck
[ -x "$bin" ] || { echo "cache.sh: no binary at $bin (build Release first)" >&2; exit 2; }
cmake --build "$build" --target bench_extract >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus=$("$build/bench/bench_extract" --docs "$docs" --threads 1 --keep | sed -n 's/^kept *//p')
[ -d "$corpus" ] || { echo "cache.sh: bench_extract kept no corpus" >&2; exit 1; }
trap 'rm -rf "$work" "$corpus"' EXIT
size=$(du -sm "$corpus" | cut -f1)

seconds() { /usr/bin/time -f %e -o "$work/t" "$@" >"$work/out.json" 2>/dev/null || true; tail -n 1 "$work/t"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

cat "$corpus"/*.md >/dev/null  # warm the page cache
: >"$work/plain" ; : >"$work/cold" ; : >"$work/warm"
articles=("$corpus"/*.md)
one=${articles[0]}
for r in $(seq "$runs"); do
  seconds "$bin" lint "$corpus" -j "$threads" --format json >>"$work/plain"
  rm -rf "$work/cache"
  seconds "$bin" lint "$corpus" -j "$threads" --format json --cache "$work/cache" >>"$work/cold"
  echo "The river rose again on run $r, officials said." >>"$one"
  seconds "$bin" lint "$corpus" -j "$threads" --format json --cache "$work/cache" >>"$work/warm"
  cp "$work/out.json" "$work/warm.json"
  "$bin" lint "$corpus" -j "$threads" --format json >"$work/plain.json" 2>/dev/null || true
  cmp -s "$work/warm.json" "$work/plain.json" || { echo "cache.sh: warm output differs from a run without cache" >&2; exit 1; }
done
p=$(median <"$work/plain"); c=$(median <"$work/cold"); w=$(median <"$work/warm")
echo "corpus: $docs articles, $size MB; -j $threads; medians of $runs runs"
echo "no cache:          $p s"
echo "cold (fills it):   $c s"
echo "warm (1 changed):  $w s"
echo "cache size:        $(du -sm "$work/cache" | cut -f1) MB"
awk -v p="$p" -v w="$w" 'BEGIN { printf "no cache / warm:   %.1fx (target: at least 10x)\n", p / w }'
echo "warm output: identical to a run without the cache"
