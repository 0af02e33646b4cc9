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

interface AtomStarts {
  lang: Lang;
  filter: WordFilter;
  words: Set<string>;
}

const cache = new WeakMap<FigureLexicon, AtomStarts>();

/**
 * Whether the word `word` may open an atom in a sentence of `lang`: a number word of the language or,
 * Latin words being read as English, of English (which holds its articles and multipliers), a fraction
 * sign, "a" before a unit (a dollar a day), or the first word of a loose count (a couple of). A word
 * outside these makes repeatedNumber, measureAtom and articleAtom null.
 */
export function mayOpenAtom(lex: FigureLexicon, lang: Lang, word: string): boolean {
  let starts = cache.get(lex);
  if (starts === undefined || starts.lang !== lang) {
    starts = build(lex, lang);
    cache.set(lex, starts);
  }
  return starts.filter.mayHave(word) && starts.words.has(word);
}

function build(lex: FigureLexicon, lang: Lang): AtomStarts {
  const words = new Set<string>([...(grammar(lang)?.starters ?? []), ...(grammar('en')?.starters ?? []), ...FRACTION_SIGNS.keys(), ...lex.oneBeforeUnit, ...lex.looseCounts.firstWordsOfPhrases()]);
  const filter = new WordFilter();
  for (const w of words) filter.add(w);
  return { lang, filter, words };
}
