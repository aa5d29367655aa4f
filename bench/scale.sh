#!/usr/bin/env bash
# The cost of the three ways to run crosscheck over growing corpora (issue 12): `lint` (one
# process), `extract | check` (the claims stream between the two steps) and the Dask driver
# (scale/crosscheck_dask.py on a LocalCluster of W worker processes). Never run by ctest; run
# it on a Release build with nothing else busy:
#
#   bench/scale.sh [--docs "2000 5000 20000"] [--workers W] [--build DIR]
#
# Corpora come from bench_extract --write (~2.9 KB articles, seeded). Printed per size: wall
# seconds and peak RSS of each way, the claims stream's size, the Dask stages, and whether
# all three gave the same findings.
set -euo pipefail
sizes="2000 5000 20000"
workers=2
build=build
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) sizes=$2; shift 2 ;;
    --workers) workers=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "bench/scale.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$build" && pwd)
bin=$build/crosscheck
[ -x "$bin" ] || { echo "bench/scale.sh: no binary at $bin (build Release first)" >&2; exit 2; }
cmake --build "$build" --target bench_extract >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# measure NAME COMMAND...: wall seconds and peak RSS (MiB) of a command, into $wall/$rss
measure() {
  local name=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" >/dev/null 2>"$work/$name.err" || {
    local status=$?
    [ "$status" -eq 1 ] || { echo "bench/scale.sh: $name failed ($status):" >&2; tail -5 "$work/$name.err" >&2; exit 1; }
  }
  read -r wall rss < <(tail -n 1 "$work/$name.time")
  rss=$((rss / 1024))
}

printf '%-7s %-8s %-16s %-22s %-16s %-9s %s\n' docs MB "lint s (MiB)" "extract+check s (MiB)" "dask s (MiB)" "stream MB" "same findings"
for docs in $sizes; do
  rm -rf corpus
  "$build/bench/bench_extract" --docs "$docs" --seed 3 --write corpus >/dev/null
  mb=$(du -sm corpus | cut -f1)
  cat corpus/* >/dev/null  # warm the page cache
  measure lint "$bin" lint corpus --format json -q -o lint.json
  lint="$wall ($rss)"
  measure extract "$bin" extract corpus -q -o claims.jsonl
  extract_wall=$wall extract_rss=$rss
  measure check "$bin" check --claims claims.jsonl --format json -o check.json
  pipe="$(awk -v a="$extract_wall" -v b="$wall" 'BEGIN { printf "%.2f", a + b }') ($(( extract_rss > rss ? extract_rss : rss )))"
  stream=$(( $(stat -c %s claims.jsonl) / 1048576 ))
  measure dask /usr/bin/python3 "$src/scale/crosscheck_dask.py" corpus --binary "$bin" --workers "$workers" -o dask.json
  dask="$wall ($rss)"
  stages=$(sed -n 's/.*findings (\(.*\))/\1/p' dask.err)
  same=$(/usr/bin/python3 - <<'PY'
import json
l = json.load(open("lint.json"))
c = json.load(open("check.json"))
d = json.load(open("dask.json"))
print("yes" if l == c and l["findings"] == d["findings"] else "NO")
PY
)
  printf '%-7s %-8s %-16s %-22s %-16s %-9s %s\n' "$docs" "$mb" "$lint" "$pipe" "$dask" "$stream" "$same"
  echo "        dask stages: $stages"
done
echo "(peak RSS: the largest process of each way; for dask, of the driver and its worker processes)"
