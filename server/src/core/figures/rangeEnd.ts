/**
 * The far end of a range: the second number after a dash, a slash or a joiner word (25-26, 10 سے 15,
 * 10 to 15, 20 और 30 के बीच, 2010–11), when both ends are written alike and the pair is no date,
 * code or path.
 */
import type { Atom } from './atoms';
import { isNumberAt, yearDigits } from './atoms';
import { changeThenLevel, referenceBefore } from './context';
import { codeDigitsEnd } from './furniture';
import { gluedMeasure, measureAtom, rangeJoinerAt, sharedScale, type GluedMeasure } from './measures';
import type { FigureScope } from './recognize';
import { consecutiveYears, isRtl, yearSpan } from './years';

/** Dashes that join a range's ends. */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

/** The second atom of a range after a dash or a joiner word, or null. */
export function rangeEnd(scope: FigureScope, atom: Atom): Atom | null {
  const k = atom.last + 1;
  const t = scope.tokens[k];
  if (!t) return null;
  const joiner = t.text === '/' ? 1 : rangeJoinerAt(scope, k, atom.first);
  let next = joiner > 0 ? k + joiner : -1;
  if (next < 0 && scope.lex.dayJoiners.has(t.text)) next = k + 1;
  if (next < 0 || next >= scope.tokens.length) return null;
  const second = measureAtom(scope, next); // also a multiplier word before digits: 8 ہزار سے ساڑھے 8 ہزار
  if (!second || second.value === null || atom.value === null || second.ordinal || codeDigitsEnd(scope, next) >= 0) return null; // a number to dial is no far end (۴۰۳۰ یا ۰۹۱۲۳۴۵۶۷۸۹)
  // "and" joins two days of one month (4 و 5 مارس); a slash joins two years (1968/69, ۱۹۷۷/۱۹۷۸).
  if (scope.lex.dayJoiners.has(t.text) && joiner === 0) {
    // 20 और 30 के बीच: "between" written after the second end.
    if (scope.lex.betweenAfter.match(scope.words, second.last + 1) && second.value > atom.value) return second;
    const month = scope.lex.months.match(scope.words, second.last + 1) ?? (atom.first > 0 ? scope.lex.months.matchEndingAt(scope.words, atom.first - 1, 2) : null);
    return second.value > atom.value && second.value <= 31 && month ? second : null;
  }
  if (t.text === '/') {
    // Not a part of a slash path or a numeric date (GhanaKwam/19/2008, 12/03/2020), nor a case number (نمبر 45/2024).
    const path = (k: number) => scope.tokens[k]?.text === '/';
    if (path(atom.first - 1) || path(second.last + 1) || referenceBefore(scope, atom.first)) return null;
    const glued = t.glued && scope.tokens[next].glued;
    return (glued && yearSpan(scope, atom, second)) || consecutiveYears(atom, second) ? second : null;
  }
  // Same kind of writing on both sides; not a numeric date or code (2019-12-01, 0300-1234567, +1-222-2222).
  // Writers spell zero even beside digits: "from zero to 24", صفر تا ۲۴; and "between" marks a range written either way.
  const between = atom.first > 0 && scope.lex.betweenWords.has(scope.words[atom.first - 1]);
  if ((second.runs.length === 0) !== (atom.runs.length === 0) && !(atom.runs.length === 0 && atom.value === 0) && !between) return null;
  // A third number in the chain (three-nought-four, 3-0-4) makes digits said one by one, no range.
  const after = scope.tokens[second.last + 1];
  if (after && after.glued && DASHES.has(after.text) && isNumberAt(scope, second.last + 2)) return null;
  const before = scope.tokens[atom.first - 1];
  if (before && DASHES.has(before.text) && scope.tokens[atom.first].glued && before.glued && isNumberAt(scope, atom.first - 2)) return null;
  // An increasing range (2024-2025, 25-26, 10 to 15), or a span of years written short (2010–11).
  // A year before a scaled number is a time, not a range's near end: 2020 से 5 लाख लोग "since 2020, 5 lakh people".
  if (second.scaled && yearDigits(atom) && sharedScale(scope, atom, second) === 1) return null;
  if (second.value > atom.value || second.scaled) return second;
  return DASHES.has(t.text) && (yearSpan(scope, atom, second) || (isRtl(scope) && !atom.scaled && second.value < atom.value)) ? second : null;
}

/**
 * A far end with its unit glued on, after a bare near end: "5 to 7pc", "5 to 7km" (the unit is of
 * both ends, as in "5-7pc"); not money (Rs5 to Rs7bn is read from its near end), a far end below the near one,
 * nor a change and the level it led to (cut by 2 to 30pc).
 */
export function gluedFarEnd(scope: FigureScope, atom: Atom): GluedMeasure | null {
  if (atom.value === null || atom.scaled || atom.ordinal || atom.runs.length !== 1) return null;
  const joiner = rangeJoinerAt(scope, atom.last + 1, atom.first);
  const next = atom.last + 1 + joiner;
  if (joiner === 0 || scope.tokens[next]?.kind !== 'ident') return null;
  const g = gluedMeasure(scope, next);
  return g && !g.currency && g.first === undefined && g.value > atom.value && !changeThenLevel(scope, atom.first, atom.value, g.value) ? g : null;
}
