/**
 * Reading the words around a number: what qualifies it (تقریباً 70, 110 سے زائد), what unit or
 * currency it has, and whether it is a reference (آرٹیکل 25); what it counts is in counted.ts.
 * Each function looks at a few tokens on one side of the number, so the recogniser stays linear.
 */
import type { Currency, FigureLexicon } from '../lexicon/figureLexicon';
import type { Qualifier } from '../types';
import { TEMPERATURE_LETTERS } from '../lexicon/unitSymbols';

/** The folded words of a sentence and its lexicon. */
export interface WordView {
  /** Folded, lower-cased token texts of the sentence. */
  words: readonly string[];
  lex: FigureLexicon;
  /** Last token of the figure before (-1 for none): words before a number never reach into it ("20 Rupees 43"). */
  floor?: number;
  /** The original spelling of a token (words are lower-cased for lookup), when the view knows it. */
  original?(index: number): string;
  /** The Solar Hijri year the document last wrote in a date, for a date written without its year (see figures/dates.ts `placedIn`). */
  solarYear?: { value: number | null };
}

/** Whether `count` words ending right before `first` are free (not part of the figure before). */
export function free(view: WordView, first: number, count: number): boolean {
  return first - count > (view.floor ?? -1);
}

/**
 * Whether the word before token `first` is a period word right after another count or its noun
 * ("23 petitions over 16 days", "Rs 3,000 crore over five years"): there "over" means during,
 * not more than, when a span of time follows (the caller checks) that is no age (over 60 years old).
 */
export function periodBefore(view: WordView, first: number, last: number): boolean {
  const at = first - 1;
  const floor = view.floor ?? -1;
  if (at < 1 || floor < 0 || at - floor > 2 || !view.lex.periodWords.has(view.words[at])) return false;
  if (view.lex.ageAfter.has(view.words[last + 2]) || view.lex.ageAfter.has(view.words[last + 3])) return false;
  return at - floor === 1 || !view.lex.functionWords.has(view.words[at - 1]);
}

/** A qualifier written before token `first` (ending right before it). */
export function qualifierBefore(view: WordView, first: number): { qualifier: Qualifier; count: number } | null {
  if (first === 0) return null;
  const m = view.lex.qualifiersBefore.matchEndingAt(view.words, first - 1, MAX_QUALIFIER_WORDS);
  if (!m || !free(view, first, m.count) || view.lex.notQualifiers.matchEndingAt(view.words, first - 1)) return null;
  return { qualifier: m.value, count: m.count };
}

/** Longest qualifier phrase before a number ("less than or equal to" is five words). */
const MAX_QUALIFIER_WORDS = 6;

/** A qualifier written right after token `last`. */
export function qualifierAfter(view: WordView, last: number): { qualifier: Qualifier; count: number } | null {
  const m = view.lex.qualifiersAfter.match(view.words, last + 1);
  if (m && view.lex.notQualifiersAfter.match(view.words, last + 1)) return null;
  return m && !opensNextComparison(view, last + m.count) && !addsAnother(view, m.value, last + m.count) ? { qualifier: m.value, count: m.count } : null;
}

/** A verb of going past after a number "from" stands before: از ۹۰ هزار تومان گذشت is more than 90,000 tomans. */
export function passedFrom(view: WordView, first: number, last: number): { qualifier: Qualifier; count: number } | null {
  const m = first > 0 && view.lex.passedFrom.from.matchEndingAt(view.words, first - 1, 3) ? view.lex.passedFrom.after.match(view.words, last + 1) : null;
  return m && { qualifier: 'more-than', count: m.count };
}

/** "£100 million plus £15m", "5 + 3": a "more than" word with another number (after a currency sign) right after it adds, no bound. */
function addsAnother(view: WordView, qualifier: Qualifier, end: number): boolean {
  const next = end + 1;
  return qualifier === 'more-than' && (/^[0-9]/.test(view.words[next] ?? '') || (/^[0-9]/.test(view.words[next + 1] ?? '') && view.lex.currencies.match(view.words, next)?.count === 1));
}

/**
 * Whether the words up to `end` begin the comparison of the next number: in "equal to 5000 or less
 * than 6000" the "or less" after 5000 belongs to "less than 6000", not to 5000.
 */
function opensNextComparison(view: WordView, end: number): boolean {
  for (let j = end + 1; j <= end + 2 && j < view.words.length; j++) {
    if (!/^[0-9]/.test(view.words[j])) continue;
    const m = view.lex.qualifiersBefore.matchEndingAt(view.words, j - 1, MAX_QUALIFIER_WORDS);
    if (m && j - m.count <= end) return true;
  }
  return false;
}

