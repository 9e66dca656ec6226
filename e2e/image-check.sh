#!/usr/bin/env bash
# e2e/image-check.sh DIR --port P --uid U --user NAME --health-path H [options]
#
# Builds DIR/Dockerfile with buildah on local stand-in base images, runs the image's CMD as the
# image's own USER, and checks what a generated repo promises:
#   - the image builds from cold (no layer shared with earlier runs, empty cache mounts), timed;
#   - its CMD serves GET http://127.0.0.1:P/H with 200 within --timeout seconds, timed, and the
#     median and max latency of 10 more requests are reported;
#   - the process listening on P runs as uid U (never 0), and `whoami` in the image prints NAME;
#   - its HEALTHCHECK command exits 0 while the server runs;
#   - (reported) the seconds from SIGTERM to the exit of the process serving the port;
#   - (--forbid-packages a,b) no such Python distribution is installed anywhere in the image;
#   - the bytes the image adds over its final stage's base image;
#   - (--touch RELPATH) after appending a whitespace-only line to DIR/RELPATH, the rebuild takes the
#     dependency step from cache (steps matching --dep-step-pattern) and rebuilds at least one step.
#
# Options:
#   --touch RELPATH            source file to change for the rebuild check (restored afterwards);
#                              without it the rebuild check is skipped (rebuild=skipped)
#   --dep-step-pattern REGEX   extended regex picking the dependency-install step(s) in buildah's
#                              "STEP n/m: ..." lines (default: well-known markers, see DEP_DEFAULT)
#   --forbid-packages LIST     comma-separated Python distributions that must not be in the image
#   --image-command CMD        a command (split on spaces) that must exit 0 inside the image, as its
#                              USER, while the server runs; repeatable (e.g. "pg_isready -d URL")
#   --timeout S                seconds to wait for the health endpoint (default 60)
#   --tag NAME                 image tag to build (default: localhost/scaffold-e2e/check:<pid>)
#   --keep-logs                keep the work folder (build and server logs) even on success
#
# Output: key=value lines on stdout (progress and logs on stderr). Exit 0 when every check passes,
# 1 when a check fails (message "image-check: FAIL: ..."), 2 on usage or setup errors.
# Cleanup, always: the server's process session is killed, containers are removed, and the image
# tag this run built is removed (podman untag); stand-in images and the layer cache stay.
# Environment: OCI_STANDINS (path to oci-standins; default ../shared/tools/oci-standins beside
# this repo), SCAFFOLD_E2E_TMP (parent of the work folder; default /var/tmp).
set -euo pipefail

DEP_DEFAULT='--no-install-project|--no-root|go mod download|dependency:(go-offline|resolve)|npm ci|pip install .*-r |cargo fetch'

usage() {
  sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' >&2
  exit 2
}
die_usage() { echo "image-check: $*" >&2; exit 2; }

DIR='' PORT='' WANT_UID='' WANT_USER='' HEALTH_PATH='' TOUCH='' DEP_PATTERN=$DEP_DEFAULT FORBID='' TIMEOUT=60 TAG='' KEEP_LOGS=0
IMAGE_COMMANDS=()
[ $# -ge 1 ] || usage
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT=${2:?}; shift 2 ;;
    --uid) WANT_UID=${2:?}; shift 2 ;;
    --user) WANT_USER=${2:?}; shift 2 ;;
    --health-path) HEALTH_PATH=${2:?}; shift 2 ;;
    --touch) TOUCH=${2:?}; shift 2 ;;
    --dep-step-pattern) DEP_PATTERN=${2:?}; shift 2 ;;
    --forbid-packages) FORBID=${2:?}; shift 2 ;;
    --image-command) IMAGE_COMMANDS+=("${2:?}"); shift 2 ;;
    --timeout) TIMEOUT=${2:?}; shift 2 ;;
    --tag) TAG=${2:?}; shift 2 ;;
    --keep-logs) KEEP_LOGS=1; shift ;;
    -h|--help) usage ;;
    -*) die_usage "unknown option $1" ;;
    *) [ -z "$DIR" ] || die_usage "one DIR only"; DIR=$1; shift ;;
  esac
done
if [ -z "$DIR" ] || [ -z "$PORT" ] || [ -z "$WANT_UID" ] || [ -z "$WANT_USER" ] || [ -z "$HEALTH_PATH" ]; then
  die_usage "DIR, --port, --uid, --user and --health-path are required (see --help)"
