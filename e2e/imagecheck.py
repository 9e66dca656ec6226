#!/usr/bin/env python3
"""e2e/imagecheck.py DIR --port P --uid U --user NAME --health-path H --report FILE [options]

Builds DIR/Dockerfile with buildah on local stand-in base images, runs the image's own command as
the image's own USER, checks what a generated repo promises, and writes a JSON report to FILE:
  - the image builds from cold (no layer shared with earlier runs, empty cache mounts), timed;
  - its command serves GET http://127.0.0.1:P/H with 200 within --timeout seconds, timed, and the
    median and max latency of 10 more requests are reported;
  - the process listening on P runs as uid U (never 0), and `whoami` in the image prints NAME;
  - its HEALTHCHECK command exits 0 while the server runs; the scenario's --image-command too;
  - (--forbid-packages a,b) no such Python distribution is installed anywhere in the image;
  - the bytes the image adds over its final stage's base image;
  - read-only run: the image's root filesystem mounted read-only with a tmpfs on /tmp (Kubernetes'
    readOnlyRootFilesystem), the command as PID 1 of its own PID namespace (as in a container); it
    must answer health and pass its HEALTHCHECK inside that namespace;
  - stop on SIGTERM: SIGTERM to that PID 1; it must exit by itself within --stop-grace seconds with
    status 0 (or 143, the JVM's status for an orderly SIGTERM shutdown); the time is reported;
  - (--touch RELPATH) after appending a whitespace-only line to DIR/RELPATH, the rebuild takes the
    dependency step from cache (steps matching --dep-step-pattern) and rebuilds at least one step.

Options:
  --touch RELPATH            source file to change for the rebuild check (restored afterwards)
  --dep-step-pattern REGEX   regex picking the dependency-install step(s) in buildah's
                             "STEP n/m: ..." lines (default: DEP_DEFAULT below)
  --forbid-packages LIST     comma-separated Python distributions that must not be in the image
  --image-command CMD        a command (split on spaces) that must exit 0 inside the image, as its
                             USER, while the server runs; repeatable (e.g. "pg_isready -d URL")
  --timeout S                seconds to wait for the health endpoint (default 60)
  --stop-grace S             seconds SIGTERM may take before SIGKILL (default 3)
  --tag NAME                 image tag to build (default: localhost/scaffold-imagecheck/check:<pid>-<n>)
  --keep-logs                keep the work folder (build and server logs) even on success

Exit 0 when every check passes, 1 when a check fails (the report says which: "failures"), 2 on
usage or setup errors. Progress and logs go to stderr; stdout gets a one-line summary.
Cleanup, always: the servers' processes are stopped, containers removed, the image tag this run
built removed (podman untag; rmi would delete the untagged parents, i.e. the layer cache).
Environment: OCI_STANDINS (path to oci-standins; default ../shared/tools/oci-standins beside this
repo), SCAFFOLD_E2E_TMP (parent of the work folder; default /var/tmp).

Internal: `imagecheck.py _enter SPEC_JSON` is the launcher of the read-only run (see ReadOnlyRun).
"""
import argparse
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

DEP_DEFAULT = r"--no-install-project|--no-root|go mod download|dependency:(go-offline|resolve)|npm ci|pip install .*-r |cargo fetch"
HERE = Path(__file__).resolve().parent
SIGTERM_CLEAN = (0, 128 + signal.SIGTERM)


class Usage(Exception):
    """A usage or setup error: exit 2."""


class Abort(Exception):
    """A failed check after which the remaining checks make no sense."""


def log(msg):
    print(f"image-check: {msg}", file=sys.stderr, flush=True)


# --- processes -----------------------------------------------------------------------------------
def session_pids(sid):
    pids = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # after "pid (comm) ": state ppid pgrp session
        if int(fields[3]) == sid and fields[0] != "Z":  # a zombie (our own child, not yet waited for) is gone
            pids.append(int(pid))
    return pids


def children(pid):
    out = []
    for pid2 in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{pid2}/stat").read_text()
        except OSError:
            continue
        if int(stat[stat.rindex(")") + 2:].split()[1]) == pid:
            out.append(int(pid2))
    return out


def kill_session(sid, grace=5.0):
    """SIGTERM, then SIGKILL after `grace` s, every process in session sid; True when none is left."""
    if sid <= 1:
        raise ValueError(f"refusing to kill session {sid}")
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 2.0)):
        pids = session_pids(sid)
        if not pids:
            return True
        for p in pids:
            try:
                os.kill(p, sig)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and session_pids(sid):
            time.sleep(0.1)
    return not session_pids(sid)


