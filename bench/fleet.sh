#!/usr/bin/env bash
# Benchmark of `scaffold fleet status` over N generated local bare repositories (default 200) with --jobs 1
# and --jobs 2, cold (empty clone cache) and warm (a re-run that only fetches), and of `fleet update` over 50
# of them (half behind). Wall time is the median of RUNS runs (default 3); peak memory is the largest maximum
# resident set size of those runs (GNU time). Baseline in the same session: plain `git clone --depth 1` of the
# same repositories, one after the other. Usage: bench/fleet.sh [N] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
count=${1:-200}
runs=${2:-3}
build=${BUILD_DIR:-$root/target}
jar=$build/scaffold.jar
[ -f "$jar" ] && [ -d "$build/test-classes" ] || mvn -q -B -f "$root/pom.xml" package -DskipTests
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/xdg-cache SCAFFOLD_CATALOG=
cp=$jar:$build/test-classes
java -Dscaffold.repoRoot="$root" -cp "$cp" dev.scaffold.bench.FleetMaker "$work/fleet" "$count" >/dev/null

n=$count
clone_all() { while read -r url; do git clone -q --depth 1 "$url" "$work/git/$(basename "$url")"; done <"$work/fleet/repos.txt"; }
export -f clone_all; export work
# measure NAME PREPARE COUNT CMD...: runs PREPARE then CMD $runs times; prints the median wall time, every run,
# the largest peak RSS and COUNT / median as repositories per second
measure_n() { local name=$1 prepare=$2; shift 2; measure "$name" "$prepare" "$n" "$@"; }
measure() {
  local name=$1 prepare=$2 count=$3 i ms=() rss=() start end
  shift 3
  for ((i = 0; i < runs; i++)); do
    eval "$prepare"
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$work/time" "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    ms+=($(( (end - start) / 1000000 )))
    rss+=($(cat "$work/time"))
  done
  local median peak
  median=$(printf '%s\n' "${ms[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
  peak=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
  printf '%-36s median_ms=%-7s runs_ms=%-20s peak_rss_mb=%-5s repos_per_s=%s\n' "$name" "$median" \
    "$(IFS=,; echo "${ms[*]}")" "$((peak / 1024))" "$(awk -v n="$count" -v t="$median" 'BEGIN {printf "%.1f", n * 1000 / t}')"
}
# JGit measures each file system's timestamp resolution once and keeps it in $XDG_CONFIG_HOME/jgit/config:
# pay that before measuring, as every machine does once.
java -jar "$jar" fleet status --repos "$work/fleet/repos-50.txt" --cache "$work/warmup" --json >/dev/null 2>&1 || true
echo "repositories=$count runs=$runs cores=$(nproc) $(java -version 2>&1 | head -1)"
measure_n "baseline git clone --depth 1 (CLI)" 'rm -rf "$work/git"; mkdir -p "$work/git"' bash -c clone_all
measure_n "status --jobs 1 cold cache" 'rm -rf "$work/cache"' java -jar "$jar" fleet status --repos "$work/fleet/repos.txt" --cache "$work/cache" --json --jobs 1
measure_n "status --jobs 1 warm cache (fetch)" ':' java -jar "$jar" fleet status --repos "$work/fleet/repos.txt" --cache "$work/cache" --json --jobs 1
measure_n "status --jobs 2 cold cache" 'rm -rf "$work/cache"' java -jar "$jar" fleet status --repos "$work/fleet/repos.txt" --cache "$work/cache" --json --jobs 2
measure_n "status --jobs 2 warm cache (fetch)" ':' java -jar "$jar" fleet status --repos "$work/fleet/repos.txt" --cache "$work/cache" --json --jobs 2
n=$(wc -l <"$work/fleet/repos-50.txt")
measure_n "update 50 --jobs 2 (no push)" 'rm -rf "$work/ucache"' java -jar "$jar" fleet update --repos "$work/fleet/repos-50.txt" --cache "$work/ucache" --json --jobs 2
runs=1
measure_n "update 50 --jobs 2 --push" ':' java -jar "$jar" fleet update --repos "$work/fleet/repos-50.txt" --cache "$work/ucache" --json --jobs 2 --push
measure_n "update 50 --jobs 2 --push (re-run)" ':' java -jar "$jar" fleet update --repos "$work/fleet/repos-50.txt" --cache "$work/ucache" --json --jobs 2 --push
java -jar "$jar" fleet update --repos "$work/fleet/repos-50.txt" --cache "$work/ucache" --push | tail -1
