/**
 * Amounts of money beyond "number currency": a currency joined by a hyphen or followed by its scale
 * (one-yen, 75 USD million), hundredths after the amount (20 dollars 43 cents, 15 dollars 50), and
 * words that are both money and weight (pounds). Each reads a few tokens.
 */
import type { Currency } from '../lexicon/figureLexicon';
import { MASS_UNITS } from '../lexicon/unitSymbols';
import { readAtom } from './atoms';
import { currencyAfter, currencyBefore, qualifierAfter } from './context';
import type { Qualifier } from '../types';
import { measureAfter } from './measures';
import { scaleWordValue } from './numberGrammar';
import type { FigureScope, FoundFigure } from './recognize';

/**
 * The currency after an amount, also joined by a hyphen ("one-yen bid", "एक-येन") and followed by
 * the scale it is counted in ("75 USD million"): its code, the factor of its unit and scale, and the
 * tokens it covers. `scaled`: the amount has a scale already (5 million dollars).
 */
export function amountCurrencyAfter(scope: FigureScope, last: number, scaled: boolean): { currency: Currency; count: number } | null {
  let cur = currencyAfter(scope, last);
  const dash = scope.tokens[last + 1];
  if (!cur && dash?.text === '-' && dash.glued && scope.tokens[last + 2]?.glued && scope.tokens[last + 2].kind === 'word') {
    const joined = currencyAfter(scope, last + 1);
    cur = joined && { currency: joined.currency, count: joined.count + 1 };
  }
  if (!cur || scaled) return cur;
  const word = scope.words[last + cur.count + 1];
  const scale = word !== undefined && word.length > 1 && scope.tokens[last + cur.count + 1].kind === 'word' ? scaleWordValue(word, scope.lang) : null;
  return scale !== null && scale >= 1000 ? { currency: { ...cur.currency, factor: cur.currency.factor * scale }, count: cur.count + 1 } : cur;
}

/**
 * Whether the currency after an amount opens the next amount instead: a sign before more digits
 * ($ 20,000.00 $ 37,305.97), or a code after an amount that has its own before it (rmb 10 usd 20);
 * not when the next amount has the same currency after it or is hundredths (10 $ 30 $, 10 $ 30 cent).
 */
export function currencyOfNext(scope: FigureScope, first: number, last: number): boolean {
  const cur = currencyAfter(scope, last);
  const k = last + (cur?.count ?? 0) + 1;
  if (!cur || scope.tokens[k]?.kind !== 'number') return false;
  if (scope.tokens[last + 1].kind !== 'punct' && currencyBefore(scope, first) === null) return false;
  const next = readAtom(scope, k);
  if (!next) return true;
  return currencyAfter(scope, next.last)?.currency.code !== cur.currency.code && !scope.lex.subunits.has(scope.words[next.last + 1]);
}

/** Punctuation that closes an amount: hundredths written without their word end before it ("15 dollars 50."). */
const AMOUNT_CLOSERS = new Set(['.', ',', ';', ':', '!', '?', ')', '"', '”', '»', '।', '۔', '؟', '،']);

/**
 * Hundredths of a currency after its amount: "20 dollars 43 cents", "$20 and 43c", "3 GBP 1 pence",
 * "20 रुपये 50 पैसे". When `whole` (the amount is a whole number, no scale), the hundredths may go
 * unnamed as speech has them ("15 dollars 50", "twenty dollars and 43", "c$ 100 और पचास"): then
 * they end the sentence or a clause, so a number that counts something ("$20 and 43 people") or is
 * the next item of a list ("$20, 30 and 40") is left alone. Returns their value and last token, or null.
 */
export function subunitAfter(scope: FigureScope, last: number, whole: boolean): { value: number; last: number } | null {
  let k = last + 1;
  const comma = scope.words[k] === ',';
  if (comma || scope.lex.dayJoiners.has(scope.words[k])) k++;
  const t = scope.tokens[k];
  if (t?.kind === 'ident') return gluedSubunit(scope, k);
  if (!t || (t.kind !== 'number' && t.kind !== 'word')) return null;
  const cents = readAtom(scope, k);
  if (!cents || cents.value === null || cents.ordinal || cents.scaled || !Number.isInteger(cents.value) || cents.value < 0 || cents.value >= 100) return null;
  if (scope.lex.subunits.has(scope.words[cents.last + 1])) return { value: cents.value / 100, last: cents.last + 1 };
  const closer = scope.words[cents.last + 1];
  return whole && !comma && (closer === undefined || AMOUNT_CLOSERS.has(closer)) ? { value: cents.value / 100, last: cents.last } : null;
}

const GLUED_CENTS = /^([0-9]{1,2})([a-z]+)$/;

