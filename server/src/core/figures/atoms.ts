/**
 * Number atoms: the numeric core of a figure, before context. An atom is digits (70, ۱۸, 83.5),
 * digits with scale words (83.5 ملین, 3 crore 25 lakh), digits with a glued ordinal suffix
 * (80ویں), or number words (دو ہزار پانچ سو, पाँचवाँ, ڈیڑھ لاکھ).
 */
import type { DigitRun as FigureDigitRun, Lang } from '../types';
import type { Token } from '../text/tokens';
import { digitSystemOf, readDigitsIn } from './digitForm';
import { COMPARISON_SIGNS } from '../lexicon/comparisonSigns';
import { FRACTION_SIGNS } from '../lexicon/fractionSigns';
import { afterBetweenWord, gluedScaleValue, grammar, metresNotMillions, millionsBeforeNoun, isNegativeWord, isPartConnector, isScaleConnectorWord, ordinalSuffix, ownFigureAfter, round, scaleWordValue } from './numberGrammar';
import { parseNumberWords } from './numberWords';
import { leadingSpokenPoint, spokenDecimal } from './spokenPoint';

/** A digit run of a figure, in original offsets, with its form and what year and date checks need. */
export type DigitRun = FigureDigitRun & { integerDigits: number; hasDecimals: boolean };

/** The numeric core of a figure. */
export interface Atom {
  /** First and last token (inclusive) of the atom in the sentence. */
  first: number;
  last: number;
  /** Value, or null for vague amounts (اربوں, ٹریلین ڈالر without a number). */
  value: number | null;
  ordinal: boolean;
  /** Digit runs (empty when written in words). */
  runs: DigitRun[];
  /** The digits alone, before any scale word: what a plain figure would be. */
  plain: DigitRun | null;
  /** Written in words only ("one", "ایک"), possibly the indefinite article. */
  indefinite: boolean;
  /** One word that is far more often another word (اسی "this", بہتر "better"). */
  homograph: boolean;
  /** A scale word multiplied the digits. */
  scaled: boolean;
  /** A minus sign before the digits made the value negative (-5 °C). */
  negative?: boolean;
  /** One number word that is a figure by itself (zero, शून्य). */
  standalone?: boolean;
  /** Said loosely (a couple of = about two). */
  approx?: boolean;
}

/** What atom reading needs from the sentence. */
export interface AtomSource {
  text: string;
  tokens: readonly Token[];
  words: readonly string[];
  lang: Lang;
  orig(offset: number): number;
}

/** Reads the digit run of a number token. */
export function digitRunOf(src: AtomSource, token: Token): DigitRun | null {
  return digitRunOver(src, token, token);
}

/** Reads the digits from the start of token `from` to the end of token `to` as one run (its last digit's end: not past a ZWNJ folding dropped, ۲۵‌هزار). */
function digitRunOver(src: AtomSource, from: Token, to: Token): DigitRun | null {
  return digitRunBetween(src, src.orig(from.start), src.orig(to.end - 1) + 1);
}

/** Reads the digits between two original offsets as one run (the form's fields written out: a spread costs more). */
export function digitRunBetween(src: Pick<AtomSource, 'text'>, start: number, end: number): DigitRun | null {
  const read = readDigitsIn(src.text, start, end);
  if (!read) return null;
  return { start, end, value: read.value, system: read.form.system, groupSeparator: read.form.groupSeparator, grouping: read.form.grouping, decimalSeparator: read.form.decimalSeparator, integerDigits: read.integerDigits, hasDecimals: read.hasDecimals };
}

/** Four plain digits from 1800 to 2100: most likely a year, not a count. */
export function yearDigits(a: Atom): boolean {
  return a.plain !== null && a.plain.integerDigits === 4 && a.plain.value >= 1800 && a.plain.value <= 2100;
}

/** Persian and Urdu writers group thousands with the Arabic comma (۳۹،۷۶۸) and Persian writers mark decimals with a slash (۹۹/۹۸). */
const ARABIC_COMMA = '،';

/**
 * The last token of the number starting at token `i`: the tokenizer splits at separators it
 * does not know, so a glued Arabic comma followed by exactly three digits continues the number,
 * and in Persian digits a lone glued slash between two digit runs is a decimal point (two
 * slashes make a date, ۱۳۹۹/۱/۵, and stay apart).
 */
