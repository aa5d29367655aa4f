#!/usr/bin/env bash
# Times `crosscheck lint FILE` on inputs built to be costly (issue 9, part 2 "Bounded cost"):
# many counts in one sentence or document, one huge line, one huge file. Prints wall time and
# peak RSS per input against its target. Never run by ctest; run it on a Release build:
#
#   bench/hostile_sizes.sh [--bin build/crosscheck] [--only NAME]... [--keep] [--timeout S]
#
# Inputs are generated (seeded, so the same every run) into a temporary directory, removed
# afterwards unless --keep. Exit status 1 when an input misses its target.
set -euo pipefail

bin=build/crosscheck
keep=0
timeout_s=300
only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) bin=$2; shift 2 ;;
    --only) only+=("$2"); shift 2 ;;
    --keep) keep=1; shift ;;
    --timeout) timeout_s=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "hostile_sizes: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -x "$bin" ] || { echo "hostile_sizes: no binary at $bin (build Release first)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "hostile_sizes: needs /usr/bin/time (GNU time)" >&2; exit 2; }

dir=$(mktemp -d)
if [ "$keep" = 1 ]; then echo "inputs kept in $dir"; else trap 'rm -rf "$dir"' EXIT; fi

# name, target seconds, description (the generator below writes $dir/NAME.txt)
inputs=(
  "counts8000|2|8,000 counts in one sentence"
  "csv4000|2|4,000 lines 'i,N prisoners,M soldiers'"
  "prose4mb_lines|10|4 MB prose, a count every 20 words, a line per 20 words"
  "prose4mb_oneline|10|the same 4 MB without any newline"
  "counts100k|10|100,000 counts in one file (one list)"
  "onepara4mb|10|4 MB of short sentences with a count each, one paragraph, no newline"
  "events4mb|20|4 MB of dated events, tolls, parts, places and superlatives, paragraphs of four sentences (a claim every ~35 bytes)"
  "oneline50mb|30|50 MB prose without any newline"
  "corpus|60|the hostile corpus of tests/hostile/make_corpus.py (seeds, every bad input class, 8,000 counts in a sentence, a 50 MB line); peak RSS under 1024 MB"
)
declare -A rss_targets_mb=([corpus]=1024)
root=$(cd "$(dirname "$0")/.." && pwd)

