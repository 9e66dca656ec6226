#!/usr/bin/env bash
# bench/startup.sh [RUNS [BASELINE_CHECKOUT]] — start-up of `scaffold new DIR --defaults` against two baselines, alternated
# in one run (A B C D, A B C D, ...) so that the load of a shared machine hits every command alike:
#   launcher   ./scaffold new OUT --defaults            (the checkout launcher: AOT cache or CDS archive)
#   cookiecutter  cookiecutter --no-input of an equivalent 12-file template, then git init/add/commit
#   jbang-scaffold  jbang scaffold@bench new OUT --defaults  (alias of jbang-catalog.json, warm JBang cache)
#   jbang-init    jbang init -t of a 12-file Qute template (JBang's own generator, same warm JBang home)
# With BASELINE_CHECKOUT (another checkout, e.g. `git archive main | tar -x -C /tmp/base`), its launcher
# and its jar through JBang (own Maven repository and JBang home) join the alternation as "…@base".
# With a JDK 25+ installed (SCAFFOLD_BENCH_JAVA25, else found under /usr/lib/jvm), the launcher on it
# (AOT cache instead of CDS archive) joins as "launcher@jdk25".
# Prints per command the median wall time, median CPU seconds (user+sys, children included) and median
# peak RSS (of the largest process), the two ratios, the classes each scaffold JVM loads, and the first
# `jbang scaffold@bench new` from an empty JBang home (median of 3).
#
# The JBang set-up is e2e/jbang-smoke.sh's: JBang from Maven Central (e2e/jbang-setup.sh), this build's
# jar and dependency-reduced pom published to a scratch Maven repository (JBANG_REPO), and a scratch
# JBang home (JBANG_DIR) with jbang-catalog.json added as catalog "bench".
# The 12-file templates are made from what `scaffold new` generates (python-fastapi-uv, without uv.lock,
# which is copied verbatim, and the answers file), braces replaced so that neither Jinja nor Qute reads
# them as expressions, and the project name as the one template variable.
# Needs: java 17+, mvn, python3 (venv), git, /usr/bin/time (installed from Debian when missing, as root).
# Env: SCAFFOLD_BENCH_VENV (cookiecutter's venv, default /tmp/scaffold-bench-venv).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-7}
base=${2:+$(cd "$2" && pwd)}
COOKIECUTTER_VERSION=2.7.1
venv=${SCAFFOLD_BENCH_VENV:-/tmp/scaffold-bench-venv}
work=$(mktemp -d "${TMPDIR:-/tmp}/scaffold-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT
log() { printf 'startup: %s\n' "$*" >&2; }

if [ ! -x /usr/bin/time ]; then
  log "installing GNU time (Debian package time)"
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q time >/dev/null
fi
if [ ! -x "$venv/bin/cookiecutter" ]; then
  log "installing cookiecutter $COOKIECUTTER_VERSION into $venv"
  python3 -m venv "$venv" && "$venv/bin/pip" install -q "cookiecutter==$COOKIECUTTER_VERSION"
fi
JBANG=$("$root/e2e/jbang-setup.sh")
export GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.org GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@example.org
author=(--author "Bench <bench@example.org>")

# The launcher builds the jar and records its AOT cache or CDS archive on its first run.
"$root/scaffold" new "$work/sample" --defaults --no-git "${author[@]}" >/dev/null

# --- the 12-file templates, from the sample's files ----------------------------------------------------
# The issue's yardstick is a 12-file template: the files every generated repo had when it was set; the
# shared Dependabot and release files that came later (scaffold renders them too) stay out of it.
mapfile -t files < <(cd "$work/sample" && find . -type f ! -name uv.lock ! -path './.scaffold/*' \
  ! -path './.github/dependabot.yml' ! -path './.github/workflows/release.yml' | sed 's|^\./||' | sort)
[ "${#files[@]}" = 12 ] || { log "expected 12 template files, got ${#files[@]}: ${files[*]}"; exit 1; }
cc=$work/cc-template/'{{cookiecutter.name}}'
tpl=$work/jbang-template
mkdir -p "$cc" "$tpl/files"
printf '{"name": "sample"}\n' >"$work/cc-template/cookiecutter.json"
refs=()
for f in "${files[@]}"; do
  flat=$(printf '%s' "$f" | tr '/' '_')
  mkdir -p "$(dirname "$cc/${f//sample/\{\{cookiecutter.name\}\}}")"
  tr '{}' '()' <"$work/sample/$f" | sed 's/sample/{{ cookiecutter.name }}/g' >"$cc/${f//sample/\{\{cookiecutter.name\}\}}"
  tr '{}' '()' <"$work/sample/$f" | sed 's/sample/{baseName}/g' >"$tpl/files/$flat.qute"
  refs+=("\"${f//sample/\{basename\}}\": \"files/$flat.qute\"")
done
printf '{"templates": {"svc": {"description": "12-file bench template", "file-refs": {%s}}}}\n' \
  "$(IFS=,; echo "${refs[*]}")" >"$tpl/jbang-catalog.json"

# --- JBang home, catalog and repository (e2e/jbang-smoke.sh's set-up) ---------------------------------
publish() { # publish CHECKOUT REPO: the checkout's jar and pom as dev.scaffold:scaffold:VERSION
  local gav dir
  gav=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["aliases"]["scaffold"]["script-ref"])' "$1/jbang-catalog.json")
  IFS=: read -r g a v <<<"$gav"
  dir=$2/${g//.//}/$a/$v
  mkdir -p "$dir"
  cp "$1/target/scaffold.jar" "$dir/$a-$v.jar"
  cp "$1/target/dependency-reduced-pom.xml" "$dir/$a-$v.pom"
}
jbang_home() { # jbang_home DIR CHECKOUT: a fresh JBang home with the checkout's catalog and the template's
  mkdir -p "$1"
  (cd "$work" && JBANG_DIR=$1 "$JBANG" catalog add --global --name bench "$2/jbang-catalog.json" &&
    JBANG_DIR=$1 "$JBANG" catalog add --global --name benchtpl "$tpl/jbang-catalog.json") </dev/null >/dev/null 2>&1
}
publish "$root" "$work/m2"
jbang_home "$work/jbang-home" "$root"

# --- the commands; each writes into $OUT -------------------------------------------------------------
q() { printf '%q ' "$@"; }
names=(launcher cookiecutter jbang-scaffold jbang-init)
cmds=(
  "$(q "$root/scaffold" new) \"\$OUT\" --defaults $(q "${author[@]}")"
  "$(q "$venv/bin/cookiecutter") --no-input -o \"\$OUT\" $(q "$work/cc-template") && cd \"\$OUT/sample\" && git init -q -b main && git add -A && git commit -q -m 'Initial commit'"
  "JBANG_REPO=$(q "$work/m2")JBANG_DIR=$(q "$work/jbang-home")$(q "$JBANG") scaffold@bench new \"\$OUT\" --defaults $(q "${author[@]}")"
  "JBANG_REPO=$(q "$work/m2")JBANG_DIR=$(q "$work/jbang-home")$(q "$JBANG") init -t svc@benchtpl \"\$OUT/sample.py\""
)
# A JDK 25+ beside the default java (SCAFFOLD_BENCH_JAVA25, else the first one under /usr/lib/jvm): the
# launcher with it records and uses an AOT cache (JEP 483/514/515) instead of a CDS archive.
java25=${SCAFFOLD_BENCH_JAVA25:-$(ls -d /usr/lib/jvm/*-2[5-9]-*/bin/java 2>/dev/null | head -1)}
if [ -n "$java25" ] && [ -x "$java25" ]; then
  SCAFFOLD_JAVA=$java25 "$root/scaffold" --version >/dev/null # records its AOT cache
  names+=(launcher@jdk25)
  cmds+=("SCAFFOLD_JAVA=$(q "$java25") $(q "$root/scaffold") new \"\$OUT\" --defaults $(q "${author[@]}")")
fi
if [ -n "$base" ]; then
  "$base/scaffold" --version >/dev/null # builds the baseline's jar and archive
  publish "$base" "$work/m2-base"
  jbang_home "$work/jbang-home-base" "$base"
  names+=(launcher@base jbang-scaffold@base)
  cmds+=("$(q "$base/scaffold" new) \"\$OUT\" --defaults $(q "${author[@]}")"
    "JBANG_REPO=$(q "$work/m2-base")JBANG_DIR=$(q "$work/jbang-home-base")$(q "$JBANG") scaffold@bench new \"\$OUT\" --defaults $(q "${author[@]}")")
fi
run() { # run I: one timed run of command I; appends "wall user sys maxrss_kb" to $work/I.txt
  export OUT=$work/out
  rm -rf "$OUT"
  if ! (cd "$work" && /usr/bin/time -f '%e %U %S %M' -o "$work/time" bash -c "${cmds[$1]}" </dev/null >"$work/run.log" 2>&1); then
    cat "$work/run.log" >&2; log "${names[$1]} failed: ${cmds[$1]}"; exit 1
  fi
  [ -n "$(ls -A "$OUT")" ] || { log "${names[$1]} wrote nothing"; exit 1; }
  tail -1 "$work/time" >>"$work/$1.txt"
}
for i in "${!names[@]}"; do run "$i"; rm -f "$work/$i.txt"; done # warm-up: JBang caches, page cache
log "$runs alternated runs of ${names[*]} (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
for ((r = 0; r < runs; r++)); do for i in "${!names[@]}"; do run "$i"; done; done

stats() { # stats I: median wall, cpu, rss
  python3 - "$work/$1.txt" <<'EOF'
import statistics as st, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1])]
print("%.3f %.2f %.0f" % (st.median(r[0] for r in rows), st.median(r[1] + r[2] for r in rows), st.median(r[3] for r in rows) / 1024))
EOF
}
declare -A wall
echo "runs=$runs (alternated; load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-15s %9s %8s %12s\n' command wall_s cpu_s peak_rss_MB
for i in "${!names[@]}"; do
  read -r w c m <<<"$(stats "$i")"
  wall[$i]=$w
  printf '%-15s %9s %8s %12s\n' "${names[$i]}" "$w" "$c" "$m"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "ratio launcher/cookiecutter+git = $(ratio "${wall[0]}" "${wall[1]}")"