function numberTokensEnd(src: AtomSource, i: number): number {
  const { tokens } = src;
  let j = i;
  while (isGluedPair(tokens, j, ARABIC_COMMA) && tokens[j + 2].end - tokens[j + 2].start === 3 && !/[.,]/.test(tokens[j + 2].text)) j += 2;
  if (j === i && isGluedPair(tokens, i, '/') && !isGluedPair(tokens, i + 2, '/') && !(i >= 2 && isGluedPair(tokens, i - 2, '/'))) {
    const persian = (t: Token) => digitSystemOf(src.text.charCodeAt(src.orig(t.start))) === 'arabext';
    const short = (t: Token) => /^[0-9]{1,3}$/.test(t.text);
    if (persian(tokens[i]) && persian(tokens[i + 2]) && short(tokens[i]) && short(tokens[i + 2])) j = i + 2;
  }
  if (j !== i) return j;
  const end = spaceGroupsEnd(tokens, i);
  // Where writers never group by a space (Hindi, Urdu) one group is another number (40 000 = 40 and 000); a run of them is one (1 414 021 100).
  return end - i < 2 && grammar(src.lang)?.spaceGroups === false ? i : end;
}

const MAX_SPACE_GROUPS = 4;

/**
 * Thousands grouped by single spaces (1 234 567, 40 000, 1 234 567.89): groups of exactly three
 * ASCII digits after a group of one to three; "423 0000" stays two numbers, and a group that opens
 * a fraction or a code (1 4/5, 2 222-2222) is not taken.
 */
function spaceGroupsEnd(tokens: readonly Token[], i: number): number {
  if (!/^[0-9]{1,3}$/.test(tokens[i].text) || isGluedNumber(tokens, i - 1)) return i;
  let j = i;
  // At most four groups after the first (15 digits, exact as a number): reading stays bounded.
  while (j - i < MAX_SPACE_GROUPS) {
    const t = tokens[j + 1];
    if (!t || t.kind !== 'number' || t.glued || t.start !== tokens[j].end + 1 || !/^[0-9]{3}(?:\.[0-9]+)?$/.test(t.text)) break;
    const after = tokens[j + 2];
    if (after && after.glued && after.kind === 'punct' && tokens[j + 3]?.kind === 'number' && tokens[j + 3].glued) break;
    j++;
    if (t.text.length > 3) break;
  }
  return j;
}

/** Whether token `k` is a separator glued to a number before it (the tail of 12-3, 4/5). */
function isGluedNumber(tokens: readonly Token[], k: number): boolean {
  return k >= 1 && tokens[k]?.kind === 'punct' && tokens[k].glued && tokens[k - 1].kind === 'number';
}

/** A decimal point opening the number at `i` (".08%", "by .5", "-.5%"): a point after a space, the start or a minus sign, glued to plain digits. */
function leadingPointAt(src: AtomSource, i: number): boolean {
  const point = src.tokens[i - 1];
  const t = src.tokens[i];
  if (point === undefined || (point.text !== '.' && point.text !== '٫') || !t.glued || !/^[0-9]+$/.test(t.text)) return false;
  return i === 1 || !point.glued || minusAt(src, i - 1);
}

/**
 * A minus sign opening the number at `i` (-5 °C, −2.5%): glued to the digits, with a space or the
 * sentence start before it, so the dash of a range (25-26, 2 -7 g) or of a name (کووید-19) is never one.
 */
function minusAt(src: AtomSource, i: number): boolean {
  const sign = src.tokens[i - 1];
  if (!sign || sign.text !== '-' || !src.tokens[i].glued) return false;
  return i === 1 || (!sign.glued && src.tokens[i - 2].kind !== 'number') || SIGN_ENDS.has(src.tokens[i - 2].text);
}

/** Last characters of comparison signs, after which a glued minus is a sign (<-30, >=-5). */
const SIGN_ENDS = new Set(Object.keys(COMPARISON_SIGNS).map((s) => s[s.length - 1]));

/** Denominators of fractions written in digits (1/2, 3/4, 7/8); others (24/7, 9/11, 50/50) are not fractions. */
const DENOMINATORS = new Set([2, 3, 4, 5, 8, 10, 16, 100]);

/** Plain ASCII digits of a token, or null. */
function plainInt(t: Token | undefined): number | null {
  return t !== undefined && t.kind === 'number' && /^[0-9]{1,3}$/.test(t.text) ? Number(t.text) : null;
}

