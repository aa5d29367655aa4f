#!/usr/bin/env bash
# Formats C++ files in place with .clang-format (clang-format 14).
#
#   scripts/format.sh [FILE...]   (default: every tracked *.cpp and *.hpp)
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$crosscheck_root"

cf=$(find_clang_format) || die "clang-format not found (scripts/install-deps.sh installs it)"
check_clang_format_version "$cf"
if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(cpp_sources)
fi
[ ${#files[@]} -gt 0 ] || exit 0
"$cf" --style=file -i "${files[@]}"
say "formatted ${#files[@]} files"
