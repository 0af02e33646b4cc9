/**
 * Claim key → documents stating it: the inverted index that lets an edit find the other files
 * whose cross-file diagnostics it can change, without scanning the workspace.
 *
 * Each document's statements of a key are summarised by a signature (where each figure stands,
 * its value, qualifier, unit and time). An update that leaves a key's signature as it was touches
 * nobody; one that changes it marks the other documents of that key affected and moves the key's
 * generation on. Generations let the cross-file rule keep what it computed for a document while
 * only that document itself has changed the key (typing in one file never re-compares it with
 * every other file stating the same claim). Each key also keeps its statements grouped by what
 * they say, updated with each document, so a claim stated in many files compares each value once.
 */
import { statementOf } from '../claims/compare';
import { contentHash } from '../text/hash';
import { aboutKey, aboutOf, storySignature } from '../claims/about';
import type { Claim, DocumentFacts, Figure } from '../types';

const NONE: ReadonlySet<string> = new Set();

/**
 * The statements of a claim key that say the same thing (see `statementOf`). Most are made by one
 * document with one figure (tens of thousands in a large corpus), so those are kept without a map
 * or an array of their own; documents and their figures are read in the order they came.
 */
export class Statement {
  /** The only document stating it, while there is one (else null and `more` holds them all). */
  private doc: string | null = null;
  /** That document's figure, or its figures when several. */
  private figures: Figure | Figure[] | null = null;
  private more: Map<string, Figure[]> | null = null;

  constructor(readonly time: string | null) {}

  /** How many documents make this statement. */
  get size(): number {
    return this.more ? this.more.size : this.doc === null ? 0 : 1;
  }

  /** A document's figures making this statement (none when it makes none). */
  figuresOf(doc: string): readonly Figure[] {
    if (this.more) return this.more.get(doc) ?? NO_FIGURES;
    return doc === this.doc ? listOf(this.figures!) : NO_FIGURES;
  }

  /** The documents making this statement. */
  documents(): Iterable<string> {
    if (this.more) return this.more.keys();
    return this.doc === null ? NO_DOCUMENTS : [this.doc];
  }

  /** The first figure making this statement (all state the same value, unit and qualifier). */
  first(): Figure {
    const figures = this.more ? this.more.values().next().value! : this.figures!;
    return Array.isArray(figures) ? figures[0] : figures;
  }

  /** Adds a figure of a document making this statement. */
  add(doc: string, figure: Figure): void {
    if (this.more) {
      const figures = this.more.get(doc);
      if (figures) figures.push(figure);
      else this.more.set(doc, [figure]);
    } else if (this.doc === null) [this.doc, this.figures] = [doc, figure];
    else if (this.doc === doc) {
      if (Array.isArray(this.figures)) this.figures.push(figure);
      else this.figures = [this.figures!, figure];
    }
    else {
      this.more = new Map([[this.doc, listOf(this.figures!)]]).set(doc, [figure]);
      [this.doc, this.figures] = [null, null];
    }
  }

  /** Forgets a document's figures; whether it had any. */
  delete(doc: string): boolean {
    if (this.more) return this.more.delete(doc);
    if (doc !== this.doc) return false;
    [this.doc, this.figures] = [null, null];
    return true;
  }
}

const NO_FIGURES: readonly Figure[] = [];
const NO_DOCUMENTS: readonly string[] = [];

const listOf = (figures: Figure | Figure[]): Figure[] => (Array.isArray(figures) ? figures : [figures]);

const NO_STATEMENTS: ReadonlyMap<string, Statement> = new Map();

interface KeyState {
  /** Document → signature of its statements of this key. */
  readonly docs: Map<string, string>;
  /** The key's statements by what they say. */
  readonly statements: Map<string, Statement>;
  /** Generation of the last change. */
  generation: number;
  /** Document that made the last change. */
  writer: string;
  /** Generation before the current run of changes by `writer` began. */
  runFrom: number;
  /** Story generation (see `storyGeneration`), the document that last moved it and the generation other writers left before it. */
  story?: number;
  storyWriter?: string;
  storyBefore?: number;
}

