/**
 * The lookup tables detection reads, built once from the lexicon (and once per knowledge base):
 * gazetteers of known names, title tries and word sets per language, all keyed by `nameWord`.
 */
import { AMBIGUOUS_REGION_NAMES, EVERYDAY_NAMES, EVERYDAY_PHRASES, NOT_AFTER, NOT_BEFORE, REGION_CUES } from '../lexicon/entities/regions';
import { homeNames } from '../lexicon/entities';
import { BODY_KINDS, COUNTRY_AFTER_LINKS, COUNTRY_BEFORE_LINKS, DISTRICT_HEADS_AFTER, DISTRICT_HEADS_BEFORE, DOCUMENT_HEADS_AFTER, DOCUMENT_KINDS, DOCUMENT_HEADS_BEFORE, FUNCTION_WORDS, GENERIC_WORDS, LIGHT_VERBS, NAME_AND_WORDS, NOT_IN_PERSON_NAMES, OF_WORDS, ORG_HEADS_AFTER, ORG_HEADS_BEFORE, PERSON_TITLES, PLACE_HEADS_AFTER, PLACE_HEADS_BEFORE, PLACE_NAME_HEADS_AFTER, PLACE_TITLES, SCHEME_WORDS, SPEECH_VERBS, SPELLED_LETTERS } from '../lexicon/entities/patterns';
import { GIVEN_NAMES } from '../lexicon/entities/givenNames';
import { CURRENCY_WORDS, FALSE_FRIEND_ADJECTIVES, LANGUAGE_WORDS, NATION_NOUNS } from '../lexicon/entities/adjectives';
import { buildAdjectives } from './demonyms';
import { DEVANAGARI_INITIALS } from '../lexicon/abbreviations';
import { WordFilter } from '../lexicon/phrases';
import { foldWord } from '../text/fold';
import type { Lang } from '../types';
import { builtinRecords } from './builtin';
import { buildGazetteer, nameKeys, type Gazetteer, type GazetteerEntry } from './gazetteer';
import { entryNames, type KnowledgeBase } from './model';
import { spellingKey } from './spelling';

/** Urdu and Hindi genitive postpositions agree with the noun (کا/کی/کے, का/की/के); names match whichever is written. */
const GENITIVE: ReadonlyMap<string, string> = new Map([['کی', 'کا'], ['کے', 'کا'], ['की', 'का'], ['के', 'का']]);

/** The key a word is looked up by: folded, lower-cased, genitive agreement removed. */
export function nameWord(word: string): string {
  return genitiveKey(foldWord(word).toLowerCase());
}

/** The longest genitive: longer words skip the map (a lookup hashes the word, and this runs for every word). */
const GENITIVE_LENGTH = Math.max(...[...GENITIVE.keys()].map((k) => k.length));

/** The key of a word already folded and lower-cased: genitive agreement removed, spelling variants merged (spelling.ts). */
export function genitiveKey(folded: string): string {
  return folded.length > GENITIVE_LENGTH ? spellingKey(folded) : GENITIVE.get(folded) ?? folded;
}

/** What a word can be, as bits: detection reads a word's map entry when a step asks (a bit filter first) and skips the steps that cannot apply. */
export const WORD = {
  FUNCTION: 1, GENERIC: 2, NOT_IN_PERSON_NAME: 4, HEAD_BEFORE: 8, HEAD_AFTER_START: 16, TITLE_START: 32, NOT_AFTER: 64,
  REGION_CUE: 128, LIGHT_VERB: 256, DOCUMENT_AFTER: 512, DOCUMENT_BEFORE: 1024, OF: 2048, KNOWN_START: 4096,
  AMBIGUOUS_START: 8192, LETTER: 16384, COUNTRY_BEFORE: 32768, COUNTRY_AFTER: 65536, GIVEN_NAME: 131072, PLACE_HEAD: 262144, SPEECH_VERB: 524288, PLACE_BEFORE: 1048576, NOT_BEFORE: 2097152,
  INITIAL: 4194304, NAME_AND: 8388608, DISTRICT_BEFORE: 16777216, DISTRICT_AFTER: 33554432,
  LANGUAGE: 67108864, NATION_NOUN: 134217728, FALSE_FRIEND: 268435456, CURRENCY: 536870912, EVERYDAY_NAME: 1073741824,
} as const;

