/**
 * The figure recogniser: walks the tokens of each sentence, reads a number atom (digits, words,
 * scales), then the words around it — range, date, reference, percent, currency, unit, qualifier,
 * what it counts — and emits a figure. Every step reads a few tokens, so the pass is linear.
 */
import { figureLexicon } from '../lexicon/figureLexicon';
import type { ParagraphTokens, Segmented, SentenceTokens } from '../text/segment';
import type { Figure, FigureKind, Qualifier } from '../types';
import { cricketFigures, inCricketReport, runsOffBalls } from './cricket';
import { finish } from './draft';
import { digitRunOf, isFractionSign, isNumberAt, readAtom, type Atom, type AtomSource } from './atoms';
import { joinBounds } from './bounds';
import { continueReferences, shareCountedNouns } from './ellipsis';
import { readExtremes } from './extremes';
import { decadeEnd, fiscalYear, isRtl, isYear, isYearRange, spokenYear, yearSpan } from './years';
import { changeThenLevel, periodBefore, currencyBefore, comparisonAfterNoun, inclusiveAfter, percentAfter, pointsAfter, passedFrom, qualifierAfter, qualifierBefore, qualifierOf, referenceBefore, type WordView } from './context';
import { countedAfter, countedBefore, countedByVerbBefore, namedWhole, rateSubjectBefore } from './counted';
import { clockTime, dateFromDay, dayOfMonthDate, dateFromYear, hourOfDay, numericDate, ordinalOfSpan } from './dates';
import { codeDigitsEnd, isLabelledIdentifier, isNameDigits, isPageFurniture, isSpelledOutName, referenceEnd, scoreEnd } from './furniture';
import { noteUnitName, unitNameAt, type UnitNames } from './unitNames';
import { belowZeroAfter, sharedScale, spanOfTimeAfter, measureAfter, measureAtom, unitRangeEnd } from './measures';
import { gluedFigure, lengthParts } from './gluedFigure';
import { amountCurrencyAfter, boundOfPrice, boundPastPerUnit, currencyOfNext, exchangeRateCurrency, impliedCurrencyAfter, massNotMoney, subunitAfter, subunitAt } from './money';
import { isNegativeWord, scaleWordValue } from './numberGrammar';
import { overFraction, ratioAtom } from './ratios';
import { percentOfAfter } from './percentOf';
import { percentBefore, pointTypedAfter, signOfNextNumber } from './rtlPercent';
import { repeatedNumber } from './repeated';
import { signedAtom } from './signs';
import { joinTimeParts } from './timeParts';
import { mixedSpanRange } from './spanRange';
import { articleAtom, exactCountAtom, wordsAreFigure } from './wordFigures';
import { atomStarts } from './atomStarts';
import { DASHES, gluedFarEnd, rangeEnd } from './rangeEnd';

/** What a figure stage needs to read the text around a number. */
export interface FigureScope extends AtomSource, WordView {
  seg: Segmented;
  /** Names its document writes with a number in quotation marks (see furniture.ts `quotedNames`). */
  quotedNames?: ReadonlySet<string>;
  /** Units its document named by an abbreviation in brackets so far (see unitNames.ts). */
  unitNames?: UnitNames;
  /** The noun each counting word last counted in its document (۳۸۵ هزار دستگاه خودرو): the counting word alone later counts it too. */
  counterNouns?: Map<string, string>;
}

/** The scope of one sentence of a paragraph. */
export function sentenceScope(text: string, p: ParagraphTokens, sentence: SentenceTokens, seg: Segmented, quotedNames?: ReadonlySet<string>, solarYear?: { value: number | null }, unitNames?: UnitNames, counterNouns?: Map<string, string>): FigureScope {
  const tokens = p.tokens.slice(sentence.first, sentence.last);
  const original = (k: number) => text.slice(seg.orig(tokens[k].start), seg.orig(tokens[k].end));
  return { text, seg, tokens, words: tokens.map((t) => t.text), lang: p.lang, lex: figureLexicon(p.lang), orig: seg.orig, original, quotedNames, solarYear, unitNames, counterNouns };
}

