/**
 * Where a figure's clause ends and how it stands to the figure after it, in words: a relative clause
 * opened after a comma or a clause's verb, a clause verb before "and", a change "from" one level "to"
 * the next (for claims/extract.ts).
 */
import type { FigureLexicon } from '../lexicon/figureLexicon';
import type { Figure } from '../types';
import type { SentenceFigure } from './extract';
import { isCommaWord } from '../text/tokens';

/** Whether two figures are quantities of one kind: the same unit, and the same counted noun when both name one. */
export function sameKind(a: Figure, b: Figure): boolean {
  return a.unit === b.unit && (a.counted === b.counted || a.counted === null || b.counted === null);
}

/**
 * Whether a figure is the level a change started from, the next one the level it reached: "from" before it and a
 * change joiner alone between them (از ۵۸ هزار تومان به ۶۱ هزار تومان, from 40 percent to 32 percent). The first is the
 * same fact at an earlier time (a baseline), not a second level now. Languages that write the change with the joiner
 * alone (22 فیصد سے کم کر کے 20.5 فیصد) keep both levels.
 */
export function changedFrom(words: readonly string[], lex: FigureLexicon, f: SentenceFigure, next: SentenceFigure | undefined): boolean {
  if (next === undefined || !sameKind(f.figure, next.figure) || lex.changeJoiners.match(words, f.last + 1)?.count !== next.first - f.last - 1) return false;
  return lex.changeFrom.has(words[f.first - 1] ?? '');
}

/** Whether a relative word right after a comma or a clause's verb stands between tokens `from` and `to` (", जो", "، جو", "۱۳ درصد است که"): a clause on what stands before it. */
export function relativeAfterComma(words: readonly string[], lex: FigureLexicon, from: number, to: number): boolean {
  for (let k = from + 2; k < to; k++) if (lex.relativeWords.has(words[k]) && (isCommaWord(words[k - 1]) || lex.clauseVerbs.has(words[k - 1]))) return true;
  return false;
}

/** Whether a clause verb right before a joiner (هستند و, है और) stands between tokens `from` and `to`: the clause before ends there. */
export function verbThenJoiner(words: readonly string[], lex: FigureLexicon, from: number, to: number): boolean {
  for (let k = from + 1; k + 1 < to; k++) if (lex.clauseVerbs.has(words[k]) && lex.dayJoiners.has(words[k + 1])) return true;
  return false;
}
