/**
 * Years among the numbers of a sentence: a bare year (2017 میں, سال ۱۴۰۲), consecutive years and
 * spans whose second year keeps two digits (2010–11), read in the sentence's writing direction.
 */
import type { Atom } from './atoms';
import { yearDigits } from './atoms';
import { grammar, scaleWordValue } from './numberGrammar';
import type { FigureScope } from './recognize';

/** Whether the sentence's language is written right to left. */
export function isRtl(scope: FigureScope): boolean {
  return scope.lang === 'ur' || scope.lang === 'fa' || scope.lang === 'ar';
}

/** Two years one after the other (2019-2020, ۱۹۷۷/۱۹۷۸): a season or fiscal year across two calendar years. */
export function consecutiveYears(a: Atom, b: Atom): boolean {
  return yearDigits(a) && b.plain !== null && b.plain.value === a.plain!.value + 1;
}

/**
 * A span of years whose second year keeps only its last two digits: "2010–11" is 2010 to 2011;
 * Persian and Urdu writers may put the short year first ("11-2010"), reading right to left.
 */
export function yearSpan(scope: FigureScope, a: Atom, b: Atom): [number, number] | null {
  const year = (x: Atom) => (x.plain && !x.scaled && !x.plain.hasDecimals && yearDigits(x) ? x.plain.value : null);
  const short = (x: Atom) => (x.plain && !x.scaled && x.plain.integerDigits === 2 && !x.plain.hasDecimals ? x.plain.value : null);
  const [y, n] = year(a) !== null ? [year(a), short(b)] : isRtl(scope) ? [year(b), short(a)] : [null, null];
  if (y === null || n === null || n <= y % 100) return null;
  return [y, y - (y % 100) + n];
}

/**
 * Whether a plain number is a year: 1800–2100, or in Persian a Solar Hijri year 1300–1500 after a
 * year word or with no word after it but a function word (بودجه ۱۴۰۳ با, در ۱۴۰۱ و), a Hijri
 * year before its mark (1446ھ, ۱۴۴۶ ہجری) or a year of either calendar after a year word in another
 * language (the Iranian year 1403), unless it counts something: a word that may follow a year
 * (2017 میں, 1900 سے) is looked for after the qualifier read after the number (`end`: 1900 سے زائد
 * افراد is more than 1,900 people, no year).
 */
export function isYear(scope: FigureScope, n: number, first: number, last: number, countsSomething: boolean, end = last): boolean {
  if (besideTimesSign(scope, first, last)) return false;
  const cue = yearCueBefore(scope, first);
  const hijriEra = n >= 1300 && n <= 1500;
  const solar = scope.lang === 'fa' && hijriEra;
  if (hijriEra && (scope.lex.hijriYearMarks.has(scope.words[last + 1]) || (scope.lex.otherCalendarCues.has(scope.words[first - 1]) && !countsSomething))) return true;
  if (!(n >= 1800 && n <= 2100) && !(solar && (cue || nothingCountedAfter(scope, last)))) return false;
  if (cue) return true;
  // The number a count of people or things comes to is no year: متاثرہ افراد کی تعداد 1850 ہو گئی, मरीजों की संख्या 1850 हो गई
  // (but کی تعداد 2019 میں, a year after it that a year's postposition follows).
  if (scope.lex.countOfAfterNoun.matchEndingAt(scope.words, first - 1) && !scope.lex.yearFollowers.has(scope.words[last + 1])) return false;
  return !countsSomething || scope.lex.yearFollowers.has(scope.words[end + 1]);
}

/** Whether a times sign (the x of 1920x1080, 3x) stands beside the number: its sides are factors or sizes, never years. */
function besideTimesSign(scope: FigureScope, first: number, last: number): boolean {
  const times = (k: number) => scope.tokens[k]?.kind === 'punct' && scope.words[k] === 'x';
  return times(first - 1) || times(last + 1);
}

/** Whether a year word (سال, بودجه) or phrase (سال مالی) stands right before token `first`. */
function yearCueBefore(scope: FigureScope, first: number): boolean {
  return first > 0 && (scope.lex.yearCues.has(scope.words[first - 1]) || scope.lex.yearPhrases.matchEndingAt(scope.words, first - 1) !== null);
}

