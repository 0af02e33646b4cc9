/**
 * Figures that state no claim of their own, though they count something: the length of a window
 * ("the past 24 hours"), a number in words restating what the story named (the two countries), an
 * age ("a 34-year-old man"), the base of a rate ("per 1,000 live births", प्रति लाख आबादी), and a count whose noun is the next figure's ("made 141, hitting nine fours").
 */
import type { FigureLexicon } from '../lexicon/figureLexicon';
import type { SentenceFigure } from './extract';

/** What spans of time are counted in: a count of one after a window word is no claim but a window (see `windowWords`). */
export const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

/** Whether a figure is the length of a window ("the past 24 hours", ۲۴ ساعت گذشته), not a fact of its own. */
export function isWindow(words: readonly string[], lex: FigureLexicon, f: SentenceFigure): boolean {
  if (f.figure.counted === null || !TIME_UNITS.has(f.figure.counted)) return false;
  return lex.windowWords.has(words[f.first - 1] ?? '') || lex.windowWords.has(words[f.last + 2] ?? '') || lex.windowAfter.match(words, f.last + 2) !== null;
}

/** Whether a figure is a number in words restating what the story named (the two countries, دونوں ممالک): no claim of its own. */
export function restates(words: readonly string[], lex: FigureLexicon, f: SentenceFigure): boolean {
  for (let k = Math.max(0, f.first - 1); k <= f.first; k++) {
    const m = lex.restatedCounts.match(words, k);
    if (m && k + m.count > f.first) return true;
  }
  return false;
}

/** Whether a figure is the base a rate is per ("66.4 per lakh population", "deaths per 1,000 live births", प्रति लाख आबादी): no fact of its own. */
export function isRateBase(words: readonly string[], lex: FigureLexicon, f: SentenceFigure): boolean {
  return f.first > 0 && f.figure.unit === null && lex.rateWords.matchEndingAt(words, f.first - 1) !== null;
}

/** Whether a span of time is an age ("a 34-year-old man was jailed", "34 years old"): no prison term nor any other claim. */
export function isAge(words: readonly string[], lex: FigureLexicon, f: SentenceFigure): boolean {
  const span = words[f.last + 1] === '-' ? f.last + 2 : f.last + 1;
  return lex.ageAfter.has(words[words[span + 1] === '-' ? span + 2 : span + 1]);
}

/**
 * Whether a figure's counted noun is another figure's: "made 141, hitting nine fours" (the noun
 * after a comma, a word and another figure counting the same is that one's, not 141's); a list
 * "5, 6 and 7 people" shares its noun, and so does one whose noun the figure before names ("221,000
 * pilgrims, India 175,025, Bangladesh 127,198": a list, past a comma).
 */
export function nounOfNext(words: readonly string[], lex: FigureLexicon, claiming: readonly SentenceFigure[], f: SentenceFigure): boolean {
  if (f.figure.counted === null || f.figure.unit !== null || words[f.last + 1] !== ',') return false;
  const before = claiming[claiming.indexOf(f) - 1];
  if (before?.figure.counted === f.figure.counted && words.slice(before.last + 1, f.first).includes(',')) return false;
  const next = claiming[claiming.indexOf(f) + 1];
  if (!next || next.figure.counted !== f.figure.counted) return false;
  for (let k = f.last + 2; k < next.first; k++) if (/\p{L}/u.test(words[k]) && !lex.dayJoiners.has(words[k])) return true;
  return false;
}
