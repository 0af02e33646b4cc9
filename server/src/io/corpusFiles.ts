/**
 * Which files form the corpus, and reading them safely. Shared by the server and the CLI: the
 * core never does IO. Binary and non-UTF-8 files are skipped with a reason, never half-read.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

/** Default globs of corpus files, relative to the corpus root. */
export const DEFAULT_INCLUDE: readonly string[] = ['**/*.txt'];
/** Default globs that are never corpus files. */
export const DEFAULT_EXCLUDE: readonly string[] = ['**/node_modules/**', '**/.git/**', '**/.concord/**', '**/.vscode/**'];
/** Default largest file analysed, in bytes. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Decides by relative path whether a file belongs to the corpus. */
export class CorpusFilter {
  private readonly included: (p: string) => boolean;
  private readonly excluded: (p: string) => boolean;

  /** Compiles include and exclude globs (matched against '/'-separated relative paths). */
  constructor(include: readonly string[] = DEFAULT_INCLUDE, exclude: readonly string[] = DEFAULT_EXCLUDE) {
    const opts = { dot: true };
    this.included = picomatch(include.length ? [...include] : [...DEFAULT_INCLUDE], opts);
    this.excluded = exclude.length ? picomatch([...exclude], opts) : () => false;
  }

  /** Whether a file (relative path) is part of the corpus. */
  includes(relativePath: string): boolean {
    const p = toPosix(relativePath);
    return this.included(p) && !this.excluded(p);
  }

  /** Whether a directory (relative path) can be skipped without looking inside. */
  skipsDirectory(relativePath: string): boolean {
    const p = toPosix(relativePath);
    return this.excluded(p) || this.excluded(`${p}/`) || this.excluded(`${p}/x`);
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Lists corpus files under a root, depth first, sorted by name for a stable order. */
export async function listCorpusFiles(root: string, filter: CorpusFilter, isCancelled: () => boolean = () => false): Promise<string[]> {
  const found: string[] = [];
  async function walk(dir: string): Promise<void> {
    if (isCancelled()) return;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return; // Unreadable folders are not corpus; the caller reports files, not folders.
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      const rel = path.relative(root, full);
      if (e.isDirectory()) {
        if (!filter.skipsDirectory(rel)) await walk(full);
      } else if (e.isFile() && filter.includes(rel)) {
        found.push(full);
      }
    }
  }
  await walk(root);
  return found;
}

/** The outcome of reading a corpus file. */
export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function tooLarge(maxBytes: number): ReadResult {
  return { ok: false, reason: `larger than ${Math.round(maxBytes / 1024 / 1024)} MB (concord.files.maxFileSize)` };
}

/** Decodes file bytes as corpus text, or says why they are not corpus text. */
export function decodeCorpusBytes(bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadResult {
  if (bytes.length > maxBytes) return tooLarge(maxBytes);
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) if (bytes[i] === 0) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    // TextDecoder with ignoreBOM false removes a UTF-8 BOM, as the JSON contract requires.
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8' };
  }
}

/** Reads a corpus file from disk. */
export async function readCorpusFile(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<ReadResult> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > maxBytes) return tooLarge(maxBytes);
    return decodeCorpusBytes(await fs.readFile(file), maxBytes);
  } catch (e) {
    return { ok: false, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
}
