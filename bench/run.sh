#!/usr/bin/env bash
# The benchmark of issue 11: `crosscheck lint` and `crosscheck claims` against `grep -rc` on
# the same generated corpus in the same run. Never run by ctest; run it on a Release build:
#
#   bench/run.sh SIZE_MB [--runs R] [--threads J] [--build DIR] [--seed N] [--keep]
#
# The corpus is bench_extract's (seeded, reproducible: ~2.9 KB Markdown articles with front
# matter, several outlets' phrasings, scope and breakdown paragraphs, claim-free filler, 5% of
# them with a wrong figure), as many articles as make SIZE_MB. Each command runs R times
# (default 3) after the page cache is warmed; printed: the median wall time, MB/s, the ratio
# to grep's throughput and the peak RSS (GNU time), with -j J (default 1) for crosscheck.
set -euo pipefail
trap 'echo "bench/run.sh: failed at line $LINENO" >&2' ERR

[ $# -ge 1 ] || { sed -n '2,11p' "$0"; exit 2; }
size_mb=$1
shift
runs=3
threads=1
build=build
seed=1
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
bin=$build/crosscheck
[ -x "$bin" ] || { echo "bench/run.sh: no binary at $bin (build Release first)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench/run.sh: needs /usr/bin/time (GNU time)" >&2; exit 2; }
cmake --build "$build" --target bench_extract >/dev/null

docs=$(awk -v mb="$size_mb" 'BEGIN { n = int(mb * 1024 * 1024 / 2950 + 0.5); print (n < 1 ? 1 : n) }')
corpus=$("$build/bench/bench_extract" --docs "$docs" --threads 1 --seed "$seed" --keep | sed -n 's/^kept *//p')
[ -d "$corpus" ] || { echo "bench/run.sh: bench_extract kept no corpus" >&2; exit 1; }
work=$(mktemp -d)
if [ "$keep" = 1 ]; then
  trap 'rm -rf "$work"' EXIT
  echo "corpus kept in $corpus"
else
  trap 'rm -rf "$work" "$corpus"' EXIT
fi
bytes=$(find "$corpus" -type f -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { print s }')
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
cat "$corpus"/*.md >/dev/null  # warm the page cache

# run NAME COMMAND...: R runs; appends "seconds kilobytes" per run to $work/NAME
run() {
  local name=$1
  shift
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/t" "$@" >/dev/null 2>&1 || true
    tail -n 1 "$work/t" >>"$work/$name"
  done
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

run grep grep -rc --include='*.md' prisoners "$corpus"
run lint "$bin" lint "$corpus" -j "$threads" --format json
run claims "$bin" claims "$corpus" -j "$threads" --format json

g=$(cut -d' ' -f1 "$work/grep" | median)
echo "corpus: $docs articles, $mb MB (seed $seed); crosscheck -j $threads; medians of $runs runs ($(date -u +%F))"
printf '%-8s %9s %10s %13s %14s\n' command seconds "MB/s" "of grep's" "peak RSS MB"
for name in grep lint claims; do
  s=$(cut -d' ' -f1 "$work/$name" | median)
  k=$(cut -d' ' -f2 "$work/$name" | sort -n | tail -n 1)
  awk -v n="$name" -v s="$s" -v g="$g" -v mb="$mb" -v k="$k" 'BEGIN {
    rate = 0; if (s > 0) rate = mb / s
    grate = 0; if (g > 0) grate = mb / g
    share = 0; if (grate > 0) share = 100 * rate / grate
    printf "%-8s %9.2f %10.1f %12.1f%% %14.0f\n", n, s, rate, share, k / 1024 }'
done
awk -v mb="$mb" 'BEGIN { printf "memory target (issue 11): peak RSS under %.0f MB (half the corpus + 100 MiB)\n", mb / 2 + 100 }'
