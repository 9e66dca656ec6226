#!/usr/bin/env bash
# bench/rust-dep-cache.sh REPO [RUNS]: which dependency caching rebuilds a rust-axum image faster.
#
# REPO is a repository generated from rust-axum. For each run, and each of two builder variants:
#   layer: the generated Dockerfile (dependencies compiled against placeholder sources in a layer
#          of their own, before the sources are copied);
#   mount: the same Dockerfile with that step replaced by one build of the copied sources with cache
#          mounts for Cargo's registry and target/ (docker init's way);
# it times a cold build (a layer chain of its own and empty cache mounts, as e2e/imagecheck.py
# does), then a rebuild after a whitespace-only change to src/lib.rs. Prints one line per build and
# the medians. Needs root, buildah and ../shared/tools/oci-standins; CPU-heavy (a release build of
# about 60 crates per cold build).
set -euo pipefail
REPO=$(cd "${1:?usage: bench/rust-dep-cache.sh REPO [RUNS]}" && pwd)
RUNS=${2:-1}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STANDINS=${OCI_STANDINS:-$HERE/../../shared/tools/oci-standins}
WORK=$(mktemp -d /var/tmp/rust-dep-cache.XXXXXX)
TAG=localhost/scaffold-bench/rust-dep-cache:$$
cleanup() {
  cat "$WORK/lib.rs" >"$REPO/src/lib.rs" 2>/dev/null || true
  podman untag "$TAG" "$TAG" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
cp -p "$REPO/src/lib.rs" "$WORK/lib.rs"
"$STANDINS" ensure "$REPO/Dockerfile" >/dev/null 2>&1

# The mount variant: the dependency layer and the source build become one cached-mount build.
python3 - "$REPO/Dockerfile" "$WORK/Dockerfile.mount" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
name = re.search(r"cp target/release/(\S+) /out/", text).group(1)
start = text.index("COPY Cargo.toml Cargo.lock ./")
end = text.index("\n", text.index("cp target/release/")) + 1
mount = ("COPY Cargo.toml Cargo.lock ./\nCOPY src ./src\n"
         "RUN --mount=type=cache,target=/usr/local/cargo/registry \\\n"
         "    --mount=type=cache,target=/src/target \\\n"
         "    cargo build --release --locked \\\n"
         f" && mkdir /out \\\n && cp target/release/{name} /out/{name}\n")
open(sys.argv[2], "w").write(text[:start] + mount + text[end:])
PY
cp "$REPO/Dockerfile" "$WORK/Dockerfile.layer"

now() { date +%s.%N; }
build() { # build VARIANT TMP LOG
  # shellcheck disable=SC2046
  env TMPDIR="$2" buildah bud $("$STANDINS" build-args) -f "$WORK/Dockerfile.run" -t "$TAG" "$REPO" >"$3" 2>&1 </dev/null
}
for run in $(seq 1 "$RUNS"); do
  for variant in layer mount; do
    label="LABEL dev.scaffold.bench.run=$$-$run-$variant-$(date +%s%N)"
    awk -v label="$label" '{ print } /^FROM[[:space:]]/ { print label }' "$WORK/Dockerfile.$variant" >"$WORK/Dockerfile.run"
    tmp=$WORK/tmp-$run-$variant && mkdir -p "$tmp"
    t0=$(now); build "$variant" "$tmp" "$WORK/cold.log" || { tail -30 "$WORK/cold.log"; exit 1; }
    cold=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
    printf '\n%s\n' "$(od -An -N4 -tu4 /dev/urandom | tr -d ' ' | sed 's/./ /g')" >>"$REPO/src/lib.rs"
    t0=$(now); build "$variant" "$tmp" "$WORK/re.log" || { tail -30 "$WORK/re.log"; exit 1; }
    re=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
    cat "$WORK/lib.rs" >"$REPO/src/lib.rs"
    compiled=$(grep -c '^ *Compiling ' "$WORK/re.log" || true)
    echo "run=$run variant=$variant cold_s=$cold rebuild_s=$re ratio=$(awk -v r="$re" -v c="$cold" 'BEGIN { printf "%.3f", r / c }') crates_compiled_on_rebuild=$compiled"
    rm -rf "$tmp"
  done
done
