/**
 * A ratio written bare: "one out of three", "1 in 21", तीन में से एक, چھ میں سے ایک, "2 in 5 or more",
 * हर 10 में से 7, ۲ از ۵ یا بیشتر. It is one figure, the fraction (1/3, 0.4), only when the phrase ends
 * there (punctuation, a function word or the end after it): "one in six people", छह में से एक व्यक्ति,
 * "9 out of 10 doctors" count something and keep both numbers, in every language alike, so that a
 * translation reads what the original reads ("45 of the 50 seats" is 50 में से 45 सीटें). A part of
 * more than one is a ratio only when the pair is marked as a proportion of a round whole (one digit and
 * zeros): "every" before the whole (7 out of every 10, हर 10 में से 7, ہر 10 میں سے 7) or a bound after
 * the pair (2 in 5 or more, 5 में से 2 या ज़्यादा). Else both numbers stay: "won 45 out of 50." tells
 * the seats won, as 50 में से 45 जीतीं does, and "358 of 457" or "(5,143 में से 1,388, 27%)" are
 * counts told in full, in either order translators write the pair.
 */
import { readAtom, yearDigits, type Atom, type AtomSource } from './atoms';
import { qualifierAfter } from './context';
import { isOverWord, round } from './numberGrammar';
import type { FigureScope } from './recognize';

/** The ratio starting with atom `a` (the part, or in Hindi and Urdu the whole), or null. */
export function ratioAtom(scope: FigureScope, a: Atom): Atom | null {
  const { lex, tokens, words } = scope;
  if (!whole(a) || a.ordinal) return null;
  const joiner = lex.ratioWords.match(words, a.last + 1);
  if (!joiner) return null;
  // "every" stands before the whole: after the ratio word (out of every 10, از هر ۱۰), or before the whole that opens the pair (हर 10 में से 7).
  const every = lex.ratioWholeFirst ? (a.first > 0 ? lex.rateWords.matchEndingAt(words, a.first - 1, 2) : null) : lex.rateWords.match(words, a.last + 1 + joiner.count);
  const at = a.last + 1 + joiner.count + (lex.ratioWholeFirst ? 0 : (every?.count ?? 0));
  if (tokens[at]?.kind !== 'number' && tokens[at]?.kind !== 'word') return null;
  const b = readAtom(scope, at);
  if (!b || b.ordinal || !whole(b)) return null;
  const bound = boundEndsPhrase(scope, b.last);
  if (!(bound || endsPhrase(scope, b.last + 1)) || rangeAfter(scope, b.last + 1)) return null;
  const [part, all] = lex.ratioWholeFirst ? [b, a] : [a, b];
  if (part.value! >= all.value!) return null;
  if (part.value !== 1 && !(roundWhole(all.value!) && (every !== null || bound))) return null;
  return { first: a.first, last: b.last, value: part.value! / all.value!, ordinal: false, runs: [...a.runs, ...b.runs], plain: null, indefinite: false, homograph: false, scaled: false };
}

/** A whole number that is no year: what a ratio can be made of. */
function whole(a: Atom): boolean {
  return a.value !== null && Number.isInteger(a.value) && a.value > 0 && !a.scaled && !yearDigits(a) && !a.negative;
}

/** Whether a bound follows token `last` and the phrase ends after it (2 in 5 or more; not "2 in 5 or more matches", whose bound is the matches'). */
function boundEndsPhrase(scope: FigureScope, last: number): boolean {
  const bound = qualifierAfter(scope, last);
  return bound !== null && endsPhrase(scope, last + bound.count + 1);
}

/** One digit and zeros (5, 10, 20, 100, 1000): the whole a proportion is told against, not a count told in full (457). */
function roundWhole(v: number): boolean {
  const lead = v / 10 ** Math.floor(Math.log10(v));
  return Number.isInteger(round(lead));
}

/** Whether a range joiner and a number follow at token `k` (۳ از ۵ تا ۷, 2 in 5 to 10): the whole opens a range, no ratio. */
function rangeAfter(scope: FigureScope, k: number): boolean {
  const joiner = scope.lex.rangeJoiners.match(scope.words, k);
  return joiner !== null && k + joiner.count < scope.tokens.length && readAtom(scope, k + joiner.count) !== null;
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
