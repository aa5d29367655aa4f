#!/usr/bin/env bash
# Fails when a tracked C++ file is not formatted as .clang-format says, and lists them.
# Exit 0 formatted, 1 not formatted, 2 no clang-format. Fix with scripts/format.sh.
#
#   scripts/check-format.sh [FILE...]   (default: every tracked *.cpp and *.hpp)
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$crosscheck_root"

cf=$(find_clang_format) || { printf 'error: clang-format not found (scripts/install-deps.sh installs it)\n' >&2; exit 2; }
check_clang_format_version "$cf"

if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(cpp_sources)
fi
[ ${#files[@]} -gt 0 ] || { say "no C++ files to check"; exit 0; }

# One clang-format run for all files; each violation is reported as "path:line:col: error:".
report=$("$cf" --style=file --dry-run --Werror "${files[@]}" 2>&1 >/dev/null) && status=0 || status=$?
if [ $status -eq 0 ]; then
  say "format: ${#files[@]} files formatted"
  exit 0
fi
mapfile -t bad < <(printf '%s\n' "$report" | sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' | sort -u)
if [ ${#bad[@]} -eq 0 ]; then
  printf '%s\n' "$report" >&2
  die "clang-format failed"
fi
printf '%s\n' "${bad[@]}"
printf 'format: %d of %d files are not formatted; run scripts/format.sh (clang-format %s)\n' \
  "${#bad[@]}" "${#files[@]}" "$("$cf" --version | sed -n 's/.*version \([0-9.]*\).*/\1/p')" >&2
exit 1
