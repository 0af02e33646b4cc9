/**
 * Two one-sided figures that bound the same quantity from both sides make one range: "more than
 * 10 and less than 20", "at most 100 and at least 20", "10 से ज़्यादा पर 15 से कम". Only the joiner
 * words of the language's table (and, but, और, पर) may stand between the two comparisons, so
 * two separate statements ("more than 100 died and fewer than 20 were hurt") stay apart.
 * Two ranks make a range of ranks the same ways: "between the tenth and the fifteenth", "5th to
 * 10th", "higher than the tenth but lower than the fifteenth".
 */
import type { Figure, Qualifier } from '../types';
import { qualifierBefore } from './context';
import { joinedRuns } from './draft';
import { rangeJoinerAt } from './measures';
import type { FigureScope, FoundFigure } from './recognize';

const LOWER: ReadonlySet<Qualifier> = new Set(['more-than', 'at-least']);
const UPPER: ReadonlySet<Qualifier> = new Set(['less-than', 'at-most']);
/** Most joiner tokens between the two comparisons ("है और", ", but"). */
const MAX_JOINERS = 3;

/** The figures of a sentence with each pair of opposite bounds joined into a range. */
export function joinBounds(scope: FigureScope, found: FoundFigure[]): FoundFigure[] {
  if (found.length < 2) return found;
  const out: FoundFigure[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k];
    const b = found[k + 1];
    const joined = b !== undefined ? boundsRange(scope, a, b) ?? ranksRange(scope, a, b) : null;
    if (joined) {
      out.push(joined);
      k++;
    } else out.push(a);
  }
  return out;
}

function boundsRange(scope: FigureScope, a: FoundFigure, b: FoundFigure): FoundFigure | null {
  const fa = a.figure;
  const fb = b.figure;
  if (typeof fa.value !== 'number' || typeof fb.value !== 'number' || !quantity(fa) || !quantity(fb) || fa.unit !== fb.unit) return null;
  const [low, high] = LOWER.has(fa.qualifier) && UPPER.has(fb.qualifier) ? [fa, fb] : UPPER.has(fa.qualifier) && LOWER.has(fb.qualifier) ? [fb, fa] : [null, null];
  if (low === null || high === null || (low.value as number) >= (high.value as number)) return null;
  if (fa.counted !== null && fb.counted !== null && fa.counted !== fb.counted) return null;
  const from = (a.outerLast ?? a.last) + 1;
  const to = b.outerFirst ?? b.first;
  if (to - from > MAX_JOINERS) return null;
  if (!joinersOnly(scope, from, to)) return null;
  return rangeOf(scope, a, b, low.value as number, high.value as number);
}

function joinersOnly(scope: FigureScope, from: number, to: number): boolean {
  if (to - from > MAX_JOINERS) return false;
  for (let j = from; j < to; j++) if (!scope.lex.boundJoiners.has(scope.words[j])) return false;
  return true;
}

/** One range figure over two found figures, from `min` to `max`. */
function rangeOf(scope: FigureScope, a: FoundFigure, b: FoundFigure, min: number, max: number): FoundFigure {
  const fa = a.figure;
  const fb = b.figure;
  const start = fa.start;
  const end = fb.end;
  const figure: Figure = {
    start, end, text: scope.text.slice(start, end), value: null, unit: fa.unit, counted: fb.counted ?? fa.counted, min, max,
    qualifier: 'range', kind: 'range',
    // The number spans of both ends, not the units and qualifier words between them.
    number: { start: fa.number.start, end: fb.number.end, value: null },
    digits: fa.digits ?? fb.digits, digitRuns: joinedRuns(fa.digitRuns, fb.digitRuns),
  };
  return { figure, first: a.first, last: b.last, outerFirst: a.outerFirst, outerLast: b.outerLast };
}

/**
 * Two ordinals, each maybe after "the", as the ends of one range of ranks: joined like a range
 * (between the tenth and the fifteenth, the 5th to the 10th) or bounded from both sides (higher
 * than the tenth but lower than the fifteenth).
 */
function ranksRange(scope: FigureScope, a: FoundFigure, b: FoundFigure): FoundFigure | null {
  const fa = a.figure;
  const fb = b.figure;
  if (fa.kind !== 'ordinal' || fb.kind !== 'ordinal' || typeof fa.value !== 'number' || typeof fb.value !== 'number' || fa.value >= fb.value) return null;
  const aFirst = a.first - articleBefore(scope, a.first);
  const bFirst = b.first - articleBefore(scope, b.first);
  // Two days of a month (the 10th and 15th of March) are dates, not ranks.
  const { months, partOf } = scope.lex;
  if (bFirst <= a.last || months.match(scope.words, b.last + 1) || (partOf.has(scope.words[b.last + 1]) && months.match(scope.words, b.last + 2))) return null;
  const joiner = rangeJoinerAt(scope, a.last + 1, aFirst);
  if (joiner > 0 && a.last + joiner + 1 === bFirst) return rangeOf(scope, a, b, fa.value, fb.value);
  const qa = qualifierBefore({ words: scope.words, lex: scope.lex }, aFirst);
  const qb = qualifierBefore({ words: scope.words, lex: scope.lex, floor: a.last }, bFirst);
  const opposite = qa !== null && qb !== null && ((LOWER.has(qa.qualifier) && UPPER.has(qb.qualifier)) || (UPPER.has(qa.qualifier) && LOWER.has(qb.qualifier)));
  return opposite && joinersOnly(scope, a.last + 1, bFirst - qb.count) ? rangeOf(scope, a, b, fa.value, fb.value) : null;
}

/** 1 when a definite article ("the") stands right before token `k`, else 0. */
function articleBefore(scope: FigureScope, k: number): number {
  return k > 0 && scope.lex.definiteArticles.has(scope.words[k - 1]) ? 1 : 0;
}

/** A count, amount or percentage (not a date, year, ordinal or reference). */
function quantity(f: Figure): boolean {
  return f.kind === 'cardinal' || f.kind === 'percent' || f.kind === 'currency';
}
