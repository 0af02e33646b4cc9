/**
 * The one scoring helper every set goes through: what a set expects of a figure, whether a Concord
 * figure meets it, and how a whole case (expected figures vs found figures) is judged.
 */
import type { Figure, FigureKind, Qualifier, Span } from '../server/src/core/types';
import { unitFactor } from './units';

/** What a set says one figure should be; absent fields are not checked. */
export interface Expectation {
  /** The value; null with no bounds means "a figure with no definite value". */
  value: number | string | null;
  /** Lower bound of a range (or the bound of a one-sided range). */
  min: number | null;
  /** Upper bound of a range (or the bound of a one-sided range). */
  max: number | null;
  /** Qualifiers that count as right, when the set states one. */
  qualifiers?: readonly Qualifier[];
  /** Unit in Concord's codes (ISO 4217, '%', 'km', …), compared with the figure's unit or counted noun. */
  unit?: string;
  /** Kind the figure must have (ordinal sets). */
  kind?: FigureKind;
  /** Where the set puts the figure, end exclusive. */
  span?: Span;
  /** The set's text of the figure. */
  text?: string;
  /** A mention the set lists without a value (a bare "dollar"): allowed, not required. */
  optional?: boolean;
}

/** How one case came out, in the words the failure listing prints. */
export interface CaseOutcome {
  input: string;
  expected: string;
  got: string;
  right: boolean;
  /** Whether the spans were right; null when the set gives no spans. */
  spanRight: boolean | null;
  /** The set's unit has no code in Concord's model, so only the value was scored. */
  valueOnly: boolean;
}

const RELATIVE_TOLERANCE = 1e-9;

