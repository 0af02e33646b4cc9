/**
 * Units written around numbers beyond a plain "number unit": a unit joined by a hyphen (3-inch,
 * six-mile, 10-गैलन), in brackets or as quote marks (20 (kg), 5' 10"), glued to the digits (3km,
 * 75ml, 200lbs, 20Rs, USD3.14), an article or fraction before a named unit (a kilogram, half a
 * liter), and ranges whose two ends both carry the unit (30 degrees
 * to 40 degrees, 40%-50%, $10-$20, 3km-5km). Each reads a few tokens. Figures made of several
 * such chunks (a glued chunk with its range end, lengths in parts) are read in gluedFigure.ts.
 */
import { digitRunBetween, readAtom, type Atom, type DigitRun } from './atoms';
import { besideCelsius, currencyAfter, currencyBefore, percentAfter, pointsAfter, unitAfter } from './context';
import { TIME_SPANS } from './counted';
import { unitCountsPeople } from './counterWords';
import { gluedScaleValue, multiplierAt, round, scaleWordValue } from './numberGrammar';
import { parseNumberWords } from './numberWords';
import type { FigureScope } from './recognize';
import type { Currency } from '../lexicon/figureLexicon';
import { GLUED_UNITS, VIDEO_LINES, WHEELER_SEGMENTS } from '../lexicon/unitSymbols';

const DASHES = new Set(['-', '–', '—']);

/**
 * The number atom at token `i` as a measure reads it: also an article before a unit or currency
 * name ("a kilogram", "an ml", "above a dollar and 42 cents" count one), and a fraction with the
 * words that tie it to its unit ("half a liter", "a quarter of a mile", "tenth of a gallon" = 0.1).
 */
export function measureAtom(scope: FigureScope, i: number): Atom | null {
  const read = multipliedDigits(scope, i) ?? readAtom(scope, i);
  if (!read) return articleOne(scope, i);
  const atom = wholeAndFraction(scope, read) ?? letterUnit(scope, read) ?? read;
  const fraction = atom.ordinal || (atom.value !== null && atom.value > 0 && atom.value < 1);
  return fraction ? (fractionOfUnit(scope, atom) ?? atom) : atom;
}

/** A one-letter scale glued to the digits that is the unit of a length said after it: "1.8m tall" is 1.8 metres, "$1.8m" stays millions. */
function letterUnit(scope: FigureScope, atom: Atom): Atom | null {
  const k = atom.last;
  if (!atom.scaled || !atom.plain || k !== atom.first + 1 || scope.words[k].length !== 1 || !scope.tokens[k].glued) return null;
  if (!scope.lex.dimensionWords.has(scope.words[k + 1]) || unitAfter(scope, atom.first) === null || currencyBefore(scope, atom.first)) return null;
  return { ...atom, last: atom.first, value: atom.plain.value, scaled: false };
}

/** A multiplier word before digits adds its fraction to them: ساڑھے 18 کھرب = 18.5 کھرب, पौने 3 लाख = 2.75 lakh, ساڑھے 3 بجے = 3:30 (plain: 18.5, so 8 سے ساڑھے 8 ہزار shares the scale). */
function multipliedDigits(scope: FigureScope, i: number): Atom | null {
  const times = scope.tokens[i].kind === 'word' && scope.tokens[i + 1]?.kind === 'number' ? multiplierAt(scope.words, i, scope.lang) : null;
  const digits = times !== null ? readAtom(scope, i + 1) : null;
  if (times === null || !digits?.plain || digits.value === null || digits.runs.length !== 1 || digits.ordinal || digits.negative || digits.plain.hasDecimals || digits.plain.value <= 0) return null;
  return { ...digits, first: i, value: round((digits.value * (digits.plain.value + times - 1)) / digits.plain.value), plain: digits.scaled ? { ...digits.plain, value: digits.plain.value + times - 1 } : null };
}

/** Digits and a fraction in words joined by "and": "5 and a half miles" is 5.5 miles (two and a half is read as words). */
function wholeAndFraction(scope: FigureScope, atom: Atom): Atom | null {
  if (atom.runs.length === 0 || atom.scaled || atom.ordinal || atom.value === null || !Number.isInteger(atom.value)) return null;
  const k = atom.last + 1;
  if (!scope.lex.dayJoiners.has(scope.words[k]) || scope.tokens[k + 1]?.kind !== 'word') return null;
  const part = readAtom(scope, k + 1);
  if (!part || part.value === null || part.ordinal || part.value <= 0 || part.value >= 1) return null;
  return { ...atom, last: part.last, value: atom.value + part.value, plain: null };
}

