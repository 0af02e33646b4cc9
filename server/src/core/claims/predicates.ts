/**
 * Finding table words in a sentence: predicates (what happened to the counted thing) and events
 * (what the story is about). Multi-word phrases match exactly (longest first, and a neutral
 * compound such as "دستخطی تقریب" hides the predicate word inside it); single words also match as
 * prefixes, because Urdu, Persian and Hindi inflect (امضا / امضای, हस्ताक्षरों), unless the table
 * marks them with '=' to be matched whole.
 */
import { enPredicates, enQualifiers, enSenses } from '../lexicon/en/claimWords';
import { faPredicates, faQualifiers, faSenses } from '../lexicon/fa/claimWords';
import { hiPredicates, hiQualifiers } from '../lexicon/hi/claimWords';
import { urPredicates, urQualifiers, urSenses } from '../lexicon/ur/claimWords';
import { EVENTS, ROUNDS } from '../lexicon/events';
import type { PredicateTable } from '../lexicon/claimWords';
import { PhraseMatcher, WordFilter, prefixSignatures } from '../lexicon/phrases';
import { foldWord } from '../text/fold';
import { tokenize } from '../text/tokens';
import type { Lang } from '../types';

const PREDICATES: Partial<Record<Lang, PredicateTable>> = { ur: urPredicates, fa: faPredicates, hi: hiPredicates, en: enPredicates };
const QUALIFIERS: Partial<Record<Lang, PredicateTable>> = { ur: urQualifiers, fa: faQualifiers, hi: hiQualifiers, en: enQualifiers };
/**
 * Words that give a predicate word of two senses its other one, as `from>to` (`to` empty: no predicate):
 * Urdu برآمد is "exported" in trade news and "recovered" beside arms, drugs or a raid ("ملزمان کے قبضے سے
 * 5 کلو ہیروئن برآمد"); Persian صادر شد is "issued" beside a permit or a verdict; English "passed" beside candidates is a pass.
 */
const SENSES: Partial<Record<Lang, PredicateTable>> = { ur: urSenses, fa: faSenses, en: enSenses };
/** Between the predicate a sense word turns and what it turns it into (see `SENSES`). */
const TURNS = '>';
/** Marks a table word matched whole, never as a prefix ('=won': not "wonder"; '=गिर': not गिरफ्तार). */
const EXACT = '=';
/** Shortest single-word stem matched as a prefix (shorter ones match too much). */
const MIN_STEM = 3;

/** A table word found in a sentence: token index and id. */
export interface PredicateAt {
  index: number;
  id: string;
  /** Token index of its last word (a phrase's). */
  last: number;
}

/**
 * What may follow a stem in a word of a language that inflects by suffixes alone: English stems
 * match their inflections (signed, signing, floods, investment, attendance, embezzlement), not
 * other words they happen to begin (spokesman, significant, deadline, investigators, floodlights).
 * Urdu, Persian and Hindi stems match any continuation (see the module comment).
 */
const STEM_TAILS: Partial<Record<Lang, ReadonlySet<string>>> = {
  en: new Set(['', 's', 'es', 'e', 'd', 'ed', 'n', 'ing', 'ings', 'er', 'ers', 'ment', 'ments', 'ement', 'ements', 'ion', 'ions', 'ance', 'ances']),
};

/** A table of phrases and stems → ids, compiled for matching folded words. */
class WordTable {
  private readonly phrases: PhraseMatcher<string | null>;
  /** Stems by their first two code units (see `pairKey`): a number key needs no slice of the word. */
  private readonly stems = new Map<number, { stem: string; id: string }[]>();
  /** Pre-check of the stems' keys, read off a word without slicing it. */
  private readonly stemKeys = new WordFilter(MIN_STEM);
  /**
   * The first three code units (all of a shorter word; no stem is shorter: MIN_STEM) of every phrase's first
   * word and every stem: a word is either, or begins with a stem, only if its own are among them. Most words
   * start none, and are passed over at once.
   */
  private readonly starts = new WordFilter(MIN_STEM);

  constructor(table: PredicateTable, private readonly tails?: ReadonlySet<string>) {
    for (const [phrase, id] of Object.entries(table)) {
      const first = tokenize(foldWord(phrase.startsWith(EXACT) ? phrase.slice(EXACT.length) : phrase))[0];
      if (first) this.starts.add(first.text);
      const stem = foldWord(phrase).toLowerCase();
      if (id === null || stem.includes(' ') || stem.length < MIN_STEM || phrase.startsWith(EXACT)) continue;
      this.starts.add(stem);
      const key = pairKey(stem);
      this.stems.set(key, [...(this.stems.get(key) ?? []), { stem, id }]);
      this.stemKeys.add(stem);
    }
    this.phrases = new PhraseMatcher(Object.entries(table).map(([phrase, id]) => [phrase.startsWith(EXACT) ? phrase.slice(EXACT.length) : phrase, id]));
  }

