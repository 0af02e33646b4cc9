/**
 * Claim frames: a figure in its sentence with what it counts (a concept shared across languages,
 * or the unit for money and percentages), the predicate nearest to it, and the time stated in the
 * sentence. The key is `concept|predicate`: translations of the same fact share it, unrelated
 * figures rarely do (both the thing counted and the event must agree), and time is compared
 * separately so that "in 2024" against "in 2025" is not a conflict.
 */
import { enFigureWords } from '../lexicon/en/figureWords';
import { faFigureWords } from '../lexicon/fa/figureWords';
import { hiFigureWords } from '../lexicon/hi/figureWords';
import { urFigureWords } from '../lexicon/ur/figureWords';
import type { Claim, Figure, Lang } from '../types';
import { findEvents, findPredicates, findQualifiers, findRounds, type PredicateAt } from './predicates';
import { isMoney, qualifiedConcept, qualifiersOf } from './qualify';
import { figureLexicon, type FigureLexicon } from '../lexicon/figureLexicon';
import { CHANGE_OR_LEVEL, CONCEPT_CLASSES, IMPLIED_PREDICATES, VERB_FINAL } from '../lexicon/claimWords';
import { PhraseMatcher } from '../lexicon/phrases';
import { isolate } from '../text/bidi';
import { intern, internJoined } from '../text/intern';

/** Every concept id of every language table: a counted value that is not one is a surface noun. */
const CONCEPT_IDS = new Set([urFigureWords, faFigureWords, hiFigureWords, enFigureWords].flatMap((t) => [...Object.values(t.concepts), ...Object.values(t.rateSubjects ?? {})]));

/**
 * Concepts that name what happened to people (deaths, the injured): the noun is the predicate
 * ("9,000 injured", "۹ هزار نفر زخمی", "9 ہزار سے زائد زخمی" after "ہلاک" in the same sentence), so
 * the claim is about people with that predicate whatever other verb stands nearer.
 */
const OUTCOMES: Readonly<Record<string, string>> = { death: 'kill', injury: 'injure' };

/**
 * What happens only to people or things, never to money or a measure: an amount near "the dead" or
 * "the injured" ("Rs 10 lakh for the families of the dead", "घायलों को 2 लाख रुपये") is paid to them, not
 * killed, and power demand beside heat deaths ("demand hits 8,647 MW; 54 heat deaths") is no toll.
 */
const NOT_OF_MONEY: ReadonlySet<string> = new Set(['kill', 'injure', 'missing', 'arrest', 'rescue', 'displace', 'recover', 'execute', 'destroy', 'affect']);

/** The predicate a figure's counted noun says by itself (deaths: kill), if any. */
function outcomeOf(figure: Figure): string | undefined {
  return figure.counted !== null && figure.unit === null ? OUTCOMES[figure.counted] : undefined;
}

/** Every rate subject of every language table (inflation, turnout): what a percentage named after one is. */
const RATE_IDS = new Set([urFigureWords, faFigureWords, hiFigureWords, enFigureWords].flatMap((t) => Object.values(t.rateSubjects ?? {})));

/**
 * A percentage of a rate named before it ("میزان مشارکت ۴۱ درصد بود", "inflation was 38%") states
 * that rate even with no verb of the predicate tables near it, and "recorded at", "reported at"
 * ("۷٫۲ فیصد ریکارڈ کی گئی") say no more: its predicate is then `rate`; another verb still says it.
 */
function isRate(figure: Figure): boolean {
  return figure.unit === '%' && figure.counted !== null && RATE_IDS.has(figure.counted);
}


/**
 * The predicate of words that expect or forecast (expects, توقع, अनुमान): a rate said with one is an
 * estimate, not the level it stands at ("expects average inflation of 5% to 7%" beside "inflation was
 * 4.1%"); with other figures ("the first tranche of $1.1 billion is expected") they say nothing.
 */
const EXPECT = 'expect';

/** What spans of time are counted in: a count of one after a window word is no claim but a window (see `windowWords`). */
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

