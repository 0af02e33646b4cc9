#!/usr/bin/env node
// Runs the extension-host suite (dist/test/vscode/index.js, bundled by the root esbuild) through
// @vscode/test-electron's runTests, against a temporary copy of the seeds.
//
//   node test/e2e/run-vscode-suite.mjs            code-server shim (this machine, CI)
//   node test/e2e/run-vscode-suite.mjs --real     real VS Code: $CONCORD_VSCODE_PATH, or one that
//                                                 runTests downloads (needs update.code.visualstudio.com)
//   --extension DIR --tests PATH --folder DIR     override what is run (defaults: repo, suite, seeds copy)
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const real = args.includes('--real');
const extensionDevelopmentPath = path.resolve(opt('--extension', repo));
const extensionTestsPath = path.resolve(opt('--tests', path.join(repo, 'dist', 'test', 'vscode', 'index.js')));

if (!existsSync(extensionTestsPath)) {
  console.error(`run-vscode-suite: ${extensionTestsPath} missing (for the Concord suite: npm run build first)`);
  process.exit(1);
}

// @vscode/test-electron is a root devDependency; resolve it from the extension's tree.
const require = createRequire(path.join(repo, 'package.json'));
const { runTests } = require('@vscode/test-electron');

let folder = opt('--folder');
let tempFolder;
if (!folder) {
  const seeds = path.resolve(repo, '..', 'shared', 'seeds');
  if (!existsSync(seeds)) {
    console.error(`run-vscode-suite: seeds not found at ${seeds} (../shared must sit beside the repo)`);
    process.exit(1);
  }
  // The suite creates, renames and edits files: give it a copy, never the shared originals.
  tempFolder = mkdtempSync(path.join(tmpdir(), 'concord-ws-'));
  cpSync(seeds, tempFolder, { recursive: true });
  folder = tempFolder;
}

const options = {
  extensionDevelopmentPath,
  extensionTestsPath,
  // Other installed extensions must not change what the suite sees.
  launchArgs: [folder, '--disable-extensions'],
};
if (!real) options.vscodeExecutablePath = path.join(here, 'bin', 'code-shim.mjs');
else if (process.env.CONCORD_VSCODE_PATH) options.vscodeExecutablePath = process.env.CONCORD_VSCODE_PATH;
else options.version = '1.100.3';

const started = Date.now();
let code = 1;
try {
  code = await runTests(options);
} catch (e) {
  // runTests rejects with TestRunFailedError when the editor exits non-zero (a test failed).
  console.error(`run-vscode-suite: ${e?.message ?? e}`);
  code = typeof e?.code === 'number' && e.code !== 0 ? e.code : 1;
} finally {
  if (tempFolder) rmSync(tempFolder, { recursive: true, force: true });
}
console.log(`run-vscode-suite: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s (${real ? 'VS Code' : 'code-server shim'})`);
process.exit(code === 0 ? 0 : 1);
