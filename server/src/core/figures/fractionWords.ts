/**
 * Fractions written in words whose denominator takes more than one word or whose numerator is the
 * whole number before them: three twenty-firsts (3/21), one hundred thirty fifths (100/35), one
 * hundred and thirty-two fifths (132/5). Each reads a bounded number of words.
 */
import type { Grammar } from './numberGrammar';

/** How far "and" looks for the fraction it may open (fifty-four hundredths): a bounded look, so reading stays linear. */
export const MAX_NUMERATOR_WORDS = 6;

/**
 * A denominator of tens and a unit ordinal at `i` (twenty-firsts, thirty fifths), or in the singular
 * after one (one twenty-fifth, a twenty-first) where the fraction ends its phrase or "of" follows.
 */
export function compoundDenominator(g: Grammar, words: readonly string[], i: number, numerator: number, start: number): { value: number; end: number } | null {
  const tens = g.cardinals.get(words[i]);
  if (g.ordinalFractions === null || tens === undefined || tens < 20 || tens > 90 || tens % 10 !== 0) return null;
  const j = g.connectors.has(words[i + 1]) ? i + 2 : i + 1;
  const w = words[j];
  if (w === undefined) return null;
  const plural = g.unitOrdinalPlurals.get(w);
  if (plural !== undefined) return { value: tens + plural, end: j };
  const single = g.ordinals.get(w);
  return single !== undefined && single < 10 && numerator === 1 && ends(g, words[j + 1]) && j > start ? { value: tens + single, end: j } : null;
}

/** Whether a fraction ends its phrase before `after`: nothing, "of", or no word. */
export function ends(g: Grammar, after: string | undefined): boolean {
  return after === undefined || g.fractionFollowers.has(after) || !/\p{L}/u.test(after);
}

/** Whether cardinal words at `k` and a plural denominator after them make an improper fraction (thirty fifths, thirty-two fifths). */
export function improperAhead(g: Grammar, words: readonly string[], k: number): boolean {
  let numerator = 0;
  let j = k;
  for (; j < k + MAX_NUMERATOR_WORDS; j++) {
    const v = g.cardinals.get(words[j]);
    if (v !== undefined) numerator += v;
    else if (j === k || !g.connectors.has(words[j])) break;
  }
  const denominator = g.denominators.get(words[j]);
  return denominator !== undefined && numerator >= denominator;
}