/** Whether a figure is the length of a window ("the past 24 hours", ۲۴ ساعت گذشته), not a fact of its own. */
function isWindow(words: readonly string[], lex: FigureLexicon, f: SentenceFigure): boolean {
  if (f.figure.counted === null || !TIME_UNITS.has(f.figure.counted)) return false;
  return lex.windowWords.has(words[f.first - 1] ?? '') || lex.windowWords.has(words[f.last + 2] ?? '') || lex.windowAfter.match(words, f.last + 2) !== null;
}

/** Whether a figure is a number in words restating what the story named (the two countries, دونوں ممالک): no claim of its own. */
function restates(words: readonly string[], lex: FigureLexicon, f: SentenceFigure): boolean {
  for (let k = Math.max(0, f.first - 1); k <= f.first; k++) {
    const m = lex.restatedCounts.match(words, k);
    if (m && k + m.count > f.first) return true;
  }
  return false;
}

/**
 * Predicates a span of time can be the quantity of (a prison term, a strike held 3 days, a change over years): with any
 * other ("a 14-year-old … died", "two years after the ED arrested him") it is an age or a duration
 * told beside the verb, no count of the verb's subject.
 */
const DURATION_PREDICATES = new Set(['sentence', 'hold', 'report', 'reach', 'grow', 'fall', 'rate']);

/** Whether a span of time is an age ("a 34-year-old man was jailed", "34 years old"): no prison term nor any other claim. */
function isAge(words: readonly string[], lex: FigureLexicon, f: SentenceFigure): boolean {
  const span = words[f.last + 1] === '-' ? f.last + 2 : f.last + 1;
  return lex.ageAfter.has(words[words[span + 1] === '-' ? span + 2 : span + 1]);
}

/**
 * Whether a figure's counted noun is another figure's: "made 141, hitting nine fours" (the noun
 * after a comma, a word and another figure counting the same is that one's, not 141's); a list
 * "5, 6 and 7 people" shares its noun.
 */
function nounOfNext(words: readonly string[], lex: FigureLexicon, claiming: readonly SentenceFigure[], f: SentenceFigure): boolean {
  if (f.figure.counted === null || f.figure.unit !== null || words[f.last + 1] !== ',') return false;
  const next = claiming[claiming.indexOf(f) + 1];
  if (!next || next.figure.counted !== f.figure.counted) return false;
  for (let k = f.last + 2; k < next.first; k++) if (/\p{L}/u.test(words[k]) && !lex.dayJoiners.has(words[k])) return true;
  return false;
}

/** A sentence that ends in one asks, and states nothing ("Should the quarantine be extended to 24 days?"). */
const QUESTION_MARKS = new Set(['?', '؟']);

/** Figure kinds that state a quantity someone could contradict. */
const CLAIM_KINDS = new Set<Figure['kind']>(['cardinal', 'percent', 'currency', 'range']);

/** A figure of a sentence with its token span, as the recogniser produced it. */
export interface SentenceFigure {
  /** Index of the figure in the document's figures. */
  index: number;
  figure: Figure;
  first: number;
  last: number;
}

/** What the figure is a quantity of: concept id, `money:USD` (an ISO 4217 code), `unit:km`, `%`, or `lang:noun` for unknown nouns. */
export function claimConcept(figure: Figure, lang: Lang): string | null {
  if (figure.unit === '%' || figure.unit === 'pp') return figure.counted && CONCEPT_IDS.has(figure.counted) ? `${figure.unit}:${figure.counted}` : figure.unit;
  if (figure.unit) return `${isMoney(figure.unit) ? 'money' : 'unit'}:${figure.unit}`;
  if (!figure.counted) return null;
  return CONCEPT_IDS.has(figure.counted) ? (CONCEPT_CLASSES[figure.counted] ?? figure.counted) : `${lang}:${figure.counted}`;
}

/** A concept as messages write it: USD for money:USD, "% inflation" for %:inflation, the noun (isolated when not Latin) for ur:noun. */
export function conceptLabel(concept: string): string {
  const m = /^(money|unit|[a-z]{2}|%|pp):(.*)$/.exec(concept);
  if (!m) return concept;
  if (m[1] === '%' || m[1] === 'pp') return `${m[1]} ${m[2]}`;
  return /^[\x20-\x7e]*$/.test(m[2]) ? m[2] : isolate(m[2]);
}

