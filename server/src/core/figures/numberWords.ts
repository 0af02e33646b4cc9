/**
 * The number-word grammar for Urdu, Persian, Hindi and English: compounds (دو ہزار پانچ سو,
 * دو هزار و پانصد, दो हज़ार पाँच सौ, two thousand five hundred and six), Indian and Western scales,
 * fractions (ڈیڑھ لاکھ), multipliers (سوا لاکھ), ordinals (پانچواں, پنجم, fifth), vague plurals
 * (اربوں) and ordinal suffixes after digits (80ویں). Words come folded (see text/fold.ts); tables
 * are n2words-generated data plus hand-written extras. Linear: one pass, no backtracking.
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
import { foldWord } from '../text/fold';
import type { Lang } from '../types';

/** A number read from words. */
export interface NumberWordMatch {
  /** Words consumed. */
  count: number;
  /** Value, or null for a vague amount (اربوں, millions). */
  value: number | null;
  ordinal: boolean;
  /** A scale word with no number before it (ٹریلین ڈالر): an amount with no definite value. */
  scaleOnly: boolean;
  /** One word that is also a common non-number word (ایک "a", سو "so"): a figure only in number context. */
  indefinite: boolean;
  /** One word that is far more often another word (اسی "this", بہتر "better"): never a figure alone. */
  homograph: boolean;
}

interface Grammar {
  cardinals: Map<string, number>;
  ordinals: Map<string, number>;
  hundreds: Set<string>;
  scales: Map<string, number>;
  fractions: Map<string, number>;
  multipliers: Map<string, number>;
  vague: Set<string>;
  connectors: Set<string>;
  suffixes: Set<string>;
  weak: Set<string>;
  homographs: Set<string>;
  articles: Set<string>;
}

const SOURCES: Partial<Record<Lang, [{ cardinals: Record<string, number>; ordinals: Record<string, number>; scales: Record<string, number> }, NumberWordExtras]>> = {
  ur: [urGeneratedNumbers, urNumberWords],
  fa: [faGeneratedNumbers, faNumberWords],
  hi: [hiGeneratedNumbers, hiNumberWords],
  en: [enGeneratedNumbers, enNumberWords],
};

const grammars = new Map<Lang, Grammar>();
const fold = (w: string) => foldWord(w).toLowerCase();
const foldMap = (...tables: Readonly<Record<string, number>>[]) => new Map(tables.flatMap((t) => Object.entries(t)).map(([k, v]) => [fold(k), v]));
const foldSet = (words: readonly string[]) => new Set(words.map(fold));

function grammar(lang: Lang): Grammar | null {
  const cached = grammars.get(lang);
  if (cached) return cached;
  const source = SOURCES[lang];
  if (!source) return null;
  const [generated, extras] = source;
  const allScales = foldMap(generated.scales, extras.scales);
  const hundreds = new Set([...allScales].filter(([, v]) => v === 100).map(([k]) => k));
  for (const h of hundreds) allScales.delete(h);
  const g: Grammar = {
    cardinals: foldMap(generated.cardinals, extras.cardinals),
    ordinals: inflect(foldMap(generated.ordinals, extras.ordinals), extras.ordinalInflections ?? []),
    hundreds,
    scales: allScales,
    fractions: foldMap(extras.fractions),
    multipliers: foldMap(extras.multipliers),
    vague: foldSet(extras.vague),
    connectors: foldSet(extras.connectors),
    suffixes: foldSet(extras.ordinalSuffixes),
    weak: foldSet(extras.weak),
    homographs: foldSet(extras.homographs ?? []),
    articles: foldSet(extras.articles ?? []),
  };
  // A word that is both a plain cardinal and a hundred-word (Persian صد) counts as the cardinal.
  for (const h of g.hundreds) if (g.cardinals.has(h)) g.hundreds.delete(h);
  grammars.set(lang, g);
  return g;
}

/** Adds the inflected forms of ordinals: پانچواں → پانچویں, पाँचवाँ → पाँचवें. */
function inflect(ordinals: Map<string, number>, inflections: readonly (readonly [string, readonly string[]])[]): Map<string, number> {
  for (const [word, value] of [...ordinals]) {
    for (const [ending, others] of inflections) {
      const end = fold(ending);
      if (!word.endsWith(end)) continue;
      for (const other of others) if (!ordinals.has(word.slice(0, -end.length) + fold(other))) ordinals.set(word.slice(0, -end.length) + fold(other), value);
    }
  }
  return ordinals;
}

