#!/usr/bin/env bash
# Renders the HTML report of the sample corpus in headless Chromium (Debian's package) and
# saves a screenshot: docs/images/report-sample.png, shown in the README.
#   scripts/report-screenshot.sh [BUILD_DIR]   (default build)
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$crosscheck_root"
build=${1:-build}
command -v chromium >/dev/null || die "chromium is not installed (sudo apt-get install chromium)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/crosscheck" lint examples/sample-corpus --format html -o "$work/report.html" || [ $? -eq 1 ]
mkdir -p docs/images
# The flags keep Chromium off the network (a closed sandbox refuses its background connections).
timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
  --user-data-dir="$work/profile" --window-size=1280,1100 --screenshot="$work/shot.png" \
  "file://$work/report.html" >/dev/null 2>&1
[ -s "$work/shot.png" ] || die "chromium wrote no screenshot"
mv "$work/shot.png" docs/images/report-sample.png
say "wrote docs/images/report-sample.png"