/**
 * A fraction in ASCII digits at token `i`: "1/2", "3/4 cup", a numerator below a usual
 * denominator, not part of a date or a path (1/2/2020). Persian digits keep the slash as a decimal point.
 */
function fractionAt(src: AtomSource, i: number): Atom | null {
  const { tokens } = src;
  const a = plainInt(tokens[i]);
  const b = plainInt(tokens[i + 2]);
  if (a === null || b === null || !isGluedPair(tokens, i, '/') || !DENOMINATORS.has(b) || a === 0 || a >= b) return null;
  if (isGluedPair(tokens, i + 2, '/') || (i >= 2 && isGluedPair(tokens, i - 2, '/'))) return null;
  if (digitSystemOf(src.text.charCodeAt(src.orig(tokens[i].start))) !== 'latn') return null;
  const runs = [digitRunOf(src, tokens[i]), digitRunOf(src, tokens[i + 2])].filter((r): r is DigitRun => r !== null);
  return { first: i, last: i + 2, value: round(a / b), ordinal: false, runs, plain: null, indefinite: false, homograph: false, scaled: false };
}

/** A whole number and a fraction after it: "10 1/2 miles". */
function mixedFractionAt(src: AtomSource, i: number): Atom | null {
  const whole = plainInt(src.tokens[i]);
  const next = src.tokens[i + 1];
  if (whole === null || !next || next.glued) return null;
  const fraction = fractionAt(src, i + 1);
  if (!fraction || fraction.value === null) return null;
  const run = digitRunOf(src, src.tokens[i]);
  return { ...fraction, first: i, value: round(whole + fraction.value), runs: run ? [run, ...fraction.runs] : fraction.runs };
}

/** Whether token `j` is a number followed by the glued separator `sep` and a glued number. */
function isGluedPair(tokens: readonly Token[], j: number, sep: string): boolean {
  const s = tokens[j + 1];
  const n = tokens[j + 2];
  return tokens[j]?.kind === 'number' && s !== undefined && s.text === sep && s.glued && n !== undefined && n.kind === 'number' && n.glued;
}

/** Multiplies by scale words following token `last` (ملین, لاکھ; crore 25 lakh is left to words), also after a hyphen (a Rs 3,700-crore fraud). */
export function applyScales(src: AtomSource, last: number, value: number): { value: number; last: number } {
  let [v, end] = [value, last];
  const hyphen = src.words[last + 1] === '-' && src.tokens[last + 1].glued && src.tokens[last + 2]?.glued && src.words[last + 2].length > 2 && scaleWordValue(src.words[last + 2], src.lang) !== null ? 1 : 0;
  for (let k = last + 1 + hyphen; k < src.words.length && src.tokens[k].kind === 'word'; k++) {
    // A scale letter as written (2.33 k, 1,674,200.5 M) is one with or without a space.
    const letter = src.words[k].length <= 2 ? gluedScaleValue(src.text.slice(src.orig(src.tokens[k].start), src.orig(src.tokens[k].end)), v) : null;
    const scale = letter ?? scaleWordValue(src.words[k], src.lang);
    // Other one-letter scales (5m) are glued to their digits; "1 m" with a space is a metre, and so is a throw of 92.97m.
    if (scale === null || (letter === null && src.words[k].length === 1 && (!src.tokens[k].glued || metresNotMillions(src.words, last, k)))) break;
    v *= scale;
    end = k;
  }
  return { value: round(v), last: end };
}

/**
 * Further digits with smaller scale words after a scaled number: "2 लाख 44 हज़ार" is 244,000,
 * "3 crore 25 lakh" 32,500,000 and "۳ میلیون و ۲۰۰ هزار" 3,200,000; each part's scale must be below
 * the one before it.
 */
function smallerScaledParts(src: AtomSource, last: number, scale: number): { value: number; last: number; runs: DigitRun[]; below: number } {
  let value = 0;
  let end = last;
  let below = scale;
  const runs: DigitRun[] = [];
  for (let k = partStart(src, end); src.tokens[k]?.kind === 'number' && src.tokens[k + 1]?.kind === 'word'; k = partStart(src, end)) {
    const s = scaleWordValue(src.words[k + 1], src.lang);
    const run = digitRunOf(src, src.tokens[k]);
    if (s === null || s >= below || !run || run.value * s >= below) break;
    value += run.value * s;
    runs.push(run);
    below = s;
    end = k + 1;
  }
  return { value, last: end, runs, below };
}

