/**
 * The workspace index: document key → facts, with a content-addressed cache so reopening,
 * renaming or restoring a text never re-analyses it. Updating one document touches only that
 * document's entry. Pure: callers feed it text; it never reads files.
 */
import { analyzeFacts, documentFindings, factsHash } from '../analyze';
import { optionsKey, type AnalysisOptions } from '../options';
import type { DocumentFacts, Finding } from '../types';
import { ClaimIndex } from './claimIndex';
import { NO_DECISIONS, type ClaimDecisions } from '../claims/decisions';
import type { KnowledgeBase } from '../entities/model';
import { EntityIndex } from './entityIndex';

/** How many analyses of texts no longer in the index are kept for reuse. */
const SPARE_CACHE_SIZE = 256;
/**
 * How many documents' per-document findings are kept. They are derived when first asked for (the
 * server publishes every file once after a scan); findings (messages, fixes) weigh about as much
 * as the rest of the facts, and only open and recently edited files need them at hand again.
 */
const FINDINGS_CACHE_SIZE = 128;

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
  /** Per-document findings by facts hash, most recently used last. */
  private readonly findingsCache = new Map<string, Finding[]>();
  private readonly claims = new ClaimIndex();
  /** Entities across documents and scripts (hover, definition, references, symbols read it). */
  readonly entities = new EntityIndex();
  private claimDecisions: ClaimDecisions = NO_DECISIONS;
  private salt: string;

  /** Creates an empty index analysing with `options`. */
  constructor(private options: AnalysisOptions) {
    this.salt = optionsKey(options);
  }

  /** The options in use. */
  get analysisOptions(): AnalysisOptions {
    return this.options;
  }

  /**
   * Sets or updates a document. Returns the documents whose findings may have changed: this one
   * (when its text changed) and every document stating a claim whose statements in this one changed.
   */
  set(key: string, text: string): Set<string> {
    const previous = this.docs.get(key);
    if (previous && previous.text === text) return new Set();
    const facts = this.analyse(text);
    if (previous) this.keepSpare(previous.facts);
    const affected = new Set([key]);
    this.docs.set(key, { key, text, facts });
    this.claims.update(key, previous?.facts, facts, affected);
    this.entities.update(key, facts);
    return affected;
  }

  /**
   * Starts a batch of changes (a scan of many files): until `endBatch`, `set`, `delete` and
   * `rename` return only the documents they change themselves.
   */
  beginBatch(): void {
    this.claims.beginBatch();
  }

  /** Ends a batch; returns the other documents whose findings the batch may have changed. */
  endBatch(): Set<string> {
    const affected = new Set<string>();
    this.claims.endBatch(affected);
    return affected;
  }

  /** Removes a document; returns the documents whose findings may have changed (empty when it was not indexed). */
  delete(key: string): Set<string> {
    const previous = this.docs.get(key);
    if (!previous) return new Set();
    this.keepSpare(previous.facts);
    this.docs.delete(key);
    const affected = new Set([key]);
    this.claims.update(key, previous.facts, undefined, affected);
    this.entities.remove(key);
    return affected;
  }

  /** Moves a document to a new key without re-analysing it; returns the affected documents. */
  rename(oldKey: string, newKey: string): Set<string> {
    const doc = this.docs.get(oldKey);
    if (!doc) return new Set();
    const affected = new Set([oldKey, newKey]);
    this.claims.update(oldKey, doc.facts, undefined, affected);
    this.docs.delete(oldKey);
    this.docs.set(newKey, { ...doc, key: newKey });
    this.claims.update(newKey, undefined, doc.facts, affected);
    this.entities.rename(oldKey, newKey);
    return affected;
  }

  /**
   * Once typing in a document settles, its cross-file comparisons of the claims it did not edit
   * catch up with what its edits changed (see `ClaimIndex.settleStory`); re-publish it after this.
   */
  settleStory(key: string): void {
    const doc = this.docs.get(key);
    if (doc) this.claims.settleStory(key, doc.facts);
  }

  /** Findings of the per-document rules for an indexed document (derived again when not at hand). */
  documentFindings(key: string): Finding[] {
    const doc = this.docs.get(key);
    if (!doc) return [];
    const findings = this.findingsCache.get(doc.facts.hash) ?? documentFindings(doc.facts, doc.text, this.options);
    remember(this.findingsCache, doc.facts.hash, findings, FINDINGS_CACHE_SIZE);
    return findings;
  }

  /** Decisions about claims in force (accepted differences, ignored claims). */
  get decisions(): ClaimDecisions {
    return this.claimDecisions;
  }

  /** Replaces the decisions; returns the documents stating a claim whose decision changed. */
  setDecisions(decisions: ClaimDecisions): Set<string> {
    const keys = new Set([...this.claimDecisions.accepted, ...this.claimDecisions.ignored, ...decisions.accepted, ...decisions.ignored].map((d) => d.claim));
    this.claimDecisions = decisions;
    const affected = new Set<string>();
    for (const key of keys) for (const doc of this.claims.documents(key)) affected.add(doc);
    return affected;
  }

  /** Documents stating a claim key. */
  documentsWithClaim(claimKey: string): ReadonlySet<string> {
    return this.claims.documents(claimKey);
  }

  /** The claim index (generations let cross-file rules keep results while others are unchanged). */
  get claimIndex(): ClaimIndex {
    return this.claims;
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
  setOptions(next: AnalysisOptions): void {
    // Settings never carry the knowledge base; it stays until `setKnowledgeBase` replaces it.
    const options = next.knowledgeBase || !this.options.knowledgeBase ? next : { ...next, knowledgeBase: this.options.knowledgeBase };
    const salt = optionsKey(options);
    if (salt === this.salt) return;
    this.options = options;
    this.salt = salt;
    this.spare.clear();
    this.findingsCache.clear();
    this.claims.clear();
    for (const doc of this.docs.values()) {
      doc.facts = analyzeFacts(doc.text, options);
      this.claims.update(doc.key, undefined, doc.facts, new Set());
      this.entities.update(doc.key, doc.facts);
    }
  }

  /**
   * Replaces the workspace knowledge base: detection re-runs with its names (they are part of the
   * analysis options) and linking uses its records. Returns every document when it changed.
   */
  setKnowledgeBase(kb: KnowledgeBase): Set<string> {
    this.entities.setKnowledgeBase(kb);
    if ((this.options.knowledgeBase?.hash ?? '') === kb.hash) return new Set();
    this.setOptions({ ...this.options, knowledgeBase: kb });
    return new Set(this.docs.keys());
  }

  private analyse(text: string): DocumentFacts {
    const hash = factsHash(text, this.salt);
    return this.spare.get(hash) ?? analyzeFacts(text, this.options, hash);
  }

  private keepSpare(facts: DocumentFacts): void {
    remember(this.spare, facts.hash, facts, SPARE_CACHE_SIZE);
  }
}

/** Puts a value last (most recently used) in a map of at most `limit` entries, dropping the oldest. */
function remember<V>(map: Map<string, V>, key: string, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value as string);
}
