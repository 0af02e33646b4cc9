/**
 * Bounded approximate search for re-anchoring: the best match of a pattern inside a window of a
 * text, by edit distance with a free start (Sellers' algorithm). Cost is pattern length × window
 * length, both capped by the caller, so a search never grows with the document.
 */

/** A match of the pattern in the text, with its edit distance. */
export interface FuzzyMatch {
  start: number;
  end: number;
  distance: number;
}

/** Longest pattern searched character by character; longer quotes are searched by their two ends. */
export const MAX_FUZZY_PATTERN = 128;

/**
 * The substring of `text[from, to)` closest to `pattern` (lowest edit distance; ties go to the
 * match nearest `near`), or null when none is within `maxDistance`.
 */
export function fuzzyFind(text: string, pattern: string, from: number, to: number, maxDistance: number, near: number): FuzzyMatch | null {
  const m = pattern.length;
  if (m === 0 || m > MAX_FUZZY_PATTERN || to <= from) return null;
  // prev[i]/cur[i]: distance of pattern[0, i) against a substring ending at the current text offset;
  // startPrev/startCur: where that substring starts.
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  let startPrev = new Int32Array(m + 1);
  let startCur = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    prev[i] = i;
    startPrev[i] = from;
  }
  let best: FuzzyMatch | null = null;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    cur[0] = 0;
    startCur[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      const substitute = prev[i - 1] + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      const skipText = prev[i] + 1;
      const skipPattern = cur[i - 1] + 1;
      if (substitute <= skipText && substitute <= skipPattern) {
        cur[i] = substitute;
        startCur[i] = startPrev[i - 1];
      } else if (skipText <= skipPattern) {
        cur[i] = skipText;
        startCur[i] = startPrev[i];
      } else {
        cur[i] = skipPattern;
        startCur[i] = startCur[i - 1];
      }
    }
    const d = cur[m];
    if (d <= maxDistance) {
      const candidate = { start: startCur[m], end: j + 1, distance: d };
      if (!best || d < best.distance || (d === best.distance && Math.abs(candidate.start - near) < Math.abs(best.start - near))) best = candidate;
    }
    [prev, cur] = [cur, prev];
    [startPrev, startCur] = [startCur, startPrev];
  }
  return best;
}

/** Similarity of two strings in [0, 1]: 1 − edit distance / longer length (bounded by the caller's lengths). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  if (Math.min(a.length, b.length) === 0) return 0;
  if (a.length > 4 * MAX_FUZZY_PATTERN || b.length > 4 * MAX_FUZZY_PATTERN) return a.length === b.length ? 0.5 : 0;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1] + (b.charCodeAt(j - 1) === c ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    [prev, cur] = [cur, prev];
  }
  return 1 - prev[b.length] / longer;
}
