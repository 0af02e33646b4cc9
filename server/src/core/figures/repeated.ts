/** A number said twice, which some languages use for "each": 2-2 लाख रुपये, दो-दो लाख, دو دو لاکھ روپے. */
import { readAtom, type Atom } from './atoms';
import type { FigureScope } from './recognize';

/**
 * A number said twice is "each" where the language says so (2-2 लाख रुपये, दो-दो लाख, دو دو لاکھ
 * روپے, 5، 5 لاکھ روپے, "two lakh to each"): one value, read from its second saying, not a range from it to itself.
 */
export function repeatedNumber(scope: FigureScope, i: number): Atom | null {
  const { tokens, words } = scope;
  if (!scope.lex.repeatedIsEach) return null;
  const dash = words[i + 1] === '-' && tokens[i + 1].glued && tokens[i + 2]?.glued === true;
  // Urdu writes it with a comma too (10، 10 سال قید; 5، 5 لاکھ روپے), but not in a list of numbers (5، 5، 6).
  const comma = words[i + 1] === '،' && tokens[i + 1].glued && words[i + 3] !== '،';
  const k = dash || comma ? i + 2 : i + 1;
  if (words[k] !== words[i] || (!dash && !comma && tokens[i].kind !== 'word')) return null;
  const once = readAtom(scope, i);
  if (!once || once.last !== i || once.value === null || once.ordinal) return null;
  const twice = readAtom(scope, k);
  // "ایک ایک کیس" is one each, never the article.
  return twice && twice.value !== null && !twice.ordinal ? { ...twice, first: i, runs: [...once.runs, ...twice.runs], indefinite: false } : null;
}
