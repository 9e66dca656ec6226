#!/usr/bin/env bash
# Load benchmark of `scaffold serve` with wrk from a second process on loopback: GET /api/generate for the
# default archetype (python-fastapi-uv, name=demo, the zip with its commit), RUNS runs of SECONDS each, as
# requests/s and p50/p99 latency (medians over the runs). Baseline in the same session: GET /health under the
# same load (the server's own overhead). Then a warm single-client p50 (one connection), and the server's
# resident memory and heap after at least 10,000 generate requests.
# Usage: bench/serve-load.sh [RUNS] [SECONDS] [CONNECTIONS]   (default 5 10 8)
# MIN_REQUESTS (default 10000): generate requests served before memory is read.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-5} secs=${2:-10} conns=${3:-8}
jar=$root/target/scaffold.jar
[ -f "$jar" ] || mvn -q -B -f "$root/pom.xml" package -DskipTests -DskipE2E
command -v wrk >/dev/null || { echo "serve-load: wrk not found (apt-get install wrk)" >&2; exit 2; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp); trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
XDG_CONFIG_HOME=/nonexistent SCAFFOLD_CATALOG='' java -Xmx512m -jar "$jar" serve --port "$port" 2>"$log" >/dev/null &
pid=$!
base=http://127.0.0.1:$port
for _ in $(seq 100); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 0.2; done
gen="$base/api/generate?name=demo"
total=0

# wrk_run URL CONNECTIONS SECONDS: prints "requests/s p50_ms p99_ms requests"
wrk_run() {
  wrk -t"$(($2 < 2 ? $2 : 2))" -c"$2" -d"$3"s --latency "$1" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /requests in/ { n = $1 } /^Requests\/sec/ { rps = $2 }
    /Non-2xx/ { bad = $NF } END { if (bad) { print "non-2xx responses: " bad > "/dev/stderr"; exit 1 } printf "%.1f %.2f %.2f %d\n", rps, p50, p99, n }'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

wrk_run "$gen" "$conns" 5 >/dev/null   # warm-up: JIT, template caches
total=$((total + 1))
g_rps=() g_p50=() g_p99=() h_rps=() h_p50=() h_p99=() s_p50=()
for ((i = 0; i < runs; i++)); do
  read -r rps p50 p99 n < <(wrk_run "$gen" "$conns" "$secs"); g_rps+=("$rps"); g_p50+=("$p50"); g_p99+=("$p99"); total=$((total + n))
  read -r rps p50 p99 n < <(wrk_run "$base/health" "$conns" "$secs"); h_rps+=("$rps"); h_p50+=("$p50"); h_p99+=("$p99")
  read -r rps p50 p99 n < <(wrk_run "$gen" 1 "$secs"); s_p50+=("$p50"); total=$((total + n))
done
while ((total < ${MIN_REQUESTS:-10000})); do read -r _ _ _ n < <(wrk_run "$gen" "$conns" "$secs"); total=$((total + n)); done
sleep 1
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
jcmd "$pid" GC.run >/dev/null 2>&1 || true
heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+' || echo '?')
med() { printf '%s\n' "$@" | median; }
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), wrk -c$conns -d${secs}s, $runs runs (medians)"
echo "generate: $(med "${g_rps[@]}") req/s, p50 $(med "${g_p50[@]}") ms, p99 $(med "${g_p99[@]}") ms ($conns connections)"
echo "health (baseline): $(med "${h_rps[@]}") req/s, p50 $(med "${h_p50[@]}") ms, p99 $(med "${h_p99[@]}") ms"
echo "generate, one client: p50 $(med "${s_p50[@]}") ms"
echo "after $total generate requests: RSS $((rss_kb / 1024)) MB, heap used after GC $((heap / 1024)) MB (-Xmx512m)"
echo "server log lines: $(wc -l <"$log"), errors: $(grep -vcE ' (200) [0-9.]+ ms$' "$log" || true)"
