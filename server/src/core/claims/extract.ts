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
import { goodsOf, growthRate, isMoney, qualifiedConcept, qualifiersOf, takesWhatOf } from './qualify';
import { figureLexicon, type FigureLexicon } from '../lexicon/figureLexicon';
import { AMOUNT_LEVEL_BEFORE, BASELINE_LEVEL, CHANGE_OR_LEVEL, CONCEPT_CLASSES, FLOW_OF, IMPLIED_PREDICATES, MONEY_OF, NAMED_LEVELS, NOT_OF_PEOPLE, PEOPLE, PREDICATE_CLASSES, PRICED_ALONE, LEVEL_FROM, LEVEL_TO, LEVEL_TO_AFTER, LEVEL_UNITS, MEASURE_LEVEL, UNIT_CLASSES, VERB_FINAL } from '../lexicon/claimWords';
import { isolate } from '../text/bidi';
import { intern, internJoined } from '../text/intern';
import { earlierTime, isDateline, opensDateSpan, roundOf, startsSpan, timeOf, withMonths, withYearPairs, yearPairOf } from './claimTime';
import { markerBetween } from '../lexicon/phrases';
import { changeAt, changeBefore, CHANGES, elidedLevel, flowLevel, namedLevel, RECEIVE, restatesChange, wordBeforeFillers } from './levels';
import { yearClaims } from './yearClaims';
import { includesParts, onlyListJoiners } from './lists';
import { namedWhole } from '../figures/counted';
import { tellsBodySize } from './bodySize';
import { sharedVerbAfter } from './gapping';
import { changedFrom, relativeAfterComma, sameKind, verbThenJoiner } from './clauses';
import { isAge, isRateBase, isWindow, nounOfNext, restates, TIME_UNITS } from './noClaim';
import { isCommaWord } from '../text/tokens';

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
 * killed, power demand beside heat deaths ("demand hits 8,647 MW; 54 heat deaths") is no toll,
 * people deported, employed or sheltering are no height ("the 213-metre-high dam … employs 4,500 workers"),
 * money sent ("sent $2.5 billion in remittances") is no team deployed, and one freed on bail ("با قرار
 * وثیقه ۲ میلیارد تومانی آزاد شد") is bail, no one released.
 */
/**
 * Predicates no measure takes: a worth (۱۴.۵ میلیون تن به ارزش ۶.۳ میلیارد دلار: the tonnes are worth nothing of their own)
 * and a cost (۴۸۰ کیلومتر با هزینه ۱۲ میلیارد افغانی: the kilometres cost nothing; lives and percentages still do).
 */
const NOT_OF_MEASURES: ReadonlySet<string> = new Set(['value', 'cost']);
const NOT_OF_MONEY: ReadonlySet<string> = new Set(['kill', 'injure', 'missing', 'arrest', 'rescue', 'displace', 'recover', 'execute', 'destroy', 'affect', 'deport', 'employ', 'shelter', 'deploy', 'burn', 'release', 'captive', 'exchange']);

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

/**
 * Predicates a span of time can be the quantity of (a prison term, a strike held 3 days, a change over years): with any
 * other ("a 14-year-old … died", "two years after the ED arrested him") it is an age or a duration
 * told beside the verb, no count of the verb's subject.
 */
const DURATION_PREDICATES = new Set(['sentence', 'hold', 'report', 'reach', 'grow', 'fall', 'rate', 'delay']);

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
  if (figure.unit) return isMoney(figure.unit) ? `money:${figure.unit}` : `unit:${UNIT_CLASSES[figure.unit] ?? figure.unit}`;
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

/** Claims of one sentence (`sentenceEvents`: the events it names, when the caller has found them): its figures' and its years' (see yearClaims.ts). */
export function sentenceClaims(words: readonly string[], lang: Lang, figures: readonly SentenceFigure[], sentenceEvents?: readonly string[], names: readonly TokenSpan[] = []): Claim[] {
  // The qualifier words are found once, when a year may need them (see yearClaims.ts), else when a figure does.
  const qualifiers = figures.some((f) => f.figure.kind === 'year') ? findQualifiers(words, lang) : undefined;
  const years = qualifiers ? yearClaims(words, lang, figures, qualifiers, sentenceEvents) : [];
  if (years.length === 0) return figureClaims(words, lang, figures, sentenceEvents, names, qualifiers);
  // A year that is a fact of its own ("the ferry, built in 1998, was carrying 300") is no time of the other figures.
  const claimed = new Set(years.map((c) => c.figure));
  return [...figureClaims(words, lang, figures.filter((f) => !claimed.has(f.index)), sentenceEvents, names, qualifiers), ...years].sort((a, b) => a.figure - b.figure);
}

/** Tokens `first` to `last` (exclusive) of a sentence: a name found there (see entities/detect.ts `TokenMention`). */
export interface TokenSpan { first: number; last: number }

/** A sentence's predicates outside its names: a word of a name is no verb (زنده in ولسوالی زنده‌جان, Zinda Jan; شہید in شہید بینظیر آباد). */
function predicatesOutside(words: readonly string[], lang: Lang, names: readonly TokenSpan[]): PredicateAt[] {
  const found = findPredicates(words, lang);
  return names.length === 0 ? found : found.filter((p) => !names.some((n) => p.index >= n.first && p.last < n.last));
}

/** Claims of one sentence's figures (see `sentenceClaims`). */
function figureClaims(words: readonly string[], lang: Lang, figures: readonly SentenceFigure[], sentenceEvents: readonly string[] | undefined, names: readonly TokenSpan[], found?: PredicateAt[]): Claim[] {
  if (figures.length === 0 || QUESTION_MARKS.has(words[words.length - 1])) return [];
  // A fiscal year (2024-25) is a time, not a figure of its own that could take a noun from the figures beside it.
  const claiming = figures.filter((f) => CLAIM_KINDS.has(f.figure.kind) && yearPairOf(f.figure) === null);
  if (claiming.length === 0) return [];
  const predicates = predicatesOutside(words, lang, names);
  // A sum may be of exports or profit, stated with no verb ("posted a net profit of Rs 12.5 billion": see `flowLevel`).
  if (predicates.length === 0 && !claiming.some((f) => outcomeOf(f.figure) !== undefined || isRate(f.figure) || isMoney(f.figure.unit) || (f.figure.counted !== null && f.figure.counted in IMPLIED_PREDICATES))) return [];
  const lex = figureLexicon(lang);
  const verbFinal = VERB_FINAL.has(lang);
  let qualifiers = found;
  const timed = figures.filter((f) => (f.figure.kind === 'date' || f.figure.kind === 'year') && !isDateline(words, f) && !startsSpan(words, lex, f) && !opensDateSpan(words, lex, f, figures));
  const times = withYearPairs(words, lex, figures, withMonths(words, lex, figures, timed.length === 0 ? timed : timed.filter((f) => !levelYear(words, lang, f) && !comparedWith(f, (qualifiers ??= findQualifiers(words, lang))))));
  const wholes = wholesOf(words, lex, claiming);
  /** The whole whose last token is just before a token, by that token. */
  const afterWhole = new Map([...wholes].map((w) => [w.last + 1, w] as const));
  // The word after each figure, unless it is a verb the count is said with ("… 93 جیتیں"): there a predicate is the noun that figure counts.
  // The slot is the last word of a concept phrase there ("3 की मौत": मौत is what 3 counts, not a predicate of the figures around).
  const slotOf = (g: SentenceFigure) => g.last + (lex.concepts.match(words, g.last + 1)?.count ?? 1);
  // A slot maps to what its figure counts: coordinated counts of one noun share its verb phrase ("32 और … 21 सीटें मिलीं").
  const nounSlots = new Map(claiming.filter((g) => g.figure.unit !== '%' && !lex.verbForms.has(words[g.last + 1] ?? '')).map((g) => [slotOf(g), g.figure.counted] as const));
  // A sum of money has its noun in its currency: a predicate after it may be the verb of sums listed before it ("۳۰۰ میلیون یورو … ۱۲۰ میلیون پوند تعهد کردند").
  const amountSlots = new Set(claiming.filter((g) => isMoney(g.figure.unit)).map((g) => g.last + 1));
  const claims: Claim[] = [];
  let events: readonly string[] | undefined = sentenceEvents;
  let rounds: PredicateAt[] | undefined;
  /** Figures an earlier time marks as the baseline of a change ("down from 67.4 percent in 2019"). */
  let baselines: SentenceFigure[] | undefined;
  for (let n = 0; n < claiming.length; n++) {
    const f = claiming[n];
    if (isWindow(words, lex, f) || restates(words, lex, f) || isRateBase(words, lex, f)) continue;
    // Verb-final, a figure's clause is closed before a relative word by a verb of it or by a comma (69 प्रतिशत रहा, जो सितंबर में …).
    const closed = (k: number) => !verbFinal || isCommaWord(words[k - 1]) || predicates.some((p) => p.index > f.last && p.index < k);
    // A time after the figure is the nearer one's when a baseline or another figure of its kind stands between ("about 50 percent … 40 percent in the first round on June 28").
    // (Only a time after the figure reads them: a sentence stating no time needs none.)
    baselines ??= claiming.filter((g, m) => earlierTime(words, lex, g, figures, changeAt(predicates, g)) || changedFrom(words, lex, g, claiming[m + 1]));
    const between = times.length === 0 ? baselines : [...baselines, ...claiming.filter((g) => g.first > f.last && sameKind(g.figure, f.figure))];
    const stated = timeOf(words, lex, times, f, between, closed, claiming)?.figure.value ?? null;
    const round = roundOf(words, lex, (rounds ??= findRounds(words, lang)), f);
    let time = round !== null ? (stated === null ? round : `${stated}#${round}`) : baselines.includes(f) ? 'earlier' : stated;
    const outcome = outcomeOf(f.figure);
    const sameRate = rateBefore(claiming, f);
    let concept = outcome ? 'person' : nounOfNext(words, lex, claiming, f) ? null : claimConcept(f.figure, lang);
    const slot = slotOf(f);
    const money = concept?.startsWith('money:') ?? false;
    const bare = (concept === '%' && !sameRate) || takesWhatOf(concept);
    qualifiers ??= findQualifiers(words, lang);
    const q = qualifiersOf(words, takesWhatOf(concept) ? goodsOf(qualifiers, predicates) : qualifiers, f, slot, claiming, money, bare, (a, b) => markerBetween(words, lex.clauseBreaks, a, b) || markerBetween(words, lex.dayJoiners, a, b), predicates);
    if (q.perUnit) continue;
    // A baseline ("compared with 85.12") is the previous figure's fact at an earlier time, in its unit (a percentage's, a price's) when it states none.
    const previous = claims.length > 0 && claims[claims.length - 1].figure === claiming[n - 1]?.index ? claims[claims.length - 1] : undefined;
    if (q.baseline) time = 'earlier';
    // Not a count of millions after a share ("51.3% of the total, compared with 74.2 million"): no percentage is that large.
    const plausible = !/^(%|pp)/.test(previous?.concept ?? '') || Math.abs(f.figure.value as number) < 1000;
    if (q.baseline && previous && f.figure.unit === null && /^(%|pp|money:)/.test(previous.concept) && plausible) {
      claims.push({ ...previous, figure: f.index, time: 'earlier' });
      continue;
    }
    // A bare number a noun names the level of counts what that level is of: "the population has grown to 88.2 million".
    if (!concept && f.figure.unit === null) concept = NAMED_LEVELS[namedLevel(words, lex, predicates, f, claiming) ?? ''] ?? null;
    if (!concept) continue;
    // The nearest predicate; ties go to the one after the figure (SOV: the verb follows). A predicate
    // word right after another figure is what that one counts ("1,234 cases and 15 deaths"), not ours.
    let best: PredicateAt | null = null;
    let bestDistance = Infinity;
    let [event, eventDistance]: [PredicateAt | null, number] = [null, Infinity];
    const amount = money || (concept?.startsWith('unit:') ?? false);
    // A word before the figure that makes a change verb say the level it reached ("to", बढ़कर), when the figure can be a level:
    // an index's points ("the Sensex fell 720 points to 73,500"), or an amount that is no price of goods ("petrol rose to Rs 101 a litre" stays a rise).
    const levelBefore = AMOUNT_LEVEL_BEFORE[lang]?.has(words[wordBeforeFillers(words, lang, f.first)] ?? '') ?? false;
    // Or a count "the number of" named before it ("the number of polio cases has risen to 39", as "… کی تعداد 39 ہو گئی").
    const levelShape = concept === 'point' || (amount && !q.per && (!(money && q.priced) || MONEY_OF.has(q.priced!))) || (!amount && numberOfBefore(words, lex, f.first));
    const rated = isRate(f.figure) || sameRate !== null;
    // A predicate right after another figure that is a whole describes it ("11.2 million of the 18.1 million registered voters cast …"),
    // as does one in a relative clause on its noun ("187,431 of the 243,556 candidates who appeared passing the examination").
    const ofWhole = (p: PredicateAt) => (afterWhole.get(p.index) !== undefined && afterWhole.get(p.index) !== f) || (lex.relativeWords.has(words[p.index - 1] ?? '') && afterWhole.get(p.index - 2) !== undefined && afterWhole.get(p.index - 2) !== f);
    // A converb of change between two sums is also the second's ("2.5 लाख करोड़ रुपये बढ़कर 27.51 लाख करोड़ रुपये": grew by one to the other).
    const own = (p: PredicateAt) => !ofWhole(p) && (p.index === f.last + 1 || p.index === slot || !nounSlots.has(p.index) || (p.index === f.first - 1 && levelBefore && levelShape) || (p.index > f.last && f.figure.counted !== null && nounSlots.get(p.index) === f.figure.counted) || (p.index > f.last && isMoney(f.figure.unit) && amountSlots.has(p.index))) && !(amount && NOT_OF_MONEY.has(p.id)) && !(PEOPLE.has(concept!) && NOT_OF_PEOPLE.has(p.id)) && (p.id !== EXPECT || rated) && (p.id !== RECEIVE || money) && !(amount && !money && NOT_OF_MEASURES.has(p.id));
    // A predicate across "and" belongs to the other conjunct when the figure has one on its own side:
    // "9 were killed and 14 people were injured"; in a verb-first clause also "killed 14 people and injured 12".
    // A clause before "whereas" with no verb of its own shares the verb after the next clause's figure (claims/gapping.ts).
    const shared = verbFinal ? sharedVerbAfter(words, lex, f, claiming, predicates) : -1;
    const ownClause = (p: PredicateAt) => shared < 0 ? !markerBetween(words, lex.clauseBreaks, f.last, p.index) : p.index > shared;
    const later = predicates.some((p) => p.index > f.last && own(p) && ownClause(p));
    const before = !verbFinal && predicates.some((p) => p.index < f.first && own(p) && !markerBetween(words, lex.clauseMarkers, p.index, f.first));
    for (const p of predicates) {
      if (!own(p)) continue;
      // A predicate before a clause marker belongs to the clause before it ("… کے بعد حکومت نے 500 افراد").
      // So is one before a clause break ("… را کسب کرد، در حالی که … تنها ۳ کرسی داشت": the 3 seats were held, not won).
      // Verb-final, a verb before "and" ends the clause before ("… رأی دادند و میزان مشارکت ۴۹٫۸ درصد بود").
      // Not a noun naming the level of counts set side by side, whose noun the later ones leave out (آبادی 12 کروڑ اور بلوچستان کی 1 کروڑ ہے),
      // nor one that joins the figures of a list (با کسب ۳ مدال طلا، ۶ نقره و ۳ برنز).
      const joined = (later || verbFinal) && markerBetween(words, lex.dayJoiners, p.index, f.first) && !elidedLevel(p, f, claiming) && !onlyListJoiners(words, lex.dayJoiners, claiming, predicates, p.index, f.first);
      if (p.index < f.first && (markerBetween(words, lex.clauseMarkers, p.index, f.first) || markerBetween(words, lex.clauseBreaks, p.index, f.first) || joined)) continue;
      // Verb-final: a relative clause opened after the figure closes before the figure's own verb ("۵۸ کشور … که … برگزار شد، حضور داشتند").
      if (p.index > f.last && verbFinal && markerBetween(words, lex.relativeWords, f.last, p.index) && predicates.some((q) => q.index > p.last && own(q) && !markerBetween(words, lex.clauseBreaks, f.last, q.index))) continue;
      // So is one whose relative clause has a figure of its own before it ("23.5 लाख करोड़ रुपये का रहा, जो … 37 फीसदी की बढ़ोतरी है": the rise is the 37 percent's).
      if (p.index > f.last && verbFinal && claiming.some((g) => g.first > f.last && g.last < p.index && relativeAfterComma(words, lex, f.last, g.first) && !words.slice(g.last + 1, p.index).includes(','))) continue;
      // So is one a relative clause opens on before its own figure ("500 बिस्तरों वाला ब्लॉक, जिसकी लागत 1,200 करोड़ रुपये है", "a 500-bed block, which cost Rs 1,200 crore").
      if (p.index > f.last && relativeAfterComma(words, lex, f.last, p.index + 1) && claiming.some((g) => g.first > p.last && !words.slice(p.last + 1, g.first).some(isCommaWord))) continue;
      if (p.index > f.last && before && markerBetween(words, lex.dayJoiners, f.last, p.index)) continue;
      // A predicate's noun a genitive joins to the figure names what its noun is of (ویکسین کی 15 لاکھ خوراکیں … بھیجی گئیں: doses of
      // vaccine, sent), when a verb after the figure tells what happened.
      if (p.last === f.first - 2 && lex.countGenitives.has(words[f.first - 1]) && later) continue;
      if (p.id === INCLUDE && includesParts(p, f, claiming, predicates.filter(own))) continue;
      // A predicate after a conjunction that opens a clause of its own is that clause's ("11.8pc while unemployment rose").
      // Verb-final, so is one after a clause's own verb and "and" ("۲۵ میلیون نفر … روبه‌رو هستند و … آواره شده‌اند").
      if (p.index > f.last && (!ownClause(p) || (verbFinal && verbThenJoiner(words, lex, f.last, p.index)))) continue;
      // A predicate after the figure and a reason marker is why, not what ("fined him Rs50 million for embezzling Rs1.2 billion").
      const d = p.index > f.last ? p.index - f.last + (lex.reasonMarkers.has(words[p.index - 1]) ? REASON_AFTER : 0) : f.first - p.index + 0.5;
      if (d < bestDistance) [best, bestDistance] = [p, d];
      if (p.index > f.last && !CHANGE_OR_LEVEL.has(p.id) && d < eventDistance && !markerBetween(words, lex.dayJoiners, f.last, p.index)) [event, eventDistance] = [p, d];
    }
    // "A total of" before a figure says it is a sum, not what happened: a verb of an event after it is its predicate (कुल 1.2 लाख लोगों ने … शरण ली, took shelter).
    if (best?.id === 'total' && best.index < f.first && event) best = event;
    // With a rate, a change or level verb says only what level it stood at: "inflation reached 38%",
    // "rose to 38%", "was recorded at 38%" are one fact, a `rate` claim, in whatever words a
    // translation says it (a change of a rate is in percentage points, `pp`).
    // A change verb right after a rate's percentage says by how much it changed ("پاس فیصد میں 0.3 فیصد کا اضافہ"): percentage points.
    // Not after a word that says "to" ("نرخ تورم به ۹٫۶ درصد کاهش یافت": fell to 9.6 percent, a level), nor before one that says "from" right before the verb ("6.5 फीसदी से घटाकर").
    // Nor when the verb's word is the rate itself ("اقتصاد ۳ درصد رشد کرد": grew 3 percent, a growth rate of 3).
    const from = !!best && best.index === f.last + 2 && !!LEVEL_FROM[lang]?.has(words[f.last + 1] ?? '');
    const toAfter = !!LEVEL_TO_AFTER[lang]?.has(words[f.last + 1] ?? '') && f.figure.qualifier !== 'at-most';
    const change = !!best && verbFinal && (best.id === 'grow' || best.id === 'fall') && best.index > f.last && best.index <= slot + 2 && !LEVEL_TO[lang]?.has(words[f.first - 1] ?? '') && !toAfter && !from && !lex.rateSubjects.match(words, best.index);
    // A level a noun names ("growth rate of the population 2.55%": see `NAMED_LEVELS`) says no more of a rate than a level verb.
    const rate = (isRate(f.figure) || sameRate) && (!best || CHANGE_OR_LEVEL.has(best.id) || best.id in NAMED_LEVELS) && !change ? 'rate' : undefined;
    if ((rate || best?.id === EXPECT) && sameRate) concept = `%:${sameRate}`;
    else if (change && (isRate(f.figure) || sameRate)) concept = `pp:${sameRate ?? f.figure.counted}`;
    // A noun inside the verb phrase a sum is told with is not what it is of ("۹۵۰ میلیون روپیه فروش کرد": takings, no sales figure).
    if (money && best && best.last > best.index && q.priced !== null && qualifiers.some((x) => x.id === `of:${q.priced}` && x.index >= best!.index && x.last <= best!.last)) q.priced = null;
    // A sum of exports or profit with no verb of its own states its level ("ترسیلات زر 3.2 ارب ڈالر رہیں"); so does a price of goods per
    // unit told with a copula ("The price of gold is Rs250,000 per tola", "قیمت هر گرم طلا ۵ میلیون تومان است").
    const implied = best ? undefined : (IMPLIED_PREDICATES[concept] ?? (money && (MONEY_OF.has(q.priced ?? '') || (q.priced !== null && (q.per !== null || PRICED_ALONE.has(q.priced)))) ? 'reach' : undefined));
    if (!best && !outcome && !rate && !implied) continue;
    let predicate = wholes.has(f) || tellsBodySize(words, lex, f) ? 'total' : (outcome ?? rate ?? implied ?? (best!.id === EXPECT ? 'estimate' : best!.id));
    if (LEVEL_UNITS.has(concept)) predicate = MEASURE_LEVEL[predicate] ?? predicate;
    if (CHANGE_OR_LEVEL.has(predicate) && !concept.startsWith('%')) {
      // Trade named before a change tells what changed, not its level ("exports rose by $300 million"), unless it says "to" (of a count too: "sales rose to 1.8 lakh units").
      const named = namedLevel(words, lex, predicates, f, claiming);
      // So does a price right after the change it went through ("fell by Rs5,300 to Rs352,700", "5,300 रुपये घटकर 3,52,700 रुपये").
      // Also past the unit the change is per ("rose by Rs2,100 per tola to Rs435,700").
      const afterChange = money && claiming.some((g) => g !== f && (g.last === f.first - 2 || (g.last === f.first - 4 && lex.rateWords.match(words, g.last + 1)?.count === 1)) && isMoney(g.figure.unit));
      const toLevel = ((named !== null && named in FLOW_OF) || afterChange || levelShape) && levelBefore;
      predicate = named !== null && (toLevel || !(named in FLOW_OF) || !CHANGES.has(predicate)) ? named : toLevel ? 'reach' : predicate;
    }
    if (money) predicate = flowLevel(predicate, q);
    // "up" or "down" right before a change after a comma or a copula says which way it went, whatever verb stands nearer ("closed at 120,345.67 points, up 1,548.21 points").
    predicate = (concept === 'point' || concept.startsWith('%') || money ? changeBefore(words, lang, f) : null) ?? predicate;
    // A percentage that restates the change before it is that change, though a level's verb stands nearer ("gained 1,548.21 points, or 1.3pc, to close at").
    if (previous && CHANGES.has(previous.predicate) && restatesChange(words, lang, claiming[n - 1], slotOf(claiming[n - 1]), f)) predicate = previous.predicate;
    // A percentage or an index's points lost is a fall ("the Nifty lost 180 points", "the rupee lost 2 percent"); seats lost stay lost.
    if (predicate === LOSE && (concept.startsWith('%') || concept === 'point')) predicate = 'fall';
    ({ concept, predicate } = growthRate(concept, predicate, q, predicates.some((p) => p.id === EXPECT)) ?? { concept, predicate });
    // A cut or a rise set as a target ("60 प्रतिशत कटौती का लक्ष्य") is the change pledged, as its translations tell it; a target chased is none.
    if (q.sub === 'target' && (predicate === 'fall' || predicate === 'grow')) q.sub = null;
    if (TIME_UNITS.has(concept) && (!DURATION_PREDICATES.has(predicate) || isAge(words, lex, f))) continue;
    // A part a relative clause counts among a whole told before it (… جن میں 213 فوجی شامل ہیں, जिनमें 213 सैनिक शामिल हैं) happened as the whole did.
    if (predicate === INCLUDE) predicate = wholePredicate(claims, claiming[0].index) ?? predicate;
    concept = PREDICATE_CLASSES[predicate]?.[concept] ?? concept;
    // A sentence that opens on an earlier time ("Last year, more than 1,300 pilgrims died", "पिछले साल … 1,300 से अधिक") tells all its untimed figures of then,
    // and those timed by a month or day without its year of that earlier year ("Last year, … 12 deaths by the end of November").
    if ((time === null || String(time).startsWith('--')) && lex.earlierTime.match(words, 0)) time = 'earlier';
    // A part ("including 35", "۵ نفر از آنان") is one of a whole of its own kind stated before it in the sentence; else the part of another thing ("of these, 2,100 died").
    if (q.sub === 'part' && !claims.some((c) => c.figure >= claiming[0].index && c.concept.startsWith(concept!))) q.sub = null;
    // A part of the dead or the injured ("12 of the injured") is a toll's subgroup with a word that says which (in critical condition), else no claim.
    if (outcome && q.sub === null && namedWhole({ words, lex }, f.first, f.last) !== null) continue;
    concept = qualifiedConcept(concept, q);
    events ??= findEvents(words, lang);
    claims.push({ figure: f.index, key: internJoined(concept, '|', predicate), concept: intern(concept), predicate, time: intern(time === null ? null : String(time)), events, subject: null });
  }
  return claims;
}

const [LOSE, INCLUDE] = ['lose', 'include'];

/** The predicate of the sentence's last claim (of its figures from `first`) that is no inclusion, or null. */
function wholePredicate(claims: readonly Claim[], first: number): string | null {
  for (let k = claims.length - 1; k >= 0 && claims[k].figure >= first; k--) if (claims[k].predicate !== INCLUDE) return claims[k].predicate;
  return null;
}

/** How much farther a predicate after a figure and a reason marker counts (see `reasonMarkers`). */
const REASON_AFTER = 4;

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

/** Most tokens between a baseline marker and the year it marks ("compared with 2019", "نسبت به سطح ۲۰۱۹", "2019 के मुकाबले"). */
const BASELINE_REACH = 2;

/**
 * Whether a year or date is the baseline a figure is measured against, not when it holds: "cut
 * emissions by 60% by 2035 compared with 2019 levels", "2035 تک … 2019 کے مقابلے میں 60 فیصد کمی".
 */
function comparedWith(f: SentenceFigure, qualifiers: readonly PredicateAt[]): boolean {
  return qualifiers.some((q) => (q.id === 'cmp:next' && q.last < f.first && f.first - q.last <= BASELINE_REACH) || (q.id === 'cmp:prev' && q.index > f.last && q.index - f.last <= BASELINE_REACH));
}

/** Whether a year is the level a change is measured from ("below 2010 levels", "2010 کی سطح سے": see `BASELINE_LEVEL`). */
function levelYear(words: readonly string[], lang: Lang, f: SentenceFigure): boolean {
  const level = BASELINE_LEVEL[lang];
  return !!level && f.figure.kind === 'year' && (level.has(words[f.first - 1] ?? '') || level.has(words[f.last + 1] ?? '') || level.has(words[f.last + 2] ?? ''));
}

/** Most tokens between "the number of" and the count it names. */
const NUMBER_OF_REACH = 10;

/** Whether "the number of" (FigureWords.countOfBeforeNoun) stands within reach before token `first`, no other number between. */
function numberOfBefore(words: readonly string[], lex: FigureLexicon, first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - NUMBER_OF_REACH && !/[0-9]/.test(words[k]); k--) if (lex.countOfBeforeNoun.match(words, k) !== null) return true;
  return false;
}

/** Most tokens between a part and the part-of-whole words before its whole ("۹۳ کرسی از ۲۶۶": the noun). */
const PART_NOUN_REACH = 2;
/** Most tokens between the part-of-whole words and the part when who took it stands between ("میں سے مسلم لیگ ن نے 75"). */
const PART_HOLDER_REACH = 5;

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
      // Whole first, who took the part may stand between ("435 सीटों में से रिपब्लिकन को 220 सीटें"): then both count the same named thing.
      const gap = m ? b.first - (p + m.count) : -1;
      if (gap === 0 ? sameThing : gap > 0 && gap <= PART_HOLDER_REACH && lex.ratioWholeFirst && a.figure.counted !== null && a.figure.counted === b.figure.counted) wholes.add(lex.ratioWholeFirst ? a : b);
    }
  }
  return wholes;
}
