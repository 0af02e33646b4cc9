/**
 * A decimal point said aloud, with digits or number words on either side: 1 point 1, five point 7,
 * 2 point five, दो दशमलव 5, ۵ ممیز ۲۵; and one with no whole number before it (point 77 = 0.77,
 * point five = 0.5); a decimal said in tenths or hundredths, ۸ و ۲ دهم (8.2), ۴ دهم (0.4). Words on both sides (five point seven) are read by numberWords.ts.
 */
import type { Token } from '../text/tokens';
import { isUpperAt } from '../text/letterCase';
import { applyScales, digitRunOf, type Atom, type AtomSource, type DigitRun } from './atoms';
import { grammar, isDecimalPointWord, isLatin, round } from './numberGrammar';
import { decimalWords } from './numberWords';

/** The fractional part a point word after token `last` opens, and its last token. */
interface SpokenFraction {
  fraction: number;
  last: number;
  /** The digits after the point, when written in digits. */
  run: DigitRun | null;
}

/** Plain digits (no separators), as written after a spoken point: 1 point 05. */
const plainDigits = (t: Token | undefined): boolean => t !== undefined && t.kind === 'number' && /^[0-9]+$/.test(t.text);

/** A point word at `last + 1` and the digits or digit words after it (point 05, point zero five), or null. */
function spokenFractionAfter(src: AtomSource, last: number): SpokenFraction | null {
  if (!isDecimalPointWord(src.words[last + 1] ?? '', src.lang)) return null;
  const t = src.tokens[last + 2];
  if (plainDigits(t) && !(src.tokens[last + 3]?.glued && src.tokens[last + 3].kind === 'number')) {
    const run = digitRunOf(src, t);
    return run ? { fraction: Number(`0.${t.text}`), last: last + 2, run } : null;
  }
  const words = t?.kind === 'word' ? decimalWords(src.words, last + 2, src.lang) : null;
  return words ? { fraction: words.value, last: last + 1 + words.count, run: null } : null;
}

/** Denominators a decimal is said in: tenths, hundredths, thousandths (سه و چهار دهم = 3.4, ۲۵ صدم = 0.25). */
const DECIMAL_DENOMINATORS: ReadonlySet<number> = new Set([10, 100, 1000]);

/** The denominator of tens at `k` (دهم, صدم, هزارم: an ordinal that can be a fraction's) above `numerator`, or null. */
function decimalDenominatorAt(src: AtomSource, k: number, numerator: number): number | null {
  const g = grammar(src.lang);
  const word = src.words[k];
  const den = word !== undefined && g?.fractionOrdinals.has(word) ? g.ordinals.get(word) : undefined;
  return den !== undefined && DECIMAL_DENOMINATORS.has(den) && numerator < den ? den : null;
}

/**
 * "And", a numerator and a denominator of tens after a whole number, as Persian says a decimal: ۸ و ۲ دهم (8.2),
 * سه و چهار دهم (3.4), ۱۲ و ۵ صدم (12.05); the numerator one token, in digits or a number word.
 */
function tenthsAfter(src: AtomSource, last: number): SpokenFraction | null {
  const g = grammar(src.lang);
  if (!g?.connectors.has(src.words[last + 1] ?? '')) return null;
  const t = src.tokens[last + 2];
  const numerator = plainDigits(t) ? Number(t.text) : t?.kind === 'word' ? g.cardinals.get(src.words[last + 2]) : undefined;
  const den = numerator === undefined ? null : decimalDenominatorAt(src, last + 3, numerator);
  if (den === null) return null;
  return { fraction: numerator! / den, last: last + 3, run: plainDigits(t) ? digitRunOf(src, t) : null };
}

/** A whole number and the spoken fraction after it, with the scale words after both (1 point 5 million), signed as the whole is. */
function withSpokenFraction(src: AtomSource, whole: number, spoken: SpokenFraction): { value: number; last: number } {
  const sign = whole < 0 || Object.is(whole, -0) ? -1 : 1;
  const scaled = applyScales(src, spoken.last, Math.abs(whole) + spoken.fraction);
  return { value: round(sign * scaled.value), last: scaled.last };
}

/**
 * The whole number `whole` read over tokens `first`..`last` (with its digit runs) and a spoken
 * point after it (1 point 05, five point 7, 2 point five), or null; a number in words with no
 * definite whole value (null: millions, an ordinal) takes none.
 */
export function spokenDecimal(src: AtomSource, first: number, last: number, whole: number | null, runs: DigitRun[], negative = false): Atom | null {
  if (whole === null || !Number.isInteger(whole)) return null;
  // A numerator with a denominator of tens right after it, ۴ دهم درصد (0.4%), is the fraction alone.
  const den = decimalDenominatorAt(src, last + 1, Math.abs(whole));
  const spoken = den !== null ? { fraction: Math.abs(whole) / den, last: last + 1, run: null } : spokenFractionAfter(src, last) ?? tenthsAfter(src, last);
  if (spoken === null) return null;
  const decimal = withSpokenFraction(src, den !== null ? 0 : whole, spoken);
  const all = spoken.run ? [...runs, spoken.run] : runs;
  return { first, last: decimal.last, value: decimal.value, ordinal: false, runs: all, plain: null, indefinite: false, homograph: false, scaled: decimal.last > spoken.last, negative };
}

/**
 * A point word opening a number with no whole part (point 77, point five per cent): only where a
 * number may open after a word that is also a noun, at the sentence start or after a preposition of
 * amount (to, by, from: the same places as "negative 5"), and never capitalised ("Point 3" is a
 * label), so "at this point 3 people" and "the boiling point 100" keep their numbers.
 */
export function leadingSpokenPoint(src: AtomSource, i: number): Atom | null {
  const word = src.words[i];
  const g = grammar(isLatin(word) ? 'en' : src.lang);
  if (g === null || !g.decimalPoints.has(word) || isUpperAt(src.text, src.orig(src.tokens[i].start))) return null;
  if (i > 0 && !g.signPrepositions.has(src.words[i - 1])) return null;
  return spokenDecimal(src, i, i - 1, 0, []);
}
