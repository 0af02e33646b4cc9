/**
 * Percent signs in right-to-left text. Urdu and Persian writers (and converters that put a left-to-right
 * line in the order it shows) type the sign before its number, so that it shows on the number's left as
 * in print: %13.04, % 0.1. A point the left-to-right text had before the digits then comes after them:
 * ".08%" turns into "%08.".
 */
import type { Atom } from './atoms';
import { isNumberAt } from './atoms';
import { percentWordBefore } from './context';
import { percentOfBefore } from './percentOf';
import type { FigureScope } from './recognize';
import { isRtl } from './years';

const isSign = (text: string | undefined) => text === '%' || text === '٪';

/**
 * A percent sign typed before its number in right-to-left text, closing no number before: 'sign'. Glued
 * to the number (%13.04) unless it is glued to a number before too (30%30); set apart (، % 0.1) when no
 * number stands before it (20 % 30 ممالک is the 20's). A percent word before the number, or a percent-of
 * phrase (per cent of 210): 'word'.
 */
export function percentBefore(scope: FigureScope, first: number, last: number): 'sign' | 'word' | null {
  const { tokens } = scope;
  const sign = tokens[first - 1];
  const glued = tokens[first].glued;
  if (sign && isSign(sign.text) && isRtl(scope)) {
    if (glued) return sign.glued && tokens[first - 2]?.kind === 'number' ? null : 'sign';
    if (tokens[first].kind === 'number' && !isNumberAt(scope, first - 2)) return 'sign';
  }
  if (sign && isSign(sign.text) && glued) return null;
  return percentWordBefore(scope, first) > 0 || percentOfBefore(scope, first, last) ? 'word' : null;
}

/** In right-to-left text a percent sign glued to the next number, apart from this one, is the next number's (ایک %97.4). */
export function signOfNextNumber(scope: FigureScope, last: number): boolean {
  const sign = scope.tokens[last + 1];
  const next = scope.tokens[last + 2];
  return isRtl(scope) && sign !== undefined && isSign(sign.text) && !sign.glued && next !== undefined && next.kind === 'number' && next.glued;
}

/**
 * The point of ".08%" typed after the digits, behind a percent sign typed first (%08.): the number is
 * a decimal with no whole part, 0.08. Only when the digits open with a zero, which a whole number never
 * does; "%8." is 8% and a full stop. Returns the value, or null.
 */
export function pointTypedAfter(scope: FigureScope, atom: Atom): number | null {
  const { tokens } = scope;
  const point = tokens[atom.last + 1];
  const plain = atom.plain;
  if (!plain || atom.first !== atom.last || atom.scaled || plain.hasDecimals || plain.groupSeparator !== '' || plain.integerDigits < 2) return null;
  if (!point || (point.text !== '.' && point.text !== '٫') || !point.glued || !/^[0۰٠]/.test(tokens[atom.first].text)) return null;
  const after = tokens[atom.last + 2];
  if (after && after.glued && after.kind === 'number') return null;
  return plain.value / 10 ** plain.integerDigits;
}
