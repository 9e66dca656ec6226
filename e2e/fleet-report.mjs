// Opens the page of `scaffold fleet status --html` in Debian's Chromium through playwright-core (no browser
// download), from file:// with no server: reads the summary, the table and both SVG charts, uses the filters and a
// chart bar, and saves a screenshot to OUT_DIR. Console messages of level error, page errors and any request that
// is not file:// are collected (the page must be self-contained).
// Usage: node e2e/fleet-report.mjs PAGE.html OUT_DIR      Prints one JSON line with what it saw.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), '..', '.ci', 'package.json'));
const { chromium } = require('playwright-core');

const [file, out] = process.argv.slice(2);
if (!file || !out) {
  console.error('usage: node e2e/fleet-report.mjs PAGE.html OUT_DIR');
  process.exit(2);
}
const profile = mkdtempSync(join(tmpdir(), 'scaffold-fleet-report-'));
// A fresh profile each run (Playwright passes it as --user-data-dir itself).
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
  viewport: { width: 1280, height: 900 },
});
const seen = { consoleErrors: [], pageErrors: [], externalRequests: [] };
try {
  const page = context.pages()[0] || await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') seen.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => seen.pageErrors.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith('file:')) seen.externalRequests.push(r.url()); });
  await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready=true]', { timeout: 10000 });

  const rows = () => page.$$eval('#rows tr', (trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
  seen.summary = await page.textContent('#summary');
  seen.rows = await rows();
  seen.versionBars = await page.$$eval('#by-version rect.bar', (rs) => rs.map((r) => r.querySelector('title').textContent));
  seen.ruleBars = await page.$$eval('#by-rule rect.bar', (rs) => rs.map((r) => r.querySelector('title').textContent));
  await page.screenshot({ path: join(out, 'fleet-report.png'), fullPage: true });

  await page.selectOption('#f-state', 'error');
  seen.errorRows = (await rows()).map((r) => r[0]);
  await page.click('#f-clear');
  await page.fill('#f-text', 'HEALTHCHECK');
  seen.searchRows = (await rows()).map((r) => r[0]);
  await page.click('#f-clear');
  // A click on a chart bar filters the table by what the bar stands for.
  await page.click('#by-rule rect.bar >> nth=0');
  seen.ruleFilter = await page.inputValue('#f-rule');
  seen.ruleBarRows = (await rows()).map((r) => r[0]);
  await page.click('#f-clear');
  await page.click('#by-version rect.bar >> nth=0');
  seen.versionFilter = await page.inputValue('#f-version');
  seen.versionBarRows = (await rows()).map((r) => r[0]);
  seen.count = await page.textContent('#count');
  await page.screenshot({ path: join(out, 'fleet-report-filtered.png'), fullPage: true });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(seen));