/** Bits at which a detection step can start (at the word, or for `OF` just before it): `LanguageWords.starts` filters them. */
export const STARTS = WORD.DOCUMENT_BEFORE | WORD.KNOWN_START | WORD.AMBIGUOUS_START | WORD.TITLE_START | WORD.LETTER
  | WORD.DOCUMENT_AFTER | WORD.HEAD_AFTER_START | WORD.HEAD_BEFORE | WORD.OF | WORD.GIVEN_NAME | WORD.INITIAL | WORD.DISTRICT_BEFORE | WORD.DISTRICT_AFTER;

/** The tables of one language. */
export interface LanguageWords {
  /** Word key → `WORD` bits (absent: 0). */
  flags: ReadonlyMap<string, number>;
  /** A bit filter of the keys of `flags`: most words of a sentence are none, and skip the map. */
  flagged: WordFilter;
  /** A bit filter of the keys with `STARTS` bits: most words, function words too, start no step. */
  starts: WordFilter;
  headsAfter: Gazetteer;
  titles: Gazetteer;
  /** Titles of an office over a place (فرماندار, استاندار), by their words' keys joined with spaces: the one word after them is the place. */
  placeTitles: ReadonlySet<string>;
  /** Words of a programme (योजना, اسکیم, scheme), by key: a title's words before one name the programme, no person. */
  schemes: ReadonlySet<string>;
}

/** The body a home name names in its language's news, and the body's country. */
export interface HomeBody {
  id: string;
  country: string;
}

/** The home body of a home name's words (keys joined by spaces) written in a language: that language's, else the first listed (an Urdu name read in Arabic text). */
export function homeBodyOf(known: KnownNames, words: string, lang: Lang): HomeBody | undefined {
  const bodies = known.homeNames.get(words);
  return bodies && (bodies.get(lang) ?? bodies.values().next().value);
}

/** Everything detection needs besides the knowledge base. */
export interface KnownNames {
  builtin: Gazetteer;
  /** Ambiguous region names (key → id), found only after a cue word. */
  ambiguous: Gazetteer;
  /** Countries' adjectives and demonyms (demonyms.ts): روسی, ईरानी, Pakistani → the country. */
  adjectives: Gazetteer;
  /** Everyday phrases that hold a place's name and name no place (`EVERYDAY_PHRASES`, all languages in one). */
  everyday: Gazetteer;
  /**
   * Home names (`OrganisationRow.homeNames`) by their words' keys joined with spaces → the body of
   * each language that lists them: Urdu وزارت خارجہ is Pakistan's, Persian وزارت خارجه Iran's (one key).
   */
  homeNames: ReadonlyMap<string, ReadonlyMap<Lang, HomeBody>>;
  /** Ids of the bodies with home names (most hits are none, and skip building the key). */
  homeIds: ReadonlySet<string>;
  /** Short all-capital names (WHO, UN, EU): in Latin text they match only when written in capitals ("Who", "un"). */
  capitalsOnly: ReadonlySet<string>;
  /** Letter names that spell acronyms (folded key → Latin letter). */
  letters: ReadonlyMap<string, string>;
  /** Document, body or place head word (key) → the kind of name it makes (`convention`, `treaty`, `university`, …). */
  headKinds: ReadonlyMap<string, string>;
  /** Latin acronyms that are currency codes (never entities). */
  currencies: ReadonlySet<string>;
  words(lang: Lang): LanguageWords;
}

const ENGLISH_LIKE: Lang = 'en';

/** Languages whose writers join the words of a foreign name, or part them, as they like. */
const FREELY_SPACED: ReadonlySet<Lang | null> = new Set(['ur', 'fa', 'hi']);
const ZWNJ = '\u200c';

/**
 * A built-in name and how else Urdu, Persian and Hindi writers spell it: the words of a name of
 * several words written as one (سوئٹزر لینڈ = سوئٹزرلینڈ, ہانگ کانگ = ہانگ‌کانگ, हांग कांग = हांगकांग;
 * a zero-width non-joiner is no letter) or joined by a hyphen (मध्य-पूर्व, ایشیا-پیسیفک), the parts of a name joined by a non-joiner written
 * apart (هنگ‌کنگ = هنگ کنگ), only names whose parts are two letters or more; and in Persian a
 * word opening on a bare alef before a consonant written with the madda Iranian writers use
 * (CLDR's افریقای جنوبی, امریکای لاتین = آفریقای جنوبی, آمریکای لاتین), words of four letters or more.
 */
