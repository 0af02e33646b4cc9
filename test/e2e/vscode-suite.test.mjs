// The extension-host mocha suite (test/vscode/suite, bundled to dist/test/vscode/index.js) run in
// a real VS Code 1.100 (code-server + headless Chromium) through @vscode/test-electron's runTests,
// as one node:test case so `npm test` reports it with everything else.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const seeds = path.resolve(here, '..', '..', '..', 'shared', 'seeds');

test('extension-host suite passes inside VS Code (code-server)', { timeout: 10 * 60_000 }, async (t) => {
  if (!existsSync(seeds)) {
    if (process.env.CI) assert.fail(`../shared/seeds missing at ${seeds}`);
    return t.skip('../shared/seeds not found: the editor suite did not run');
  }
  const child = spawn(process.execPath, [path.join(here, 'run-vscode-suite.mjs')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (d) => { output += d; process.stdout.write(d); });
  const code = await new Promise((resolve) => child.on('close', resolve));
  const passing = /(\d+) passing/.exec(output);
  assert.ok(passing && Number(passing[1]) > 0, 'the suite ran tests');
  assert.doesNotMatch(output, /\d+ failing/);
  assert.equal(code, 0, 'run-vscode-suite exited 0');
});