/** Claims of one sentence (`sentenceEvents`: the events it names, when the caller has found them). */
export function sentenceClaims(words: readonly string[], lang: Lang, figures: readonly SentenceFigure[], sentenceEvents?: readonly string[]): Claim[] {
  if (figures.length === 0 || QUESTION_MARKS.has(words[words.length - 1])) return [];
  const claiming = figures.filter((f) => CLAIM_KINDS.has(f.figure.kind));
  if (claiming.length === 0) return [];
  const predicates = findPredicates(words, lang);
  if (predicates.length === 0 && !claiming.some((f) => outcomeOf(f.figure) !== undefined || isRate(f.figure) || (f.figure.counted !== null && f.figure.counted in IMPLIED_PREDICATES))) return [];
  const lex = figureLexicon(lang);
  const verbFinal = VERB_FINAL.has(lang);
  const times = withMonths(words, lex, figures, figures.filter((f) => (f.figure.kind === 'date' || f.figure.kind === 'year') && !isDateline(words, f) && !startsSpan(words, lex, f)));
  const wholes = wholesOf(words, lex, claiming);
  // The word after each figure, unless it is a verb the count is said with ("… 93 جیتیں"): there a predicate is the noun that figure counts.
  // The slot is the last word of a concept phrase there ("3 की मौत": मौत is what 3 counts, not a predicate of the figures around).
  const slotOf = (g: SentenceFigure) => g.last + (lex.concepts.match(words, g.last + 1)?.count ?? 1);
  // A slot maps to what its figure counts: coordinated counts of one noun share its verb phrase ("32 और … 21 सीटें मिलीं").
  const nounSlots = new Map(claiming.filter((g) => !lex.verbForms.has(words[g.last + 1] ?? '')).map((g) => [slotOf(g), g.figure.counted] as const));
  // A sum of money has its noun in its currency: a predicate after it may be the verb of sums listed before it ("۳۰۰ میلیون یورو … ۱۲۰ میلیون پوند تعهد کردند").
  const amountSlots = new Set(claiming.filter((g) => isMoney(g.figure.unit)).map((g) => g.last + 1));
  const claims: Claim[] = [];
  let events: readonly string[] | undefined = sentenceEvents;
  let rounds: PredicateAt[] | undefined;
  /** Figures an earlier time marks as the baseline of a change ("down from 67.4 percent in 2019"). */
  let baselines: SentenceFigure[] | undefined;
  let qualifiers: PredicateAt[] | undefined;
  for (const f of claiming) {
    if (isWindow(words, lex, f) || restates(words, lex, f)) continue;
    const closed = (k: number) => !verbFinal || predicates.some((p) => p.index > f.last && p.index < k);
    // A time after the figure is the nearer one's when a baseline or another figure of its kind stands between ("about 50 percent … 40 percent in the first round on June 28").
    const between = [...(baselines ??= claiming.filter((g) => earlierTime(words, lex, g, figures))), ...claiming.filter((g) => g.first > f.last && sameKind(g.figure, f.figure))];
    const stated = timeOf(words, lex, times, f, between, closed, claiming)?.figure.value ?? null;
    const round = roundOf(words, lex, (rounds ??= findRounds(words, lang)), f);
    let time = round !== null ? (stated === null ? round : `${stated}#${round}`) : baselines.includes(f) ? 'earlier' : stated;
    const outcome = outcomeOf(f.figure);
    const sameRate = rateBefore(claiming, f);
    let concept = outcome ? 'person' : nounOfNext(words, lex, claiming, f) ? null : claimConcept(f.figure, lang);
    const slot = slotOf(f);
    const money = concept?.startsWith('money:') ?? false;
    const bare = (concept === '%' && !sameRate) || (concept?.startsWith('unit:') ?? false);
    const q = qualifiersOf(words, (qualifiers ??= findQualifiers(words, lang)), f, slot, claiming, money, bare, (a, b) => markerBetween(words, lex.clauseBreaks, a, b) || markerBetween(words, lex.dayJoiners, a, b));
    if (q.perUnit) continue;
    // A baseline ("compared with 85.12") is the previous figure's fact at an earlier time, in its unit (a percentage's, a price's) when it states none.
    const previous = claims.length > 0 && claims[claims.length - 1].figure === claiming[claiming.indexOf(f) - 1]?.index ? claims[claims.length - 1] : undefined;
    if (q.baseline) time = 'earlier';
    // Not a count of millions after a share ("51.3% of the total, compared with 74.2 million"): no percentage is that large.
    const plausible = !/^(%|pp)/.test(previous?.concept ?? '') || Math.abs(f.figure.value as number) < 1000;
    if (q.baseline && previous && f.figure.unit === null && /^(%|pp|money:)/.test(previous.concept) && plausible) {
      claims.push({ ...previous, figure: f.index, time: 'earlier' });
      continue;
    }
    if (!concept) continue;
    // The nearest predicate; ties go to the one after the figure (SOV: the verb follows). A predicate
    // word right after another figure is what that one counts ("1,234 cases and 15 deaths"), not ours.
    let best: PredicateAt | null = null;
    let bestDistance = Infinity;
    const amount = money || (concept?.startsWith('unit:') ?? false);
    const rated = isRate(f.figure) || sameRate !== null;
    const own = (p: PredicateAt) => (p.index === f.last + 1 || p.index === slot || !nounSlots.has(p.index) || (p.index > f.last && f.figure.counted !== null && nounSlots.get(p.index) === f.figure.counted) || (p.index > f.last && isMoney(f.figure.unit) && amountSlots.has(p.index))) && !(amount && NOT_OF_MONEY.has(p.id)) && (p.id !== EXPECT || rated);
    // A predicate across "and" belongs to the other conjunct when the figure has one on its own side:
    // "9 were killed and 14 people were injured"; in a verb-first clause also "killed 14 people and injured 12".
    const later = predicates.some((p) => p.index > f.last && own(p) && !markerBetween(words, lex.clauseBreaks, f.last, p.index));
    const before = !verbFinal && predicates.some((p) => p.index < f.first && own(p) && !markerBetween(words, lex.clauseMarkers, p.index, f.first));
    for (const p of predicates) {
      if (!own(p)) continue;
      // A predicate before a clause marker belongs to the clause before it ("… کے بعد حکومت نے 500 افراد").
      // So is one before a clause break ("… را کسب کرد، در حالی که … تنها ۳ کرسی داشت": the 3 seats were held, not won).
      // Verb-final, a verb before "and" ends the clause before ("… رأی دادند و میزان مشارکت ۴۹٫۸ درصد بود").
      const joined = (later || verbFinal) && markerBetween(words, lex.dayJoiners, p.index, f.first);
      if (p.index < f.first && (markerBetween(words, lex.clauseMarkers, p.index, f.first) || markerBetween(words, lex.clauseBreaks, p.index, f.first) || joined)) continue;
      // Verb-final: a relative clause opened after the figure closes before the figure's own verb ("۵۸ کشور … که … برگزار شد، حضور داشتند").
      if (p.index > f.last && verbFinal && markerBetween(words, lex.relativeWords, f.last, p.index) && predicates.some((q) => q.index > p.last && own(q) && !markerBetween(words, lex.clauseBreaks, f.last, q.index))) continue;
      if (p.index > f.last && before && markerBetween(words, lex.dayJoiners, f.last, p.index)) continue;
      // A predicate after a conjunction that opens a clause of its own is that clause's ("11.8pc while unemployment rose").
      // Verb-final, so is one after a clause's own verb and "and" ("۲۵ میلیون نفر … روبه‌رو هستند و … آواره شده‌اند").
      if (p.index > f.last && (markerBetween(words, lex.clauseBreaks, f.last, p.index) || (verbFinal && verbThenJoiner(words, lex, f.last, p.index)))) continue;
      const d = p.index > f.last ? p.index - f.last : f.first - p.index + 0.5;
      if (d < bestDistance) [best, bestDistance] = [p, d];
    }
    // With a rate, a change or level verb says only what level it stood at: "inflation reached 38%",
    // "rose to 38%", "was recorded at 38%" are one fact, a `rate` claim, in whatever words a
    // translation says it (a change of a rate is in percentage points, `pp`).
    // A change verb right after a rate's percentage says by how much it changed ("پاس فیصد میں 0.3 فیصد کا اضافہ"): percentage points.
    const change = !!best && verbFinal && (best.id === 'grow' || best.id === 'fall') && best.index > f.last && best.index <= slot + 2;
    const rate = (isRate(f.figure) || sameRate) && (!best || CHANGE_OR_LEVEL.has(best.id)) && !change ? 'rate' : undefined;
    if ((rate || best?.id === EXPECT) && sameRate) concept = `%:${sameRate}`;
    else if (change && (isRate(f.figure) || sameRate)) concept = `pp:${sameRate ?? f.figure.counted}`;
    const implied = best ? undefined : IMPLIED_PREDICATES[concept];
    if (!best && !outcome && !rate && !implied) continue;
    const predicate = wholes.has(f) ? 'total' : (outcome ?? rate ?? implied ?? (best!.id === EXPECT ? 'estimate' : best!.id));
    if (TIME_UNITS.has(concept) && (!DURATION_PREDICATES.has(predicate) || isAge(words, lex, f))) continue;
    // A part ("including 35", "۵ نفر از آنان") is one of a whole of its own kind stated before it in the sentence; else the part of another thing ("of these, 2,100 died").
    if (q.sub === 'part' && !claims.some((c) => c.figure >= claiming[0].index && c.concept.startsWith(concept!))) q.sub = null;
    concept = qualifiedConcept(concept, q);
    events ??= findEvents(words, lang);
    claims.push({ figure: f.index, key: internJoined(concept, '|', predicate), concept: intern(concept), predicate, time: intern(time === null ? null : String(time)), events });
  }
  return claims;
}

