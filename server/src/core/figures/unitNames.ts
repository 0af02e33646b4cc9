/**
 * Units a document names by an abbreviation in brackets after a measure: "781.1 million tonnes
 * (MT)" makes "773.6 MT" in the rest of that story 773.6 million tonnes, as Indian business news
 * writes coal, steel and grain output (MT is a million tonnes there, a metric tonne elsewhere: only
 * the document says which). The names are kept per document, like the Solar Hijri year of
 * figures/dates.ts, in the order its sentences are read.
 */
import type { WordView } from './context';

/** A unit a document names by an abbreviation, and the scale its measure was written with (a million for "million tonnes"). */
export interface UnitName {
  unit: string;
  factor: number;
}

/** The unit names of one document, keyed by the abbreviation's folded word (`mt`). */
export type UnitNames = Map<string, UnitName>;

/** Longest abbreviation read as a unit's name; shorter than two letters is a letter, no name. */
const [SHORTEST, LONGEST] = [2, 5];

/** Whether token `k` is an abbreviation in capital Latin letters (MT, MMT, LMT). */
function abbreviationAt(view: WordView, k: number): boolean {
  const written = view.original?.(k) ?? '';
  return written.length >= SHORTEST && written.length <= LONGEST && /^[A-Z]+$/.test(written);
}

/**
 * Notes the abbreviation a measure ending at token `last` is named by, when "(ABBR)" follows it at
 * once: a measure of `unit` whose number is `plain` before its scale and `value` after it. The first
 * naming holds.
 */
export function noteUnitName(view: WordView & { unitNames?: UnitNames }, last: number, unit: string, plain: number, value: number): void {
  const { words, unitNames } = view;
  if (!unitNames || words[last + 1] !== '(' || words[last + 3] !== ')' || !abbreviationAt(view, last + 2) || unitNames.has(words[last + 2])) return;
  if (plain === 0 || !Number.isFinite(value / plain)) return;
  unitNames.set(words[last + 2], { unit, factor: Number((value / plain).toPrecision(12)) });
}

/** The unit its document named by the abbreviation at token `k`, written in capitals as it was named, or null. */
export function unitNameAt(view: WordView & { unitNames?: UnitNames }, k: number): UnitName | null {
  const name = view.unitNames?.get(view.words[k] ?? '');
  return name && abbreviationAt(view, k) ? name : null;
}
