/**
 * How two statements of one claim in one document stand by their figures and sentences, besides
 * comparing their values: a total and the parts a sentence lists, a figure rounded from the other,
 * statements sharing a sentence (see figureInconsistency.ts).
 */
import { centralValue, compareFigures, type CompareOptions } from '../claims/compare';
import type { Claim, Figure } from '../types';

/**
 * The sum of the values of a key each sentence states two or more of (the parts it lists: "1.2
 * million from Iran and 850,000 from Pakistan"), by sentence index.
 */
export function partSums(groups: readonly Claim[][], where: readonly number[][], figures: readonly Figure[]): Map<number, number> {
  const parts = new Map<number, number[]>();
  groups.forEach((g, k) => {
    const value = figures[g[0].figure].value;
    if (typeof value === 'number' && where[k].length === 1) parts.set(where[k][0], [...(parts.get(where[k][0]) ?? []), value]);
  });
  const sums = new Map<number, number>();
  for (const [i, values] of parts) if (values.length >= 2) sums.set(i, values.reduce((a, b) => a + b, 0));
  return sums;
}

/**
 * Whether a figure is the total of the parts a sentence of the other statement lists: equal to their
 * sum, within it (more than 2 million over 2.15 million), or rounded from it within the tolerance of
 * "about" (2 million over 2.05 million).
 */
export function totalOf(total: Figure, partsAt: readonly number[], sums: ReadonlyMap<number, number>, options: CompareOptions): boolean {
  const value = centralValue(total);
  for (const i of partsAt) {
    const sum = sums.get(i);
    if (sum === undefined || value === null || value <= 0) continue;
    if (Math.abs(sum - value) <= value * options.approxTolerance || compareFigures(total, { ...total, value: sum, qualifier: 'exact', min: null, max: null }, options) === 'same') return true;
  }
  return false;
}

/** Fewest trailing zeros of a figure taken as rounded (27 ہزار, 27,000), and fewest significant digits it keeps. */
const CUT_FROM = 1000;
const CUT_DIGITS = 10;

/**
 * Whether one of two figures of a document is the other rounded or cut to a place its zeros allow,
 * as a headline or a summary writes it: "27 ہزار افغان" over "27 ہزار 614", "۴۰ هزار واحد" over
 * "۴۰ هزار و ۵۶۳" (two significant digits or more kept).
 */
export function cutFrom(a: Figure, b: Figure): boolean {
  return typeof a.value === 'number' && typeof b.value === 'number' && (roundedFrom(a.value, b.value) || roundedFrom(b.value, a.value));
}

/** Whether `x` is `y` rounded or cut to a place the zeros of `x` allow. */
function roundedFrom(x: number, y: number): boolean {
  if (!Number.isSafeInteger(x) || x <= 0) return false;
  for (let unit = CUT_FROM; x % unit === 0 && x / unit >= CUT_DIGITS; unit *= 10) {
    if (y >= x - unit / 2 && y < x + unit) return true;
  }
  return false;
}

/** Whether two lists of sentence indices share one (loops, not closures: this runs for every pair of statements). */
export function shareSentence(a: readonly number[], b: readonly number[]): boolean {
  for (const i of a) if (b.includes(i)) return true;
  return false;
}
