#!/usr/bin/env bash
# e2e/jbang-smoke.sh REPO_ROOT OUTDIR [ARGS...] — run the generator the way users do:
#   jbang scaffold@<catalog> new OUTDIR --defaults ARGS...   then, in OUTDIR, jbang scaffold@<catalog> check .
# from REPO_ROOT/jbang-catalog.json (alias "scaffold"), with a fresh, empty JBang home (so nothing
# cached by an earlier run is reused: JBang resolves, compiles and runs from scratch).
#
# The catalog is registered with `jbang catalog add --global` from a scratch working directory:
# without --global, `catalog add` rewrites a jbang-catalog.json found in the current directory.
# Maven artifacts: JBANG_REPO as given (JBangIT passes a fresh repository holding only the jar it just
# built), else an empty one in the scratch folder, so the alias's coordinates and every dependency are
# resolved from scratch too, never from ~/.m2.
# Checks: the JBang home holds no cache before the run and JBang's cache afterwards (proof that the
# run used this fresh home), a class-data-sharing archive in that cache when the alias sets "cds", jbang exits 0 and OUTDIR/Dockerfile exists, and
# `jbang ALIAS@CATALOG check .` (what the generated workflow's check job runs) passes in OUTDIR. Prints key=value lines
# (jbang_cache=fresh); exit 1 on a failed check, 2 on usage/setup errors.
# Env: SCAFFOLD_JBANG_CATALOG (catalog name, default scaffold-ci), SCAFFOLD_JBANG_ALIAS (default
# scaffold), SCAFFOLD_JBANG_TIMEOUT (seconds, default 600), SCAFFOLD_JBANG_KEEP=1 keeps the JBang home.
set -euo pipefail

[ $# -ge 2 ] || { echo "usage: e2e/jbang-smoke.sh REPO_ROOT OUTDIR [ARGS...]" >&2; exit 2; }
REPO_ROOT=$(cd "$1" && pwd) || exit 2
OUTDIR=$2; shift 2
case "$OUTDIR" in /*) ;; *) OUTDIR=$PWD/$OUTDIR ;; esac
CATALOG_NAME=${SCAFFOLD_JBANG_CATALOG:-scaffold-ci}
ALIAS=${SCAFFOLD_JBANG_ALIAS:-scaffold}
TIMEOUT=${SCAFFOLD_JBANG_TIMEOUT:-600}
[ -f "$REPO_ROOT/jbang-catalog.json" ] || { echo "jbang-smoke: no jbang-catalog.json in $REPO_ROOT" >&2; exit 2; }

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JBANG=$("$HERE/jbang-setup.sh") || { echo "jbang-smoke: jbang-setup.sh failed" >&2; exit 2; }

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/scaffold-jbang-smoke.XXXXXX")
cleanup() {
  if [ "${SCAFFOLD_JBANG_KEEP:-0}" = 1 ]; then echo "jbang-smoke: kept $SCRATCH" >&2; else rm -rf "$SCRATCH"; fi
}
trap cleanup EXIT
export JBANG_DIR=$SCRATCH/jbang-home # fresh JBang home: config, catalogs and cache
unset JBANG_CACHE_DIR
export JBANG_REPO=${JBANG_REPO:-$SCRATCH/m2}
mkdir -p "$SCRATCH/cwd" "$JBANG_DIR"
cd "$SCRATCH/cwd"

kv() { printf '%s=%s\n' "$1" "$2"; }
fail() { echo "jbang-smoke: FAIL: $*" >&2; kv result fail; exit 1; }

kv jbang "$JBANG"
kv jbang_version "$("$JBANG" --version 2>&1 | tail -1)"
"$JBANG" catalog add --global --name "$CATALOG_NAME" "$REPO_ROOT/jbang-catalog.json" </dev/null >"$SCRATCH/catalog-add.log" 2>&1 ||
  { cat "$SCRATCH/catalog-add.log" >&2; fail "jbang catalog add failed"; }

[ ! -e "$JBANG_DIR/cache/jars" ] && [ -z "$(find "$JBANG_DIR" -name '*.jar' -print -quit)" ] ||
  fail "the JBang home $JBANG_DIR already holds cached jars before the run"

echo "jbang-smoke: jbang $ALIAS@$CATALOG_NAME new $OUTDIR --defaults $*" >&2
t0=$(date +%s.%N)
set +e
timeout "$TIMEOUT" "$JBANG" "$ALIAS@$CATALOG_NAME" new "$OUTDIR" --defaults "$@" </dev/null >"$SCRATCH/run.log" 2>&1
rc=$?
set -e
kv jbang_run_s "$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')"
kv exit_code "$rc"
if [ "$rc" != 0 ]; then
  tail -40 "$SCRATCH/run.log" >&2
  fail "jbang $ALIAS@$CATALOG_NAME exited $rc"
fi
[ -f "$OUTDIR/Dockerfile" ] || { tail -40 "$SCRATCH/run.log" >&2; fail "$OUTDIR/Dockerfile was not generated"; }
[ -d "$JBANG_DIR/cache" ] || fail "JBang left no cache in $JBANG_DIR: the run did not use the fresh home"
kv jbang_cache fresh
# An alias with "cds": true records a class-data-sharing archive on its first run, which later runs use.
if python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))["aliases"][sys.argv[2]].get("cds") else 1)' \
    "$REPO_ROOT/jbang-catalog.json" "$ALIAS" 2>/dev/null; then
  [ -n "$(find "$JBANG_DIR/cache" -name '*.jsa' -print -quit)" ] || fail "the alias asks for CDS but the run recorded no archive"
  kv jbang_cds_archive recorded
fi

# What the generated workflow's check job runs: scaffold check through JBang, on the new repository.
set +e
(cd "$OUTDIR" && timeout "$TIMEOUT" "$JBANG" "$ALIAS@$CATALOG_NAME" check .) </dev/null >"$SCRATCH/check.log" 2>&1
rc=$?
set -e
kv check_exit_code "$rc"
[ "$rc" = 0 ] || { tail -40 "$SCRATCH/check.log" >&2; fail "jbang $ALIAS@$CATALOG_NAME check . exited $rc"; }
kv result ok
