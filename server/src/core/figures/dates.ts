/**
 * Dates written with month names: 25 اکتوبر 2025, ۳ آبان ۱۴۰۴ (Solar Hijri, converted to
 * Gregorian with jalaali-js), October 25, 2025, اکتوبر 2025. Values are ISO 8601 strings:
 * `2025-10-25`, `2025-10` without a day, `--10-25` without a year, and `start/end` intervals for
 * day ranges (25-26 اکتوبر 2025).
 */
import { isLeapJalaaliYear, toGregorian } from 'jalaali-js';
import type { FigureLexicon, Month } from '../lexicon/figureLexicon';
import type { WordView } from './context';
import { parseNumberWords } from './numberWords';
import { isCommaWord } from '../text/tokens';

/** A date read around a number. */
export interface DateMatch {
  /** ISO 8601 value. */
  value: string;
  /** First and last token of the date expression. */
  first: number;
  last: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Integer value of a plain number token, or null. */
export type IntAt = (index: number) => number | null;

function isYearNumber(n: number | null, calendar: Month['calendar']): n is number {
  if (n === null) return false;
  // Solar Hijri years from 1200, lunar Hijri years (1446ھ) from 1300: both to 1500.
  return calendar === 'gregory' ? n >= 1000 && n <= 2200 : n >= (calendar === 'persian' ? 1200 : 1300) && n <= 1500;
}

/** A Solar Hijri year to place a date written without its year (۱۵ مهر) when its document wrote none before it. */
const SOLAR_YEAR_OF_YEARLESS_DATES = 1402;

/**
 * The Solar Hijri year a date of `year` (null: written without one) is placed in: its own, which the
 * document's later yearless dates then take, else the year the document last wrote in a date. A
 * Solar date's Gregorian day shifts by one between years (۲۶ آذر is 16 December 2024, 17 December
 * 2023), so "روز ۲۶ آذر" in a story dated ۲۶ آذر ۱۴۰۳ is the 16th, as its translations say.
 */
function placedIn(view: WordView, year: number | null, calendar: Month['calendar']): number | undefined {
  if (calendar !== 'persian' || !view.solarYear) return undefined;
  if (year !== null) view.solarYear.value = year;
  return view.solarYear.value ?? undefined;
}

function iso(year: number | null, month: number, day: number | null, calendar: Month['calendar'], placeIn = SOLAR_YEAR_OF_YEARLESS_DATES): string {
  // A lunar Hijri date stays in its calendar, marked as RFC 9557 marks one (1446-09-15[u-ca=islamic]):
  // its Gregorian day depends on the moon sighted where the news is written.
  if (calendar === 'islamic') return `${iso(year, month, day, 'gregory')}[u-ca=islamic]`;
  if (calendar === 'persian') {
    const g = toGregorian(year ?? placeIn, month, day ?? 1);
    if (year === null) return day === null ? `--${pad(g.gm)}` : `--${pad(g.gm)}-${pad(g.gd)}`;
    return day === null ? `${g.gy}-${pad(g.gm)}` : `${g.gy}-${pad(g.gm)}-${pad(g.gd)}`;
  }
  if (year === null) return `--${pad(month)}${day === null ? '' : `-${pad(day)}`}`;
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Whether the ordinal at `first` orders a span named before it, so is no day of a month after it: دهه اول محرم (the
 * first ten days of Muharram), هفته دوم فروردین, ۱۰ روز نخست فروردین (a span counted by the number before it).
 */
export function ordinalOfSpan(view: WordView, first: number, isNumber: (k: number) => boolean): boolean {
  const { spans, counted } = view.lex.ordinalSpans;
  const before = view.words[first - 1];
  return before !== undefined && (spans.has(before) || (counted.has(before) && isNumber(first - 2)));
}

/**
 * A date whose day (or day range `dayTo`) is the number at `first..last`: "25 اکتوبر 2025",
 * "25-26 اکتوبر", or, in English order, the month before the day: "October 25, 2025"; a day in
 * ordinal digits may have "of" before its month ("the 1st of May"; "2 of May's ministers" are people).
 */
export function dateFromDay(view: WordView, first: number, last: number, day: number, dayTo: number | null, intAt: IntAt, ordinal = false): DateMatch | null {
  if (day < 1 || day > 31 || (dayTo !== null && (dayTo < 1 || dayTo > 31))) return null;
  const { words, lex } = view;
  const of = ordinal && lex.partOf.has(words[last + 1]) && lex.months.match(words, last + 2) ? 1 : 0;
  let month = lex.months.match(words, last + 1 + of);
  // A lunar month has 29 or 30 days.
  if (month?.value.calendar === 'islamic' && Math.max(day, dayTo ?? 0) > 30) return null;
  let end = last;
  let start = first;
  if (month) end = last + of + month.count;
  else if (first > 0 && !lex.dayFirst) {
    // "Jan. 23": an abbreviated month keeps its point.
    const point = words[first - 1] === '.' ? 1 : 0;
    month = lex.months.matchEndingAt(words, first - 1 - point, 2);
    if (!month) return null;
    start = first - point - month.count;
    // "on 15 March 30 people": a month with its day before it is that day's, not this number's.
    const dayBefore = start > 0 ? intAt(start - 1) : null;
    if (dayBefore !== null && dayBefore >= 1 && dayBefore <= 31) return null;
  } else return null;
  // An optional year after the month or day: "2025", ", 2025", "Jan. 2020"; "سال 2025" is not taken here.
  let year: number | null = null;
  let k = end + 1;
  if (words[k] === '.' && words[k - 1].length <= 4) k++;
  if (isCommaWord(words[k])) k++;
  // "۱۸ فوریه سال ۲۰۲۰", "5 March of 2020": a year word may stand before the year.
  if (lex.yearCues.has(words[k]) && isYearNumber(intAt(k + 1), month.value.calendar)) k++;
  const y = intAt(k);
  if (isYearNumber(y, month.value.calendar)) {
    year = y;
    end = k;
  }
  const placeIn = placedIn(view, year, month.value.calendar);
  const from = iso(year, month.value.month, day, month.value.calendar, placeIn);
  const value = dayTo === null ? from : `${from}/${iso(year, month.value.month, dayTo, month.value.calendar, placeIn)}`;
  return { value, first: start, last: end };
}

/**
 * A day of the month named by a word after it: "12 तारीख को" (`---12`, the day of an unnamed month), and with its month
 * before it, joined by a genitive: "ربیع الاول کی 12 تاریخ", "मार्च की 5 तारीख". A day range keeps both days.
 */
export function dayOfMonthDate(view: WordView, first: number, last: number, day: number, dayTo: number | null): DateMatch | null {
  const { words, lex } = view;
  if (day < 1 || day > 31 || (dayTo !== null && (dayTo <= day || dayTo > 31)) || !lex.dayOfMonthWords.has(words[last + 1])) return null;
  const month = first > 1 && lex.monthGenitives.has(words[first - 1]) ? lex.months.matchEndingAt(words, first - 2, 3) : null;
  const one = (d: number) => (month ? iso(null, month.value.month, d, month.value.calendar, placedIn(view, null, month.value.calendar)) : `---${pad(d)}`);
  return { value: dayTo === null ? one(day) : `${one(day)}/${one(dayTo)}`, first: month ? first - 1 - month.count : first, last: last + 1 };
}

/**
 * A month-and-year date whose year is the number at `index`: "اکتوبر 2025", "آبان ۱۴۰۴", and with a
 * year word between them: "December of 2019", "نوامبر سال ۲۰۰۲", "Jan. 2020".
 */
export function dateFromYear(view: WordView, index: number, year: number): DateMatch | null {
  if (index === 0) return null;
  const { words, lex } = view;
  const between = lex.yearCues.has(words[index - 1]) || (words[index - 1] === '.' && (words[index - 2]?.length ?? 9) <= 4) ? 1 : 0;
  let month = lex.months.matchEndingAt(words, index - 1, 2);
  let first = index - (month?.count ?? 0);
  if (!month && between) {
    month = lex.months.matchEndingAt(words, index - 2, 2);
    first = index - 1 - (month?.count ?? 0);
  }
  if (!month || !isYearNumber(year, month.value.calendar)) return null;
  placedIn(view, year, month.value.calendar);
  return { value: iso(year, month.value.month, null, month.value.calendar), first, last: index };
}

/** What clock reading needs: the words, whether each token is glued to the one before, and the lexicon. */
export interface ClockView {
  words: readonly string[];
  tokens: readonly { glued: boolean }[];
  lex: FigureLexicon;
  /** The original spelling of a Latin token, when the view knows it. */
  original?(index: number): string;
}

/**
 * A meridiem at token `k`: a.m. and p.m. in any case; am and pm in lower case, and in capitals
 * (7 PM) when the clause goes on with no noun after them (at 7 PM on Friday, to 5 PM., 08:12 PM IST): before a
 * name or a noun, PM is a prime minister (5 PM Modi, 5 PM ministers).
 */
function meridiemAt(view: ClockView, k: number): { value: number; count: number } | null {
  const m = view.lex.meridiems.match(view.words, k);
  if (!m || m.count > 1) return m;
  const written = view.original?.(k);
  if (written === undefined || written === written.toLowerCase()) return m;
  const next = view.words[k + 1];
  const noNoun = next === undefined || !/^\p{L}/u.test(next) || view.lex.functionWords.has(next) || view.lex.timeZones.has(next);
  return written === written.toUpperCase() && noNoun ? m : null;
}

/** A clock time and the token of its minutes when they are a token of their own. */
export interface ClockMatch extends DateMatch {
  minutes: number | null;
}

/**
 * A clock time at token `i`: hours, a glued colon and two glued digits of minutes (8:00, ۱۴:۳۰),
 * as an ISO 8601 time `T08:00`, or hours and minutes joined by a point before a.m./p.m. (7.30pm,
 * 10.30 a.m.). Its digits are a time of day, not two counts.
 */
export function clockTime(view: ClockView, i: number): ClockMatch | null {
  const { words, tokens } = view;
  // A 24-hour time in four digits before a time zone, as wire copy writes it: 1130 GMT, 0600 UTC.
  const zoned = /^([01][0-9]|2[0-3])([0-5][0-9])$/.exec(words[i]);
  if (zoned && view.lex.timeZones.has(words[i + 1] ?? '')) return { value: `T${zoned[1]}:${zoned[2]}`, first: i, last: i + 1, minutes: null };
  const dotted = /^([0-9]{1,2})\.([0-9]{2})$/.exec(words[i]);
  if (dotted) {
    const meridiem = meridiemAt(view, i + 1);
    const [h, m] = [Number(dotted[1]), Number(dotted[2])];
    if (m > 59) return null;
    if (meridiem) return h >= 1 && h <= 12 ? { value: `T${pad(h < 12 ? h + meridiem.value : meridiem.value)}:${pad(m)}`, first: i, last: i + meridiem.count, minutes: null } : null;
    // 10.30 बजे, رات 9.30 بجے: a point between hours and minutes before an o'clock word.
    const after = view.lex.clockAfter.match(words, i + 1);
    return after && h <= 23 ? { ...inPartOfDay(view, h + m / 60, i, i + after.count), minutes: null } : null;
  }
  if (words[i + 1] !== ':' || !tokens[i + 1]?.glued || !tokens[i + 2]?.glued) return null;
  if (!/^[0-9]{1,2}$/.test(words[i]) || !/^[0-9]{2}$/.test(words[i + 2] ?? '')) return null;
  const h = Number(words[i]);
  const m = Number(words[i + 2]);
  if (h > 23 || m > 59) return null;
  // 8:00 a.m., 8:00 p.m.; शाम 6:30 बजे, رات 9:30 بجے in a part of the day.
  // Seconds after the minutes: 10:42:13, or a race time read on a clock (2:15:55); the seconds are no number of their own.
  const seconds = words[i + 3] === ':' && tokens[i + 3].glued && tokens[i + 4]?.glued && /^[0-5][0-9]$/.test(words[i + 4] ?? '') ? words[i + 4] : null;
  if (seconds !== null) return { value: `T${pad(h)}:${pad(m)}:${seconds}`, first: i, last: i + 4, minutes: i + 2 };
  const meridiem = meridiemAt(view, i + 3);
  if (!meridiem) return { value: inPartOfDay(view, h + m / 60, i, i + 2).value, first: i, last: i + 2, minutes: i + 2 };
  const hour = h < 12 && h < meridiem.value ? h + 12 : h;
  return { value: `T${pad(hour)}:${pad(m)}`, first: i, last: i + 2, minutes: i + 2 };
}

/** A time of day at tokens `first..last` read in the part of the day named around it (शाम 6:30 = 18:30), if any. */
function inPartOfDay(view: ClockView, time: number, first: number, last: number): DateMatch {
  const { words, lex } = view;
  const partAfter = lex.dayParts.match(words, last + 1);
  // An approximation may stand between the part of the day and the hour (शाम क़रीब 7 बजे, رات تقریباً 9 بجے).
  let start = first - (first > 0 ? lex.qualifiersBefore.matchEndingAt(words, first - 1, 2)?.count ?? 0 : 0);
  // The far end of a range of hours follows its near end, read in the part of the day named before it: दोपहर 12 से 4 बजे
  // ends at 16:00, सुबह 10 से 2 बजे at 14:00, रात 10 से 2 बजे at 02:00.
  const joiner = start > 1 ? lex.rangeJoiners.matchEndingAt(words, start - 1, 2) : null;
  const near = joiner && /^[0-9]{1,2}$/.test(words[start - joiner.count - 1] ?? '') ? Number(words[start - joiner.count - 1]) : null;
  if (near !== null) start -= joiner!.count + 1;
  const partBefore = start > 0 ? lex.dayParts.matchEndingAt(words, start - 1, 3) : null;
  const match = hourMatch(time, partAfter?.value ?? partBefore?.value ?? 0, first, last + (partAfter?.count ?? 0));
  if (near === null || partAfter || !partBefore || near > 24 || time >= 12) return match;
  const from = Number(hourMatch(near, partBefore.value, first, last).value.slice(1, 3));
  const later = (h: number) => (h - from + 24) % 24;
  return hourMatch(later(time) <= later(time + 12) ? time : time + 12, 0, first, last);
}

/** An hour with a.m. or p.m. glued to it in one token at `i` (7pm, 10am): its time and how many digits it has. */
export function gluedHour(view: ClockView, i: number): { value: string; digits: number } | null {
  const m = /^([0-9]{1,2})([a-z.]+)$/.exec(view.words[i].toLowerCase());
  const meridiem = m ? view.lex.meridiems.match([m[2]], 0) : null;
  if (!m || !meridiem || Number(m[1]) > 12) return null;
  return { value: hourMatch(Number(m[1]) === 12 ? 0 : Number(m[1]), meridiem.value, i, i).value, digits: m[1].length };
}

/**
 * An hour of the day written as a whole number (digits or words) at `first..last`: before a.m./p.m.
 * or صبح (10 a.m., ده صبح), with an o'clock word after or before it (10 بجے, 10 बजे, ساعت ۸), and
 * an optional part of the day around it (صبح 10 بجے, रात 10 बजे, ساعت ۸ شب). `T10:00`, or null. A quarter
 * hour said with a multiplier or fraction word is its minutes: ساڑھے 3 بجے 3:30, पौने चार बजे 3:45, ڈیڑھ بجے 1:30.
 */
export function hourOfDay(view: ClockView, first: number, last: number, value: number): (DateMatch & { minutes?: number }) | null {
  if (!Number.isInteger(value * 4) || value < 0 || value > 24) return null;
  const { words, lex } = view;
  const before = first > 0 && lex.clockBefore.has(words[first - 1]);
  const meridiem = meridiemAt(view, last + 1);
  if (meridiem) return hourMatch(value, meridiem.value, first - (before ? 1 : 0), last + meridiem.count);
  const minutes = Number.isInteger(value) ? minutesAfter(view, last, before) : null;
  const after = minutes ?? lex.clockAfter.match(words, last + 1);
  if (!after && !before) return !Number.isInteger(value) ? null : (farEndOfHours(view, first) || nextRangeOfHours(view, first)) && !lex.concepts.match(words, last + 1) ? inPartOfDay(view, value, first, last) : hourBeforeRange(view, first, last, value);
  const match = inPartOfDay(view, value + (minutes?.value ?? 0) / 60, first - (before ? 1 : 0), last + (after?.count ?? 0));
  return minutes?.digits ? { ...match, minutes: minutes.digits } : match;
}

/**
 * An hour that starts a range of clock hours (دوپہر 12 سے شام 4 بجے, 9 to 5 pm): read in the part of
 * the day named before it, or with the meridiem of the second hour when it is not later than that hour.
 */
function hourBeforeRange(view: ClockView, first: number, last: number, value: number): DateMatch | null {
  const { words, lex } = view;
  const joiner = lex.rangeJoiners.match(words, last + 1);
  if (!joiner) return null;
  const k = last + 1 + joiner.count + (lex.dayParts.match(words, last + 1 + joiner.count)?.count ?? 0);
  if (!/^[0-9]{1,2}$/.test(words[k] ?? '') || view.tokens[k + 1]?.glued) return null;
  const meridiem = meridiemAt(view, k + 1);
  if (meridiem) return hourMatch(value, value <= Number(words[k]) ? meridiem.value : 0, first, last);
  return lex.clockAfter.match(words, k + 1) ? inPartOfDay(view, value, first, last) : null;
}

/** Whether the token at `k` is a whole hour of the day in digits (0 to 24). */
function hourDigits(words: readonly string[], k: number): boolean {
  return k >= 0 && /^[0-9]{1,2}$/.test(words[k]) && Number(words[k]) <= 24;
}

/**
 * Whether the number at `first` ends a range of hours opened by an o'clock word (ساعت ۱۰ تا ۱۲: twelve is a time too, unless
 * it counts a noun; ساعت ۶ صبح تا ۹ شب, past the part of the day of the first hour), or by the next such range.
 */
function farEndOfHours(view: ClockView, first: number): boolean {
  const { words, lex } = view;
  const joiner = first > 2 ? lex.rangeJoiners.matchEndingAt(words, first - 1, 2) : null;
  const part = joiner ? lex.dayParts.matchEndingAt(words, first - 2 - joiner.count + 1, 2) : null;
  const near = joiner ? first - 1 - joiner.count - (part && !hourDigits(words, first - 1 - joiner.count) ? part.count : 0) : -1;
  return near > 0 && hourDigits(words, near) && (lex.clockBefore.has(words[near - 1]) || nextRangeOfHours(view, near));
}

/**
 * Whether the number at `first` opens a range of hours joined by "and" to a range of clock hours
 * before it, a function word between (ساعت ۱۰ تا ۱۲ و از ۱۴ تا ۱۶: fourteen and sixteen are times too).
 */
function nextRangeOfHours(view: ClockView, first: number): boolean {
  const { words, lex } = view;
  const k = lex.functionWords.has(words[first - 1]) && !lex.dayJoiners.has(words[first - 1]) ? first - 2 : first - 1;
  const joiner = lex.rangeJoiners.match(words, first + 1);
  const far = joiner ? first + 1 + joiner.count : -1;
  // A range of counts after it is no range of hours (۱۵ تا ۲۰ نفر).
  if (!hourDigits(words, far) || lex.concepts.match(words, far + 1)) return false;
  return k > 0 && lex.dayJoiners.has(words[k]) && hourDigits(words, k - 1) && farEndOfHours(view, k - 1);
}

/**
 * Minutes said after the hour word (بج کر دس منٹ, बजकर 10 मिनट), or after "and" past an hour an o'clock word
 * opened (ساعت ۴ و ۲۳ دقیقه): their value, the tokens from the hour word to the minute word, their digits' token.
 */
function minutesAfter(view: ClockView, last: number, clockBefore: boolean): { value: number; count: number; digits?: number } | null {
  const { words, lex } = view;
  const joiner = lex.clockAndMinutes.match(words, last + 1);
  if (!joiner || (!clockBefore && lex.dayJoiners.has(words[last + 1]))) return null;
  const k = last + 1 + joiner.count;
  const spelled = /^[0-9]{1,2}$/.test(words[k] ?? '') ? null : parseNumberWords(words, k, lex.lang);
  const value = spelled ? spelled.value : Number(words[k]);
  const count = spelled ? spelled.count : 1;
  if (value === null || !Number.isInteger(value) || value < 0 || value > 59 || !lex.minuteWords.has(words[k + count])) return null;
  return { value, count: joiner.count + count + 1, digits: spelled ? undefined : k };
}

/** The hour of a 12-hour clock reading in a part of the day starting at `start` (p.m. 12, شام 15, رات 18): 3 → 15, رات 2 → 2. */
function hourMatch(time: number, start: number, first: number, last: number): DateMatch {
  const h = Math.floor(time);
  // Twelve at night is midnight (रात 12 बजे, رات 12 بجے); twelve in any other part of the day is noon.
  const hour = h === 12 && start >= 18 ? 0 : h >= start || h >= 12 ? h : h + 12 >= start ? h + 12 : h;
  return { value: `T${pad(hour === 24 ? 0 : hour)}:${pad(Math.round((time - h) * 60))}`, first, last };
}

/**
 * A date written in digits at token `i`: 2023-10-07, 07/10/2023, 7.10.2023, ۱۴۰۲/۰۷/۱۵ (a year from
 * 1200 to 1500 is Solar Hijri). Day before month, as news in these languages writes it, unless the
 * middle number cannot be a month (10/25/2023). Two-digit years, version numbers (1.2.3) and
 * longer chains (IP addresses) are left alone.
 */
export function numericDate(view: ClockView, i: number, solar: boolean): DateMatch | null {
  const { words, tokens } = view;
  const sep = words[i + 1];
  if ((sep !== '/' && sep !== '-' && sep !== '.') || words[i + 3] !== sep || tokens[i].glued) return null;
  for (let k = i + 1; k <= i + 4; k++) if (!tokens[k]?.glued) return null;
  const parts = [words[i], words[i + 2], words[i + 4]];
  if (!parts.every((w) => /^[0-9]{1,4}$/.test(w))) return null;
  // Longer chains (1.2.3.4, 2023-10-07-5) are no dates; a full stop after one is (on 1.10.2023.).
  if (tokens[i + 5]?.glued && (/^[0-9]/.test(words[i + 5]) || (words[i + 5] === sep && tokens[i + 6]?.glued && /^[0-9]/.test(words[i + 6] ?? '')))) return null;
  let [day, month, year] = parts.map(Number);
  if (parts[0].length === 4 && parts[1].length <= 2 && parts[2].length <= 2) [year, month, day] = [day, month, year];
  else if (parts[2].length !== 4 || parts[0].length > 2 || parts[1].length > 2) return null;
  else if (month > 12 && day <= 12) [day, month] = [month, day];
  // A year from 1200 to 1500 is Solar Hijri in Persian text (۱۴۰۲/۰۷/۱۵); elsewhere (12/03/1445ھ) it is no date Concord reads.
  const calendar: Month['calendar'] = year >= 1200 && year <= 1500 ? 'persian' : 'gregory';
  if ((calendar === 'persian' && !solar) || !isYearNumber(year, calendar) || month < 1 || month > 12 || day < 1 || day > daysIn(year, month, calendar)) return null;
  return { value: iso(year, month, day, calendar), first: i, last: i + 4 };
}

/** Days in a month of a year: Gregorian with its leap years; Solar Hijri 31 for the first six months, 30 after, 29 or 30 in Esfand. */
function daysIn(year: number, month: number, calendar: Month['calendar']): number {
  if (calendar === 'persian') return month <= 6 ? 31 : month <= 11 ? 30 : isLeapJalaaliYear(year) ? 30 : 29;
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
