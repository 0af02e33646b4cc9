/**
 * CoNLL export: one token per line with a BIO label (token, tab, label), a blank line between
 * sentences, tokens and sentences from Concord's own segmenter (core/text/segment.ts), so the
 * tokens are the ones every other feature sees. A token takes the label of the first annotation
 * overlapping it (users' annotations are passed before detections).
 */
import { segment } from '../text/segment';
import type { Span } from '../types';
import type { Annotation } from './model';

const ENTITY_LABELS: Record<string, string> = { person: 'PER', place: 'LOC', organisation: 'ORG', other: 'MISC', document: 'MISC', figure: 'FIGURE' };

/** The CoNLL class of an annotation, or null when it labels no tokens (a rejection). */
export function conllClass(a: Annotation): string | null {
  if (a.type === 'reject') return null;
  if (a.type === 'figure-verified' || a.detection?.kind === 'figure') return 'FIGURE';
  if (a.type === 'confirm') return ENTITY_LABELS[a.detection?.type ?? 'other'] ?? 'MISC';
  return ENTITY_LABELS[a.type] ?? 'MISC';
}

/** Exports a document's tokens with BIO labels from `annotations` (UTF-16 offsets of `text`). */
export function exportConll(annotations: readonly Annotation[], text: string): string {
  const spans = annotations
    .filter((a) => !a.orphaned && a.end > a.start)
    .flatMap((a, order) => {
      const label = conllClass(a);
      return label ? [{ start: a.start, end: a.end, label, order }] : [];
    })
    .sort((a, b) => a.start - b.start || a.order - b.order);
  const out: string[] = ['-DOCSTART-\tO', ''];
  segment(text, (p, seg) => {
    for (const s of p.sentences) {
      for (let i = s.first; i < s.last; i++) {
        const token = p.tokens[i];
        const start = seg.orig(token.start);
        const end = seg.orig(token.end);
        const span = covering(spans, { start, end });
        const first = span && (i === s.first || !overlaps(span, { start: seg.orig(p.tokens[i - 1].start), end: seg.orig(p.tokens[i - 1].end) }));
        out.push(`${text.slice(start, end).replace(/\s+/g, '_')}\t${span ? `${first ? 'B' : 'I'}-${span.label}` : 'O'}`);
      }
      out.push('');
    }
  });
  return `${out.join('\n')}\n`;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The first span (by annotation order among those overlapping) that overlaps a token. */
function covering<T extends Span & { order: number }>(spans: readonly T[], token: Span): T | undefined {
  let found: T | undefined;
  for (const s of spans) {
    if (s.start >= token.end) break;
    if (overlaps(s, token) && (!found || s.order < found.order)) found = s;
  }
  return found;
}
