/**
 * The number-word tables of one language, built once from the n2words-generated tables and the
 * hand-written extras (lexicon/<lang>/numberWords.ts), all folded: cardinals, ordinals with their
 * inflections, ordinals of scale words (hundredth, सौवां, ہزارواں, هزارم), fraction words, and the
 * spelling variants Hindi writes (पन्द्रह = पंद्रह, निन्यानवे = निन्यानबे).
 */
import { enNumberWords } from '../lexicon/en/numberWords';
import { faNumberWords } from '../lexicon/fa/numberWords';
import { enGeneratedNumbers } from '../lexicon/generated/numbers.en';
import { faGeneratedNumbers } from '../lexicon/generated/numbers.fa';
import { hiGeneratedNumbers } from '../lexicon/generated/numbers.hi';
import { urGeneratedNumbers } from '../lexicon/generated/numbers.ur';
import { hiNumberWords } from '../lexicon/hi/numberWords';
import type { NumberWordExtras } from '../lexicon/numberWords';
import { urNumberWords } from '../lexicon/ur/numberWords';
import { WordFilter } from '../lexicon/phrases';
import { SYMBOL_CURRENCIES } from '../lexicon/unitSymbols';
import { figureLexicon } from '../lexicon/figureLexicon';
import { foldWord } from '../text/fold';
import type { Lang } from '../types';

/** The folded number vocabulary of one language. */
export interface Grammar {
  /** The language the tables are of. */
  lang: Lang;
  /** Every word a number can start with (cardinals, ordinals, scales, fractions, articles, …). */
  starters: Set<string>;
  /** Pre-check of `starters` (most words start no number; the bits stay in cache where the set does not). */
  startFilter: WordFilter;
  cardinals: Map<string, number>;
  ordinals: Map<string, number>;
  /** Ordinals of hundreds and scales: hundredth 100, thousandth 1000, सौवां 100, هزارم 1000. */
  ordinalScales: Map<string, number>;
  hundreds: Set<string>;
  scales: Map<string, number>;
  /** Scales read only after a number: plural scales (billions, dozens) and ambiguous abbreviations (cr). */
  laterScales: Map<string, number>;
  fractions: Map<string, number>;
  /** Fraction words after a numerator → denominator (thirds 3, तिहाई 3). */
  denominators: Map<string, number>;
  multipliers: Map<string, number>;
  /** "blocker multiplier" pairs after which a multiplier word means something else (کے سوا "except"). */
  multiplierBlockers: Set<string>;
  vague: Set<string>;
  connectors: Set<string>;
  scaleConnectors: Set<string>;
  decimalPoints: Set<string>;
  /** Words between a numerator and a denominator: पांच बटा आठ = 5/8. */
  overs: Set<string>;
  /** Words between a number and an ordinal that divides it: तीन का पांचवां = 3/5. */
  fractionOf: Set<string>;
  negatives: Set<string>;
  /** Negative words that never make digits negative (the adjective "negative"). */
  negativeAdjectives: Set<string>;
  /** Words after which a negative adjective is a sign before digits too (to negative 5). */
  signPrepositions: Set<string>;
  pluses: Set<string>;
  plusMinusJoiners: Set<string>;
  suffixes: Set<string>;
  /** Suffixes that make an ordinal after a space too (10 वें). */
  looseSuffixes: Set<string>;
  weak: Set<string>;
  /** Words after which a weak number word is no count (کوئی ایک, किसी एक, any one). */
  indefiniteBefore: Set<string>;
  /** Words after which a weak ordinal is an ordinal (the first). */
  ordinalDeterminers: Set<string>;
  homographs: Set<string>;
  /** Cardinals that never open a number (Hindi वन, टू). */
  insideOnly: Set<string>;
  /** Number words that are figures alone (zero, शून्य). */
  standalone: Set<string>;
  /** Ordinals that never end a compound number (Hindi सेकंड, also the unit "second"). */
  openingOnly: Set<string>;
  articles: Set<string>;
  /** Whether an ordinal after a numerator is a fraction: after one only (one fifth), or after any (دو سوم). */
  ordinalFractions: 'one' | 'any' | null;
  /** Plural ordinals of one to nine (firsts, fifths): denominators only after tens (three twenty-firsts). */
  unitOrdinalPlurals: Map<string, number>;
  /** The ordinals that can be fraction denominators (Persian سوم, not سومین). */
  fractionOrdinals: Set<string>;
  /** Words after which "a" + ordinal is a fraction (a fifth of): else it is "another" (a third term). */
  fractionFollowers: Set<string>;
  /** Whether one space groups thousands (40 000): not in Hindi and Urdu. */
  spaceGroups: boolean;
}

