// Concord as a user meets it: the packaged .vsix installed into a real VS Code (code-server 1.100
// web workbench) in headless Chromium, on a temporary copy of the seeds. Each scenario drives the
// workbench with the keyboard and mouse and checks what is on screen (or on disk).
//
//   node --test test/e2e/ui.test.mjs        (after test/e2e/setup.sh and the root build)
//   CONCORD_VSIX=path/to.vsix …             use that .vsix instead of packaging the repo
//   CONCORD_E2E_VERBOSE=1 …                 echo code-server's log
// Screenshots: test-results/e2e/<scenario>.png (every scenario, pass or fail).
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeOnExit, startCodeServer } from './lib/codeServer.mjs';
import { launchBrowser, openWorkbench, waitForWorkbench } from './lib/browser.mjs';
import * as wb from './lib/workbench.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const seeds = path.resolve(repo, '..', 'shared', 'seeds');
const results = path.join(repo, 'test-results', 'e2e');

const URDU = '000_c76568549b512198.txt';
const PERSIAN = '001_a857573637514a0a.txt';
const HINDI = '003_669854c548bb48ca.txt';

/** Builds the .vsix the way a release does (vsce from test/e2e, run in the repo root). */
function packageVsix(outDir) {
  if (process.env.CONCORD_VSIX) return path.resolve(process.env.CONCORD_VSIX);
  if (!existsSync(path.join(repo, 'dist', 'client.js'))) throw new Error('dist/client.js missing: build the extension first');
  const out = path.join(outDir, 'concord.vsix');
  const vsce = path.join(here, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: repo, stdio: 'pipe' });
  return out;
}

const env = {};
before(async () => {
  if (!existsSync(seeds)) {
    if (process.env.CI) throw new Error(`../shared/seeds missing at ${seeds}`);
    return;
  }
  env.tmp = removeOnExit(mkdtempSync(path.join(tmpdir(), 'concord-ui-')));
  env.ws = path.join(env.tmp, 'ws');
  cpSync(seeds, env.ws, { recursive: true });
  const vsix = packageVsix(env.tmp);
  env.server = await startCodeServer({
    vsix: [vsix],
    verbose: !!process.env.CONCORD_E2E_VERBOSE,
    // With several definitions VS Code would show a peek; jump instead, as "open another file" is what we check.
    settings: { 'editor.gotoLocation.multipleDefinitions': 'goto' },
  });
  env.browser = await launchBrowser();
  const { page } = await openWorkbench(env.browser, env.server, { folder: env.ws });
  env.page = page;
  await waitForWorkbench(page);
});

after(async () => {
  await env.browser?.close().catch(() => {});
  await env.server?.stop();
  if (env.tmp) rmSync(env.tmp, { recursive: true, force: true });
});

/** A scenario: skipped without seeds, always leaves a screenshot named after it. */
function scenario(name, fn, opts = {}) {
  it(name, opts, async (t) => {
    if (!env.page) return t.skip('../shared/seeds not found');
    try {
      await fn(env.page, t);
    } finally {
      await wb.screenshot(env.page, results, name).catch(() => {});
    }
  });
}

const file = (name) => path.join(env.ws, name);

describe('Concord in VS Code (code-server + Chromium)', () => {
  scenario('activates and reports the corpus in the status bar', async (page) => {
    await wb.openFile(page, URDU);
    // The item counts up while the workspace is indexed: wait for all five seeds, indexed (the
    // progress of "applying settings: 5 of 5 files" also names five files).
    const status = await wb.waitForStatusItem(page, 'Concord', { re: /\b5 files · \d+/ });
    assert.match(status, /figures/);
  });

  for (const [label, name, needle, expected] of [
    ['Persian', PERSIAN, '۱۸', /18/],
    ['Urdu', URDU, '83.5', /83,500,000 USD/],
    ['Hindi', HINDI, '2,500', /2,500/],
  ]) {
    scenario(`hover on a ${label} figure shows its normalised value`, async (page) => {
      await wb.openFile(page, name);
      await wb.cursorTo(page, file(name), needle);
      const text = await wb.hoverAtCursor(page, expected);
      assert.match(text, expected);
    });
  }

  scenario('mouse hover on an RTL (Urdu) figure', async (page) => {
    await wb.openFile(page, URDU);
    const text = await wb.hoverWithMouse(page, file(URDU), '83.5', /83,500,000 USD/);
    assert.match(text, /83,500,000/);
  });

  scenario('hover on an entity shows its names in other scripts', async (page) => {
    await wb.openFile(page, HINDI);
    await wb.cursorTo(page, file(HINDI), 'वियतनाम');
    const text = await wb.hoverAtCursor(page, /ویتنام/);
    assert.match(text, /वियतनाम/);
    assert.match(text, /Vietnam/);
  });

  scenario('Problems lists the cross-file figure difference', async (page) => {
    await wb.openFile(page, HINDI);
    const row = await wb.waitForProblem(page, /~70|72/);
    assert.match(row, /70|72/);
    await wb.dismiss(page);
  });

  scenario('a quick fix normalises a figure (file content checked)', async (page) => {
    await wb.openFile(page, PERSIAN);
    await wb.cursorTo(page, file(PERSIAN), 'نمایندگان ۱۸ کشور', { offsetInNeedle: 'نمایندگان '.length });
    const title = await wb.quickFix(page, /18/);
    assert.match(title, /18/);
    await wb.saveAndExpect(page, file(PERSIAN), 'نمایندگان 18 کشور');
  });

  scenario('go to definition on a figure opens another file', async (page) => {
    await wb.openFile(page, HINDI);
    await wb.cursorTo(page, file(HINDI), '72 देशों ने');
    const opened = await wb.goToDefinition(page);
    assert.notEqual(opened, HINDI);
    assert.match(opened, /\.txt/);
  });

  scenario('go to definition on an entity opens another file', async (page) => {
    await wb.openFile(page, HINDI);
    await wb.cursorTo(page, file(HINDI), 'हनोई');
    const opened = await wb.goToDefinition(page);
    assert.notEqual(opened, HINDI);
    assert.match(opened, /\.txt/);
  });
});
