/**
 * The editor's export and import commands: the same files as `concord export` / `concord import`
 * (io/annotationExchange.ts), from the annotations the server holds. Exported files are named by
 * the document's path relative to its workspace folder; imported files map back the same way.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { detectionAnnotations } from '../core/annotations/detections';
import type { AnnotationHeader } from '../core/annotations/jsonl';
import type { Annotation } from '../core/annotations/model';
import type { CorpusWorkspace } from '../corpusWorkspace';
import { documentOfImport, EXPORT_FORMATS, importExtension, readImport, writeExport, type ExportFormat, type ImportFormat } from '../io/annotationExchange';
import { listFilesEndingWith } from '../io/annotationStore';

/** What the exchange needs from the annotation state. */
export interface AnnotationSource {
  /** A document's annotations (re-anchored in its current text) and header, if it has any. */
  annotationsOf(uri: string): { annotations: readonly Annotation[]; header: AnnotationHeader } | undefined;
  /** Merges imported annotations into a document's and saves them. */
  addImported(uri: string, incoming: readonly Annotation[], header: Partial<AnnotationHeader> | undefined): Promise<void>;
}

/** Exports every corpus document of the workspace folders; returns a one-line summary. */
export async function exportFromEditor(corpus: CorpusWorkspace, source: AnnotationSource, roots: readonly string[], arg: { format?: string; out?: string; detections?: boolean }): Promise<string> {
  const format = arg.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format) || !arg.out) throw new Error('export needs a format (brat, conll, jsonl, w3c) and a folder');
  const created = new Date().toISOString();
  let documents = 0;
  let count = 0;
  for (const doc of corpus.index.documents()) {
    const file = URI.parse(doc.key).fsPath;
    const root = roots.find((r) => !path.relative(r, file).startsWith('..'));
    const own = source.annotationsOf(doc.key);
    if (!root || (!own?.annotations.length && !arg.detections)) continue;
    const mine = own?.annotations ?? [];
    const all = [...mine, ...(arg.detections ? detectionAnnotations(doc.facts, doc.text, mine, created) : [])];
    await writeExport(format, arg.out, path.relative(root, file), doc.text, all, own?.header);
    documents++;
    count += format === 'jsonl' ? all.length : all.filter((a) => !a.orphaned).length;
  }
  return `Concord exported ${count} annotations of ${documents} documents to ${arg.out} (${format}).`;
}

/** Imports the brat or JSON Lines files under a folder into the documents they name; returns a summary. */
export async function importFromEditor(corpus: CorpusWorkspace, source: AnnotationSource, roots: readonly string[], arg: { format?: string; folder?: string; author?: string }): Promise<string> {
  const format = arg.format as ImportFormat;
  if ((format !== 'brat' && format !== 'jsonl') || !arg.folder) throw new Error('import needs a format (brat, jsonl) and a folder');
  const who = { author: arg.author ?? os.userInfo().username, created: new Date().toISOString() };
  let imported = 0;
  const skipped: string[] = [];
  let problems = 0;
  for (const file of await listFilesEndingWith(arg.folder, importExtension(format))) {
    const rel = documentOfImport(format, path.relative(arg.folder, file));
    const uri = roots.map((r) => URI.file(path.join(r, rel)).toString()).find((u) => corpus.index.has(u));
    const content = await fs.readFile(file, 'utf8').catch(() => null);
    if (!uri || content === null) {
      skipped.push(rel);
      continue;
    }
    const incoming = await readImport(format, file, content, corpus.index.get(uri)!.text, who);
    problems += incoming.problems.length;
    await source.addImported(uri, incoming.annotations, incoming.header);
    imported += incoming.annotations.length;
  }
  const notes = [skipped.length ? `${skipped.length} files name no corpus document (${skipped.slice(0, 3).join(', ')}${skipped.length > 3 ? ', …' : ''})` : '', problems ? `${problems} lines could not be read` : ''].filter(Boolean);
  return `Concord imported ${imported} annotations.${notes.length ? ` ${notes.join('; ')}.` : ''}`;
}