/**
 * The rate a bare percentage states when the percentage before it in its sentence states one:
 * "Turnout was 49.8 percent, up from 39.9 percent in the first round", "ووٹنگ کی شرح 49.8 فیصد
 * رہی جبکہ پہلے مرحلے میں یہ 40 فیصد تھی": the same rate at another time or round.
 */
function rateBefore(claiming: readonly SentenceFigure[], f: SentenceFigure): string | null {
  if (f.figure.unit !== '%' || f.figure.counted !== null) return null;
  for (let k = claiming.indexOf(f) - 1; k >= 0; k--) {
    const g = claiming[k].figure;
    if (g.unit === '%') return isRate(g) ? g.counted : null;
  }
  return null;
}

/** Whether two figures are quantities of one kind: the same unit, and the same counted noun when both name one. */
function sameKind(a: Figure, b: Figure): boolean {
  return a.unit === b.unit && (a.counted === b.counted || a.counted === null || b.counted === null);
}

/** Most tokens before the date of a dateline (a place, a comma, a news agency in brackets). */
const DATELINE_LEAD = 6;
/** What follows the date of a dateline: "KARACHI, June 12, 2024: …", "گوہاٹی، 12 جون — …", "12 जून (भाषा) …". */
const DATELINE_ENDS = new Set([':', '-', '–', '—', '(']);

