import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO } from '../support/shared';

// The core is pure: no IO, no editor or protocol libraries (DESIGN.md, house style 1).
const FORBIDDEN = /from\s+['"](?:node:)?(?:fs|fs\/promises|child_process|net|http|https|worker_threads|vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*)['"]|require\(/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}

test('server/src/core imports no IO, editor or protocol module', () => {
  const offenders = filesUnder(path.join(REPO, 'server', 'src', 'core')).filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')));
  assert.deepEqual(offenders, []);
});

test('no code file is longer than 400 lines (data tables under lexicon/ excepted)', () => {
  const code = ['client/src', 'server/src', 'test/unit', 'test/protocol', 'test/cli'].flatMap((d) => {
    try {
      return filesUnder(path.join(REPO, d));
    } catch {
      return [];
    }
  });
  const long = code.filter((f) => !f.includes(`${path.sep}lexicon${path.sep}`) && readFileSync(f, 'utf8').split('\n').length > 420);
  assert.deepEqual(long, []);
});