/** A figure with the tokens it covers in its sentence. */
export interface FoundFigure {
  figure: Figure;
  first: number;
  last: number;
  /** Tokens with the qualifier phrases around the figure ("more than 10", "10 से कम"), when it has any. */
  outerFirst?: number;
  outerLast?: number;
}

/** Finds the figures of one sentence, in text order. Never throws. */
export function recognizeSentence(scope: FigureScope): FoundFigure[] {
  const found: FoundFigure[] = [];
  const { tokens } = scope;
  const starts = atomStarts(scope.lex, scope.lang);
  for (let i = 0; i < tokens.length; i++) {
    // An identifier is a number with a unit glued to it (3km), unless it is digits with a scale letter or an exponent (10k, 1e10), or a label (Section 144C).
    if (tokens[i].kind === 'ident' && !readAtom(scope, i) && !referenceBefore(scope, i)) {
      const glued = gluedFigure(scope, i);
      // A minus word before a measure glued to its unit: minus 4C, منفی 4C.
      if (glued && typeof glued.value === 'number' && !glued.currency && !glued.date && (glued.first ?? i) === i && i > 0 && isNegativeWord(scope.words, i - 1, scope.lang)) [glued.value, glued.first] = [-glued.value, i - 1];
      if (glued) {
        const range = glued.value === null;
        const kind = glued.date ? 'date' : range ? 'range' : glued.currency ? 'currency' : glued.unit === '%' ? 'percent' : 'cardinal';
        const qualifier = range ? 'range' : qualifierBefore(scope, glued.first ?? i)?.qualifier ?? 'exact';
        const counted = glued.unit === '%' && !range ? rateSubjectBefore(scope, glued.first ?? i, glued.last, { isWord: (k) => tokens[k].kind === 'word' }) : null;
        found.push(finish(scope, { ...glued, first: glued.first ?? i, kind, qualifier, counted, numberFirst: i }));
        scope.floor = i = glued.last;
      }
      continue;
    }
    if (tokens[i].kind === 'punct' && !isFractionSign(tokens[i].text)) continue;
    // Most words open no atom (and so no cricket pair either).
    if (tokens[i].kind === 'word' && !starts.has(scope.words[i])) continue;
    // A score in words is no figure either: دو بر یک.
    if (tokens[i].kind === 'word' && scope.lex.scoreJoiners.has(scope.words[i + 1])) {
      const score = scoreEnd(scope, i);
      if (score >= 0) {
        i = score;
        continue;
      }
    }
    if (tokens[i].kind === 'number') {
      const date = numericDate(scope, i, scope.lang === 'fa');
      if (date) {
        const runs = [i, i + 2, i + 4].map((k) => digitRunOf(scope, tokens[k])).filter((r) => r !== null);
        found.push(finish(scope, { first: i, last: date.last, value: date.value, min: null, max: null, kind: 'date', qualifier: 'exact', unit: null, counted: null, runs, numberFirst: i, numberLast: date.last, numberValue: null }));
        scope.floor = i = date.last;
        continue;
      }
      const code = Math.max(codeDigitsEnd(scope, i), scoreEnd(scope, i));
      if (code >= 0) {
        i = code;
        continue;
      }
    }
    const cricket = cricketFigures(scope, i);
    if (cricket) {
      found.push(...cricket);
      scope.floor = i = cricket[1].last;
      continue;
    }
    if (tokens[i].kind === 'number' && (isPageFurniture(scope, i) || isLabelledIdentifier(scope, i) || isNameDigits(scope, i) || isSpelledOutName(scope, i))) continue;
    const atom = repeatedNumber(scope, i) ?? (tokens[i].kind === 'word' ? exactCountAtom(scope, i) : null) ?? measureAtom(scope, i) ?? (tokens[i].kind === 'word' ? articleAtom(scope, i) : null);
    if (!atom) continue;
    const read = readFigure(scope, atom);
    if (read) {
      found.push(read);
      scope.floor = read.last;
    }
    i = Math.max(i, read ? read.last : atom.last);
  }
  return boundOfPrice(scope, joinTimeParts(scope, readExtremes(scope, shareCountedNouns(scope, continueReferences(scope, joinBounds(scope, found))))));
}

