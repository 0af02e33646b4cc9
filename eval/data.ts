/**
 * Where the evaluation material lives and how to read it. The sets stay in `../shared/eval`
 * beside the checkout (authored by others, never copied into the repository).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The repository root: `dist/eval.js` and `eval/eval.ts` both sit one level below it. */
export const REPO = path.resolve(__dirname, '..');

/** The shared folder beside the repository. */
export const SHARED = path.resolve(REPO, '..', 'shared');

/** The evaluation sets inside the shared folder. */
export const EVAL_DIR = path.join(SHARED, 'eval');

/** Reads a JSON file, dropping the BOM some sets start with. */
export function readJson(file: string): unknown {
  return JSON.parse(stripBom(readFileSync(file, 'utf8')));
}

/** Reads a text file without its BOM, so offsets match what the editor holds. */
export function readText(file: string): string {
  return stripBom(readFileSync(file, 'utf8'));
}

/** Reads a JSON-lines file into one value per non-empty line. */
export function readJsonLines(file: string): unknown[] {
  return readText(file)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

/** The files of a folder with the given extension, sorted; empty when the folder is absent. */
export function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => path.join(dir, name));
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
