/**
 * One of Concord's own JSON files in the corpus's `.concord/` folder (decisions, knowledge base):
 * loaded at start, followed live while it is open in the editor and on disk otherwise. Its
 * problems become diagnostics in the file itself; what to do with a valid text is the owner's
 * business (the last good version stays in use). Edits go through a WorkspaceEdit when the file is
 * open (undoable, and the user sees it), else through an atomic write.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { LineIndex } from '../core/text/lines';
import { applyReplacements } from '../core/text/replace';
import type { Severity, Span, TextReplacement } from '../core/types';
import { toRange } from '../convert';
import { writeFileAtomic } from '../io/atomicWrite';

/** A problem in the file's text, at offsets of that text. */
export interface FileProblem extends Span {
  message: string;
  /** Defaults to error. */
  severity?: Severity;
}

/** What the file is and what to do with its text. */
export interface ConcordFileSpec {
  /** Path relative to the corpus root, e.g. `.concord/decisions.json`. */
  relativePath: string;
  /** Diagnostic code of the file's problems. */
  code: string;
  /** Takes a new text (empty when the file is missing) and returns its problems. */
  accept(text: string): FileProblem[];
}

/** Pause in typing after which an edited `.concord/` file is applied. */
const TYPING_PAUSE_MS = 250;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Follows and edits one `.concord/` file of the first workspace folder. */
export class ConcordJsonFile {
  private root: string | null = null;
  private typing: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly spec: ConcordFileSpec,
  ) {}

  /** The file's URI, or null without a workspace folder. */
  get uri(): string | null {
    return this.root ? URI.file(path.join(this.root, this.spec.relativePath)).toString() : null;
  }

  /** Sets the corpus root and loads the file (the open document's text wins over the disk). */
  async load(root: string | null): Promise<void> {
    this.root = root;
    const uri = this.uri;
    if (!uri) return;
    const open = this.documents.get(uri);
    this.apply(open ? open.getText() : await fs.readFile(URI.parse(uri).fsPath, 'utf8').catch(() => ''));
  }

  /**
   * A text typed in the editor: applied once typing pauses, so a burst of keystrokes costs one
   * parse (and, for the knowledge base, at most one re-analysis of the corpus).
   */
  applyTyped(text: string): void {
    clearTimeout(this.typing);
    this.typing = setTimeout(() => this.apply(text), TYPING_PAUSE_MS);
  }

  /** Hands a new text to the owner and shows its problems in the file. */
  apply(text: string): void {
    clearTimeout(this.typing);
    const uri = this.uri;
    if (!uri) return;
    const problems = this.spec.accept(text);
    const lines = new LineIndex(text);
    void this.connection.sendDiagnostics({
      uri,
      diagnostics: problems.map((p) => ({
        range: toRange(lines, p.start, p.end),
        message: p.message,
        severity: SEVERITY[p.severity ?? 'error'],
        source: 'concord',
        code: this.spec.code,
      })),
    });
  }

  /**
   * Edits the file with replacements computed from its current text: a WorkspaceEdit when it is
   * open in the editor, else an atomic write (creating `.concord/` when needed).
   */
  async edit(label: string, editsFor: (text: string) => TextReplacement[]): Promise<void> {
    const uri = this.uri;
    if (!uri) throw new Error('Concord needs a workspace folder for its files.');
    const open = this.documents.get(uri);
    if (open) {
      const text = open.getText();
      const lines = new LineIndex(text);
      const edits = editsFor(text).map((e) => ({ range: toRange(lines, e.start, e.end), newText: e.newText }));
      const result = await this.connection.workspace.applyEdit({ label, edit: { documentChanges: [{ textDocument: { uri, version: open.version }, edits }] } });
      if (!result.applied) throw new Error(result.failureReason ?? 'the editor refused the edit');
      return;
    }
    const file = URI.parse(uri).fsPath;
    const text = await fs.readFile(file, 'utf8').catch(() => '');
    const out = applyReplacements(text, editsFor(text));
    await writeFileAtomic(file, out);
    this.apply(out);
  }
}

