/**
 * When a claim holds: the date, year or month its sentence states for it (a dateline is when the
 * story was filed; a year a span starts from, "since 1995", is no time of it), whether it is an
 * earlier figure (up from 15, last year), and the round of a contest it belongs to.
 */
import type { FigureLexicon } from '../lexicon/figureLexicon';
import { markerBetween } from '../lexicon/phrases';
import { AMOUNT_LEVEL_BEFORE } from '../lexicon/claimWords';
import type { SentenceFigure } from './extract';
import type { PredicateAt } from './predicates';
import type { Figure } from '../types';

/** Most tokens before the date of a dateline (a place, a comma, a news agency in brackets). */
const DATELINE_LEAD = 6;
/** What follows the date of a dateline: "KARACHI, June 12, 2024: …", "گوہاٹی، 12 جون — …", "12 जून (भाषा) …". */
const DATELINE_ENDS = new Set([':', '-', '–', '—', '(']);

/**
 * Whether a date opens its sentence as a dateline: the day the story was filed, not the time of
 * the figures after it (a translation often drops it; the figures are still the same facts).
 */
export function isDateline(words: readonly string[], f: SentenceFigure): boolean {
  if (f.figure.kind !== 'date' || f.first > DATELINE_LEAD || !DATELINE_ENDS.has(words[f.last + 1])) return false;
  for (let k = 0; k < f.first; k++) if (/^[0-9]/.test(words[k])) return false;
  return true;
}

/** Whether a year or date starts a span the figure is measured over, not when it holds: the highest since 2018, 1995 کے بعد, از سال ۲۰۱۸. */
export function startsSpan(words: readonly string[], lex: FigureLexicon, f: Pick<SentenceFigure, 'figure' | 'first' | 'last'>): boolean {
  // An interval says its own span: از ۱۶ تا ۲۴ شهریور is when, not since when.
  if (typeof f.figure.value === 'string' && f.figure.value.includes('/')) return false;
  return (f.first > 0 && lex.sinceBefore.matchEndingAt(words, f.first - 1) !== null) || lex.sinceAfter.match(words, f.last + 1) !== null || datesSpanStart(words, lex, f);
}

/**
 * Whether a date opens a span a second date closes at once after a range word ("from June 1 to August
 * 31", "between June 1 and August 31", "1 जून से 31 अगस्त तक"): the span is told by its end, in every
 * language alike (Hindi's से makes the first a start already: see `startsSpan`).
 */
export function opensDateSpan(words: readonly string[], lex: FigureLexicon, f: Pick<SentenceFigure, 'figure' | 'first' | 'last'>, figures: readonly Pick<SentenceFigure, 'figure' | 'first'>[]): boolean {
  if (f.figure.kind !== 'date') return false;
  const next = figures.find((g) => g.first > f.last);
  if (!next || next.figure.kind !== 'date') return false;
  const joiner = lex.rangeJoiners.match(words, f.last + 1)?.count ?? (lex.betweenWords.has(words[f.first - 1] ?? '') && lex.dayJoiners.has(words[f.last + 1]) ? 1 : null);
  return joiner !== null && f.last + 1 + joiner === next.first;
}

/** Most words between a year and the words of the event phrase it dates that say a span starts there. */
const SINCE_EVENT_REACH = 5;

/**
 * Whether a year dates an event a span is counted from, named in words around it: "the highest since the
 * first outbreak in 2000", "2000 میں پہلی وبا کے بعد", "2000 में पहली बार प्रकोप के बाद", "از زمان نخستین
 * شیوع در سال ۲۰۰۰". Only words stand between: a comma or another number ends the phrase.
 */
function datesSpanStart(words: readonly string[], lex: FigureLexicon, f: Pick<SentenceFigure, 'first' | 'last'>): boolean {
  for (let k = f.first - 1; k >= 0 && k >= f.first - SINCE_EVENT_REACH && /\p{L}/u.test(words[k]); k--) if (lex.sinceEventBefore.matchEndingAt(words, k)) return true;
  for (let k = f.last + 2; k < words.length && k <= f.last + SINCE_EVENT_REACH && /\p{L}/u.test(words[k - 1]); k++) if (lex.sinceAfter.match(words, k)) return true;
  return false;
}

