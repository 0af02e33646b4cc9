/**
 * The corpus as the server sees it: workspace folders, which files belong, and the index kept in
 * step with the editor (open documents) and the disk (closed files). Every change updates only
 * the documents it touches and says which documents need their diagnostics re-published.
 */
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { WorkspaceIndex } from './core/index/workspaceIndex';
import { LineIndex } from './core/text/lines';
import { CorpusFilter, listCorpusFiles, readCorpusFile } from './io/corpusFiles';
import type { Settings } from './settings';

/**
 * A document whose last analysis took this long (ms) or longer is analysed once typing in it pauses,
 * not on every keystroke: typing in a very long file would otherwise queue one slow analysis per key.
 */
export const SLOW_ANALYSIS_MS = 50;
/** Longest pause waited for before a slow document's text is analysed. */
const LONGEST_PAUSE_MS = 1500;

/** A file that was left out of the corpus, and why. */
export interface SkippedNote {
  uri: string;
  reason: string;
}

/** The server's corpus state. */
export class CorpusWorkspace {
  private readonly indexed: WorkspaceIndex;
  /** Text typed in a slow document and not yet analysed (see `typed`), by URI. */
  private readonly pending = new Map<string, string>();
  /** How long each open document's last analysis took (ms). */
  private readonly cost = new Map<string, number>();
  /** Told of the documents whose findings changed when typed text is analysed later (see `typed`). */
  onAnalysedLater: (changed: Set<string>, typedIn: string) => void = () => {};
  /** Runs `analysePending` once typing pauses. */
  private pauseTimer: NodeJS.Timeout | undefined;
  private filter: CorpusFilter;
  private roots: string[] = [];
  /** URIs whose text comes from the editor, not the disk. */
  private readonly open = new Set<string>();
  private readonly lines = new Map<string, { hash: string; lines: LineIndex }>();
  readonly skipped = new Map<string, string>();

  /** Creates an empty corpus under settings. */
  constructor(private settings: Settings) {
    this.indexed = new WorkspaceIndex(settings.analysis);
    this.filter = new CorpusFilter(settings.include, settings.exclude);
  }

  /** Sets the workspace folder paths. */
  setRoots(roots: readonly string[]): void {
    this.roots = [...roots];
  }

  /** Whether a URI is a corpus file: a file under a workspace folder matching the globs. */
  isCorpusUri(uri: string): boolean {
    const file = fsPath(uri);
    if (!file) return false;
    return this.roots.some((root) => {
      const rel = path.relative(root, file);
      return !rel.startsWith('..') && !path.isAbsolute(rel) && this.filter.includes(rel);
    });
  }

  /** Reads every corpus file of every root into the index, reporting progress. */
  async scan(report: (done: number, total: number) => void, isCancelled: () => boolean): Promise<Set<string>> {
    const files = (await Promise.all(this.roots.map((r) => listCorpusFiles(r, this.filter, isCancelled)))).flat();
    const changed = new Set<string>();
    let done = 0;
    this.index.beginBatch();
    try {
      for (const file of files) {
        if (isCancelled()) break;
        const uri = URI.file(file).toString();
        if (!this.open.has(uri)) for (const affected of await this.loadFromDisk(uri, file)) changed.add(affected);
        if (++done % 25 === 0 || done === files.length) report(done, files.length);
      }
    } finally {
      for (const affected of this.index.endBatch()) changed.add(affected);
    }
    return changed;
  }

  /**
   * The index, with any text typed and not yet analysed analysed first: whoever reads it (a request,
   * a publication) sees the editor's text.
   */
  get index(): WorkspaceIndex {
    if (this.pending.size > 0) this.analysePending();
    return this.indexed;
  }

  /** Whether text typed in a slow document waits to be analysed (see `typed`). */
  get typing(): boolean {
    return this.pending.size > 0;
  }