echo "ratio jbang-scaffold/jbang-init = $(ratio "${wall[2]}" "${wall[3]}")"
for i in "${!names[@]}"; do
  case ${names[$i]} in
    launcher@*) echo "ratio ${names[$i]}/cookiecutter+git = $(ratio "${wall[$i]}" "${wall[1]}")" ;;
    jbang-scaffold@*) echo "ratio ${names[$i]}/jbang-init = $(ratio "${wall[$i]}" "${wall[3]}")" ;;
  esac
done

# --- classes loaded by the scaffold JVM ---------------------------------------------------------------
count_classes() { # count_classes NAME CMD: classes the JVM running dev.scaffold.cli.Main loaded
  rm -rf "$work/out" "$work"/cl-*.log
  (cd "$work" && OUT=$work/out CL="-Xlog:class+load:file=$work/cl-%p.log" bash -c "$2" </dev/null >/dev/null 2>&1)
  local f; f=$(grep -l 'dev.scaffold.cli.Main ' "$work"/cl-*.log | head -1)
  echo "classes_loaded[$1]=$(wc -l <"$f") (from the archive: $(grep -c 'shared objects file' "$f"))"
}
# The launcher disables JVM logging; it adds $SCAFFOLD_JAVA_OPTIONS last. JBang's JVMs take JAVA_TOOL_OPTIONS.
count_classes launcher "SCAFFOLD_JAVA_OPTIONS=\$CL ${cmds[0]}"
count_classes jbang-scaffold "JAVA_TOOL_OPTIONS=\$CL ${cmds[2]}"
for i in "${!names[@]}"; do # the baselines' launchers take SCAFFOLD_JAVA_OPTIONS too (since commit 495a7ea)
  case ${names[$i]} in
    launcher@*) count_classes "${names[$i]}" "SCAFFOLD_JAVA_OPTIONS=\$CL ${cmds[$i]}" ;;
    jbang-scaffold@*) count_classes "${names[$i]}" "JAVA_TOOL_OPTIONS=\$CL ${cmds[$i]}" ;;
  esac
done

# --- first run from an empty JBang home -----------------------------------------------------------------
first_runs() { # first_runs LABEL CHECKOUT REPO: median of 3 `jbang scaffold@bench new`, each from an empty home
  local firsts=() k home t0
  for k in 1 2 3; do
    home=$work/jbang-fresh-$1-$k
    jbang_home "$home" "$2"
    rm -rf "$work/out"
    t0=$(date +%s%N)
    (cd "$work" && JBANG_REPO=$3 JBANG_DIR=$home "$JBANG" scaffold@bench new "$work/out" --defaults "${author[@]}" </dev/null >"$work/run.log" 2>&1) ||
      { cat "$work/run.log" >&2; exit 1; }
    firsts+=("$(( ($(date +%s%N) - t0) / 1000000 ))")
  done
  echo "jbang-scaffold$1 first run from an empty JBang home: median $(printf '%s\n' "${firsts[@]}" | sort -n | sed -n 2p) ms (${firsts[*]})"
}
first_runs "" "$root" "$work/m2"
[ -z "$base" ] || first_runs @base "$base" "$work/m2-base"
