/**
 * Which words may open a number atom. Most words of a sentence open none, yet each would be read
 * by the atom readers in turn (repeated, measure, article and loose counts); one filter and one set
 * lookup per word spare them that.
 */
import type { FigureLexicon } from '../lexicon/figureLexicon';
import { FRACTION_SIGNS } from '../lexicon/fractionSigns';
import { WordFilter } from '../lexicon/phrases';
import type { Lang } from '../types';
import { grammar } from './numberGrammar';

/**
 * The words that may open an atom in a sentence of one language: a number word of the language or,
 * Latin words being read as English, of English (both hold their articles and multipliers), a fraction
 * sign, a decimal point word (point 77), "a" before a unit (a dollar a day), or the first word of a loose count (a couple of). A word
 * outside these makes repeatedNumber, measureAtom and articleAtom null.
 */
export class AtomStarts {
  private readonly filter = new WordFilter();
  private readonly words: Set<string>;

  constructor(
    readonly lang: Lang,
    lex: FigureLexicon,
  ) {
    this.words = new Set([...(grammar(lang)?.starters ?? []), ...(grammar('en')?.starters ?? []), ...(grammar(lang)?.decimalPoints ?? []), ...(grammar('en')?.decimalPoints ?? []), ...FRACTION_SIGNS.keys(), ...lex.oneBeforeUnit, ...lex.looseCounts.firstWordsOfPhrases()]);
    for (const w of this.words) this.filter.add(w);
  }

  /** Whether `word` may open an atom. */
  has(word: string): boolean {
    return this.filter.mayHave(word) && this.words.has(word);
  }
}

const cache = new WeakMap<FigureLexicon, AtomStarts>();

/** The atom starts of a sentence's lexicon and language (built once for each). */
export function atomStarts(lex: FigureLexicon, lang: Lang): AtomStarts {
  let starts = cache.get(lex);
  if (starts === undefined || starts.lang !== lang) {
    starts = new AtomStarts(lang, lex);
    cache.set(lex, starts);
  }
  return starts;
}
