/** Loads the files named on the command line into a workspace index. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { WorkspaceIndex } from '../core/index/workspaceIndex';
import type { AnalysisOptions } from '../core/options';
import { CorpusFilter, DEFAULT_EXCLUDE, listCorpusFiles, readCorpusFile } from '../io/corpusFiles';

/** A file that was not analysed, and why. */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** The loaded corpus. */
export interface LoadedCorpus {
  index: WorkspaceIndex;
  /** Display paths in the order given / found. */
  paths: string[];
  skipped: SkippedFile[];
  /** Paths that do not exist or cannot be listed (an IO error). */
  missing: SkippedFile[];
}

/** Loads files and folders; paths stay as given (relative stays relative). */
export async function loadCorpus(
  inputs: readonly string[],
  options: AnalysisOptions,
  globs: { include: readonly string[]; exclude: readonly string[] },
): Promise<LoadedCorpus> {
  const filter = new CorpusFilter(globs.include.length ? globs.include : undefined, [...DEFAULT_EXCLUDE, ...globs.exclude]);
  const index = new WorkspaceIndex(options);
  const corpus: LoadedCorpus = { index, paths: [], skipped: [], missing: [] };
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      corpus.missing.push({ path: input, reason: 'no such file or folder' });
      continue;
    }
    const files = stat.isDirectory() ? (await listCorpusFiles(input, filter)).map((f) => path.join(input, path.relative(input, f))) : [input];
    for (const file of files) {
      if (index.has(file)) continue;
      const read = await readCorpusFile(file);
      if (!read.ok) {
        corpus.skipped.push({ path: file, reason: read.reason });
        continue;
      }
      index.set(file, read.text);
      corpus.paths.push(file);
    }
  }
  return corpus;
}
