/** A document's lead: the headline, the dateline's sentence and the one after (what a story is about is named there). */
import { figureLexicon, type FigureLexicon } from '../lexicon/figureLexicon';
import type { Claim, Figure, Lang, LeadFacts, SpanList } from '../types';
import { startsSpan } from './claimTime';
import { DASHES } from '../figures/rangeEnd';
import { weekdayIn } from './weekdays';

/** Sentences of a document's lead. */
export const LEAD_SENTENCES = 3;

/** Where a document's lead ends (UTF-16 offset; Infinity when the document is all lead). */
export function leadEnd(facts: { sentences: SpanList }): number {
  return facts.sentences.length > LEAD_SENTENCES ? facts.sentences.end(LEAD_SENTENCES - 1) : Infinity;
}

/** Plausible years of a news story. */
const [FIRST_YEAR, LAST_YEAR] = [1900, 2100];
const plausible = (y: number | null | undefined): y is number => typeof y === 'number' && Number.isInteger(y) && y >= FIRST_YEAR && y <= LAST_YEAR;

/** A lead with nothing read yet. */
export const emptyLead = (): LeadFacts => ({ dated: null, years: [], fiscal: [], weekday: null });

/**
 * Reads one lead sentence into `lead`: the day it dates the story ("GUWAHATI, June 5", "اسلام
 * آباد، 13 جولائی", "روز جمعه ۲۵ آبان": the lead's first date with a day, not a lunar Hijri day,
 * which dates no story against another calendar's, nor a day a span of days starts or ends on, nor an interval), and the years it names ("the 2003 earthquake",
 * "June 12, 2024"; fiscal years "2024-25" apart). A year or day a span is counted from ("since 7
 * October 2023", "7 اکتوبر 2023 سے اب تک") is what the story tells of, not when: neither. A day a page
 * was published or updated ("Published November 5, 2024", "प्रकाशित: 15 नवंबर 2024") dates the page, a
 * print edition the day after its story: its year is the story's, its day is not. See
 * claims/about.ts `storyDate` and `leadYears`. Also the first weekday it names (claims/weekdays.ts).
 */
export function readLead(lead: LeadFacts, words: readonly string[], lang: Lang, found: readonly { figure: Figure; first: number; last: number }[]): void {
  lead.weekday ??= weekdayIn(words, lang);
  const lex = figureLexicon(lang);
  for (const f of found) {
    const { kind, value, min, max } = f.figure;
    if (kind !== 'year' && kind !== 'date' && kind !== 'range') continue;
    if (startsSpan(words, lex, f)) continue;
    if (kind === 'year' && plausible(value as number)) lead.years.push(String(value));
    else if (kind === 'date' && typeof value === 'string') {
      if (/^\d{4}/.test(value)) lead.years.push(value.slice(0, 4));
      if (lead.dated === null && /-\d{2}-\d{2}/.test(value) && !value.includes('[') && !value.includes('/') && !publishedOn(words, lex, f.first) && !spanEnd(words, lex, f, found)) lead.dated = value;
    } else if (kind === 'range' && plausible(min) && plausible(max) && max - min === 1) lead.fiscal.push(`${min}-${max}`);
  }
}

/**
 * Whether a date is an end of a span of days, joined to another date by "to" or a dash: "in Farvardin (March 21 to
 * April 20)", از ۲۵ اسفند تا ۵ فروردین. A span, like an interval written as one date, is what the story tells of, not its day.
 */
function spanEnd(words: readonly string[], lex: FigureLexicon, f: { figure: Figure; first: number; last: number }, found: readonly { figure: Figure; first: number; last: number }[]): boolean {
  const joins = (from: number, to: number): boolean => (to === from + 1 && DASHES.has(words[from])) || lex.rangeJoiners.match(words, from, to - from)?.count === to - from;
  return found.some((g) => g !== f && g.figure.kind === 'date' && ((g.first > f.last && joins(f.last + 1, g.first)) || (f.first > g.last && joins(g.last + 1, f.first))));
}

/** Punctuation between a publication label and its date: "Published: July 4". */
const LABEL_MARKS: ReadonlySet<string> = new Set([':', '-', '–']);

/** Whether the date at token `first` is the day its page was published or updated (see `readLead`). */
function publishedOn(words: readonly string[], lex: FigureLexicon, first: number): boolean {
  const end = first > 0 && LABEL_MARKS.has(words[first - 1]) ? first - 2 : first - 1;
  return end >= 0 && lex.publishedBefore.matchEndingAt(words, end) !== null;
}

/** Leaves out of a lead's years those its document tells as facts of their own ("built in 2004": see yearClaims.ts), no year of the story. */
export function dropToldYears(lead: LeadFacts, claims: readonly Claim[], figures: readonly Figure[]): void {
  const told = new Set(claims.filter((c) => c.concept === 'year').map((c) => String(figures[c.figure].value)));
  if (told.size > 0) lead.years = lead.years.filter((y) => !told.has(y));
}
