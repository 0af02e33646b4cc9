/**
 * The level a figure states: past the filler words before it ("to a record Rs 2.37 lakh crore"), the
 * level a noun before it names ("valuing the company at", "population has grown to"), and the level a
 * sum of trade, revenue or profit is stated at whichever verb tells it (claims/extract.ts reads them).
 */
import { CHANGE_BEFORE, CHANGE_OPENERS, FLOW_LEVELS, FLOW_OF, LEVEL_FILLERS, MONEY_OF, NAMED_LEVELS, RESTATING } from '../lexicon/claimWords';
import type { FigureLexicon } from '../lexicon/figureLexicon';
import { markerBetween } from '../lexicon/phrases';
import type { Lang } from '../types';
import type { SentenceFigure } from './extract';
import type { PredicateAt } from './predicates';
import type { Qualifiers } from './qualify';

/** The predicate of a sum a budget head receives. */
export const RECEIVE = 'receive';

/** Most `LEVEL_FILLERS` words passed over before a figure. */
const MAX_FILLERS = 2;

/** The index of the word before token `first`, past up to `MAX_FILLERS` words of `LEVEL_FILLERS` ("to a record Rs 2.37 lakh crore": "to"). */
export function wordBeforeFillers(words: readonly string[], lang: Lang, first: number): number {
  const fillers = LEVEL_FILLERS[lang];
  let k = first - 1;
  while (fillers && k > 0 && first - k <= MAX_FILLERS && fillers.has(words[k])) k--;
  return k;
}

/** Predicates of a change (see `CHANGE_OR_LEVEL`). */
export const CHANGES: ReadonlySet<string> = new Set(['grow', 'fall']);

/** Punctuation that may set a restated change apart: "points, or 1.3pc,", "points (1.3pc)". */
const RESTATING_MARKS: ReadonlySet<string> = new Set([',', '،', '(', '-', '–', '—']);

/**
 * Whether a percentage restates the change just before it (see `RESTATING`): only punctuation and one restating word, or
 * an opening bracket, stand between them ("gained 1,548.21 points, or 1.3pc,", "rose Rs 500 (2.1 percent)").
 */
export function restatesChange(words: readonly string[], lang: Lang, change: SentenceFigure, changeSlot: number, f: SentenceFigure): boolean {
  if (f.figure.unit !== '%' || change.figure.unit === '%') return false;
  // Past the noun the change counts ("1,548.21 points"), which stands at its slot.
  const from = change.figure.counted !== null ? changeSlot + 1 : change.last + 1;
  if (f.first <= from) return false;
  let restating = 0;
  for (let k = from; k < f.first; k++) {
    if (RESTATING[lang]?.has(words[k])) restating++;
    else if (!RESTATING_MARKS.has(words[k])) return false;
  }
  return restating === 1 || (restating === 0 && words[f.first - 1] === '(');
}

/** The change a word right before a figure says with no verb (see `CHANGE_BEFORE`: ", up 1,548.21 points"), or null. */
export function changeBefore(words: readonly string[], lang: Lang, f: SentenceFigure): string | null {
  const change = CHANGE_BEFORE[lang]?.[words[f.first - 1] ?? ''];
  return change !== undefined && f.first >= 2 && CHANGE_OPENERS[lang]?.has(words[f.first - 2]) ? change : null;
}

/**
 * A sum told with a trade verb is of that trade, and a sum of trade, revenue or profit is stated at its
 * level whichever level verb tells it (see `FLOW_OF`, `FLOW_LEVELS`): "exported goods worth $4.5 billion"
 * and "imports stood at $4.5 billion" are `money:USD exports|reach` and `money:USD imports|reach`. A sum a budget
 * head receives is its allocation ("Defence received Rs 6.81 lakh crore", "تعلیم کو 1.28 لاکھ کروڑ روپے ملے"), as "allocated" tells it.
 */
export function flowLevel(predicate: string, q: Qualifiers): string {
  if (predicate === RECEIVE) return q.priced !== null && !MONEY_OF.has(q.priced) ? 'invest' : predicate;
  if (predicate in FLOW_OF) q.priced ??= FLOW_OF[predicate];
  else if (!MONEY_OF.has(q.priced ?? '') || !FLOW_LEVELS.has(predicate)) return predicate;
  return 'reach';
}

/** Most tokens between a named level ("valuing the company at", "population has grown to") and its figure. */
const NAMED_REACH = 5;

/** The level a noun before a figure names in its clause (see `NAMED_LEVELS`), or null. */
export function namedLevel(words: readonly string[], lex: FigureLexicon, predicates: readonly PredicateAt[], f: SentenceFigure, others: readonly SentenceFigure[]): string | null {
  for (const p of predicates) {
    if (!(p.id in NAMED_LEVELS) || p.last >= f.first || markerBetween(words, lex.clauseBreaks, p.last, f.first)) continue;
    // A change told between them is no distance: "बिक्री अक्टूबर में 10 प्रतिशत बढ़कर 1.8 लाख यूनिट हो गई" (sales rose 10 percent to 1.8 lakh units).
    const between = others.reduce((n, g) => (g.first > p.last && g.last < f.first ? n + g.last - g.first + 1 : n), 0);
    if (f.first - p.last - between <= NAMED_REACH) return p.id;
  }
  return null;
}

/**
 * Whether predicate `p` is a noun naming a level (`NAMED_LEVELS`) before a figure of the same counted noun as `f` that stands
 * between them: counts set side by side that leave the noun out (پنجاب کی آبادی 12 کروڑ اور بلوچستان کی ایک کروڑ 48 لاکھ).
 */
export function elidedLevel(p: PredicateAt, f: SentenceFigure, claiming: readonly SentenceFigure[]): boolean {
  return p.id in NAMED_LEVELS && f.figure.counted !== null && claiming.some((g) => g.first > p.last && g.last < f.first && g.figure.counted === f.figure.counted);
}

/** Most words between a figure and the verb of change it is told with (۸ درصد کاهش, rose 12 percent, 12 प्रतिशत की वृद्धि). */
const CHANGE_REACH = 3;

/** Whether a figure is told as a change: a verb of change stands just before or after it. */
export function changeAt(predicates: readonly PredicateAt[], f: { first: number; last: number }): boolean {
  return predicates.some((p) => CHANGES.has(p.id) && p.index >= f.first - CHANGE_REACH && p.index <= f.last + CHANGE_REACH);
}
