#!/usr/bin/env bash
# The installed tool: `cmake --install BUILD --prefix DIR` gives DIR/bin/crosscheck, which reads
# its rules, lexicon and facts from DIR/share/crosscheck (never the source tree it was built
# in) and prints the README's output for the sample corpus.
#
#   tests/install/install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "install_test: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$work/prefix" > "$work/install.log"
bin="$work/prefix/bin/crosscheck"
[ -x "$bin" ] || fail "no $bin after cmake --install"
for d in rules lexicon/en facts; do
  [ -d "$work/prefix/share/crosscheck/$d" ] || fail "no share/crosscheck/$d after cmake --install"
done

# The data comes from the prefix, not from the source tree.
version=$(env -u CROSSCHECK_DATA_DIR "$bin" --version)
grep -q "data: $work/prefix/share/crosscheck (installed with the binary)" <<< "$version" ||
  fail "installed binary does not read its installed data: $version"

# CROSSCHECK_DATA_DIR overrides both.
grep -q "data: $source (CROSSCHECK_DATA_DIR)" <<< "$(CROSSCHECK_DATA_DIR="$source" "$bin" --version)" ||
  fail "CROSSCHECK_DATA_DIR is not honoured"

# The README's session, run from elsewhere with a copy of the sample corpus.
mkdir -p "$work/run/examples"
cp -r "$source/examples/sample-corpus" "$work/run/examples/"
set +e
(cd "$work/run" && env -u CROSSCHECK_DATA_DIR "$bin" lint examples/sample-corpus) > "$work/actual.txt" 2>&1
status=$?
set -e
[ "$status" -eq 1 ] || fail "lint exited $status, the README says 1"
sed -n '/^\$ build\/crosscheck lint examples\/sample-corpus$/,/^\$ echo \$?$/p' "$source/README.md" |
  sed '1d;$d' > "$work/expected.txt"
[ -s "$work/expected.txt" ] || fail "README has no lint session to compare with"
diff -u "$work/expected.txt" "$work/actual.txt" || fail "installed lint differs from the README"

# Changing the installed data changes what the installed tool does: without the installed
# weekday rule, the sample corpus's wrong weekday is no longer reported.
rm "$work/prefix/share/crosscheck/rules/weekday-mismatch.yaml"
(cd "$work/run" && env -u CROSSCHECK_DATA_DIR "$bin" lint examples/sample-corpus > "$work/after.txt" 2>&1) || true
! grep -q "weekday-mismatch" "$work/after.txt" || fail "the installed tool still reads a rule removed from its data"
echo "install_test: ok"