/**
 * Whether a date opens its sentence as a dateline: the day the story was filed, not the time of
 * the figures after it (a translation often drops it; the figures are still the same facts).
 */
function isDateline(words: readonly string[], f: SentenceFigure): boolean {
  if (f.figure.kind !== 'date' || f.first > DATELINE_LEAD || !DATELINE_ENDS.has(words[f.last + 1])) return false;
  for (let k = 0; k < f.first; k++) if (/^[0-9]/.test(words[k])) return false;
  return true;
}

/** Whether a year or date starts a span the figure is measured over, not when it holds: the highest since 2018, 1995 کے بعد, از سال ۲۰۱۸. */
function startsSpan(words: readonly string[], lex: FigureLexicon, f: SentenceFigure): boolean {
  // An interval says its own span: از ۱۶ تا ۲۴ شهریور is when, not since when.
  if (typeof f.figure.value === 'string' && f.figure.value.includes('/')) return false;
  return (f.first > 0 && lex.sinceBefore.matchEndingAt(words, f.first - 1) !== null) || lex.sinceAfter.match(words, f.last + 1) !== null;
}

/** Whether a marker (a clause marker: نے, ने, after; a joiner: and, اور; a clause break: while, جبکہ, در حالی که) stands between tokens `from` and `to`. */
function markerBetween(words: readonly string[], markers: ReadonlySet<string> | PhraseMatcher<true>, from: number, to: number): boolean {
  if (markers instanceof PhraseMatcher) {
    for (let k = from + 1; k < to; k++) if (markers.match(words, k)) return true;
  } else for (let k = from + 1; k < to; k++) if (markers.has(words[k])) return true;
  return false;
}

