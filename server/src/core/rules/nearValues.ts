/**
 * Which of several values of one claim stand for each other across two files (see
 * figureConflict.ts): of the seats of several parties, a value told differently is compared with
 * the one much nearest to it, not with every other.
 */
import { centralValue } from '../claims/compare';
import type { Statement } from '../index/claimIndex';
import { UNIT_CLASSES } from '../lexicon/claimWords';
import type { Figure } from '../types';

/** How far apart two values are, as the log of their ratio (Infinity when either cannot be weighed). */
function distance(v: number | null, w: number | null): number {
  return v === null || w === null || v <= 0 || w <= 0 ? Infinity : Math.abs(Math.log(w / v));
}

/**
 * Of several statements another file states and this one does not, those nearest in value to this
 * file's one left over, when some are much nearer than others (`NEARER`): "156 seats" in a
 * translation is the other file's 159 told differently, not its 40 (another party's); 7 percent
 * against 6 and 8 percent could be either. With one, or values that cannot be weighed, all of them.
 */
export function nearest(mine: Figure, statements: Statement[]): Statement[] {
  const v = centralValue(mine);
  if (statements.length < 2 || v === null || v <= 0) return statements;
  const far = statements.map((s) => distance(v, centralValue(s.first())));
  const best = Math.min(...far);
  return best === Infinity ? statements : statements.filter((_, k) => far[k] <= NEARER * best);
}

/** Whether a statement's value is within `NEAR` times of a figure's, or a power of ten off (a scale slip: a lakh for a crore). */
export function nearOrSlip(mine: Figure, s: Statement): boolean {
  const [v, w] = [centralValue(mine), centralValue(s.first())];
  if (v === null || w === null || v <= 0 || w <= 0) return true;
  const ratio = Math.log10(Math.max(v, w) / Math.min(v, w));
  return ratio <= Math.log10(NEAR) || (ratio >= 0.99 && Math.abs(ratio - Math.round(ratio)) < SLIP);
}

/** Values of one claim this many times apart or more, both sides stating several, are of different things (32 and 78 seats: two parties). */
const NEAR = 2;
/** How close to a power of ten (in log10) a ratio must be to be a scale slip. */
const SLIP = 0.01;

/** How many times nearer (in the ratio of values) one statement must be than another to stand for the difference alone. */
const NEARER = 2;

/** Most values left over on each side that are still paired by rank (see `pairedByRank`). */
const MAX_PAIRED = 3;

/**
 * Values of one claim left over on both sides, as many on each and few (`MAX_PAIRED`), paired in
 * order of size: a translation that tells two figures of a key differently ("at least 54 … 22 in
 * Bihar" against "कम से कम 64 … बिहार में 32") keeps their order, so the larger stands for the larger.
 * Returns, for each of `mine`, the statements of its rank, or null when the sides cannot be paired.
 */
export function pairedByRank(mine: readonly Figure[], theirs: readonly Statement[]): Statement[][] | null {
  const myValues = [...new Set(mine.map(centralValue))];
  const byValue = new Map<number | null, Statement[]>();
  for (const s of theirs) {
    const v = centralValue(s.first());
    byValue.set(v, [...(byValue.get(v) ?? []), s]);
  }
  if (myValues.length !== byValue.size || myValues.length > MAX_PAIRED || myValues.includes(null) || byValue.has(null)) return null;
  const mySorted = (myValues as number[]).sort((a, b) => a - b);
  const theirSorted = ([...byValue.keys()] as number[]).sort((a, b) => a - b);
  return mine.map((f) => byValue.get(theirSorted[mySorted.indexOf(centralValue(f)!)])!);
}

/**
 * The items left over (`isLeft`), in order, or null once they hold more values than `pairedByRank`
 * pairs: then no single one is told differently and none can be paired, so the rest are not asked.
 */
export function fewLeftOver<T>(items: readonly T[], isLeft: (item: T) => boolean, valueOf: (item: T) => number | null): T[] | null {
  const left: T[] = [];
  const values = new Set<number | null>();
  for (const item of items) {
    if (!isLeft(item)) continue;
    left.push(item);
    if (values.add(valueOf(item)).size > MAX_PAIRED) return null;
  }
  return left;
}

/** Each document's figure values with their units, and what each counts (kept while the facts live). */
const toldValues = new WeakMap<readonly Figure[], ReadonlyMap<string, ReadonlySet<string | null>>>();

/**
 * Whether a document states a figure's value in its unit anywhere, as whatever claim or none: a
 * translation that tells "Uttar Pradesh 17" without a verb, or a temperature of one city in a
 * sentence with no predicate, still tells the value; another file's figure is then no difference
 * from it. Not a figure counting another thing: 450 vehicles impounded tell no air quality reading of 450.
 */
export function tellsValue(figures: readonly Figure[], figure: Figure): boolean {
  if (typeof figure.value !== 'number') return false;
  // A short document is read through; a long one is asked many times per edit, so it keeps a table of its values.
  if (figures.length <= SCAN_FIGURES) {
    const unit = unitClass(figure);
    return figures.some((f) => f.value === figure.value && unitClass(f) === unit && (f.counted === null || f.counted === figure.counted));
  }
  let told = toldValues.get(figures);
  if (!told) {
    const found = new Map<string, Set<string | null>>();
    for (const f of figures) {
      if (typeof f.value !== 'number') continue;
      const key = valueKey(f);
      const counted = found.get(key) ?? new Set<string | null>();
      found.set(key, counted.add(f.counted));
    }
    toldValues.set(figures, (told = found));
  }
  const counted = typeof figure.value === 'number' ? told.get(valueKey(figure)) : undefined;
  return !!counted && (counted.has(null) || counted.has(figure.counted));
}

/** Most figures a document may have to be read through by `tellsValue` rather than tabled. */
const SCAN_FIGURES = 100;

/** A figure's unit's class (° is °C, as claims count it), or null. */
const unitClass = (f: Figure): string | null => (f.unit === null ? null : (UNIT_CLASSES[f.unit] ?? f.unit));

/** A value with its unit's class. */
function valueKey(f: Figure): string {
  return `${f.value}\u0000${unitClass(f)}`;
}