/** Integer value of a plain digit token at `index`, for dates. */
function intAt(scope: FigureScope, index: number): number | null {
  const t = scope.tokens[index];
  if (!t || t.kind !== 'number') return null;
  const atom = readAtom(scope, index);
  return atom && atom.plain && !atom.scaled && !atom.ordinal && !atom.plain.hasDecimals && atom.plain.groupSeparator === '' ? atom.plain.value : null;
}

/**
 * Whether a number right before a reference word counts it ("۹۰ دقیقه ۳ گل" is 90 minutes, then 3
 * goals; هر ده دقیقه یک نفر): the word labels no number after it. A year there is a time (2019 آرٹیکل 370), not a count,
 * and a labelled number there is a reference of its own (بند ۳ ماده ۱۸).
 */
function countedByNumberBefore(scope: FigureScope, at: number): boolean {
  if (at === 0 || !isNumberAt(scope, at - 1) || (at >= 2 && scope.lex.references.matchEndingAt(scope.words, at - 2, 2))) return false;
  const v = intAt(scope, at - 1);
  return v === null || v < 1800 || v > 2100;
}

/** A scale word alone after a rate word is one of that scale: per lakh population = per 100,000, प्रति लाख, per million (else vague: millions). */
function scaleAfterRate(scope: FigureScope, atom: Atom): number | null {
  if (atom.first !== atom.last || atom.runs.length > 0 || atom.first === 0 || !scope.lex.rateWords.matchEndingAt(scope.words, atom.first - 1)) return null;
  return scaleWordValue(scope.words[atom.first], scope.lang);
}

