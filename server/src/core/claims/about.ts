/**
 * What a statement is about, beyond its claim key: the countries its sentence names (a city
 * counts as its country) and the events it names (an earthquake, floods, an attack); a sentence
 * naming none is about its document's (see `aboutOf`), as a folder holds many stories. Two
 * statements of one claim whose sentences both name countries, none in common, or both name
 * events, none in common, are different facts, not a conflict: "Pakistan's economy grew 3%" and
 * "India's economy grew 7%"; "the earthquake killed 50" and "the floods killed 200". Their
 * documents tell more: the places below a country they name, the years of their leads, the scope
 * of their occasions and their other figures (see `differentFacts`). Only built-in places count
 * (countries, provinces, major cities): a name Concord cannot place says nothing. Organisations
 * and persons separate two statements only as what their clauses tell a figure of (claims/subjects.ts).
 */
import { countryOfBody, countryOfMention } from '../lexicon/entities';
import { clausePlace, disjointSets, documentLocalities, firstStartingFrom, hasOwn, otherLocalities, otherPlaces, type Localities } from './localities';
import { otherEvents, sameDay, SCOPE, WORLD } from './compare';
import { contentHash } from '../text/hash';
import { differentSubjects } from './subjects';
import { CHANGE_OR_LEVEL } from '../lexicon/claimWords';
import type { Claim, DocumentFacts, Figure } from '../types';

type Facts = Pick<DocumentFacts, 'entities' | 'sentences' | 'paragraphs' | 'figures' | 'claims' | 'lang' | 'lead'>;

/** What one statement is about. */
export interface About {
  places: ReadonlySet<string>;
  events: readonly string[];
  /** Its document's facts (see `storyOf`), the claim key, the value stated and whether the claim is a bare change or level (see `isBare`). */
  story?: Story | null;
  /** The day its document's lead dates the story (see `storyDate`), or null. */
  dated?: string | null;
  /** Whether its document's days without a year may be one off (see `LOOSE_DAYS`). */
  looseDays?: boolean;
  /** The places below a country its document names (see `documentLocalities`). */
  localities?: Localities;
  /** The years its document's lead names, calendar and fiscal apart (see `leadYears`). */
  years?: LeadYears;
  /** The scopes of the occasions its document names (national, state: see `documentScopes`). */
  scopes?: ReadonlySet<string>;
  /** Who its clause tells the figure of (see claims/subjects.ts), or null. */
  subject?: string | null;
  /** The one place its own clause names (see `clausePlace`), or null. */
  spot?: readonly string[] | null;
  /** Of a statement of a match (`MATCH_SPORTS`): the countries its document names, its teams among them. */
  teams?: ReadonlySet<string>;
  /** The weekday its document's lead names (claims/weekdays.ts), or null. */
  weekday?: number | null;
}

/**
 * Sports whose reports tell one match between two sides: two reports that each name a country the
 * other never names (Pakistan against New Zealand, Pakistan against South Africa) tell two matches,
 * whatever their figures; a translation names the teams its original names.
 */
const MATCH_SPORTS: ReadonlySet<string> = new Set(['cricket', 'football', 'hockey', 'volleyball']);

/** A statement's document's facts, for telling its story from another's. */
interface Story {
  facts: StoryFacts;
  own: string;
  value: string;
  bare: boolean;
}

/** A document's telling values and statements (`key=value`), and its claim keys (see `storyOf`). */
interface StoryFacts {
  /** Sorted (see `hasSorted`): a set of them weighs three times a list, and every document keeps one. */
  told: readonly string[];
  /** Claim key → the values the document states of it (none when not numbers). */
  keys: ReadonlyMap<string, readonly number[]>;
  /** A hash of both, for signatures (see `aboutKey`). */
  signature: string;
}

/** Years a lead names: calendar years (of years and dates) and fiscal years ("2024-25"). */
interface LeadYears { calendar: ReadonlySet<string>; fiscal: ReadonlySet<string> }

