/**
 * Where a minus sign before a number is its sign: glued before a measure (fell to -2.5%, -5 °C), at
 * the sentence start, set apart before a temperature (- 2 degrees) and before a number that is all
 * its sentence holds ("- 10k").
 */
import { isNumberAt, type Atom } from './atoms';
import { capitalised } from './counted';
import { currencyAfter, percentAfter, qualifierBefore } from './context';
import { measureAfter, TEMPERATURES } from './measures';
import type { FigureScope } from './recognize';
import { isRtl } from './years';

/**
 * A minus sign counts inside a sentence only before a measure (fell to -2.5%, -5 °C); elsewhere a
 * spaced dash before digits is punctuation or a name written loosely (کووید -19), so it is dropped.
 * Token texts are folded: a true minus sign (−) reads '-' here (`scope.original` gives the character typed).
 */
export function signedAtom(scope: FigureScope, atom: Atom): Atom {
  if (loneSpacedMinus(scope, atom)) return { ...atom, first: 0, value: -atom.value!, negative: true };
  if (minusTypedAfter(scope, atom)) return { ...atom, last: atom.last + 1, value: -atom.value!, negative: true };
  if (spacedMinusBeforeTemperature(scope, atom)) return { ...atom, first: atom.first - 1, value: -atom.value!, negative: true };
  if (!atom.negative || atom.first === 0 || atom.value === null) return atom;
  // After a comparison (below -2, <-30) the minus is a sign too.
  const measured = qualifierBefore(scope, atom.first) !== null || percentAfter(scope, atom.last) > 0 || currencyAfter(scope, atom.last) !== null || measureAfter(scope, atom.last) !== null;
  return measured ? atom : { ...atom, first: atom.first + 1, value: -atom.value, negative: false };
}

/**
 * A minus sign set apart from a number that is all its sentence holds is the number's sign, as in a
 * column of values: "- 10k", "− 1 4/5", "- १०k". Before more words ("- 10 people died") the dash opens
 * a list item and the number stays positive.
 */
function loneSpacedMinus(scope: FigureScope, atom: Atom): boolean {
  const sign = scope.tokens[0];
  return atom.first === 1 && !atom.negative && typeof atom.value === 'number' && atom.last === scope.tokens.length - 1 && sign.text === '-' && !scope.tokens[1].glued;
}

/**
 * A minus typed after the digits of a right-to-left line is their sign when a measure follows: ۱۲- درجه
 * is minus 12 degrees, 5- ڈگری minus 5. The minus is glued to the digits and set apart from the unit,
 * so a range (۱۰-۱۲ درجه) or a dash between two numbers (۱۰- ۱۲ درجه) stays what it is.
 */
function minusTypedAfter(scope: FigureScope, atom: Atom): boolean {
  const sign = scope.tokens[atom.last + 1];
  const unit = scope.tokens[atom.last + 2];
  if (!isRtl(scope) || atom.negative || typeof atom.value !== 'number' || !sign || !unit) return false;
  if (sign.text !== '-' || !sign.glued || unit.glued || unit.kind !== 'word') return false;
  return measureAfter(scope, atom.last + 1) !== null || percentAfter(scope, atom.last + 1) > 0;
}

/**
 * A minus sign set apart from the digits of a temperature is its sign: "- 2 degrees", "− 5 °C",
 * "convert - 20 degrees fahrenheit", "कनवर्ट करें - 20 डिग्री". Before other measures and counts a
 * spaced dash is a list bullet or punctuation (- 5 km of road, - 10 people died); a dash after a
 * number joins a range (10 - 12 degrees), one glued to the word before it joins words, and a hyphen
 * after a capitalised name separates it from its reading (Lahore - 45 °C).
 */
function spacedMinusBeforeTemperature(scope: FigureScope, atom: Atom): boolean {
  const k = atom.first - 1;
  const sign = scope.tokens[k];
  if (!sign || atom.negative || typeof atom.value !== 'number' || sign.text !== '-' || scope.tokens[atom.first].glued) return false;
  if (k > 0 && (sign.glued || isNumberAt(scope, k - 1))) return false;
  // After a capitalised name a hyphen is a separator, as in headlines and lists: "Jacobabad - 51 degrees".
  if (k > 0 && scope.original?.(k) === '-' && capitalised(scope, k - 1)) return false;
  const measure = measureAfter(scope, atom.last);
  return measure !== null && TEMPERATURES.has(measure.unit);
}
