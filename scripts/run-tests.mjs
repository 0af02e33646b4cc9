// Runs every test suite with Node's test runner (TypeScript through tsx):
// unit (pure core), protocol (the bundled server over stdio), cli, and, when present, the
// editor suites. `node scripts/run-tests.mjs unit cli` runs only the named suites.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

const suites = ['unit', 'protocol', 'cli'];
const wanted = process.argv.slice(2).filter((a) => suites.includes(a));
const files = [];
for (const suite of wanted.length ? wanted : suites) {
  const dir = path.join('test', suite);
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.test.ts')) files.push(path.join(dir, f));
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter', 'spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
