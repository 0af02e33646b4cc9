/**
 * Re-anchoring: after a document's text changed, find each annotation's place in the new text.
 *
 * 1. Exact: the quote is at the expected position with its context.
 * 2. Quote: the quote elsewhere, preferring the occurrence whose prefix and suffix agree best and,
 *    among equals, the one nearest the old position (first in a window around it, then anywhere).
 * 3. Fuzzy: the annotated text itself was edited: between its surviving prefix and suffix, or the
 *    closest approximate match near the old position, if similar enough.
 * 4. Orphaned: kept with its last known position and quote, flagged, never dropped.
 *
 * Every step is bounded (a window, a cap on occurrences, a cap on the pattern length), so
 * re-anchoring costs about the length of the text per annotation at worst, usually far less.
 * When the editor reports the edits, `trackChanges` maps positions through them first, which
 * makes step 1 succeed for every annotation the edits did not touch.
 */
import type { Span } from '../types';
import { quoteAt, type Annotation, type TextQuote } from './model';
import { fuzzyFind, MAX_FUZZY_PATTERN, similarity } from './fuzzy';

/** How an annotation was placed. */
export type AnchorHow = 'exact' | 'moved' | 'edited' | 'fuzzy' | 'orphaned';

/** An annotation placed in a new text. */
export interface Reanchored {
  annotation: Annotation;
  how: AnchorHow;
}

/** Minimum similarity of an edited quote to its old text for a fuzzy match. */
export const SIMILARITY_THRESHOLD = 0.7;
/** Units searched on each side of the expected position before searching the whole text. */
const WINDOW = 4096;
/** Units searched on each side for a fuzzy match. */
const FUZZY_WINDOW = 1024;
/** Most occurrences of a quote looked at in one search. */
const MAX_OCCURRENCES = 4000;
/** Context units (on both sides together) that must agree before a quote is taken elsewhere. */
const MIN_CONTEXT = 4;
/** Quote lengths from which a fuzzy match needs no agreeing context. */
const SELF_EVIDENT_LENGTH = 12;

/** Places an annotation in `text`, expecting it near `expected` (its old start by default). */
export function reanchor(a: Annotation, text: string, expected: number = a.start): Reanchored {
  const { exact } = a.quote;
  const pos = Math.max(0, Math.min(expected, text.length));
  const full = a.quote.prefix.length + a.quote.suffix.length;
  if (exact.length > 0 && text.startsWith(exact, pos) && contextScore(text, pos, pos + exact.length, a.quote) === full) {
    return placed(a, text, pos, pos + exact.length, 'exact');
  }
  const needed = Math.min(MIN_CONTEXT, full);
  const near = bestOccurrence(text, a.quote, pos, pos - WINDOW, pos + WINDOW + exact.length);
  const anywhere = near && near.score >= needed ? near : bestOccurrence(text, a.quote, pos, 0, text.length);
  const found = anywhere && (anywhere.score >= needed || anywhere.count === 1) ? anywhere : null;
  // A quote that now ends or starts inside a word was most likely edited at its edge ("چن" → "چنہ"):
  // prefer the edited word when it is similar enough.
  // An orphan is searched for by its quote only (it comes back when its text does, as after an
  // undo): trying fuzzy matches for every orphan on every keystroke would cost more than it finds.
  const tryFuzzy = !a.orphaned && (!found || splitsWord(text, found.start, found.start + exact.length, a.quote));
  const fuzzy = tryFuzzy ? fuzzyPlace(a.quote, text, found?.start ?? pos) : null;
  if (fuzzy) return placed(a, text, fuzzy.start, fuzzy.end, 'fuzzy');
  if (found) return placed(a, text, found.start, found.start + exact.length, found.start === pos ? 'exact' : 'moved');
  return { annotation: { ...a, orphaned: true }, how: 'orphaned' };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}\u200c\u200d]/u;

/** True when the quote began or ended at a word edge but `[start, end)` of the text does not. */
function splitsWord(text: string, start: number, end: number, quote: TextQuote): boolean {
  const edgeBefore = quote.prefix === '' || !WORD_CHAR.test(quote.prefix.slice(-1)) || !WORD_CHAR.test(quote.exact.charAt(0));
  const edgeAfter = quote.suffix === '' || !WORD_CHAR.test(quote.suffix.charAt(0)) || !WORD_CHAR.test(quote.exact.slice(-1));
  return (edgeBefore && start > 0 && WORD_CHAR.test(text.charAt(start - 1)) && WORD_CHAR.test(text.charAt(start))) ||
    (edgeAfter && end < text.length && WORD_CHAR.test(text.charAt(end)) && WORD_CHAR.test(text.charAt(end - 1)));
}

