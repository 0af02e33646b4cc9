/**
 * Annotations in the editor: loads each document's annotation file from `.concord/annotations`,
 * re-anchors the annotations whenever the document's text changes (editor or disk), hides
 * rejected detections from diagnostics, reports orphans, adds hover lines, offers the annotate /
 * link / confirm / reject / verify code actions and runs their commands. Writes go through a
 * WorkspaceEdit when the annotation file is open in the editor, else through an atomic write.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CodeActionKind, DiagnosticSeverity, FileChangeType, type CodeAction, type Connection, type Range, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { reanchorAfterChange } from '../core/annotations/anchor';
import { annotationActions, annotationHover, ANNOTATION_COMMANDS, isRejectedSpan, orphanFindings } from '../core/annotations/features';
import { newHeader, serializeAnnotations, type AnnotationHeader } from '../core/annotations/jsonl';
import { annotationTypeOfEntity, createAnnotation, describeAnnotation, entityTypeOf, fieldsOf, newAnnotationId, type Annotation, type AnnotationType, type DetectionRef } from '../core/annotations/model';
import { withoutRejected } from '../core/annotations/detections';
import type { HoverResult } from '../core/features/hover';
import { LineIndex } from '../core/text/lines';
import type { Finding } from '../core/types';
import { toOffset, toRange } from '../convert';
import type { CorpusWorkspace } from '../corpusWorkspace';
import { anchorFileContent, annotationFileFor, documentOfAnnotationFile, listAnnotationFiles, moveAnnotations } from '../io/annotationStore';
import { writeFileAtomic } from '../io/atomicWrite';
import { mergeImported } from '../io/annotationExchange';
import { exportFromEditor, importFromEditor, type AnnotationSource } from './annotationExchange';
import { readCorpusFile } from '../io/corpusFiles';
import { listEntityChoices } from './entityChoices';

/** Server commands of annotations. */
export const ANNOTATION_SERVER_COMMANDS: string[] = Object.values(ANNOTATION_COMMANDS);
/** Notification to the client: a document's annotations changed (refresh decorations and lists). */
export const ANNOTATIONS_CHANGED = 'concord/annotationsChanged';
/** Diagnostic code of problems in an annotation file. */
const FILE_CODE = 'concord.annotations-file';
/** Wait after the last edit of an open document before re-anchored positions are written. */
const SAVE_DELAY_MS = 1500;

/** A document's annotations as the server holds them, anchored in `text`. */
interface DocAnnotations {
  root: string;
  text: string;
  annotations: Annotation[];
  header: AnnotationHeader;
}

/** Arguments of the annotation commands. */
interface CommandArg {
  uri?: string;
  range?: Range;
  type?: AnnotationType;
  id?: string;
  entity?: string;
  note?: string;
  source?: string;
  detection?: DetectionRef;
  author?: string;
}

