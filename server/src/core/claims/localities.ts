/**
 * The places below a country a document names (provinces, states, cities), for telling two stories
 * of one kind in one country apart (see about.ts `differentFacts`), with the places named only where
 * a dateline stands kept apart: a dateline says where the reporter filed from, and outlets file one
 * story from different cities (Islamabad and New Delhi for one Hajj quota).
 */
import { countryOfMention, localitiesOfMention } from '../lexicon/entities';
import type { DocumentFacts, EntityMention, Figure } from '../types';

type Facts = Pick<DocumentFacts, 'entities' | 'paragraphs' | 'figures'>;
type ClauseFacts = Pick<DocumentFacts, 'entities' | 'sentences' | 'figures'>;

/** A document's localities: all it names, those it names past a dateline (`core`), the cities and towns it names inside its paragraphs (`towns`), and the countries of its datelines' places. */
export interface Localities {
  all: ReadonlySet<string>;
  core: ReadonlySet<string>;
  towns: ReadonlySet<string>;
  filedIn: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/** Each document's localities (kept while the facts live). */
const storyLocalities = new WeakMap<Facts['entities'], Localities>();

/**
 * The places below a country named anywhere in a document: provinces, states and cities, a city
 * with its province (see `localitiesOfMention`). A story names its province or city in the
 * dateline or the lead and its translations name the same, in their own script (the mentions are
 * linked to one id); two stories of one kind in one country (floods in Sindh and in Khyber
 * Pakhtunkhwa) name different ones. Taken from the whole document, not the sentence: a
 * translation's sentence may name the city where another names its district. A place opening a
 * paragraph is a dateline ("ISLAMABAD (Dawn) —", "نئی دہلی:"): the places of the
 * rest are the `core` (in the first paragraph, only a place a date follows: "DUBAI, July 6"). A dateline abroad is left out (also an undated one in capitals, "DUBAI:"): one in a country the document does not name
 * while it names others ("DUBAI" on a story naming Iran); a place named in the story is kept, as
 * the home country of an outlet often goes unnamed (an IRNA story of Chabahar names no Iran).
 */
export function documentLocalities(facts: Facts): Localities {
  let found = storyLocalities.get(facts.entities);
  if (found) return found;
  const countries = new Set<string>();
  for (const m of facts.entities) if (m.id?.startsWith('region:')) countries.add(countryOfMention(m)!);
  const [all, core, towns, filedIn] = [new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>()];
  for (const m of facts.entities) {
    const country = countryOfMention(m);
    const p = facts.paragraphs.indexAt(m.start);
    const opensParagraph = p >= 0 && facts.paragraphs.start(p) === m.start;
    const dateline = opensParagraph && (p > 0 || dateAfter(facts.figures, m.end));
    // A dateline abroad, or a place in capitals opening the document abroad (an undated wire dateline, DUBAI:), is left out.
    if ((dateline || (opensParagraph && CAPITALS.test(m.text))) && country !== null && countries.size > 0 && !countries.has(country)) continue;
    if (dateline && country !== null) filedIn.add(country);
    for (const id of localitiesOfMention(m)) {
      all.add(id);
      if (!dateline) core.add(id);
      // Not a place opening a paragraph: most often a dateline without a date (LAHORE:, پشاور:), the desk a translation may file from.
      if (!opensParagraph && id.startsWith('city:')) towns.add(id);
    }
  }
  const some = (set: Set<string>) => (set.size > 0 ? set : NONE);
  storyLocalities.set(facts.entities, (found = { all: some(all), core: some(core), towns: some(towns), filedIn: some(filedIn) }));
  return found;
}

/**
 * Whether two documents name other places below a country: all their places are both named and
 * none in common, and, when both are filed from datelines in different countries (two outlets'
 * desks: ISLAMABAD and NEW DELHI on a story of Saudi quotas), so are their places past the datelines.
 */
export function otherLocalities(a: Localities | undefined, b: Localities | undefined): boolean {
  if (!a || !b) return false;
  if (!disjointSets(a.all, b.all)) return otherTowns(a, b);
  return disjointSets(a.filedIn, b.filedIn) ? disjointSets(a.core, b.core) : true;
}

/**
 * Whether two documents tell of other towns: each names a city or town the other never names (not
 * one opening a paragraph, most often a dateline: two desks may file one story).
 * Two reports from one desk (LAHORE:) of one kind of event, a bus overturned near Kasur and a van
 * near Attock, share their dateline city and their province, yet tell of two accidents; a
 * translation names the towns its original names, or fewer of them.
 */
function otherTowns(a: Localities, b: Localities): boolean {
  return hasOwn(a.towns, b.all) && hasOwn(b.towns, a.all);
}

/** Whether `a` holds something `b` does not. */
export function hasOwn(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (!b.has(x)) return true;
  return false;
}

/** A place written in capital letters, as wire copy writes its dateline ("DUBAI:", "NEW DELHI —"), dated or not. */
const CAPITALS = /^[A-Z][A-Z .'’-]*[A-Z]$/;

/** Most UTF-16 units between a dateline's place and its date ("DUBAI, July 6", "تہران، 6 جولائی"). */
const DATE_GAP = 3;

/** Whether a date figure starts just after offset `at` (figures are in text order). */
function dateAfter(figures: Facts['figures'], at: number): boolean {
  for (const f of figures) {
    if (f.start > at + DATE_GAP) return false;
    if (f.start >= at && f.kind === 'date') return true;
  }
  return false;
}

/** Whether two sets are both stated (non-empty) and share nothing. */
export function disjointSets(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (!a || !b || a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

/** Index of the first span (a mention, a figure) starting at or after `at` (spans in text order; a binary search). */
export function firstStartingFrom(spans: readonly { start: number }[], at: number): number {
  let [lo, hi] = [0, spans.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The one place a figure's own clause names before it, from its sentence's start or the figure
 * before it there: "Bihar reported 22 deaths, Uttar Pradesh 17", "بنگلہ دیش کے 1 لاکھ 27 ہزار 198",
 * "پاکستان با ۱۷۹ هزار نفر". A country as its id (`region:BD`), a province or city as its places
 * (see `localitiesOfMention`); null when the clause names none or several (a total of several states).
 */
export function clausePlace(facts: ClauseFacts, figure: Pick<Figure, 'start'>): readonly string[] | null {
  const { entities, sentences, figures } = facts;
  const i = sentences.indexAt(figure.start);
  if (entities.length === 0 || i < 0) return null;
  let from = sentences.start(i);
  // The end of the figure before this one in its sentence.
  const before = firstStartingFrom(figures, figure.start) - 1;
  if (before >= 0 && figures[before].end <= figure.start) from = Math.max(from, figures[before].end);
  let found: EntityMention | null = null;
  for (let k = firstStartingFrom(entities, from); k < entities.length && entities[k].end <= figure.start; k++) {
    const m = entities[k];
    if (countryOfMention(m) === null) continue;
    if (found && found.id !== m.id) return null;
    found = m;
  }
  if (!found) return null;
  return found.id!.startsWith('region:') ? [found.id!] : localitiesOfMention(found);
}

/** Whether two clauses name other places of one level: two countries, or two places below a country neither of which holds the other (Lahore and Multan, not Lahore and Punjab). */
export function otherPlaces(a: readonly string[] | null | undefined, b: readonly string[] | null | undefined): boolean {
  if (!a || !b || a.length === 0 || b.length === 0 || a[0].startsWith('region:') !== b[0].startsWith('region:')) return false;
  return !a.includes(b[0]) && !b.includes(a[0]);
}