/** No places; and those of a figure told of the whole world ("worldwide"), none of a country's. */
const [NONE, WORLD_PLACES]: ReadonlySet<string>[] = [new Set(), new Set([WORLD])];

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
  let places: Set<string> | null = null;
  for (let k = firstStartingFrom(entities, from); k < entities.length && entities[k].start < to; k++) {
    const m = entities[k];
    const country = countryOfMention(m);
    if (country !== null) (places ??= new Set()).add(country);
  }
  return places ?? NONE;
}

/** The countries a document names anywhere, by its mentions (kept while the facts live). */
const storyPlaces = new WeakMap<Facts['entities'], ReadonlySet<string>>();

/** The countries named anywhere in a document, also as the country of a national body it names (PML-N: Pakistan), empty when none. */
export function documentPlaces(facts: Facts): ReadonlySet<string> {
  let places = storyPlaces.get(facts.entities);
  if (places) return places;
  const found = new Set<string>();
  for (const m of facts.entities) {
    const country = countryOfMention(m) ?? countryOfBody(m);
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

/** Whether a claim key (`concept|predicate`) is of a bare claim (see `isBare`). */
function isBareKey(key: string): boolean {
  const bar = key.lastIndexOf('|');
  return isBare({ concept: key.slice(0, bar), predicate: key.slice(bar + 1) });
}

/** Figures below this, when whole, are too common to tell two stories apart (2 dead, 3 rounds). */
const TELLING_FROM = 10;

/** A document's facts that can tell its story from another's (kept while the facts live). */
const storyFacts = new WeakMap<Facts['figures'], StoryFacts>();

/** A hash of a document's story facts (see `storyOf`): when it changes, the document may tell another story than before. */
export const storySignature = (facts: Facts): string => storyOf(facts).signature;

/** Between a claim key and its value in a story's statements. */
const STATES = '=';

/**
 * A document's facts that can tell its story from another's: its telling figure values (not times,
 * ordinals or small whole numbers), its statements (`key=value`, small values too) and its claim
 * keys. The same story told twice shares a value or a statement besides the figure told
 * differently; two stories of one kind in one country (two earthquakes, two elections, two loans)
 * state the same claims with other values and share none (see `otherStories`).
 */
function storyOf(facts: Facts): StoryFacts {
  let kept = storyFacts.get(facts.figures);
  if (kept) return kept;
  const told = new Set<string>();
  const keys = new Map<string, number[]>();
  for (const f of facts.figures) {
    if (typeof f.value !== 'number' || f.kind === 'year' || f.kind === 'date' || f.kind === 'ordinal') continue;
    if (!Number.isInteger(f.value) || Math.abs(f.value) >= TELLING_FROM) told.add(String(f.value));
  }
  for (const c of facts.claims) {
    const value = facts.figures[c.figure].value;
    const values = keys.get(c.key) ?? [];
    keys.set(c.key, values);
    if (typeof value !== 'number') continue;
    told.add([c.key, value].join(STATES)); // one flat string: a template keeps a tree of three, per statement of every document
    values.push(value);
  }
  const signature = contentHash([...told, ...keys.keys()].join(','));
  // Lists of their own length: a list grown by pushing one value keeps room for sixteen.
  for (const [key, values] of keys) keys.set(key, values.slice());
  storyFacts.set(facts.figures, (kept = { told: [...told].sort(), keys, signature }));
  return kept;
}

/**
 * The day a document's lead dates its story (see claims/lead.ts `readLead`), or null. Two documents
 * dated on different days are two stories, or one story on two days (a toll on 5 June and one on
 * 12 June are different facts); a translation that drops the dateline says nothing.
 */
const storyDate = (facts: Facts): string | null => facts.lead?.dated ?? null;

/** Each document's lead years (kept while the facts live). */
const storyYears = new WeakMap<Facts['figures'], LeadYears>();

/**
 * The years a document's lead names (see claims/lead.ts `readLead`): "the 2003 earthquake",
 * "KARACHI, June 12, 2024", the fiscal year "2024-25". Two stories of one kind whose leads both name
 * years, none in common, are two occasions (two budgets, two earthquakes years apart); fiscal
 * years are compared apart from calendar ones (a budget for 2024-25 is presented in June 2024).
 */
function leadYears(facts: Facts): LeadYears {
  let kept = storyYears.get(facts.figures);
  if (kept) return kept;
  const asSet = (years: readonly string[] | undefined) => (years?.length ? new Set(years) : NONE);
  storyYears.set(facts.figures, (kept = { calendar: asSet(facts.lead?.years), fiscal: asSet(facts.lead?.fiscal) }));
  return kept;
}

/** Each document's occasion scopes (kept while the facts live). */
const storyScopes = new WeakMap<Facts['claims'], ReadonlySet<string>>();

/**
 * The scopes of the occasions a document's claims are told of: a general election or a federal
 * budget (`scope:national`), a state or provincial one (`scope:state`). The same kind of occasion
 * in one country at two scopes is two facts: 240 seats won in the Lok Sabha and 132 in a state
 * assembly.
 */
function documentScopes(facts: Facts): ReadonlySet<string> {
  let kept = storyScopes.get(facts.claims);
  if (kept) return kept;
  let scopes: Set<string> | null = null;
  for (const c of facts.claims) for (const e of c.events) if (e.startsWith(SCOPE)) (scopes ??= new Set()).add(e);
  storyScopes.set(facts.claims, (kept = scopes ?? NONE));
  return kept;
}

/**
 * What a claim stated by a figure is about: the countries its sentence names or, when it names
 * none, the world when it says so ("worldwide"), else those its document names (a story names its place in the dateline or the lead, not in
 * every sentence), its events (the sentence's, else the document's: see `Claim.events`), and for
 * a bare change or level its document's other facts.
 */
export function aboutOf(facts: Facts, claim: Pick<Claim, 'events' | 'concept' | 'predicate' | 'key' | 'subject'>, figure: Pick<Figure, 'start' | 'value'>): About {
  const places = placesOf(facts, figure);
  const story = { facts: storyOf(facts), own: claim.key, value: String(figure.value), bare: isBare(claim) };
  return {
    places: places.size > 0 ? places : claim.events.includes(WORLD) ? WORLD_PLACES : documentPlaces(facts),
    events: claim.events,
    story,
    dated: storyDate(facts),
    looseDays: LOOSE_DAYS.has(facts.lang),
    localities: documentLocalities(facts),
    years: leadYears(facts),
    scopes: documentScopes(facts),
    subject: claim.subject ?? null,
    spot: clausePlace(facts, figure),
    teams: claim.events.some((e) => MATCH_SPORTS.has(e)) ? documentPlaces(facts) : undefined,
    weekday: facts.lead?.weekday ?? null,
  };
}

/** The union of what several statements are about (one file stating a figure in several sentences). */
export function aboutAll(all: readonly About[]): About {
  if (all.length === 1) return all[0];
  const subject = all.every((a) => a.subject === all[0].subject) ? all[0].subject : null;
  const spot = all.every((a) => String(a.spot) === String(all[0].spot)) ? all[0].spot : null;
  return { ...all[0], places: new Set(all.flatMap((a) => [...a.places])), events: [...new Set(all.flatMap((a) => a.events))], subject, spot };
}

/**
 * Whether two statements are about different things: both name countries, none in common, or both
 * name events, none in common, or their documents' leads date them on different days (see
 * `storyDate`) or name different years (see `leadYears`), or their documents name different
 * places below a country (see `documentLocalities`) or occasions of different scopes (see
 * `documentScopes`), or their own clauses name other places (see `clausePlace`) or tell them of
 * different subjects (see claims/subjects.ts), or both documents state other facts and share none
 * of them (see `storyOf`).
 */
export function differentFacts(a: About, b: About): boolean {
  if (differentSubjects(a.subject, b.subject)) return true;
  if (a.dated && b.dated && !sameDay(a.dated, b.dated, a.looseDays !== b.looseDays)) return true;
  // Daily reports of other weekdays ("closed at 120,345 on Monday", "… on Tuesday") tell two days' figures.
  if (a.weekday && b.weekday && a.weekday !== b.weekday) return true;
  if (otherLocalities(a.localities, b.localities) || disjointSets(a.scopes, b.scopes) || otherPlaces(a.spot, b.spot)) return true;
  if (a.teams && b.teams && hasOwn(a.teams, b.teams) && hasOwn(b.teams, a.teams)) return true;
  if (a.years && b.years && (disjointSets(a.years.calendar, b.years.calendar) || disjointSets(a.years.fiscal, b.years.fiscal))) return true;
  return disjointSets(a.places, b.places) || otherEvents(a.events, b.events) || (!!a.story && !!b.story && otherStories(a.story, b.story));
}

/**
 * Languages whose news dates a story by Solar Hijri days without a year ("روز جمعه ۲۵ آبان"): its
 * Gregorian day may be one off (see figures/dates.ts), against a document of another language.
 */
const LOOSE_DAYS: ReadonlySet<string> = new Set(['fa']);

/**
 * Whether two statements' documents tell other stories, by their other facts (besides the
 * statements compared): sharing a value or a statement, they tell one story; sharing neither, they
 * tell two when they state other values of claims both state (`CONTRADICTED`: Haryana's 48 seats
 * won and 67.9 percent turnout, the Lok Sabha's 240 and 65.8 percent; or one claim `FAR_APART`)
 * or, for a bare change or level, when both state anything else at all and no claim but bare ones in common (see `isBare`).
 */
function otherStories(a: Story, b: Story): boolean {
  const other = (s: Story, x: string) => x !== s.value && !(x.startsWith(s.own) && x[s.own.length] === STATES);
  let stated = false;
  for (const x of b.facts.told) if (other(b, x)) stated = true;
  if (!stated) return false;
  stated = false;
  for (const x of a.facts.told) {
    if (!other(a, x)) continue;
    if (hasSorted(b.facts.told, x)) return false;
    stated = true;
  }
  if (!stated) return false;
  // Another bare claim both state is no evidence of one story: "rose 25 percent" in a flights story and a budget's.
  if (a.bare || b.bare) {
    for (const k of a.facts.keys.keys()) if (k !== a.own && b.facts.keys.has(k) && !isBareKey(k)) return false;
    return true;
  }
  let contradicted = 0;
  for (const [k, values] of a.facts.keys) {
    const theirs = k === a.own ? undefined : b.facts.keys.get(k);
    if (theirs && (++contradicted >= CONTRADICTED || farApart(values, theirs))) return true;
  }
  return false;
}

/** Whether a sorted list holds a string (binary search). */
function hasSorted(sorted: readonly string[], x: string): boolean {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === x;
}

/**
 * Other claims two documents must both state, with other values, to tell two stories: one is a
 * translation told differently twice ("grew 3 percent … killed 50" and "4 فیصد … 60 افراد"); one
 * whose values are `FAR_APART` is enough (30,000 injured in one earthquake, 8,000 in another).
 */
const CONTRADICTED = 2;

/** How many times one value must be another for two statements of a claim to be told of different things. */
const FAR_APART = 3;

/** Whether every value of one side is at least `FAR_APART` times or at most 1/`FAR_APART` of every value of the other (positive values only). */
function farApart(a: readonly number[], b: readonly number[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const x of a) for (const y of b) if (!(x > 0 && y > 0 && Math.max(x, y) >= FAR_APART * Math.min(x, y))) return false;
  return true;
}

/** Texts of document-wide sets (its localities, years, scopes), made once per set. */
const setTexts = new WeakMap<ReadonlySet<string>, string>();

function setText(set: ReadonlySet<string> | undefined): string {
  if (!set) return '';
  let text = setTexts.get(set);
  if (text === undefined) setTexts.set(set, (text = [...set].join(',')));
  return text;
}

/**
 * A short text of what a statement is about, for signatures. A document's story facts count only
 * for a bare change or level: every edit of a figure changes them, and a claim stated in many
 * files would re-publish them all; for other claims the edited figure's own claim re-publishes the
 * files that state it, where the story-mates are (the translations state the same claims).
 */
export function aboutKey(about: About): string {
  const sets = [about.localities?.all, about.localities?.core, about.years?.calendar, about.years?.fiscal, about.scopes, about.teams].map(setText).join('/');
  return `${[...about.places].join(',')}/${about.events.join(',')}/${about.spot ?? ''}/${about.dated ?? ''}${about.looseDays ? '~' : ''}${about.weekday ? `@${about.weekday}` : ''}/${sets}/${about.story?.bare ? about.story.facts.signature : ''}/${about.subject ?? ''}`;
}
