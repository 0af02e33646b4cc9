/**
 * Compiled figure vocabularies: each language's table plus CLDR data from Intl (currency names,
 * Gregorian month names, and Solar Hijri month names for Persian), folded and indexed for
 * matching against tokens. Built once per language, on first use.
 */
import { foldWord } from '../text/fold';
import type { Lang, Qualifier } from '../types';
import { enFigureWords } from './en/figureWords';
import { faFigureWords } from './fa/figureWords';
import type { CurrencyEntry, FigureWords } from './figureWords';
import { cldrCurrencyNames, cldrMonthNames } from './cldr';
import { COMPARISON_SIGNS } from './comparisonSigns';
import { DEMONYMS } from './demonyms';
import { hiFigureWords } from './hi/figureWords';
import { LATIN_TIME_ZONES } from './timeZones';
import { PhraseMatcher } from './phrases';
import { MILLIONS_PREFIX, SYMBOL_CURRENCIES, SYMBOL_SUBUNITS, SYMBOL_UNITS, WORD_LIKE_CODES, WORD_LIKE_MILLIONS } from './unitSymbols';
import { urFigureWords } from './ur/figureWords';

/** A currency with the factor that turns its amounts into the ISO unit. */
export interface Currency {
  code: string;
  factor: number;
  /** The exact spelling a code must have to be a currency (USD, MUSD), when the entry is a code. */
  capitals?: string;
}

/** A month name: month number and calendar. */
export interface Month {
  month: number;
  calendar: 'gregory' | 'persian' | 'islamic';
}

/** A small number a phrase names, loosely (a couple of) or exactly (a pair of); null for none definite (a few). */
export interface LooseCount {
  value: number | null;
  exact: boolean;
}