function articleOne(scope: FigureScope, i: number): Atom | null {
  if (!scope.lex.oneBeforeUnit.has(scope.words[i]) || scope.tokens[i + 1]?.kind !== 'word') return null;
  const named = namedUnitAfter(scope, i);
  // Not a compound ("a dollar-denominated bond", "a euro zone decision") nor an idiom the table lists
  // ("a degree in law"): the unit ends a phrase ("a dollar a day", "a kilogram."); after an amount it is "per" (Rs 94.72 a litre, $77 a barrel).
  const after = scope.tokens[i + named + 1];
  if (named === 0 || after?.glued || scope.lex.notCountedByArticle.has(scope.words[i + 1]) || scope.tokens[i - 1]?.kind === 'number' || scope.tokens[i - 2]?.kind === 'number') return null;
  if (after !== undefined && after.kind !== 'punct' && !scope.lex.functionWords.has(scope.words[i + named + 1])) return null;
  return { first: i, last: i, value: 1, ordinal: false, runs: [], plain: null, indefinite: true, homograph: false, scaled: false };
}

/** Tokens of a unit or currency written as a word (not a sign, not one letter) after token `last`, or 0. */
function namedUnitAfter(scope: FigureScope, last: number): number {
  if (scope.tokens[last + 1]?.kind !== 'word' || scope.words[last + 1].length < 2) return 0;
  const count = currencyAfter(scope, last)?.count ?? unitAfter(scope, last)?.count ?? 0;
  // Words only ("a US$ 4.7 billion" is the sign of the amount after it).
  for (let k = last + 1; k <= last + count; k++) if (scope.tokens[k].kind !== 'word') return 0;
  return count;
}

/** Whether a span of time follows token `last` ("प्रस्ताव 8 महीने पहले": eight months, not resolution 8). */
export function spanOfTimeAfter(scope: FigureScope, last: number): boolean {
  const noun = scope.lex.concepts.match(scope.words, last + 1);
  return noun !== null && TIME_SPANS.has(noun.value);
}

/** Units of temperature, the one measure news reports below zero. */
export const TEMPERATURES: ReadonlySet<string> = new Set(['°', '°C', '°F']);

/** Tokens of a phrase putting a temperature under zero after token `last` ("2 degrees below zero"; नीचे after शून्य से 3 डिग्री), or 0. */
export function belowZeroAfter(scope: FigureScope, last: number, unit: string | null, phrases = scope.lex.belowZero): number {
  return unit === null || TEMPERATURES.has(unit) ? (phrases.match(scope.words, last + 1)?.count ?? 0) : 0;
}

function fractionOfUnit(scope: FigureScope, atom: Atom): Atom | null {
  let k = atom.last;
  // An ordinal is a fraction only with "of" after it (fourth of a liter), and only from thirds on.
  if (atom.ordinal && (atom.value === null || atom.value < 3 || !Number.isInteger(atom.value) || !scope.lex.partOf.has(scope.words[k + 1]))) return null;
  while (k < atom.last + 2 && scope.lex.partOf.has(scope.words[k + 1])) k++;
  if (k === atom.last || (namedUnitAfter(scope, k) === 0 && pointsAfter(scope, k) === 0)) return null; // also half a percentage point
  const value = atom.ordinal ? 1 / atom.value! : atom.value;
  return { ...atom, last: k, value, ordinal: false };
}

/**
 * The scale written once, at the far end `b` of a range, that the near end `a` shares: "2 سے 3 ملین", "three to four
 * thousand", "one to two hundred thousand"; else 1, also when `a` would pass `b` with it (50,000 to 1 million).
 */
