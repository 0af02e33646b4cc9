/**
 * Figures listed together in one clause: a joiner inside a list of figures (۳ مدال طلا، ۶ نقره و ۳ برنز)
 * ends no clause, and an inclusion word between a whole and its first part (۷ مدال شامل ۳ طلا …,
 * 7 medals including 3 gold) says "including", not what happened to the whole.
 */
import type { PredicateAt } from './predicates';
import type { TokenSpan } from './extract';

/** Most words between a listed figure and the joiner after it: its noun or unit (۶ نقره و, ۶ مدال نقره و). */
const LISTED_NOUN_REACH = 2;

/**
 * Whether every joiner between tokens `from` and `to` joins figures of a list: it stands right before a
 * figure and at most `LISTED_NOUN_REACH` words after another, with no verb between (۶ نقره و ۳ برنز; not "12 killed and 3"),
 * so a verb before it is the list's own.
 */
export function onlyListJoiners(words: readonly string[], joiners: ReadonlySet<string>, figures: readonly TokenSpan[], verbs: readonly PredicateAt[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    if (!joiners.has(words[k])) continue;
    const next = figures.some((g) => g.first === k + 1);
    const previous = figures.some((g) => g.last < k && k - g.last <= LISTED_NOUN_REACH + 1 && !verbs.some((v) => v.index > g.last && v.index < k));
    if (!next || !previous) return false;
  }
  return true;
}

/** Whether an inclusion predicate stands between a whole and its first part, with a verb of the clause after it (see the module comment). */
export function includesParts(p: PredicateAt, f: TokenSpan, figures: readonly TokenSpan[], later: readonly PredicateAt[]): boolean {
  return p.index > f.last && figures.some((g) => g.first === p.last + 1) && later.some((q) => q.index > p.last && q.id !== p.id);
}
