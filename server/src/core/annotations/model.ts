/**
 * The annotation model. An annotation anchors to a document twice, as the W3C Web Annotation
 * model does: by position (TextPositionSelector) and by quote with some context before and after
 * (TextQuoteSelector), so it can be found again after the text changes (see anchor.ts).
 *
 * In memory, `start`/`end` are UTF-16 offsets of the document text as the editor holds it (like
 * every offset in the core). The stored form (jsonl.ts) uses code points; see README "Annotations".
 */
import type { EntityType, Span } from '../types';

/** What an annotation says about its span. */
export type AnnotationType = 'person' | 'place' | 'organisation' | 'other' | 'figure-verified' | 'confirm' | 'reject';

/** All annotation types, in menu order. */
export const ANNOTATION_TYPES: readonly AnnotationType[] = ['person', 'place', 'organisation', 'other', 'figure-verified', 'confirm', 'reject'];

/** Types a user gives to a span of text (the rest judge a detection). */
export const SPAN_TYPES: readonly AnnotationType[] = ['person', 'place', 'organisation', 'other'];

/** The W3C TextQuoteSelector: the annotated text with some text before and after it. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A Concord detection an annotation confirms, rejects or verifies. */
export interface DetectionRef {
  kind: 'entity' | 'figure';
  /** Entity type, or the figure's kind. */
  type: string;
  /** The figure's value as Concord read it, when it has one. */
  value?: string | number | null;
}

/** The label and id an annotation had in an external format (brat), kept for a faithful round trip. */
export interface ExternalId {
  /** Id of the text-bound annotation (T1). */
  id: string;
  /** Type label as written (Person, GPE, …). */
  label: string;
  /** Id of its AnnotatorNotes line (#1), when it had one. */
  noteId?: string;
  /** Id of its Concord normalisation line (N1), when it had one. */
  referenceId?: string;
}

/** One annotation of one document. */
export interface Annotation extends Span {
  id: string;
  type: AnnotationType;
  quote: TextQuote;
  /** Knowledge-base or built-in entity id this mention is linked to. */
  entity?: string;
  note?: string;
  /** Where a verified figure was checked (URL, document, person). */
  source?: string;
  /** The detection judged by confirm, reject and figure-verified. */
  detection?: DetectionRef;
  /** Brat id and type label when imported from brat. */
  external?: ExternalId;
  author: string;
  /** ISO 8601 time of creation. */
  created: string;
  /** True when re-anchoring could not place the annotation; `start`/`end` are then its last known place. */
  orphaned?: boolean;
}

/** Characters of context kept on each side of the quote. */
export const CONTEXT_LENGTH = 32;

/** Fields a caller supplies to create an annotation. */
export type AnnotationFields = Omit<Annotation, 'start' | 'end' | 'quote' | 'orphaned'>;

/** Creates an annotation of `text[start, end)`, recording its quote and context. */
export function createAnnotation(text: string, span: Span, fields: AnnotationFields): Annotation {
  return { ...fields, start: span.start, end: span.end, quote: quoteAt(text, span.start, span.end) };
}

/** The fields of an annotation without its anchor, to anchor it again elsewhere. */
export function fieldsOf(a: Annotation): AnnotationFields {
  const fields: Partial<Annotation> = { ...a };
  delete fields.start;
  delete fields.end;
  delete fields.quote;
  delete fields.orphaned;
  return fields as AnnotationFields;
}

/** The quote selector of a span: the text, and up to CONTEXT_LENGTH units on each side (never half a surrogate pair). */
export function quoteAt(text: string, start: number, end: number): TextQuote {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (isLowSurrogate(text.charCodeAt(from)) && from > 0 && from < start) from++;
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && to > end && isLowSurrogate(text.charCodeAt(to))) to--;
  return { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The entity type an annotation type stands for, or null for judgements. */
export function entityTypeOf(type: AnnotationType): EntityType | null {
  return type === 'person' || type === 'place' || type === 'organisation' || type === 'other' ? type : null;
}

/** The annotation type of a detected entity type (documents are `other`). */
export function annotationTypeOfEntity(type: EntityType): AnnotationType {
  return type === 'document' ? 'other' : type;
}

/** A new annotation id, unique among `existing`: time-based, so ids sort by creation. */
export function newAnnotationId(existing: ReadonlySet<string>, now: Date): string {
  const base = `a${now.getTime().toString(36)}`;
  if (!existing.has(base)) return base;
  for (let n = 1; ; n++) if (!existing.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Short human label of an annotation for hovers, lists and diagnostics. */
export function describeAnnotation(a: Annotation): string {
  const what =
    a.type === 'figure-verified'
      ? `figure verified${a.source ? ` against ${a.source}` : ''}`
      : a.type === 'confirm' || a.type === 'reject'
        ? `${a.type === 'confirm' ? 'confirmed' : 'rejected'} ${a.detection?.kind ?? 'detection'}${a.detection ? ` (${a.detection.type})` : ''}`
        : a.type;
  const parts = [what];
  if (a.entity) parts.push(`→ ${a.entity}`);
  if (a.note) parts.push(`“${a.note}”`);
  parts.push(`by ${a.author}, ${a.created.slice(0, 10)}`);
  return parts.join(' · ');
}