  /** Every table word in a sentence's folded words, in order. */
  find(words: readonly string[]): PredicateAt[] {
    const found: PredicateAt[] = [];
    const signatures = prefixSignatures(words, MIN_STEM);
    for (let k = 0; k < words.length; k++) {
      if (!this.starts.mayHaveSignature(signatures[k])) continue;
      const phrase = this.phrases.match(words, k);
      if (phrase) {
        if (phrase.value !== null) found.push({ index: k, id: phrase.value, last: k + phrase.count - 1 });
        k += phrase.count - 1;
        continue;
      }
      const w = words[k];
      if (w.length < MIN_STEM || !this.stemKeys.mayHaveSignature(signatures[k])) continue;
      const candidates = this.stems.get(pairKey(w));
      if (!candidates) continue;
      for (const c of candidates) {
        if (!w.startsWith(c.stem) || (this.tails && !this.tails.has(w.slice(c.stem.length)))) continue;
        found.push({ index: k, id: c.id, last: k });
        break;
      }
    }
    return found;
  }
}

/** A word's first two code units as one number (a one-letter word: its letter and 0). */
function pairKey(w: string): number {
  return w.charCodeAt(0) * 0x10000 + (w.length > 1 ? w.charCodeAt(1) : 0);
}

const TABLES = { predicates: PREDICATES, events: EVENTS, rounds: ROUNDS, qualifiers: QUALIFIERS, senses: SENSES };

/** Compiled tables by kind, then language, built on first use. */
const compiled: Record<keyof typeof TABLES, Map<Lang, WordTable>> = { predicates: new Map(), events: new Map(), rounds: new Map(), qualifiers: new Map(), senses: new Map() };

/** The predicates each language's sense words turn (see `SENSES`). */
const TURNED: Partial<Record<Lang, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(SENSES).map(([lang, table]) => [lang, new Set(Object.values(table ?? {}).flatMap((id) => (id === null ? [] : [id.split(TURNS)[0]])))]),
);

function tableOf(kind: keyof typeof TABLES, lang: Lang): WordTable {
  let table = compiled[kind].get(lang);
  if (!table) compiled[kind].set(lang, (table = new WordTable(TABLES[kind][lang] ?? {}, STEM_TAILS[lang])));
  return table;
}

const NO_IDS: readonly string[] = Object.freeze([]);

/** Between the ids of a table word that names two things (an event and its scope: `election+scope:national`). */
const JOINED = '+';

/** Every predicate in a sentence's folded words, in order. */
export function findPredicates(words: readonly string[], lang: Lang): PredicateAt[] {
  const found = tableOf('predicates', lang).find(words);
  const turned = TURNED[lang];
  if (!turned || !found.some((p) => turned.has(p.id))) return found;
  const senses = new Map(tableOf('senses', lang).find(words).map((s) => s.id.split(TURNS) as [string, string]));
  if (senses.size === 0) return found;
  return found.flatMap((p) => {
    const to = senses.get(p.id);
    return to === undefined ? [p] : to === '' ? [] : [{ ...p, id: to }];
  });
}

/** The events a sentence's folded words name (earthquake, flood, attack, …), as shared ids. */
export function findEvents(words: readonly string[], lang: Lang): readonly string[] {
  const found = tableOf('events', lang).find(words);
  return found.length === 0 ? NO_IDS : [...new Set(found.flatMap((e) => e.id.split(JOINED)))];
}

/** The rounds or phases a sentence's folded words name ("first round", دور دوم), by token index. */
export function findRounds(words: readonly string[], lang: Lang): PredicateAt[] {
  return tableOf('rounds', lang).find(words);
}

/** The qualifiers a sentence's folded words name (priced goods, units a price is per, subgroups, baseline markers: see claims/qualify.ts), by token index. */
export function findQualifiers(words: readonly string[], lang: Lang): PredicateAt[] {
  const found = tableOf('qualifiers', lang).find(words);
  if (!found.some((q) => q.id.startsWith(PAIRED))) return found;
  return found.flatMap((q) => !q.id.startsWith(PAIRED) ? [q] : found.some((o) => o.id === PAIRED_WITH[q.id]) ? [{ ...q, id: `sub:${q.id.slice(PAIRED.length)}` }] : []);
}

/**
 * A word of a whole that is a subgroup only beside its other half in the sentence (`pair:` in the qualifier tables):
 * students are the boys after the girls (छात्राओं का 93.40 और छात्रों का 86.05 प्रतिशत, طالبات کا 68.5 فیصد اور طلبہ کا 51.2 فیصد),
 * and all the students alone (छात्रों का पास प्रतिशत 89).
 */
const PAIRED = 'pair:';
const PAIRED_WITH: Readonly<Record<string, string>> = { 'pair:boys': 'sub:girls' };