/** Words this close to a figure can put it at an earlier time ("15 percent last year", "up from 15"). */
const EARLIER_REACH = 4;

/** Whether an "earlier time" phrase stands just before or after the figure (`changed`: a figure told as a change). */
export function earlierTime(words: readonly string[], lex: FigureLexicon, f: { first: number; last: number }, figures: readonly { first: number; last: number }[], changed = false): boolean {
  const phrases = lex.earlierTime;
  const reached = AMOUNT_LEVEL_BEFORE[lex.lang]?.has(words[f.first - 1] ?? '') ?? false;
  for (let k = Math.max(0, f.first - EARLIER_REACH); k <= Math.min(words.length - 1, f.last + EARLIER_REACH); k++) {
    if (k >= f.first && k <= f.last) continue;
    const m = phrases.match(words, k);
    // A phrase between a change and the level it reached is the change's: "با ۲۹ درصد رشد نسبت به سال گذشته به ۲٫۸۶ میلیارد دلار
    // رسید", "up 29 percent from last year to $2.86 billion" (the sum is this year's).
    if (m && reached && k < f.first && anyFigure(figures, k, 0, endsJustBefore)) continue;
    // A phrase set against the story's time is a change's baseline, no time of it: "rose 12 percent compared with last year", "نسبت به سال
    // گذشته ۸ درصد کاهش", "گزشتہ سال کے مقابلے میں 12 فیصد اضافہ" (this year's change).
    if (m && changed && comparedAt(words, lex, k, k + m.count, k < f.first ? f.first : words.length)) continue;
    // A phrase after the figure that another figure follows at once is that one's ("49.8 percent, up from 39.9 percent").
    // One beyond a clause break is the other clause's ("91.52 रहा, जबकि पिछले साल 85.12"), and one past a relative word
    // the relative clause's ("2.86 ارب ڈالر رہیں، جو گزشتہ سال کے مقابلے میں 29 فیصد زیادہ": the 29 percent is against last year).
    // So is one after another figure that stands between ("rose to Rs 195.1 from Rs 181.7 in the previous quarter": 181.7 is the earlier one).
    if (m && !(k > f.last && (anyFigure(figures, k + m.count, 0, startsAt) || anyFigure(figures, f.last, k, between) || markerBetween(words, lex.clauseBreaks, f.last, k) || markerBetween(words, lex.relativeWords, f.last, k)))) return true;
  }
  return false;
}

/**
 * Whether a figure stands in relation `test` to tokens `a` and `b`. The loops over a sentence's
 * tokens ask this with their tokens as arguments: a closure over a loop's variables would cost
 * every token an allocation.
 */
function anyFigure<F extends { first: number; last: number }>(figures: readonly F[], a: number, b: number, test: (g: F, a: number, b: number) => boolean): boolean {
  return firstFigure(figures, a, b, test) >= 0;
}

/** The index of the first figure standing in relation `test` to tokens `a` and `b`, or -1. */
function firstFigure<F extends { first: number; last: number }>(figures: readonly F[], a: number, b: number, test: (g: F, a: number, b: number) => boolean): number {
  for (let i = 0; i < figures.length; i++) if (test(figures[i], a, b)) return i;
  return -1;
}
/** Relations of a figure `g` to tokens: ends at most EARLIER_REACH before `at`; starts at `at` or the next; stands wholly between; overlaps; ends at most MONTH_REACH before `at` or after it. */
const endsJustBefore = (g: { last: number }, at: number): boolean => g.last < at && at - g.last <= EARLIER_REACH;
const startsAt = (g: { first: number }, at: number): boolean => g.first >= at && g.first <= at + 1;
const between = (g: { first: number; last: number }, from: number, to: number): boolean => g.first > from && g.last < to;
const overlaps = (g: { first: number; last: number }, first: number, last: number): boolean => first <= g.last && last >= g.first;
const endsFrom = (g: { last: number }, at: number): boolean => g.last + MONTH_REACH >= at;