function isNumberWord(g: Grammar, w: string | undefined): boolean {
  return w !== undefined && (g.cardinals.has(w) || g.ordinals.has(w) || g.hundreds.has(w) || g.scales.has(w) || g.fractions.has(w));
}

/** The place value a number may still be added to: 20 takes units, 500 takes tens, 0 takes anything. */
function canAdd(current: number, value: number): boolean {
  if (current === 0) return true;
  let place = 1;
  while (current % (place * 10) === 0) place *= 10;
  return value < place;
}

/** Reads a number written in words starting at `words[start]`, or null. */
export function parseNumberWords(words: readonly string[], start: number, lang: Lang): NumberWordMatch | null {
  const g = grammar(lang);
  if (!g) return null;
  const first = words[start];
  if (g.vague.has(first)) return { count: 1, value: null, ordinal: false, scaleOnly: true, indefinite: false, homograph: false };
  let i = start;
  let multiplier = 1;
  if (g.multipliers.has(first) && isNumberWord(g, words[start + 1])) multiplier = g.multipliers.get(words[i++])!;
  let total = 0;
  let current = 0;
  let any = false;
  let ordinal = false;
  let lastScale = Infinity;
  for (; i < words.length; i++) {
    const w = words[i];
    if (any && g.connectors.has(w) && isNumberWord(g, words[i + 1])) continue;
    const cardinal = g.cardinals.get(w) ?? (g.articles.has(w) && (g.hundreds.has(words[i + 1]) || g.scales.has(words[i + 1])) ? 1 : undefined);
    const ordinalValue = g.ordinals.get(w);
    if (cardinal !== undefined && canAdd(current, cardinal)) {
      current += cardinal;
    } else if (g.fractions.has(w) && current === 0) {
      current = g.fractions.get(w)!;
    } else if (g.hundreds.has(w) && current < 100) {
      current = (current || 1) * 100;
    } else if (g.scales.has(w)) {
      const scale = g.scales.get(w)!;
      // A scale with nothing before it is a vague amount (ٹریلین ڈالر), unless a multiplier (سوا لاکھ) stood there.
      if (!any && multiplier === 1) return { count: i - start + 1, value: null, ordinal: false, scaleOnly: true, indefinite: false, homograph: false };
      if (current === 0 && scale > lastScale) total *= scale;
      else if (scale < lastScale || current > 0) total += (current || 1) * scale;
      else break;
      current = 0;
      lastScale = Math.min(lastScale, scale);
    } else if (ordinalValue !== undefined && canAdd(current, ordinalValue)) {
      current += ordinalValue;
      ordinal = true;
      any = true;
      i++;
      break;
    } else break;
    any = true;
  }
  if (!any) return null;
  // A connector the loop skipped over must be followed by a consumed word; trailing ones are not ours.
  while (i - 1 > start && g.connectors.has(words[i - 1])) i--;
  const raw = total + current;
  const value = multiplier === 1 ? raw : raw >= 100 ? raw * multiplier : raw + (multiplier - 1);
  const count = i - start;
  const indefinite = count === 1 && g.weak.has(first);
  return { count, value, ordinal, scaleOnly: false, indefinite, homograph: count === 1 && g.homographs.has(first) };
}

/** Urdu and Persian borrow each other's scale words (هزار, میلیون / ملین) and short texts are easily taken for the other. */
const SIBLING: Partial<Record<Lang, Lang>> = { ur: 'fa', fa: 'ur' };

/** The value of a scale word written after digits (83.5 ملین, 25 लाख, 18,900 بلین), or null. */
export function scaleWordValue(word: string, lang: Lang): number | null {
  for (const l of [lang, SIBLING[lang]]) {
    const g = l ? grammar(l) : null;
    const v = g ? (g.scales.get(word) ?? (g.hundreds.has(word) ? 100 : undefined)) : undefined;
    if (v !== undefined) return v;
  }
  return null;
}

/** Whether a word glued after digits makes them an ordinal (80ویں, 5th, ۱۸م). */
export function ordinalSuffix(word: string, lang: Lang): boolean {
  return grammar(lang)?.suffixes.has(word) ?? false;
}
