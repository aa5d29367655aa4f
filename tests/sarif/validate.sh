#!/bin/sh
# Validates crosscheck's SARIF with the SARIF Multitool (npm @microsoft/sarif-multitool, a
# self-contained .NET build that runs on Linux x64). Fails on any error-level result.
#
#   tests/sarif/validate.sh CROSSCHECK_BIN CORPUS_OR_SARIF...
#
# An argument ending in .sarif is validated as it is; any other argument is a corpus that is
# linted first with `CROSSCHECK_BIN lint --format sarif CORPUS` (exit 0 or 1 both fine, it
# has findings or not). CROSSCHECK_BIN may be "-" when only .sarif files are given.
# The tool is installed once into $SARIF_MULTITOOL_DIR (default: sarif-multitool/ next to
# CROSSCHECK_BIN, or ~/.cache/crosscheck/sarif-multitool). When it cannot be installed or
# run, the script says why and exits 77, which ctest reports as skipped (SKIP_RETURN_CODE).
set -u

version=${SARIF_MULTITOOL_VERSION:-5.7.0}

if [ $# -lt 2 ]; then
  echo "usage: $0 CROSSCHECK_BIN CORPUS_OR_SARIF..." >&2
  exit 2
fi
bin=$1
shift

if [ -n "${SARIF_MULTITOOL_DIR:-}" ]; then
  cache=$SARIF_MULTITOOL_DIR
elif [ "$bin" != "-" ]; then
  cache=$(dirname "$bin")/sarif-multitool
else
  cache=${XDG_CACHE_HOME:-$HOME/.cache}/crosscheck/sarif-multitool
fi

skip() {
  echo "SKIP: $*" >&2
  exit 77
}

command -v node >/dev/null 2>&1 || skip "node is not installed (the Multitool comes from npm)"

tool=$cache/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ ! -f "$tool" ]; then
  command -v npm >/dev/null 2>&1 || skip "npm is not installed"
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) ;;
    *) skip "the Multitool's Linux build is x86_64 only; this is $(uname -s)-$(uname -m)" ;;
  esac
  mkdir -p "$cache" || skip "cannot create $cache"
  echo "installing @microsoft/sarif-multitool@$version into $cache" >&2
  npm install --prefix "$cache" --no-audit --no-fund --loglevel=error \
    "@microsoft/sarif-multitool@$version" >&2 || skip "npm install @microsoft/sarif-multitool@$version failed"
  [ -f "$tool" ] || skip "the npm package has no Linux binary at $tool"
fi
# npm may block the package's postinstall (chmod u+x); do it here.
[ -x "$tool" ] || chmod u+x "$tool" 2>/dev/null || skip "cannot make $tool executable"

run_tool() {
  "$tool" "$@"
}
if ! run_tool --version >/dev/null 2>&1; then
  # .NET aborts without libicu; the invariant mode needs none and is enough for validation.
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
  export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT
  run_tool --version >/dev/null 2>&1 || skip "$tool does not run here: $(run_tool --version 2>&1 | tail -1)"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/crosscheck-sarif.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT

status=0
n=0
for input in "$@"; do
  n=$((n + 1))
  case "$input" in
    *.sarif)
      sarif=$input
      if [ ! -f "$sarif" ]; then
        echo "FAIL: $sarif does not exist" >&2
        status=1
        continue
      fi
      ;;
    *)
      if [ "$bin" = "-" ]; then
        echo "FAIL: $input is a corpus but no CROSSCHECK_BIN was given" >&2
        status=1
        continue
      fi
      sarif=$work/lint-$n.sarif
      "$bin" lint --format sarif "$input" >"$sarif"
      lint_status=$?
      if [ $lint_status -gt 1 ]; then
        echo "FAIL: '$bin lint --format sarif $input' exited with $lint_status" >&2
        status=1
        continue
      fi
      ;;
  esac
  report=$work/validate-$n.json
  if ! run_tool validate "$sarif" --output "$report" --level Error Warning Note --rule-kind Sarif Gh \
      >"$work/validate-$n.log" 2>&1 || [ ! -s "$report" ]; then
    cat "$work/validate-$n.log" >&2
    echo "FAIL: the Multitool could not validate $sarif" >&2
    status=1
    continue
  fi
  # A result without a level is a warning (SARIF 3.27.10); only errors fail.
  node -e '
    const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    let errors = 0;
    for (const run of log.runs || []) {
      for (const r of run.results || []) {
        const level = r.level || "warning";
        const args = ((r.message || {}).arguments || []).join(" | ");
        console.error(`  ${level} ${r.ruleId}: ${args}`);
        if (level === "error") errors++;
      }
    }
    process.exit(errors > 0 ? 1 : 0);
  ' "$report"
  if [ $? -eq 0 ]; then
    echo "ok: $input" >&2
  else
    echo "FAIL: $input has error-level SARIF validation results" >&2
    status=1
  fi
done
exit $status