def uid_of(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Uid:"):
            return int(line.split()[2])  # real, effective, saved, fs
    raise Abort(f"no Uid line for pid {pid}")


def listening_inodes(port):
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            cols = row.split()
            if cols[3] == "0A" and int(cols[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(cols[9])
    return inodes


def listeners(port):
    wanted = {f"socket:[{i}]" for i in listening_inodes(port)}
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
    return sorted(pids)


def wait_http(url, timeout, launcher):
    """Seconds until url answered 200; raises Abort on timeout or when launcher exits first."""
    start = time.monotonic()
    last = "no answer"
    while time.monotonic() < start + timeout:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return round(time.monotonic() - start, 2)
                last = f"HTTP {r.status}"
        except urllib.error.HTTPError as e:
            last = f"HTTP {e.code}"
        except (OSError, ValueError) as e:
            last = str(getattr(e, "reason", e))
        if launcher.poll() is not None:
            raise Abort(f"server exited (status {launcher.returncode}) before {url} answered 200 (last: {last})")
        time.sleep(0.25)
    raise Abort(f"{url} did not answer 200 within {timeout} s (last: {last})")


def latency_ms(url):
    """Median and max of 10 sequential requests, each a fresh connection as a probe makes."""
    times = []
    for _ in range(10):
        t0 = time.monotonic()
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                r.read()
            times.append(time.monotonic() - t0)
        except (OSError, ValueError):
            times.append(5.0)
    return round(statistics.median(times) * 1000, 1), round(max(times) * 1000, 1)


# --- image and Dockerfile ------------------------------------------------------------------------
def image_config(inspect):
    cfg = (inspect.get("Docker") or {}).get("config") or {}
    oci = (inspect.get("OCIv1") or {}).get("config") or {}
    run = (cfg.get("Entrypoint") or oci.get("Entrypoint") or []) + (cfg.get("Cmd") or oci.get("Cmd") or [])
    test = ((cfg.get("Healthcheck") or {}).get("Test")) or []
    if test and test[0] == "CMD":
        hc = test[1:]
    elif test and test[0] == "CMD-SHELL":
        hc = ["/bin/sh", "-c", test[1]]
    else:  # absent or NONE
        hc = []
    return {"user": cfg.get("User") or oci.get("User") or "", "run": run, "healthcheck": hc,
            "healthcheck_raw": test, "env": cfg.get("Env") or oci.get("Env") or [],
            "workdir": cfg.get("WorkingDir") or oci.get("WorkingDir") or "/"}


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


def final_base(dockerfile):
    """The fully qualified image the final stage is built FROM ("scratch" if so)."""
    text = Path(dockerfile).read_text().replace("\\\n", " ")
    args, stages, last, seen_from = {}, {}, None, False

    def expand(s):
        return re.sub(r"\$\{?(\w+)(?::?-([^}]*))?\}?", lambda m: args.get(m.group(1)) or (m.group(2) or ""), s)

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
        raise Usage(f"no FROM in {dockerfile}")
    return "scratch" if last == "scratch" else qualify(last)


STEP_RE = re.compile(r"(\[\d+/\d+\] )?STEP \d+/\d+: ")  # "[1/2] STEP 4/7: RUN ..." in multi-stage builds


def build_steps(logtext):
    """(cached: bool, step text) per buildah 'STEP n/m: ...' line, FROM steps left out."""
    out, step, cached = [], None, False
    for line in logtext.splitlines():
        if STEP_RE.match(line):
            if step is not None:
                out.append((cached, step))
            step, cached = line, False
        elif line.startswith("--> Using cache") and step is not None:
            cached = True
    if step is not None:
        out.append((cached, step))
    return [(c, s) for c, s in out if not re.match(STEP_RE.pattern + "FROM ", s)]


def normalize(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def python_dists(root):
    """{normalized name: [folders]} of Python distributions in any site-/dist-packages under root."""
    found = {}
    for dirpath, dirnames, _ in os.walk(root):
        base = os.path.basename(dirpath)
        if base in ("site-packages", "dist-packages"):
            for d in dirnames:
                m = re.match(r"(.+?)-\d[^/]*\.(dist-info|egg-info)$", d)
                if m:
                    found.setdefault(normalize(m.group(1)), []).append(os.path.relpath(dirpath, root))
            dirnames[:] = []  # do not descend into packages
        elif dirpath in (os.path.join(root, "proc"), os.path.join(root, "sys")):
            dirnames[:] = []
    return found


def passwd_user(root, user):
    """(uid, gid, supplementary gids, home) of USER ("name", "uid", "name:group", "uid:gid") in root's /etc files."""
    name, _, group = user.partition(":")
    entries = {}
    try:
        for line in Path(root, "etc/passwd").read_text().splitlines():
            f = line.split(":")
            if len(f) >= 6:
                entries[f[0]] = (int(f[2]), int(f[3]), f[5])
    except OSError:
        pass
    if name.isdigit():
        uid = int(name)
        match = next((e for e in entries.items() if e[1][0] == uid), None)
        login, gid, home = (match[0], match[1][1], match[1][2]) if match else (None, uid, "/")
    elif name in entries:
        login, (uid, gid, home) = name, entries[name]
    else:
        raise Abort(f"USER {user}: no such user in the image's /etc/passwd")
    groups = {}
    try:
        for line in Path(root, "etc/group").read_text().splitlines():
            f = line.split(":")
            if len(f) >= 4:
                groups[f[0]] = (int(f[2]), f[3].split(","))
    except OSError:
        pass
    if group:
        gid = int(group) if group.isdigit() else groups.get(group, (None,))[0]
        if gid is None:
            raise Abort(f"USER {user}: no such group in the image's /etc/group")
    extra = sorted({g for g, members in groups.values() if login and login in members} | {gid})
    return uid, gid, extra, home


# --- the read-only run ---------------------------------------------------------------------------
class ReadOnlyRun:
    """The image's command as a container runtime with readOnlyRootFilesystem would run it.

    buildah's chroot isolation has no read-only option and no PID namespace, so this run builds
    the container by hand: `unshare --mount --pid --fork` starts this program again (`_enter`) as
    PID 1 of new mount and PID namespaces. It bind-mounts the container's rootfs (`buildah mount`)
    read-only on a fresh folder, mounts a tmpfs on /tmp, a fresh /proc, the host's /dev (with its
    /dev/shm, as Docker gives one even with --read-only), chroots, changes to the image's
    WorkingDir, drops to the image's USER (with its groups) and execs the command with the image's
    Env: the command is PID 1, so, as in a container, SIGTERM does nothing unless it handles it.
    The network is the host's, as with buildah run.
    """

    def __init__(self, rootfs, cfg, work):
        self.rootfs, self.cfg, self.work = rootfs, cfg, work
        self.proc = None

    def spec(self, target):
        uid, gid, groups, home = passwd_user(self.rootfs, self.cfg["user"])
        env = dict(e.split("=", 1) for e in self.cfg["env"] if "=" in e)
        env.setdefault("HOME", home)
        env.setdefault("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
        env.setdefault("HOSTNAME", "scaffold-e2e")
        return {"rootfs": self.rootfs, "target": target, "uid": uid, "gid": gid, "groups": groups,
                "env": env, "workdir": self.cfg["workdir"], "argv": self.cfg["run"]}

    def start(self, logf):
        target = self.work / "ro-root"
        target.mkdir(exist_ok=True)
        for d in ("tmp", "proc", "dev"):  # mount points, in the container's own writable layer
            Path(self.rootfs, d).mkdir(exist_ok=True)
        spec = self.work / "ro-spec.json"
        spec.write_text(json.dumps(self.spec(str(target))))
        self.proc = subprocess.Popen(
            ["unshare", "--mount", "--pid", "--fork", "--propagation", "private", "--",
             sys.executable, __file__, "_enter", str(spec)],
            stdout=logf, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        return self.proc

    def pid1(self):
        """Host pid of the namespace's PID 1 (the image's command once exec'd)."""
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            kids = children(self.proc.pid)
            if kids:
                return kids[0]
            time.sleep(0.05)
        raise Abort("the read-only run's PID 1 did not appear")

    def exec_inside(self, argv, timeout=60):
        """Runs argv inside the running container (its namespaces, root, cwd, user, env): exit code."""
        pid = self.pid1()
        s = self.spec("")
        cmd = ["nsenter", "-t", str(pid), "--mount", "--pid", "--root", "--wd",
               "--setgid", str(s["gid"]), "--setuid", str(s["uid"]), "--"] + argv
        try:
            r = subprocess.run(cmd, env=s["env"], stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return 124, "timed out"
        return r.returncode, (r.stdout + r.stderr).decode(errors="replace")[-2000:]

    def mounts(self):
        """{mount point: (fs type, options)} as PID 1 sees them (its /proc/PID/mountinfo, relative to its root)."""
        out = {}
        for line in Path(f"/proc/{self.pid1()}/mountinfo").read_text().splitlines():
            left, _, right = line.partition(" - ")
            f = left.split()
            out[f[4]] = (right.split()[0], f[5])  # mount point, per-mount options; fs type after " - "
        return out

    def sigterm(self, grace):
        """SIGTERM to PID 1: (seconds to exit or None, exit status or None, killed by SIGKILL)."""
        if self.proc.poll() is not None:
            raise Abort(f"the read-only run exited (status {self.proc.returncode}) before SIGTERM")
        pid = self.pid1()
        t0 = time.monotonic()
        os.kill(pid, signal.SIGTERM)
        try:
            rc = self.proc.wait(timeout=grace)
            return round(time.monotonic() - t0, 2), rc, False
        except subprocess.TimeoutExpired:
            os.kill(pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
            return None, None, True

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            kill_session(self.proc.pid, grace=1)


def enter(spec_path):
    """PID 1 of the read-only run's namespaces: set up the root, then become the image's command."""
    s = json.loads(Path(spec_path).read_text())
    t = s["target"]

    def mount(*args):
        subprocess.run(["mount", *args], check=True)

    mount("--bind", s["rootfs"], t)
    mount("-o", "remount,bind,ro", t)
    mount("-t", "tmpfs", "-o", "mode=1777,nosuid,nodev", "tmpfs", f"{t}/tmp")
    mount("-t", "proc", "proc", f"{t}/proc")
    mount("--rbind", "/dev", f"{t}/dev")
    os.chroot(t)
    os.chdir(s["workdir"] or "/")
    os.setgroups(s["groups"])
    os.setgid(s["gid"])
    os.setuid(s["uid"])
    argv = s["argv"]
    exe = argv[0]
    if "/" not in exe:
        exe = shutil.which(exe, path=s["env"].get("PATH")) or exe
    os.execve(exe, argv, s["env"])


# --- the check -----------------------------------------------------------------------------------
class Check:
    def __init__(self, a):
        self.a = a
        self.dir = Path(a.dir).resolve()
        self.report = {"result": "fail", "failures": []}
        self.containers, self.sessions = [], []
        self.touch_backup = None
        self.work = Path(tempfile.mkdtemp(prefix="scaffold-image-check.",
                                          dir=os.environ.get("SCAFFOLD_E2E_TMP", "/var/tmp")))
        self.tag = a.tag or f"localhost/scaffold-imagecheck/check:{os.getpid()}-{random.randrange(32768)}"
        self.ro = None

    def put(self, key, value):
        self.report[key] = value
        print(f"{key}={json.dumps(value) if not isinstance(value, str) else value}", file=sys.stderr, flush=True)

    def failed(self, message):
        log(f"FAIL: {message}")
        self.report["failures"].append(message)

    def sh(self, argv, logname=None, timeout=None, check=False, **kw):
        """Runs argv in its own session (so cleanup can stop all it started); output to a log or captured."""
        out = open(self.work / logname, "w") if logname else subprocess.PIPE
        try:
            p = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT if logname else subprocess.PIPE,
                                 stdin=subprocess.DEVNULL, start_new_session=True, **kw)
            self.sessions.append(p.pid)
            try:
                stdout, stderr = p.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                kill_session(p.pid, grace=1)
                p.wait()
                stdout, stderr = None, b"timed out"
            self.sessions.remove(p.pid)
        finally:
            if logname:
                out.close()
        text = Path(self.work / logname).read_text(errors="replace") if logname else (stdout or b"").decode(errors="replace")
        err = "" if logname else (stderr or b"").decode(errors="replace")
        if check and p.returncode != 0:
            self.tail(logname, text + err)
            raise Abort(f"{argv[0]} {' '.join(argv[1:3])} … exited {p.returncode}")
        return p.returncode, text, err

    def tail(self, name, text, n=25):
        log(f"--- last lines of {name or 'output'}:")
        print("\n".join(text.splitlines()[-n:]), file=sys.stderr)

    def standins(self):
        env = os.environ.get("OCI_STANDINS")
        for cand in (env, HERE.parent.parent / "shared/tools/oci-standins"):
            if cand and os.access(cand, os.X_OK):
                return str(cand)
        raise Usage("oci-standins not found (set OCI_STANDINS)")

    def cleanup_stale(self):
        """Leftovers of runs killed outright (SIGKILL skips cleanup): names carry a pid no longer running."""
        def stale(pid):
            try:
                return b"imagecheck" not in Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                return True
        _, out, _ = self.sh(["buildah", "containers", "--format", "{{.ContainerName}}"])
        for c in out.split():
            m = re.fullmatch(r"scaffold-imagecheck-(\d+)-(server|probe|readonly)", c)
            if m and stale(m.group(1)):
                self.sh(["buildah", "umount", c]), self.sh(["buildah", "rm", c])
        _, out, _ = self.sh(["buildah", "images", "--format", "{{.Name}}:{{.Tag}}"])
        for t in out.split():
            m = re.fullmatch(r"localhost/scaffold-imagecheck/check:(\d+)-\d+", t)
            if m and stale(m.group(1)):
                self.sh(["podman", "untag", t, t])

    def new_container(self, role):
        name = f"scaffold-imagecheck-{os.getpid()}-{role}"
        self.sh(["buildah", "from", "--pull=never", "--name", name, self.tag], check=True)
        self.containers.append(name)
        return name

    def build(self, logname):
        t0 = time.monotonic()
        _, args, _ = self.sh([self.stand, "build-args"], check=True)
        rc, text, _ = self.sh(["buildah", "bud", *args.split(), "-f", str(self.work / "Dockerfile"), "-t", self.tag,
                               str(self.dir)], logname=logname, env={**os.environ, "TMPDIR": str(self.work / "tmp")})
        if rc != 0:
            self.tail(logname, text, 40)
            raise Abort(f"build failed ({logname})")
        return round(time.monotonic() - t0, 2), text

    def run(self):
        a = self.a
        self.stand = self.standins()
        for tool in ("buildah", "podman", "unshare", "nsenter", "mount"):
            if not shutil.which(tool):
                raise Usage(f"{tool} not found")
        if os.geteuid() != 0:
            raise Usage("must run as root (buildah chroot isolation, buildah mount, namespaces)")
        self.cleanup_stale()
        # Builds need their own TMPDIR: buildah keeps RUN --mount=type=cache folders under $TMPDIR,
        # so a fresh one makes the cold build really cold, and the rebuild reuses it.
        (self.work / "tmp").mkdir()
        # A LABEL naming this run after every FROM gives each stage a layer chain of its own: the cold
        # build shares no layer with earlier runs (no --no-cache needed), and the rebuild can only reuse
        # this run's layers (with --no-cache, buildah's lookup may follow an older run's chain and miss
        # a step it never had). A LABEL changes neither the filesystem nor how the image runs.
        label = f"LABEL dev.scaffold.e2e.run={os.getpid()}-{random.randrange(1 << 30)}-{time.time_ns()}"
        lines = []
        for line in (self.dir / "Dockerfile").read_text().splitlines():
            lines.append(line)
            if re.match(r"\s*FROM\s", line, re.I):
                lines.append(label)
        (self.work / "Dockerfile").write_text("\n".join(lines) + "\n")

        log(f"oci-standins ensure {self.dir}/Dockerfile")
        t0 = time.monotonic()
        self.sh([self.stand, "ensure", str(self.dir / "Dockerfile")], logname="standins.log", check=True)
        self.put("standins_s", round(time.monotonic() - t0, 2))
        if listening_inodes(a.port):
            raise Abort(f"port {a.port} is already in use before the image started; pick a free port")

        log(f"cold build of {self.tag} ({label})")
        cold_s, _ = self.build("build-cold.log")
        self.put("cold_build_s", cold_s)
        self.put("image", self.tag)

        _, out, _ = self.sh(["buildah", "inspect", "--type", "image", self.tag], check=True)
        cfg = image_config(json.loads(out))
        self.put("image_user", cfg["user"])
        self.put("cmd", cfg["run"])
        self.put("healthcheck_cmd", cfg["healthcheck_raw"])
        if not cfg["run"]:
            raise Abort("image has neither ENTRYPOINT nor CMD")
        if not cfg["user"]:
            raise Abort("image has no USER: it would run as root")
        if cfg["user"].split(":")[0] in ("root", "0"):
            raise Abort(f"image USER is {cfg['user']} (root)")

        base = final_base(self.dir / "Dockerfile")
        size = lambda ref: int(self.sh(["podman", "image", "inspect", "--format", "{{.Size}}", ref], check=True)[1])
        image_bytes = size(self.tag)
        base_bytes = 0 if base == "scratch" else size(base)
        self.put("final_base", base)
        self.put("image_bytes", image_bytes)
        self.put("image_added_bytes", image_bytes - base_bytes)

        self.serve(cfg)
        self.dists()
        self.read_only(cfg)
        self.rebuild()
        self.report["result"] = "ok" if not self.report["failures"] else "fail"

    def serve(self, cfg):
        """The image's command with buildah run, as the image's USER: health, listener uid, probes."""
        a = self.a
        server = self.new_container("server")
        log(f"starting {cfg['run']} as user '{cfg['user']}' in {server}")
        logf = open(self.work / "server.log", "w")
        p = subprocess.Popen(["buildah", "run", "--isolation", "chroot", "--user", cfg["user"], server, "--", *cfg["run"]],
                             stdout=logf, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        self.sessions.append(p.pid)
        url = f"http://127.0.0.1:{a.port}{a.health_path}"
        try:
            self.put("start_to_healthy_s", wait_http(url, a.timeout, p))
        except Abort:
            self.tail("server.log", (self.work / "server.log").read_text(errors="replace"))
            raise
        self.put("health_url", url)
        med, mx = latency_ms(url)
        self.put("health_median_ms", med)
        self.put("health_max_ms", mx)

        pids = listeners(a.port)
        if not pids:
            raise Abort(f"nothing found listening on port {a.port}")
        ours = set(session_pids(p.pid))
        uids = []
        for pid in pids:
            if pid not in ours:
                raise Abort(f"port {a.port} is served by pid {pid}, which the image did not start")
            uids.append(uid_of(pid))
        self.put("listener_pids", pids)
        self.put("listener_uids", sorted(set(uids)))
        self.put("uid", uids[0] if len(set(uids)) == 1 else None)
        for pid, uid in zip(pids, uids):
            if uid == 0:
                self.failed(f"the process serving port {a.port} (pid {pid}) runs as root")
            elif uid != a.uid:
                self.failed(f"the process serving port {a.port} (pid {pid}) runs as uid {uid}, expected {a.uid}")

        probe_c = self.new_container("probe")
        self.probe_c = probe_c
        probe = lambda argv, name: self.sh(["buildah", "run", "--isolation", "chroot", "--user", cfg["user"], probe_c,
                                             "--", *argv], logname=name, timeout=60)
        rc, out, _ = probe(["whoami"], "whoami.log")
        self.put("whoami", out.strip() if rc == 0 else None)
        if rc != 0:
            self.failed(f"whoami failed in the image: {out.strip()[-300:]}")
        elif out.strip() != a.user:
            self.failed(f"whoami prints '{out.strip()}', expected '{a.user}'")
        rc, out, _ = probe(["id", "-u"], "id.log")
        if rc == 0 and out.strip() != str(a.uid):  # distroless has no id: then only whoami counts
            self.failed(f"id -u prints '{out.strip()}', expected {a.uid}")

        results = []
        for n, command in enumerate(a.image_command, 1):
            rc, out, _ = probe(command.split(), f"image-command-{n}.log")
            results.append({"command": command.split()[0], "exit": rc})
            if rc != 0:
                self.tail(f"image-command-{n}.log", out)
                self.failed(f"'{command.split()[0]} …' (image command {n}) exited {rc} inside the image")
        self.put("image_commands", results)

        if not cfg["healthcheck"]:
            self.put("healthcheck_exit", None)
            self.failed("image has no HEALTHCHECK (or HEALTHCHECK NONE)")
        else:
            rc, out, _ = probe(cfg["healthcheck"], "healthcheck.log")
            self.put("healthcheck_exit", rc)
            if rc != 0:
                self.tail("healthcheck.log", out)
                self.failed(f"HEALTHCHECK command exited {rc}")
        if not kill_session(p.pid):
            raise Abort("could not stop the server")
        p.wait()
        self.sessions.remove(p.pid)
        logf.close()

    def dists(self):
        _, mnt, _ = self.sh(["buildah", "mount", self.probe_c], check=True)
        found = python_dists(mnt.strip())
        self.sh(["buildah", "umount", self.probe_c])
        self.put("python_dists", len(found))
        bad = {}
        for p in filter(None, (self.a.forbid_packages or "").split(",")):
            if normalize(p) in found:
                bad[normalize(p)] = found[normalize(p)]
        self.put("forbidden_packages_found", bad)
        if bad:
            self.failed(f"dev-only packages in the image: {bad}")

    def read_only(self, cfg):
        a = self.a
        c = self.new_container("readonly")
        _, mnt, _ = self.sh(["buildah", "mount", c], check=True)
        self.ro = ReadOnlyRun(mnt.strip(), cfg, self.work)
        log("read-only run: rootfs read-only, tmpfs /tmp, the command as PID 1")
        result = {"result": "fail"}
        self.report["read_only"] = result
        with open(self.work / "readonly-server.log", "w") as logf:
            p = self.ro.start(logf)
            self.sessions.append(p.pid)
            url = f"http://127.0.0.1:{a.port}{a.health_path}"
            try:
                result["start_to_healthy_s"] = wait_http(url, a.timeout, p)
            except Abort as e:
                self.tail("readonly-server.log", (self.work / "readonly-server.log").read_text(errors="replace"))
                result["error"] = str(e)
                self.failed(f"read-only root filesystem: {e}")
                self.ro.stop()
                self.put("read_only", result)
                self.put("sigterm", {"result": "not run (the read-only run never became healthy)"})
                self.failed("stop on SIGTERM not measured: the read-only run never became healthy")
                return
            # Proof that the run was what it claims: the root read-only and /tmp a tmpfs, as PID 1 sees them.
            mounts = self.ro.mounts()
            root_opts = mounts.get("/", ("?", ""))[1].split(",")
            result["root_mount"] = "ro" if "ro" in root_opts else "rw"
            result["tmp_fs"] = mounts.get("/tmp", ("none",))[0]
            if result["root_mount"] != "ro" or result["tmp_fs"] != "tmpfs":
                self.failed(f"read-only run: root mounted {result['root_mount']}, /tmp is {result['tmp_fs']}")
            if cfg["healthcheck"]:
                rc, out = self.ro.exec_inside(cfg["healthcheck"])
                result["healthcheck_exit"] = rc
                if rc != 0:
                    self.tail("read-only HEALTHCHECK", out)
                    self.failed(f"read-only root filesystem: HEALTHCHECK exited {rc}")
            result["result"] = "ok" if result.get("healthcheck_exit", 0) == 0 and result["root_mount"] == "ro" \
                and result["tmp_fs"] == "tmpfs" else "fail"
            self.put("read_only", result)

            stop_s, rc, killed = self.ro.sigterm(a.stop_grace)
            self.sessions.remove(p.pid)
            term = {"stop_s": stop_s, "grace_s": a.stop_grace, "killed": killed,
                    "exit_status": rc if rc is None or rc >= 0 else None,
                    "exit_signal": -rc if rc is not None and rc < 0 else None}
            if killed:
                self.failed(f"SIGTERM: still running after {a.stop_grace} s, killed (SIGKILL)")
            elif rc not in SIGTERM_CLEAN:
                self.tail("readonly-server.log", (self.work / "readonly-server.log").read_text(errors="replace"))
                self.failed(f"SIGTERM: exited with {'signal ' + str(-rc) if rc < 0 else 'status ' + str(rc)},"
                            f" not a clean exit (0 or 143)")
            term["result"] = "ok" if not killed and rc in SIGTERM_CLEAN else "fail"
            self.put("sigterm", term)
        self.sh(["buildah", "umount", c])

    def rebuild(self):
        a = self.a
        if not a.touch:
            self.put("rebuild", None)
            return
        target = self.dir / a.touch
        self.touch_backup = self.work / "touch-backup"
        shutil.copy2(target, self.touch_backup)
        # A content change (buildah's cache ignores mtimes) new to the layer cache on every run and
        # harmless in any source language: a trailing whitespace-only line spelling 32 random bits.
        bits = random.getrandbits(32)
        marker = "".join("\t" if bits >> i & 1 else " " for i in range(32))
        with open(target, "a") as f:
            f.write(f"\n{marker}\n")
        log(f"rebuild after changing {a.touch}")
        re_s, text = self.build("build-re.log")
        self.restore_touch()
        steps = build_steps(text)
        cached = sum(1 for c, _ in steps if c)
        dep = [(c, s) for c, s in steps if re.search(a.dep_step_pattern, s)]
        cold = self.report["cold_build_s"]
        info = {"s": re_s, "ratio": round(re_s / cold, 3) if cold else 0, "cached_steps": cached,
                "total_steps": len(steps), "dep_steps": len(dep), "dep_step_cached": bool(dep) and all(c for c, _ in dep)}
        self.put("rebuild", info)
        if not dep:
            self.failed(f"no build step matches the dependency pattern '{a.dep_step_pattern}' (pass --dep-step-pattern)")
        elif not info["dep_step_cached"]:
            self.failed(f"the dependency step was rebuilt after changing only {a.touch} (layer cache not reused): "
                        + "; ".join(s for c, s in dep if not c))
        if cached >= len(steps):
            self.failed(f"every step came from cache: changing {a.touch} did not reach the image (is it in .dockerignore?)")

    def restore_touch(self):
        if self.touch_backup:
            target = self.dir / self.a.touch
            target.write_bytes(self.touch_backup.read_bytes())
            shutil.copystat(self.touch_backup, target)
            self.touch_backup = None

    def cleanup(self):
        for sid in list(self.sessions):
            kill_session(sid, grace=2)
        if self.ro:
            self.ro.stop()
        for c in self.containers:
            subprocess.run(["buildah", "umount", c], capture_output=True)
            subprocess.run(["buildah", "rm", c], capture_output=True)
        self.restore_touch()
        if subprocess.run(["buildah", "inspect", "--type", "image", self.tag], capture_output=True).returncode == 0:
            if subprocess.run(["podman", "untag", self.tag, self.tag], capture_output=True).returncode != 0:
                log(f"could not untag {self.tag}")


def parse(argv):
    p = argparse.ArgumentParser(prog="imagecheck.py", add_help=True, usage=__doc__.splitlines()[0])
    p.add_argument("dir")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--uid", type=int, required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--health-path", required=True)
    p.add_argument("--report", required=True)
    p.add_argument("--touch")
    p.add_argument("--dep-step-pattern", default=DEP_DEFAULT)
    p.add_argument("--forbid-packages")
    p.add_argument("--image-command", action="append", default=[])
    p.add_argument("--timeout", type=float, default=60)
    p.add_argument("--stop-grace", type=float, default=3)
    p.add_argument("--tag")
    p.add_argument("--keep-logs", action="store_true")
    a = p.parse_args(argv)
    if a.uid == 0:
        p.error("--uid 0: the image must not run as root")
    if not a.health_path.startswith("/"):
        a.health_path = "/" + a.health_path
    if not Path(a.dir, "Dockerfile").is_file():
        p.error(f"no Dockerfile in {a.dir}")
    if a.touch and not Path(a.dir, a.touch).is_file():
        p.error(f"--touch: no such file {a.dir}/{a.touch}")
    return a


def main(argv):
    if len(argv) == 2 and argv[0] == "_enter":
        enter(argv[1])  # does not return
    a = parse(argv)

    def interrupted(signum, _frame):
        raise KeyboardInterrupt(f"signal {signum}")
    signal.signal(signal.SIGTERM, interrupted)
    check = None
    rc = 1
    try:
        check = Check(a)
        check.run()
        rc = 0 if check.report["result"] == "ok" else 1
    except Usage as e:
        print(f"image-check: {e}", file=sys.stderr)
        rc = 2
    except Abort as e:
        check.failed(str(e))
    except KeyboardInterrupt:
        log("interrupted")
        rc = 130
    finally:
        if check:
            check.cleanup()
            check.report["work"] = str(check.work)
            tmp = Path(a.report + ".tmp")
            tmp.write_text(json.dumps(check.report, indent=2) + "\n")
            tmp.replace(a.report)
            if rc != 0 or a.keep_logs:
                shutil.rmtree(check.work / "tmp", ignore_errors=True)  # cache mounts: large, no use for diagnosis
                log(f"logs kept in {check.work}")
            else:
                shutil.rmtree(check.work, ignore_errors=True)
    if check:
        r = check.report
        print(f"result={r['result']} report={a.report}" + "".join(f"\nFAIL: {f}" for f in r["failures"]))
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