export function sharedScale(scope: FigureScope, a: Atom, b: Atom): number {
  if (a.scaled || a.value === null || b.value === null) return 1;
  if (b.scaled && b.plain) return b.plain.value !== 0 && a.value * (b.value / b.plain.value) < b.value ? b.value / b.plain.value : 1;
  if (b.runs.length > 0 || a.runs.length > 0 || b.first === b.last) return 1;
  // Words: the far end over its first word (two hundred thousand / two), or over its last scale word.
  const lead = parseNumberWords([scope.words[b.first]], 0, scope.lang)?.value;
  const scale = lead && b.value % lead === 0 && b.value / lead > 1 ? b.value / lead : scaleWordValue(scope.words[b.last], scope.lang);
  return scale !== null && a.value * scale < b.value ? scale : 1;
}

/**
 * Tokens of the word joining the two ends of a range at token `k`, or 0: a dash, a range word (to,
 * سے, تا, से), or "and" after "between" (between 10 and 20, بین ۱۰ و ۲۰); `first` is the range's first token.
 */
export function rangeJoinerAt(scope: FigureScope, k: number, first: number): number {
  const t = scope.tokens[k];
  if (!t) return 0;
  if (t.kind === 'punct' && DASHES.has(t.text)) return 1;
  const joiner = scope.lex.rangeJoiners.match(scope.words, k);
  // "either 10 bln or 10 tln", "whether 5 or 50": two alternatives, not the ends of one range.
  if (joiner) return first > 0 && scope.lex.alternativesBefore.has(scope.words[first - 1]) ? 0 : joiner.count;
  return scope.lex.dayJoiners.has(t.text) && scope.lex.betweenWords.has(scope.words[first - 1]) ? 1 : 0;
}

/**
 * A measurement unit after token `last`, also when a hyphen joins it to the number ("3-inch"), in
 * brackets ("20 (kg)", "20 [kg]"), or as a quote mark for inches and feet (see quoteUnit).
 */
export function measureAfter(scope: FigureScope, last: number): { unit: string; count: number } | null {
  const direct = unitAfter(scope, last);
  // ۵۰ تن کشته شدند, ۱۲ تن از معترضان: a unit word that also counts people (see `unitCountsPeople`).
  if (direct && direct.count === 1 && unitCountsPeople(scope, last + 1)) return null;
  if (direct) return direct.unit === '°' ? temperatureScale(scope, last, direct) : premisesArea(scope, last, direct);
  const next = scope.tokens[last + 1];
  if (!next) return null;
  if (next.text === '-' && next.glued && scope.tokens[last + 2]?.glued) {
    const joined = unitAfter(scope, last + 1);
    return joined && { unit: joined.unit, count: joined.count + 1 };
  }
  const close = CLOSING_BRACKETS[next.text];
  if (close !== undefined) {
    const inner = scope.tokens[last + 2]?.glued ? unitAfter(scope, last + 1) : null;
    return inner && scope.words[last + inner.count + 2] === close ? { unit: inner.unit, count: inner.count + 2 } : null;
  }
  return quoteUnit(scope, last);
}

const CLOSING_BRACKETS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '<': '>' };

/**
 * Inches and feet written with quote marks: a double quote after a number that no other double
 * quote in the sentence pairs with (10" long, over 5"), and an apostrophe or prime glued to the
 * digits before the inches of a height (5' 10", 5′ 10″). A quote closing a quotation ("… won 5") has
 * its opening mate; a prime alone is mostly no foot (the 3′ end of a genome).
 */
function quoteUnit(scope: FigureScope, last: number): { unit: string; count: number } | null {
  const q = scope.words[last + 1];
  if (q === '"') {
    let quotes = 0;
    for (const w of scope.words) if (w === '"') quotes++;
    return quotes % 2 === 1 ? { unit: 'in', count: 1 } : null;
  }
  if ((q !== "'" && q !== '′') || !scope.tokens[last + 1].glued || scope.tokens[last + 2]?.glued || scope.tokens[last + 2]?.kind !== 'number') return null;
  const inches = scope.tokens[last + 3]?.text === '"' ? 'in' : unitAfter(scope, last + 2)?.unit;
  return inches === 'in' ? { unit: 'ft', count: 1 } : null;
}

