/**
 * Where a statement is about: the countries its sentence names (a city counts as its country).
 * Two statements of one claim whose sentences name countries, none in common, are different facts
 * ("Pakistan's economy grew 3%" and "India's economy grew 7%"; an earthquake in Turkey and floods in
 * Bangladesh), not a conflict. Only built-in places count (countries, major cities): a name Concord
 * cannot place says nothing, and organisations (who reports a figure) never separate two statements.
 */
import { countryOfPlace } from '../lexicon/entities';
import type { DocumentFacts, Figure } from '../types';

type Facts = Pick<DocumentFacts, 'entities' | 'sentences'>;

const NONE: ReadonlySet<string> = new Set();

/** Countries by sentence index, per facts (facts are immutable). */
const bySentence = new WeakMap<Facts, Map<number, ReadonlySet<string>>>();

/** The countries named in the sentence holding a figure (empty when it names none Concord can place). */
export function placesOf(facts: Facts, figure: Pick<Figure, 'start'>): ReadonlySet<string> {
  let places = bySentence.get(facts);
  if (!places) {
    places = new Map();
    for (const m of facts.entities) {
      const country = m.type === 'place' && m.id !== null ? countryOfPlace(m.id) : null;
      if (country === null) continue;
      const i = facts.sentences.indexAt(m.start);
      const set = places.get(i) as Set<string> | undefined;
      if (set) set.add(country);
      else places.set(i, new Set([country]));
    }
    bySentence.set(facts, places);
  }
  return places.size === 0 ? NONE : (places.get(facts.sentences.indexAt(figure.start)) ?? NONE);
}

/** Whether two sets of places name different countries only (both name some, none in common). */
export function differentPlaces(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}
