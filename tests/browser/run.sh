#!/bin/sh
# The browser test (tests/browser/review_app.mjs) with what it needs: Debian's chromium, node,
# and playwright-core from npm (installed once into tests/browser/node_modules). Exits 77 --
# ctest's "skipped" -- when one of them cannot be had, saying which.
#   tests/browser/run.sh CROSSCHECK_BIN SAMPLE_CORPUS SEEDS_DIR SCREENSHOT_PNG
set -u
bin=$1 sample=$2 seeds=$3 screenshot=$4
here=$(cd "$(dirname "$0")" && pwd)
[ -x /usr/bin/chromium ] || { echo "skipped: /usr/bin/chromium is not installed (apt-get install chromium)"; exit 77; }
command -v node >/dev/null 2>&1 || { echo "skipped: node is not installed"; exit 77; }
if [ ! -d "$here/node_modules/playwright-core" ]; then
  (cd "$here" && npm install --no-audit --no-fund --no-save playwright-core@1 >/dev/null 2>&1) ||
    { echo "skipped: npm could not install playwright-core"; exit 77; }
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$(dirname "$screenshot")"
cp "$seeds"/* "$work/corpus/"
node "$here/review_app.mjs" "$bin" "$work/corpus" "$sample" "$screenshot"