/** Whether a clause verb right before a joiner (هستند و, है और) stands between tokens `from` and `to`: the clause before ends there. */
function verbThenJoiner(words: readonly string[], lex: FigureLexicon, from: number, to: number): boolean {
  for (let k = from + 1; k + 1 < to; k++) if (lex.clauseVerbs.has(words[k]) && lex.dayJoiners.has(words[k + 1])) return true;
  return false;
}

/** Most tokens between a part and the part-of-whole words before its whole ("۹۳ کرسی از ۲۶۶": the noun). */
const PART_NOUN_REACH = 2;

/**
 * The figures that are the whole of a part (93 of 266 seats, ۹۳ کرسی از ۲۶۶ کرسی, 266 میں سے 93,
 * 543 में से 240): their statement is the size of the whole, a claim apart from what the part counts.
 */
function wholesOf(words: readonly string[], lex: FigureLexicon, figures: readonly SentenceFigure[]): Set<SentenceFigure> {
  const wholes = new Set<SentenceFigure>();
  for (let k = 0; k + 1 < figures.length; k++) {
    const [a, b] = [figures[k], figures[k + 1]];
    for (let p = a.last + 1; p < b.first && p <= a.last + 1 + PART_NOUN_REACH; p++) {
      const m = lex.partOfWhole.match(words, p);
      const sameThing = a.figure.counted === null || b.figure.counted === null || a.figure.counted === b.figure.counted;
      if (m && p + m.count === b.first && sameThing) wholes.add(lex.ratioWholeFirst ? a : b);
    }
  }
  return wholes;
}

/** Words this close to a figure can put it at an earlier time ("15 percent last year", "up from 15"). */
const EARLIER_REACH = 4;

/** Whether an "earlier time" phrase stands just before or after the figure. */
function earlierTime(words: readonly string[], lex: FigureLexicon, f: { first: number; last: number }, figures: readonly { first: number }[]): boolean {
  const phrases = lex.earlierTime;
  for (let k = Math.max(0, f.first - EARLIER_REACH); k <= Math.min(words.length - 1, f.last + EARLIER_REACH); k++) {
    if (k >= f.first && k <= f.last) continue;
    const m = phrases.match(words, k);
    // A phrase after the figure that another figure follows at once is that one's ("49.8 percent, up from 39.9 percent").
    // One beyond a clause break is the other clause's ("91.52 रहा, जबकि पिछले साल 85.12").
    if (m && !(k > f.last && (figures.some((g) => g.first >= k + m.count && g.first <= k + m.count + 1) || markerBetween(words, lex.clauseBreaks, f.last, k)))) return true;
  }
  return false;
}

/** Most tokens between a round phrase ("the first round", دور اول) and the figure it is the round of. */
const ROUND_REACH = 4;
/** Tokens of most round phrases ("first round", "دوسرے مرحلے"). */
const ROUND_PHRASE = 2;

/**
 * The round or phase a figure is told of, when a round phrase stands close to it: "39.9 percent
 * in the first round", "در دور اول انتخابات میزان مشارکت ۳۹.۹ درصد", "پہلے مرحلے میں یہ 40 فیصد".
 * With a date or year it is part of the figure's time (`2024#round:1`): a round is one time of an event.
 */
function roundOf(words: readonly string[], lex: FigureLexicon, rounds: readonly PredicateAt[], f: { first: number; last: number }): string | null {
  let best: string | null = null;
  let bestGap = ROUND_REACH + 1;
  for (const r of rounds) {
    const after = r.index > f.last;
    const gap = after ? r.index - f.last - 1 : f.first - r.index - ROUND_PHRASE;
    // A round beyond a clause marker is the other clause's ("49.8 فیصد رہی جبکہ پہلے مرحلے میں یہ 40 فیصد").
    if (gap < 0 || gap >= bestGap || (after ? markerBetween(words, lex.clauseMarkers, f.last, r.index) : markerBetween(words, lex.clauseMarkers, r.index, f.first))) continue;
    [best, bestGap] = [r.id, gap];
  }
  return best;
}