/** An edit of a text: replace `[start, end)` of the text before it with `newLength` units. */
export interface TextChange extends Span {
  newLength: number;
}

/** An annotation followed through edits: where it should be now, and whether an edit touched it. */
export interface TrackedAnnotation {
  annotation: Annotation;
  start: number;
  end: number;
  /** clean: no edit touched it; inside: edits only inside its text; touched: an edit crossed its edge. */
  state: 'clean' | 'inside' | 'touched';
}

/** Maps annotation positions through edits applied one after another (as the editor reports them). */
export function trackChanges(annotations: readonly Annotation[], changes: readonly TextChange[]): TrackedAnnotation[] {
  const tracked: TrackedAnnotation[] = annotations.map((a) => ({ annotation: a, start: a.start, end: a.end, state: 'clean' }));
  for (const c of changes) {
    const delta = c.newLength - (c.end - c.start);
    for (const t of tracked) {
      if (c.end <= t.start && !(c.start === t.start && c.end === t.start && t.end === t.start)) {
        t.start += delta;
        t.end += delta;
      } else if (c.start >= t.end) {
        // After the annotation: nothing moves.
      } else if (c.start >= t.start && c.end <= t.end && c.end - c.start < t.end - t.start) {
        t.end += delta;
        if (t.state === 'clean') t.state = 'inside';
      } else {
        t.state = 'touched';
        t.start = Math.min(t.start, c.start);
        t.end = Math.max(t.start, t.end + delta);
      }
    }
  }
  return tracked;
}

/** Places tracked annotations in the new text: mapped positions are trusted when they still hold. */
export function settle(tracked: readonly TrackedAnnotation[], text: string): Reanchored[] {
  return tracked.map((t) => {
    const a = t.annotation;
    if (!a.orphaned && t.state === 'clean' && text.slice(t.start, t.end) === a.quote.exact) return placed(a, text, t.start, t.end, 'exact');
    if (!a.orphaned && t.state === 'inside' && t.end > t.start) return placed(a, text, t.start, t.end, 'edited');
    return reanchor(a, text, t.start);
  });
}

/** Re-anchors every annotation of a document after its text changed on disk (no edit list). */
export function reanchorAll(annotations: readonly Annotation[], text: string): Reanchored[] {
  return annotations.map((a) => reanchor(a, text));
}

function placed(a: Annotation, text: string, start: number, end: number, how: AnchorHow): Reanchored {
  const annotation: Annotation = { ...a, start, end, quote: quoteAt(text, start, end) };
  delete annotation.orphaned;
  return { annotation, how };
}

/** How many units of the quote's prefix and suffix agree with the text around `[start, end)`. */
export function contextScore(text: string, start: number, end: number, quote: TextQuote): number {
  let before = 0;
  const p = quote.prefix;
  while (before < p.length && start - before > 0 && text.charCodeAt(start - before - 1) === p.charCodeAt(p.length - before - 1)) before++;
  let after = 0;
  const s = quote.suffix;
  while (after < s.length && end + after < text.length && text.charCodeAt(end + after) === s.charCodeAt(after)) after++;
  return before + after;
}

/**
 * The occurrence of the quote in `[from, to)` to take: the nearest to `pos` among those whose
 * context mostly agrees (an edit next to the annotation spoils part of its context, while an
 * untouched copy of the same paragraph elsewhere keeps all of it: nearness decides), else the one
 * with the best context, then nearest.
 */
function bestOccurrence(text: string, quote: TextQuote, pos: number, from: number, to: number): { start: number; score: number; count: number } | null {
  const exact = quote.exact;
  if (exact.length === 0) return null;
  const strong = (quote.prefix.length + quote.suffix.length) / 2;
  let best: { start: number; score: number } | null = null;
  let nearestStrong: { start: number; score: number } | null = null;
  let count = 0;
  const nearer = (i: number, than: { start: number } | null) => !than || Math.abs(i - pos) < Math.abs(than.start - pos);
  for (let i = text.indexOf(exact, Math.max(0, from)); i >= 0 && i + exact.length <= to && count < MAX_OCCURRENCES; i = text.indexOf(exact, i + 1)) {
    count++;
    const score = contextScore(text, i, i + exact.length, quote);
    if (score > 0 && score >= strong && nearer(i, nearestStrong)) nearestStrong = { start: i, score };
    if (!best || score > best.score || (score === best.score && nearer(i, best))) best = { start: i, score };
  }
  const chosen = nearestStrong ?? best;
  return chosen && { ...chosen, count };
}

