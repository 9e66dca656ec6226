#!/usr/bin/env bash
# Benchmark of `scaffold new DIR --defaults` (wall time, median of N runs), cold JVM (a fresh
# `java -jar` per run) and warm JVM (repeated in one JVM), with `scaffold --version` in a fresh JVM as
# the baseline measured in the same session. Usage: bench/scaffold-new.sh [RUNS]   (default 10)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-10}
jar=$root/target/scaffold.jar
[ -f "$jar" ] && [ -d "$root/target/test-classes" ] || mvn -q -B -f "$root/pom.xml" package -DskipTests
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

median_ms() { # median_ms CMD... : runs CMD $runs times (after one warm-up run), prints the median in ms
  local times=() i start end
  "$@" >/dev/null 2>&1 || true
  for ((i = 0; i < runs; i++)); do
    rm -rf "$work/svc"
    start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

java_opts=(-XX:TieredStopAtLevel=1 -Xshare:auto -Xlog:disable)
new_args=(new "$work/svc" --defaults --author "Bench <bench@example.org>")
jsa=$work/scaffold.jsa
java "${java_opts[@]}" -XX:ArchiveClassesAtExit="$jsa" -jar "$jar" "${new_args[@]}" >/dev/null 2>&1; rm -rf "$work/svc"
baseline=$(median_ms java "${java_opts[@]}" -jar "$jar" --version)
cold=$(median_ms java "${java_opts[@]}" -jar "$jar" "${new_args[@]}")
cold_cds=$(median_ms java "${java_opts[@]}" -XX:SharedArchiveFile="$jsa" -jar "$jar" "${new_args[@]}")
warm=$(java -cp "$jar:$root/target/test-classes" dev.scaffold.bench.WarmNewBenchmark 30)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "runs=$runs"
echo "baseline_version_cold_median_ms=$baseline"
echo "new_cold_median_ms=$cold"
echo "new_cold_over_baseline_ratio=$(ratio "$cold" "$baseline")"
echo "new_cold_with_cds_median_ms=$cold_cds   (the ./scaffold launcher records and uses this archive)"
echo "new_cold_with_cds_over_baseline_ratio=$(ratio "$cold_cds" "$baseline")"
echo "$warm"
