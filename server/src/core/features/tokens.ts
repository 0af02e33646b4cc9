/**
 * Semantic tokens: figures and entity mentions of a document as typed spans, in text order.
 * Token types are Concord's own (contributed in package.json with standard super types), so
 * themes colour them even without knowing Concord.
 */
import type { DocumentFacts, Span } from '../types';

/** Token types, in legend order. */
export const TOKEN_TYPES = ['figure', 'person', 'place', 'organisation', 'document', 'entity'] as const;

/** A typed span. */
export interface TypedSpan extends Span {
  type: number;
}

/** Figures and entities as typed spans, sorted, without overlaps (figures win). */
export function semanticSpans(facts: DocumentFacts): TypedSpan[] {
  const spans: TypedSpan[] = facts.figures.map((f) => ({ start: f.start, end: f.end, type: 0 }));
  for (const e of facts.entities) {
    const type = TOKEN_TYPES.indexOf(e.type as (typeof TOKEN_TYPES)[number]);
    spans.push({ start: e.start, end: e.end, type: type > 0 ? type : TOKEN_TYPES.length - 1 });
  }
  spans.sort((a, b) => a.start - b.start || a.type - b.type);
  const out: TypedSpan[] = [];
  for (const s of spans) if (out.length === 0 || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}