/** Where the next part of a compound starts after token `last`: past a connector word (و, and), if any. */
function partStart(src: AtomSource, last: number): number {
  const w = src.tokens[last + 1];
  return w?.kind === 'word' && isPartConnector(w.text, src.lang) ? last + 2 : last + 1;
}

/**
 * A scale above the first scale of a compound multiplies all of it: "1 लाख 20 हजार करोड़" is 1.2 lakh
 * crore, "۵ هزار و ۶۰۰ میلیارد" and "5 ہزار 600 ارب" 5,600 billion. `below`: the compound's last
 * scale (plain digits before the new scale must be under it); `top`: its first. Null when no such scale follows.
 */
function wholeScale(src: AtomSource, first: number, last: number, below: number, top: number): { add: number; factor: number; last: number; runs: DigitRun[] } | null {
  let k = partStart(src, last);
  // "and" (और, اور) after a thousand or more joins two amounts (50 हजार और 2 लाख), as does و after a
  // between-word (بین ۵۰۰ هزار و ۲ میلیون); a bare و joins the parts of one number (۵ هزار و ۶۰۰ میلیارد),
  // and "and" after a hundred too (3 hundred and 20 thousand).
  if (k === last + 2 && ((top >= 1000 && isScaleConnectorWord(src.words[last + 1], src.lang)) || afterBetweenWord(src.words, first, src.lang))) return null;
  const t = src.tokens[k];
  const run = t?.kind === 'number' ? digitRunOf(src, t) : null;
  if (run && (run.hasDecimals || run.value >= below)) return null;
  if (run) k++;
  else if (k !== last + 1) return null; // a connector needs digits after it
  const s = src.tokens[k]?.kind === 'word' ? scaleWordValue(src.words[k], src.lang) : null;
  if (s === null) return null;
  // The scale words together (۵ هزار و ۴۶۰ هزار میلیارد: هزار میلیارد = 10^12) must exceed the first scale.
  const scaled = applyScales(src, k - 1, 1);
  if (scaled.value <= top) return null;
  return { add: run?.value ?? 0, factor: scaled.value, last: scaled.last, runs: run ? [run] : [] };
}

