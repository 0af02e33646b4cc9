/**
 * Ranges whose two ends count different spans of time: "۳ ماه تا یک سال", "3 months to 1 year", "3 ماہ سے ایک سال
 * تک", "3 महीने से एक साल". Such a range is one range in the smaller span (3..12 months), so that files writing
 * "3 to 12 months" agree with it; spans that do not divide evenly (weeks and months) make no range.
 */
import { readAtom, type Atom } from './atoms';
import { rangeJoinerAt } from './measures';
import type { FigureScope } from './recognize';

/** A span of time → the next smaller span and how many of it make one. */
const SMALLER: Record<string, [string, number]> = { year: ['month', 12], week: ['day', 7], day: ['hour', 24], hour: ['minute', 60] };
const SPANS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute']);

/** How many `small` spans one `big` span is, or null when they do not convert (weeks into months). */
function factor(big: string, small: string): number | null {
  let f = 1;
  for (let span = big; span !== small; ) {
    const next = SMALLER[span];
    if (!next) return null;
    [span, f] = [next[0], f * next[1]];
  }
  return f;
}

/** The range of spans from a number `near` counting the span noun at `noun`, to a number counting another span after a joiner. */
export function mixedSpanRange(scope: FigureScope, first: number, noun: number, near: number): { min: number; max: number; counted: string; last: number; far: Atom } | null {
  const { words, lex } = scope;
  const nearSpan = lex.concepts.match(words, noun);
  if (!nearSpan || !SPANS.has(nearSpan.value)) return null;
  const joiner = rangeJoinerAt(scope, noun + nearSpan.count, first);
  const far = joiner > 0 ? readAtom(scope, noun + nearSpan.count + joiner) : null;
  if (!far || far.value === null || far.ordinal || far.negative) return null;
  const farSpan = lex.concepts.match(words, far.last + 1);
  if (!farSpan || farSpan.value === nearSpan.value) return null;
  const up = factor(farSpan.value, nearSpan.value);
  const down = up === null ? factor(nearSpan.value, farSpan.value) : null;
  if (up === null && down === null) return null;
  const [min, max, counted] = up !== null ? [near, far.value * up, nearSpan.value] : [near * down!, far.value, farSpan.value];
  return max > min ? { min, max, counted, last: far.last + farSpan.count, far } : null;
}
