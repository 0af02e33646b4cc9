/**
 * Comparing two statements of a claim, qualifier-aware: each figure becomes an interval (exact
 * 72 → [72, 72]; about 70 → 70 ± tolerance; more than 110 → [110, ∞); a range → [min, max]).
 * Intervals that do not meet are a conflict; intervals that meet but whose numbers differ are
 * compatible but different ("about 70" vs 72); equal numbers are the same (18 and ۱۸), and so is
 * a bound with a figure inside it ("more than 110" and 110, "at least 40" and 72).
 */
import type { Claim, Figure } from '../types';

/** Tolerances for comparing figures (a part of the analysis options). */
export interface CompareOptions {
  /** Relative width of "about": 0.1 means about 70 covers 63–77. */
  readonly approxTolerance: number;
}

/** An event id that names the scope of an occasion (see lexicon/events.ts). */
export const SCOPE = 'scope:';

/**
 * The event id of a sentence that tells a figure of the whole world ("worldwide", دنیا بھر میں): no
 * event but a place, told of its own sentence only (see claims/about.ts `aboutOf`).
 */
export const WORLD = 'place:world';

/** Whether an event id is no event to compare: a scope or the world. */
const noEvent = (e: string): boolean => e.startsWith(SCOPE) || e === WORLD;

/**
 * Whether two statements' events (see `Claim.events`), scopes aside, are other events: both are
 * named and none in common, or of some family both name one and none in common. Kinds of event (a
 * flood, cricket) are one family; the editions of a games another, by their prefix
 * (`olympics:tokyo`): hockey at the Tokyo Olympics and hockey at the Paris Olympics are two events.
 */
export function otherEvents(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0 || a === b) return false;
  if (a.length === 1 && b.length === 1) return a[0] !== b[0] && !noEvent(a[0]) && !noEvent(b[0]);
  const mine = a.filter((e) => !noEvent(e));
  const theirs = b.filter((e) => !noEvent(e));
  if (mine.length === 0 || theirs.length === 0) return false;
  if (!mine.some((e) => theirs.includes(e))) return true;
  for (const family of new Set(mine.map(familyOf))) {
    const ours = mine.filter((e) => familyOf(e) === family);
    const others = theirs.filter((e) => familyOf(e) === family);
    if (others.length > 0 && !ours.some((e) => others.includes(e))) return true;
  }
  return false;
}

/** The family of an event id: the part before ':' of an edition (`olympics:paris`), '' for a kind (`flood`). */
function familyOf(event: string): string {
  const colon = event.indexOf(':');
  return colon < 0 ? '' : event.slice(0, colon);
}

/** Default tolerances. */
export const DEFAULT_COMPARE: CompareOptions = { approxTolerance: 0.1 };

/** How two statements of one claim relate. */
export type Agreement = 'same' | 'compatible' | 'conflict';

/** The number a figure states (the middle of a range). */
export function centralValue(f: Figure): number | null {
  if (typeof f.value === 'number') return f.value;
  if (f.min !== null && f.max !== null) return (f.min + f.max) / 2;
  return null;
}

/** The interval of values a figure allows, or null when it states none. */
export function interval(f: Figure, options: CompareOptions): [number, number] | null {
  if (f.min !== null && f.max !== null) return [f.min, f.max];
  if (typeof f.value !== 'number') return null;
  const v = f.value;
  switch (f.qualifier) {
    case 'approx': {
      const d = Math.abs(v) * options.approxTolerance;
      return [v - d, v + d];
    }
    case 'more-than':
    case 'at-least':
      return [v, Infinity];
    case 'less-than':
    case 'at-most':
      return [-Infinity, v];
    default:
      return [v, v];
  }
}

const EPSILON = 1e-9;

function isBound(f: Figure): boolean {
  return f.qualifier === 'more-than' || f.qualifier === 'at-least' || f.qualifier === 'less-than' || f.qualifier === 'at-most';
}

function lowerBound(f: Figure): boolean {
  return f.qualifier === 'more-than' || f.qualifier === 'at-least';
}

