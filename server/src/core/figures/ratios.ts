/**
 * A ratio of one to a number, written bare: "one out of three", "1 in 21", तीन में से एक, چھ میں سے ایک.
 * It is one figure, the fraction (1/3), only when the phrase ends there (punctuation, a function word
 * or the end after it): "one in six people", छह में से एक व्यक्ति count one of something and keep
 * both numbers, in every language alike, so that a translation reads what the original reads. Only
 * "one" is a numerator here: "358 of 457" and "457 में से 358" are two counts, and translators write
 * the pair in either order.
 */
import { readAtom, yearDigits, type Atom, type AtomSource } from './atoms';
import { isOverWord, round } from './numberGrammar';
import type { FigureScope } from './recognize';

/** The ratio starting with atom `a` (the part, or in Hindi and Urdu the whole), or null. */
export function ratioAtom(scope: FigureScope, a: Atom): Atom | null {
  const { lex, tokens, words } = scope;
  if (!whole(a) || a.ordinal) return null;
  const joiner = lex.ratioWords.match(words, a.last + 1);
  const at = a.last + 1 + (joiner?.count ?? 0);
  if (!joiner || (tokens[at]?.kind !== 'number' && tokens[at]?.kind !== 'word')) return null;
  const b = readAtom(scope, at);
  if (!b || b.ordinal || !whole(b) || !endsPhrase(scope, b.last + 1)) return null;
  const [part, all] = lex.ratioWholeFirst ? [b, a] : [a, b];
  if (part.value !== 1 || all.value! < 2) return null;
  return { first: a.first, last: b.last, value: 1 / all.value!, ordinal: false, runs: [...a.runs, ...b.runs], plain: null, indefinite: false, homograph: false, scaled: false };
}

/** A whole number that is no year: what a ratio can be made of. */
function whole(a: Atom): boolean {
  return a.value !== null && Number.isInteger(a.value) && a.value > 0 && !a.scaled && !yearDigits(a) && !a.negative;
}

/** Whether the phrase ends at token `k`: the sentence end, punctuation other than a percent sign, or a function word. */
export function endsPhrase(scope: FigureScope, k: number): boolean {
  const t = scope.tokens[k];
  if (t === undefined) return true;
  if (t.kind === 'punct') return t.text !== '%' && t.text !== '٪';
  return t.kind === 'word' && scope.lex.functionWords.has(scope.words[k]);
}

/**
 * A fraction of two numbers joined by an "over" word: 1 over 3, one over 20, 1 बटा 21, negative
 * one over 20, ending its clause. A year after "over" (rose 5 over 2019) or a word after the second
 * number (over 3 years) makes "over" a preposition.
 */
export function overFraction(src: AtomSource, a: Atom): Atom | null {
  const w = src.tokens[a.last + 1];
  const t = src.tokens[a.last + 2];
  if (a.value === null || a.ordinal || !w || w.kind !== 'word' || !isOverWord(w.text, src.lang) || !t || (t.kind !== 'number' && t.kind !== 'word')) return null;
  const b = readAtom(src, a.last + 2);
  if (!b || !b.value || b.ordinal || yearDigits(b)) return null;
  // A word after the second number makes "over" a preposition: $10000 over 3 years.
  const after = src.tokens[b.last + 1];
  if (after !== undefined && after.kind !== 'punct') return null;
  return { ...a, last: b.last, value: round(a.value / b.value), runs: [...a.runs, ...b.runs], plain: null, scaled: false, indefinite: false, homograph: false };
}