fi
[[ "$PORT" =~ ^[0-9]+$ && "$WANT_UID" =~ ^[0-9]+$ && "$TIMEOUT" =~ ^[0-9]+$ ]] ||
  die_usage "--port, --uid and --timeout take numbers"
[ "$WANT_UID" != 0 ] || die_usage "--uid 0: the image must not run as root"
[[ "$HEALTH_PATH" == /* ]] || HEALTH_PATH=/$HEALTH_PATH
[ -f "$DIR/Dockerfile" ] || die_usage "no Dockerfile in $DIR"
DIR=$(cd "$DIR" && pwd)
[ -z "$TOUCH" ] || [ -f "$DIR/$TOUCH" ] || die_usage "--touch: no such file $DIR/$TOUCH"

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
HELPER=(python3 "$HERE/imagecheck.py")
STANDINS=${OCI_STANDINS:-$HERE/../../shared/tools/oci-standins}
[ -x "$STANDINS" ] || STANDINS=$HERE/../../shared/tools/oci-standins
[ -x "$STANDINS" ] || die_usage "oci-standins not found (set OCI_STANDINS)"
for t in buildah podman python3 setsid timeout; do command -v "$t" >/dev/null || die_usage "$t not found"; done
[ "$(id -u)" = 0 ] || die_usage "must run as root (buildah chroot isolation, buildah mount)"

# Leftovers of runs that were killed outright (SIGKILL skips cleanup): their names carry the pid of
# an image-check.sh that no longer runs.
stale_pid() { ! grep -qs image-check "/proc/$1/cmdline"; }
for c in $(buildah containers --format '{{.ContainerName}}' 2>/dev/null | grep -E '^scaffold-e2e-[0-9]+-(server|probe)$' || true); do
  pid=${c#scaffold-e2e-}; pid=${pid%%-*}
  if stale_pid "$pid"; then buildah umount "$c" >/dev/null 2>&1; buildah rm "$c" >/dev/null 2>&1 || true; fi
done
for t in $(buildah images --format '{{.Name}}:{{.Tag}}' 2>/dev/null | grep -E '^localhost/scaffold-e2e/check:[0-9]+-[0-9]+$' || true); do
  pid=${t##*:}; pid=${pid%%-*}
  if stale_pid "$pid"; then podman untag "$t" "$t" >/dev/null 2>&1 || true; fi
done

TAG=${TAG:-localhost/scaffold-e2e/check:$$-$RANDOM}
WORK=$(mktemp -d "${SCAFFOLD_E2E_TMP:-/var/tmp}/scaffold-image-check.XXXXXX")
CONTAINERS=() SERVER_SID='' BG_SID='' TOUCH_BACKUP='' FAILED=0

log() { printf 'image-check: %s\n' "$*" >&2; }
kv() { printf '%s=%s\n' "$1" "$2"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
fail() {
  FAILED=1
  echo "image-check: FAIL: $*" >&2
  kv result fail
  exit 1
}

exec {OUT_FD}>&1 {ERR_FD}>&2 # cleanup writes here even when a signal lands inside a redirected call
cleanup() {
  local rc=$?
  set +e
  exec 1>&"$OUT_FD" 2>&"$ERR_FD"
  if [ -n "$BG_SID" ]; then "${HELPER[@]}" kill-session "$BG_SID" >&2; fi
  if [ -n "$SERVER_SID" ]; then "${HELPER[@]}" kill-session "$SERVER_SID" >&2; fi
  local c
  for c in "${CONTAINERS[@]}"; do buildah umount "$c" >/dev/null 2>&1; buildah rm "$c" >/dev/null 2>&1; done
  if [ -n "$TOUCH_BACKUP" ]; then
    cat "$TOUCH_BACKUP" >"$DIR/$TOUCH" && touch -r "$TOUCH_BACKUP" "$DIR/$TOUCH"
  fi
  # Untag, do not rmi: rmi would also delete the image's untagged parents, i.e. the layer cache.
  if buildah inspect --type image "$TAG" >/dev/null 2>&1; then podman untag "$TAG" "$TAG" >/dev/null 2>&1 || log "could not untag $TAG"; fi
  if ((rc != 0 || FAILED)) || ((KEEP_LOGS)); then
    rm -rf "$WORK/tmp" # the build's cache mounts: large, and no use for diagnosis
    log "logs kept in $WORK"
  else
    rm -rf "$WORK"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'echo "image-check: interrupted" >&"$ERR_FD"; exit 130' INT TERM

# Builds need their own TMPDIR: buildah keeps RUN --mount=type=cache folders under $TMPDIR,
# so a fresh one makes the cold build really cold (dependencies fetched), and the rebuild reuses it.
mkdir -p "$WORK/tmp"
# The builds use a copy of the Dockerfile with a LABEL naming this run right after every FROM.
# That gives each stage a layer chain of its own: the cold build shares no layer with earlier runs
# (no --no-cache needed), and the rebuild can only reuse this run's layers. With --no-cache and the
# original file, buildah's cache lookup may follow an older run's chain for the first steps and then
# miss a step that chain never had, failing the dependency-layer check for no fault of the Dockerfile.
# A LABEL changes neither the filesystem nor how the image runs.
RUN_LABEL="dev.scaffold.e2e.run=$$-$RANDOM-$(date +%s%N)"
awk -v label="LABEL $RUN_LABEL" '{ print } /^[[:space:]]*[Ff][Rr][Oo][Mm][[:space:]]/ { print label }' \
  "$DIR/Dockerfile" >"$WORK/Dockerfile"
# interruptible CMD...: runs CMD in its own session and waits for it. Bash runs a signal trap only
# once a foreground child returns; `wait` returns at once, and cleanup then stops the session.
interruptible() {
  local rc=0
  setsid "$@" &
  BG_SID=$!
  wait "$BG_SID" || rc=$?
  BG_SID=''
  return $rc
}
build() { # build LOGFILE [extra buildah flags...]
  local logf=$1; shift
  # shellcheck disable=SC2046
  interruptible env TMPDIR="$WORK/tmp" buildah bud $("$STANDINS" build-args) "$@" -f "$WORK/Dockerfile" -t "$TAG" "$DIR" >"$logf" 2>&1 </dev/null
}
show_tail() { log "--- last lines of $1:"; tail -n "${2:-25}" "$1" >&2; }

# --- stand-ins and cold build ---------------------------------------------------------------------
log "oci-standins ensure $DIR/Dockerfile"
t0=$(now)
"$STANDINS" ensure "$DIR/Dockerfile" >"$WORK/standins.log" 2>&1 || { show_tail "$WORK/standins.log"; fail "oci-standins ensure failed"; }
kv standins_s "$(elapsed "$t0" "$(now)")"

"${HELPER[@]}" port-busy "$PORT" && fail "port $PORT is already in use before the image started; pick a free port"

log "cold build of $TAG (a layer chain of its own: $RUN_LABEL)"
t0=$(now)
build "$WORK/build-cold.log" || { show_tail "$WORK/build-cold.log" 40; fail "cold build failed"; }
COLD_S=$(elapsed "$t0" "$(now)")
kv cold_build_s "$COLD_S"
kv image "$TAG"

# --- image configuration ------------------------------------------------------------------------
buildah inspect --type image "$TAG" >"$WORK/inspect.json"
IMG_USER='' IMG_RUN=() IMG_HC=() IMG_HC_RAW=''
eval "$("${HELPER[@]}" config "$WORK/inspect.json")"
kv image_user "$IMG_USER"
kv cmd "${IMG_RUN[*]}"
kv healthcheck_cmd "$IMG_HC_RAW"
((${#IMG_RUN[@]})) || fail "image has neither ENTRYPOINT nor CMD"
[ -n "$IMG_USER" ] || fail "image has no USER: it would run as root"
case "${IMG_USER%%:*}" in root|0) fail "image USER is $IMG_USER (root)";; esac

# --- added bytes over the final stage's base ------------------------------------------------------
BASE=$("${HELPER[@]}" final-base "$DIR/Dockerfile")
size_of() { podman image inspect --format '{{.Size}}' "$1"; }
IMG_SIZE=$(size_of "$TAG")
if [ "$BASE" = scratch ]; then BASE_SIZE=0; else BASE_SIZE=$(size_of "$BASE") || fail "cannot size base image $BASE"; fi
kv final_base "$BASE"
kv image_bytes "$IMG_SIZE"
kv image_added_bytes "$((IMG_SIZE - BASE_SIZE))"

# --- start the server as the image's user ---------------------------------------------------------
new_container() { # new_container ROLE: sets C to a new container from the built image
  C=scaffold-e2e-$$-$1
  buildah from --pull=never --name "$C" "$TAG" >/dev/null || fail "buildah from $TAG failed"
  CONTAINERS+=("$C")
}
new_container server
SERVER_C=$C
log "starting '${IMG_RUN[*]}' as user '$IMG_USER' in $SERVER_C"
t0=$(now)
# setsid: the launcher leads a new session, so every process it starts can be found and stopped.
setsid buildah run --isolation chroot --user "$IMG_USER" "$SERVER_C" -- "${IMG_RUN[@]}" \
  >"$WORK/server.log" 2>&1 </dev/null &
SERVER_SID=$!
URL="http://127.0.0.1:$PORT$HEALTH_PATH"
if ! interruptible "${HELPER[@]}" wait-http "$URL" "$TIMEOUT" "$SERVER_SID" >"$WORK/healthy.out" 2>"$WORK/wait.err"; then
  cat "$WORK/wait.err" >&2
  show_tail "$WORK/server.log"
  fail "server never became healthy at $URL"
fi
kv start_to_healthy_s "$(cat "$WORK/healthy.out")"
kv health_url "$URL"
# Health latency once up (seeds ask for an answer within 1 s): reported, not asserted; the median of
# 10 sequential requests, each a fresh connection as a probe makes.
for _ in 1 2 3 4 5 6 7 8 9 10; do
  curl -fsS -o /dev/null -w '%{time_total}\n' --max-time 5 "$URL" || echo 5
done | sort -n | awk '{ t[NR] = $1 } END { printf "health_median_ms=%.1f\nhealth_max_ms=%.1f\n", (t[5] + t[6]) * 500, t[NR] * 1000 }'

# --- who serves the port --------------------------------------------------------------------------
LISTENERS=$("${HELPER[@]}" listeners "$PORT")
[ -n "$LISTENERS" ] || fail "nothing found listening on port $PORT"
OURS=" $("${HELPER[@]}" session-pids "$SERVER_SID") "
for pid in $LISTENERS; do
  [[ "$OURS" == *" $pid "* ]] || fail "port $PORT is served by pid $pid, which the image did not start"
  uid=$("${HELPER[@]}" uid "$pid")
  [ "$uid" != 0 ] || fail "the process serving port $PORT (pid $pid) runs as root"
  [ "$uid" = "$WANT_UID" ] || fail "the process serving port $PORT (pid $pid) runs as uid $uid, expected $WANT_UID"
done
kv listener_pids "${LISTENERS// /,}"
kv uid "$uid"

new_container probe
PROBE_C=$C
probe() { interruptible timeout 60 buildah run --isolation chroot --user "$IMG_USER" "$PROBE_C" -- "$@" </dev/null; }
WHOAMI=$(probe whoami 2>"$WORK/whoami.err") || { cat "$WORK/whoami.err" >&2; fail "whoami failed in the image"; }
kv whoami "$WHOAMI"
[ "$WHOAMI" = "$WANT_USER" ] || fail "whoami prints '$WHOAMI', expected '$WANT_USER'"
ID_U=$(probe id -u 2>/dev/null) || ID_U=
[ -z "$ID_U" ] || [ "$ID_U" = "$WANT_UID" ] || fail "id -u prints '$ID_U', expected $WANT_UID"

# --- commands the scenario expects to work inside the image -------------------------------------
n=0
for c in "${IMAGE_COMMANDS[@]}"; do
  n=$((n + 1))
  read -r -a words <<<"$c"
  probe "${words[@]}" >"$WORK/image-command-$n.log" 2>&1 ||
    { show_tail "$WORK/image-command-$n.log"; fail "'${words[0]} …' (image command $n) failed inside the image"; }
done
((n == 0)) || kv image_commands_ok "$n"

# --- HEALTHCHECK ----------------------------------------------------------------------------------
((${#IMG_HC[@]})) || { kv healthcheck missing; fail "image has no HEALTHCHECK (or HEALTHCHECK NONE)"; }
if probe "${IMG_HC[@]}" >"$WORK/healthcheck.log" 2>&1; then
  kv healthcheck_exit 0
  kv healthcheck ok
else
  rc=$?
  kv healthcheck_exit "$rc"
  kv healthcheck fail
  show_tail "$WORK/healthcheck.log"
  fail "HEALTHCHECK command exited $rc"
fi

# --- stop on SIGTERM (what `docker stop` sends) ---------------------------------------------------
# Reported, not asserted: seconds from SIGTERM to the exit of the process serving the port. A
# graceful server stops accepting, drains and exits; Docker sends SIGKILL after 10 s.
running() { # running PID...: whether any is alive and no zombie
  local pid
  for pid in "$@"; do
    [ "$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1)" = Z ] || [ ! -e "/proc/$pid" ] || return 0
  done
  return 1
}
t0=$(now)
# shellcheck disable=SC2086 # one pid per word
kill -TERM $LISTENERS 2>/dev/null || true
STOP_S=over_12s
for _ in $(seq 1 240); do
  # shellcheck disable=SC2086
  if ! running $LISTENERS; then STOP_S=$(elapsed "$t0" "$(now)"); break; fi
  sleep 0.05
done
kv stop_on_sigterm_s "$STOP_S"

"${HELPER[@]}" kill-session "$SERVER_SID" >&2 || fail "could not stop the server"
SERVER_SID=

# --- installed Python distributions ---------------------------------------------------------------
MNT=$(buildah mount "$PROBE_C") || fail "buildah mount failed"
"${HELPER[@]}" dists "$MNT" >"$WORK/dists.txt"
buildah umount "$PROBE_C" >/dev/null
kv python_dists "$(cut -f1 "$WORK/dists.txt" | sort -u | wc -l)"
if [ -n "$FORBID" ]; then
  bad=()
  IFS=, read -r -a forbid_list <<<"$FORBID"
  for p in "${forbid_list[@]}"; do
    norm=$(printf '%s' "$p" | sed -E 's/[-_.]+/-/g' | tr '[:upper:]' '[:lower:]')
    where=$(awk -F'\t' -v n="$norm" '$1 == n { print $2 }' "$WORK/dists.txt" | paste -sd, -)
    [ -z "$where" ] || bad+=("$norm in /$where")
  done
  kv forbidden_packages_found "$(IFS=';'; echo "${bad[*]:-none}")"
  ((${#bad[@]} == 0)) || fail "dev-only packages in the image: ${bad[*]}"
fi

# --- rebuild after a source change ---------------------------------------------------------------
if [ -z "$TOUCH" ]; then
  kv rebuild skipped
else
  TOUCH_BACKUP=$WORK/touch-backup
  cp -p "$DIR/$TOUCH" "$TOUCH_BACKUP"
  # A content change (buildah's cache ignores mtimes) that is new to the layer cache on every run
  # (a fixed one would be cached by the previous run's rebuild) and harmless in any source language:
  # a trailing whitespace-only line whose spaces and tabs spell 32 random bits.
  marker=$(od -An -N4 -tu4 /dev/urandom | awk '{ n = $1; s = ""; for (i = 0; i < 32; i++) { s = s ((n % 2) ? "\t" : " "); n = int(n / 2) } print s }')
  printf '\n%s\n' "$marker" >>"$DIR/$TOUCH"
  log "rebuild after changing $TOUCH"
  t0=$(now)
  build "$WORK/build-re.log" || { show_tail "$WORK/build-re.log" 40; fail "rebuild failed"; }
  RE_S=$(elapsed "$t0" "$(now)")
  cat "$TOUCH_BACKUP" >"$DIR/$TOUCH" && touch -r "$TOUCH_BACKUP" "$DIR/$TOUCH"
  TOUCH_BACKUP=
  kv rebuild_s "$RE_S"
  kv rebuild_ratio "$(awk -v r="$RE_S" -v c="$COLD_S" 'BEGIN { printf "%.3f", (c > 0 ? r / c : 0) }')"
  "${HELPER[@]}" build-steps "$WORK/build-re.log" >"$WORK/steps.txt"
  total=$(wc -l <"$WORK/steps.txt")
  cached=$(grep -c '^cached' "$WORK/steps.txt" || true)
  kv rebuild_cached_steps "$cached/$total"
  dep=$(grep -E -- "$DEP_PATTERN" "$WORK/steps.txt" || true)
  [ -n "$dep" ] || fail "no build step matches the dependency pattern '$DEP_PATTERN' (pass --dep-step-pattern)"
  kv dep_steps "$(printf '%s\n' "$dep" | wc -l)"
  if printf '%s\n' "$dep" | grep -q '^built'; then
    printf '%s\n' "$dep" | grep '^built' | cut -f2 >&2
    fail "the dependency step was rebuilt after changing only $TOUCH (layer cache not reused)"
  fi
  kv dep_step_cached yes
  [ "$cached" -lt "$total" ] || fail "every step came from cache: changing $TOUCH did not reach the image (is it in .dockerignore?)"
fi

kv result ok