/** Hundredths glued to their word: "$20 and 43c", "20 dollar 43c". */
function gluedSubunit(scope: FigureScope, k: number): { value: number; last: number } | null {
  const m = GLUED_CENTS.exec(scope.tokens[k].text);
  return m && scope.lex.subunits.has(m[2]) ? { value: Number(m[1]) / 100, last: k } : null;
}

/** Tokens on each side of a weight-or-money word searched for a word of weighing. */
const WEIGHT_WINDOW = 8;

/**
 * A word that is both a currency and a weight ("pounds", पाउंड) is a weight when "of" and what is
 * weighed follow it (two pounds of meat), a word of weighing stands near it (weighs 200 pounds,
 * वजन 200 पाउंड) or it restates a mass (see `restatesMass`); alone (25 pounds to the fund) it stays
 * money, as news uses it.
 */
export function massNotMoney(scope: FigureScope, first: number, last: number): boolean {
  // Most amounts have no currency word after them: that is looked up before the unit.
  const money = scope.lex.currencies.match(scope.words, last + 1);
  const unit = money ? measureAfter(scope, last) : null;
  if (money === null || unit === null || money.count !== unit.count) return false;
  if (scope.words[last + unit.count + 1] === 'of') return true;
  const to = Math.min(scope.words.length - 1, last + unit.count + WEIGHT_WINDOW);
  for (let k = Math.max(0, last - WEIGHT_WINDOW); k <= to; k++) if (scope.lex.weightCues.has(scope.words[k])) return true;
  return restatesMass(scope, first, last + unit.count);
}

/** Most tokens after a bracket or an equal word searched for the unit of the mass restated. */
const RESTATED_REACH = 4;

/**
 * Whether the amount at `first..end` (its unit included) restates a mass beside it: in brackets after
 * or before it ("30 kilograms (66 pounds)", "66 pounds (30 kg)") or said equal to it ("a metric ton is
 * equal to 2,204.62 pounds", एक मीट्रिक टन 2,204.62 पाउंड के बराबर है, یک تن معادل ۲۲۰۴ پوند). A bracket
 * that restates the amount in money (5 pounds (600 rupees)) or an equal fine (a fine equal to 500
 * pounds) names no mass, and the pounds stay money.
 */
function restatesMass(scope: FigureScope, first: number, end: number): boolean {
  const { words, lex } = scope;
  const massEndsAt = (k: number) => k >= 0 && MASS_UNITS.has(lex.units.matchEndingAt(words, k, 3)?.value ?? '');
  const before = words[first - 1] === '(' ? 1 : first > 0 ? (lex.equalWords.matchEndingAt(words, first - 1)?.count ?? 0) : 0;
  if (before > 0 && massEndsAt(first - 1 - before)) return true;
  const after = words[end + 1] === '(' ? 1 : (lex.equalWords.match(words, end + 1)?.count ?? 0);
  if (after === 0) return false;
  // Where the verb comes last the mass stands right before the amount: टन 2,204.62 पाउंड के बराबर.
  if (words[end + 1] !== '(' && massEndsAt(first - 1)) return true;
  for (let k = end + 1 + after; k < Math.min(words.length, end + 1 + after + RESTATED_REACH); k++) {
    const unit = lex.units.match(words, k);
    if (unit) return MASS_UNITS.has(unit.value);
  }
  return false;
}

/** The token of a hundredth of a currency said alone after token `last`, right after it or joined by a hyphen (a 12-cent dividend), or -1. */
export function subunitAt(scope: FigureScope, last: number): number {
  const { words, tokens, lex } = scope;
  // A one-letter hundredth (p) only glued to its digits: 4,870p, not "5 p".
  if (lex.subunitCurrencies.has(words[last + 1]) && (words[last + 1].length > 1 || tokens[last + 1].glued)) return last + 1;
  return words[last + 1] === '-' && tokens[last + 1].glued && tokens[last + 2]?.glued && lex.subunitCurrencies.has(words[last + 2]) ? last + 2 : -1;
}

/**
 * The currency a scaled amount with none is in, when a money noun follows it (5,000 करोड़ का पैकेज), or
 * stands right before it and no noun follows (कमाई 68 करोड़ रही): the language's usual one, or null.
 */
export function impliedCurrencyAfter(scope: FigureScope, last: number, first = last): string | null {
  const { lex, words, tokens } = scope;
  if (lex.impliedCurrency === null) return null;
  const named = lex.impliedMoney.match(words, last + 1) !== null;
  const next = tokens[last + 1];
  const before = !named && first > 0 && lex.impliedMoneyBefore.matchEndingAt(words, first - 1) !== null && (next === undefined || next.kind !== 'word' || lex.functionWords.has(words[last + 1]));
  return named || before ? lex.impliedCurrency : null;
}

