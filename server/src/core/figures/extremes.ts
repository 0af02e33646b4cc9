/**
 * A day's maximum or minimum temperature is a reading, not a bound: "کم سے کم درجہ حرارت 12 اور زیادہ سے زیادہ 28 ڈگری",
 * "न्यूनतम 12 और अधिकतम 28 डिग्री", "a minimum of 12 and a maximum of 28 degrees" tell two temperatures, not "at least
 * 12" and "at most 28". Runs once a unit written once has reached both numbers (ellipsis.ts).
 */
import { TEMPERATURES } from './measures';
import type { FigureScope, FoundFigure } from './recognize';

/** Drops the bound that a word for a maximum or a minimum (FigureWords.temperatureExtremes) put on a temperature; returns the figures. */
export function readExtremes(scope: FigureScope, found: FoundFigure[]): FoundFigure[] {
  for (const f of found) {
    const { qualifier, unit } = f.figure;
    if ((qualifier !== 'at-most' && qualifier !== 'at-least') || unit === null || !TEMPERATURES.has(unit)) continue;
    const outer = f.outerFirst ?? f.first;
    const words = scope.lex.temperatureExtremes.matchEndingAt(scope.words, f.first - 1, 3);
    if (words !== null && f.first - words.count >= outer) f.figure.qualifier = 'exact';
  }
  return found;
}
