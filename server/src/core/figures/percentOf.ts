/**
 * The percent of a number, said with nothing after it, is that many percent: "per cent of 210",
 * "percents of twenty", बीस का प्रतिशत, بیس کا فیصد. Before more words it is a share of something that
 * number counts or names (the percent of 65-year-olds, 2019 का प्रतिशत 65 था) and no percentage; a number
 * before the percent word is the percentage itself (40 percent of 10 million), and a year is never one.
 */
import { isNumberAt } from './atoms';
import { free } from './context';
import { endsPhrase } from './ratios';
import type { FigureScope } from './recognize';

const YEAR = /^(?:1[89]|20)[0-9][0-9]$/;

/** Whether a percent-of phrase ending right before token `first` makes the number `first`..`last` that many percent. */
export function percentOfBefore(scope: FigureScope, first: number, last: number): boolean {
  const m = first > 0 ? scope.lex.percentOfBefore.matchEndingAt(scope.words, first - 1, 3) : null;
  if (!m || !free(scope, first, m.count) || YEAR.test(scope.words[first])) return false;
  return !isNumberAt(scope, first - m.count - 1) && endsPhrase(scope, last + 1);
}

/** The tokens of a percent-of phrase right after token `last` that ends its phrase (बीस का प्रतिशत), or 0. */
export function percentOfAfter(scope: FigureScope, first: number, last: number): number {
  const m = scope.lex.percentOfAfter.match(scope.words, last + 1);
  if (!m || YEAR.test(scope.words[first]) || !endsPhrase(scope, last + 1 + m.count)) return 0;
  return m.count;
}