function spellingsOf(name: string, lang: Lang | null): string[] {
  if (!FREELY_SPACED.has(lang)) return [name];
  const variants = new Set([name]);
  const parts = name.split(/[ \u200c]/u);
  if (parts.length > 1 && parts.every((p) => p.length >= 2)) {
    variants.add(parts.join(''));
    variants.add(parts.join('-'));
    if (name.includes(ZWNJ)) variants.add(name.replaceAll(ZWNJ, ' '));
  }
  if (lang === 'fa') for (const v of [...variants]) variants.add(v.replace(BARE_ALEF_OPENING, '$1آ'));
  return [...variants];
}

/** A bare alef opening a word of four letters or more, before a consonant (not the vowel carriers و and ی: ایران, اوکراین). */
const BARE_ALEF_OPENING = /(^|[ \u200c])ا(?=[^\sوی\u200c][^\s\u200c]{2})/gu;

let known: KnownNames | null = null;

/** The built-in tables, built on first use. */
export function knownNames(): KnownNames {
  if (known) return known;
  const ambiguousNames = new Set(Object.values(AMBIGUOUS_REGION_NAMES).flatMap((l) => (l ?? []).map((n) => nameWord(n))));
  const builtinEntries: GazetteerEntry[] = [];
  const ambiguousEntries: GazetteerEntry[] = [];
  for (const record of builtinRecords().values()) {
    for (const { name, lang } of entryNames(record)) {
      for (const spelling of spellingsOf(name, lang)) {
        const entry = { id: record.id, type: record.type, name: spelling };
        (ambiguousNames.has(nameWord(spelling)) ? ambiguousEntries : builtinEntries).push(entry);
      }
    }
  }
  const builtin = buildGazetteer(builtinEntries, nameWord);
  const ambiguous = buildGazetteer(ambiguousEntries, nameWord);
  const isName = (form: string): boolean => builtin.lookup(nameKeys(form, nameWord), 0) !== null;
  const adjectives = buildAdjectives(builtinRecords().values(), nameWord, ambiguousNames, isName);
  const letters = new Map(Object.entries(SPELLED_LETTERS).map(([k, v]) => [nameWord(k), v]));
  const byLang = new Map<Lang, LanguageWords>();
  const words = (lang: Lang): LanguageWords => {
    const key: Lang = lang === 'ar' || lang === 'und' ? ENGLISH_LIKE : lang;
    let w = byLang.get(key);
    if (!w) {
      const heads = (list: typeof ORG_HEADS_AFTER, type: 'organisation' | 'place') => (list[key] ?? []).map((name) => ({ id: 'head', type, name }));
      const headsAfter = buildGazetteer([...heads(ORG_HEADS_AFTER, 'organisation'), ...heads(PLACE_NAME_HEADS_AFTER, 'place')], nameWord);
      const titles = buildGazetteer((PERSON_TITLES[key] ?? []).map((name) => ({ id: 'title', type: 'person', name })), nameWord);
      const flags = new Map<string, number>();
      const mark = (list: Iterable<string> | undefined, bit: number, normalise = true): void => {
        for (const word of list ?? []) {
          const k = normalise ? nameWord(word) : word;
          flags.set(k, (flags.get(k) ?? 0) | bit);
        }
      };
      mark(FUNCTION_WORDS[key], WORD.FUNCTION);
      mark(GENERIC_WORDS[key], WORD.GENERIC);
      mark(NOT_IN_PERSON_NAMES[key], WORD.NOT_IN_PERSON_NAME);
      mark(ORG_HEADS_BEFORE[key], WORD.HEAD_BEFORE);
      mark(PLACE_HEADS_BEFORE[key], WORD.HEAD_BEFORE | WORD.PLACE_BEFORE | WORD.GENERIC);
      mark(headsAfter.firstWords(), WORD.HEAD_AFTER_START, false);
      mark(titles.firstWords(), WORD.TITLE_START, false);
      mark(NOT_AFTER[key], WORD.NOT_AFTER);
      mark(NOT_BEFORE[key], WORD.NOT_BEFORE);
      mark(REGION_CUES[key], WORD.REGION_CUE);
      mark(EVERYDAY_NAMES[key], WORD.EVERYDAY_NAME);
      mark(LIGHT_VERBS[key], WORD.LIGHT_VERB);
      mark(DOCUMENT_HEADS_AFTER[key], WORD.DOCUMENT_AFTER);
      mark(DOCUMENT_HEADS_BEFORE[key], WORD.DOCUMENT_BEFORE);
      mark(OF_WORDS[key], WORD.OF);
      mark(builtin.firstWords(), WORD.KNOWN_START, false);
      mark(ambiguous.firstWords(), WORD.AMBIGUOUS_START, false);
      mark(adjectives.firstWords(), WORD.KNOWN_START, false);
      mark(LANGUAGE_WORDS[key], WORD.LANGUAGE);
      mark(NATION_NOUNS[key], WORD.NATION_NOUN);
      mark(FALSE_FRIEND_ADJECTIVES[key], WORD.FALSE_FRIEND);
      mark(CURRENCY_WORDS[key], WORD.CURRENCY);
      mark(letters.keys(), WORD.LETTER, false);
      mark(COUNTRY_BEFORE_LINKS[key], WORD.COUNTRY_BEFORE);
      mark(COUNTRY_AFTER_LINKS[key], WORD.COUNTRY_AFTER);
      mark(GIVEN_NAMES[key], WORD.GIVEN_NAME);
      mark(PLACE_HEADS_AFTER[key], WORD.PLACE_HEAD);
      mark(SPEECH_VERBS[key], WORD.SPEECH_VERB);
      if (key === 'hi') mark(DEVANAGARI_INITIALS, WORD.INITIAL);
      mark(NAME_AND_WORDS[key], WORD.NAME_AND);
      mark(DISTRICT_HEADS_BEFORE[key], WORD.DISTRICT_BEFORE);
      mark(DISTRICT_HEADS_AFTER[key], WORD.DISTRICT_AFTER);
      const flagged = new WordFilter();
      const starts = new WordFilter();
      for (const [k, bits] of flags) {
        flagged.add(k);
        if (bits & STARTS) starts.add(k);
      }
      const placeTitles = new Set((PLACE_TITLES[key] ?? []).map((t) => nameKeys(t, nameWord).join(' ')));
      const schemes = new Set((SCHEME_WORDS[key] ?? []).map(nameWord));
      byLang.set(key, (w = { flags, flagged, starts, headsAfter, titles, placeTitles, schemes }));
    }
    return w;
  };
  let currencies: string[] = [];
  try {
    currencies = Intl.supportedValuesOf('currency');
  } catch {
    currencies = [];
  }
  const home = homeNames();
  known = {
    homeNames: homeNameTable(home),
    homeIds: new Set(home.map((h) => h.id)),
    capitalsOnly: new Set(builtinEntries.filter((e) => /^[A-Z]{2,3}$/.test(e.name)).map((e) => nameWord(e.name))),
    builtin,
    ambiguous,
    adjectives,
    everyday: buildGazetteer(Object.values(EVERYDAY_PHRASES).flatMap((list) => (list ?? []).map((name) => ({ id: 'everyday', type: 'other' as const, name }))), nameWord),
    letters,
    currencies: new Set(currencies),
    headKinds: new Map([DOCUMENT_KINDS, BODY_KINDS].flatMap((kinds) => Object.entries(kinds).flatMap(([kind, heads]) => heads.map((h) => [nameWord(h), kind] as [string, string])))),
    words,
  };
  return known;
}

/** Home names by their words' keys, then by language (see `KnownNames.homeNames`). */
function homeNameTable(home: ReturnType<typeof homeNames>): Map<string, Map<Lang, HomeBody>> {
  const table = new Map<string, Map<Lang, HomeBody>>();
  for (const h of home) {
    const words = nameKeys(h.name, nameWord).join(' ');
    let bodies = table.get(words);
    if (!bodies) table.set(words, (bodies = new Map()));
    if (!bodies.has(h.lang)) bodies.set(h.lang, { id: h.id, country: h.country });
  }
  return table;
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