/** Degrees followed by the name of a scale (डिग्री सेल्सीयस, ° Fahrenheit, درجه سانتیگراد): degrees of that scale. */
/** A length after premises named before its number is their area: آپارتمان ۷۵ متری (75 m², not 75 m). */
function premisesArea(scope: FigureScope, last: number, length: { unit: string; count: number }): { unit: string; count: number } {
  const area = length.count === 1 ? scope.lex.premisesUnits.get(scope.words[last + 1]) : undefined;
  if (area === undefined) return length;
  let k = last;
  while (k > 0 && k > last - 4 && (scope.tokens[k].kind === 'number' || scaleWordValue(scope.words[k], scope.lang) !== null)) k--;
  return scope.lex.premisesNouns.has(scope.words[k]) ? { unit: area, count: 1 } : length;
}

function temperatureScale(scope: FigureScope, last: number, degrees: { unit: string; count: number }): { unit: string; count: number } {
  const scale = unitAfter(scope, last + degrees.count);
  return scale && (scale.unit === '°C' || scale.unit === '°F') ? { unit: scale.unit, count: degrees.count + scale.count } : degrees;
}

/** The far end of a range whose ends both carry the unit, after token `last` (the first end's unit). */
export function unitRangeEnd(scope: FigureScope, first: number, last: number, unit: string, currencyFirst: boolean): { atom: Atom; last: number } | null {
  const joiner = rangeJoinerAt(scope, last + 1, first);
  if (joiner === 0) return null;
  let next = last + 1 + joiner;
  if (currencyFirst) {
    const sign = scope.lex.currencies.match(scope.words, next);
    if (!sign || sign.value.code !== unit) return null;
    next += sign.count;
  }
  // "between 2.0 g and about 7.0 g": an approximate far end still closes the range.
  const about = scope.lex.qualifiersBefore.match(scope.words, next);
  if (about?.value === 'approx') next += about.count;
  if (next >= scope.tokens.length) return null;
  if (scope.tokens[next].kind === 'ident' && !currencyFirst) return gluedRangeEnd(scope, next, unit);
  if (scope.tokens[next].kind !== 'number' && scope.tokens[next].kind !== 'word') return null;
  const atom = readAtom(scope, next);
  if (!atom || atom.value === null || atom.ordinal) return null;
  if (currencyFirst) return { atom, last: atom.last };
  if (unit === '%' || unit === 'pp') {
    const p = unit === 'pp' ? pointsAfter(scope, atom.last) : pointsAfter(scope, atom.last) > 0 ? 0 : percentAfter(scope, atom.last);
    return p > 0 ? { atom, last: atom.last + p } : null;
  }
  const money = currencyAfter(scope, atom.last);
  if (money) return money.currency.code === unit ? { atom, last: atom.last + money.count } : null;
  const measure = measureAfter(scope, atom.last);
  return measure && measure.unit === unit ? { atom, last: atom.last + measure.count } : null;
}

/** The far end of a range written glued to its unit (3km to 5km), in the unit of the first end. */
function gluedRangeEnd(scope: FigureScope, at: number, unit: string): { atom: Atom; last: number } | null {
  const g = gluedMeasure(scope, at);
  if (!g || g.currency || g.unit !== unit) return null;
  return { atom: { first: at, last: g.last, value: g.value, ordinal: false, runs: [g.run], plain: g.run, indefinite: false, homograph: false, scaled: false }, last: g.last };
}

/** A number with its unit or currency glued to it in one chunk (3km, 75ml, 20Rs, 42MYR, USD3.14, Rs20). */
export interface GluedMeasure {
  value: number;
  unit: string;
  currency: boolean;
  run: DigitRun;
  /** Last token: the chunk, or the decimals after a glued point (USD3.14). */
  last: number;
  /** First token when a currency written apart comes first (Rs 500m). */
  first?: number;
}

const DIGITS_THEN_LETTERS = /^([0-9]+)([A-Za-zµμ]+[23²³]?)$/;
const LETTERS_THEN_DIGITS = /^([A-Za-z]+)([0-9]+)([A-Za-z]{1,3})?$/;

/** A scale letter glued after an amount (Rs5bn, USD3tn; m is a million, not a metre, after a currency), or null. */
const moneyScale = (suffix: string): number | null => (suffix === 'm' ? 1e6 : gluedScaleValue(suffix));