/** A language's figure vocabulary, ready for matching. */
export interface FigureLexicon {
  lang: Lang;
  qualifiersBefore: PhraseMatcher<Qualifier>;
  qualifiersAfter: PhraseMatcher<Qualifier>;
  orEqual: PhraseMatcher<true>;
  boundJoiners: ReadonlySet<string>;
  notQualifiers: PhraseMatcher<true>;
  temperatureExtremes: PhraseMatcher<true>;
  notQualifiersAfter: PhraseMatcher<true>;
  rangeJoiners: PhraseMatcher<true>;
  alternativesBefore: ReadonlySet<string>;
  changeBefore: ReadonlySet<string>;
  changeJoiners: PhraseMatcher<true>;
  changeFrom: ReadonlySet<string>;
  fromEnd: PhraseMatcher<true>;
  definiteArticles: ReadonlySet<string>;
  looseCounts: PhraseMatcher<LooseCount>;
  countGenitives: ReadonlySet<string>;
  dayJoiners: ReadonlySet<string>;
  sinceBefore: PhraseMatcher<true>;
  sinceEventBefore: PhraseMatcher<true>;
  sinceAfter: PhraseMatcher<true>;
  publishedBefore: PhraseMatcher<true>;
  betweenWords: ReadonlySet<string>;
  betweenAfter: PhraseMatcher<true>;
  percent: PhraseMatcher<true>;
  percentagePoints: PhraseMatcher<true>;
  percentBefore: PhraseMatcher<true>;
  percentOfBefore: PhraseMatcher<true>;
  percentOfAfter: PhraseMatcher<true>;
  pointsOrMarks: PhraseMatcher<true>;
  subunitCurrencies: ReadonlyMap<string, string>;
  currencies: PhraseMatcher<Currency>;
  /** Currency words the tables spell out (usd, rs): currencies in any case, unlike bare ISO codes. */
  spelledCurrencies: ReadonlySet<string>;
  subunits: ReadonlySet<string>;
  units: PhraseMatcher<string>;
  references: PhraseMatcher<string>;
  referencesAfter: PhraseMatcher<string>;
  capitalReferences: ReadonlySet<string>;
  identifierLabels: PhraseMatcher<true>;
  yearCues: ReadonlySet<string>;
  yearFollowers: ReadonlySet<string>;
  monthCues: ReadonlySet<string>;
  concepts: PhraseMatcher<string>;
  anaphoricBefore: PhraseMatcher<true>;
  correlatives: ReadonlySet<string>;
  restatedCounts: PhraseMatcher<true>;
  notCounts: PhraseMatcher<true>;
  counters: ReadonlySet<string>;
  homographsBeforeConcepts: ReadonlyMap<string, ReadonlySet<string>>;
  rankNouns: ReadonlySet<string>;
  rankFrom: PhraseMatcher<true>;
  rateWords: PhraseMatcher<true>;
  ratioWords: PhraseMatcher<true>;
  ratioWholeFirst: boolean;
  countedSubjectBefore: boolean;
  partOfWhole: PhraseMatcher<true>;
  bodySizeWords: PhraseMatcher<true>;
  versusJoiners: PhraseMatcher<true>;
  levelBefore: ReadonlySet<string>;
  levelAfter: PhraseMatcher<true>;
  voteSidesAfter: PhraseMatcher<true>;
  countOfAfterNoun: PhraseMatcher<true>;
  deathTolls: ReadonlySet<string>;
  rateSubjects: PhraseMatcher<string>;
  ratioBases: PhraseMatcher<true>;
  lightVerbs: ReadonlySet<string>;
  changeVerbs: PhraseMatcher<true>;
  clauseMarkers: ReadonlySet<string>;
  reasonMarkers: ReadonlySet<string>;
  clauseBreaks: PhraseMatcher<true>;
  gapBreaks: PhraseMatcher<true>;
  relativeWords: ReadonlySet<string>;
  clauseVerbs: ReadonlySet<string>;
  countOfBeforeNoun: PhraseMatcher<true>;
  totalsBefore: PhraseMatcher<true>;
  ageAfter: ReadonlySet<string>;
  letterNames: ReadonlySet<string>;
  gluedLetterNames: ReadonlySet<string>;
  scoreWords: ReadonlySet<string>;
  scoreJoiners: ReadonlySet<string>;
  cricketWords: readonly string[];
  cricketJoiners: ReadonlySet<string>;
  runsOffBalls: ReadonlySet<string>;
  scoreBefore: ReadonlySet<string>;
  scoreVerbs: ReadonlySet<string>;
  clockAndMinutes: PhraseMatcher<true>;
  minuteWords: ReadonlySet<string>;
  meridiems: PhraseMatcher<number>;
  impliedMoney: PhraseMatcher<boolean>;
  impliedMoneyBefore: PhraseMatcher<boolean>;
  impliedCurrency: string | null;
  clockAfter: PhraseMatcher<true>;
  clockBefore: ReadonlySet<string>;
  dayParts: PhraseMatcher<number>;
  nounGap: ReadonlySet<string>;
  gapNouns: ReadonlySet<string>;
  verbEndings: readonly string[];
  periodWords: ReadonlySet<string>;
  verbForms: ReadonlySet<string>;
  windowWords: ReadonlySet<string>;
  windowAfter: PhraseMatcher<true>;
  peopleVerbs: ReadonlySet<string>;
  notVerbs: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
  /** See FigureWords.reportingWords (folded). */
  reportingWords: ReadonlySet<string>;
  /** See FigureWords.subjectMarkers, obliqueBefore and obliqueAfter (folded). */
  subjectMarkers: ReadonlySet<string>;
  obliqueBefore: ReadonlySet<string>;
  obliqueAfter: ReadonlySet<string>;
  months: PhraseMatcher<Month>;
  dayFirst: boolean;
  headFirst: boolean;
  counterUnits: ReadonlyMap<string, ReadonlySet<string>>;
  peopleAfterOf: { words: ReadonlySet<string>; endings: readonly string[] };
  dayWordsBeforeMonth: boolean;
  ordinalSpans: { spans: ReadonlySet<string>; counted: ReadonlySet<string> };
  repeatedIsEach: boolean;
  hijriYearMarks: ReadonlySet<string>;
  otherCalendarCues: ReadonlySet<string>;
  preferredScales: readonly (readonly [number, string, number?])[];
  earlierTime: PhraseMatcher<true>;
  comparedWith: PhraseMatcher<true>;
  oneBeforeUnit: ReadonlySet<string>;
  notCountedByArticle: ReadonlySet<string>;
  partOf: ReadonlySet<string>;
  partUnits: ReadonlyMap<string, string>;
  dimensionWords: ReadonlySet<string>;
  belowZero: PhraseMatcher<true>;
  belowZeroAfterRange: PhraseMatcher<true>;
  freezingBefore: PhraseMatcher<true>;
  dayOfMonthWords: ReadonlySet<string>;
  pluralReferences: ReadonlySet<string>;
  monthGenitives: ReadonlySet<string>;
  weightCues: ReadonlySet<string>;
  equalWords: PhraseMatcher<true>;
  premisesNouns: ReadonlySet<string>;
  passedFrom: { from: PhraseMatcher<true>; after: PhraseMatcher<true> };
  premisesUnits: ReadonlyMap<string, string>;
  plurals: Plurals | null;
  timeZones: ReadonlySet<string>;
  decadeAfter: PhraseMatcher<true>;
  decadeBefore: PhraseMatcher<true>;
  yearPhrases: PhraseMatcher<true>;
}