/** Claim key → documents. */
export class ClaimIndex {
  private readonly byKey = new Map<string, KeyState>();
  private tick = 0;
  /** Keys changed since a batch began (their documents are affected once, when it ends). */
  private pending: Set<string> | null = null;
  private batchDepth = 0;

  /**
   * Starts a batch of updates (a scan): documents affected through shared claims are collected
   * once at the end, instead of once per update (which is quadratic when a claim is common).
   */
  beginBatch(): void {
    if (this.batchDepth++ === 0) this.pending = new Set();
  }

  /** Ends a batch; the outermost one adds every document of every changed key to `affected`. */
  endBatch(affected: Set<string>): void {
    if (this.batchDepth === 0 || --this.batchDepth > 0) return;
    for (const key of this.pending!) for (const d of this.documentsView(key)) affected.add(d);
    this.pending = null;
  }

  /**
   * Replaces a document's statements (`before` → `after`, either absent); the other documents of
   * every key whose statements changed join `affected`.
   */
  update(doc: string, before: DocumentFacts | undefined, after: DocumentFacts | undefined, affected: Set<string>): void {
    // The signatures `before` left are the ones this index holds for `doc`; only `after`'s are computed.
    const next = after ? signaturesOf(after) : NO_SIGNATURES;
    const stated = before ? claimsByKeyOf(before) : undefined;
    if (stated) for (const key of stated.keys()) {
      if (next.get(key) !== this.byKey.get(key)?.docs.get(doc)) this.change(key, doc, before, after, next.get(key), affected);
    }
    for (const [key, signature] of next) if (!stated?.has(key)) this.change(key, doc, before, after, signature, affected);
    // A document whose other facts changed may now tell another story than a file stating one of its
    // claims (claims/about.ts `otherStories`): each of its claims gets a new story generation, so the
    // other files' comparisons kept of them are made again when asked, but nobody is re-published for
    // that alone: the files stating the edited claim are, and a story's files state the same claims.
    // The edited file keeps its own (typing re-compares only what it changed; see `storyGeneration`).
    if (before && after && storySignature(before) !== storySignature(after)) {
      for (const key of claimsByKeyOf(after).keys()) {
        const state = this.byKey.get(key);
        if (!state) continue;
        if (state.storyWriter !== doc) [state.storyWriter, state.storyBefore] = [doc, state.story];
        state.story = ++this.tick;
      }
    }
  }

  /**
   * The story generation of a key as `doc` sees it: moved on when another document stating the key
   * changes its other facts (0 when never). A document's own changes do not move it for itself:
   * re-comparing every claim of a file on each keystroke costs more than typing allows, so a file
   * whose edit makes it tell another story than a file stating one of its other claims says so when
   * those claims change; the other file says so at once.
   */
  storyGeneration(key: string, doc: string): number {
    const state = this.byKey.get(key);
    if (!state?.story) return 0;
    return state.storyWriter === doc ? (state.storyBefore ?? 0) : state.story;
  }

  /**
   * Lets a document see the story generations its own edits moved (see `storyGeneration`): once
   * typing settles, its comparisons of every claim it states are made again when asked, so what it
   * shows matches what a fresh check says.
   */
  settleStory(doc: string, facts: DocumentFacts): void {
    for (const key of claimsByKeyOf(facts).keys()) {
      const state = this.byKey.get(key);
      if (state?.storyWriter === doc) state.storyWriter = undefined;
    }
  }

  /** A key's statements across documents, grouped by what they say. */
  statements(key: string): ReadonlyMap<string, Statement> {
    return this.byKey.get(key)?.statements ?? NO_STATEMENTS;
  }

  /** Documents stating a key. */
  documents(key: string): ReadonlySet<string> {
    const state = this.byKey.get(key);
    return state ? new Set(state.docs.keys()) : NONE;
  }

  /** Documents stating a key, without a copy (do not keep it across updates). */
  documentsView(key: string): Iterable<string> {
    return this.byKey.get(key)?.docs.keys() ?? NONE;
  }

  /** The current generation of a key (0 when nobody states it). */
  generation(key: string): number {
    return this.byKey.get(key)?.generation ?? 0;
  }