type Generated = { cardinals: Record<string, number>; ordinals: Record<string, number>; scales: Record<string, number> };

const SOURCES: Partial<Record<Lang, [Generated, NumberWordExtras]>> = {
  ur: [urGeneratedNumbers, urNumberWords],
  fa: [faGeneratedNumbers, faNumberWords],
  hi: [hiGeneratedNumbers, hiNumberWords],
  en: [enGeneratedNumbers, enNumberWords],
};

const grammars = new Map<Lang, Grammar>();
/** Folds a table word as tokens are folded (Latin lower-cased). */
export const foldNumberWord = (w: string): string => foldWord(w).toLowerCase();
const foldMap = (...tables: (Readonly<Record<string, number>> | undefined)[]) =>
  new Map(tables.flatMap((t) => Object.entries(t ?? {})).map(([k, v]) => [foldNumberWord(k), v]));
const foldSet = (words: readonly string[] | undefined) => new Set((words ?? []).map(foldNumberWord));
const blockerPairs = (table: Readonly<Record<string, readonly string[]>> | undefined) =>
  new Set(Object.entries(table ?? {}).flatMap(([m, before]) => before.map((b) => `${foldNumberWord(b)} ${foldNumberWord(m)}`)));

/** Whether the word before a multiplier word makes it another word (کے سوا "except"). */
export function blocksMultiplier(g: Grammar, words: readonly string[], k: number): boolean {
  return k > 0 && g.multiplierBlockers.has(`${words[k - 1]} ${words[k]}`);
}

/** The grammar of a language, or null when Concord reads no number words in it. */
export function grammar(lang: Lang): Grammar | null {
  const cached = grammars.get(lang);
  if (cached) return cached;
  const source = SOURCES[lang];
  if (!source) return null;
  const g = build(source[0], source[1], lang);
  grammars.set(lang, g);
  return g;
}

