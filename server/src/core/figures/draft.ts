/** A figure being built, and the finished figure with the tokens it covers. */
import type { Figure, FigureKind, Qualifier } from '../types';
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
  const number = { start: scope.orig(scope.tokens[d.numberFirst].start), end: scope.orig(scope.tokens[d.numberLast].end), value: d.numberValue };
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
    digits: d.runs[0] ?? null,
    digitRuns: d.runs,
  };
  // One shape for every found figure (the outer span set or not), so readers of it stay fast.
  return { figure, first: d.first, last: d.last, outerFirst: outer?.outerFirst, outerLast: outer?.outerLast };
}

