/**
 * The decisions file (`.concord/decisions.json`): loaded at start, followed live while it is
 * open in the editor and on disk otherwise. A broken file gets diagnostics in itself and the last
 * good decisions stay in use. Recording a decision edits the open document through a
 * WorkspaceEdit (undoable), or writes the file atomically when it is not open.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { decisionEdits, DECISIONS_PATH, parseDecisions, type AcceptedDifference, type IgnoredClaim } from '../core/claims/decisions';
import { ACCEPT_COMMAND, IGNORE_COMMAND } from '../core/rules/figureConflict';
import type { CorpusWorkspace } from '../corpusWorkspace';
import { ConcordJsonFile } from './concordJsonFile';

/** Server commands that record decisions. */
export const DECISION_COMMANDS = [ACCEPT_COMMAND, IGNORE_COMMAND];

/** Follows and edits the decisions file of the first workspace folder. */
export class DecisionsFile extends ConcordJsonFile {
  constructor(
    private readonly server: Connection,
    corpus: CorpusWorkspace,
    documents: TextDocuments<TextDocument>,
    publish: (uris: Iterable<string>) => void,
  ) {
    super(server, documents, {
      relativePath: DECISIONS_PATH,
      code: 'concord.decisions-file',
      accept: (text) => {
        const { decisions, errors } = text.trim() ? parseDecisions(text) : { decisions: { accepted: [], ignored: [] }, errors: [] };
        if (decisions) publish(corpus.index.setDecisions(decisions));
        return errors.map((e) => ({ ...e, message: `${e.message} The last valid decisions stay in use.` }));
      },
    });
  }

  /** Records a decision: a WorkspaceEdit when the file is open, else an atomic write. */
  async record(list: 'accepted' | 'ignored', entry: AcceptedDifference | IgnoredClaim): Promise<void> {
    await this.edit('Concord: record decision', (text) => decisionEdits(text, list, entry));
  }

  /** Runs a record command (one of `DECISION_COMMANDS`). */
  async execute(command: string, args: readonly unknown[]): Promise<void> {
    const arg = (args[0] ?? {}) as { claim?: string; values?: string[] };
    if (typeof arg.claim !== 'string') return;
    try {
      if (command === ACCEPT_COMMAND) await this.record('accepted', { claim: arg.claim, values: arg.values ?? [] });
      else if (command === IGNORE_COMMAND) await this.record('ignored', { claim: arg.claim });
    } catch (e) {
      void this.server.window.showErrorMessage(`Concord could not record the decision: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
