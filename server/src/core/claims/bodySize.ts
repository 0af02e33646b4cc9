/**
 * A count told as the size of a body, a word of its own before the body's noun: the 225-seat
 * parliament, a 225-member house, 225 رکنی پارلیمان, 225 सदस्यीय संसद, مجلس ۲۹۰ نفره. Its statement is
 * the size of the whole, as "159 of the 225 seats" tells it (a `total`), not seats the sentence's
 * verb says were won.
 */
import type { FigureLexicon } from '../lexicon/figureLexicon';
import type { Figure } from '../types';

/** What English counts a body's size in, hyphened before its noun (the 225-seat parliament; the 18-article accord is what it includes). */
const BODY_COUNTS: ReadonlySet<string> = new Set(['seat', 'member']);

/** Whether the figure ending at token `last` is the size of the body whose noun follows it. */
export function tellsBodySize(words: readonly string[], lex: FigureLexicon, f: { last: number; figure: Pick<Figure, 'counted'> }): boolean {
  const sized = lex.bodySizeWords.match(words, f.last + 1);
  // Persian puts the body's noun first (مجلس ۲۹۰ نفره): its size word alone says it.
  if (sized) return lex.headFirst || bodyNounAt(words, lex, f.last + 1 + sized.count);
  return words[f.last + 1] === '-' && f.figure.counted !== null && BODY_COUNTS.has(f.figure.counted) && bodyNounAt(words, lex, f.last + 3);
}

/** Whether token `k` is a noun a size may stand before: a word, no function word. */
function bodyNounAt(words: readonly string[], lex: FigureLexicon, k: number): boolean {
  return k < words.length && /^\p{L}/u.test(words[k]) && !lex.functionWords.has(words[k]);
}