/** Whether no word that could be counted follows token `last`: the end, punctuation, a number or a function word. */
function nothingCountedAfter(scope: FigureScope, last: number): boolean {
  const next = scope.words[last + 1];
  return next === undefined || !/\p{L}/u.test(next) || scope.lex.functionWords.has(next) || scope.lex.yearFollowers.has(next);
}

/**
 * A year said in hundreds, as years are read aloud: انیس سو اکہتر, उन्नीस सौ इकहत्तर, nineteen hundred
 * and five (19 hundred and more, 1800–2100); "one thousand nine hundred" is a count. Its value, or null.
 */
export function spokenYear(scope: FigureScope, a: Atom): number | null {
  if (a.runs.length > 0 || a.ordinal || a.value === null || !Number.isInteger(a.value) || a.value < 1800 || a.value > 2100) return null;
  const hundreds = grammar(scope.lang)?.cardinals.get(scope.words[a.first]);
  return hundreds !== undefined && hundreds >= 18 && hundreds <= 20 && scaleWordValue(scope.words[a.first + 1] ?? '', scope.lang) === 100 ? a.value : null;
}

/**
 * The last token of a decade written as its first year: with an s glued on (1990s, the 1980's), before
 * a decade word (1990 के दशक, 1990 کی دہائی) or after one (دهه ۱۹۹۰); -1 when the year is no decade.
 * A number after "#" or a word for "number" is a model's (N95 series # 1860s, سلسلة رقم 1860s).
 */
export function decadeEnd(scope: FigureScope, year: number, first: number, last: number): number {
  if (year < 1800 || year > 2090 || year % 10 !== 0 || NUMBER_SIGNS.has(scope.words[first - 1])) return -1;
  const { words, tokens, lex } = scope;
  const glued = (k: number) => tokens[k]?.glued === true;
  if (words[last + 1] === 's' && glued(last + 1)) return last + 1;
  if ((words[last + 1] === "'" || words[last + 1] === '’') && glued(last + 1) && words[last + 2] === 's' && glued(last + 2)) return last + 2;
  if (lex.decadeAfter.match(words, last + 1)) return last;
  return first > 0 && lex.decadeBefore.matchEndingAt(words, first - 1, 2) ? last : -1;
}

/** "#" and words for "number" before a model's number (# 1860s, No. 1860s, رقم 1860s). */
const NUMBER_SIGNS: ReadonlySet<string | undefined> = new Set(['#', 'no', 'nos', 'رقم', 'نمبر', 'شماره', 'नंबर', 'संख्या']);

/** Whether a range after a year word is a range of years (سال‌های ۱۴۰۰-۱۴۰۲, سال تحصیلی ۱۴۰۳-۱۴۰۲, years 2019 to 2021): it counts no noun after it. */
export function isYearRange(scope: FigureScope, first: number, min: number | null, max: number | null): boolean {
  return min !== null && max !== null && yearCueBefore(scope, first) && isYear(scope, min, first, first, false) && isYear(scope, max, first, first, false);
}

/** The word a fiscal year is written after (FY25), folded. */
export const FISCAL_PREFIX = 'fy';

/**
 * A fiscal year written after FY (FY25, FY2025, FY 2024-25, FY24-25): the two calendar years it
 * spans, as "2024-25" gives them. FY25 and FY2025 name the year it ends in; a range after FY keeps
 * its ends (two digits each read in this century). Null when no FY stands before the number.
 */
export function fiscalYear(scope: FigureScope, a: Atom, b: Atom | null): [number, number] | null {
  if (a.first === 0 || scope.words[a.first - 1] !== FISCAL_PREFIX) return null;
  const whole = (x: Atom) => (x.plain && !x.scaled && !x.ordinal && !x.plain.hasDecimals && x.plain.groupSeparator === '' ? x.plain : null);
  const year = (x: Atom) => {
    const p = whole(x);
    return p === null ? null : p.integerDigits === 2 ? 2000 + p.value : p.integerDigits === 4 && p.value >= 1900 && p.value <= 2100 ? p.value : null;
  };
  const end = year(a);
  if (end === null) return null;
  if (b === null) return [end - 1, end];
  const to = year(b);
  return to !== null && to === end + 1 ? [end, to] : null;
}
