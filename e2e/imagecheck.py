#!/usr/bin/env python3
"""Helpers for e2e/image-check.sh that are awkward in bash (JSON, /proc, HTTP polling).

Subcommands (all print to stdout, errors to stderr, exit 0 unless said otherwise):
  config IMAGE_JSON_FILE     bash assignments from `buildah inspect --type image` output:
                             IMG_USER, IMG_RUN=(entrypoint+cmd), IMG_HC=(health check argv)
  final-base DOCKERFILE      the fully qualified image the final stage is built FROM ("scratch" if so)
  listeners PORT             pids of processes holding a TCP socket listening on PORT (any address)
  port-busy PORT             exit 0 if something listens on PORT, 1 if not
  session-pids SID           pids whose session id is SID
  kill-session SID           SIGTERM, then after 5 s SIGKILL, every process in session SID
  uid PID                    effective uid of PID
  wait-http URL TIMEOUT PID  poll URL until HTTP 200; print seconds waited; exit 1 on timeout,
                             3 if PID (the server launcher) exits first
  build-steps LOG            one line per build step: "cached|built<TAB>step text"
  dists ROOT                 Python distributions (normalized names) in any site-/dist-packages under ROOT
"""
import json
import os
import re
import shlex
import signal
import sys
import time
import urllib.error
import urllib.request


def cmd_config(path):
    with open(path) as f:
        data = json.load(f)
    cfg = (data.get("Docker") or {}).get("config") or {}
    oci = ((data.get("OCIv1") or {}).get("config")) or {}
    user = cfg.get("User") or oci.get("User") or ""
    run = (cfg.get("Entrypoint") or oci.get("Entrypoint") or []) + (cfg.get("Cmd") or oci.get("Cmd") or [])
    test = ((cfg.get("Healthcheck") or {}).get("Test")) or []
    if test and test[0] == "CMD":
        hc = test[1:]
    elif test and test[0] == "CMD-SHELL":
        hc = ["/bin/sh", "-c", test[1]]
    else:  # absent or NONE
        hc = []
    print(f"IMG_USER={shlex.quote(user)}")
    print(f"IMG_RUN=({' '.join(shlex.quote(a) for a in run)})")
    print(f"IMG_HC=({' '.join(shlex.quote(a) for a in hc)})")
    print(f"IMG_HC_RAW={shlex.quote(json.dumps(test))}")


def qualify(ref):
    """docker.io/library/NAME:TAG for a short reference, as a Docker client reads it."""
    ref = ref.split("@", 1)[0]
    first = ref.split("/", 1)[0]
    if "/" not in ref:
        ref = "docker.io/library/" + ref
    elif "." not in first and ":" not in first and first != "localhost":
        ref = "docker.io/" + ref
    last = ref.rsplit("/", 1)[-1]
    return ref if ":" in last else ref + ":latest"


def cmd_final_base(path):
    text = open(path).read().replace("\\\n", " ")
    args, stages, last, seen_from = {}, {}, None, False

    def expand(s):
        return re.sub(r"\$\{?(\w+)(?::?-([^}]*))?\}?",
                      lambda m: args.get(m.group(1)) or (m.group(2) or ""), s)

    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        word, _, rest = line.partition(" ")
        word = word.upper()
        if word == "ARG" and not seen_from:
            for tok in rest.split():
                k, _, v = tok.partition("=")
                args[k] = v.strip("\"'")
        elif word == "FROM":
            seen_from = True
            toks = [t for t in rest.split() if not t.startswith("--")]
            img = expand(toks[0])
            name = toks[2].lower() if len(toks) >= 3 and toks[1].upper() == "AS" else None
            base = stages.get(img.lower(), img)  # FROM an earlier stage: that stage's base
            if name:
                stages[name] = base
            last = base
    if last is None:
        sys.exit("no FROM in " + path)
    print("scratch" if last == "scratch" else qualify(last))


def listening_inodes(port):
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = open(table).read().splitlines()[1:]
        except OSError:
            continue
        for row in lines:
            cols = row.split()
            local, state, inode = cols[1], cols[3], cols[9]
            if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:
                inodes.add(inode)
    return inodes


