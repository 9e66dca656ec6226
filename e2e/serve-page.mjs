// Drives `scaffold serve`'s web page in Debian's Chromium through playwright-core (no browser download):
// choose an archetype, see a `when` field appear, type port 80 and see the server's message, fix it, Explore the
// Dockerfile with the chosen port, Generate and save the zip. Screenshots of the form and of Explore go to OUT.
// Usage: node e2e/serve-page.mjs BASE_URL OUT_DIR      Prints one JSON line with what it saw.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), '..', '.ci', 'package.json'));
const { chromium } = require('playwright-core');

const [base, out] = process.argv.slice(2);
if (!base || !out) {
  console.error('usage: node e2e/serve-page.mjs BASE_URL OUT_DIR');
  process.exit(2);
}
const profile = mkdtempSync(join(tmpdir(), 'scaffold-serve-page-'));
// A fresh profile each run (Playwright passes it as --user-data-dir itself).
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
  acceptDownloads: true,
  viewport: { width: 1280, height: 900 },
});
const seen = {};
try {
  const page = context.pages()[0] || await context.newPage();
  const external = [];
  page.on('request', (r) => { if (!r.url().startsWith(base)) external.push(r.url()); });
  await page.goto(base, { waitUntil: 'networkidle' });

  await page.selectOption('#archetype', 'python-fastapi-uv');
  await page.waitForSelector('#q-database');
  seen.postgresHiddenFirst = await page.isHidden('[data-question=postgres_version]');
  await page.selectOption('#q-database', 'postgres');
  await page.waitForSelector('[data-question=postgres_version]', { state: 'visible' });
  seen.postgresShownAfterChoice = true;

  await page.fill('#q-name', 'shop');
  await page.fill('#q-port', '80');
  await page.waitForFunction(() => document.getElementById('q-port-error').textContent.includes('below 1024'));
  seen.portMessage = await page.textContent('#q-port-error');
  seen.portInvalid = await page.getAttribute('#q-port', 'aria-invalid');
  await page.screenshot({ path: join(out, 'serve-form.png'), fullPage: true });

  await page.fill('#q-port', '8080');
  await page.waitForFunction(() => document.getElementById('q-port-error').textContent === ''
    && document.getElementById('command').value.includes('--port 8080'));
  seen.command = await page.inputValue('#command');
  seen.curl = await page.inputValue('#curl');

  // Keyboard: focus Explore and press Enter.
  await page.focus('#explore');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('file').textContent.includes('EXPOSE 8080'));
  seen.exploreSummary = await page.textContent('#explore-summary');
  seen.dockerfileShowsPort = (await page.textContent('#file')).includes('EXPOSE 8080');
  await page.click('#tree button:text-is("docker-compose.dev.yml")');
  seen.composeHasPostgres = (await page.textContent('#file')).includes('postgres:16');
  await page.click('#tree button:text-is("Dockerfile")');
  await page.screenshot({ path: join(out, 'serve-explore.png'), fullPage: false });

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#generate')]);
  seen.download = download.suggestedFilename();
  await download.saveAs(join(out, download.suggestedFilename()));

  // Phone width: nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
  seen.phoneOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.screenshot({ path: join(out, 'serve-phone.png'), fullPage: false });
  seen.externalRequests = external;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(seen));
