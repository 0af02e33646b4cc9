/**
 * Concord's own detections next to users' annotations: detections as annotations (for export
 * with `--detections`), and the filter that hides detections a user rejected.
 */
import type { DocumentFacts, EntityMention, Figure, Span } from '../types';
import { annotationTypeOfEntity, createAnnotation, type Annotation, type DetectionRef } from './model';

/** Author of annotations made from Concord's detections. */
export const DETECTION_AUTHOR = 'concord';

/** The detection reference of an entity mention. */
export function entityDetection(m: EntityMention): DetectionRef {
  return { kind: 'entity', type: m.type };
}

/** The detection reference of a figure. */
export function figureDetection(f: Figure): DetectionRef {
  return { kind: 'figure', type: f.kind, value: f.value };
}

/** Concord's detected entities and figures of a document as annotations (ids `d-e<n>`, `d-f<n>`), less those rejected in `annotations`. */
export function detectionAnnotations(facts: DocumentFacts, text: string, annotations: readonly Annotation[], created: string): Annotation[] {
  const entities = facts.entities.map((m, i) =>
    createAnnotation(text, m, {
      id: `d-e${i + 1}`,
      type: annotationTypeOfEntity(m.type),
      detection: entityDetection(m),
      ...(m.id ? { entity: m.id } : {}),
      external: { id: '', label: `Concord_${m.type}` },
      author: DETECTION_AUTHOR,
      created,
    }),
  );
  const figures = facts.figures.map((f, i) =>
    createAnnotation(text, f, { id: `d-f${i + 1}`, type: 'other', detection: figureDetection(f), external: { id: '', label: 'Concord_figure' }, author: DETECTION_AUTHOR, created }),
  );
  const rejected = rejectedSpans(annotations);
  return [...entities, ...figures].filter((a) => !isRejected(a, rejected));
}

/** Spans of detections the user rejected (anchored `reject` annotations) of one kind. */
export function rejectedSpans(annotations: readonly Annotation[], kind: DetectionRef['kind'] | null = null): Span[] {
  return annotations.filter((a) => a.type === 'reject' && !a.orphaned && (kind === null || a.detection?.kind === kind)).map((a) => ({ start: a.start, end: a.end }));
}

/** Whether a span is a rejected detection (same span as a reject annotation). */
export function isRejected(span: Span, rejected: readonly Span[]): boolean {
  return rejected.some((r) => r.start === span.start && r.end === span.end);
}

/** Drops items that overlap a rejected span (findings about a rejected figure or mention). */
export function withoutRejected<T extends Span>(items: readonly T[], rejected: readonly Span[]): T[] {
  if (rejected.length === 0) return [...items];
  return items.filter((i) => !rejected.some((r) => i.start < r.end && r.start < i.end));
}
