/**
 * What a statement is about, beyond its claim key: the countries its sentence names (a city
 * counts as its country) and the events it names (an earthquake, floods, an attack); a sentence
 * naming none is about its document's (see `aboutOf`), as a folder holds many stories. Two
 * statements of one claim whose sentences both name countries, none in common, or both name
 * events, none in common, are different facts, not a conflict: "Pakistan's economy grew 3%" and
 * "India's economy grew 7%"; "the earthquake killed 50" and "the floods killed 200". Only
 * built-in places count (countries, major cities): a name Concord cannot place says nothing, and
 * organisations (who reports a figure) never separate two statements.
 */
import { countryOfMention } from '../lexicon/entities';
import { sameTime } from './compare';
import { CHANGE_OR_LEVEL } from '../lexicon/claimWords';
import type { Claim, DocumentFacts, Figure } from '../types';

type Facts = Pick<DocumentFacts, 'entities' | 'sentences' | 'figures' | 'claims'>;

/** What one statement is about. */
export interface About {
  places: ReadonlySet<string>;
  events: readonly string[];
  /** For a bare change or level ("rose 2 percent", "reached $82"): its document's other facts (see `isBare`); else null. */
  story?: { facts: ReadonlySet<string>; own: string; value: string } | null;
  /** The day its document's lead dates the story (see `storyDate`), or null. */
  dated?: string | null;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The countries named in the sentence holding a figure (empty when it names none Concord can
 * place). Found again on each call (a binary search into the mentions, which are in text order):
 * a cache kept with every document's facts would weigh more than the search costs.
 */
export function placesOf(facts: Facts, figure: Pick<Figure, 'start'>): ReadonlySet<string> {
  const { entities, sentences } = facts;
  if (entities.length === 0) return NONE;
  const i = sentences.indexAt(figure.start);
  const [from, to] = i >= 0 ? [sentences.start(i), sentences.end(i)] : [figure.start, figure.start];
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  let places: Set<string> | null = null;
  for (let k = lo; k < entities.length && entities[k].start < to; k++) {
    const m = entities[k];
    const country = countryOfMention(m);
    if (country !== null) (places ??= new Set()).add(country);
  }
  return places ?? NONE;
}

/** The countries a document names anywhere, by its mentions (kept while the facts live). */
const storyPlaces = new WeakMap<Facts['entities'], ReadonlySet<string>>();

/** The countries named anywhere in a document (empty when it names none Concord can place). */
export function documentPlaces(facts: Facts): ReadonlySet<string> {
  let places = storyPlaces.get(facts.entities);
  if (places) return places;
  const found = new Set<string>();
  for (const m of facts.entities) {
    const country = countryOfMention(m);
    if (country !== null) found.add(country);
  }
  storyPlaces.set(facts.entities, (places = found.size > 0 ? found : NONE));
  return places;
}

/**
 * Whether a claim is a bare change or level: no counted thing, a predicate that says only that it
 * changed or stood at a level (`CHANGE_OR_LEVEL`). With a bare percentage or amount ("rose 2
 * percent", "reached $82", "2.2 فیصد اضافہ") the claim key does not say what changed: prices, a
 * ratio, a share index. Such statements of two documents that both state other facts are compared
 * only when the documents share one of them (another telling figure, or another claim): the same
 * story told twice shares its facts, two stories of a fortnight rarely do. A document stating
 * nothing else gives no such evidence, and is compared.
 */
function isBare(claim: Pick<Claim, 'concept' | 'predicate'>): boolean {
  return CHANGE_OR_LEVEL.has(claim.predicate) && (claim.concept === '%' || claim.concept === 'pp' || claim.concept.startsWith('money:') || claim.concept.startsWith('unit:'));
}

/** Figures below this, when whole, are too common to tell two stories apart (2 dead, 3 rounds). */
const TELLING_FROM = 10;

/** A document's facts that can tell its story from another's (kept while the facts live). */
const storyFacts = new WeakMap<Facts['figures'], ReadonlySet<string>>();

/** A document's telling figure values (not times, ordinals or small whole numbers) and its claim keys. */
function storyOf(facts: Facts): ReadonlySet<string> {
  let kept = storyFacts.get(facts.figures);
  if (kept) return kept;
  const found = new Set<string>();
  for (const f of facts.figures) {
    if (typeof f.value !== 'number' || f.kind === 'year' || f.kind === 'date' || f.kind === 'ordinal') continue;
    if (!Number.isInteger(f.value) || Math.abs(f.value) >= TELLING_FROM) found.add(String(f.value));
  }
  for (const c of facts.claims) found.add(c.key);
  storyFacts.set(facts.figures, (kept = found));
  return kept;
}

/** Sentences of a document's lead: the headline, the dateline's sentence and the one after. */
const LEAD_SENTENCES = 3;

/** Each document's story date (kept while the facts live). */
const storyDates = new WeakMap<Facts['figures'], string | null>();

/**
 * The day a document's lead dates its story ("GUWAHATI, June 5", "اسلام آباد، 13 جولائی"): its
 * first date with a day in the first sentences, or null. Two documents dated on different days are
 * two stories, or one story on two days (a toll on 5 June and one on 12 June are different facts);
 * a translation that drops the dateline says nothing.
 */
function storyDate(facts: Facts): string | null {
  let kept = storyDates.get(facts.figures);
  if (kept !== undefined) return kept;
  kept = null;
  const end = facts.sentences.length > LEAD_SENTENCES ? facts.sentences.end(LEAD_SENTENCES - 1) : Infinity;
  for (const f of facts.figures) {
    if (f.start >= end) break;
    // A lunar Hijri day (1446-09-15[u-ca=islamic]) dates no story against another calendar's.
    if (f.kind === 'date' && typeof f.value === 'string' && /-\d{2}-\d{2}/.test(f.value) && !f.value.includes('[')) {
      kept = f.value;
      break;
    }
  }
  storyDates.set(facts.figures, kept);
  return kept;
}

/**
 * What a claim stated by a figure is about: the countries its sentence names or, when it names
 * none, those its document names (a story names its place in the dateline or the lead, not in
 * every sentence), its events (the sentence's, else the document's: see `Claim.events`), and for
 * a bare change or level its document's other facts.
 */
export function aboutOf(facts: Facts, claim: Pick<Claim, 'events' | 'concept' | 'predicate' | 'key'>, figure: Pick<Figure, 'start' | 'value'>): About {
  const places = placesOf(facts, figure);
  const story = isBare(claim) ? { facts: storyOf(facts), own: claim.key, value: String(figure.value) } : null;
  return { places: places.size > 0 ? places : documentPlaces(facts), events: claim.events, story, dated: storyDate(facts) };
}

/** The union of what several statements are about (one file stating a figure in several sentences). */
export function aboutAll(all: readonly About[]): About {
  if (all.length === 1) return all[0];
  return { places: new Set(all.flatMap((a) => [...a.places])), events: [...new Set(all.flatMap((a) => a.events))], story: all[0].story, dated: all[0].dated };
}

/**
 * Whether two statements are about different things: both name countries, none in common, or both
 * name events, none in common, or their documents' leads date them on different days (see
 * `storyDate`), or they are bare changes of documents that both state other facts and share none
 * of them (see `isBare`).
 */
export function differentFacts(a: About, b: About): boolean {
  if (a.dated && b.dated && !sameTime({ time: a.dated }, { time: b.dated })) return true;
  return disjoint([...a.places], b.places) || disjoint(a.events, new Set(b.events)) || (!!a.story && !!b.story && otherStories(a.story, b.story));
}

/** Whether two documents' other facts (besides the statements compared) are both stated and share nothing. */
function otherStories(a: NonNullable<About['story']>, b: NonNullable<About['story']>): boolean {
  const other = (s: NonNullable<About['story']>, x: string) => x !== s.own && x !== s.value;
  let stated = false;
  for (const x of b.facts) if (other(b, x)) stated = true;
  if (!stated) return false;
  stated = false;
  for (const x of a.facts) {
    if (!other(a, x)) continue;
    if (b.facts.has(x)) return false;
    stated = true;
  }
  return stated;
}

/** Whether both sides name something and nothing in common. */
function disjoint(a: readonly string[], b: ReadonlySet<string>): boolean {
  if (a.length === 0 || b.size === 0) return false;
  return !a.some((x) => b.has(x));
}

/** A short text of what a statement is about, for signatures. */
export function aboutKey(about: About): string {
  return `${[...about.places].join(',')}/${about.events.join(',')}/${about.dated ?? ''}${about.story ? `/${[...about.story.facts].join(',')}` : ''}`;
}
