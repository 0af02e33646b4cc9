/**
 * The workspace index: document key → facts, with a content-addressed cache so reopening,
 * renaming or restoring a text never re-analyses it. Updating one document touches only that
 * document's entry. Pure: callers feed it text; it never reads files.
 */
import { analyzeDocument, factsHash } from '../analyze';
import { optionsKey, type AnalysisOptions } from '../options';
import type { DocumentFacts } from '../types';

/** How many analyses of texts no longer in the index are kept for reuse. */
const SPARE_CACHE_SIZE = 256;

/** One indexed document. */
export interface IndexedDocument {
  key: string;
  text: string;
  facts: DocumentFacts;
}

/** Document key → facts, updated incrementally. */
export class WorkspaceIndex {
  private readonly docs = new Map<string, IndexedDocument>();
  /** Facts of texts recently removed or replaced, by content hash, oldest first. */
  private readonly spare = new Map<string, DocumentFacts>();
  private salt: string;

  /** Creates an empty index analysing with `options`. */
  constructor(private options: AnalysisOptions) {
    this.salt = optionsKey(options);
  }

  /** The options in use. */
  get analysisOptions(): AnalysisOptions {
    return this.options;
  }

  /** Sets or updates a document; returns true when its facts changed. */
  set(key: string, text: string): boolean {
    const previous = this.docs.get(key);
    if (previous && previous.text === text) return false;
    const facts = this.analyse(text);
    if (previous) this.keepSpare(previous.facts);
    this.docs.set(key, { key, text, facts });
    return true;
  }

  /** Removes a document; returns true when it was indexed. */
  delete(key: string): boolean {
    const previous = this.docs.get(key);
    if (!previous) return false;
    this.keepSpare(previous.facts);
    this.docs.delete(key);
    return true;
  }

  /** Moves a document to a new key without re-analysing it. */
  rename(oldKey: string, newKey: string): boolean {
    const doc = this.docs.get(oldKey);
    if (!doc) return false;
    this.docs.delete(oldKey);
    this.docs.set(newKey, { ...doc, key: newKey });
    return true;
  }

  /** The indexed document under a key. */
  get(key: string): IndexedDocument | undefined {
    return this.docs.get(key);
  }

  /** Whether a key is indexed. */
  has(key: string): boolean {
    return this.docs.has(key);
  }

  /** All indexed documents. */
  documents(): IterableIterator<IndexedDocument> {
    return this.docs.values();
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.docs.size;
  }

  /** Changes the options and re-analyses every document (settings changed). */
  setOptions(options: AnalysisOptions): void {
    const salt = optionsKey(options);
    if (salt === this.salt) return;
    this.options = options;
    this.salt = salt;
    this.spare.clear();
    for (const doc of this.docs.values()) doc.facts = analyzeDocument(doc.text, options);
  }

  private analyse(text: string): DocumentFacts {
    const cached = this.spare.get(factsHash(text, this.salt));
    return cached ?? analyzeDocument(text, this.options);
  }

  private keepSpare(facts: DocumentFacts): void {
    this.spare.delete(facts.hash);
    this.spare.set(facts.hash, facts);
    if (this.spare.size > SPARE_CACHE_SIZE) this.spare.delete(this.spare.keys().next().value as string);
  }
}