/** The server side of annotations. */
export class Annotations implements AnnotationSource {
  private readonly docs = new Map<string, DocAnnotations>();
  private roots: string[] = [];
  /** Content Concord last wrote to each annotation file, so its own writes are not read back as user edits. */
  private readonly written = new Map<string, string>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly corpus: CorpusWorkspace,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly publish: (uris: Iterable<string>) => void,
  ) {}

  /** Loads every annotation file under the workspace folders and re-publishes the annotated documents. */
  async load(roots: readonly string[]): Promise<void> {
    this.roots = [...roots];
    this.docs.clear();
    for (const root of roots) {
      for (const file of await listAnnotationFiles(path.join(root, '.concord', 'annotations'))) await this.fileChanged(URI.file(file).toString());
    }
  }

  /** Whether a URI is an annotation file of a workspace folder. */
  isAnnotationFile(uri: string): boolean {
    return this.locate(uri) !== null;
  }

  /** An annotation file changed in the editor (`text`) or on disk: read it again. */
  async fileChanged(uri: string, text?: string): Promise<void> {
    const found = this.locate(uri);
    if (!found) return;
    const content = text ?? this.documents.get(uri)?.getText() ?? (await fs.readFile(found.file, 'utf8').catch(() => ''));
    if (this.written.get(found.file) === content) return;
    const docUri = URI.file(found.document).toString();
    const onDisk = this.corpus.index.get(docUri) ? null : await readCorpusFile(found.document);
    const docText = this.corpus.index.get(docUri)?.text ?? (onDisk?.ok ? onDisk.text : '');
    const loaded = anchorFileContent(content, docText);
    this.docs.set(docUri, { root: found.root, text: docText, annotations: loaded.results.map((r) => r.annotation), header: loaded.header });
    const lines = new LineIndex(content);
    const diagnostics = loaded.problems.map((p) => ({
      range: { start: { line: p.line - 1, character: 0 }, end: lines.positionAt(lines.offsetAt({ line: p.line, character: 0 }) - 1) },
      message: `${p.reason}. This line is skipped; the others are in use.`,
      severity: DiagnosticSeverity.Error,
      source: 'concord',
      code: FILE_CODE,
    }));
    void this.connection.sendDiagnostics({ uri, diagnostics });
    this.changed(docUri);
  }

  /** A document's findings less rejected detections, plus its orphaned annotations (re-anchors first). */
  adjust(uri: string, findings: Finding[]): Finding[] {
    const state = this.sync(uri);
    if (!state) return findings;
    const rejected = state.annotations.filter((a) => a.type === 'reject' && !a.orphaned);
    return [...withoutRejected(findings, rejected), ...orphanFindings(uri, state.annotations, state.text.length)];
  }

  /** A document's annotations, re-anchored in its current text, and its header (for export). */
  annotationsOf(uri: string): { annotations: readonly Annotation[]; header: AnnotationHeader } | undefined {
    return this.sync(uri);
  }

  /** Merges imported annotations into a document's (same id: replaced) and saves them. */
  async addImported(uri: string, incoming: readonly Annotation[], header: Partial<AnnotationHeader> | undefined): Promise<void> {
    const state = this.stateFor(uri);
    state.annotations = mergeImported(state.annotations, incoming);
    state.header = { ...state.header, ...(header ?? {}) };
    await this.persist(uri);
    this.changed(uri);
  }

  /** Whether the user rejected the detection at exactly this span of a document. */
  isRejected(uri: string, span: { start: number; end: number }): boolean {
    const state = this.sync(uri);
    return !!state && isRejectedSpan(state.annotations, span);
  }

  /** Adds annotation lines to a hover (and drops the hover of a rejected detection). */
  hover(uri: string, offset: number, base: HoverResult | null): HoverResult | null {
    const state = this.sync(uri);
    const own = state && annotationHover(state.annotations, offset);
    if (!state || !own) return base;
    const shown = base && !isRejectedSpan(state.annotations, base) ? base : null;
    const start = Math.min(own.span.start, shown?.start ?? Infinity);
    const end = Math.max(own.span.end, shown?.end ?? -Infinity);
    return { start, end, markdown: [shown?.markdown, own.lines.join('\n\n')].filter(Boolean).join('\n\n---\n\n') };
  }

  /** Annotation code actions for a selection. */
  codeActions(uri: string, range: Range): CodeAction[] {
    const doc = this.corpus.index.get(uri);
    const lines = this.corpus.linesOf(uri);
    if (!doc || !lines || !this.rootOf(uri)) return [];
    const annotations = this.sync(uri)?.annotations ?? [];
    const selection = { start: toOffset(lines, range.start), end: toOffset(lines, range.end) };
    return annotationActions(doc.facts, doc.text, annotations, selection).map((a) => {
      const arg: CommandArg = { uri, ...(a.arg.span ? { range: toRange(lines, a.arg.span.start, a.arg.span.end) } : {}), type: a.arg.type, id: a.arg.id, detection: a.arg.detection, entity: a.arg.entity };
      return { title: a.title, kind: `${CodeActionKind.Refactor}.concord.annotate`, command: { title: a.title, command: a.command, arguments: [arg] } };
    });
  }

  /** Runs an annotation command. */
  async execute(command: string, args: readonly unknown[]): Promise<void> {
    const arg = (args[0] ?? {}) as CommandArg;
    try {
      if (command === ANNOTATION_COMMANDS.export || command === ANNOTATION_COMMANDS.import) {
        const run = command === ANNOTATION_COMMANDS.export ? exportFromEditor : importFromEditor;
        void this.connection.window.showInformationMessage(await run(this.corpus, this, this.roots, args[0] as Record<string, string>));
        return;
      }
      if (typeof arg.uri !== 'string') throw new Error('the command needs a document');
      const state = this.stateFor(arg.uri);
      const span = arg.range ? this.spanOf(arg.uri, arg.range) : null;
      const fields = { author: arg.author ?? os.userInfo().username, created: new Date().toISOString() };
      const id = () => newAnnotationId(new Set(state.annotations.map((a) => a.id)), new Date());
      const same = (a: Annotation) => span !== null && !a.orphaned && a.start === span.start && a.end === span.end;
      if (command === ANNOTATION_COMMANDS.remove) state.annotations = state.annotations.filter((a) => a.id !== arg.id);
      else if (!span || span.end <= span.start) throw new Error('select the text to annotate');
      else if (command === ANNOTATION_COMMANDS.add) {
        const type = arg.type ?? 'other';
        // A new judgement of a detection replaces the earlier one (the user changed their mind).
        if (type === 'confirm' || type === 'reject') state.annotations = state.annotations.filter((a) => !(same(a) && (a.type === 'confirm' || a.type === 'reject')));
        const extra = { ...(arg.detection ? { detection: arg.detection } : {}), ...(arg.entity ? { entity: arg.entity } : {}), ...(arg.note ? { note: arg.note } : {}), ...(arg.source ? { source: arg.source } : {}) };
        state.annotations.push(createAnnotation(state.text, span, { id: id(), type, ...extra, ...fields }));
      } else if (command === ANNOTATION_COMMANDS.link) {
        if (!arg.entity) throw new Error('no entity was chosen');
        const existing = state.annotations.find((a) => same(a) && (entityTypeOf(a.type) !== null || a.type === 'confirm'));
        if (existing) existing.entity = arg.entity;
        else {
          const detected = this.corpus.index.get(arg.uri)?.facts.entities.find((m) => m.start === span.start && m.end === span.end);
          const type: AnnotationType = arg.type ?? (detected ? annotationTypeOfEntity(detected.type) : 'other');
          state.annotations.push(createAnnotation(state.text, span, { id: id(), type, entity: arg.entity, ...fields }));
        }
      } else if (command === ANNOTATION_COMMANDS.reattach) {
        const i = state.annotations.findIndex((a) => a.id === arg.id);
        if (i < 0) throw new Error('the annotation is gone');
        state.annotations[i] = createAnnotation(state.text, span, fieldsOf(state.annotations[i]));
      }
      await this.persist(arg.uri);
      this.changed(arg.uri);
    } catch (e) {
      void this.connection.window.showErrorMessage(`Concord could not change the annotations: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Registers the requests behind decorations, the orphan list and the entity picker, and file renames. */
  register(): void {
    this.connection.onRequest('concord/annotations', (p: { uri: string }) => {
      const state = this.sync(p.uri);
      const lines = this.corpus.linesOf(p.uri) ?? (state ? new LineIndex(state.text) : null);
      if (!state || !lines) return [];
      return state.annotations.map((a) => ({ id: a.id, type: a.type, orphaned: !!a.orphaned, quote: a.quote.exact, label: describeAnnotation(a), range: toRange(lines, a.start, a.end) }));
    });
    this.connection.onRequest('concord/orphanedAnnotations', () =>
      [...this.docs.entries()].flatMap(([uri, s]) => s.annotations.filter((a) => a.orphaned).map((a) => ({ uri, id: a.id, type: a.type, quote: a.quote.exact, label: describeAnnotation(a) }))),
    );
    this.connection.onRequest('concord/entities', (p: { query?: string }) => listEntityChoices(this.corpus.index, p.query ?? ''));
    this.connection.workspace.onDidRenameFiles(async (params) => {
      for (const { oldUri, newUri } of params.files) await this.renamed(oldUri, newUri);
    });
  }

  /**
   * A file deleted and a file created with the same text in one batch of disk events is a move
   * made outside the editor (git mv, a file manager): its annotations follow it.
   */
  async followMoves(changes: readonly { uri: string; type: number }[]): Promise<void> {
    const created = changes.filter((c) => c.type === FileChangeType.Created);
    for (const gone of changes.filter((c) => c.type === FileChangeType.Deleted && this.docs.has(c.uri))) {
      for (const c of created) {
        const read = URI.parse(c.uri).scheme === 'file' ? await readCorpusFile(URI.parse(c.uri).fsPath) : null;
        if (read?.ok && read.text === this.docs.get(gone.uri)?.text && !this.docs.has(c.uri)) {
          await this.renamed(gone.uri, c.uri);
          break;
        }
      }
    }
  }

  /** Moves the annotations of a renamed file (or of the files under a renamed folder). */
  private async renamed(oldUri: string, newUri: string): Promise<void> {
    const from = URI.parse(oldUri).fsPath;
    const to = URI.parse(newUri).fsPath;
    for (const root of this.roots.filter((r) => isUnder(r, from) && isUnder(r, to))) {
      for (const [oldFile, newFile] of await moveAnnotations(root, from, to)) {
        this.written.delete(oldFile);
        this.written.delete(newFile);
      }
    }
    for (const [uri, state] of [...this.docs]) {
      if (uri !== oldUri && !uri.startsWith(`${oldUri}/`)) continue;
      this.docs.delete(uri);
      this.docs.set(newUri + uri.slice(oldUri.length), state);
    }
  }

  /** Re-anchors a document's annotations when its text changed; returns its state. */
  private sync(uri: string): DocAnnotations | undefined {
    const state = this.docs.get(uri);
    const text = this.corpus.index.get(uri)?.text;
    if (!state || text === undefined || text === state.text) return state;
    const before = state.annotations;
    state.annotations = reanchorAfterChange(before, state.text, text).map((r) => r.annotation);
    state.text = text;
    const moved = state.annotations.some((a, i) => a.start !== before[i].start || a.end !== before[i].end || !!a.orphaned !== !!before[i].orphaned);
    if (moved) {
      this.schedulePersist(uri, this.documents.get(uri) ? SAVE_DELAY_MS : 0);
      void this.connection.sendNotification(ANNOTATIONS_CHANGED, { uri });
    }
    return state;
  }

  private schedulePersist(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => void this.persist(uri).catch((e) => this.connection.console.error(`Concord: saving annotations failed: ${String(e)}`)), delay));
  }

  /** Writes a document's annotations: an edit of the open annotation file, else an atomic write. */
  private async persist(uri: string): Promise<void> {
    clearTimeout(this.timers.get(uri));
    const state = this.docs.get(uri);
    if (!state) return;
    const file = annotationFileFor(state.root, URI.parse(uri).fsPath);
    const content = serializeAnnotations(state.annotations, state.text, state.header);
    const fileUri = URI.file(file).toString();
    const open = this.documents.get(fileUri);
    this.written.set(file, content);
    if (open) {
      const end = open.positionAt(open.getText().length);
      const edit = { range: { start: { line: 0, character: 0 }, end }, newText: content };
      const result = await this.connection.workspace.applyEdit({ label: 'Concord: annotations', edit: { documentChanges: [{ textDocument: { uri: fileUri, version: open.version }, edits: [edit] }] } });
      if (!result.applied) throw new Error(result.failureReason ?? 'the editor refused the edit');
    } else if (state.annotations.length === 0 && !state.header.brat) await fs.rm(file, { force: true });
    else await writeFileAtomic(file, content);
  }

  private changed(uri: string): void {
    this.publish([uri]);
    void this.connection.sendNotification(ANNOTATIONS_CHANGED, { uri });
  }

  private stateFor(uri: string): DocAnnotations {
    const existing = this.sync(uri);
    if (existing) return existing;
    const root = this.rootOf(uri);
    const text = this.corpus.index.get(uri)?.text;
    if (!root || text === undefined) throw new Error('annotations need a corpus file inside a workspace folder');
    const state: DocAnnotations = { root, text, annotations: [], header: newHeader() };
    this.docs.set(uri, state);
    return state;
  }

  private spanOf(uri: string, range: Range): { start: number; end: number } {
    const lines = this.corpus.linesOf(uri);
    if (!lines) throw new Error('the document is not indexed');
    return { start: toOffset(lines, range.start), end: toOffset(lines, range.end) };
  }

  private rootOf(uri: string): string | null {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? (this.roots.find((r) => isUnder(r, parsed.fsPath)) ?? null) : null;
  }

  /** The root, annotation file and document of an annotation-file URI, or null. */
  private locate(uri: string): { root: string; file: string; document: string } | null {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return null;
    for (const root of this.roots) {
      const document = documentOfAnnotationFile(root, parsed.fsPath);
      if (document) return { root, file: parsed.fsPath, document };
    }
    return null;
  }
}

function isUnder(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