/** The atom starting at token `i`, or null. */
export function readAtom(src: AtomSource, i: number): Atom | null {
  const token = src.tokens[i];
  if (token.kind === 'number') {
    const fraction = fractionAt(src, i) ?? mixedFractionAt(src, i);
    if (fraction) return signed(src, fraction);
    let end = numberTokensEnd(src, i);
    const point = leadingPointAt(src, i) ? 1 : 0;
    let run = digitRunOver(src, src.tokens[i - point], src.tokens[end]);
    // Groups the original text writes with other marks between them are read one by one.
    if (!run && end > i) run = digitRunOver(src, src.tokens[i - point], src.tokens[(end = i)]);
    if (!run) return null;
    const minus = minusAt(src, i - point);
    const word = !minus && isNegativeWord(src.words, i - point - 1, src.lang) ? 1 : 0;
    const first = i - point - (minus ? 1 : 0) - word;
    const sign = minus || word ? -1 : 1;
    const next = src.tokens[end + 1];
    if (next && next.kind === 'word' && ordinalSuffix(next.text, src.lang, next.glued)) {
      return { first: i - point, last: end + 1, value: run.value, ordinal: true, runs: [run], plain: run, indefinite: false, homograph: false, scaled: false };
    }
    // 2½: a fraction sign glued after whole digits.
    const fractionSign = src.tokens[end + 1]?.glued && !run.hasDecimals ? FRACTION_SIGNS.get(src.tokens[end + 1].text) : undefined;
    if (fractionSign !== undefined) {
      const scaledHalf = applyScales(src, end + 1, run.value + fractionSign);
      return { first, last: scaledHalf.last, value: sign * scaledHalf.value, ordinal: false, runs: [run], plain: null, indefinite: false, homograph: false, scaled: scaledHalf.last > end + 1, negative: minus };
    }
    // 1 point 1, 2 point five: a decimal point written out after plain digits.
    const spoken = !run.hasDecimals ? spokenDecimal(src, first, end, sign * run.value, [run], minus) : null;
    if (spoken) return spoken;
    const power = powerAfter(src, end, run.value);
    if (power) return { first, last: power.last, value: sign * power.value, ordinal: false, runs: [run], plain: null, indefinite: false, homograph: false, scaled: true, negative: minus };
    const scaled = applyScales(src, end, run.value);
    const rest = scaled.last > end ? compoundRest(src, first, scaled.last, scaled.value, scaled.value / run.value, run.hasDecimals) : { value: scaled.value, last: scaled.last, runs: [] };
    return { first, last: rest.last, value: sign * round(rest.value), ordinal: false, runs: [run, ...rest.runs], plain: run, indefinite: false, homograph: false, scaled: scaled.last > end, negative: minus };
  }
  if (token.kind === 'ident') return gluedScaleAtom(src, i);
  const fraction = token.text.length <= LONGEST_FRACTION_SIGN ? FRACTION_SIGNS.get(token.text) : undefined;
  if (fraction !== undefined) {
    const scaled = applyScales(src, i, fraction);
    return { first: i, last: scaled.last, value: scaled.value, ordinal: false, runs: [], plain: null, indefinite: false, homograph: false, scaled: scaled.last > i };
  }
  if (token.kind !== 'word') return null;
  const m = parseNumberWords(src.words, i, src.lang);
  if (!m || m.count === 0) return leadingSpokenPoint(src, i);
  const last = i + m.count - 1;
  const spoken = spokenDecimal(src, i, last, m.ordinal || m.scaleOnly ? null : m.value, []); // five point 7
  if (spoken) return spoken;
  if (m.scaleOnly) {
    // A vague amount takes the scale words after it: صدها هزار "hundreds of thousands" is no thousand.
    let end = last;
    while (src.tokens[end + 1]?.kind === 'word' && scaleWordValue(src.words[end + 1], src.lang) !== null) end++;
    return { first: i, last: end, value: null, ordinal: false, runs: [], plain: null, indefinite: false, homograph: false, scaled: true };
  }
  // Words up to a scale go on in digits: ایک لاکھ 50 ہزار, एक लाख 25 हजार 340, یک میلیون و ۲۰۰ هزار.
  const top = m.value !== null && !m.ordinal ? (scaleWordValue(src.words[last], src.lang) ?? 0) : 0;
  const rest = top >= 1000 ? compoundRest(src, i, last, m.value!, top, false) : null;
  if (rest?.runs.length) return { first: i, last: rest.last, value: round(rest.value), ordinal: false, runs: rest.runs, plain: null, indefinite: false, homograph: false, scaled: true };
  return { first: i, last, value: m.value, ordinal: m.ordinal, runs: [], plain: null, indefinite: m.indefinite, homograph: m.homograph, scaled: false, standalone: m.standalone };
}

/** What follows a number ending in a scale word (`top` its first): smaller parts, hundreds, a larger scale over all, a part after "and". */
function compoundRest(src: AtomSource, first: number, last: number, value: number, top: number, decimals: boolean): { value: number; last: number; runs: DigitRun[] } {
  const more = smallerScaledParts(src, last, top);
  const whole = !decimals ? wholeScale(src, first, more.last, more.below, top) : null;
  const joined = !whole ? (partAfterConnector(src, more.last, more.below) ?? unitsAfter(src, more.last, more.below)) : null;
  const sum = value + more.value + (joined ? joined.value : 0);
  return { value: whole ? (sum + whole.add) * whole.factor : sum, last: whole ? whole.last : joined ? joined.last : more.last, runs: [...more.runs, ...(joined ?? whole ?? { runs: [] }).runs] };
}

/** Digits under a thousand closing a compound (78 ہزار 500, 98 हजार 12 वोट, with decimals: 20 ہزار 345.67 پوائنٹس); a year (2 لاکھ 2023) or a range start (5-7) stays apart. */
function unitsAfter(src: AtomSource, last: number, below: number): { value: number; last: number; runs: DigitRun[] } | null {
  const t = src.tokens[last + 1];
  if (below < 1000 || !t || t.kind !== 'number' || t.glued || !/^[0-9]{1,3}(?:\.[0-9]+)?$/.test(t.text)) return null;
  const after = src.tokens[last + 2];
  if (after && after.glued && (after.kind === 'punct' || after.kind === 'number')) return null;
  if (after?.kind === 'word' && ownFigureAfter(src.words, last + 2, src.lang, after.glued)) return null;
  const run = digitRunOf(src, t);
  return run && run.value < below ? { value: run.value, last: last + 1, runs: [run] } : null;
}

