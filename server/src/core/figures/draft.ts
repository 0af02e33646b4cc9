/** A figure being built, and the finished figure with the tokens it covers. */
import type { DigitRun, Figure, FigureKind, Qualifier } from '../types';
import type { Atom } from './atoms';
import type { FigureScope, FoundFigure } from './recognize';

export interface Draft {
  first: number;
  last: number;
  value: Figure['value'];
  min: number | null;
  max: number | null;
  kind: FigureKind;
  qualifier: Qualifier;
  unit: string | null;
  counted: string | null;
  runs: Atom['runs'];
  /** Tokens of the number itself (both ends of a range), for rewrites. */
  numberFirst: number;
  numberLast: number;
  numberValue: number | null;
}

export function finish(scope: FigureScope, d: Draft, outer?: { outerFirst: number; outerLast: number }): FoundFigure {
  const start = scope.orig(scope.tokens[d.first].start);
  const end = scope.orig(scope.tokens[d.last].end);
  const runs = factRuns(d.runs);
  const number = numberSpan(scope.orig(scope.tokens[d.numberFirst].start), scope.orig(scope.tokens[d.numberLast].end), d.numberValue, runs);
  const figure: Figure = {
    start,
    end,
    text: scope.text.slice(start, end),
    value: d.value,
    unit: d.unit,
    counted: d.counted,
    min: d.min,
    max: d.max,
    qualifier: d.qualifier,
    kind: d.kind,
    number,
    digits: runs[0] ?? null,
    digitRuns: runs,
  };
  // One shape for every found figure (the outer span set or not), so readers of it stay fast.
  return { figure, first: d.first, last: d.last, outerFirst: outer?.outerFirst, outerLast: outer?.outerLast };
}

/** The digit runs of the figures without digits (most figures in words): one frozen list, not an empty array each. */
export const NO_DIGIT_RUNS: readonly DigitRun[] = Object.freeze([]);

/**
 * The digit runs a figure keeps: each with only the seven fields of `DigitRun` (a run being read
 * carries what year and date checks need as well), so the facts of a workspace hold no more.
 */
export function factRuns(runs: readonly DigitRun[]): readonly DigitRun[] {
  if (runs.length === 0) return NO_DIGIT_RUNS;
  return runs.map((r) => ({ start: r.start, end: r.end, value: r.value, system: r.system, groupSeparator: r.groupSeparator, grouping: r.grouping, decimalSeparator: r.decimalSeparator }));
}

/** The digit runs of two figures joined into one (a range, a span told in parts), sharing a list when one side has none. */
export function joinedRuns(a: readonly DigitRun[], b: readonly DigitRun[]): readonly DigitRun[] {
  if (b.length === 0) return a;
  return a.length === 0 ? b : [...a, ...b];
}

/** The number's span and value: its one digit run when that is all the number is (most figures: 18, ۱۲٬۳۴۵), so the facts hold one object, not two. */
function numberSpan(start: number, end: number, value: number | null, runs: readonly DigitRun[]): Figure['number'] {
  const run = runs.length === 1 ? runs[0] : null;
  return run && run.start === start && run.end === end && run.value === value ? run : { start, end, value };
}