/**
 * A bound said after a price and the quantity it is per belongs to the price: "73 हजार रुपये प्रति 10
 * ग्राम के पार" is more than 73,000 rupees for 10 grams, "2 لاکھ روپے فی 10 گرام سے تجاوز" more than
 * 2 lakh rupees; the 10 grams are exactly 10. Returns the figures.
 */
export function boundOfPrice(scope: FigureScope, found: FoundFigure[]): FoundFigure[] {
  for (let k = 0; k + 1 < found.length; k++) {
    const [price, per] = [found[k], found[k + 1]];
    const priced = price.figure.kind === 'currency' && price.figure.qualifier === 'exact' && (price.outerLast ?? price.last) === price.last;
    const rate = scope.lex.rateWords.match(scope.words, price.last + 1);
    const boundAfter = per.outerLast !== undefined && per.outerLast > per.last && per.figure.qualifier !== 'exact' && per.figure.qualifier !== 'range';
    if (!priced || !rate || per.first !== price.last + 1 + rate.count || per.figure.unit === null || per.figure.kind !== 'cardinal' || !boundAfter) continue;
    [price.figure.qualifier, per.figure.qualifier] = [per.figure.qualifier, 'exact'];
    price.outerLast = per.outerLast;
    per.outerLast = per.last;
  }
  return found;
}

/** A bound after the unit a price is per, with no number of it: "90 हजार रुपये प्रति किलो के पार", "280 روپے فی لیٹر سے زائد". */
export function boundPastPerUnit(scope: FigureScope, last: number): { qualifier: Qualifier; count: number } | null {
  const rate = scope.lex.rateWords.match(scope.words, last + 1);
  const unit = rate ? scope.lex.units.match(scope.words, last + 1 + rate.count) : null;
  const bound = rate && unit ? qualifierAfter(scope, last + rate.count + unit.count) : null;
  return rate && unit && bound ? { qualifier: bound.qualifier, count: rate.count + unit.count + bound.count } : null;
}

/** Whether the number at `k` is hundredths of a currency, the change an exchange rate went through before it: "rose 12 paise to 84.38", "12 पैसे मजबूत होकर 84.38". */
function changeInMoney(scope: FigureScope, k: number): boolean {
  return scope.lex.subunitCurrencies.has(scope.words[k + 1]);
}

/** Tokens searched on each side of an exchange rate for the two currencies it sets against each other. */
const RATE_REACH = 6;
/** Currencies other currencies are quoted against in the news: a rate of the rupee "against the dollar" is in rupees. */
const QUOTE_BASES: ReadonlySet<string> = new Set(['USD', 'EUR', 'GBP']);

/**
 * The currency an exchange rate is priced in: a bare number in a clause naming two currencies, before it
 * and before or after it, with no other number between ("the rupee closed at 83.45 against the dollar",
 * "روپیہ ڈالر کے مقابلے میں 278.5 پر", "रुपया डॉलर के मुकाबले 83.45 पर"): the one that is no dollar, euro or
 * pound, the others being what rates are quoted against (rupees per dollar: INR, PKR); else the one named first. Null otherwise.
 */
export function exchangeRateCurrency(scope: FigureScope, first: number, last: number): string | null {
  if (scope.tokens[first]?.kind !== 'number') return null;
  const named: string[] = [];
  // Read backwards, a longer name takes the shorter one it ends with (Australian dollars, not dollars).
  let start = Infinity;
  let passed = 0;
  const read = (k: number): boolean => {
    const t = scope.tokens[k];
    // The change's number and its currency word do not count against the reach.
    if (t?.kind === 'number' && k < first && changeInMoney(scope, k)) return (passed += 2) > 0;
    if (!t || t.kind === 'number' || scope.lex.clauseMarkers.has(scope.words[k]) || scope.lex.clauseBreaks.match(scope.words, k) || /^[.;،؛]$/.test(scope.words[k])) return false;
    const m = currencyAfter(scope, k - 1);
    if (!m) return true;
    if (k < start && k + m.count > start) named.pop();
    if (!named.includes(m.currency.code)) named.push(m.currency.code);
    start = k;
    return true;
  };
  for (let k = first - 1; k >= first - RATE_REACH - passed && read(k); k--);
  start = -Infinity;
  // Past a change in paise, the rate is quoted against a currency named after it ("12 पैसे मजबूत होकर 84.38 प्रति डॉलर"), not before.
  if (named.length === 0 || (passed > 0 && named.length > 1)) return null;
  for (let k = last + 1; k <= last + RATE_REACH && named.length < 2 && read(k); k++);
  if (named.length !== 2) return null;
  const [a, b] = named.slice().reverse();
  return QUOTE_BASES.has(a) && !QUOTE_BASES.has(b) ? b : a;
}