/** A language's plural endings, compiled (see `FigureWords.plurals`). */
export interface Plurals {
  endings: readonly (readonly [string, string])[];
  notEndings: readonly string[];
  notPlural: ReadonlySet<string>;
  irregular: ReadonlyMap<string, string>;
}

const TABLES: Partial<Record<Lang, FigureWords>> = { ur: urFigureWords, fa: faFigureWords, hi: hiFigureWords, en: enFigureWords };

/** Locale used for Intl data per language. */
const LOCALE: Record<Lang, string> = { ur: 'ur', fa: 'fa', hi: 'hi', en: 'en', ar: 'ar', und: 'en' };

const EMPTY: FigureWords = {
  qualifiersBefore: {}, qualifiersAfter: {}, rangeJoiners: [], dayJoiners: [], betweenWords: [], percent: [], currencies: {}, subunits: [], units: {}, references: {},
  yearCues: [], yearFollowers: [], concepts: {}, nounGap: [], functionWords: [], earlierTime: [], preferredScales: [], months: {},
};

const compiled = new Map<Lang, FigureLexicon>();
/** Urdu and Persian share many nouns (ممالک, کشور) and short texts are easily taken for each other. */
const SIBLING: Partial<Record<Lang, Lang>> = { ur: 'fa', fa: 'ur' };

/** The compiled vocabulary of a language (built on first use, then shared). */
export function figureLexicon(lang: Lang): FigureLexicon {
  let lex = compiled.get(lang);
  if (!lex) {
    lex = compile(lang, TABLES[lang] ?? EMPTY);
    compiled.set(lang, lex);
  }
  return lex;
}

const foldSet = (words: readonly string[]) => new Set(words.map((w) => foldWord(w).toLowerCase()));

/** People of a nation count people (see lexicon/demonyms.ts). */
const demonymConcepts = (lang: Lang): Record<string, string> => Object.fromEntries((DEMONYMS[lang] ?? []).map((w) => [w, 'person']));

