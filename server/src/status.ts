/**
 * Tells the client what Concord is doing (`concord/status` notifications), so its status item
 * can show indexing progress, the size of the corpus, problems found and files skipped.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { CorpusWorkspace } from './corpusWorkspace';

/** Payload of the `concord/status` notification. */
export interface StatusParams {
  state: 'indexing' | 'ready';
  documents: number;
  figures: number;
  /** Distinct entities mentioned in the corpus (linked across files and scripts). */
  entities: number;
  findings: number;
  skipped: { uri: string; reason: string }[];
  progress?: { done: number; total: number };
}

/** Sends status notifications, coalescing bursts into one per tick. */
export class StatusReporter {
  private pending = false;

  /** Creates a reporter for a corpus. */
  constructor(
    private readonly connection: Connection,
    private readonly corpus: CorpusWorkspace,
    /** Problems published so far (the diagnostics the Problems view shows, across files). */
    private readonly problems: () => number,
  ) {}

  /** Indexing is under way. */
  indexing(done: number, total: number): void {
    void this.connection.sendNotification('concord/status', { ...this.counts(), state: 'indexing', progress: { done, total } } satisfies StatusParams);
  }

  /** The index is up to date (sent once per tick however many edits arrive). */
  ready(): void {
    if (this.pending) return;
    this.pending = true;
    setImmediate(() => {
      this.pending = false;
      void this.connection.sendNotification('concord/status', { ...this.counts(), state: 'ready' } satisfies StatusParams);
    });
  }

  private counts(): Omit<StatusParams, 'state'> {
    let figures = 0;
    for (const d of this.corpus.index.documents()) figures += d.facts.figures.length;
    const findings = this.problems();
    const skipped = [...this.corpus.skipped].map(([uri, reason]) => ({ uri, reason }));
    return { documents: this.corpus.index.size, figures, entities: this.corpus.index.entities.entities().length, findings, skipped };
  }
}