/**
 * A comparison written after the noun a number counts: "30 साल से ज़्यादा" (more than 30 years),
 * "100 people or more", across a known counted noun only (in دونوں وائرسوں سے کم مہلک "less deadly
 * than both viruses" the comparison is of something else). One-word particles (तक "until" in
 * तीन दिन तक "for three days") are too loose to reach across the noun.
 */
export function comparisonAfterNoun(view: WordView, noun: number): Qualifier | null {
  const m = qualifierAfter(view, noun);
  return m && m.count > 1 && m.qualifier !== 'exact' ? m.qualifier : null;
}

/**
 * The qualifier the phrases before and after a number give it, or null for none: the one before
 * wins, but a bound after beats "about" before ("about 500 or less" is at most 500).
 */
export function qualifierOf(before: { qualifier: Qualifier } | null, after: { qualifier: Qualifier } | null): Qualifier | null {
  const bound = after !== null && after.qualifier !== 'exact' && after.qualifier !== 'approx';
  if (before && before.qualifier !== 'exact' && !(before.qualifier === 'approx' && bound)) return before.qualifier;
  return after ? after.qualifier : null;
}

/** "less than 30 or equal to it", "30 से कम या उसके बराबर": an inclusive form of a strict comparison after token `last`. */
export function inclusiveAfter(view: WordView, last: number, qualifier: Qualifier): { qualifier: Qualifier; count: number } | null {
  if (qualifier !== 'more-than' && qualifier !== 'less-than') return null;
  const m = view.lex.orEqual.match(view.words, last + 1);
  // "more than 5000 or equal to 6000": a number after "equal to" is another figure's.
  if (!m || /^[0-9]/.test(view.words[last + 1 + m.count] ?? '')) return null;
  return { qualifier: qualifier === 'more-than' ? 'at-least' : 'at-most', count: m.count };
}

/** Percentage points written out right after token `last` (0.3 percentage points, ۲٫۵ واحد درصد): their tokens, or 0. */
export function pointsAfter(view: WordView, last: number): number {
  const m = view.lex.percentagePoints.match(view.words, last + 1);
  // 98.5 प्रतिशत अंक are marks: a percentage, not points.
  if (m && Number(view.words[last]) > MAX_POINTS_CHANGE && view.lex.pointsOrMarks.match(view.words, last + 1)?.count === m.count) return 0;
  return m?.count ?? 0;
}

/** Largest change of a rate in percentage points that a "points or marks" word is read as (see FigureWords.pointsOrMarks). */
const MAX_POINTS_CHANGE = 25;

/** A percent word or sign right after token `last`. */
export function percentAfter(view: WordView, last: number): number {
  const w = view.words[last + 1];
  if (w === '%' || w === '٪') return 1;
  return view.lex.percent.match(view.words, last + 1)?.count ?? 0;
}

/**
 * A percent word right before token `first` that makes the number a percentage (मतदान प्रतिशत 65.8,
 * a pass percentage of 87.98): its tokens, or 0. Not when a number stands before the word (5 प्रतिशत
 * 2023 में: the word is that number's), nor before a year (turnout percentage in 2019 was …).
 */
export function percentWordBefore(view: WordView, first: number): number {
  const m = first > 0 ? view.lex.percentBefore.matchEndingAt(view.words, first - 1, 4) : null;
  if (!m || !free(view, first, m.count) || /^(?:1[89]|20)[0-9][0-9]$/.test(view.words[first])) return 0;
  return /^[0-9]/.test(view.words[first - m.count - 1] ?? '') ? 0 : m.count;
}

/**
 * Whether two amounts from token `first` are a change and the level it reached (rose by Rs 650 to Rs 81,500),
 * or the level a change started from and the one it reached (increased from Rs37,000 to Rs40,000), not a range.
 */
export function changeThenLevel(view: WordView, first: number, near: number, far: number): boolean {
  // Past a currency written before the change (cut by Rs6.70 to Rs151.02).
  const before = first - 1 - (currencyBefore(view, first)?.count ?? 0);
  if (before < 0) return false;
  if (before > 0 && view.lex.changeFrom.has(view.words[before]) && view.lex.changeBefore.has(view.words[before - 1])) return true;
  return far > 10 * Math.abs(near) && view.lex.changeBefore.has(view.words[before]);
}