function build(generated: Generated, extras: NumberWordExtras, lang: Lang): Grammar {
  const scales = foldMap(generated.scales, extras.scales);
  // A scale read only after a number is none alone, though the generated table lists it (Hindi अरब "Arab").
  for (const w of Object.keys(extras.scalesAfterNumber ?? {})) scales.delete(foldNumberWord(w));
  const hundreds = new Set([...scales].filter(([, v]) => v === 100).map(([k]) => k));
  for (const h of hundreds) scales.delete(h);
  const cardinals = foldMap(generated.cardinals, extras.cardinals, extras.insideOnly);
  const inflections = extras.ordinalInflections ?? [];
  const ordinals = inflect(foldMap(generated.ordinals, extras.ordinals), inflections);
  const ending = extras.ordinalEnding !== undefined ? foldNumberWord(extras.ordinalEnding) : null;
  const ordinalScales = new Map<string, number>();
  if (ending !== null) {
    // एक हज़ार एकवां (1001st), ایک سو ایکواں: the last word of a compound ordinal is cardinal + ending.
    // Persian has its own 1–99 forms (and سه + م is سهم "share"): only hundreds take the ending there (دویستم).
    for (const [w, v] of cardinals) {
      if ((extras.ordinalOfCardinals || (v >= 100 && v % 100 === 0)) && !ordinals.has(w + ending) && !cardinals.has(w + ending)) ordinals.set(w + ending, v);
    }
    for (const [w, v] of [...scales, ...[...hundreds].map((h) => [h, 100] as const)]) ordinalScales.set(w + ending, v);
    inflect(ordinals, inflections);
    inflect(ordinalScales, inflections);
  }
  const g: Grammar = {
    lang,
    starters: new Set(),
    startFilter: new WordFilter(),
    cardinals,
    ordinals,
    ordinalScales,
    hundreds,
    scales,
    laterScales: foldMap(extras.pluralScales, extras.scalesAfterNumber),
    fractions: foldMap(extras.fractions),
    denominators: foldMap(extras.denominators),
    multipliers: foldMap(extras.multipliers),
    multiplierBlockers: blockerPairs(extras.multiplierBlockers),
    vague: foldSet(extras.vague),
    connectors: foldSet(extras.connectors),
    scaleConnectors: foldSet(extras.scaleConnectors),
    decimalPoints: foldSet(extras.decimalPoints),
    overs: foldSet(extras.overs),
    fractionOf: foldSet(extras.fractionOf),
    negatives: foldSet(extras.negatives),
    negativeAdjectives: foldSet(extras.negativeAdjectives),
    signPrepositions: foldSet(extras.signPrepositions),
    pluses: foldSet(extras.pluses),
    plusMinusJoiners: foldSet(extras.plusMinusJoiners),
    suffixes: foldSet(extras.ordinalSuffixes),
    looseSuffixes: foldSet(extras.looseOrdinalSuffixes),
    weak: foldSet(extras.weak),
    indefiniteBefore: foldSet(extras.indefiniteBefore),
    ordinalDeterminers: foldSet(extras.ordinalDeterminers),
    homographs: foldSet(extras.homographs),
    standalone: foldSet(extras.standalone),
    openingOnly: foldSet(extras.openingOnly),
    insideOnly: new Set(Object.keys(extras.insideOnly ?? {}).map(foldNumberWord)),
    articles: foldSet(extras.articles),
    ordinalFractions: extras.ordinalFractions ?? null,
    unitOrdinalPlurals: new Map(),
    fractionOrdinals: foldSet(Object.keys(generated.ordinals)),
    fractionFollowers: foldSet(extras.fractionFollowers),
    spaceGroups: extras.spaceGroups ?? true,
  };
  // Plural ordinals are fractions after a numerator (three fifths, two thirds); a word that is both
  // a cardinal and a hundred-word (Persian صد) reads as the cardinal alone and multiplies a number
  // before it (چهار صد = 400).
  if (extras.pluralOrdinalEnding !== undefined) {
    for (const [w, v] of [...ordinals].filter(([, v]) => v > 2).concat([...ordinalScales])) g.denominators.set(w + extras.pluralOrdinalEnding, v);
    for (const [w, v] of ordinals) if (v < 10) g.unitOrdinalPlurals.set(w + extras.pluralOrdinalEnding, v);
  }
  // Persian joins tens and units with a zero-width non-joiner, which folding drops (بیست‌ویک → بیستویک).
  if (extras.gluedConnector !== undefined) addGluedCompounds(g, foldNumberWord(extras.gluedConnector));
  // Hyphenated table words also come written as one word (twentyfifth, twentyfive).
  for (const map of [g.cardinals, g.ordinals]) for (const [w, v] of [...map]) if (w.includes('-') && !map.has(w.replace(/-/g, ''))) map.set(w.replace(/-/g, ''), v);
  if (lang === 'hi') for (const map of [g.cardinals, g.ordinals, g.ordinalScales, g.scales]) addDevanagariVariants(map);
  if (lang === 'ur') {
    // Urdu typed on Persian keyboards writes do-chashmi heh as plain heh (کهرب for کھرب, چهے for چھے).
    for (const map of [g.cardinals, g.ordinals, g.ordinalScales, g.scales, g.fractions, g.multipliers, g.laterScales]) addVariants(map, (w) => w.replace(/ھ/g, 'ه'));
    for (const set of [g.vague, g.weak, g.homographs]) for (const w of [...set]) set.add(w.replace(/ھ/g, 'ه'));
  }
  for (const table of [g.cardinals, g.ordinals, g.ordinalScales, g.scales, g.fractions, g.multipliers]) for (const w of table.keys()) g.starters.add(w);
  for (const set of [g.hundreds, g.vague, g.articles, g.negatives]) for (const w of set) g.starters.add(w);
  for (const w of g.starters) g.startFilter.add(w);
  return g;
}