/** Fewest trailing zeros of a whole figure taken as rounded: to a hundred thousand or coarser ("16.4 million", "ایک کروڑ 35 لاکھ"). */
const ROUNDED_FROM = 5;
/** Fewest significant digits a rounded figure keeps: 1 lakh or 5 million say too little to stand for a figure near them. */
const ROUNDED_DIGITS = 2;

/** The unit an exact whole figure is rounded to (16,400,000 → 100,000), or null when it is not taken as rounded. */
function roundedTo(f: Figure): number | null {
  return f.qualifier === 'exact' ? roundingOf(f) : null;
}

/** The unit a whole figure's value is rounded to, whatever its qualifier (see `roundedTo`), or null. */
function roundingOf(f: Figure): number | null {
  if (typeof f.value !== 'number' || !Number.isSafeInteger(f.value) || f.value <= 0) return null;
  let unit = 1;
  while (f.value % (unit * 10) === 0) unit *= 10;
  return unit >= 10 ** ROUNDED_FROM && f.value / unit >= 10 ** (ROUNDED_DIGITS - 1) ? unit : writtenRounding(f);
}

/** Most decimal places a written fraction of a scale word is read to. */
const MAX_DECIMALS = 6;

/**
 * The unit a decimal written before a scale word rounds its figure to, its last written digit:
 * "6.86 million" and "68.6 लाख" are 6,860,000 to the nearest 10,000, ۱۱٫۴ میلیارد to the nearest
 * 100 million; null for a figure written otherwise (6,863,000, ۶ میلیون و ۸۶۳ هزار, 277.62).
 */
function writtenRounding(f: Figure): number | null {
  const run = f.digitRuns.length === 1 ? f.digitRuns[0] : null;
  if (!run || run.decimalSeparator === '' || typeof f.number.value !== 'number' || run.value <= 0) return null;
  const scale = Math.round(f.number.value / run.value);
  if (scale <= 1) return null;
  for (let places = 1; places <= MAX_DECIMALS; places++) {
    const shifted = run.value * 10 ** places;
    if (Math.abs(shifted - Math.round(shifted)) < 1e-6) return scale / 10 ** places;
  }
  return null;
}

/**
 * Whether figure `r` is figure `x` rounded: "16.4 million votes" and ۱۶ میلیون و ۳۸۴ هزار (16,384,000),
 * "ایک کروڑ 35 لاکھ" and 13,538,000 state one count, one of them to its last written digit. Only
 * figures rounded to a hundred thousand or coarser with two significant digits or more count: 70
 * and 72, or 1 lakh and 50,000, differ.
 */
function roundsTo(r: Figure, x: Figure): boolean {
  const unit = roundedTo(r);
  if (unit === null || x.qualifier !== 'exact' || typeof x.value !== 'number' || typeof r.value !== 'number') return false;
  return Math.abs(x.value - r.value) <= unit / 2 && (roundedTo(x) ?? 1) < unit;
}

/** Least whole figure taken as another with its decimals dropped or rounded: 1,200 points for 1,200.18 (a unit is then under half a percent of it). */
const WHOLE_FROM = 100;

/**
 * Whether whole figure `r` is figure `x`, written with decimals, with its decimals dropped: a
 * headline's "सेंसेक्स 1,200 अंक उछला" and its story's 1,200.18 points are one move, and so are
 * "2,306 करोड़ रुपये" and "Rs 2,306.88 crore" (the same scale word after both numbers).
 * Small figures (5 and 5.4 percent) stay apart: a unit is too much of them.
 */