/** Most words between an earlier-time phrase and a comparison word after it (گزشتہ سال کی اسی مدت کے مقابلے). */
const COMPARED_AFTER_REACH = 3;

/** Whether a comparison word ends right before token `start` or begins within `COMPARED_AFTER_REACH` words after `end`, before `limit`. */
function comparedAt(words: readonly string[], lex: FigureLexicon, start: number, end: number, limit: number): boolean {
  if (start > 0 && lex.comparedWith.matchEndingAt(words, start - 1)) return true;
  for (let k = end; k < limit && k <= end + COMPARED_AFTER_REACH; k++) if (lex.comparedWith.match(words, k)) return true;
  return false;
}

/** Most tokens between a round phrase ("the first round", دور اول) and the figure it is the round of. */
const ROUND_REACH = 4;
/** Tokens of most round phrases ("first round", "دوسرے مرحلے"). */
const ROUND_PHRASE = 2;

/**
 * The round or phase a figure is told of, when a round phrase stands close to it: "39.9 percent
 * in the first round", "در دور اول انتخابات میزان مشارکت ۳۹.۹ درصد", "پہلے مرحلے میں یہ 40 فیصد".
 * With a date or year it is part of the figure's time (`2024#round:1`): a round is one time of an event.
 */
export function roundOf(words: readonly string[], lex: FigureLexicon, rounds: readonly PredicateAt[], f: { first: number; last: number }): string | null {
  let best: string | null = null;
  let bestGap = ROUND_REACH + 1;
  for (const r of rounds) {
    const after = r.index > f.last;
    const gap = after ? r.index - f.last - 1 : f.first - r.index - ROUND_PHRASE;
    // A round beyond a clause marker is the other clause's ("49.8 فیصد رہی جبکہ پہلے مرحلے میں یہ 40 فیصد").
    if (gap < 0 || gap >= bestGap || (after ? markerBetween(words, lex.clauseMarkers, f.last, r.index) : markerBetween(words, lex.clauseMarkers, r.index, f.first))) continue;
    [best, bestGap] = [r.id, gap];
  }
  return best;
}

/** Most tokens between a figure and a month named alone that can be its time. */
const MONTH_REACH = 6;

/** A time as `timeOf` reads it: a date or year figure, or a month named alone. */
type TimeAt = { first: number; last: number; figure: { value: Figure['value'] } };

/**
 * The times of a sentence with the months it names alone, outside any figure, next to a cue that
 * makes them a time ("rose 11.4pc in April", "اپریل میں", "अप्रैल में", "در آوریل"): `--04`; Gregorian months
 * only. In text order.
 */
export function withMonths(words: readonly string[], lex: FigureLexicon, figures: readonly SentenceFigure[], times: readonly TimeAt[]): readonly TimeAt[] {
  if (lex.monthCues.size === 0) return times;
  let months: TimeAt[] | null = null;
  // Only near the figures: a month farther off is another clause's.
  let to = -1;
  for (let k = 0; k < words.length; k++) {
    if (k > to) {
      const next = figures[firstFigure(figures, k, 0, endsFrom)];
      if (!next) break;
      k = Math.max(k, next.first - MONTH_REACH);
      to = next.last + MONTH_REACH;
    }
    const m = lex.months.startsWith(words[k]) ? lex.months.match(words, k) : null;
    if (!m) continue;
    const last = k + m.count - 1;
    if (anyFigure(figures, k, last, overlaps) || !(lex.monthCues.has(words[k - 1] ?? '') || lex.monthCues.has(words[last + 1] ?? ''))) continue;
    // A month of another calendar overlaps two Gregorian ones: it would keep a translation's figure from its own.
    if (m.value.calendar !== 'gregory') continue;
    (months ??= []).push({ first: k, last, figure: { value: `--${String(m.value.month).padStart(2, '0')}` } });
    k = last;
  }
  return months ? [...times, ...months].sort((a, b) => a.first - b.first) : times;
}

