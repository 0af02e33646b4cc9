/**
 * The decisions file (`.concord/decisions.json`): loaded at start, followed live while it is
 * open in the editor and on disk otherwise. A broken file gets diagnostics in itself and the last
 * good decisions stay in use. Recording a decision edits the open document through a
 * WorkspaceEdit (undoable), or writes the file atomically when it is not open.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { addDecision, decisionEdits, DECISIONS_PATH, parseDecisions, type AcceptedDifference, type IgnoredClaim } from '../core/claims/decisions';
import { ACCEPT_COMMAND, IGNORE_COMMAND } from '../core/rules/figureConflict';
import { LineIndex } from '../core/text/lines';
import { toRange } from '../convert';
import type { CorpusWorkspace } from '../corpusWorkspace';
import { writeFileAtomic } from '../io/atomicWrite';

/** Server commands that record decisions. */
export const DECISION_COMMANDS = [ACCEPT_COMMAND, IGNORE_COMMAND];

/** Follows and edits the decisions file of the first workspace folder. */
export class DecisionsFile {
  private root: string | null = null;

  constructor(
    private readonly connection: Connection,
    private readonly corpus: CorpusWorkspace,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly publish: (uris: Iterable<string>) => void,
  ) {}

  /** The decisions file's URI, or null without a workspace folder. */
  get uri(): string | null {
    return this.root ? URI.file(path.join(this.root, DECISIONS_PATH)).toString() : null;
  }

  /** Sets the corpus root and loads its decisions. */
  async load(root: string | null): Promise<void> {
    this.root = root;
    const uri = this.uri;
    if (!uri) return;
    const open = this.documents.get(uri);
    this.apply(open ? open.getText() : await fs.readFile(URI.parse(uri).fsPath, 'utf8').catch(() => ''));
  }

  /** Parses a new text of the file; applies it when valid, shows its errors either way. */
  apply(text: string): void {
    const uri = this.uri;
    if (!uri) return;
    const { decisions, errors } = text.trim() ? parseDecisions(text) : { decisions: { accepted: [], ignored: [] }, errors: [] };
    const lines = new LineIndex(text);
    void this.connection.sendDiagnostics({
      uri,
      diagnostics: errors.map((e) => ({
        range: toRange(lines, e.start, e.end),
        message: `${e.message} The last valid decisions stay in use.`,
        severity: DiagnosticSeverity.Error,
        source: 'concord',
        code: 'concord.decisions-file',
      })),
    });
    if (decisions) this.publish(this.corpus.index.setDecisions(decisions));
  }

  /** Records a decision: a WorkspaceEdit when the file is open, else an atomic write. */
  async record(list: 'accepted' | 'ignored', entry: AcceptedDifference | IgnoredClaim): Promise<void> {
    const uri = this.uri;
    if (!uri) throw new Error('Concord needs a workspace folder to store decisions.');
    const open = this.documents.get(uri);
    if (open) {
      const text = open.getText();
      const lines = new LineIndex(text);
      const edits = decisionEdits(text, list, entry).map((e) => ({ range: toRange(lines, e.start, e.end), newText: e.newText }));
      const result = await this.connection.workspace.applyEdit({ label: 'Concord: record decision', edit: { documentChanges: [{ textDocument: { uri, version: open.version }, edits }] } });
      if (!result.applied) throw new Error(result.failureReason ?? 'the editor refused the edit');
      return;
    }
    const file = URI.parse(uri).fsPath;
    const text = await fs.readFile(file, 'utf8').catch(() => '');
    const out = addDecision(text, list, entry);
    await writeFileAtomic(file, out);
    this.apply(out);
  }

  /** Registers the record commands. */
  register(): void {
    this.connection.onExecuteCommand(async (params) => {
      const arg = (params.arguments?.[0] ?? {}) as { claim?: string; values?: string[] };
      if (typeof arg.claim !== 'string') return;
      try {
        if (params.command === ACCEPT_COMMAND) await this.record('accepted', { claim: arg.claim, values: arg.values ?? [] });
        else if (params.command === IGNORE_COMMAND) await this.record('ignored', { claim: arg.claim });
      } catch (e) {
        void this.connection.window.showErrorMessage(`Concord could not record the decision: ${e instanceof Error ? e.message : String(e)}`);
      }
    });
  }
}
