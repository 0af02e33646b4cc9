// Runs every test suite with Node's test runner (TypeScript through tsx):
// unit (pure core), protocol (the bundled server over stdio), cli, and e2e (the packaged extension
// in a real VS Code: code-server + headless Chromium, installed first by test/e2e/setup.sh).
// `node scripts/run-tests.mjs unit cli` runs only the named suites; CONCORD_E2E=skip leaves the
// editor suites out (they need apt-get and npm for their tools) and says so.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

const suites = ['unit', 'protocol', 'cli', 'e2e'];
const wanted = process.argv.slice(2).filter((a) => suites.includes(a));
let chosen = wanted.length ? wanted : suites;
if (process.env.CONCORD_E2E === 'skip' && chosen.includes('e2e')) {
  console.log('run-tests: CONCORD_E2E=skip — the real-editor suites (test/e2e) did NOT run');
  chosen = chosen.filter((s) => s !== 'e2e');
}
if (chosen.includes('e2e')) {
  const setup = spawnSync('bash', [path.join('test', 'e2e', 'setup.sh')], { stdio: 'inherit' });
  if (setup.status !== 0) {
    console.error('run-tests: test/e2e/setup.sh failed (it installs chromium, ripgrep, libkrb5-dev, fonts and code-server); set CONCORD_E2E=skip to run the other suites');
    process.exit(setup.status ?? 1);
  }
}
const files = [];
for (const suite of chosen) {
  const dir = path.join('test', suite);
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) if (/\.test\.m?[jt]s$/.test(f)) files.push(path.join(dir, f));
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter', 'spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