/** The fiscal year or season a span of two consecutive years names ("2024-25", "2024–2025", ۱۴۰۲-۱۴۰۳), as `2024/2025`, or null. */
export function yearPairOf(f: Figure): string | null {
  const { kind, min, max, unit, counted } = f;
  if (kind !== 'range' || unit !== null || counted !== null || min === null || max !== min + 1 || !Number.isInteger(min)) return null;
  return min >= 1300 && min <= 2100 ? `${min}/${max}` : null;
}

/**
 * The times of a sentence with the fiscal years and seasons it names (वित्त वर्ष 2024-25 में, in FY 2024-25):
 * a year's figure is that year's, apart from the one before it ("997.83 MT in 2023-24"). Not one a span starts from.
 */
export function withYearPairs(words: readonly string[], lex: FigureLexicon, figures: readonly SentenceFigure[], times: readonly TimeAt[]): readonly TimeAt[] {
  const pairs = figures.flatMap((f) => {
    const value = yearPairOf(f.figure);
    return value !== null && !startsSpan(words, lex, f) ? [{ first: f.first, last: f.last, figure: { value } }] : [];
  });
  return pairs.length === 0 ? times : [...times, ...pairs].sort((a, b) => a.first - b.first);
}

/** Most tokens between a figure and a time right after it that is its own ("149 in 2024"). */
const OWN_TIME_REACH = 2;

/**
 * The time a figure belongs to: the nearest one before it (Urdu, Hindi and English news mostly set
 * the time first: "2030 تک یہ 17.9"), else the nearest after it ("9.5 trillion in 2024"). A time
 * before a joiner (and, اور, और, و) is the previous conjunct's when one follows the figure closely:
 * "75 seats in 2018 and 149 in 2024"; so is one right after another figure (`others`).
 */
export function timeOf<T extends { first: number; last: number }>(
  words: readonly string[],
  lex: FigureLexicon,
  items: readonly T[],
  f: { first: number; last: number },
  baselines: readonly { first: number; last: number }[],
  closed: (k: number) => boolean = () => true,
  others: readonly { first: number; last: number }[] = [],
): T | undefined {
  let before: T | undefined;
  for (let k = items.length - 1; k >= 0 && !before; k--) if (items[k].last < f.first) before = items[k];
  // A time after the figure is the baseline's when one stands between ("65.8 percent, down from 67.4 percent in 2019"),
  // another clause's after a clause break, and a relative clause's after a relative pronoun that follows the figure's
  // own clause (`closed`: "11 ملزمان کو گرفتار کیا جو 2020 میں"; not "۱۲۲ هزار مورد که تا ۲۸ مارس گزارش شده").
  const next = items.find((item) => item.first > f.last);
  let otherClause = !!next && markerBetween(words, lex.clauseBreaks, f.last, next.first);
  for (let k = f.last + 1; next && k < next.first && !otherClause; k++) otherClause = lex.relativeWords.has(words[k]) && closed(k);
  // A time farther off that another figure follows at once is that one's: "61.4 प्रतिशत रहा, जो 2022 के 61.7 प्रतिशत से कम".
  const theirs = !!next && next.first - f.last > OWN_TIME_REACH && others.some((g) => g.first > next.last && g.first - next.last <= OWN_TIME_REACH && !markerBetween(words, lex.dayJoiners, next.last, g.first));
  const after = next && !otherClause && !theirs && !baselines.some((g) => g.first > f.last && g.last < next.first) ? next : undefined;
  if (before && after && after.first - f.last <= OWN_TIME_REACH) {
    for (let k = before.last + 1; k < f.first; k++) if (lex.dayJoiners.has(words[k])) return after;
    // The time before is another figure's own, right after it: "2.6 per cent in May from 2.4 per cent in April".
    if (others.some((g) => g.last < before.first && before.first - g.last <= OWN_TIME_REACH)) return after;
  }
  return before ?? after;
}