/** Adds the inflected forms of ordinals: پانچواں → پانچویں, पाँचवाँ → पाँचवें. */
function inflect(ordinals: Map<string, number>, inflections: readonly (readonly [string, readonly string[]])[]): Map<string, number> {
  for (const [word, value] of [...ordinals]) {
    for (const [ending, others] of inflections) {
      const end = foldNumberWord(ending);
      if (!word.endsWith(end)) continue;
      for (const other of others) {
        const form = word.slice(0, -end.length) + foldNumberWord(other);
        if (!ordinals.has(form)) ordinals.set(form, value);
      }
    }
  }
  return ordinals;
}

/** Adds tens + connector + unit as one word, cardinal and ordinal (بیستویک 21, بیستویکم 21st), then a number below 1,000 glued to a scale (دویستهزار 200,000, یکمیلیون). */
function addGluedCompounds(g: Grammar, connector: string): void {
  const oneWord = (map: Map<string, number>, value: number) => [...map].filter(([w, v]) => v === value && !w.includes(' ')).map(([w]) => w);
  for (let tens = 20; tens <= 90; tens += 10) {
    for (const t of oneWord(g.cardinals, tens)) {
      for (let unit = 1; unit <= 9; unit++) {
        for (const u of oneWord(g.cardinals, unit)) if (!g.cardinals.has(t + connector + u)) g.cardinals.set(t + connector + u, tens + unit);
        for (const u of oneWord(g.ordinals, unit)) if (!g.ordinals.has(t + connector + u)) g.ordinals.set(t + connector + u, tens + unit);
      }
    }
  }
  const below = [...g.cardinals].filter(([w, v]) => v >= 1 && v < 1000 && !w.includes(' '));
  for (const [s, scale] of g.scales) if (!s.includes(' ') && scale >= 1000) for (const [w, v] of below) if (!g.cardinals.has(w + s)) g.cardinals.set(w + s, v * scale);
}

/** Adds `variant(word)` for every word of a table that does not have it yet. */
function addVariants(map: Map<string, number>, variant: (w: string) => string): void {
  for (const [w, v] of [...map]) {
    const other = variant(w);
    if (!map.has(other)) map.set(other, v);
  }
}

/** The nasal consonant Devanagari writes with a virama in place of an anusvara before each class of consonant. */
const HOMORGANIC: readonly [RegExp, string][] = [
  [/[कखगघ]/, 'ङ'],
  [/[चछजझ]/, 'ञ'],
  [/[टठडढ]/, 'ण'],
  [/[तथदध]/, 'न'],
  [/[पफबभ]/, 'म'],
];
const VIRAMA = '्';
const ANUSVARA = 'ं';

/**
 * Hindi writes a nasal before a consonant either as an anusvara or as a half nasal (पंद्रह, पन्द्रह),
 * and the nineties with ब or व (निन्यानबे, निन्यानवे): every table word gets its other spellings.
 */
function addDevanagariVariants(map: Map<string, number>): void {
  for (const [word, value] of [...map]) {
    const forms = new Set<string>();
    let halfNasal = '';
    for (let i = 0; i < word.length; i++) {
      const next = word[i + 1] ?? '';
      const nasal = word[i] === ANUSVARA ? HOMORGANIC.find(([cls]) => cls.test(next))?.[1] : undefined;
      halfNasal += nasal !== undefined ? nasal + VIRAMA : word[i];
    }
    forms.add(halfNasal);
    forms.add(word.replace(/[ङञणनम]्(?=[क-ह])/g, ANUSVARA));
    // Long and short independent i inside a word (बाईस, बाइस).
    if (word.indexOf('ई') > 0) forms.add(word.replace(/(?<=.)ई/g, 'इ'));
    for (const f of [...forms, word]) {
      if (f.includes('नबे')) forms.add(f.replace('नबे', 'नवे'));
      if (f.includes('नवे')) forms.add(f.replace('नवे', 'नबे'));
    }
    for (const f of forms) if (!map.has(f)) map.set(f, value);
  }
}

