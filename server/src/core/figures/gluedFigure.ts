/**
 * Figures made of more than one chunk: a number with its unit or currency glued on and what follows
 * it (the far end of a range, 3km-5km, Rs5bn to Rs7bn; a scale, Rs14.5 trillion), and lengths written
 * in parts (5 ft 2 in, 3m and 5cm), read as one figure. Builds on the single chunks of measures.ts.
 */
import { applyScales, digitRunBetween, readAtom, type DigitRun } from './atoms';
import { changeThenLevel } from './context';
import { gluedHour } from './dates';
import { gluedMeasure, measureAfter, rangeJoinerAt, unitRangeEnd } from './measures';
import { round } from './numberGrammar';
import type { FigureScope } from './recognize';

/** A figure read from a chunk of digits glued to a unit or currency, with the parts or range end that follow it. */
export interface GluedFigure {
  last: number;
  /** Null for a range (min..max); an ISO time for an hour with a.m./p.m. glued (7pm). */
  value: number | string | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  currency: boolean;
  runs: DigitRun[];
  /** The glued number itself: its last token and value. */
  numberLast: number;
  numberValue: number | null;
  /** A time of day (7pm, 10am). */
  date?: boolean;
  /** First token when a currency written apart comes first (Rs 500m). */
  first?: number;
}

/** The figure of a glued chunk at token `i` (3km, USD3.14): also "3m and 5cm" (305 cm) and "3km-5km", "from 3km to 5km". */
export function gluedFigure(scope: FigureScope, i: number): GluedFigure | null {
  // An hour with its a.m./p.m. glued (7pm, 10am) is a time of day, not picometres.
  const hour = gluedHour(scope, i);
  const start = scope.orig(scope.tokens[i].start);
  const hourRun = hour && digitRunBetween(scope, start, start + hour.digits);
  if (hour) return { last: i, value: hour.value, min: null, max: null, unit: null, currency: false, runs: hourRun ? [hourRun] : [], numberLast: i, numberValue: null, date: true };
  const g = gluedMeasure(scope, i);
  if (!g) return null;
  const base: GluedFigure = { last: g.last, value: g.value, min: null, max: null, unit: g.unit, currency: g.currency, runs: [g.run], numberLast: g.last, numberValue: g.value, first: g.first };
  if (g.currency) {
    // Scale words after an amount with its currency glued on: Rs14.5 trillion, USD3 billion.
    const scaled = applyScales(scope, g.last, g.value);
    const amount = scaled.last > g.last ? { ...base, value: scaled.value, last: scaled.last, numberLast: scaled.last, numberValue: scaled.value } : base;
    // Rs25,000-30,000, Rs5bn to Rs7bn; a scale at the far end only is of both (Rs5-7 billion); not a change and its level (cut by Rs6.70 to Rs151.02).
    const far = gluedMoneyEnd(scope, i, amount.last, g.unit);
    const near = far && scaled.last === g.last ? round(scaled.value * far.scale) : scaled.value;
    return far && far.value > near && !changeThenLevel(scope, g.first ?? i, near, far.value) ? { ...amount, value: null, min: near, max: far.value, last: far.last, runs: [g.run, ...far.runs] } : amount;
  }
  const parts = lengthParts(scope, g.last, g.value, g.unit);
  if (parts) return { ...base, value: parts.value, unit: parts.unit, last: parts.last, runs: [g.run, ...parts.runs] };
  const end = unitRangeEnd(scope, i, g.last, g.unit, false);
  const far = end?.atom.value ?? null;
  if (end && far !== null && far > g.value) return { ...base, value: null, min: g.value, max: far, last: end.last, runs: [g.run, ...end.atom.runs] };
  return base;
}

/** The far end of an amount range whose near end has its currency glued on, or null. */
function gluedMoneyEnd(scope: FigureScope, first: number, last: number, unit: string): { value: number; last: number; runs: DigitRun[]; scale: number } | null {
  const next = last + 1 + rangeJoinerAt(scope, last + 1, first);
  const t = next > last + 1 ? scope.tokens[next] : undefined;
  const g = t?.kind === 'ident' ? gluedMeasure(scope, next) : null;
  if (g) return g.currency && g.unit === unit ? { ...applyScales(scope, g.last, g.value), runs: [g.run], scale: 1 } : null;
  const end = t?.kind === 'number' ? readAtom(scope, next) : null;
  return end && end.value !== null && !end.ordinal ? { value: end.value, last: end.last, runs: end.runs, scale: end.scaled && end.plain?.value ? end.value / end.plain.value : 1 } : null;
}

