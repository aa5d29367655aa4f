#!/usr/bin/env bash
# Times the HTML report with many findings in Debian's headless Chromium: generates a corpus
# of N events reported twice with different figures (N count-mismatch findings), writes the
# report with `lint --format html`, and runs bench/html_report.mjs (playwright-core, installed
# here into bench/node_modules from npm). Issue 10's target: opening and filtering 5,000
# findings stays under a second.
#   bench/html_report.sh [FINDINGS] [BUILD_DIR]    (default 5000, build)
set -euo pipefail
source "$(dirname "$0")/../scripts/common.sh"
cd "$crosscheck_root"
n=${1:-5000}
build=${2:-build}
command -v chromium >/dev/null || die "chromium is not installed (sudo apt-get install chromium)"
[ -d bench/node_modules/playwright-core ] ||
  (cd bench && npm install --no-audit --no-fund --no-save playwright-core@1 >/dev/null) || die "npm install failed"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/corpus" "$n" <<'PY'
import datetime, pathlib, sys
root, n = pathlib.Path(sys.argv[1]), int(sys.argv[2])
root.mkdir(parents=True)
start = datetime.date(2010, 1, 1)
for i in range(n):
    day = start + datetime.timedelta(days=i)
    published = day + datetime.timedelta(days=1)
    when = f"{day:%B} {day.day}, {day.year}"
    for side, figure in (("a", 100 + i), ("b", 10000 + i)):
        (root / f"{i:05d}{side}.md").write_text(
            f"---\nsource: Outlet {side.upper()}{i}\npublished: {published.isoformat()}\n---\n"
            f"On {when}, the two sides exchanged {figure} prisoners each, officials said.\n")
PY
"$build/crosscheck" lint "$work/corpus" --format html -o "$work/report.html" || [ $? -eq 1 ]
say "report: $(du -h "$work/report.html" | cut -f1)"
node bench/html_report.mjs "$work/report.html" --runs 3
