/**
 * Claim key → documents stating it: the inverted index that lets an edit find the other files
 * whose cross-file diagnostics it can change, without scanning the workspace.
 */
import type { DocumentFacts } from '../types';

const NONE: ReadonlySet<string> = new Set();

/** Claim key → documents. */
export class ClaimIndex {
  private readonly byKey = new Map<string, Set<string>>();

  /** Adds a document's claim keys; documents already stating them join `affected`. */
  add(doc: string, facts: DocumentFacts, affected: Set<string>): void {
    for (const key of keysOf(facts)) {
      let docs = this.byKey.get(key);
      if (!docs) this.byKey.set(key, (docs = new Set()));
      for (const d of docs) affected.add(d);
      docs.add(doc);
    }
  }

  /** Removes a document's claim keys; documents still stating them join `affected`. */
  remove(doc: string, facts: DocumentFacts, affected: Set<string>): void {
    for (const key of keysOf(facts)) {
      const docs = this.byKey.get(key);
      if (!docs) continue;
      docs.delete(doc);
      for (const d of docs) affected.add(d);
      if (docs.size === 0) this.byKey.delete(key);
    }
  }

  /** Documents stating a key. */
  documents(key: string): ReadonlySet<string> {
    return this.byKey.get(key) ?? NONE;
  }

  /** Forgets everything. */
  clear(): void {
    this.byKey.clear();
  }
}

function keysOf(facts: DocumentFacts): Set<string> {
  return new Set(facts.claims.map((c) => c.key));
}
