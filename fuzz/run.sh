#!/usr/bin/env bash
# Runs the libFuzzer targets built by the sanitizer build (build-asan/, CROSSCHECK_FUZZ=ON).
#
#   fuzz/run.sh TARGET SECONDS   a campaign: `nice -n 19`, corpus kept in fuzz/corpus/TARGET,
#                                one line per run appended to fuzz/campaigns.tsv; it stops
#                                early after $FUZZ_RUNS executions when that is set
#   fuzz/run.sh --ci SECONDS     every target for SECONDS on a fresh copy of its seeds, as many
#                                at once as there are cores ($FUZZ_JOBS); fails on any finding
#   fuzz/run.sh --table          executions per target summed from fuzz/campaigns.tsv (README)
#
# A finding is any crash, sanitizer report, leak, input slower than $FUZZ_TIMEOUT seconds
# (default 10) or a process over $FUZZ_RSS_MB MB (default 1024); its input is written to
# the artifacts directory printed. FUZZ_BUILD (default build-asan) names the build directory;
# FUZZ_FLAGS adds libFuzzer flags (-entropic=0 runs the slow end-to-end targets about ten
# times faster: the entropic schedule's bookkeeping grows with their feature count).
set -uo pipefail
source "$(dirname "$0")/../scripts/common.sh"
cd "$crosscheck_root"

build=${FUZZ_BUILD:-build-asan}
log_file=fuzz/campaigns.tsv
limits=(-timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb="${FUZZ_RSS_MB:-1024}" -malloc_limit_mb="${FUZZ_RSS_MB:-1024}"
  -print_final_stats=1 ${FUZZ_RUNS:+-runs=$FUZZ_RUNS} ${FUZZ_FLAGS:-})

targets() {
  [ -f "$build/fuzz/targets.txt" ] || die "no fuzz targets in $build (configure it with -DCMAKE_CXX_COMPILER=clang++ -DCROSSCHECK_SANITIZE=ON -DCROSSCHECK_FUZZ=ON)"
  cat "$build/fuzz/targets.txt"
}

# fuzz_once TARGET SECONDS CORPUS ARTIFACTS LOG [MORE CORPUS DIRS...]: runs one target; the
# new inputs go to CORPUS, a finding's input to ARTIFACTS.
fuzz_once() {
  local target=$1 seconds=$2 corpus=$3 artifacts=$4 log=$5
  shift 5
  mkdir -p "$corpus" "$artifacts"
  # a hard wall-clock bound too: a hang inside the sanitizer runtime must not stall CI
  timeout --kill-after=10 $((seconds + 120)) "$build/fuzz/$target" "${limits[@]}" -max_total_time="$seconds" -artifact_prefix="$artifacts/" \
    "$corpus" "$@" >"$log" 2>&1
}

executions() { sed -n 's/^stat::number_of_executed_units: *//p' "$1" | tail -1; }

campaign() {
  local target=$1 seconds=$2 log status seeds
  local work=fuzz/corpus/$target
  targets | grep -qx "$target" || die "no fuzz target '$target' (see $build/fuzz/targets.txt)"
  seeds=$(mktemp -d)
  python3 fuzz/make_seeds.py "$seeds" >/dev/null || die "seed generation failed"
  log=$(mktemp)
  say "$target for ${seconds}s (log: $log)"
  local started=$SECONDS
  nice -n 19 "$0" --internal-once "$target" "$seconds" "$work" "fuzz/artifacts/$target" "$log" "$seeds/$target"
  status=$?
  rm -rf "$seeds"
  [ -f "$log_file" ] || printf 'date\tcommit\ttarget\tseconds\texecutions\tcorpus\tresult\n' >"$log_file"
  local result=clean
  # 72 is libFuzzer's exit status when interrupted (Ctrl-C, kill -INT): stopped, nothing found.
  [ $status -eq 72 ] && status=0 result="clean (interrupted)"
  [ $status -eq 0 ] || result="finding (exit $status, see fuzz/artifacts/$target)"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%F)" "$(git rev-parse --short HEAD)" "$target" "$((SECONDS - started))" \
    "$(executions "$log")" "$(find "$work" -type f | wc -l)" "$result" >>"$log_file"
  tail -1 "$log_file"
  [ $status -eq 0 ] || { tail -40 "$log"; return 1; }
}

# --ci: each target on its seeds and regressions; the working corpus is thrown away.
ci() {
  local seconds=$1 work="$build/fuzz/ci" failed=0 running=0 t
  rm -rf "$work"
  python3 fuzz/make_seeds.py "$work/seeds" >/dev/null || die "seed generation failed"
  local -A pid_target=()
  for t in $(targets); do
    local extra=("$work/seeds/$t")
    [ -d "fuzz/regressions/$t" ] && extra+=("fuzz/regressions/$t")
    fuzz_once "$t" "$seconds" "$work/corpus/$t" "$work/artifacts/$t" "$work/$t.log" "${extra[@]}" &
    pid_target[$!]=$t
    running=$((running + 1))
    if [ $running -ge "${FUZZ_JOBS:-$(jobs_count)}" ]; then
      wait_one || failed=1
      running=$((running - 1))
    fi
  done
  while [ $running -gt 0 ]; do
    wait_one || failed=1
    running=$((running - 1))
  done
  return $failed
}

# Waits for one target of --ci and reports it (uses ci's pid_target and work).
wait_one() {
  local pid status
  wait -n -p pid
  status=$?
  local t=${pid_target[$pid]}
  if [ $status -eq 0 ]; then
    say "$t: $(executions "$work/$t.log") executions, clean"
    return 0
  fi
  warn "$t: FINDING (exit $status); input in $work/artifacts/$t/, log $work/$t.log"
  grep -E 'ERROR|SUMMARY|Test unit written|invariant|Timeout|out-of-memory' "$work/$t.log" | head -20 >&2
  return 1
}

table() {
  [ -f "$log_file" ] || die "no $log_file yet"
  printf '| target | executions | fuzzing time | corpus | findings | last run | commit |\n|---|---:|---:|---:|---|---|---|\n'
  awk -F'\t' 'NR > 1 {
      e[$3] += $5; s[$3] += $4; c[$3] = $6; d[$3] = $1; h[$3] = $2
      if ($7 ~ /^finding/) f[$3]++
    }
    END { for (t in e) printf "| %s | %d | %dh%02dm | %d | %d | %s | %s |\n", t, e[t], s[t] / 3600, (s[t] % 3600) / 60, c[t], f[t], d[t], h[t] }' \
    "$log_file" | sort
}

case "${1:-}" in
  --ci) ci "${2:?seconds per target}" ;;
  --table) table ;;
  --internal-once) shift; fuzz_once "$@" ;;
  -h|--help|"") sed -n '2,15s/^# \{0,1\}//p' "$0"; exit 0 ;;
  *) campaign "$1" "${2:?seconds}" ;;
esac