/** A currency right after token `last` (ڈالر, امریکی ڈالر, USD). */
export function currencyAfter(view: WordView, last: number): { currency: Currency; count: number } | null {
  const m = view.lex.currencies.match(view.words, last + 1);
  return m && isWrittenAsCurrency(view, last + 1, m.count, m.value) ? { currency: m.value, count: m.count } : null;
}

/** A currency symbol or code right before token `first` ($ 75, USD 10). */
export function currencyBefore(view: WordView, first: number): { currency: Currency; count: number } | null {
  if (first === 0) return null;
  const m = view.lex.currencies.matchEndingAt(view.words, first - 1, 2);
  return m && free(view, first, m.count) && isWrittenAsCurrency(view, first - m.count, m.count, m.value) ? { currency: m.value, count: m.count } : null;
}

/**
 * An ISO 4217 code is a currency only in capitals: "USD 10", "MUSD 30", but "cup 2" and "usd10"
 * are not. Names, symbols and the codes a table spells out (usd, inr) match in any case.
 */
function isWrittenAsCurrency(view: WordView, at: number, count: number, currency: Currency): boolean {
  if (count !== 1 || currency.capitals === undefined || !view.original || view.lex.spelledCurrencies.has(view.words[at])) return true;
  return view.original(at) === currency.capitals;
}

/** A measurement unit right after token `last`. */
export function unitAfter(view: WordView, last: number): { unit: string; count: number } | null {
  const m = view.lex.units.match(view.words, last + 1);
  if (m) return { unit: m.value, count: m.count };
  // Not a letter that goes on ($14.7C/ per share, 800,000 C-Series).
  const written = view.words[last + 1]?.length === 1 && !/^[/-]$/.test(view.words[last + 2] ?? '') ? view.original?.(last + 1) : undefined;
  const letter = written === undefined ? undefined : TEMPERATURE_LETTERS[written] ?? (written === 'F' && besideCelsius(view, last, last + 1) ? '°F' : undefined);
  return letter ? { unit: letter, count: 1 } : null;
}

/**
 * Whether a number (token `first`, its unit letter ending at token `letter`) stands in brackets after a temperature
 * in C, or before one in brackets: 34.8C (94.6F), 95F (35C), 110F (43.3C), with the C glued to its digits or apart.
 */
export function besideCelsius(view: WordView, first: number, letter: number): boolean {
  // Only tokens of the sentence: original() reads a token that must exist.
  const written = (k: number) => (k >= 0 && k < view.words.length ? view.original?.(k) ?? '' : '');
  const celsius = (k: number) => {
    const w = written(k);
    return TEMPERATURE_LETTERS[w] === '°C' || /^[0-9.]+C$/.test(w) || view.words[k] === '°c' || view.words[k] === 'celsius';
  };
  const glued = /^[0-9.]+C$/.test(written(letter + 2));
  return (view.words[first - 1] === '(' && celsius(first - 2)) || (view.words[letter + 1] === '(' && (glued || (/^[0-9.]+$/.test(view.words[letter + 2] ?? '') && celsius(letter + 3))));
}

/**
 * A reference word right before token `first` (آرٹیکل 25, Article 21, ماده ۲۵), not after a demonstrative (این ماده),
 * or before the bracket the number is written in (Coromandel Express (12841), कोरोमंडल एक्सप्रेस (12841)): then
 * the number alone is the reference.
 */
export function referenceBefore(view: WordView, first: number): { what: string; count: number } | null {
  if (first === 0) return null;
  const bracketed = first > 1 && view.words[first - 1] === '(';
  const m = view.lex.references.matchEndingAt(view.words, first - (bracketed ? 2 : 1), 2);
  if (!m || !free(view, first, m.count + (bracketed ? 1 : 0))) return null;
  const label = first - m.count - (bracketed ? 1 : 0);
  if (m.count === 1 && view.lex.capitalReferences.has(view.words[label]) && !/^\p{Lu}/u.test(view.original?.(label) ?? 'X')) return null;
  // A demonstrative or "each" before the word makes it a noun, not a label: در این منطقه یک کودک "in this region a child",
  // برای هر فصل ۹۰۰ هزار دلار "900 thousand dollars for each season".
  const before = first - m.count - (bracketed ? 2 : 1);
  return before >= 0 && (view.lex.anaphoricBefore.matchEndingAt(view.words, before) || view.lex.rateWords.matchEndingAt(view.words, before)) ? null : { what: m.value, count: bracketed ? 0 : m.count };
}