  /**
   * The user typed in an open document. A document analysed quickly is analysed now and the
   * documents whose findings may have changed are returned; a slow one (see `SLOW_ANALYSIS_MS`) is
   * analysed when typing pauses for about as long as its analysis takes, or when the index is next
   * read, whichever comes first, and `onAnalysedLater` is told then (returns null).
   */
  typed(uri: string, text: string): Set<string> | null {
    const cost = this.cost.get(uri) ?? 0;
    if (cost < SLOW_ANALYSIS_MS) return this.setFromEditor(uri, text);
    this.pending.set(uri, text);
    clearTimeout(this.pauseTimer);
    this.pauseTimer = setTimeout(() => this.analysePending(), Math.min(LONGEST_PAUSE_MS, cost));
    return null;
  }

  private analysePending(): void {
    clearTimeout(this.pauseTimer);
    const typed = [...this.pending];
    this.pending.clear();
    for (const [uri, text] of typed) this.onAnalysedLater(this.setFromEditor(uri, text), uri);
  }

  /** The editor opened or changed a document; returns the documents whose findings may have changed. */
  setFromEditor(uri: string, text: string): Set<string> {
    this.open.add(uri);
    this.pending.delete(uri);
    const tooBig = text.length > this.settings.maxFileBytes;
    if (tooBig) {
      this.skipped.set(uri, `larger than the concord.files.maxFileSize limit`);
      return this.index.delete(uri);
    }
    this.skipped.delete(uri);
    // Other documents' pending text is analysed before the clock starts: the cost is this document's own.
    const index = this.index;
    const t0 = performance.now();
    const changed = index.set(uri, text);
    this.cost.set(uri, performance.now() - t0);
    return changed;
  }

  /** The editor closed a document: its disk text (if still a corpus file) takes over. */
  async closeInEditor(uri: string): Promise<Set<string>> {
    this.open.delete(uri);
    this.pending.delete(uri);
    this.cost.delete(uri);
    const file = fsPath(uri);
    if (!file || !this.isCorpusUri(uri)) return this.index.delete(uri);
    return this.loadFromDisk(uri, file);
  }

  /** A file was created or changed on disk. */
  async fileChanged(uri: string): Promise<Set<string>> {
    const file = fsPath(uri);
    if (this.open.has(uri) || !file || !this.isCorpusUri(uri)) return new Set();
    return this.loadFromDisk(uri, file);
  }

  /** A file was deleted on disk. */
  fileDeleted(uri: string): Set<string> {
    this.skipped.delete(uri);
    if (this.open.has(uri)) return new Set();
    this.lines.delete(uri);
    return this.index.delete(uri);
  }

  /**
   * Applies new settings: documents that stop being corpus files leave the index and every
   * remaining document is re-analysed under the new options. Returns every URI indexed before, all
   * of which need their diagnostics re-published; the caller rescans for files that joined.
   */
  applySettings(settings: Settings): string[] {
    this.settings = settings;
    this.filter = new CorpusFilter(settings.include, settings.exclude);
    const before = [...this.index.documents()].map((d) => d.key);
    for (const uri of before) if (!this.open.has(uri) && !this.isCorpusUri(uri)) this.index.delete(uri);
    this.index.setOptions(settings.analysis);
    return before;
  }

  /** Line index of an indexed document (cached per text). */
  linesOf(uri: string): LineIndex | undefined {
    const doc = this.index.get(uri);
    if (!doc) return undefined;
    const cached = this.lines.get(uri);
    if (cached && cached.hash === doc.facts.hash) return cached.lines;
    const lines = new LineIndex(doc.text);
    this.lines.set(uri, { hash: doc.facts.hash, lines });
    return lines;
  }

  private async loadFromDisk(uri: string, file: string): Promise<Set<string>> {
    const read = await readCorpusFile(file, this.settings.maxFileBytes);
    if (this.open.has(uri)) return new Set(); // Opened in the editor while we read: the editor wins.
    if (!read.ok) {
      this.skipped.set(uri, read.reason);
      return this.index.delete(uri);
    }
    this.skipped.delete(uri);
    return this.index.set(uri, read.text);
  }
}

function fsPath(uri: string): string | null {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : null;
}
