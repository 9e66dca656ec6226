#!/usr/bin/env bash
# Benchmark of `scaffold update` on a 20-file repository (cold JVM: a fresh `java -jar` per run, median
# of N runs), without conflicts and with one conflict, against `copier update` on a copier template of
# the same 20 files when copier is installed (COPIER=/path/to/copier, e.g. from `pip install copier` in a
# venv). Both templates are git repositories tagged v1 and v2; each run updates a fresh copy of a
# repository generated from v1 with one team commit. Usage: bench/scaffold-update.sh [RUNS] (default 10)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-10}
jar=$root/target/scaffold.jar
[ -f "$jar" ] || mvn -q -B -f "$root/pom.xml" package -DskipTests -Dmaven.test.skip=true
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache XDG_CONFIG_HOME=$work/config GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.org \
  GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@example.org
jvm=(-XX:TieredStopAtLevel=1 -Xshare:auto -Xlog:disable)
commit() { git -C "$1" add -A && git -C "$1" -c commit.gpgsign=false commit -qm "$2"; }

# file_body N VERSION PORT: 12 lines; v2 changes line 10 of every file
file_body() {
  printf 'file %s\nport=%s\n' "$1" "$3"; for l in 3 4 5 6 7 8 9; do printf 'line %s\n' "$l"; done
  printf 'setting=%s\nline 11\nline 12\n' "$2"
}

# Both templates: 19 files + the answers file (scaffold) / .copier-answers.yml (copier) = 20 files.
make_templates() { # VERSION SETTING
  local s=$work/scaffold-catalog c=$work/copier-template
  local a=$s/archetypes/svc/files
  mkdir -p "$a" "$c"
  echo '{"name": "bench", "default": "svc", "archetypes": [{"id": "svc", "path": "archetypes/svc"}]}' > "$s/catalog.json"
  printf '{"id": "svc", "version": "%s", "family": "python", "description": "bench", "questions": ["name", "port"],
    "update": {"owned": []}}\n' "$1" > "$s/archetypes/svc/archetype.json"
  printf '_answers_file: .copier-answers.yml\nname: {type: str, default: svc}\nport: {type: int, default: 8000}\n' > "$c/copier.yml"
  echo '{{ _copier_answers|to_nice_yaml -}}' > "$c/{{_copier_conf.answers_file}}.jinja"
  for i in $(seq 1 19); do
    file_body "$i" "$2" '[=port]' > "$a/f$i.conf.ftl"
    file_body "$i" "$2" '{{ port }}' > "$c/f$i.conf.jinja"
  done
}
for t in scaffold-catalog copier-template; do mkdir -p "$work/$t"; git -C "$work/$t" init -q -b main; done
make_templates 1.0.0 one; for t in scaffold-catalog copier-template; do commit "$work/$t" v1; git -C "$work/$t" tag v1; done
make_templates 2.0.0 two; for t in scaffold-catalog copier-template; do commit "$work/$t" v2; git -C "$work/$t" tag v2; done
url=file://$work/scaffold-catalog

# Repositories at v1 with one team commit: line 3 (clean) or line 10 (conflicts with v2) of f1.conf.
java -jar "$jar" new "$work/s-base" -a svc --defaults --catalog "$url#v1" >/dev/null
for kind in clean conflict; do
  cp -a "$work/s-base" "$work/s-$kind"
  line=$([ $kind = clean ] && echo 3 || echo 10)
  sed -i "${line}s/.*/team edit/" "$work/s-$kind/f1.conf"; commit "$work/s-$kind" "team edit"
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_runs() { # time_runs SOURCE_REPO CMD... (CMD's last argument is replaced by the copy's path)
  local src=$1; shift; local i start end times=()
  for ((i = 0; i <= runs; i++)); do
    rm -rf "$work/run"; cp -a "$src" "$work/run"
    start=$(date +%s%N); "$@" "$work/run" >/dev/null 2>&1 || true; end=$(date +%s%N)
    [ $i -gt 0 ] && times+=($(( (end - start) / 1000000 )))   # run 0 warms the file cache
  done
  printf '%s\n' "${times[@]}" | median
}
echo "runs=$runs"
scaffold_version() { java "${jvm[@]}" -jar "$jar" --version; }
copier_version() { "$COPIER" --version; }
echo "baseline_scaffold_version_cold_median_ms=$(time_runs "$work/s-base" scaffold_version)"
echo "scaffold_update_clean_cold_median_ms=$(time_runs "$work/s-clean" java "${jvm[@]}" -jar "$jar" update --to v2 --defaults)"
echo "scaffold_update_one_conflict_cold_median_ms=$(time_runs "$work/s-conflict" java "${jvm[@]}" -jar "$jar" update --to v2 --defaults)"
rm -rf "$work/run"; cp -a "$work/s-conflict" "$work/run"
rm -rf "$work/run"; cp -a "$work/s-clean" "$work/run"
echo "scaffold clean run: $(java -jar "$jar" update --to v2 --defaults "$work/run" | tail -1), f1.conf: $(grep -c 'team edit\|setting=two' "$work/run/f1.conf")/2 lines merged"
rm -rf "$work/run"; cp -a "$work/s-conflict" "$work/run"
echo "scaffold one-conflict run: $(java -jar "$jar" update --to v2 --defaults "$work/run" | tail -1 || true)"
if [ -n "${COPIER:-}" ]; then
  "$COPIER" copy -q --trust --defaults --vcs-ref v1 "$work/copier-template" "$work/c-base" >/dev/null
  git -C "$work/c-base" init -q -b main; commit "$work/c-base" initial
  for kind in clean conflict; do
    cp -a "$work/c-base" "$work/c-$kind"
    line=$([ $kind = clean ] && echo 3 || echo 10)
    sed -i "${line}s/.*/team edit/" "$work/c-$kind/f1.conf"; commit "$work/c-$kind" "team edit"
  done
  echo "baseline_copier_version_median_ms=$(time_runs "$work/c-base" copier_version)"
  echo "copier_update_clean_median_ms=$(time_runs "$work/c-clean" "$COPIER" update -q --trust --defaults --vcs-ref v2)"
  echo "copier_update_one_conflict_median_ms=$(time_runs "$work/c-conflict" "$COPIER" update -q --trust --defaults --vcs-ref v2)"
  rm -rf "$work/run"; cp -a "$work/c-clean" "$work/run"
  "$COPIER" update -q --trust --defaults --vcs-ref v2 "$work/run" >/dev/null 2>&1 || true
  echo "copier clean run: f1.conf: $(grep -c 'team edit\|setting=two' "$work/run/f1.conf")/2 lines merged"
  rm -rf "$work/run"; cp -a "$work/c-conflict" "$work/run"
  "$COPIER" update -q --trust --defaults --vcs-ref v2 "$work/run" >/dev/null 2>&1 || true
  echo "copier one-conflict run: $(grep -c '<<<<<<<' "$work/run/f1.conf" || true) conflict marker(s) in f1.conf"
fi