function dropsDecimals(r: Figure, x: Figure): boolean {
  if (r.qualifier !== 'exact' || x.qualifier !== 'exact' || typeof r.value !== 'number' || typeof x.value !== 'number') return false;
  const rr = r.digitRuns;
  const xr = x.digitRuns;
  // The whole one may be told in scale words too (ایک لاکھ 20 ہزار 345 for 120,345.67), never with decimals.
  if (xr.length !== 1 || xr[0].decimalSeparator === '' || rr.length === 0 || !Number.isInteger(r.value) || rr.some((run) => run.decimalSeparator !== '')) return false;
  // The scale word after the decimals (crore: 10⁷), 1 when none.
  const scale = xr[0].value === 0 ? 0 : Math.round(x.value / xr[0].value);
  if (scale < 1 || 10 ** Math.round(Math.log10(scale)) !== scale || r.value % scale !== 0) return false;
  // Dropped or rounded: 120,345 and 120,346 points are both 120,345.67.
  const whole = r.value / scale;
  const written = xr[0].value;
  return whole >= WHOLE_FROM && (Math.abs(written - whole) < 0.5 || Math.trunc(written) === whole);
}

/** Largest ratio of two positive figures that may state one fact: a scale slip (a lakh for a crore, 100×; a thousand for a million) is a conflict, a fare of 5,500 beside a budget of 89 quadrillion is another thing. */
const MAX_RATIO = 1e4;

/**
 * How far past a one-sided bound a figure may lie and still be what the bound stands for: news
 * rounds down ("more than 110" for 150, "at least 40" for 72), but "more than 256,000" is not 1.2
 * million told another way: that figure, though the bound holds, is another fact or a different one.
 */
const BOUND_REACH = 2;

/** Whether two bounds' values, both positive, are more than `BOUND_REACH` times apart. */
function farBounds(ca: number, cb: number): boolean {
  return ca > 0 && cb > 0 && Math.max(ca, cb) > BOUND_REACH * Math.min(ca, cb);
}

/** Whether the figure that is no bound lies more than `BOUND_REACH` times past the bound (of `a` and `b`, one is a bound). */
function beyondBound(a: Figure, b: Figure, ca: number, cb: number): boolean {
  const [bound, value, other] = isBound(a) ? [a, ca, cb] : [b, cb, ca];
  if (value <= 0 || other <= 0) return false;
  return lowerBound(bound) ? other > BOUND_REACH * value : other * BOUND_REACH < value;
}

/**
 * How far a figure reaches past its interval against `other`: a bound on a rounded figure holds to
 * its rounding, "crossed 24.15 crore" (241.5 million) and 241,490,000 meet; so does a bound against a
 * figure written rounded, "more than 6,863,000" votes and "6.86 million".
 */
function slack(f: Figure, other: Figure): number {
  return isBound(f) ? (roundingOf(f) ?? 0) / 2 : isBound(other) ? (writtenRounding(f) ?? 0) / 2 : 0;
}

/** Whether two figures state the same thing, compatible things, or contradict each other (null: they cannot be compared). */
export function compareFigures(a: Figure, b: Figure, options: CompareOptions = DEFAULT_COMPARE): Agreement | null {
  // A figure has a central value exactly when it has an interval.
  const ca = centralValue(a);
  const cb = centralValue(b);
  if (ca === null || cb === null) return null;
  if (ca > 0 && cb > 0 && Math.max(ca, cb) > MAX_RATIO * Math.min(ca, cb)) return null;
  const scale = Math.max(1, Math.abs(ca), Math.abs(cb));
  if (Math.abs(ca - cb) <= EPSILON * scale && a.qualifier === b.qualifier) return 'same';
  if (roundsTo(a, b) || roundsTo(b, a) || dropsDecimals(a, b) || dropsDecimals(b, a)) return 'same';
  const reach = EPSILON * scale + slack(a, b) + slack(b, a);
  const ia = interval(a, options)!;
  const ib = interval(b, options)!;
  const meet = ia[0] <= ib[1] + reach && ib[0] <= ia[1] + reach;
  if (!meet) return 'conflict';
  // Two bounds the same way with different numbers ("at least 2,000" and "at least 2,400") both
  // hold, but the sources differ; a bound that the other figure satisfies says nothing against it:
  // "at least 40" and 72 agree, "more than 256,000" and 1.2 million only meet (see `beyondBound`).
  // Two such bounds more than `BOUND_REACH` times apart ("more than 1,900" and "more than 19,000") cannot tell one count: a conflict.
  if (isBound(a) && isBound(b) && lowerBound(a) === lowerBound(b)) return Math.abs(ca - cb) <= EPSILON * scale ? 'same' : farBounds(ca, cb) ? 'conflict' : 'compatible';
  if (isBound(a) || isBound(b)) return isBound(a) !== isBound(b) && beyondBound(a, b, ca, cb) ? 'compatible' : 'same';
  return Math.abs(ca - cb) <= EPSILON * scale ? 'same' : 'compatible';
}