/** Builds the figure around an atom, or null when it is not a figure (indefinite article, list marker). */
function readFigure(scope: FigureScope, found: Atom): FoundFigure | null {
  const atom = signedAtom(scope, overFraction(scope, found) ?? ratioAtom(scope, found) ?? found);
  const { tokens, words } = scope;
  let first = atom.first;
  let last = atom.last;
  let value: Figure['value'] = atom.value ?? scaleAfterRate(scope, atom);
  let min: number | null = null;
  let max: number | null = null;
  let kind: FigureKind = atom.ordinal ? 'ordinal' : 'cardinal';
  let qualifier: Qualifier = atom.approx ? 'approx' : 'exact';
  let unit: string | null = null;
  let counted: string | null = null;
  const runs = [...atom.runs];
  let numberLast = atom.last;

  // Clock times (8:00, ۱۴:۳۰, 8:00 p.m.) and hours of the day (10 a.m., ده صبح, 10 بجے) are times, not counts.
  const time = atom.first === atom.last && atom.plain ? clockTime(scope, atom.first) : null;
  if (time) {
    const run = time.minutes !== null ? digitRunOf(scope, tokens[time.minutes]) : null;
    return finish(scope, { first, last: time.last, value: time.value, min, max, kind: 'date', qualifier, unit, counted, runs: run ? [...runs, run] : runs, numberFirst: first, numberLast: time.minutes ?? atom.first, numberValue: null });
  }
  const wholeHour = atom.value !== null && !atom.ordinal && !atom.scaled && !atom.plain?.hasDecimals;
  const hour = wholeHour ? hourOfDay(scope, atom.first, atom.last, atom.value!) : null;
  const minuteRun = hour?.minutes !== undefined ? digitRunOf(scope, tokens[hour.minutes]) : null;
  if (hour) return finish(scope, { first: hour.first, last: hour.last, value: hour.value, min, max, kind: 'date', qualifier, unit, counted, runs: minuteRun ? [...runs, minuteRun] : runs, numberFirst: atom.first, numberLast: atom.last, numberValue: null });

  // Range: 25-26, ۲۰–۳۰, 10 سے 15, ۱۰ تا ۱۵, 10 to 15 — unless "سے" starts a qualifier (110 سے زائد).
  const after = qualifierAfter(scope, last);
  let second: Atom | null = null;
  if (!after && !atom.ordinal) second = rangeEnd(scope, atom);
  // "cut by 6.70 to 151.02": a change and the level it led to, not a range.
  if (second && atom.value !== null && second.value !== null && changeThenLevel(scope, atom.first, atom.value, second.value)) second = null;
  if (second && atom.value !== null && second.value !== null) {
    // "2 سے 3 ملین": the scale written once applies to both ends.
    const factor = sharedScale(scope, atom, second);
    const span = (DASHES.has(words[atom.last + 1]) || words[atom.last + 1] === '/') && yearSpan(scope, atom, second);
    // Right-to-left writers may type the larger end first ("14-1 روز" reads 1 to 14 from the right).
    [min, max] = span || (second.value < atom.value ? [second.value, atom.value] : [atom.value * factor, second.value]);
    value = null;
    kind = 'range';
    qualifier = 'range';
    runs.push(...second.runs);
    last = second.last;
    numberLast = second.last;
  }

  // A fiscal year after FY (FY25, FY24-25): the two calendar years it spans, as 2024-25.
  const fiscal = fiscalYear(scope, atom, second);
  if (fiscal) {
    [min, max, value, kind, qualifier] = [fiscal[0], fiscal[1], null, 'range', 'range'];
    first = atom.first - 1;
  }

  // A day written as an ordinal word or with a suffix: "دوم مارس ۲۰۲۰", "March 2nd"; in words before its month: نو مئی, پانچ جولائی 1977.
  const dayWord = scope.lex.dayWordsBeforeMonth && atom.runs.length === 0 && kind === 'cardinal' && scope.lex.months.match(words, atom.last + 1) !== null;
  const spanOrdinal = atom.ordinal && atom.runs.length === 0 && ordinalOfSpan(scope, atom.first, (k) => k >= 0 && readAtom(scope, k)?.last === k);
  const ordinalDay = (atom.ordinal || dayWord) && !spanOrdinal && atom.value !== null && Number.isInteger(atom.value) ? dateFromDay(scope, atom.first, atom.last, atom.value, null, (k) => intAt(scope, k), atom.runs.length > 0) : null;
  if (ordinalDay) return finish(scope, { first: ordinalDay.first, last: ordinalDay.last, value: ordinalDay.value, min: null, max: null, kind: 'date', qualifier: 'exact', unit: null, counted: null, runs, numberFirst: atom.first, numberLast, numberValue: atom.value });

  // Dates with month names, and years.
  const plainInt = atom.plain && !atom.scaled && !atom.ordinal && !atom.plain.hasDecimals && atom.plain.groupSeparator === '' ? atom.plain.value : null;
  if (plainInt !== null) {
    const date =
      dateFromDay(scope, atom.first, last, kind === 'range' && min !== null && Number.isInteger(min) ? min : plainInt, kind === 'range' ? max : null, (k) => intAt(scope, k)) ??
      dayOfMonthDate(scope, atom.first, last, kind === 'range' && min !== null ? min : plainInt, kind === 'range' ? max : null) ??
      (kind !== 'range' ? dateFromYear(scope, atom.first, plainInt) : null);
    if (date) return finish(scope, { first: date.first, last: date.last, value: date.value, min: null, max: null, kind: 'date', qualifier: kind === 'range' ? 'range' : 'exact', unit: null, counted: null, runs, numberFirst: atom.first, numberLast, numberValue: numberLast === atom.last ? atom.value : null });
  }

  // References: آرٹیکل 25, Article 21(4), ماده ۲۵.
  // A comparison after the number ("संख्या 1000 से ज़्यादा", "number 5 or more") makes "number" a noun, not a label.
  // A range after a plural label is a run of references: Articles 26 to 28, دفعات 5 سے 7. A scaled number is an amount (فصل ۹۰۰ هزار دلار).
  const labelled = atom.scaled ? null : kind === 'cardinal' || (kind === 'range' && min !== null && max !== null && Number.isInteger(min) && Number.isInteger(max)) ? referenceBefore(scope, first) : null;
  const reference = labelled && !qualifierAfter(scope, last) && !spanOfTimeAfter(scope, last) && !countedByNumberBefore(scope, first - labelled.count) ? labelled : null;
  // A label after digits: "117 ہیلپ لائن" (digits only: دو ہیلپ لائنز counts them).
  const labelAfter = !reference && kind === 'cardinal' && runs.length > 0 ? scope.lex.referencesAfter.match(words, last + 1) : null;
  if (labelAfter) return finish(scope, { first, last: last + labelAfter.count, value, min, max, kind: 'reference', qualifier: 'exact', unit: null, counted: labelAfter.value, runs, numberFirst: atom.first, numberLast, numberValue: numberLast === atom.last ? atom.value : null });
  if (reference) {
    first -= reference.count;
    last = referenceEnd(scope, last);
    return finish(scope, { first, last, value, min, max, kind: 'reference', qualifier: kind === 'range' ? 'range' : 'exact', unit: null, counted: reference.what, runs, numberFirst: atom.first, numberLast, numberValue: numberLast === atom.last ? atom.value : null });
  }

  // Percent, currency (after or before), unit; an ordinal ranks (the first £100 prize) and has none.
  // Percentage points are a difference of percentages, not one: unit `pp` (rose 0.3 percentage points to 4.1%).
  const points = signOfNextNumber(scope, last) || atom.ordinal ? 0 : pointsAfter(scope, last);
  const percent = points > 0 || signOfNextNumber(scope, last) || atom.ordinal ? points : percentAfter(scope, last) || percentOfAfter(scope, first, last);
  const signBefore = percent === 0 && !atom.ordinal ? percentBefore(scope, first, last) : null;
  if (atom.ordinal) {
    // nothing to attach
  } else if (percent > 0 || signBefore) {
    if (signBefore === 'sign') {
      first--;
      // %08. is .08% with its point typed after the digits.
      const pointed = kind === 'cardinal' ? pointTypedAfter(scope, atom) : null;
      if (pointed !== null) [value, last] = [pointed, last + 1];
    } else last += percent;
    unit = points > 0 && !inCricketReport(scope) ? 'pp' : '%'; // a cricket table's "36.66 فیصد پوائنٹس" is its points percentage
    if (kind !== 'range') kind = 'percent';
  } else {
    const cur = massNotMoney(scope, first, last) || currencyOfNext(scope, first, last) ? null : amountCurrencyAfter(scope, last, atom.scaled);
    const curBefore = cur || subunitAt(scope, last) > last ? null : currencyBefore(scope, first); // ڈالر 10 پیسے سستا: paise of the rupee
    const currency = cur ?? curBefore;
    if (currency) {
      unit = currency.currency.code;
      if (kind !== 'range') kind = 'currency';
      const f = currency.currency.factor;
      if (f !== 1) [value, min, max] = [typeof value === 'number' ? value * f : value, min === null ? null : min * f, max === null ? null : max * f];
      if (cur) last += cur.count;
      else first -= curBefore!.count;
      const cents = typeof value === 'number' && f === 1 ? subunitAfter(scope, last, Number.isInteger(value) && !atom.scaled) : null;
      if (cents && typeof value === 'number') {
        value = Math.round((value < 0 ? value - cents.value : value + cents.value) * 100) / 100; // minus 42 rupees 50 paise is -42.5
        last = cents.last;
      }
    } else if (typeof value === 'number' && kind === 'cardinal' && subunitAt(scope, last) > last) {
      // Hundredths alone: "50 पैसे प्रति लीटर", "پچاس پیسے", "30 cents", "10¢", "a 12-cent dividend" are money of the currency they divide.
      const at = subunitAt(scope, last);
      [unit, value, kind, last] = [scope.lex.subunitCurrencies.get(words[at])!, Number((value / 100).toPrecision(12)), 'currency', at];
    } else if (atom.scaled && (kind === 'cardinal' || kind === 'range') && impliedCurrencyAfter(scope, last, first)) {
      [unit, kind] = [impliedCurrencyAfter(scope, last, first), kind === 'range' ? 'range' : 'currency'];
    } else if (!atom.scaled && kind === 'cardinal' && exchangeRateCurrency(scope, first, last)) {
      [unit, kind] = [exchangeRateCurrency(scope, first, last), 'currency']; // the rupee at 83.45 against the dollar
    } else {
      // A weight class: 109+ kg, ۱۰۹+ کیلوگرم (over 109 kg).
      const plus = words[last + 1] === '+' && tokens[last + 1].glued ? measureAfter(scope, last + 1) : null;
      const u = plus ?? measureAfter(scope, last);
      // A unit its document named by an abbreviation: 773.6 MT after "million tonnes (MT)".
      const named = u || atom.scaled || kind !== 'cardinal' || typeof value !== 'number' ? null : unitNameAt(scope, last + 1);
      if (u) {
        if (plus) [qualifier, last] = ['more-than', last + 1];
        unit = u.unit;
        last += u.count;
        if (atom.plain && typeof value === 'number') noteUnitName(scope, last, unit, atom.plain.value, value);
        const parts = typeof value === 'number' ? lengthParts(scope, last, value, unit) : null;
        if (parts) [value, unit, last] = [parts.value, parts.unit, parts.last];
        if (parts) runs.push(...parts.runs);
      } else if (named && typeof value === 'number') {
        [unit, value, last] = [named.unit, Number((value * named.factor).toPrecision(12)), last + 1];
      } else if (kind === 'cardinal' && !after) {
        const far = gluedFarEnd(scope, atom);
        if (far) [min, max, value, kind, qualifier, unit, last, numberLast] = [atom.value, far.value, null, 'range', 'range', far.unit, far.last, far.last];
        if (far) runs.push(far.run);
      }
    }
  }

  // "2 degrees below zero", "2 below zero": a temperature under zero.
  const below = kind === 'cardinal' && typeof value === 'number' ? belowZeroAfter(scope, last, unit) : 0;
  if (below > 0 && typeof value === 'number') [value, unit, last] = [-value, unit ?? '°', last + below];
  // From zero or from the freezing point, so many degrees down: शून्य से 3 डिग्री नीचे, نقطہ انجماد سے 10 ڈگری نیچے.
  const fromZero = kind === 'range' && min === 0 && max !== null ? max : below === 0 && kind === 'cardinal' && typeof value === 'number' && scope.lex.freezingBefore.matchEndingAt(words, first - 1, 3) ? value : null;
  const underZero = fromZero !== null ? belowZeroAfter(scope, last, unit, scope.lex.belowZeroAfterRange) : 0;
  if (underZero > 0) [value, min, max, kind, qualifier, unit, last] = [-fromZero!, null, null, 'cardinal', 'exact', unit ?? '°', last + underZero];

  // Both ends carry the unit: "30 degrees to 40 degrees", "40%-50%", "$10-$20", "5 km to 10 km".
  const unitEnd = kind !== 'range' && unit !== null && typeof value === 'number' ? unitRangeEnd(scope, first, last, unit, first < atom.first) : null;
  if (unitEnd && unitEnd.atom.value !== null && typeof value === 'number') {
    const factor = atom.value !== null && atom.value !== 0 ? value / atom.value : 1;
    const far = unitEnd.atom.value * factor;
    // "$2 and $3 billion", "$2-$3 billion": a scale written once, at the far end, applies to both; not past a unit after the near end (500 روپے سے 5 ہزار روپے).
    const near = !atom.scaled && last === atom.last && unitEnd.atom.scaled && unitEnd.atom.plain?.value ? value * (unitEnd.atom.value / unitEnd.atom.plain.value) : value;
    if ((far > near && !changeThenLevel(scope, first, near, far)) || isRtl(scope)) {
      [min, max] = far > near ? [near, far] : [far, near];
      value = null;
      kind = 'range';
      qualifier = 'range';
      runs.push(...unitEnd.atom.runs);
      last = unitEnd.last;
    }
  }

  // Qualifiers: before (تقریباً 70, بیش از 110) or after (110 سے زائد, 50 से अधिक).
  const before = spanOfTimeAfter(scope, last) && periodBefore(scope, first, last) ? null : qualifierBefore(scope, first);
  const afterUnit = qualifierAfter(scope, last) ?? passedFrom(scope, first, last) ?? (kind === 'currency' ? boundPastPerUnit(scope, last) : null);
  if (kind !== 'range') qualifier = qualifierOf(before, afterUnit) ?? qualifier;
  // What a number counts may be joined to it by a hyphen: a 5-year-old, a 10-member panel.
  const joined = words[last + 1] === '-' && tokens[last + 1].glued && tokens[last + 2]?.glued && tokens[last + 2].kind === 'word';
  let countFrom = afterUnit ? last + afterUnit.count : joined ? last + 1 : last;
  const orEqual = kind !== 'range' ? inclusiveAfter(scope, countFrom, qualifier) : null;
  if (orEqual) [qualifier, countFrom] = [orEqual.qualifier, countFrom + orEqual.count];
  const outer = { outerFirst: before ? first - before.count : first, outerLast: countFrom };

  // Years: four plain digits, not counting anything; nor does a noun after a comparison and a comma ("40 ہزار سے بڑھ گئے، منصوبے").
  const closed = afterUnit !== null && (words[countFrom + 1] === '،' || words[countFrom + 1] === ',');
  const noun = closed ? null : kind === 'cardinal' || kind === 'ordinal' || (kind === 'range' && !isYearRange(scope, first, min, max)) ? countedAfter(scope, countFrom, { isWord: (k) => tokens[k].kind === 'word' && !isNumberAt(scope, k) }) : null;
  const conceptNoun = noun && !isSurfaceNoun(scope, noun.index);
  const afterNoun = !afterUnit && noun && conceptNoun && noun.index === countFrom + 1 && kind !== 'range' ? comparisonAfterNoun(scope, noun.index) : null;
  if (afterNoun && qualifier === 'exact') qualifier = afterNoun;
  const year = plainInt ?? spokenYear(scope, atom);
  // A decade (the 1990s) is every year of it.
  const decade = kind === 'cardinal' && unit === null && plainInt !== null ? decadeEnd(scope, plainInt, first, last) : -1;
  if (decade >= 0) return finish(scope, { first, last: decade, value: null, min: plainInt, max: plainInt! + 9, kind: 'range', qualifier: 'range', unit: null, counted: null, runs, numberFirst: atom.first, numberLast, numberValue: null });
  if (kind === 'cardinal' && unit === null && year !== null && isYear(scope, year, first, last, !!conceptNoun, countFrom)) {
    // A one-word particle after a year is time (2030 तक "by 2030"), not a bound.
    const yearQualifier = afterUnit?.count === 1 && qualifier === afterUnit.qualifier ? 'exact' : qualifier;
    return finish(scope, { first, last, value: year, min: null, max: null, kind: 'year', qualifier: yearQualifier, unit: null, counted: null, runs, numberFirst: atom.first, numberLast, numberValue: numberLast === atom.last ? atom.value : null });
  }
  // What an ordinal ranks (80ویں جنرل اسمبلی, دوسرے نمبر پر) is not what it counts: only concepts, and no rank nouns, are kept for ordinals.
  if (noun && unit === null && (kind !== 'ordinal' || (conceptNoun && !scope.lex.rankNouns.has(scope.words[noun.index])))) counted = noun.counted;
  else if (kind === 'cardinal' && unit === null && runsOffBalls(scope, last)) counted = 'run';
  // Ends counting different spans of time: ۳ ماه تا یک سال is 3..12 months.
  const spans = kind === 'cardinal' && unit === null && noun && conceptNoun && noun.index === countFrom + 1 && typeof value === 'number' ? mixedSpanRange(scope, first, noun.index, value) : null;
  if (spans) [value, min, max, kind, qualifier, counted, last, numberLast] = [null, spans.min, spans.max, 'range', 'range', spans.counted, spans.last, spans.far.last];
  if (spans) runs.push(...spans.far.runs);
  if ((unit === '%' || unit === 'pp') && counted === null) counted = rateSubjectBefore(scope, outer.outerFirst, last, { isWord: (k) => tokens[k].kind === 'word' });
  // "the number of the dead … 2,000", "شمار کشته‌شدگان به ۲۰۰۰ نفر": a noun named before says more than "people" or an unknown word after;
  // else a counting word alone counts the noun it counted before in its document (۲۹۰ هزار دستگاه after ۳۸۵ هزار دستگاه خودرو).
  if (unit === null && kind !== 'ordinal' && (!noun || counted === 'person' || !conceptNoun)) counted = countedBefore(scope, outer.outerFirst, { isWord: (k) => tokens[k].kind === 'word' }, !noun)?.counted ?? counted ?? (noun ? null : counterNoun(scope, countFrom)) ?? countedByVerbBefore(scope, outer.outerFirst);
  if (noun && scope.counterNouns && scope.lex.counters.has(words[countFrom + 1] ?? '') && noun.index > countFrom + 1) scope.counterNouns.set(words[countFrom + 1], noun.counted);
  // A whole number of a whole its noun names counts what the whole does: "12 of the injured", "زخمیوں میں سے 12", "۱۲ نفر از مجروحان" (not "a third of voters").
  if (kind === 'cardinal' && unit === null && Number.isInteger(value) && (!conceptNoun || counted === 'person')) counted = namedWhole(scope, outer.outerFirst, countFrom)?.counted ?? counted;

  // A comparison after a noun right after the number, known or not: ایک ہفتے سے کم, نصف آبادی سے زیادہ.
  const afterSurface = !afterNoun && !afterUnit && noun && !conceptNoun && noun.index === countFrom + 1 && kind !== 'range' ? comparisonAfterNoun(scope, noun.index) : null;
  if (afterSurface && qualifier === 'exact') qualifier = afterSurface;
  const aged = !!conceptNoun && (scope.lex.ageAfter.has(words[noun.index]) || scope.lex.ageAfter.has(words[noun.index + 1]));
  const counting = kind === 'range' || (before !== null && before.qualifier !== 'exact') || aged;
  const only = before !== null && before.qualifier === 'exact';
  // A one-word particle after a word number (आधे तक "by half") is too loose to make it a count.
  const qualifiedAfter = (afterUnit !== null && afterUnit.count > 1) || afterNoun !== null || afterSurface !== null;
  if (atom.runs.length === 0 && tokens[atom.first].kind === 'word' && !wordsAreFigure(scope, atom, { concept: !!conceptNoun, unit: unit !== null || scope.lex.subunits.has(words[last + 1]), counting, after: qualifiedAfter, only, last })) return null;
  return finish(scope, { first, last, value, min, max, kind, qualifier, unit, counted, runs, numberFirst: atom.first, numberLast, numberValue: numberLast === atom.last ? atom.value : null }, outer);
}

/** The noun the counting word right after the number at `countFrom` last counted in its document, or null. */
function counterNoun(scope: FigureScope, countFrom: number): string | null {
  const counter = scope.words[countFrom + 1] ?? '';
  return scope.lex.counters.has(counter) ? scope.counterNouns?.get(counter) ?? null : null;
}

/** Whether the counted noun at `index` came from the surface-form fallback rather than the lexicon. */
function isSurfaceNoun(scope: FigureScope, index: number): boolean {
  return !scope.lex.concepts.match(scope.words, index) && !scope.lex.concepts.matchEndingAt(scope.words, index, 3);
}
