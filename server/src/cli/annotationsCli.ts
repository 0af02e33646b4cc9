/**
 * `concord export` and `concord import`: annotations between the corpus's `.concord/annotations`
 * store and brat standoff, CoNLL, JSON Lines and W3C Web Annotation files. Exported files are
 * named after the document's path relative to the folder given (or its name, for a file);
 * import maps files back to documents the same way under `--into`.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { detectionAnnotations } from '../core/annotations/detections';
import type { AnalysisOptions } from '../core/options';
import { documentOfImport, importExtension, mergeImported, readImport, writeExport, type ExportFormat, type ImportFormat } from '../io/annotationExchange';
import { findCorpusRoot, listFilesEndingWith, loadAnnotations, saveAnnotations } from '../io/annotationStore';
import { readCorpusFile } from '../io/corpusFiles';
import type { CliArgs } from './args';
import { loadCorpus } from './loadCorpus';

type Write = (s: string) => void;

/** Exports the annotations of the documents named on the command line; resolves to the exit code. */
export async function runExport(args: CliArgs, options: AnalysisOptions, write: Write, writeError: Write): Promise<number> {
  const out = args.out!;
  const created = new Date().toISOString();
  let documents = 0;
  let exported = 0;
  let detected = 0;
  let orphaned = 0;
  let failed = false;
  for (const input of args.paths) {
    const isFolder = await fs.stat(input).then((s) => s.isDirectory(), () => false);
    const corpus = await loadCorpus([input], options, args);
    for (const m of corpus.missing) {
      writeError(`concord: ${m.path}: ${m.reason}\n`);
      failed = true;
    }
    for (const s of corpus.skipped) writeError(`note: skipped ${s.path}: ${s.reason}\n`);
    for (const file of corpus.paths) {
      const doc = corpus.index.get(file)!;
      const root = await findCorpusRoot(path.dirname(path.resolve(file)));
      const loaded = root ? await loadAnnotations(root, path.resolve(file), doc.text) : null;
      for (const p of loaded?.problems ?? []) writeError(`warning: annotations of ${file}:${p.line}: ${p.reason}\n`);
      const mine = loaded?.results.map((r) => r.annotation) ?? [];
      const lost = mine.filter((a) => a.orphaned);
      for (const a of lost) writeError(`warning: ${file}: annotation ${a.id} ("${a.quote.exact}") is orphaned${args.format === 'jsonl' ? '' : ' and left out'}\n`);
      const extra = args.detections ? detectionAnnotations(doc.facts, doc.text, mine, created) : [];
      const rel = isFolder ? path.relative(input, file) : path.basename(file);
      await writeExport(args.format as ExportFormat, out, rel, doc.text, [...mine, ...extra], loaded?.header);
      documents++;
      exported += mine.length - (args.format === 'jsonl' ? 0 : lost.length);
      detected += extra.length;
      orphaned += lost.length;
    }
  }
  write(`exported ${exported} annotations${args.detections ? ` and ${detected} detections` : ''} of ${documents} documents to ${out} (${args.format})${orphaned ? `; ${orphaned} orphaned` : ''}\n`);
  return failed ? 2 : 0;
}

/** Imports brat (.ann) or JSON Lines annotation files into the store of the corpus under `--into`. */
export async function runImport(args: CliArgs, write: Write, writeError: Write): Promise<number> {
  const into = path.resolve(args.into!);
  const root = (await findCorpusRoot(into)) ?? into;
  const who = { author: args.author ?? os.userInfo().username, created: new Date().toISOString() };
  const format = args.format as ImportFormat;
  const ext = importExtension(format);
  let imported = 0;
  let failed = false;
  for (const input of args.paths) {
    const isFolder = await fs.stat(input).then((s) => s.isDirectory(), () => false);
    const files = isFolder ? await listFilesEndingWith(input, ext) : [input];
    if (files.length === 0) {
      writeError(`concord: ${input}: no ${ext} files\n`);
      failed = true;
    }
    for (const file of files) {
      const rel = isFolder ? path.relative(input, file) : path.basename(file);
      const document = path.join(into, documentOfImport(format, rel));
      const read = await readCorpusFile(document);
      const content = await fs.readFile(file, 'utf8').catch(() => null);
      if (!read.ok || content === null) {
        writeError(`concord: ${file}: ${content === null ? 'cannot be read' : `its document ${document} cannot be read (${read.ok ? '' : read.reason})`}\n`);
        failed = true;
        continue;
      }
      const incoming = await readImport(format, file, content, read.text, who);
      for (const p of incoming.problems) writeError(`warning: ${file}:${p.line}: ${p.reason}\n`);
      const existing = await loadAnnotations(root, document, read.text);
      const merged = mergeImported(existing.results.map((r) => r.annotation), incoming.annotations);
      await saveAnnotations(root, document, merged, read.text, { ...existing.header, ...(incoming.header ?? {}) });
      imported += incoming.annotations.length;
    }
  }
  write(`imported ${imported} annotations into ${path.join(root, '.concord', 'annotations')}\n`);
  return failed ? 2 : 0;
}
