/**
 * Country adjectives and demonyms as mentions of the country (روسی, ईरानी, Pakistani, Chinese), and
 * a continent's or region's as a mention of it (Asian, یورپی, آفریقایی, यूरोपीय):
 * made from each country's names by its language's regular endings (Urdu and Persian ـی, Urdu ـائی
 * and Persian ـایی after alef, Hindi ी and ाई, English -an, -ian, -i, -ese, with their plurals), plus
 * the irregular ones of lexicon/entities/adjectives.ts. Detection marks such a mention `adjective`.
 * A word that is also an everyday word (چینی "sugar") is the adjective only beside a noun of people
 * or state; one beside the word "language" is the language, no mention.
 */
import { IRREGULAR_ADJECTIVES, NOT_ADJECTIVES } from '../lexicon/entities/adjectives';
import { foldWord } from '../text/fold';
import { figureLexicon } from '../lexicon/figureLexicon';
import { scaleWordValue } from '../figures/numberGrammar';
import type { Lang } from '../types';
import type { EntitySentence } from './detect';
import { buildGazetteer, type Gazetteer, type GazetteerEntry, type GazetteerHit } from './gazetteer';
import type { EntityRecord } from './model';

/** Regular adjectives and plurals of a country's name (its last word changes) in a language. */
function regularForms(name: string, lang: Lang): string[] {
  const words = name.split(' ');
  const last = foldWord(words.pop() ?? '');
  const head = words.length > 0 ? `${words.join(' ')} ` : '';
  return endingsOf(last, lang).map((form) => head + form);
}

/** The regular endings of one word (folded: Urdu ہ is ه). */
function endingsOf(word: string, lang: Lang): string[] {
  if (word.length < 3) return [];
  const end = word[word.length - 1];
  const stem = word.slice(0, -1);
  switch (lang) {
    case 'ur':
      if (end === 'ی') return [];
      if (end === 'ا') return [`${word}ئی`, `${word}ئیوں`];
      return end === 'ه' ? [`${stem}ی`, `${stem}یوں`] : [`${word}ی`, `${word}یوں`];
    case 'fa': {
      if (end === 'ی') return [];
      const adjective = end === 'ا' ? `${word}یی` : end === 'ه' ? `${stem}ی` : `${word}ی`;
      return [adjective, `${adjective}ها`, `${adjective}ان`];
    }
    case 'hi':
      if (end === 'ा') return [`${word}ई`, `${stem}ी`, `${stem}ियों`];
      return /[\u093e-\u094c\u0904-\u0914]$/u.test(word) ? [] : [`${word}ी`, `${word}ियों`];
    case 'en':
      if (!/^[a-z]+$/u.test(word)) return [];
      if (end === 'a') return [`${word}n`, `${word}ns`];
      if (end === 'y') return [`${stem}ian`, `${stem}ians`];
      return /[aeiou]$/u.test(word) ? [] : [`${word}ian`, `${word}ians`, `${word}i`, `${word}is`, `${word}ese`];
    default:
      return [];
  }
}

const LANGS: readonly Lang[] = ['en', 'ur', 'fa', 'hi'];

/**
 * The gazetteer of countries' adjectives: irregular ones first, then the regular forms of every
 * name of a country (`region:XX`) but names that are everyday words (`ambiguous`, looked up by
 * `key`), forms `NOT_ADJECTIVES` lists, and forms that are themselves a place's name (`isName`).
 */
export function buildAdjectives(records: Iterable<EntityRecord>, key: (word: string) => string, ambiguous: ReadonlySet<string>, isName: (form: string) => boolean): Gazetteer {
  const entries: GazetteerEntry[] = [];
  for (const [code, byLang] of Object.entries(IRREGULAR_ADJECTIVES)) {
    for (const list of Object.values(byLang)) for (const name of list ?? []) entries.push({ id: `region:${code}`, type: 'place', name });
  }
  const never = new Set(Object.values(NOT_ADJECTIVES).flatMap((l) => (l ?? []).map(key)));
  for (const record of records) {
    // Countries, and the continents and regions of the world (Asian, یورپی, अफ्रीकी): areas, no country's.
    if (!/^region:([A-Z]{2}|\d{3})$/.test(record.id)) continue;
    for (const lang of LANGS) {
      for (const name of record.names[lang] ?? []) {
        if (/[^\p{L}\p{M} ]/u.test(name) || ambiguous.has(key(name))) continue;
        for (const form of regularForms(lang === 'en' ? name.toLowerCase() : name, lang)) {
          if (!never.has(key(form)) && !isName(form)) entries.push({ id: record.id, type: 'place', name: form });
        }
      }
    }
  }
  return buildGazetteer(entries, key);
}

/** Word bits the adjective check reads (see knownNames.ts `WORD`). */
export interface AdjectiveBits {
  currency: number;
  nationNoun: number;
  falseFriend: number;
}

/** The country adjective at `i` if it may be one here: not beside a currency word (امریکی ڈالر names the dollar) nor a currency after an amount (۷۰ افغانی), and an everyday homograph only beside a noun of people or state (the word "language" beside it is read in detect.ts). */
export function adjectiveAt(s: EntitySentence, i: number, adjectives: Gazetteer, bits: AdjectiveBits): GazetteerHit | null {
  const hit = adjectives.lookup(s.keys, i);
  if (!hit) return null;
  const after = i + hit.count;
  if ((s.flags(i - 1) | s.flags(after)) & bits.currency) return null;
  if (currencyOfAmount(s, i)) return null;
  if (hit.count === 1 && s.flags(i) & bits.falseFriend && !((s.flags(i - 1) | s.flags(after)) & bits.nationNoun)) return null;
  return hit;
}

/** Whether the word at `i` is the currency of an amount before it: ۴۵ ملیون افغانی, ۷۰ افغانی name the afghani, not Afghanistan. */
function currencyOfAmount(s: EntitySentence, i: number): boolean {
  const before = s.tokens[i - 1];
  if (!before || (before.kind !== 'number' && scaleWordValue(before.text, s.lang) === null)) return false;
  return figureLexicon(s.lang).currencies.match(s.tokens.slice(i, i + 3).map((t) => t.text), 0) !== null;
}

/** The country whose adjective the word at `k` is (چینی وزارت خارجہ, चीनी विदेश मंत्रालय: China's), as a place hit, else null. */
export function countryAdjective(s: EntitySentence, k: number, adjectives: Gazetteer): GazetteerHit | null {
  const word = s.keys[k];
  if (!word || s.tokens[k].latin) return null;
  const hit = adjectives.lookup([word], 0);
  return hit?.count === 1 ? hit : null;
}
