/**
 * Navigation between statements of one claim: which claim a figure states, every statement of it
 * across the corpus (definition, references, the claims view), and the code lens summary "also in
 * 3 files: 72 (003), ~70 (000, 004)". Pure functions of the index.
 */
import type { WorkspaceIndex } from '../index/workspaceIndex';
import type { Claim, Figure, Span } from '../types';
import { describeValue } from './describeFigure';
import { figureAt } from './hover';
import { aboutOf, differentFacts } from '../claims/about';

/** One statement of a claim. */
export interface Statement extends Span {
  doc: string;
  figure: Figure;
  claim: Claim;
}

/** The claim stated by the figure at an offset, if any. */
export function claimAt(index: WorkspaceIndex, doc: string, offset: number): { claim: Claim; figure: Figure } | null {
  const facts = index.get(doc)?.facts;
  if (!facts) return null;
  const figure = figureAt(facts, offset);
  if (!figure) return null;
  const figureIndex = facts.figures.indexOf(figure);
  const claim = facts.claims.find((c) => c.figure === figureIndex);
  return claim ? { claim, figure } : null;
}

/** Every statement of a claim key in the corpus, this document's first, then by document. */
export function statementsOf(index: WorkspaceIndex, claimKey: string, firstDoc?: string): Statement[] {
  const docs = [...index.documentsWithClaim(claimKey)].sort((a, b) => (a === firstDoc ? -1 : b === firstDoc ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const out: Statement[] = [];
  for (const doc of docs) {
    const facts = index.get(doc)!.facts;
    for (const claim of facts.claims) {
      if (claim.key !== claimKey) continue;
      const figure = facts.figures[claim.figure];
      out.push({ doc, start: figure.start, end: figure.end, figure, claim });
    }
  }
  return out;
}

/**
 * The statements of a claim in other documents that can be the same fact as `figure` in `doc`:
 * at the same time (or one of them without a time, `strictTime` false) and not about other
 * countries or events (see claims/about.ts).
 */
export function sameClaimElsewhere(index: WorkspaceIndex, doc: string, found: { claim: Claim; figure: Figure }, strictTime: boolean): Statement[] {
  const facts = index.get(doc)?.facts;
  if (!facts) return [];
  const { claim } = found;
  const here = aboutOf(facts, claim, found.figure);
  return statementsOf(index, claim.key).filter(
    (s) =>
      s.doc !== doc &&
      (strictTime ? s.claim.time === claim.time : !claim.time || !s.claim.time || s.claim.time === claim.time) &&
      !differentFacts(here, aboutOf(index.get(s.doc)!.facts, s.claim, s.figure)),
  );
}

/** A code lens over a figure whose claim other files also state. */
export interface ClaimLens extends Span {
  title: string;
  /** The other statements, for "show references". */
  others: Statement[];
}

/** Code lenses of a document: one per claim that other files state too. */
export function claimLenses(index: WorkspaceIndex, doc: string, shortName: (doc: string) => string): ClaimLens[] {
  const facts = index.get(doc)?.facts;
  if (!facts) return [];
  const lenses: ClaimLens[] = [];
  for (const claim of facts.claims) {
    const mine = facts.figures[claim.figure];
    const others = sameClaimElsewhere(index, doc, { claim, figure: mine }, false);
    if (others.length === 0) continue;
    // Group the other files by the value they state: "72 (003), ~70 (000, 004)".
    const byValue = new Map<string, Set<string>>();
    for (const s of others) {
      const label = describeValue(s.figure);
      byValue.set(label, (byValue.get(label) ?? new Set()).add(shortName(s.doc)));
    }
    const files = new Set(others.map((s) => s.doc)).size;
    const parts = [...byValue.entries()].map(([value, docs]) => `${value} (${[...docs].join(', ')})`);
    lenses.push({ start: mine.start, end: mine.end, title: `also in ${files} file${files === 1 ? '' : 's'}: ${parts.join(', ')}`, others });
  }
  return lenses;
}
