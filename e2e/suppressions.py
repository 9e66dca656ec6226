#!/usr/bin/env python3
"""e2e/suppressions.py DIR — every linter suppression in a generated repo is narrow and gives a reason.

hadolint and zizmor findings may be ignored in the repo itself, but only next to the line they are
about and with a reason a reviewer can judge:
  Dockerfile*   `# hadolint ignore=DL3008 # reason` (hadolint reads the codes up to the second `#`),
                or the reason on the comment line just above the pragma. `# hadolint global ignore=`
                is refused (it silences a rule for the whole file), and so is a .hadolint.y(a)ml
                (lint.sh does not read it; a repo's own config would loosen hadolint out of sight).
  workflows     `# zizmor: ignore[rule] reason` on the finding's line: text after `]` is required.
  zizmor config (zizmor.yml, .github/zizmor.yml): each `ignore:` entry (`- file.yml:LINE`) needs
                a `# reason` on its line or the line above; `disable: true` (a whole rule off) is refused.
Prints every suppression found (so the lint log lists them), then the problems; exit 1 on any problem.
"""
import re
import sys
from pathlib import Path

HADOLINT = re.compile(r"^\s*#\s*hadolint\s+(global\s+)?ignore=([A-Z0-9,\s]+?)(?:\s*#\s*(.*))?$")
ZIZMOR_INLINE = re.compile(r"#\s*zizmor:\s*ignore\[([^\]]*)\](.*)$")


def is_reason(line):
    """A comment line that says something and is not itself a pragma."""
    m = re.match(r"^\s*#\s*(.*)$", line)
    return bool(m and m.group(1).strip() and not re.match(r"(hadolint|zizmor)\b", m.group(1)))


def main(root):
    root = Path(root)
    seen, problems = [], []
    for name in (".hadolint.yaml", ".hadolint.yml"):
        if (root / name).exists():
            problems.append(f"{name}: a repo-wide hadolint config; ignore findings inline with a reason instead")
    for df in sorted(root.glob("**/Dockerfile*")):
        if ".git" in df.parts or "node_modules" in df.parts:
            continue
        lines = df.read_text(errors="replace").splitlines()
        for i, line in enumerate(lines):
            m = HADOLINT.match(line)
            if not m:
                continue
            where = f"{df.relative_to(root)}:{i + 1}"
            seen.append(f"{where}: hadolint ignore={m.group(2).strip()}")
            if m.group(1):
                problems.append(f"{where}: `hadolint global ignore` silences a rule for the whole file")
            elif not (m.group(3) or "").strip() and not (i > 0 and is_reason(lines[i - 1])):
                problems.append(f"{where}: hadolint ignore without a reason (add `# why` after the codes or above)")
    for wf in sorted(list(root.glob(".github/**/*.yml")) + list(root.glob(".github/**/*.yaml"))):
        for i, line in enumerate(wf.read_text(errors="replace").splitlines()):
            m = ZIZMOR_INLINE.search(line)
            if m:
                where = f"{wf.relative_to(root)}:{i + 1}"
                seen.append(f"{where}: zizmor ignore[{m.group(1)}]")
                if not m.group(2).strip():
                    problems.append(f"{where}: zizmor ignore[{m.group(1)}] without a reason after it")
    for cfg in (root / "zizmor.yml", root / "zizmor.yaml", root / ".github/zizmor.yml", root / ".github/zizmor.yaml"):
        if not cfg.exists():
            continue
        lines = cfg.read_text(errors="replace").splitlines()
        for i, line in enumerate(lines):
            where = f"{cfg.relative_to(root)}:{i + 1}"
            if re.match(r"^\s*disable:\s*true\b", line):
                problems.append(f"{where}: a zizmor rule disabled as a whole")
            elif re.match(r"^\s*-\s*\S", line):
                seen.append(f"{where}: zizmor config {line.strip()}")
                if "#" not in line.split("-", 1)[1] and not (i > 0 and is_reason(lines[i - 1])):
                    problems.append(f"{where}: zizmor ignore entry without a `# reason`")
    for s in seen:
        print(f"suppression: {s}")
    for p in problems:
        print(f"suppression problem: {p}")
    print(f"suppressions: {len(seen)} found, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        print("usage: e2e/suppressions.py DIR", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
