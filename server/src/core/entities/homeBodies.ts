/**
 * A bare home name (Urdu الیکشن کمیشن, Hindi संसद, Persian بانک مرکزی) names the body of its
 * language's home country (lexicon/entities/nationalBodies.ts `homeNames`): one spelling may be
 * two languages' (Urdu وزارت خارجہ is Pakistan's foreign ministry, Persian وزارت خارجه Iran's).
 * In a document about another country — its places name that country most, at least three times,
 * and never the body's own — the same words name that country's body: the one whose names contain
 * them (an Urdu report on a Maharashtra election: الیکشن کمیشن is بھارتی الیکشن کمیشن, India's),
 * else a body of that country known to no table, linked only to the same words about the same
 * country (چناؤ آیوگ of Sri Lanka is not Nepal's). A document about another country that names
 * fewer of its places but names that country's body in full means it by the bare words its name
 * contains: a Hindi report from Karachi naming स्टेट बैंक ऑफ पाकिस्तान means Pakistan's central bank
 * by स्टेट बैंक, not India's SBI.
 */
import { NATIONAL_BODIES } from '../lexicon/entities/nationalBodies';
import { countryOfMention, leadingCountry } from '../lexicon/entities';
import type { EntityMention } from '../types';
import { nameKeys } from './gazetteer';
import { homeBodyOf, knownNames, nameWord } from './knownNames';

/** Relinks, in place, the home names of a document about another country (see the file comment). */
export function resolveHomeBodies(mentions: EntityMention[]): void {
  const known = knownNames();
  let counts: Map<string, number> | undefined;
  let leader: string | null = null;
  let named: ReadonlySet<string> | undefined;
  for (const m of mentions) {
    if (m.id === null || m.source !== 'builtin' || !known.homeIds.has(m.id)) continue;
    const words = nameKeys(m.text, nameWord).join(' ');
    const body = homeBodyOf(known, words, m.lang);
    if (body === undefined) continue; // a full name (الیکشن کمیشن آف پاکستان) names its body anywhere
    m.id = body.id;
    const home = body.country;
    if (!counts) {
      counts = new Map<string, number>();
      for (const other of mentions) {
        const country = countryOfMention(other);
        if (country !== null) counts.set(country, (counts.get(country) ?? 0) + 1);
      }
      leader = leadingCountry(counts);
    }
    if (leader === null || leader === home || counts.has(home)) continue;
    if (counts.get(leader)! >= ABROAD_MENTIONS) {
      m.id = bodyNamed(words, leader);
      if (m.id === null) m.key = homeKey(m.key, leader);
    } else m.id = bodyNamedIn(words, leader, (named ??= fullNamed(mentions, known.homeNames))) ?? m.id;
  }
}

/** The exact linking key of a home name's words (their phonetic key, spaced) naming the body of another country known to no table: `#VZRT-KRJ@region:LK`. */
export function homeKey(spacedKey: string, country: string): string {
  return `#${spacedKey.replaceAll(' ', '-')}@region:${country}`;
}

/** Fewest mentions of another country that make a document about it: home news names foreign places in passing (ایالات متحده once in a Tehran inflation report). */
const ABROAD_MENTIONS = 3;

const siblings = new Map<string, string | null>();

/** The one body of a country with a name containing the given words (keys joined by spaces), else null. */
function bodyNamed(words: string, country: string): string | null {
  const key = `${country} ${words}`;
  let id = siblings.get(key);
  if (id === undefined) {
    const found = NATIONAL_BODIES.filter((row) => row.country === country && Object.values(row.names).some((names) => names.some((name) => containsWords(name, words))));
    id = found.length === 1 ? `org:${found[0].id}` : null;
    siblings.set(key, id);
  }
  return id;
}

/** The one body of a country among a document's linked ids with a name containing the given words (keys joined by spaces), else null. */
function bodyNamedIn(words: string, country: string, ids: ReadonlySet<string>): string | null {
  let found: string | null = null;
  for (const row of NATIONAL_BODIES) {
    const id = `org:${row.id}`;
    if (row.country !== country || !ids.has(id) || !Object.values(row.names).some((names) => names.some((name) => containsWords(name, words)))) continue;
    if (found !== null && found !== id) return null;
    found = id;
  }
  return found;
}

/** Whether a name's keys contain the given words (keys joined by spaces) as whole words. */
const containsWords = (name: string, words: string): boolean => ` ${nameKeys(name, nameWord).join(' ')} `.includes(` ${words} `);

/** The ids of the bodies a document names by a full name, not by bare home words. */
function fullNamed(mentions: readonly EntityMention[], homeNames: ReadonlyMap<string, unknown>): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const m of mentions) if (m.id !== null && m.source === 'builtin' && m.id.startsWith('org:') && !homeNames.has(nameKeys(m.text, nameWord).join(' '))) ids.add(m.id);
  return ids;
}