function compile(lang: Lang, words: FigureWords): FigureLexicon {
  const locale = LOCALE[lang];
  const currencies: [string, Currency][] = cldrCurrencyNames(locale);
  for (const [sign, entry] of Object.entries(SYMBOL_CURRENCIES)) currencies.push([sign, currencyOf(entry)]);
  for (const [name, entry] of Object.entries(words.currencies)) currencies.push([name, currencyOf(entry)]);
  for (const code of Intl.supportedValuesOf('currency')) {
    if (WORD_LIKE_CODES.has(code)) continue;
    currencies.push([code.toLowerCase(), { code, factor: 1, capitals: code }]);
    const millions = MILLIONS_PREFIX + code;
    if (!WORD_LIKE_MILLIONS.has(millions)) currencies.push([millions.toLowerCase(), { code, factor: 1e6, capitals: millions }]);
  }
  // Urdu and Persian text borrow each other's spellings of Gregorian months (اکتوبر / اکتبر), and a
  // short text may be taken for the other language, so both get both. A month in Latin letters is
  // English's in any text: a Hindi page's furniture dates it "अपडेटेड: 04 Nov 2024, 09:15 PM IST".
  const gregorianLocales = lang === 'ur' || lang === 'fa' ? ['ur', 'fa', 'en'] : lang === 'en' ? [locale] : [locale, 'en'];
  const months: [string, Month][] = [
    ...gregorianLocales.flatMap((l) => cldrMonthNames(l, 'gregory')).map(([name, month]): [string, Month] => [name, { month, calendar: 'gregory' }]),
    ...Object.entries(words.months).map(([name, month]): [string, Month] => [name, { month, calendar: 'gregory' }]),
  ];
  // Afghan news names the Solar Hijri months after the zodiac (۱۵ اسد ۱۴۰۰): CLDR's fa-AF names.
  months.push(...Object.entries(words.hijriMonths ?? {}).map(([name, month]): [string, Month] => [name, { month, calendar: 'islamic' }]));
  // Persian names them after CLDR's fa and fa-AF, English after CLDR's en (5 Aban 1403) and its table (1 Hamal).
  const solarLocales = lang === 'fa' ? ['fa', 'fa-AF'] : lang === 'en' ? ['en'] : [];
  months.push(...solarLocales.flatMap((l) => cldrMonthNames(l, 'persian')).map(([name, month]): [string, Month] => [name, { month, calendar: 'persian' }]));
  months.push(...Object.entries(words.solarMonths ?? {}).map(([name, month]): [string, Month] => [name, { month, calendar: 'persian' }]));
  return {
    lang,
    qualifiersBefore: new PhraseMatcher(Object.entries({ ...COMPARISON_SIGNS, ...words.qualifiersBefore })),
    qualifiersAfter: new PhraseMatcher(Object.entries(words.qualifiersAfter)),
    orEqual: new PhraseMatcher((words.orEqual ?? []).map((w) => [w, true] as const)),
    boundJoiners: foldSet(words.boundJoiners ?? []),
    notQualifiers: new PhraseMatcher((words.notQualifiers ?? []).map((w) => [w, true] as const)),
    temperatureExtremes: new PhraseMatcher((words.temperatureExtremes ?? []).map((w) => [w, true] as const)),
    notQualifiersAfter: new PhraseMatcher((words.notQualifiersAfter ?? []).map((w) => [w, true] as const)),
    rangeJoiners: new PhraseMatcher(words.rangeJoiners.map((w) => [w, true] as const)),
    alternativesBefore: foldSet(words.alternativesBefore ?? []),
    changeBefore: foldSet(words.changeBefore ?? []),
    changeJoiners: new PhraseMatcher((words.changeJoiners ?? []).map((w) => [w, true] as const)),
    changeFrom: foldSet(words.changeFrom ?? []),
    definiteArticles: foldSet(words.definiteArticles ?? []),
    looseCounts: new PhraseMatcher<LooseCount>([
      ...Object.entries(words.looseCounts ?? {}).map(([w, value]) => [w, { value, exact: false }] as const),
      ...Object.entries(words.exactCounts ?? {}).map(([w, value]) => [w, { value, exact: true }] as const),
    ]),
    countGenitives: foldSet(words.countGenitives ?? []),
    fromEnd: new PhraseMatcher((words.fromEnd ?? []).map((w) => [w, true] as const)),
    dayJoiners: foldSet(words.dayJoiners),
    sinceBefore: new PhraseMatcher((words.sinceBefore ?? []).map((w) => [w, true] as const)),
    sinceEventBefore: new PhraseMatcher((words.sinceEventBefore ?? []).map((w) => [w, true] as const)),
    sinceAfter: new PhraseMatcher((words.sinceAfter ?? []).map((w) => [w, true] as const)),
    publishedBefore: new PhraseMatcher((words.publishedBefore ?? []).map((w) => [w, true] as const)),
    betweenWords: foldSet(words.betweenWords),
    betweenAfter: new PhraseMatcher((words.betweenAfter ?? []).map((w) => [w, true] as const)),
    percent: new PhraseMatcher(words.percent.map((w) => [w, true] as const)),
    percentagePoints: new PhraseMatcher((words.percentagePoints ?? []).map((w) => [w, true] as const)),
    percentBefore: new PhraseMatcher((words.percentBefore ?? []).map((w) => [w, true] as const)),
    percentOfBefore: new PhraseMatcher((words.percentOfBefore ?? []).map((w) => [w, true] as const)),
    percentOfAfter: new PhraseMatcher((words.percentOfAfter ?? []).map((w) => [w, true] as const)),
    pointsOrMarks: new PhraseMatcher((words.pointsOrMarks ?? []).map((w) => [w, true] as const)),
    subunitCurrencies: new Map(Object.entries({ ...SYMBOL_SUBUNITS, ...words.subunitCurrencies }).map(([w, code]) => [foldWord(w).toLowerCase(), code])),
    currencies: new PhraseMatcher(currencies),
    spelledCurrencies: foldSet([...Object.keys(SYMBOL_CURRENCIES), ...Object.entries(words.currencies).filter(([, e]) => typeof e === 'string' || e.capitals === undefined).map(([k]) => k)]),
    subunits: foldSet(words.subunits),
    // Urdu, Persian and Hindi news quote English unit names in Latin letters too (50 degree celsius का).
    units: new PhraseMatcher(Object.entries({ ...SYMBOL_UNITS, ...(TABLES[lang] && lang !== 'en' ? enFigureWords.units : {}), ...siblingOf(lang).units, ...words.units })),
    references: new PhraseMatcher(Object.entries(words.references)),
    referencesAfter: new PhraseMatcher(Object.entries(words.referencesAfter ?? {})),
    capitalReferences: foldSet(words.capitalReferences ?? []),
    identifierLabels: new PhraseMatcher((words.identifierLabels ?? []).map((w) => [w, true] as const)),
    yearCues: foldSet(words.yearCues),
    monthCues: foldSet(words.monthCues ?? []),
    yearFollowers: foldSet(words.yearFollowers),
    // English nouns in Latin letters keep their concept in other scripts' text too (six weeks का).
    concepts: new PhraseMatcher(Object.entries({ ...(TABLES[lang] && lang !== 'en' ? enFigureWords.concepts : {}), ...siblingOf(lang).concepts, ...demonymConcepts(lang), ...words.concepts })),
    anaphoricBefore: new PhraseMatcher((words.anaphoricBefore ?? []).map((w) => [w, true] as const)),
    correlatives: foldSet(words.correlatives ?? []),
    restatedCounts: new PhraseMatcher((words.restatedCounts ?? []).map((w) => [w, true] as const)),
    notCounts: new PhraseMatcher((words.notCounts ?? []).map((w) => [w, true] as const)),
    counters: foldSet(words.counters ?? []),
    homographsBeforeConcepts: new Map(Object.entries(words.homographsBeforeConcepts ?? {}).map(([w, pairs]) => [foldWord(w), foldSet(pairs)])),
    // Latin words in Urdu, Persian and Hindi text are English (second list, first page).
    rankNouns: foldSet([...(TABLES[lang] && lang !== 'en' ? (enFigureWords.rankNouns ?? []) : []), ...(words.rankNouns ?? [])]),
    rankFrom: new PhraseMatcher((words.rankFrom ?? []).map((w) => [w, true] as const)),
    rateWords: new PhraseMatcher((words.rateWords ?? []).map((w) => [w, true] as const)),
    ratioWords: new PhraseMatcher((words.ratioWords ?? []).map((w) => [w, true] as const)),
    ratioWholeFirst: words.ratioWholeFirst ?? false,
    countedSubjectBefore: words.countedSubjectBefore ?? false,
    partOfWhole: new PhraseMatcher((words.partOfWhole ?? []).map((w) => [w, true] as const)),
    bodySizeWords: new PhraseMatcher((words.bodySizeWords ?? []).map((w) => [w, true] as const)),
    versusJoiners: new PhraseMatcher((words.versusJoiners ?? []).map((w) => [w, true] as const)),
    levelBefore: foldSet(words.levelBefore ?? []),
    levelAfter: new PhraseMatcher((words.levelAfter ?? []).map((w) => [w, true] as const)),
    voteSidesAfter: new PhraseMatcher((words.voteSidesAfter ?? []).map((w) => [w, true] as const)),
    countOfAfterNoun: new PhraseMatcher((words.countOfAfterNoun ?? []).map((w) => [w, true] as const)),
    deathTolls: foldSet(words.deathTolls ?? []),
    rateSubjects: new PhraseMatcher(Object.entries(words.rateSubjects ?? {})),
    ratioBases: new PhraseMatcher((words.ratioBases ?? []).map((w) => [w, true] as const)),
    lightVerbs: foldSet(words.lightVerbs ?? []),
    changeVerbs: new PhraseMatcher((words.changeVerbs ?? []).map((w) => [w, true] as const)),
    clauseMarkers: foldSet(words.clauseMarkers ?? []),
    reasonMarkers: foldSet(words.reasonMarkers ?? []),
    clauseBreaks: new PhraseMatcher((words.clauseBreaks ?? []).map((w) => [w, true] as const)),
    gapBreaks: new PhraseMatcher((words.gapBreaks ?? []).map((w) => [w, true] as const)),
    relativeWords: foldSet(words.relativeWords ?? []),
    clauseVerbs: foldSet(words.clauseVerbs ?? []),
    countOfBeforeNoun: new PhraseMatcher((words.countOfBeforeNoun ?? []).map((w) => [w, true] as const)),
    totalsBefore: new PhraseMatcher((words.totalsBefore ?? []).map((w) => [w, true] as const)),
    ageAfter: foldSet(words.ageAfter ?? []),
    letterNames: foldSet(words.letterNames ?? []),
    gluedLetterNames: foldSet(words.gluedLetterNames ?? []),
    scoreWords: foldSet(words.scoreWords ?? []),
    scoreJoiners: foldSet(words.scoreJoiners ?? []),
    cricketWords: [...foldSet(words.cricketWords ?? [])],
    cricketJoiners: foldSet(words.cricketJoiners ?? []),
    runsOffBalls: foldSet(words.runsOffBalls ?? []),
    scoreBefore: foldSet(words.scoreBefore ?? []),
    scoreVerbs: foldSet(words.scoreVerbs ?? []),
    clockAndMinutes: new PhraseMatcher((words.clockAndMinutes ?? []).map((w) => [w, true] as const)),
    minuteWords: foldSet(words.minuteWords ?? []),
    // Page furniture in Urdu, Persian and Hindi text writes clock times in Latin letters (06:45 PM IST).
    meridiems: new PhraseMatcher(Object.entries({ ...(TABLES[lang] && lang !== 'en' ? enFigureWords.meridiems : {}), ...words.meridiems })),
    impliedMoney: new PhraseMatcher((words.impliedMoney ?? []).map((w) => [w, true] as const)),
    impliedMoneyBefore: new PhraseMatcher((words.impliedMoneyBefore ?? []).map((w) => [w, true] as const)),
    impliedCurrency: words.impliedCurrency ?? null,
    clockAfter: new PhraseMatcher((words.clockAfter ?? []).map((w) => [w, true] as const)),
    clockBefore: foldSet(words.clockBefore ?? []),
    dayParts: new PhraseMatcher(Object.entries(words.dayParts ?? {})),
    nounGap: foldSet(words.nounGap),
    gapNouns: foldSet([...(words.gapNouns ?? []), ...(lang === 'en' ? [] : (DEMONYMS[lang] ?? []))]),
    verbEndings: words.verbEndings ?? [],
    periodWords: foldSet(words.periodWords ?? []),
    verbForms: foldSet(words.verbForms ?? []),
    windowWords: foldSet(words.windowWords ?? []),
    windowAfter: new PhraseMatcher((words.windowAfter ?? []).map((w) => [w, true] as const)),
    peopleVerbs: foldSet(words.peopleVerbs ?? []),
    notVerbs: foldSet(words.notVerbs ?? []),
    functionWords: foldSet(words.functionWords),
    reportingWords: foldSet(words.reportingWords ?? []),
    subjectMarkers: foldSet(words.subjectMarkers ?? []),
    obliqueBefore: foldSet(words.obliqueBefore ?? []),
    obliqueAfter: foldSet(words.obliqueAfter ?? []),
    months: new PhraseMatcher(months),
    dayFirst: words.dayFirst ?? false,
    headFirst: words.headFirst ?? false,
    counterUnits: new Map(Object.entries(words.counterUnits ?? {}).map(([unit, after]) => [foldWord(unit).toLowerCase(), foldSet(after)])),
    peopleAfterOf: { words: foldSet(words.peopleAfterOf?.words ?? []), endings: (words.peopleAfterOf?.endings ?? []).map(foldWord) },
    dayWordsBeforeMonth: words.dayWordsBeforeMonth ?? false,
    ordinalSpans: { spans: foldSet(words.ordinalSpans?.spans ?? []), counted: foldSet(words.ordinalSpans?.counted ?? []) },
    repeatedIsEach: words.repeatedIsEach ?? false,
    hijriYearMarks: foldSet(words.hijriYearMarks ?? []),
    otherCalendarCues: foldSet(words.otherCalendarCues ?? []),
    preferredScales: words.preferredScales,
    earlierTime: new PhraseMatcher(words.earlierTime.map((w) => [w, true] as const)),
    comparedWith: new PhraseMatcher((words.comparedWith ?? []).map((w) => [w, true] as const)),
    oneBeforeUnit: foldSet(words.oneBeforeUnit ?? []),
    notCountedByArticle: foldSet(words.notCountedByArticle ?? []),
    partOf: foldSet(words.partOf ?? []),
    partUnits: new Map(Object.entries(words.partUnits ?? {})),
    dimensionWords: foldSet(words.dimensionWords ?? []),
    belowZero: new PhraseMatcher((words.belowZero ?? []).map((w) => [w, true] as const)),
    belowZeroAfterRange: new PhraseMatcher((words.belowZeroAfterRange ?? []).map((w) => [w, true] as const)),
    freezingBefore: new PhraseMatcher((words.freezingBefore ?? []).map((w) => [w, true] as const)),
    dayOfMonthWords: foldSet(words.dayOfMonthWords ?? []),
    pluralReferences: foldSet(words.pluralReferences ?? []),
    monthGenitives: foldSet(words.monthGenitives ?? []),
    weightCues: foldSet(words.weightCues ?? []),
    equalWords: new PhraseMatcher((words.equalWords ?? []).map((w) => [w, true] as const)),
    premisesNouns: foldSet(words.premisesArea?.nouns ?? []),
    passedFrom: { from: new PhraseMatcher((words.passedFrom?.from ?? []).map((w) => [w, true] as const)), after: new PhraseMatcher((words.passedFrom?.after ?? []).map((w) => [w, true] as const)) },
    premisesUnits: new Map(Object.entries(words.premisesArea?.units ?? {}).map(([w, unit]) => [foldWord(w), unit])),
    plurals: words.plurals ? { ...words.plurals, notPlural: foldSet(words.plurals.notPlural), irregular: new Map(Object.entries(words.plurals.irregular)) } : null,
    timeZones: foldSet([...LATIN_TIME_ZONES, ...(words.timeZones ?? [])]),
    decadeAfter: new PhraseMatcher((words.decadeAfter ?? []).map((w) => [w, true] as const)),
    decadeBefore: new PhraseMatcher((words.decadeBefore ?? []).map((w) => [w, true] as const)),
    yearPhrases: new PhraseMatcher((words.yearPhrases ?? []).map((w) => [w, true] as const)),
  };
}

function siblingOf(lang: Lang): FigureWords {
  const sibling = SIBLING[lang];
  return (sibling && TABLES[sibling]) || EMPTY;
}

function currencyOf(entry: CurrencyEntry): Currency {
  return typeof entry === 'string' ? { code: entry, factor: 1 } : entry;
}