def cmd_listeners(port):
    wanted = {f"socket:[{i}]" for i in listening_inodes(int(port))}
    pids = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}") in wanted:
                    pids.append(int(pid))
                    break
            except OSError:
                pass
    print(" ".join(map(str, sorted(pids))))


def session_pids(sid):
    pids = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = open(f"/proc/{pid}/stat").read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # after "pid (comm) "
        if int(fields[3]) == sid:  # state ppid pgrp session
            pids.append(int(pid))
    return pids


def cmd_kill_session(sid):
    sid = int(sid)
    if sid <= 1:
        sys.exit("refusing to kill session " + str(sid))
    for sig, wait in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 2.0)):
        pids = session_pids(sid)
        if not pids:
            return
        for p in pids:
            try:
                os.kill(p, sig)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and session_pids(sid):
            time.sleep(0.1)
    left = session_pids(sid)
    if left:
        sys.exit(f"processes left in session {sid}: {left}")


def cmd_uid(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("Uid:"):
            print(line.split()[2])  # real, effective, saved, fs
            return
    sys.exit("no Uid line for pid " + pid)


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is not alive
        return open(f"/proc/{pid}/stat").read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def cmd_wait_http(url, timeout, pid):
    start = time.monotonic()
    deadline = start + float(timeout)
    last = "no answer"
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    print(f"{time.monotonic() - start:.2f}")
                    return
                last = f"HTTP {r.status}"
        except urllib.error.HTTPError as e:
            last = f"HTTP {e.code}"
        except (OSError, ValueError) as e:
            last = str(getattr(e, "reason", e))
        if not alive(int(pid)):
            print(f"server exited before {url} answered 200 (last: {last})", file=sys.stderr)
            sys.exit(3)
        time.sleep(0.25)
    print(f"{url} did not answer 200 within {timeout} s (last: {last})", file=sys.stderr)
    sys.exit(1)


STEP_RE = re.compile(r"(\[\d+/\d+\] )?STEP \d+/\d+: ")  # "[1/2] STEP 4/7: RUN ..." in multi-stage builds


def cmd_build_steps(path):
    """Pairs each buildah 'STEP n/m: ...' line with whether its '-->' line said 'Using cache'."""
    step, cached = None, False
    out = []
    for line in open(path, errors="replace"):
        line = line.rstrip("\n")
        if STEP_RE.match(line):
            if step is not None:
                out.append(("cached" if cached else "built", step))
            step, cached = line, False
        elif line.startswith("--> Using cache") and step is not None:
            cached = True
    if step is not None:
        out.append(("cached" if cached else "built", step))
    for state, text in out:
        if re.match(STEP_RE.pattern + r"FROM ", text):
            continue  # FROM has no cache line of its own
        print(f"{state}\t{text}")


def normalize(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def cmd_dists(root):
    found = set()
    for dirpath, dirnames, _ in os.walk(root):
        base = os.path.basename(dirpath)
        if base in ("site-packages", "dist-packages"):
            for d in dirnames:
                m = re.match(r"(.+?)-\d[^/]*\.(dist-info|egg-info)$", d)
                if m:
                    found.add(f"{normalize(m.group(1))}\t{os.path.relpath(dirpath, root)}")
            dirnames[:] = []  # do not descend into packages
        elif dirpath.startswith(os.path.join(root, "proc")) or dirpath.startswith(os.path.join(root, "sys")):
            dirnames[:] = []
    for line in sorted(found):
        print(line)


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    cmd, args = argv[1], argv[2:]
    table = {
        "config": cmd_config, "final-base": cmd_final_base, "listeners": cmd_listeners,
        "kill-session": cmd_kill_session, "uid": cmd_uid, "wait-http": cmd_wait_http,
        "build-steps": cmd_build_steps, "dists": cmd_dists,
    }
    if cmd == "port-busy":
        sys.exit(0 if listening_inodes(int(args[0])) else 1)
    if cmd == "session-pids":
        print(" ".join(map(str, session_pids(int(args[0])))))
        return
    if cmd not in table:
        sys.exit(__doc__)
    table[cmd](*args)


if __name__ == "__main__":
    main(sys.argv)