wanted() {
  [ ${#only[@]} -eq 0 ] && return 0
  local n
  for n in "${only[@]}"; do [ "$n" = "$1" ] && return 0; done
  return 1
}

generate() {
  python3 - "$dir" "$1" <<'PY'
import random, sys
out, name = sys.argv[1], sys.argv[2]
random.seed(1)
words = "the prisoners were released on Monday and soldiers said officials in Kyiv exchange of war".split()

def prose(nbytes, newline):
    parts, size = [], 0
    while size < nbytes:
        s = " ".join(random.choice(words) for _ in range(20)) + f" {random.randint(1, 999)} prisoners."
        s += "\n" if newline else " "
        parts.append(s)
        size += len(s)
    return "".join(parts)

def count_list(n):
    return "The two sides exchanged " + ", ".join(f"{random.randint(1, 999)} prisoners" for _ in range(n)) + ".\n"

def one_paragraph(nbytes):
    parts, size = [], 0
    while size < nbytes:
        s = f"The soldiers said {random.randint(1, 999)} prisoners were released. "
        parts.append(s)
        size += len(s)
    return "".join(parts)

def events(nbytes):
    nat = ["Thai", "Nepali", "Filipino", "German"]
    places = ["Calder", "Norland", "Kerr County", "Valley Town"]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    months = ["January", "March", "May", "July", "September", "November"]
    kinds = ["an earthquake", "the flood", "a bombing", "the exchange", "the storm", "the crash"]
    def sentence():
        n, k = random.randint(1, 3000), random.randint(0, 5)
        if k == 0: return f"{n} {random.choice(nat)} hostages were released in {random.choice(places)} on {random.choice(days)}."
        if k == 1: return (f"The death toll from {random.choice(kinds)} in {random.choice(places)} rose to {n} on "
                           f"{random.choice(months)} {random.randint(1, 28)}, 2025, officials said.")
        if k == 2: return f"Of the {n} dead, {random.randint(1, n)} were children."
        if k == 3: return (f"At least {n} people were injured after {random.choice(kinds)} over three days, "
                           f"ending on {random.choice(days)}, the largest since {random.randint(1990, 2024)}.")
        if k == 4: return f"Each side released {n} prisoners of war on {random.choice(days)}, {random.choice(months)} {random.randint(1, 28)}."
        return f"The second stage saw {n} people evacuated from {random.choice(places)}."
    parts, size = [], 0
    while size < nbytes:
        s = " ".join(sentence() for _ in range(4)) + "\n\n"
        parts.append(s)
        size += len(s)
    return "".join(parts)

make = {
    "counts8000": lambda: count_list(8000),
    "csv4000": lambda: "".join(f"{i},{random.randint(1, 999)} prisoners,{random.randint(1, 999)} soldiers\n"
                               for i in range(4000)),
    "prose4mb_lines": lambda: prose(4_000_000, True),
    "prose4mb_oneline": lambda: prose(4_000_000, False),
    "counts100k": lambda: count_list(100_000),
    "oneline50mb": lambda: prose(50_000_000, False),
    "onepara4mb": lambda: one_paragraph(4_000_000),
    "events4mb": lambda: events(4_000_000),
}
with open(f"{out}/{name}.txt", "w") as f:
    f.write(make[name]())
PY
}

printf '%-18s %10s %10s %8s %12s  %s\n' input size seconds target "peak RSS" ""
failed=0
for spec in "${inputs[@]}"; do
  IFS='|' read -r name target about <<<"$spec"
  wanted "$name" || continue
  if [ "$name" = corpus ]; then
    file="$dir/corpus"
    python3 "$root/tests/hostile/make_corpus.py" "$file" --seeds "$root/../shared/seeds" --big-line-mb 50 >/dev/null
    size=$(du -sb "$file" 2>/dev/null | cut -f1)
    find "$file" -type f -exec cat {} + >/dev/null 2>&1 || true
  else
    generate "$name"
    file="$dir/$name.txt"
    size=$(stat -c %s "$file")
    cat "$file" >/dev/null  # warm the page cache
  fi
  status=0
  timeout "$timeout_s" /usr/bin/time -f '%e %M' -o "$dir/time" "$bin" lint "$file" >/dev/null 2>"$dir/err" || status=$?
  # lint exits 2 on the hostile corpus by design (some inputs cannot be read); only a kill counts
  [ "$status" = 2 ] && [ "$name" = corpus ] && status=0
  if [ "$status" = 124 ] || [ ! -s "$dir/time" ] || grep -q "Command terminated" "$dir/time"; then
    printf '%-18s %10s %10s %8s %12s  %s\n' "$name" "$size" "> $timeout_s" "$target" "-" "MISSED (killed or timed out): $about"
    failed=1
    continue
  fi
  read -r seconds rss_kb < <(tail -1 "$dir/time")
  verdict=ok
  awk -v s="$seconds" -v t="$target" 'BEGIN { exit !(s >= t) }' && { verdict=MISSED; failed=1; }
  rss_target=${rss_targets_mb[$name]:-}
  [ -n "$rss_target" ] && [ $((rss_kb / 1024)) -ge "$rss_target" ] && { verdict="MISSED (memory)"; failed=1; }
  printf '%-18s %10s %10s %8s %9d MB  %s\n' "$name" "$size" "$seconds" "< $target" $((rss_kb / 1024)) "$verdict: $about"
  chmod -R u+rwx "$file" 2>/dev/null || true
  rm -rf "$file"
done
exit $failed
