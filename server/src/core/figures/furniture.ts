/**
 * Page furniture: digits that belong to the web page an article was copied from, not to its
 * claims. A short line ending in a parenthesised count — "تبصرہ (0)", "نظر (0)", "Comments (12)" —
 * is a comment counter.
 */
import type { FigureScope } from './recognize';

/** Most words a comment-counter line has besides its number. */
const MAX_COUNTER_LINE_WORDS = 3;

/** True when the number token at `i` is page furniture rather than a figure. */
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
