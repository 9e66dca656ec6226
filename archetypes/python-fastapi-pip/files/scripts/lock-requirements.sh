#!/bin/sh
# Writes requirements.txt: the dependencies of pyproject.toml and all of theirs, each pinned with ==,
# resolved by uv (https://docs.astral.sh/uv/) for every platform and Python 3.11 or newer. Pins that
# requirements.txt already holds are kept while they still fit: only what you changed moves.
#
#   scripts/lock-requirements.sh                       after editing the dependencies in pyproject.toml
#   scripts/lock-requirements.sh --upgrade-package X   moves X (and what it needs) to its newest version
#   scripts/lock-requirements.sh --upgrade             moves everything
#   scripts/lock-requirements.sh --check               exits 1, showing the difference, unless
#                                                      requirements.txt is what this script would write
set -eu
cd "$(dirname "$0")/.."

lock() {
    uv pip compile pyproject.toml --universal --python-version 3.11 --quiet \
        --custom-compile-command scripts/lock-requirements.sh "$@"
}

if [ "${1:-}" != --check ]; then
    lock --output-file requirements.txt "$@"
    exit 0
fi
# Compile into a copy (uv keeps the pins it finds in its output file) and compare.
expected=$(mktemp)
trap 'rm -f "$expected"' EXIT
cp requirements.txt "$expected"
lock --output-file "$expected"
if ! diff -u requirements.txt "$expected"; then
    echo "requirements.txt is out of date with pyproject.toml: run scripts/lock-requirements.sh" >&2
    exit 1
fi
echo "requirements.txt is up to date with pyproject.toml"
