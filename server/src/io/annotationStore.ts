/**
 * Where annotations live on disk: one JSON Lines file per annotated document, at
 * `<corpus root>/.concord/annotations/<document path relative to the root>.jsonl`, so a document's
 * annotations are reviewed, diffed and moved together with it. Reads never throw on bad content
 * (the parser reports corrupt lines); writes are atomic (io/atomicWrite.ts).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { reanchorAll, type Reanchored } from '../core/annotations/anchor';
import { newHeader, parseAnnotationFile, positionsToUtf16, serializeAnnotations, type AnnotationHeader, type LineProblem } from '../core/annotations/jsonl';
import type { Annotation } from '../core/annotations/model';
import { writeFileAtomic } from './atomicWrite';

/** Folder of the annotation files, relative to the corpus root. */
export const ANNOTATIONS_DIR = path.join('.concord', 'annotations');
/** Extension added to the document's name. */
export const ANNOTATION_EXT = '.jsonl';

/** The annotation file of a document under a corpus root. */
export function annotationFileFor(root: string, document: string): string {
  return path.join(root, ANNOTATIONS_DIR, `${path.relative(root, document)}${ANNOTATION_EXT}`);
}

/** The document an annotation file belongs to, or null when `file` is not an annotation file of `root`. */
export function documentOfAnnotationFile(root: string, file: string): string | null {
  const rel = path.relative(path.join(root, ANNOTATIONS_DIR), file);
  if (rel.startsWith('..') || path.isAbsolute(rel) || !rel.endsWith(ANNOTATION_EXT)) return null;
  return path.join(root, rel.slice(0, -ANNOTATION_EXT.length));
}

/** The nearest folder at or above `start` holding a `.concord` folder, or null. */
export async function findCorpusRoot(start: string): Promise<string | null> {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (await isDirectory(path.join(dir, '.concord'))) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

/** A document's annotations as loaded: anchored in its text, with the file's problems. */
export interface LoadedAnnotations {
  header: AnnotationHeader;
  results: Reanchored[];
  problems: LineProblem[];
}

/** Parses an annotation file's content and re-anchors it in the document's current text. */
export function anchorFileContent(content: string, text: string): LoadedAnnotations {
  const parsed = parseAnnotationFile(content);
  return { header: parsed.header, results: reanchorAll(positionsToUtf16(parsed.annotations, text), text), problems: parsed.problems };
}

/** Loads a document's annotations (none when it has no file). */
export async function loadAnnotations(root: string, document: string, text: string): Promise<LoadedAnnotations> {
  const content = await fs.readFile(annotationFileFor(root, document), 'utf8').catch(() => '');
  return anchorFileContent(content, text);
}

/** Writes a document's annotations atomically; removes the file when nothing is left to keep. */
export async function saveAnnotations(root: string, document: string, annotations: readonly Annotation[], text: string, header: AnnotationHeader = newHeader()): Promise<void> {
  const file = annotationFileFor(root, document);
  if (annotations.length === 0 && !header.brat) {
    await fs.rm(file, { force: true });
    return;
  }
  await writeFileAtomic(file, serializeAnnotations(annotations, text, header));
}

/**
 * Moves the annotations of a renamed document, or of every document under a renamed folder.
 * Returns the annotation files moved (old → new).
 */
export async function moveAnnotations(root: string, from: string, to: string): Promise<[string, string][]> {
  const moved: [string, string][] = [];
  const oldFile = annotationFileFor(root, from);
  const oldDir = path.join(root, ANNOTATIONS_DIR, path.relative(root, from));
  if (await isFile(oldFile)) moved.push([oldFile, annotationFileFor(root, to)]);
  else if (await isDirectory(oldDir)) for (const f of await listAnnotationFiles(oldDir)) moved.push([f, path.join(root, ANNOTATIONS_DIR, path.relative(root, to), path.relative(oldDir, f))]);
  for (const [a, b] of moved) {
    await fs.mkdir(path.dirname(b), { recursive: true });
    await fs.rename(a, b);
  }
  return moved;
}

/** Every annotation file under a folder (recursively). */
export function listAnnotationFiles(dir: string): Promise<string[]> {
  return listFilesEndingWith(dir, ANNOTATION_EXT);
}

/** Every file under a folder (recursively) whose name ends with `ending`. */
export async function listFilesEndingWith(dir: string, ending: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFilesEndingWith(full, ending)));
    else if (e.isFile() && e.name.endsWith(ending)) out.push(full);
  }
  return out;
}

async function isDirectory(p: string): Promise<boolean> {
  return fs.stat(p).then((s) => s.isDirectory(), () => false);
}

async function isFile(p: string): Promise<boolean> {
  return fs.stat(p).then((s) => s.isFile(), () => false);
}