/** Latin words in a Hindi or Urdu sentence (five hundred twenty rupees में) are read as English. */
export const isLatin = (w: string): boolean => w.charCodeAt(0) >= 0x61 && w.charCodeAt(0) <= 0x7a;

/** Whether a word is the "and" of a language's numbers (and, और, اور), which may also join two amounts. */
export function isScaleConnectorWord(word: string | undefined, lang: Lang): boolean {
  return word !== undefined && (grammar(isLatin(word) ? 'en' : lang)?.scaleConnectors.has(word) ?? false);
}

/** Urdu and Persian borrow each other's scale words (هزار, میلیون / ملین) and short texts are easily taken for the other. */
const SIBLING: Partial<Record<Lang, Lang>> = { ur: 'fa', fa: 'ur' };

/** The value of a scale word written after digits (83.5 ملین, 25 लाख, 18,900 بلین, 3 dozens), or null. */
export function scaleWordValue(word: string, lang: Lang): number | null {
  let values = scaleValues.get(lang);
  if (values === undefined) scaleValues.set(lang, (values = scaleValuesOf(lang)));
  return values.get(word) ?? null;
}

/** Every scale word of a language (its own, its sibling's, English for Latin words) → value: one lookup per word after digits. */
const scaleValues = new Map<Lang, ReadonlyMap<string, number>>();

function scaleValuesOf(lang: Lang): ReadonlyMap<string, number> {
  const values = new Map<string, number>();
  for (const g of [grammar('en'), grammar(lang), SIBLING[lang] ? grammar(SIBLING[lang]) : null]) {
    for (const w of g ? [...g.scales.keys(), ...g.laterScales.keys(), ...g.hundreds] : []) {
      const value = lookUpScale(w, lang);
      if (value !== null) values.set(w, value);
    }
  }
  return values;
}

function lookUpScale(word: string, lang: Lang): number | null {
  if (isLatin(word)) return scaleIn(grammar('en'), word);
  const sibling = SIBLING[lang];
  return scaleIn(grammar(lang), word) ?? (sibling ? scaleIn(grammar(sibling), word) : null);
}

function scaleIn(g: Grammar | null, word: string): number | null {
  return g ? (g.scales.get(word) ?? g.laterScales.get(word) ?? (g.hundreds.has(word) ? 100 : null)) : null;
}

/** Whether a word after digits makes them an ordinal: glued (80ویں, 5th, ۱۸م), or after a space when it is no word alone (10 वें). */
export function ordinalSuffix(word: string, lang: Lang, glued = true): boolean {
  const g = grammar(isLatin(word) ? 'en' : lang);
  return (glued ? g?.suffixes.has(word) : g?.looseSuffixes.has(word)) ?? false;
}

/**
 * Whether the word at `k` makes the digits after it negative (minus 5, منفی ۵, माइनस 5; not "tested
 * negative 3 times"): an adjective ("negative") only when it opens the sentence or follows a
 * preposition of a value (fell to negative 5, at negative 3); never after a plus word (plus or
 * minus 2 per cent, प्लस-माइनस 3: a tolerance).
 */
export function isNegativeWord(words: readonly string[], k: number, lang: Lang): boolean {
  const word = words[k] ?? '';
  const g = grammar(isLatin(word) ? 'en' : lang);
  if (g === null || !g.negatives.has(word) || isTolerance(g, words, k)) return false;
  return !g.negativeAdjectives.has(word) || k === 0 || g.signPrepositions.has(words[k - 1]);
}

/** Whether the negative word at `k` follows a plus word and a joiner (plus or minus, प्लस-माइनस). */
export function isTolerance(g: Grammar, words: readonly string[], k: number): boolean {
  return k >= 2 && g.plusMinusJoiners.has(words[k - 1]) && g.pluses.has(words[k - 2]);
}

/** The multiplier a word at `k` puts on the number after it (ساڑھے 1.5, सवा 1.25, پونے 0.75), unless the word before blocks it (کے سوا "except"). */
export function multiplierAt(words: readonly string[], k: number, lang: Lang): number | null {
  const g = grammar(lang);
  const m = g?.multipliers.get(words[k]);
  return m === undefined || blocksMultiplier(g!, words, k) ? null : m;
}

