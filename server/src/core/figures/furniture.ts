/**
 * Numbers that are not claims: page furniture copied with an article (a comment counter such as
 * "تبصرہ (0)", "نظر (0)", "Comments (12)"), list markers ("پانچویں،" = "fifth," opening an item) and
 * the digits of names (COVID-19, کووید-19, कोविड-19, SARS-CoV-2, R0).
 */
import type { Atom } from './atoms';
import type { FigureScope } from './recognize';

/** Most words a comment-counter line has besides its number. */
const MAX_COUNTER_LINE_WORDS = 3;
const LIST_PUNCTUATION = new Set(['،', ',', ':', '؛', ';', '-', '–']);

/** True when the number token at `i` is a comment counter closing a short line. */
export function isPageFurniture(scope: FigureScope, i: number): boolean {
  const { tokens } = scope;
  const open = tokens[i - 1];
  const close = tokens[i + 1];
  if (!open || !close || open.text !== '(' || close.text !== ')') return false;
  // The counter closes its line: nothing but the parenthesis follows the number.
  if (i + 2 !== tokens.length) return false;
  let words = 0;
  for (const t of tokens) if (t.kind === 'word') words++;
  return words <= MAX_COUNTER_LINE_WORDS && words >= 1;
}

/** True when an ordinal written in words opens a list item: first in its sentence and followed by a comma or colon. */
export function isListMarker(scope: FigureScope, atom: Atom): boolean {
  const next = scope.words[atom.last + 1];
  const opensSentence = atom.first === 0 || (atom.first <= 2 && scope.tokens.slice(0, atom.first).every((t) => t.kind !== 'number'));
  return opensSentence && next !== undefined && LIST_PUNCTUATION.has(next);
}

/**
 * True when the number token at `i` ends a name: glued to a word by a hyphen in any script
 * (کووید-19, (COVID-19), SARS-CoV-2, COVID- 19, COVID -19 after capitals) or glued straight to a
 * Latin word (R0, CoV2). A year after a
 * hyphen (mid-2020) stays a figure; a number glued to an Arabic-script word is a missing space
 * (تمام۳۰) and stays a figure too.
 */
export function isNameDigits(scope: FigureScope, i: number): boolean {
  const { tokens } = scope;
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (prev.kind === 'word') return t.glued && prev.latin;
  if (prev.text !== '-' || tokens[i - 2]?.kind !== 'word') return false;
  // A Latin name typed with a loose hyphen: "COVID- 19", or "COVID -19" after an acronym in capitals
  // (in Urdu "ہے- 26" the dash ends a sentence).
  if (!t.glued || !prev.glued) {
    const word = tokens[i - 2];
    const acronym = /^[A-Z][A-Z0-9]+$/.test(scope.original?.(i - 2) ?? '');
    if (!word.latin || (!(prev.glued && !t.glued) && !(t.glued && acronym))) return false;
  }
  const digits = t.end - t.start;
  return !(digits === 4 && /^(1[89]|20)\d\d$/.test(t.text));
}
