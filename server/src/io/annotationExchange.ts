/**
 * Annotation files in other formats, for the CLI's `export`/`import` and the editor's commands:
 * writes one document's export and reads one imported file, so both shells name and convert
 * files the same way. An export is named after the document's path relative to a base folder
 * (brat: `name.txt` + `name.ann`; others add `.conll`, `.jsonl` or `.jsonld` to the name).
 */
import * as path from 'node:path';
import { reanchorAll } from '../core/annotations/anchor';
import { exportBrat, importBrat } from '../core/annotations/brat';
import { exportConll } from '../core/annotations/conll';
import { parseAnnotationFile, positionsToUtf16, serializeAnnotations, type AnnotationHeader, type LineProblem } from '../core/annotations/jsonl';
import type { Annotation } from '../core/annotations/model';
import { exportW3c } from '../core/annotations/w3c';
import { ANNOTATION_EXT } from './annotationStore';
import { writeFileAtomic } from './atomicWrite';
import { readCorpusFile } from './corpusFiles';

/** Export formats. */
export type ExportFormat = 'brat' | 'conll' | 'jsonl' | 'w3c';
/** Export formats, for checking user input. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['brat', 'conll', 'jsonl', 'w3c'];
/** Import formats. */
export type ImportFormat = 'brat' | 'jsonl';

const EXTENSIONS: Record<ExportFormat, string> = { brat: '.ann', conll: '.conll', jsonl: ANNOTATION_EXT, w3c: '.jsonld' };

/** Writes the export of one document (`rel`: its path relative to the base) under `out`. */
export async function writeExport(format: ExportFormat, out: string, rel: string, text: string, annotations: readonly Annotation[], header?: AnnotationHeader): Promise<void> {
  const target = path.join(out, rel);
  if (format === 'brat') {
    const base = target.replace(/\.txt$/i, '');
    await writeFileAtomic(`${base}.txt`, text);
    await writeFileAtomic(`${base}.ann`, exportBrat(annotations, text, header?.brat));
  } else if (format === 'conll') await writeFileAtomic(`${target}${EXTENSIONS.conll}`, exportConll(annotations, text));
  else if (format === 'w3c') await writeFileAtomic(`${target}${EXTENSIONS.w3c}`, `${JSON.stringify(exportW3c(annotations.filter((a) => !a.orphaned), text, rel.split(path.sep).join('/')), null, 2)}\n`);
  else await writeFileAtomic(`${target}${EXTENSIONS.jsonl}`, serializeAnnotations(annotations, text, header));
}

/** The file extension an import format reads. */
export function importExtension(format: ImportFormat): string {
  return format === 'brat' ? '.ann' : ANNOTATION_EXT;
}

/** The document path (relative) an imported file (relative to its base folder) belongs to. */
export function documentOfImport(format: ImportFormat, rel: string): string {
  return format === 'brat' ? rel.replace(/\.ann$/, '.txt') : rel.slice(0, -ANNOTATION_EXT.length);
}

/** What one imported file holds, anchored in the document's current text. */
export interface Incoming {
  annotations: Annotation[];
  problems: LineProblem[];
  header?: Partial<AnnotationHeader>;
}

/**
 * Reads an imported file's content for a document's `text`. brat offsets refer to the `.txt`
 * beside the `.ann` (it may be an older copy of the document): annotations are re-anchored from it.
 */
export async function readImport(format: ImportFormat, file: string, content: string, text: string, who: { author: string; created: string }): Promise<Incoming> {
  if (format === 'brat') {
    const copy = await readCorpusFile(file.replace(/\.ann$/, '.txt'));
    const base = copy.ok ? copy.text : text;
    const { annotations, layout, problems } = importBrat(content, base, who);
    const placed = base === text ? annotations : reanchorAll(annotations, text).map((r) => r.annotation);
    return { annotations: placed, problems, header: { brat: layout } };
  }
  const parsed = parseAnnotationFile(content);
  return {
    annotations: reanchorAll(positionsToUtf16(parsed.annotations, text), text).map((r) => r.annotation),
    problems: parsed.problems,
    header: parsed.header.brat ? { brat: parsed.header.brat } : undefined,
  };
}

/**
 * Existing annotations with the incoming ones: an incoming annotation replaces the one with its
 * id; one that says the same as an existing annotation (span, type, entity) is merged into it
 * (taking its brat ids and note) instead of doubling it, so exporting and importing again is idempotent.
 */
export function mergeImported(existing: readonly Annotation[], incoming: readonly Annotation[]): Annotation[] {
  const out = [...existing];
  for (const a of incoming) {
    const same = out.findIndex((e) => e.id === a.id);
    if (same >= 0) {
      out[same] = a;
      continue;
    }
    const twin = out.findIndex((e) => !e.orphaned && e.start === a.start && e.end === a.end && e.type === a.type && (e.entity ?? '') === (a.entity ?? ''));
    if (twin < 0) out.push(a);
    else out[twin] = { ...out[twin], ...(a.external ? { external: a.external } : {}), ...(a.note && !out[twin].note ? { note: a.note } : {}) };
  }
  return out;
}