/** Numbers equal up to a relative tolerance (sets write 1.5E-06, Concord computes 0.0000015). */
export function sameNumber(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

function sameBound(expected: number | null, got: number | null): boolean {
  return expected === null ? got === null : got !== null && sameNumber(expected, got);
}

/** Whether a figure's value (bounds, qualifier, unit and kind where stated) meets an expectation. */
export function figureMatches(exp: Expectation, fig: Figure): boolean {
  if (exp.kind !== undefined && fig.kind !== exp.kind) return false;
  if (exp.qualifiers !== undefined && !exp.qualifiers.includes(fig.qualifier)) return false;
  if (exp.unit !== undefined && fig.counted !== exp.unit) {
    const factor = unitFactor(fig.unit, exp.unit);
    if (factor === null) return false;
    if (factor !== 1) fig = inUnit(fig, factor);
  }
  if (exp.min !== null && exp.max !== null) {
    // A closed range with equal ends ("equal to 20" = [20,20]) is the exact value itself.
    if (exp.min === exp.max && fig.qualifier === 'exact' && typeof fig.value === 'number' && sameNumber(exp.min, fig.value)) return true;
    return sameBound(exp.min, fig.min) && sameBound(exp.max, fig.max);
  }
  if (exp.min !== null || exp.max !== null) {
    // A one-sided range ("more than 20") is a value with a qualifier in Concord's model, or a range
    // with one open end; both say the same.
    const bound = (exp.min ?? exp.max) as number;
    if (typeof fig.value === 'number') return sameNumber(bound, fig.value);
    return fig.min !== null && fig.max === null ? sameNumber(bound, fig.min) : fig.max !== null && fig.min === null && sameNumber(bound, fig.max);
  }
  if (exp.value === null) return fig.value === null && fig.min === null && fig.max === null;
  if (typeof exp.value === 'string') return fig.value === exp.value;
  return typeof fig.value === 'number' && sameNumber(exp.value, fig.value);
}

/** A figure's amounts multiplied by a unit factor (0.5 kg read as 500 g). */
function inUnit(fig: Figure, factor: number): Figure {
  const times = (v: number | null) => (v === null ? null : v * factor);
  return { ...fig, value: typeof fig.value === 'number' ? fig.value * factor : fig.value, min: times(fig.min), max: times(fig.max) };
}

/** Whether two half-open spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function sameSpan(exp: Expectation, fig: Figure): boolean {
  if (exp.span !== undefined && exp.span.start === fig.start && exp.span.end === fig.end) return true;
  return exp.text !== undefined && exp.text.trim().toLowerCase() === fig.text.trim().toLowerCase();
}

/**
 * Judges a case whose set lists every figure of a type with its span: right when each required
 * expectation is met by its own overlapping figure and no figure of the listed type (`listed`)
 * overlaps nothing the set lists (a negative case is right when no such figure is found). Spans are
 * judged the same way, on position instead of value.
 */
export function scoreListedCase(
  input: string,
  expected: readonly Expectation[],
  figures: readonly Figure[],
  options: { valueOnly: boolean; listed: (f: Figure) => boolean },
): CaseOutcome {
  const { valueOnly, listed } = options;
  const required = expected.filter((e) => !e.optional);
  const extra = figures.filter((f) => listed(f) && !expected.some((e) => e.span === undefined || overlaps(e.span, f)));
  const valueRight = extra.length === 0 && assign(required, figures, (e, f) => (e.span === undefined || overlaps(e.span, f)) && figureMatches(e, f));
  const spanRight = extra.length === 0 && assign(required, figures, sameSpan);
  return { input, expected: describeExpectations(required), got: describeFigures(figures), right: valueRight, spanRight, valueOnly };
}

/**
 * Judges a case whose whole text is one expression (Duckling, n2words): right when the main figure
 * (the one covering most of the text) meets the expectation. Extra small figures beside it are
 * tolerated because the set cannot say which words belong to the expression.
 */
export function scoreExpression(input: string, exp: Expectation, figures: readonly Figure[], valueOnly: boolean): CaseOutcome {
  const main = mainFigure(figures);
  const right = main !== null && figureMatches(exp, main);
  return { input, expected: describeExpectations([exp]), got: describeFigures(figures), right, spanRight: null, valueOnly };
}

/** The figure covering the most characters, or null when there is none. */
export function mainFigure(figures: readonly Figure[]): Figure | null {
  let best: Figure | null = null;
  for (const f of figures) if (best === null || f.end - f.start > best.end - best.start) best = f;
  return best;
}

/** Whether every expectation can be given its own figure that fits it (greedy, in text order). */
function assign(expected: readonly Expectation[], figures: readonly Figure[], fits: (e: Expectation, f: Figure) => boolean): boolean {
  const used = new Set<Figure>();
  for (const e of expected) {
    const f = figures.find((candidate) => !used.has(candidate) && fits(e, candidate));
    if (f === undefined) return false;
    used.add(f);
  }
  return true;
}

/** A figure in one short line: text, value, unit, qualifier, kind and span. */
export function describeFigure(f: Figure): string {
  const value = f.min !== null || f.max !== null ? `${f.min ?? ''}..${f.max ?? ''}` : String(f.value);
  const parts = [`"${f.text}"=${value}`];
  if (f.unit !== null) parts.push(f.unit);
  if (f.qualifier !== 'exact') parts.push(f.qualifier);
  parts.push(f.kind);
  if (f.counted !== null) parts.push(`counts:${f.counted}`);
  return `${parts.join(' ')} [${f.start},${f.end})`;
}

/** Figures joined for a failure listing; "(none)" when nothing was found. */
export function describeFigures(figures: readonly Figure[]): string {
  return figures.length === 0 ? '(none)' : figures.map(describeFigure).join(' | ');
}

/** Expectations joined for a failure listing; "(none)" for a negative case. */
export function describeExpectations(expected: readonly Expectation[]): string {
  if (expected.length === 0) return '(none)';
  return expected
    .map((e) => {
      const value = e.min !== null || e.max !== null ? `${e.min ?? ''}..${e.max ?? ''}` : String(e.value);
      const parts = [e.text !== undefined ? `"${e.text}"=${value}` : value];
      if (e.unit !== undefined) parts.push(e.unit);
      if (e.qualifiers !== undefined) parts.push(e.qualifiers.join('/'));
      if (e.kind !== undefined) parts.push(e.kind);
      if (e.span !== undefined) parts.push(`[${e.span.start},${e.span.end})`);
      return parts.join(' ');
    })
    .join(' | ');
}