/** Reads an identifier-like token at `i` that is digits with a known unit or currency glued after, or a currency glued before. */
export function gluedMeasure(scope: FigureScope, i: number): GluedMeasure | null {
  const t = scope.tokens[i];
  const after = DIGITS_THEN_LETTERS.exec(t.text);
  if (after) {
    const money = gluedCurrency(scope, after[2]);
    // "Rs 500m", "PKR 500bn": a scale letter after a currency written apart.
    const apart = money ? null : currencyBefore(scope, i);
    const scale = apart && moneyScale(after[2]);
    const apartRun = scale ? digitRunBetween(scope, scope.orig(t.start), scope.orig(t.start + after[1].length)) : null;
    if (apart && apartRun) return { value: round(apartRun.value * scale! * apart.currency.factor), unit: apart.currency.code, currency: true, run: apartRun, last: i, first: i - apart.count };
    // One letter only as the table writes it (5G is a network, 500g grams).
    // A percent word glued on is a percent (Dawn's 22pc).
    const percent = !money && after[2].length > 1 && scope.lex.percent.match([after[2].toLowerCase()], 0) ? '%' : undefined;
    // F glued on names too much (13F filings, a 777F) to be Fahrenheit unless beside a temperature in C: 110F (43.3C).
    const fahrenheit = after[2] === 'F' && besideCelsius(scope, i, i) ? '°F' : undefined;
    const unit = money || WHEELER_SEGMENTS.has(t.text) ? null : percent ?? fahrenheit ?? GLUED_UNITS[after[2]] ?? (after[2].length > 1 ? scope.lex.units.match([after[2].toLowerCase()], 0)?.value : undefined);
    // A hundredth glued on is money of the currency it divides (50p), not on a video's lines (1080p).
    const hundredth = money || unit ? undefined : scope.lex.subunitCurrencies.get(after[2]);
    if (!money && !unit && (!hundredth || VIDEO_LINES.has(after[1]))) return null;
    const run = digitRunBetween(scope, scope.orig(t.start), scope.orig(t.start + after[1].length));
    if (!run) return null;
    if (hundredth) return { value: round(run.value / 100), unit: hundredth, currency: true, run, last: i };
    if (money) return { value: run.value * money.factor, unit: money.code, currency: true, run, last: i };
    // A rate glued on with a slash: 10km/hr.
    const slash = scope.tokens[i + 1]?.text === '/' && scope.tokens[i + 1].glued && scope.tokens[i + 2]?.glued ? scope.lex.units.match([after[2].toLowerCase(), '/', scope.words[i + 2]], 0) : null;
    if (slash?.count === 3) return { value: run.value, unit: slash.value, currency: false, run, last: i + 2 };
    return { value: run.value, unit: unit!, currency: false, run, last: i };
  }
  const before = LETTERS_THEN_DIGITS.exec(t.text);
  const money = before && gluedCurrency(scope, before[1]);
  const scale = before?.[3] ? moneyScale(before[3]) : 1;
  if (!money || scale === null) return null;
  if (scale !== 1) {
    const scaled = digitRunBetween(scope, scope.orig(t.start + before![1].length), scope.orig(t.start + before![1].length + before![2].length));
    return scaled && { value: round(scaled.value * scale * money.factor), unit: money.code, currency: true, run: scaled, last: i };
  }
  // Decimals or digit groups after a glued point or comma belong to the amount: USD3.14, Rs1,400, Rs1,40,000.50.
  const point = scope.tokens[i + 1];
  const rest = point?.glued && scope.tokens[i + 2]?.kind === 'number' && scope.tokens[i + 2].glued ? scope.tokens[i + 2].text : '';
  const decimals = (point?.text === '.' && /^[0-9]+$/.test(rest)) || (point?.text === ',' && /^[0-9]{2,3}(?:,[0-9]{2,3})*(?:\.[0-9]+)?$/.test(rest));
  const last = decimals ? i + 2 : i;
  const run = digitRunBetween(scope, scope.orig(t.start + before![1].length), scope.orig(scope.tokens[last].end));
  return run && { value: run.value * money.factor, unit: money.code, currency: true, run, last };
}

/** The currency a glued abbreviation names (Rs, RM, usd in any case; ISO codes and MUSD only in capitals). */
function gluedCurrency(scope: FigureScope, letters: string): Currency | null {
  const money = scope.lex.currencies.match([letters.toLowerCase()], 0)?.value;
  if (!money) return null;
  const code = money.capitals ?? money.code;
  return letters.toLowerCase() !== code.toLowerCase() || letters === code ? money : null;
}
