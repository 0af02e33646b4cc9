/**
 * Finding predicates in a sentence: multi-word phrases match exactly (longest first, and a
 * neutral compound such as "دستخطی تقریب" hides the predicate word inside it); single words also
 * match as prefixes, because Urdu, Persian and Hindi inflect (امضا / امضای, हस्ताक्षरों), unless the
 * table marks them with '=' to be matched whole.
 */
import { enPredicates } from '../lexicon/en/claimWords';
import { faPredicates } from '../lexicon/fa/claimWords';
import { hiPredicates } from '../lexicon/hi/claimWords';
import { urPredicates } from '../lexicon/ur/claimWords';
import type { PredicateTable } from '../lexicon/claimWords';
import { PhraseMatcher, WordFilter } from '../lexicon/phrases';
import { foldWord } from '../text/fold';
import type { Lang } from '../types';

const TABLES: Partial<Record<Lang, PredicateTable>> = { ur: urPredicates, fa: faPredicates, hi: hiPredicates, en: enPredicates };
/** Marks a table word matched whole, never as a prefix ('=won': not "wonder"; '=गिर': not गिरफ्तार). */
const EXACT = '=';
/** Shortest single-word stem matched as a prefix (shorter ones match too much). */
const MIN_STEM = 3;

interface CompiledPredicates {
  phrases: PhraseMatcher<string | null>;
  /** Stems by their first two code units (see `pairKey`): a number key needs no slice of the word. */
  stems: Map<number, { stem: string; id: string }[]>;
  /** Pre-check of the stems' keys, read off a word without slicing it. */
  stemKeys: WordFilter;
}

const compiled = new Map<Lang, CompiledPredicates>();

function compile(lang: Lang): CompiledPredicates {
  let c = compiled.get(lang);
  if (c) return c;
  const table = TABLES[lang] ?? {};
  const stems = new Map<number, { stem: string; id: string }[]>();
  const stemKeys = new WordFilter(MIN_STEM);
  for (const [phrase, id] of Object.entries(table)) {
    const stem = foldWord(phrase).toLowerCase();
    if (id === null || stem.includes(' ') || stem.length < MIN_STEM || phrase.startsWith(EXACT)) continue;
    const key = pairKey(stem);
    stems.set(key, [...(stems.get(key) ?? []), { stem, id }]);
    stemKeys.add(stem);
  }
  c = { phrases: new PhraseMatcher(Object.entries(table).map(([phrase, id]) => [phrase.startsWith(EXACT) ? phrase.slice(EXACT.length) : phrase, id])), stems, stemKeys };
  compiled.set(lang, c);
  return c;
}

/** A predicate occurrence: token index and id. */
export interface PredicateAt {
  index: number;
  id: string;
}

/** Every predicate in a sentence's folded words, in order. */
export function findPredicates(words: readonly string[], lang: Lang): PredicateAt[] {
  const { phrases, stems, stemKeys } = compile(lang);
  const found: PredicateAt[] = [];
  for (let k = 0; k < words.length; k++) {
    const phrase = phrases.match(words, k);
    if (phrase) {
      if (phrase.value !== null) found.push({ index: k, id: phrase.value });
      k += phrase.count - 1;
      continue;
    }
    const w = words[k];
    if (w.length < MIN_STEM || !stemKeys.mayHave(w)) continue;
    const candidates = stems.get(pairKey(w));
    if (!candidates) continue;
    for (const c of candidates) {
      if (!w.startsWith(c.stem)) continue;
      found.push({ index: k, id: c.id });
      break;
    }
  }
  return found;
}

/** A word's first two code units as one number. */
function pairKey(w: string): number {
  return w.charCodeAt(0) * 0x10000 + w.charCodeAt(1);
}
