#!/usr/bin/env bash
# The scale-out path against the one-process path: a LocalCluster with two worker processes
# on loopback runs scale/crosscheck_dask.py over a generated corpus of 20,000 articles; its
# findings must be exactly those of `crosscheck lint` on the same files, in the same order.
#
#   tests/scale/dask_test.sh BUILD_DIR SOURCE_DIR [DOCS]
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
docs=${3:-20000}
python=/usr/bin/python3  # Debian's, where python3-distributed is installed
"$python" -c 'import distributed' 2>/dev/null ||
  { echo "dask_test: python3-distributed is missing (bash scripts/install-deps.sh installs it)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bench/bench_extract" --docs "$docs" --seed 7 --write "$work/corpus"
# a file that cannot be read: named in both runs' diagnostics, the rest still checked
ln -s nowhere "$work/corpus/dangling.md"
cd "$work"
status=0
"$build/crosscheck" lint corpus --format json -q -o lint.json || status=$?
[ "$status" -eq 2 ] || { echo "dask_test: lint exited $status, expected 2 (one unreadable file)" >&2; exit 1; }
"$python" "$src/scale/crosscheck_dask.py" corpus --binary "$build/crosscheck" --workers 2 -o dask.json
# The generated corpus is one kind of story: every document names both of its event types, so
# their groups are the whole corpus and are checked once, with it. fixtures/eval has eight
# kinds of story: a group of its own per type.
"$build/crosscheck" lint "$src/fixtures/eval" --format json -q -o eval-lint.json || true
"$python" "$src/scale/crosscheck_dask.py" "$src/fixtures/eval" --binary "$build/crosscheck" --workers 2 -o eval-dask.json

"$python" - <<'PY'
import json, sys
lint = json.load(open("lint.json"))
dask = json.load(open("dask.json"))
a, b = lint["findings"], dask["findings"]
print(f"dask_test: lint {len(a)} findings, dask {len(b)} findings in groups {dask['groups']}, "
      f"stages {dask['seconds']}")
if len(a) < 100:
    sys.exit("dask_test: the generated corpus should give hundreds of findings")
if a != b:
    only_lint = [f["fingerprint"] for f in a if f not in b][:5]
    only_dask = [f["fingerprint"] for f in b if f not in a][:5]
    sys.exit(f"dask_test: findings differ; only in lint {only_lint}, only in dask {only_dask}")
if lint["diagnostics"] != dask["diagnostics"] or not any("dangling.md" in json.dumps(d) for d in dask["diagnostics"]):
    sys.exit("dask_test: diagnostics differ or miss the unreadable file")
eval_lint = json.load(open("eval-lint.json"))["findings"]
eval_dask = json.load(open("eval-dask.json"))
print(f"dask_test: fixtures/eval: lint {len(eval_lint)} findings, dask {len(eval_dask['findings'])} in groups "
      f"{eval_dask['groups']}, checked with the whole corpus {eval_dask['checked_with_whole_corpus']}")
if len(eval_dask["groups"]) < 4 or eval_dask["checked_with_whole_corpus"]:
    sys.exit("dask_test: fixtures/eval should give a group per kind of story, each checked apart")
if not eval_lint or eval_lint != eval_dask["findings"]:
    sys.exit("dask_test: fixtures/eval findings differ between lint and the driver")
print("dask_test: identical")
PY