/** Most tokens between a figure and a month named alone that can be its time. */
const MONTH_REACH = 6;

/** A time as `timeOf` reads it: a date or year figure, or a month named alone. */
type TimeAt = { first: number; last: number; figure: { value: Figure['value'] } };

/**
 * The times of a sentence with the months it names alone, outside any figure, next to a cue that
 * makes them a time ("rose 11.4pc in April", "اپریل میں", "अप्रैल में", "در آوریل"): `--04`; Gregorian months
 * only. In text order.
 */
function withMonths(words: readonly string[], lex: FigureLexicon, figures: readonly SentenceFigure[], times: readonly TimeAt[]): readonly TimeAt[] {
  if (lex.monthCues.size === 0) return times;
  let months: TimeAt[] | null = null;
  // Only near the figures: a month farther off is another clause's.
  let to = -1;
  for (let k = 0; k < words.length; k++) {
    if (k > to) {
      const next = figures.find((f) => f.last + MONTH_REACH >= k);
      if (!next) break;
      k = Math.max(k, next.first - MONTH_REACH);
      to = next.last + MONTH_REACH;
    }
    const m = lex.months.startsWith(words[k]) ? lex.months.match(words, k) : null;
    if (!m) continue;
    const last = k + m.count - 1;
    if (figures.some((f) => k <= f.last && last >= f.first) || !(lex.monthCues.has(words[k - 1] ?? '') || lex.monthCues.has(words[last + 1] ?? ''))) continue;
    // A month of another calendar overlaps two Gregorian ones: it would keep a translation's figure from its own.
    if (m.value.calendar !== 'gregory') continue;
    (months ??= []).push({ first: k, last, figure: { value: `--${String(m.value.month).padStart(2, '0')}` } });
    k = last;
  }
  return months ? [...times, ...months].sort((a, b) => a.first - b.first) : times;
}

/** Most tokens between a figure and a time right after it that is its own ("149 in 2024"). */
const OWN_TIME_REACH = 2;

/**
 * The time a figure belongs to: the nearest one before it (Urdu, Hindi and English news mostly set
 * the time first: "2030 تک یہ 17.9"), else the nearest after it ("9.5 trillion in 2024"). A time
 * before a joiner (and, اور, और, و) is the previous conjunct's when one follows the figure closely:
 * "75 seats in 2018 and 149 in 2024"; so is one right after another figure (`others`).
 */
function timeOf<T extends { first: number; last: number }>(
  words: readonly string[],
  lex: FigureLexicon,
  items: readonly T[],
  f: { first: number; last: number },
  baselines: readonly { first: number; last: number }[],
  closed: (k: number) => boolean = () => true,
  others: readonly { first: number; last: number }[] = [],
): T | undefined {
  let before: T | undefined;
  for (let k = items.length - 1; k >= 0 && !before; k--) if (items[k].last < f.first) before = items[k];
  // A time after the figure is the baseline's when one stands between ("65.8 percent, down from 67.4 percent in 2019"),
  // another clause's after a clause break, and a relative clause's after a relative pronoun that follows the figure's
  // own clause (`closed`: "11 ملزمان کو گرفتار کیا جو 2020 میں"; not "۱۲۲ هزار مورد که تا ۲۸ مارس گزارش شده").
  const next = items.find((item) => item.first > f.last);
  let otherClause = !!next && markerBetween(words, lex.clauseBreaks, f.last, next.first);
  for (let k = f.last + 1; next && k < next.first && !otherClause; k++) otherClause = lex.relativeWords.has(words[k]) && closed(k);
  const after = next && !otherClause && !baselines.some((g) => g.first > f.last && g.last < next.first) ? next : undefined;
  if (before && after && after.first - f.last <= OWN_TIME_REACH) {
    for (let k = before.last + 1; k < f.first; k++) if (lex.dayJoiners.has(words[k])) return after;
    // The time before is another figure's own, right after it: "2.6 per cent in May from 2.4 per cent in April".
    if (others.some((g) => g.last < before.first && before.first - g.last <= OWN_TIME_REACH)) return after;
  }
  return before ?? after;
}
