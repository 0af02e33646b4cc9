// Headless Debian Chromium driven by playwright-core (never `playwright install`: no browser
// download is possible here), and opening code-server's workbench in it.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const require = createRequire(import.meta.url);
const e2eDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Chromium flags: no sandbox (root in a container), no GPU, and no traffic of its own. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function chromiumPath() {
  for (const p of [process.env.CONCORD_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (p && existsSync(p)) return p;
  }
  throw new Error('Chromium not found: run test/e2e/setup.sh (installs Debian chromium)');
}

/** Launches headless Chromium. Playwright kills it when this process exits. */
export async function launchBrowser() {
  const { chromium } = require(path.join(e2eDir, 'node_modules', 'playwright-core'));
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
}

/**
 * Opens the workbench on a folder. With `payload` (VS Code's web dev options, e.g. for
 * extension-host tests) the page gets `codeAutomationLog`/`codeAutomationExit`, which the
 * workbench calls with the tests' output and their exit code; `exitCode` resolves with that code.
 * @returns {Promise<{context, page, exitCode: Promise<number>, logs: string[]}>}
 */
export async function openWorkbench(browser, server, { folder, payload, onLog, viewport } = {}) {
  const context = await browser.newContext({ viewport: viewport ?? { width: 1400, height: 900 } });
  const page = await context.newPage();
  const logs = [];
  let resolveExit;
  const exitCode = new Promise((r) => (resolveExit = r));
  if (payload) {
    // The workbench checks for these globals when a test run ends (as VS Code's own web
    // integration tests do): log lines carry mocha's output, exit carries the verdict.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      // The workbench forwards console calls as (type, [format, ...values]), mocha's '%s' included.
      const line = format(...(Array.isArray(args) ? args : [args]));
      logs.push(line);
      onLog?.(line, type);
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  }
  const params = new URLSearchParams();
  if (folder) params.set('folder', path.resolve(folder));
  if (payload) params.set('payload', JSON.stringify(payload));
  // A page that crashes or closes must end the wait rather than hang it.
  page.on('crash', () => resolveExit(1));
  page.on('close', () => resolveExit(1));
  await page.goto(`${server.url}/?${params}`, { waitUntil: 'domcontentloaded' });
  return { context, page, exitCode, logs };
}

/** Waits until the workbench has rendered and its explorer shows the folder's files. */
export async function waitForWorkbench(page, { timeout = 60_000 } = {}) {
  await page.locator('.monaco-workbench').waitFor({ timeout });
  await page.locator('.statusbar').waitFor({ timeout });
}