/** Lengths in metres, by system, for measures written in parts (7 feet 10 inches, 2 km and 1 metre). */
const LENGTHS: Readonly<Record<string, { metres: number; system: 'metric' | 'imperial' }>> = {
  mm: { metres: 0.001, system: 'metric' }, cm: { metres: 0.01, system: 'metric' }, dm: { metres: 0.1, system: 'metric' },
  m: { metres: 1, system: 'metric' }, km: { metres: 1000, system: 'metric' },
  in: { metres: 0.0254, system: 'imperial' }, ft: { metres: 0.3048, system: 'imperial' }, yd: { metres: 0.9144, system: 'imperial' }, mi: { metres: 1609.344, system: 'imperial' },
};

/**
 * Further parts of a length after "value unit": "7 feet 10 inches", "2 yards, 7 feet and 10 inches",
 * "2 km and 1 metre", "3m and 5cm", "5 ft 2 in", "2 yd 7'": parts of one system, each smaller than
 * the one before and no whole number of it (1 m 10 dm states one length twice), so two separate
 * lengths ("5 km and 3 miles", "1 km and 2 km") stay apart. The whole is given in the smallest unit
 * (94 in, 2001 m). Null when no further part follows.
 */
export function lengthParts(scope: FigureScope, last: number, value: number, unit: string): { value: number; unit: string; last: number; runs: DigitRun[] } | null {
  const first = LENGTHS[unit];
  if (!first) return null;
  let metres = value * first.metres;
  let smallest = unit;
  let end = last;
  const runs: DigitRun[] = [];
  for (;;) {
    let k = end + 1;
    if (scope.words[k] === ',') k++;
    if (scope.lex.dayJoiners.has(scope.words[k])) k++;
    const part = lengthPart(scope, k);
    const length = part && LENGTHS[part.unit];
    if (!part || !length || length.system !== first.system || length.metres >= LENGTHS[smallest].metres) break;
    const previous = LENGTHS[smallest].metres;
    const wholes = (part.value * length.metres) / previous;
    if (wholes >= 1 && Math.abs(wholes - Math.round(wholes)) < 1e-9) break;
    metres += part.value * length.metres;
    smallest = part.unit;
    runs.push(...part.runs);
    end = part.last;
  }
  if (end === last) return null;
  return { value: Number((metres / LENGTHS[smallest].metres).toPrecision(12)), unit: smallest, last: end, runs };
}

/** Quote marks that are a unit glued to the digits of a later part of a length: 2 yd 7', 5 ft 2" (words like "in" are in the tables' partUnits). */
const PART_MARKS: Readonly<Record<string, string>> = { "'": 'ft', '′': 'ft', '"': 'in' };

/** One part of a length at token `k`: a number with its unit, or a number glued to it (5cm). */
function lengthPart(scope: FigureScope, k: number): { value: number; unit: string; last: number; runs: DigitRun[] } | null {
  const t = scope.tokens[k];
  if (t?.kind === 'ident') {
    const glued = gluedMeasure(scope, k);
    return glued && !glued.currency ? { value: glued.value, unit: glued.unit, last: glued.last, runs: [glued.run] } : null;
  }
  if (t?.kind !== 'number' && t?.kind !== 'word') return null;
  const atom = readAtom(scope, k);
  if (!atom || atom.value === null || atom.ordinal) return null;
  const next = scope.words[atom.last + 1];
  const u = measureAfter(scope, atom.last) ?? (next !== undefined ? markUnit(scope, atom.last, next) : null);
  return u && { value: atom.value, unit: u.unit, last: atom.last + u.count, runs: atom.runs };
}

function markUnit(scope: FigureScope, last: number, next: string): { unit: string; count: number } | null {
  const unit = scope.lex.partUnits.get(next) ?? (scope.tokens[last + 1].glued ? PART_MARKS[next] : undefined);
  return unit === undefined ? null : { unit, count: 1 };
}