  /** Whether no document other than `doc` has changed `key` since it stood at `generation`. */
  unchangedByOthers(key: string, doc: string, generation: number): boolean {
    const state = this.byKey.get(key);
    if (!state) return false;
    return state.generation === generation || (state.writer === doc && state.runFrom <= generation && generation > 0);
  }

  /** Forgets everything (a batch in progress stays open). */
  clear(): void {
    this.byKey.clear();
    this.pending?.clear();
  }

  private change(key: string, doc: string, before: DocumentFacts | undefined, after: DocumentFacts | undefined, signature: string | undefined, affected: Set<string>): void {
    let state = this.byKey.get(key);
    if (!state) {
      if (signature === undefined) return;
      const generation = ++this.tick;
      this.byKey.set(key, (state = { docs: new Map(), statements: new Map(), generation, writer: doc, runFrom: generation }));
    } else {
      if (state.writer !== doc) {
        state.writer = doc;
        state.runFrom = state.generation;
      }
      state.generation = ++this.tick;
    }
    if (this.pending) this.pending.add(key);
    else for (const d of state.docs.keys()) if (d !== doc) affected.add(d);
    if (signature === undefined) state.docs.delete(doc);
    else state.docs.set(doc, signature);
    if (state.docs.size === 0) {
      this.byKey.delete(key);
      return;
    }
    if (before) for (const c of claimsWithKey(before, key)) {
      const said = statementOf(c, before.figures[c.figure]);
      const statement = state.statements.get(said);
      if (statement?.delete(doc) && statement.size === 0) state.statements.delete(said);
    }
    if (after) for (const c of claimsWithKey(after, key)) {
      const figure = after.figures[c.figure];
      const said = statementOf(c, figure);
      let statement = state.statements.get(said);
      if (!statement) state.statements.set(said, (statement = new Statement(c.time)));
      statement.add(doc, figure);
    }
  }
}

/**
 * Claims by key of the facts most recently asked about, most recent last (facts are immutable).
 * Only a few are kept: kept with every document's facts they would weigh about a kilobyte each,
 * and grouping a document's claims again costs next to nothing.
 */
const claimsByKey = new Map<Pick<DocumentFacts, 'claims'>, Map<string, Claim[]>>();
const CLAIMS_BY_KEY_KEPT = 16;

/** A document's claims by key, in text order. */
export function claimsByKeyOf(facts: Pick<DocumentFacts, 'claims'>): ReadonlyMap<string, Claim[]> {
  let byKey = claimsByKey.get(facts);
  if (byKey) {
    claimsByKey.delete(facts);
  } else {
    byKey = new Map();
    for (const c of facts.claims) {
      const list = byKey.get(c.key);
      if (list) list.push(c);
      else byKey.set(c.key, [c]);
    }
    if (claimsByKey.size >= CLAIMS_BY_KEY_KEPT) claimsByKey.delete(claimsByKey.keys().next().value!);
  }
  claimsByKey.set(facts, byKey);
  return byKey;
}

/** A document's claims with one key. */
export function claimsWithKey(facts: DocumentFacts, key: string): readonly Claim[] {
  return claimsByKeyOf(facts).get(key) ?? [];
}

const NO_SIGNATURES: ReadonlyMap<string, string> = new Map();

/**
 * Claim key → signature of a document's statements of it: a hash of where each of its statements
 * stands, what it says and what its sentence is about (comparisons across files read it). The index
 * keeps one per document and key, so it keeps the hash, not the text it hashes, and computes a
 * document's signatures once per update (nothing else holds them).
 */
function signaturesOf(facts: DocumentFacts): ReadonlyMap<string, string> {
  const byKey = new Map<string, string>();
  for (const [key, claims] of claimsByKeyOf(facts)) {
    const parts = claims.map((c) => {
      const f = facts.figures[c.figure];
      return `${f.start}:${f.end}:${statementOf(c, f)}:${aboutKey(aboutOf(facts, c, f))}`;
    });
    byKey.set(key, contentHash(parts.join(';')));
  }
  return byKey;
}
