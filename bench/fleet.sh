#!/usr/bin/env bash
# Benchmark of `scaffold fleet status` over N generated local bare repositories (default 200) with --jobs 1 and
# --jobs 2, cold (empty clone cache) and warm (a re-run that only fetches), and of `fleet update` over 50 of them
# (half behind). Each configuration runs RUNS times (default 3); --jobs 1 and --jobs 2 runs alternate, so that a
# change in the machine's load hits both alike. Reported: median wall time, every run, CPU seconds (user+system,
# median), the largest peak resident set size (GNU time), and repositories per second (N / median wall time).
# Baseline in the same session: plain `git clone --depth 1` of the same repositories, one after the other.
# Usage: bench/fleet.sh [N] [RUNS]        (BUILD_DIR: where scaffold.jar and test-classes are; default target/)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
count=${1:-200}
runs=${2:-3}
build=${BUILD_DIR:-$root/target}
jar=$build/scaffold.jar
[ -f "$jar" ] && [ -d "$build/test-classes" ] || mvn -q -B -f "$root/pom.xml" package -DskipTests
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/xdg-cache SCAFFOLD_CATALOG=
java -Dscaffold.repoRoot="$root" -cp "$jar:$build/test-classes" dev.scaffold.bench.FleetMaker "$work/fleet" "$count" >/dev/null
# JGit measures each file system's timestamp resolution once and keeps it in $XDG_CONFIG_HOME/jgit/config:
# pay that before measuring, as every machine does once.
java -jar "$jar" fleet status --repos "$work/fleet/repos-50.txt" --cache "$work/warmup" --json >/dev/null 2>&1 || true

declare -A wall cpu rss
# run KEY CMD...: one timed run of CMD, appended to the samples of KEY
run() {
  local key=$1 start end
  shift
  start=$(date +%s%N)
  /usr/bin/time -f '%M %U %S' -o "$work/time" "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  read -r kb user sys < <(tail -1 "$work/time")  # GNU time first notes a non-zero exit on a line of its own
  wall[$key]+="$(( (end - start) / 1000000 )) "
  cpu[$key]+="$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.1f", u + s}') "
  rss[$key]+="$((kb / 1024)) "
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
report() { # report KEY REPOS
  local m
  m=$(echo "${wall[$1]}" | median)
  printf '%-38s median_ms=%-7s runs_ms=%-22s cpu_s=%-6s peak_rss_mb=%-5s repos_per_s=%s\n' "$1" "$m" \
    "$(echo "${wall[$1]}" | xargs | tr ' ' ',')" "$(echo "${cpu[$1]}" | median)" \
    "$(echo "${rss[$1]}" | tr ' ' '\n' | sort -n | tail -1)" "$(awk -v n="$2" -v t="$m" 'BEGIN {printf "%.1f", n * 1000 / t}')"
}
# GNU time runs programs, not shell functions: these are arrays of words.
clone_all=(bash -c 'while read -r url; do git clone -q --depth 1 "$url" "$0/$(basename "$url")"; done <"$1"' "$work/git"
  "$work/fleet/repos.txt")
status=(java -jar "$jar" fleet status --repos "$work/fleet/repos.txt" --json)
update=(java -jar "$jar" fleet update --repos "$work/fleet/repos-50.txt" --cache "$work/ucache" --json --jobs 2)

echo "repositories=$count runs=$runs cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg) $(java -version 2>&1 | head -1)"
for ((i = 0; i < runs; i++)); do
  rm -rf "$work/git"; mkdir -p "$work/git"
  run "baseline: git clone --depth 1, CLI" "${clone_all[@]}"
  for jobs in 1 2; do rm -rf "$work/cache$jobs"; run "status --jobs $jobs, cold cache" "${status[@]}" --jobs "$jobs" --cache "$work/cache$jobs"; done
  for jobs in 1 2; do run "status --jobs $jobs, warm cache (fetch)" "${status[@]}" --jobs "$jobs" --cache "$work/cache$jobs"; done
  rm -rf "$work/ucache"; run "update 50 --jobs 2, no push" "${update[@]}"
done
for key in "baseline: git clone --depth 1, CLI" "status --jobs 1, cold cache" "status --jobs 2, cold cache" \
  "status --jobs 1, warm cache (fetch)" "status --jobs 2, warm cache (fetch)"; do report "$key" "$count"; done
n50=$(wc -l <"$work/fleet/repos-50.txt")
report "update 50 --jobs 2, no push" "$n50"
run "update 50 --jobs 2 --push" "${update[@]}" --push
report "update 50 --jobs 2 --push" "$n50"
run "update 50 --jobs 2 --push, re-run" "${update[@]}" --push
report "update 50 --jobs 2 --push, re-run" "$n50"
"${update[@]}" --push 2>/dev/null | grep -o '"skipped" : [0-9]*' | sed 's/^/re-run: /'
run "status --jobs 2 warm, -Xmx96m" java -Xmx96m -jar "$jar" fleet status --repos "$work/fleet/repos.txt" --cache "$work/cache2" --json --jobs 2
report "status --jobs 2 warm, -Xmx96m" "$count"
echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"
