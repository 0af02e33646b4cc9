/**
 * Access to `../shared` (seeds and evaluation sets authored by others). On a fresh clone without
 * it, suites that need it say clearly that they did not run; in CI (CI=true) it must be there.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { TestContext } from 'node:test';

/** Repository root. */
export const REPO = path.resolve(__dirname, '..', '..');
/** The shared folder beside the repository. */
export const SHARED = path.resolve(REPO, '..', 'shared');
/** The seed articles. */
export const SEEDS = path.join(SHARED, 'seeds');
/** The evaluation material. */
export const EVAL = path.join(SHARED, 'eval');

/** True when ../shared is present; in CI its absence is a failure, elsewhere a clear skip. */
export function haveShared(t: TestContext): boolean {
  if (existsSync(SEEDS)) return true;
  if (process.env.CI) throw new Error(`../shared is missing at ${SHARED}: CI must run the seed and eval suites`);
  t.skip(`DID NOT RUN: ${SHARED} not found (seed/eval suite needs ../shared beside the checkout)`);
  return false;
}

/** Seed file names with the language of each (Urdu 000, 002, 004; Persian 001; Hindi 003). */
export const SEED_LANGS: Readonly<Record<string, string>> = {
  '000_c76568549b512198.txt': 'ur',
  '001_a857573637514a0a.txt': 'fa',
  '002_ed8ab90594052c8e.txt': 'ur',
  '003_669854c548bb48ca.txt': 'hi',
  '004_2d6143f8e498e733.txt': 'ur',
};
