/**
 * Verb gapping: a verb-final clause before "whereas" (جبکہ, जबकि) with no verb of its own shares the verb ending the
 * clause after it: "سندھ میں 12 افراد جبکہ پنجاب میں 8 افراد جاں بحق ہوئے" (12 died too), "اکانومی کا کرایہ 3 ہزار 500 روپے
 * جبکہ اے سی سلیپر کا 9 ہزار 800 روپے مقرر کیا گیا" (both fares were fixed).
 */
import type { FigureLexicon } from '../lexicon/figureLexicon';
import type { PredicateAt } from './predicates';
import type { TokenSpan } from './extract';
import { isCommaWord } from '../text/tokens';

/**
 * Most words between a gapped figure and "whereas": its noun and an adjective or two (12 افراد جبکہ, 400 نئے کیس جبکہ); a longer
 * stretch holds a verb the tables may not know (89 ہزار 605 عازمین کو اجازت دی جبکہ …).
 */
const GAP_REACH = 3;

/**
 * The last token of the first figure of the clause after "whereas" when figure `f` stands in a clause so gapped (its verb
 * stands after that token), else -1. Gapped only when no more than `GAP_REACH` words stand between the figure and "whereas",
 * none a verb, an agent marker, a predicate or another break, and a figure follows in the next clause.
 */
export function sharedVerbAfter(words: readonly string[], lex: FigureLexicon, f: TokenSpan, figures: readonly TokenSpan[], predicates: readonly PredicateAt[]): number {
  for (let k = f.last + 1; k < words.length && k <= f.last + GAP_REACH + 1; k++) {
    const m = lex.gapBreaks.match(words, k);
    if (m) {
      const next = figures.find((g) => g.first >= k + m.count);
      return next !== undefined && !broken(words, lex, k + m.count, next.first) ? next.last : -1;
    }
    // A writer may set a comma before "whereas" ("… میگاواٹ، جبکہ …").
    if (isCommaWord(words[k]) && lex.gapBreaks.match(words, k + 1)) continue;
    if (!/\p{L}/u.test(words[k]) || lex.clauseBreaks.match(words, k) || lex.clauseVerbs.has(words[k]) || lex.verbForms.has(words[k]) || lex.lightVerbs.has(words[k]) || lex.clauseMarkers.has(words[k]) || predicates.some((p) => p.index <= k && p.last >= k)) return -1;
  }
  return -1;
}

/** Whether a break, a verb or a punctuation mark stands from token `from` up to `to`: the next clause's figure is not in reach. */
function broken(words: readonly string[], lex: FigureLexicon, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!/\p{L}/u.test(words[k]) || lex.clauseBreaks.match(words, k) || lex.clauseVerbs.has(words[k])) return true;
  return false;
}