/**
 * Whether the word at `k` makes the digits before it a figure of their own: a scale, an ordinal suffix, a month (15 جون), an o'clock word (10 بجے),
 * or a name: a letter name glued after them (4.6 लाख 5जी टावर: 5G, no 5 added to the lakhs).
 */
export function ownFigureAfter(words: readonly string[], k: number, lang: Lang, glued: boolean): boolean {
  const lex = figureLexicon(lang);
  return scaleWordValue(words[k], lang) !== null || (glued && lex.gluedLetterNames.has(words[k])) || ordinalSuffix(words[k], lang, glued) || lex.months.match(words, k) !== null || lex.clockAfter.match(words, k) !== null || lex.clockAndMinutes.match(words, k) !== null;
}

/** Whether a word between two numbers makes a fraction of them (1 over 3, 1 बटा 3). */
export function isOverWord(word: string, lang: Lang): boolean {
  return grammar(isLatin(word) ? 'en' : lang)?.overs.has(word) ?? false;
}

/** Whether a word is a decimal point written out (1 point 1, 5 दशमलव 5). */
export function isDecimalPointWord(word: string, lang: Lang): boolean {
  return grammar(isLatin(word) ? 'en' : lang)?.decimalPoints.has(word) ?? false;
}

/**
 * Whether a word joins a number to a scaled number before it (3 hundred and 21, 4 हजार 3 सौ और 21,
 * ۵ هزار و ۶۰۰): a scale connector, or a connector word (not a dash: 3 lakh-5 lakh is a range).
 */
export function isPartConnector(word: string, lang: Lang): boolean {
  const g = grammar(isLatin(word) ? 'en' : lang);
  return g !== null && (g.scaleConnectors.has(word) || (g.connectors.has(word) && /^\p{L}+$/u.test(word)));
}

/**
 * Whether a glued m after whole digits is a million because a plural of a counted noun follows it (45m children, 10m shares),
 * while 100m, a 45m tower stay metres.
 */
export function millionsBeforeNoun(words: readonly string[], k: number): boolean {
  const lex = figureLexicon('en');
  const next = words[k + 1];
  const noun = next === undefined || lex.dimensionWords.has(next) ? null : lex.concepts.match(words, k + 1);
  return noun !== null && noun.count === 1 && noun.value !== next && (next.endsWith('s') || (lex.plurals?.irregular.has(next) ?? false));
}

/** The value of a scale letter after `digits`, case as written (10k, 3M, 5bn, 10G; 100m is metres, 5G a network), or null. */
export function gluedScaleValue(suffix: string, digits?: number): number | null {
  if (digits !== undefined && Number.isInteger(digits) && digits >= 1 && digits <= 9 && enNumberWords.generationLetters?.includes(suffix)) return null;
  return enNumberWords.gluedScales?.[suffix] ?? null;
}

/** Rounds away binary noise (1/3 × 3, 0.1 + 0.2, 83.5 × 10⁶). */
export function round(v: number): number {
  // Whole numbers of at most 15 digits are exact already (only -0 becomes 0); toPrecision is slow.
  if (Number.isInteger(v) && v < 1e15 && v > -1e15) return v === 0 ? 0 : v;
  return Number.isFinite(v) ? Number(v.toPrecision(15)) : v;
}

/** Whether the word before token `start` opens a range whose ends "and" (و, और) joins: between, بین, बीच. */
export function afterBetweenWord(words: readonly string[], start: number, lang: Lang): boolean {
  return start > 0 && figureLexicon(lang).betweenWords.has(words[start - 1]);
}

/**
 * A glued m after digits with two decimals and no currency sign before them is metres (a throw of 92.97m), not millions ($1.25m),
 * unless a unit follows it (16.96m sq km, 2.45m tonnes).
 */
export function metresNotMillions(words: readonly string[], last: number, k: number): boolean {
  return words[k] === 'm' && /\.[0-9]{2}$/.test(words[last]) && !Object.hasOwn(SYMBOL_CURRENCIES, words[last - 1] ?? '') && figureLexicon('en').units.match(words, k + 1) === null;
}