/** Code units of the longest fraction sign: a longer word is none (and is not hashed for the lookup). */
const LONGEST_FRACTION_SIGN = Math.max(0, ...[...FRACTION_SIGNS.keys()].map((k) => k.length));

/** Whether token `k` is digits or a number word. */
export function isNumberAt(src: AtomSource, k: number): boolean {
  const t = src.tokens[k];
  return t !== undefined && (t.kind === 'number' || (t.kind === 'word' && parseNumberWords(src.words, k, src.lang)?.value != null));
}

/** Whether a punctuation token is a fraction sign (½, ¾) that starts a number. */
export function isFractionSign(text: string): boolean {
  return FRACTION_SIGNS.has(text);
}

/** A fraction in digits with a minus sign glued before it (-4/5). */
function signed(src: AtomSource, a: Atom): Atom {
  return minusAt(src, a.first) && a.value !== null ? { ...a, first: a.first - 1, value: -a.value, negative: true } : a;
}

/**
 * A power written after digits: 1.1^23, 2.5^-1, 1.3x10^6, 6.23x10^-4 and 1.3e6 (which tokenizes
 * as 1.3, e, 6). Every part is glued; signs before the exponent multiply (^--23 is ^23).
 */
function powerAfter(src: AtomSource, end: number, base: number): { value: number; last: number } | null {
  const t = src.tokens;
  const glued = (k: number, text: string) => t[k] !== undefined && t[k].glued && t[k].text === text;
  let k = end + 1;
  let tens = true;
  if (glued(k, 'x') && glued(k + 1, '10') && glued(k + 2, '^')) k += 3;
  else if (glued(k, 'e')) k += 1;
  else if (glued(k, '^')) [k, tens] = [k + 1, false];
  else return null;
  let negative = false;
  for (; t[k]?.glued && (t[k].text === '+' || t[k].text === '-'); k++) if (t[k].text === '-') negative = !negative;
  const e = t[k];
  if (!e || !e.glued || e.kind !== 'number' || !/^[0-9]{1,3}$/.test(e.text)) return null;
  const exponent = (negative ? -1 : 1) * Number(e.text);
  const value = tens ? base * 10 ** exponent : base ** exponent;
  return Number.isFinite(value) ? { value: round(value), last: k } : null;
}

/** Digits with a scale letter or an exponent glued in one chunk: 10k, 3M, 1MM, 5bn, 1e10. */
function gluedScaleAtom(src: AtomSource, i: number): Atom | null {
  const t = src.tokens[i];
  const m = /^([0-9]+)(?:e([0-9]{1,3})|([A-Za-z]{1,3}))$/.exec(t.text);
  if (!m) return null;
  const factor = m[2] !== undefined ? 10 ** Number(m[2]) : m[3] === 'm' && millionsBeforeNoun(src.words, i) ? 1e6 : gluedScaleValue(m[3], Number(m[1]));
  if (factor === null) return null;
  const run = digitRunBetween(src, src.orig(t.start), src.orig(t.start + m[1].length));
  if (!run) return null;
  return { first: i, last: i, value: round(run.value * factor), ordinal: false, runs: [run], plain: run, indefinite: false, homograph: false, scaled: true };
}

/**
 * A number joined by "and" to a scaled number before it, smaller than its last scale: "3 hundred
 * and 21", "6 crore and two hundred", "3 million and a half" (a fraction is of the scale).
 */
function partAfterConnector(src: AtomSource, last: number, below: number): { value: number; last: number; runs: DigitRun[] } | null {
  const w = src.tokens[last + 1];
  const t = src.tokens[last + 2];
  if (!w || w.kind !== 'word' || !isPartConnector(w.text, src.lang) || !t || (t.kind !== 'number' && t.kind !== 'word')) return null;
  // Digits with their scale words only: reading a further "and" here would chain (and cost) without end.
  const run = t.kind === 'number' && /^[0-9]+$/.test(t.text) ? digitRunOf(src, t) : null;
  const part = run ? { ...applyScales(src, last + 2, run.value), ordinal: false, runs: [run] } : t.kind === 'word' ? readAtom(src, last + 2) : null;
  if (!part || part.value === null || part.ordinal || part.value <= 0) return null;
  const value = part.value < 1 ? part.value * below : part.value;
  return value < below ? { value, last: part.last, runs: part.runs } : null;
}
