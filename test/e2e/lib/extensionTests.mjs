// Runs an extension-host test suite (mocha inside the extension host, using the `vscode` API) in
// code-server + headless Chromium: the same mechanism VS Code uses for its own web integration
// tests. The workbench reads `payload` from the URL, loads the extension under development and
// the tests module, and calls `codeAutomationExit(code)` when the tests' `run()` settles.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { startCodeServer, remoteUri } from './codeServer.mjs';
import { launchBrowser, openWorkbench } from './browser.mjs';

const workbenchNoise = new RegExp(
  [
    '^Resolv(ing|ed) connection token',
    '^Creating a socket',
    '^\\[Service Worker\\]',
    '^Updating additional builtin extensions cache',
    '^Ignoring fetching additional builtin extensions',
    '^ChatSessionStore:',
    '^Started local extension host',
    'open-vsx\\.org|marketplace|ENOTFOUND',
  ].join('|'),
);

/**
 * @param {object} o
 * @param {string|string[]} o.extensionDevelopmentPath folder(s) holding the extension's package.json
 * @param {string} o.extensionTestsPath the compiled suite: a file, or a folder with index.js, exporting run()
 * @param {string} [o.folder] workspace folder to open
 * @param {string[]} [o.vsix] extra .vsix files to install first
 * @param {number} [o.timeoutMs] whole-run deadline
 * @param {(line: string) => void} [o.log]
 * @returns {Promise<number>} 0 when every test passed, non-zero otherwise
 */
export async function runExtensionTests(o) {
  const print = o.log ?? ((l) => process.stdout.write(l.endsWith('\n') ? l : l + '\n'));
  // The workbench's own console chatter drowns mocha's report; CONCORD_E2E_VERBOSE=1 shows it.
  const log = process.env.CONCORD_E2E_VERBOSE ? print : (l) => workbenchNoise.test(l) || print(l);
  const devPaths = [o.extensionDevelopmentPath].flat().map((p) => path.resolve(p));
  const testsPath = path.resolve(o.extensionTestsPath);
  // Fail fast on a bad path: the workbench would otherwise only report it after a long wait.
  for (const p of devPaths) {
    if (!existsSync(path.join(p, 'package.json'))) {
      log(`runExtensionTests: no extension at ${p} (package.json missing)`);
      return 1;
    }
  }
  if (!existsSync(testsPath) && !existsSync(testsPath + '.js')) {
    log(`runExtensionTests: no test suite at ${testsPath}`);
    return 1;
  }
  if (o.folder && !existsSync(o.folder)) {
    log(`runExtensionTests: no folder at ${o.folder}`);
    return 1;
  }

  let server, browser;
  const timeoutMs = o.timeoutMs ?? 10 * 60_000;
  let timer;
  try {
    server = await startCodeServer({ vsix: o.vsix });
    browser = await launchBrowser();
    const payload = [
      ...devPaths.map((p) => ['extensionDevelopmentPath', remoteUri(server, p)]),
      ['extensionTestsPath', remoteUri(server, testsPath)],
      ['skipWelcome', 'true'],
    ];
    const { page, exitCode } = await openWorkbench(browser, server, { folder: o.folder, payload, onLog: log });
    // Browser-side errors explain a run that never starts (e.g. the suite failed to load).
    page.on('pageerror', (e) => log(`[page error] ${e.message}`));
    const deadline = new Promise((resolve) => {
      timer = setTimeout(() => {
        log(`runExtensionTests: no result within ${timeoutMs} ms`);
        resolve(1);
      }, timeoutMs);
    });
    return await Promise.race([exitCode, deadline]);
  } catch (e) {
    log(`runExtensionTests: ${e?.stack ?? e}`);
    return 1;
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await server?.stop();
  }
}