/**
 * What a statement of a claim says, as far as comparing it goes: equal strings compare alike.
 * Built anew on each call (it is cheap; a cache of one per figure weighed more than the index).
 * Joined, not a template: the claim index keeps one per statement, and a template of thirteen
 * parts is a tree of twelve strings weighing four times a flat one.
 */
export function statementOf(claim: Pick<Claim, 'time'>, f: Figure): string {
  return [String(claim.time), f.kind, f.qualifier, String(f.value), String(f.min), String(f.max), String(f.unit)].join('\u0000');
}

/** A time that is only a round or phase of an event (`round:1`; see lexicon/events.ts ROUNDS). */
const ROUND = /^round:/;

/**
 * Statements are compared only when they state the same time or none: "100 by 6 October" and "110
 * at the ceremony", or 66 in 2001 and 110 now, are different facts, not a conflict. A time written
 * without its year is the same time as a full one when the rest agrees: "7 اکتوبر" and 7 October
 * 2023, "اکتوبر" and October 2023. A year against a day of it ("in 2023 … on 7 October 2023") is not:
 * a year's total and one day's are different facts. A round alone (`round:1`) against none is the
 * same time when `roundOrNone` (across files: a translation often leaves the round unsaid, where
 * within one document "49.8 percent … in the first round 39.9 percent" sets two rounds apart).
 */
export function sameTime(a: Pick<Claim, 'time'>, b: Pick<Claim, 'time'>, roundOrNone = false): boolean {
  if (a.time === b.time) return true;
  if (a.time === null || b.time === null) return roundOrNone && ROUND.test(a.time ?? b.time!);
  const x = timeParts(a.time);
  const y = timeParts(b.time);
  if (!x || !y) return false;
  if ((x.month === null) !== (y.month === null) || (x.day === null) !== (y.day === null) || x.month === null) return false;
  return x.month === y.month && x.day === y.day && (x.year === null || y.year === null || x.year === y.year);
}

/** Year, month and day of an ISO 8601 date as claims state them (2023, 2023-10, 2023-10-07, --10-07; an interval by its start), or null. */
function timeParts(time: string): { year: string | null; month: string | null; day: string | null } | null {
  const m = /^(?:(\d{4})|-)-?(\d{2})?(?:-(\d{2}))?(?:\/|$)/.exec(time);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  return { year: m[1] ?? null, month: m[2] ?? null, day: m[3] ?? null };
}

/** A day of an ISO 8601 date (`2024-11-15`, `--11-15`) as a number of days in a year, or null when it names no day. */
function dayOfYear(time: string): number | null {
  const m = /^(?:\d{4}|-)-(\d{2})-(\d{2})$/.exec(time);
  return m ? Math.round(Date.UTC(2001, +m[1] - 1, +m[2]) / 86_400_000) : null;
}

/** Days in the year `dayOfYear` counts in. */
const YEAR_DAYS = 365;

/**
 * Whether two times are the same (see `sameTime`) or, when `loose`, two days one apart in no
 * different years: a Solar Hijri day written without its year is placed in one year, and its
 * Gregorian day may be one off in another (see figures/dates.ts).
 */
export function sameDay(a: string, b: string, loose: boolean): boolean {
  if (sameTime({ time: a }, { time: b })) return true;
  const [x, y] = [dayOfYear(a), dayOfYear(b)];
  if (!loose || x === null || y === null || (/^\d/.test(a) && /^\d/.test(b) && a.slice(0, 4) !== b.slice(0, 4))) return false;
  const apart = Math.abs(x - y) % YEAR_DAYS;
  return Math.min(apart, YEAR_DAYS - apart) <= 1;
}
