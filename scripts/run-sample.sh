#!/usr/bin/env bash
# Quick start: installs the dependencies, builds crosscheck (Release, in build/) and lints
# the sample corpus. The sample has contradictions on purpose, so exit status 1 from
# crosscheck (findings) is the expected demo; this script exits 0 then, 2 on any failure.
set -uo pipefail
source "$(dirname "$0")/common.sh"
cd "$crosscheck_root"

bash scripts/install-deps.sh || exit 2
configure_build build Release || exit 2
cmake --build build -j"$(jobs_count)" --target crosscheck || exit 2

say "build/crosscheck lint examples/sample-corpus"
build/crosscheck lint examples/sample-corpus
status=$?
case $status in
  0) say "no findings" ; exit 0 ;;
  1) say "findings above: crosscheck exits 1 when a contradiction fails the gate" ; exit 0 ;;
  *) say "crosscheck failed with exit status $status" ; exit 2 ;;
esac
