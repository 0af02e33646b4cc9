/** Loads the files named on the command line into a workspace index. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { WorkspaceIndex } from '../core/index/workspaceIndex';
import type { AnalysisOptions } from '../core/options';
import { KNOWLEDGE_BASE_PATH, knowledgeBaseOf, type KnowledgeBaseProblem } from '../core/entities/model';
import { readKnowledgeBaseFile } from '../core/features/knowledgeBaseEdits';
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
  /** The knowledge base used (`.concord/knowledge-base.json` of the first folder that has one), with its text and problems. */
  knowledgeBase: { path: string; text: string; problems: KnowledgeBaseProblem[] } | null;
}

/** Loads files and folders; paths stay as given (relative stays relative). */
export async function loadCorpus(
  inputs: readonly string[],
  options: AnalysisOptions,
  globs: { include: readonly string[]; exclude: readonly string[] },
): Promise<LoadedCorpus> {
  const filter = new CorpusFilter(globs.include.length ? globs.include : undefined, [...DEFAULT_EXCLUDE, ...globs.exclude]);
  const index = new WorkspaceIndex(options);
  const corpus: LoadedCorpus = { index, paths: [], skipped: [], missing: [], knowledgeBase: await loadKnowledgeBase(inputs, index) };
  index.beginBatch();
  try {
    await readInputs(inputs, filter, corpus);
  } finally {
    index.endBatch();
  }
  return corpus;
}

/** Reads the inputs' corpus files into the corpus's index. */
async function readInputs(inputs: readonly string[], filter: CorpusFilter, corpus: LoadedCorpus): Promise<void> {
  const index = corpus.index;
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
}

/** Reads the first folder's knowledge base into the index before any file is analysed (its names are analysis options). */
async function loadKnowledgeBase(inputs: readonly string[], index: WorkspaceIndex): Promise<LoadedCorpus['knowledgeBase']> {
  for (const input of inputs) {
    const file = path.join(input, KNOWLEDGE_BASE_PATH);
    const text = await fs.readFile(file, 'utf8').catch(() => null);
    if (text === null) continue;
    const { entries, problems } = readKnowledgeBaseFile(text, 'The knowledge base is not used.');
    index.setKnowledgeBase(knowledgeBaseOf(entries ?? []));
    return { path: file, text, problems };
  }
  return null;
}
