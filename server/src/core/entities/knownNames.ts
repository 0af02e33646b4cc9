/**
 * The lookup tables detection reads, built once from the lexicon (and once per knowledge base):
 * gazetteers of known names, title tries and word sets per language, all keyed by `nameWord`.
 */
import { AMBIGUOUS_REGION_NAMES, NOT_AFTER, REGION_CUES } from '../lexicon/entities/regions';
import { DOCUMENT_HEADS_AFTER, DOCUMENT_KINDS, DOCUMENT_HEADS_BEFORE, FUNCTION_WORDS, GENERIC_WORDS, LIGHT_VERBS, NOT_IN_PERSON_NAMES, OF_WORDS, ORG_HEADS_AFTER, ORG_HEADS_BEFORE, PERSON_TITLES, SPELLED_LETTERS } from '../lexicon/entities/patterns';
import { foldWord } from '../text/fold';
import type { Lang } from '../types';
import { builtinRecords } from './builtin';
import { buildGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer';
import { entryNames, type KnowledgeBase } from './model';

/** Urdu and Hindi genitive postpositions agree with the noun (کا/کی/کے, का/की/के); names match whichever is written. */
const GENITIVE: Readonly<Record<string, string>> = { 'کی': 'کا', 'کے': 'کا', 'की': 'का', 'के': 'का' };

/** The key a word is looked up by: folded, lower-cased, genitive agreement removed. */
export function nameWord(word: string): string {
  const w = foldWord(word).toLowerCase();
  return GENITIVE[w] ?? w;
}

/** Word sets of one language. */
export interface LanguageWords {
  functionWords: ReadonlySet<string>;
  generic: ReadonlySet<string>;
  notInPersonNames: ReadonlySet<string>;
  headsBefore: ReadonlySet<string>;
  headsAfter: Gazetteer;
  titles: Gazetteer;
  notAfter: ReadonlySet<string>;
  regionCues: ReadonlySet<string>;
  lightVerbs: ReadonlySet<string>;
  documentsAfter: ReadonlySet<string>;
  documentsBefore: ReadonlySet<string>;
  ofWords: ReadonlySet<string>;
}

/** Everything detection needs besides the knowledge base. */
export interface KnownNames {
  builtin: Gazetteer;
  /** Ambiguous region names (key → id), found only after a cue word. */
  ambiguous: Gazetteer;
  /** Short all-capital names (WHO, UN, EU): in Latin text they match only when written in capitals ("Who", "un"). */
  capitalsOnly: ReadonlySet<string>;
  /** Letter names that spell acronyms (folded key → Latin letter). */
  letters: ReadonlyMap<string, string>;
  /** Document head word (key) → kind of document (`convention`, `treaty`, …). */
  documentKinds: ReadonlyMap<string, string>;
  /** Latin acronyms that are currency codes (never entities). */
  currencies: ReadonlySet<string>;
  words(lang: Lang): LanguageWords;
}

const set = (list: readonly string[] | undefined): ReadonlySet<string> => new Set((list ?? []).map(nameWord));
const ENGLISH_LIKE: Lang = 'en';

let known: KnownNames | null = null;

/** The built-in tables, built on first use. */
export function knownNames(): KnownNames {
  if (known) return known;
  const ambiguousNames = new Set(Object.values(AMBIGUOUS_REGION_NAMES).flatMap((l) => (l ?? []).map((n) => nameWord(n))));
  const builtin: GazetteerEntry[] = [];
  const ambiguous: GazetteerEntry[] = [];
  for (const record of builtinRecords().values()) {
    for (const { name } of entryNames(record)) {
      const entry = { id: record.id, type: record.type, name };
      (ambiguousNames.has(nameWord(name)) ? ambiguous : builtin).push(entry);
    }
  }
  const byLang = new Map<Lang, LanguageWords>();
  const words = (lang: Lang): LanguageWords => {
    const key: Lang = lang === 'ar' || lang === 'und' ? ENGLISH_LIKE : lang;
    let w = byLang.get(key);
    if (!w) {
      w = {
        functionWords: set(FUNCTION_WORDS[key]),
        generic: set(GENERIC_WORDS[key]),
        notInPersonNames: set(NOT_IN_PERSON_NAMES[key]),
        headsBefore: set(ORG_HEADS_BEFORE[key]),
        headsAfter: buildGazetteer((ORG_HEADS_AFTER[key] ?? []).map((name) => ({ id: 'head', type: 'organisation', name })), nameWord),
        titles: buildGazetteer((PERSON_TITLES[key] ?? []).map((name) => ({ id: 'title', type: 'person', name })), nameWord),
        notAfter: set(NOT_AFTER[key]),
        regionCues: set(REGION_CUES[key]),
        lightVerbs: set(LIGHT_VERBS[key]),
        documentsAfter: set(DOCUMENT_HEADS_AFTER[key]),
        documentsBefore: set(DOCUMENT_HEADS_BEFORE[key]),
        ofWords: set(OF_WORDS[key]),
      };
      byLang.set(key, w);
    }
    return w;
  };
  let currencies: string[] = [];
  try {
    currencies = Intl.supportedValuesOf('currency');
  } catch {
    currencies = [];
  }
  const capitalsOnly = new Set(builtin.filter((e) => /^[A-Z]{2,3}$/.test(e.name)).map((e) => nameWord(e.name)));
  known = {
    capitalsOnly,
    builtin: buildGazetteer(builtin, nameWord),
    ambiguous: buildGazetteer(ambiguous, nameWord),
    letters: new Map(Object.entries(SPELLED_LETTERS).map(([k, v]) => [nameWord(k), v])),
    currencies: new Set(currencies),
    documentKinds: new Map(Object.entries(DOCUMENT_KINDS).flatMap(([kind, heads]) => heads.map((h) => [nameWord(h), kind] as [string, string]))),
    words,
  };
  return known;
}

let kbCache: { hash: string; gazetteer: Gazetteer } | null = null;

/** The gazetteer of a knowledge base (cached for the last one asked). */
export function knowledgeBaseGazetteer(kb: KnowledgeBase): Gazetteer | null {
  if (kb.entries.length === 0) return null;
  if (kbCache?.hash !== kb.hash) {
    const entries = kb.entries.flatMap((e) => entryNames(e).map(({ name }) => ({ id: e.id, type: e.type, name })));
    kbCache = { hash: kb.hash, gazetteer: buildGazetteer(entries, nameWord) };
  }
  return kbCache.gazetteer;
}