/** Where an edited quote went: between its surviving context, else the closest approximate match. */
function fuzzyPlace(quote: TextQuote, text: string, pos: number): Span | null {
  const exact = quote.exact;
  const between = betweenContext(quote, text, pos);
  if (between) return between;
  if (exact.length > MAX_FUZZY_PATTERN) return null;
  const maxDistance = Math.floor(exact.length * (1 - SIMILARITY_THRESHOLD));
  if (maxDistance < 1) return null;
  const match = fuzzyFind(text, exact, Math.max(0, pos - FUZZY_WINDOW), Math.min(text.length, pos + exact.length + FUZZY_WINDOW), maxDistance, pos);
  if (!match || match.end <= match.start) return null;
  if (1 - match.distance / Math.max(exact.length, match.end - match.start) < SIMILARITY_THRESHOLD) return null;
  const context = contextScore(text, match.start, match.end, quote);
  if (exact.length < SELF_EVIDENT_LENGTH && context < Math.min(MIN_CONTEXT, quote.prefix.length + quote.suffix.length)) return null;
  return match;
}

/** The text between the quote's prefix tail and suffix head, near `pos`, when it resembles the quote. */
function betweenContext(quote: TextQuote, text: string, pos: number): Span | null {
  const head = quote.prefix.slice(-16);
  const tail = quote.suffix.slice(0, 16);
  if (head.length < MIN_CONTEXT || tail.length < MIN_CONTEXT) return null;
  const maxGap = 2 * quote.exact.length + 16;
  let best: { span: Span; sim: number } | null = null;
  let seen = 0;
  const from = Math.max(0, pos - FUZZY_WINDOW - head.length);
  for (let i = text.indexOf(head, from); i >= 0 && i <= pos + FUZZY_WINDOW && seen < MAX_OCCURRENCES; i = text.indexOf(head, i + 1)) {
    seen++;
    const start = i + head.length;
    const j = text.indexOf(tail, start);
    if (j < 0 || j - start > maxGap || j === start) continue;
    const sim = similarity(quote.exact, text.slice(start, j));
    if (sim >= SIMILARITY_THRESHOLD && (!best || sim > best.sim)) best = { span: { start, end: j }, sim };
  }
  return best?.span ?? null;
}

/**
 * The single edit that turns `before` into `after` (their common start and end left out), or null
 * when equal. Linear. Where the edit could sit at several places (inserting "ab" into "xaby" after
 * "x" or after "xab" gives the same text), it takes the last place, or the first with `leftmost`.
 */
export function changeBetween(before: string, after: string, leftmost = false): TextChange | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  const commonStart = (limit: number) => {
    let n = 0;
    while (n < limit && before.charCodeAt(n) === after.charCodeAt(n)) n++;
    return n;
  };
  const commonEnd = (limit: number) => {
    let n = 0;
    while (n < limit && before.charCodeAt(before.length - 1 - n) === after.charCodeAt(after.length - 1 - n)) n++;
    return n;
  };
  const same = leftmost ? commonEnd(max) : 0;
  const head = commonStart(max - same);
  const tail = leftmost ? same : commonEnd(max - head);
  return { start: head, end: before.length - tail, newLength: after.length - tail - head };
}

/**
 * Re-anchors annotations after a document's text changed from `before` to `after` (in the editor or
 * on disk): the edit is found by diffing, positions are mapped through it, and where the diff
 * could put the edit inside an annotation or beside it, beside wins when the annotation's text is
 * then unchanged.
 */
export function reanchorAfterChange(annotations: readonly Annotation[], before: string, after: string): Reanchored[] {
  const last = changeBetween(before, after);
  if (!last) return annotations.map((a) => ({ annotation: a, how: 'exact' }));
  const first = changeBetween(before, after, true)!;
  const byLast = trackChanges(annotations, [last]);
  const byFirst = first.start === last.start ? byLast : trackChanges(annotations, [first]);
  const tracked = byLast.map((t, i) => (t.state !== 'clean' && byFirst[i].state === 'clean' ? byFirst[i] : t));
  return settle(tracked, after);
}
