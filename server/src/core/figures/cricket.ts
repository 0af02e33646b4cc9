/**
 * Cricket figures: in a cricket report two numbers joined by a dash, a slash or "for" are a bowler's
 * wickets and runs (3-24, 4/31, 3 for 24) or a side's runs and wickets (221/9, 221-9, 221 for nine), not a range.
 */
import type { Lang } from '../types';
import { readAtom, type Atom } from './atoms';
import { finish } from './draft';
import { measureAfter } from './measures';
import type { FigureScope, FoundFigure } from './recognize';

/** Whether a token is a dash or a slash joining two numbers (compared as text: a set lookup would hash it at every token). */
const isSign = (text: string): boolean => text.length === 1 && (text === '-' || text === '–' || text === '/');
/** Nouns after the pair that still fit cricket (221/9 runs, 3-24 in ten overs). */
const CRICKET_CONCEPTS = new Set(['run', 'wicket', 'over', 'ball']);

const patterns = new Map<Lang, RegExp | null>();
/** The last document asked about, and its answer per language (a document of several languages asks in each). */
let lastText = '';
const lastAnswers = new Map<Lang, boolean>();

/** Whether the document of `scope` is a cricket report: it names a cricket word of its paragraph's language somewhere (cached for the last document). */
export function inCricketReport(scope: FigureScope): boolean {
  const text = scope.seg.folded.text;
  if (text !== lastText) {
    lastText = text;
    lastAnswers.clear();
  }
  const known = lastAnswers.get(scope.lang);
  if (known !== undefined) return known;
  let re = patterns.get(scope.lang);
  if (re === undefined) {
    const words = scope.lex.cricketWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = words.length ? new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'iu') : null;
    patterns.set(scope.lang, re);
  }
  const answer = re !== null && re.test(text);
  lastAnswers.set(scope.lang, answer);
  return answer;
}

/** Whether the number ending at token `last` is a batter's runs before the balls they took, in a cricket report: 117 off 113 balls. */
export function runsOffBalls(scope: FigureScope, last: number): boolean {
  const { tokens, words, lex } = scope;
  if (!lex.runsOffBalls.has(words[last + 1] ?? '') || tokens[last + 2]?.kind !== 'number') return false;
  const balls = readAtom(scope, last + 2);
  return balls !== null && lex.concepts.match(words, balls.last + 1)?.value === 'ball' && inCricketReport(scope);
}

const whole = (a: Atom | null): a is Atom & { value: number } => a !== null && a.value !== null && Number.isInteger(a.value) && a.value >= 0 && !a.ordinal && !a.scaled && !a.negative;

/** The wickets and runs figures of a pair starting at token `i`, in text order, or null. */
export function cricketFigures(scope: FigureScope, i: number): FoundFigure[] | null {
  const { tokens, words, lex } = scope;
  const joiner = tokens[i + 1];
  // Cheap tests first: this runs at every token of every document.
  if (!joiner || (tokens[i].kind !== 'number' && tokens[i].kind !== 'word') || lex.cricketWords.length === 0) return null;
  const sign = isSign(joiner.text) && !(scope.lang === 'fa' && joiner.text === '/'); // ۴/۳۱ is a decimal in Persian
  // Digits, or a word before a joiner word and digits: one for 24.
  if (sign ? tokens[i].kind !== 'number' : joiner.kind !== 'word' || (tokens[i].kind !== 'number' && tokens[i + 2]?.kind !== 'number')) return null;
  if ((!sign && !lex.cricketJoiners.has(words[i + 1])) || !inCricketReport(scope)) return null;
  // A sign is glued on both sides or on neither; a chain (3-0-4, 12/03/2020, GhanaKwam/19) is something else.
  if (sign && (joiner.glued !== !!tokens[i + 2]?.glued || tokens[i + 2]?.kind !== 'number')) return null;
  if (tokens[i - 1] && isSign(tokens[i - 1].text)) return null;
  const a = readAtom(scope, i);
  const b = tokens[i + 2] ? readAtom(scope, i + 2) : null;
  if (!whole(a) || a.last !== i || !whole(b) || (tokens[b.last + 1] && isSign(tokens[b.last + 1].text))) return null;
  // Wickets first (3-24: at most ten wickets, then more runs), or runs first (221/9).
  const bowling = a.value <= 10 && b.value >= 10 && b.value > a.value;
  const batting = b.value <= 10 && a.value > 10;
  if (!bowling && !batting) return null;
  // A unit or another noun after the pair is what both ends count: aged 3-24 months.
  const noun = lex.concepts.match(words, b.last + 1);
  if (measureAfter(scope, b.last) || (noun && !CRICKET_CONCEPTS.has(noun.value))) return null;
  const figure = (x: Atom & { value: number }, counted: string) =>
    finish(scope, { first: x.first, last: x.last, value: x.value, min: null, max: null, kind: 'cardinal', qualifier: 'exact', unit: null, counted, runs: x.runs, numberFirst: x.first, numberLast: x.last, numberValue: x.value });
  return [figure(a, bowling ? 'wicket' : 'run'), figure(b, bowling ? 'run' : 'wicket')];
}
