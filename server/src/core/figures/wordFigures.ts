/**
 * When a number written in words is a figure. Many number words are also common words (Urdu
 * بہتر 72 / "better", اسی 80 / "this"; Persian نخست "first" in نخست وزیر "prime minister"), and the
 * word for one is also the indefinite article in Urdu, Persian and Hindi (ایک, یک, एक), so a
 * translation writes "ایک دن" where English writes "a day" or "one day" alike. The rules are the
 * same in every language, so that parallel texts read the same figures:
 * - a plain number word of two or more (five, پانچ, پنج, पांच) is a figure wherever it stands
 *   ("five new deaths", "these three", "ten abstentions");
 * - the word for one counts only when something marks it as a count: a qualifier (at least one,
 *   حداقل یک, about one), "only" before a counted concept (only one case, صرف ایک واقعہ; "صرف ایک
 *   پروپیگنڈا" is "merely a"), a range or alternative (one or two), a unit or currency (one metre,
 *   یک متر), an age (one year old), a rate or ratio (one in six), a thing one always counts (یک
 *   نقره "one silver"): a noun after it is not enough
 *   ("a country" and "one country" are one word in most of our languages);
 * - other weak words (Urdu دو "give", سو "so", نو "new"; Persian ده "village", صد, سی) need a
 *   counted concept, a unit or a qualifier; homographs are never figures alone;
 * - fractions (half, نصف, आधा) and bare scale words (هزار, thousand) need the same context.
 */
import type { Atom } from './atoms';
import { isListMarker } from './furniture';
import { qualifierBefore } from './context';
import { grammar } from './numberGrammar';
import { COUNTED_BY_ONE } from '../lexicon/claimWords';
import { scaleWordValue } from './numberGrammar';
import { parseNumberWords } from './numberWords';
import type { FigureScope } from './recognize';

/** What the words around a number say about it. */
export interface WordContext {
  /** It counts a concept from the lexicon (not a surface noun). */
  concept: boolean;
  /** It has a unit, currency or percent. */
  unit: boolean;
  /** A qualifier stands before it (about, more than, at least), it is a range, or an age. */
  counting: boolean;
  /** A qualifier stands after it or its noun (110 سے زائد, ایک ہفتے سے کم); after a weak word it is a comparison (दोनों से कम "less than both"). */
  after: boolean;
  /** "Only" stands before it (only, just, صرف, تنها, केवल): a count when it counts a concept (only one case), else "merely a". */
  only: boolean;
  /** Last token of the figure. */
  last: number;
}

/** Whether a number written in words (no digits) is a figure in its sentence. */
export function wordsAreFigure(scope: FigureScope, atom: Atom, context: WordContext): boolean {
  const single = atom.first === atom.last;
  // "the second to last": a place counted from the end is no rank Concord can compare.
  if (atom.ordinal && (isListMarker(scope, atom) || scope.lex.fromEnd.match(scope.words, atom.last + 1))) return false;
  // A number that is its whole sentence ("एक", "first", "हज़ार") is a number whatever else the word can be.
  if (onlyPunctuationBeside(scope.tokens, atom.first, context.last)) return true;
  // A word far more often another word (اسی "this", نه "not") is a number with a unit (اسی فیصد 80%,
  // نه درصد) or a counter word after it (نه نفر "nine people"); some before a counted concept too, when the
  // sentence does not pair them as their other word (نه هواپیمای نظامی "nine planes"; نه … نه … "neither … nor").
  if (single && atom.homograph) return context.unit || scope.lex.counters.has(scope.words[atom.last + 1] ?? '') || (context.concept && countsBeforeConcept(scope, atom.first) && !isAnaphoric(scope, atom.first, context.last));
  // Ordinals that also mean "other" (دوسرے ممالک, दूसरे देश) or open phrases (first of all) are weak
  // words, ordinals only where they rank (दूसरे स्थान पर, آخری سے دوسرا); पहली बार "for the first time" is no count.
  if (atom.ordinal) return !isNotCount(scope, atom.first) && (!(single && atom.indefinite) || ranks(scope, atom));
  // دو طرفہ "bilateral", هر دو "both", پنج شنبه "Thursday": no count at all. These two, ان دونوں,
  // این سه نفر: a count made before (translators add classifiers such as نفر, so a noun does not save it).
  if (isNotCount(scope, atom.first) || (!context.counting && !context.after && isAnaphoric(scope, atom.first, context.last))) return false;
  // A fraction before "of" is a share of a whole: نیمی از داوطلبان, half of the candidates.
  if (isShareOf(scope, atom)) return true;
  // The word for one: a count only when marked as one (the indefinite article otherwise).
  if (atom.indefinite && atom.value === 1) return context.counting || context.after || context.unit || (context.only && context.concept) || inRate(scope, atom.first, context.last) || countsByOne(scope, context.last);
  if (atom.indefinite) return context.concept || context.unit || context.counting || context.only;
  if (!single || atom.scaled || gluedFraction(scope, atom)) return true;
  // After an article a number word is a noun (hit a six, a four off the last ball), unless a hyphen makes it part of one (a six-wicket win).
  const w = scope.words;
  if (atom.first > 0 && scope.lex.oneBeforeUnit.has(w[atom.first - 1]) && w[atom.last + 1] !== '-' && !context.unit && !context.counting) return false;
  if (isPlainCount(scope, atom)) return true;
  return context.concept || context.unit || context.counting || context.after || context.only || atom.standalone === true;
}

/** Whether the homograph at `at` counts the concept after it: no word of its other reading's pairing is in the sentence (نه … نه …). */
function countsBeforeConcept(scope: FigureScope, at: number): boolean {
  const pairing = scope.lex.homographsBeforeConcepts.get(scope.words[at]);
  return pairing !== undefined && !scope.words.some((w, k) => k !== at && pairing.has(w));
}

/** Whether a phrase of the notCounts table covers the number word at `first` (دو طرفہ, or هر دو from the word before). */
function isNotCount(scope: FigureScope, first: number): boolean {
  const { notCounts } = scope.lex;
  if (notCounts.match(scope.words, first)) return true;
  const m = first > 0 ? notCounts.match(scope.words, first - 1) : null;
  return m !== null && m.count >= 2;
}

/** How far before a weak ordinal "one" and the same noun make a contrast (एक स्थान से दूसरे स्थान). */
const CONTRAST_REACH = 4;

/**
 * Whether a weak ordinal ranks something: it is counted from an end (आखिरी से दूसरा "second from
 * last"), or it stands before a noun of a series (दूसरे स्थान पर, دوسری لہر, second list) that the
 * word for one has not named just before it: "एक स्थान से दूसरे स्थान" is "from one place to another".
 */
function ranks(scope: FigureScope, atom: Atom): boolean {
  const { words, lex } = scope;
  if (atom.first > 0 && lex.rankFrom.matchEndingAt(words, atom.first - 1) !== null) return true;
  const noun = words[atom.last + 1];
  if (noun === undefined || !lex.rankNouns.has(noun)) return false;
  for (let k = Math.max(1, atom.first - CONTRAST_REACH); k < atom.first; k++) {
    if (words[k] !== noun) continue;
    const one = parseNumberWords(words, k - 1, scope.lang);
    if (one !== null && one.value === 1 && !one.ordinal) return false;
  }
  return true;
}

/** Whether the number at `first` follows a word pointing back to things already counted (these two, این سه). */
function isAnaphoric(scope: FigureScope, first: number, last: number): boolean {
  if (first === 0 || (scope.floor ?? -1) >= first - 1) return false;
  const m = scope.lex.anaphoricBefore.matchEndingAt(scope.words, first - 1);
  return m !== null && !(m.count === 1 && scope.lex.correlatives.has(scope.words[first - 1]) && relativeFollows(scope, last));
}

/** Most tokens between a number and the relative word its correlative announces (ان تین افراد سے علیحدہ ہوا ہے جو). */
const RELATIVE_REACH = 7;

/**
 * Whether a relative word follows the number ending at `last` in its clause, within a few tokens:
 * then the demonstrative before the number is the antecedent's (ان تین افراد سے … جو "from the
 * three people who", उन तीन लोगों को जो), and the number a count told here.
 */
function relativeFollows(scope: FigureScope, last: number): boolean {
  const { tokens, words, lex } = scope;
  for (let k = last + 1; k <= last + RELATIVE_REACH && k < tokens.length; k++) {
    if (tokens[k].kind !== 'word' || lex.clauseBreaks.match(words, k) !== null) return false;
    if (lex.relativeWords.has(words[k])) return true;
  }
  return false;
}

/** Tokens on each side of "one" searched for a rate or ratio with another number. */
const RATE_WINDOW = 6;
/** A ratio word follows "one" and its noun closely: one in six, one person in six, one new case in ten. */
const RATIO_REACH = 3;

/**
 * Whether "one" at `first..last` stands in a rate or ratio with another number, within a few tokens:
 * a rate word before a number on either side (one new death every ten minutes, هر ده دقیقه یک نفر),
 * a ratio word after it before a number (one person in six), or a number and a ratio word right
 * before it (چھ میں سے ایک, छह में से एक). Years are no such number (in 2003 is one of).
 */
function inRate(scope: FigureScope, first: number, last: number): boolean {
  const { tokens, words, lex } = scope;
  const isNumber = (k: number) => k >= 0 && k < tokens.length && (k < first || k > last) && (isCountDigits(scope, k) || isCountWord(scope, k));
  for (let p = Math.max(0, first - RATE_WINDOW); p <= last + RATE_WINDOW && p < tokens.length; p++) {
    if (p >= first && p <= last) continue;
    const rate = lex.rateWords.match(words, p);
    if (rate && isNumber(p + rate.count)) return true;
    const ratio = lex.ratioWords.match(words, p);
    if (ratio && ((p > last && p <= last + RATIO_REACH && isNumber(p + ratio.count)) || (p + ratio.count === first && isNumber(p - 1)))) return true;
  }
  return false;
}

/** Whether the noun after "one" (its last token `last`) is a thing "one" always counts (یک نقره "one silver medal"; see `COUNTED_BY_ONE`). */
function countsByOne(scope: FigureScope, last: number): boolean {
  const noun = scope.lex.concepts.match(scope.words, last + 1);
  return noun !== null && COUNTED_BY_ONE.has(noun.value);
}

/** Whether token `k` is digits that are not a year (four digits from 1800 to 2100). */
function isCountDigits(scope: FigureScope, k: number): boolean {
  const t = scope.tokens[k];
  return t.kind === 'number' && !(/^(1[89]|20)\d\d$/.test(t.text) || t.text === '2100');
}

/** Whether token `k` starts a number word of two or more (six, چھ, छह). */
function isCountWord(scope: FigureScope, k: number): boolean {
  if (scope.tokens[k].kind !== 'word') return false;
  const m = parseNumberWords(scope.words, k, scope.lang);
  return m !== null && !m.ordinal && m.value !== null && m.value >= 2;
}

/** A whole number of two or more in one word that is not a scale word (five, پانچ, पांच; not هزار, half). */
function isPlainCount(scope: FigureScope, atom: Atom): boolean {
  const v = atom.value;
  return v !== null && Number.isInteger(v) && v >= 2 && scaleWordValue(scope.words[atom.first], scope.lang) === null;
}

/** Whether a one-word fraction is a numerator and a denominator written together (یک‌سوم, سه‌چهارم): a figure as its spaced spelling (یک سوم) is. */
function gluedFraction(scope: FigureScope, atom: Atom): boolean {
  const g = grammar(scope.lang);
  const word = scope.words[atom.first];
  if (!g?.fractions.has(word)) return false;
  for (let k = 1; k < word.length - 1; k++) if (g.cardinals.has(word.slice(0, k)) && g.ordinals.has(word.slice(k))) return true;
  return false;
}

/** Whether the atom is a fraction with "of" after it (نیمی از, half of): the share of a whole it names. */
function isShareOf(scope: FigureScope, atom: Atom): boolean {
  const v = atom.value;
  return v !== null && v > 0 && v < 1 && !atom.ordinal && scope.lex.partOfWhole.match(scope.words, atom.last + 1) !== null;
}

/** Whether every token outside `first..last` is punctuation. */
function onlyPunctuationBeside(tokens: FigureScope['tokens'], first: number, last: number): boolean {
  for (let k = 0; k < first; k++) if (tokens[k].kind !== 'punct') return false;
  for (let k = last + 1; k < tokens.length; k++) if (tokens[k].kind !== 'punct') return false;
  return true;
}

/**
 * "a"/"an" after a qualifier and before a counted concept is one (about a week, less than an hour,
 * more than a year), as تقریباً ایک ہفتہ and کمتر از یک ساعت are in the languages that write "a" and
 * "one" alike, and so is "a" opening "a year or two" (एक या दो साल); an atom of value 1 for it, or null.
 */
export function articleAtom(scope: FigureScope, i: number): Atom | null {
  const loose = looseCountAtom(scope, i);
  if (loose) return loose;
  const g = grammar(scope.lang);
  if (!g || !g.articles.has(scope.words[i])) return null;
  const noun = scope.lex.concepts.match(scope.words, i + 1);
  if (!noun) return null;
  const q = qualifierBefore(scope, i);
  // "a year or two", "a day or two": the article is the first end of a range written around the noun.
  const joiner = scope.lex.rangeJoiners.match(scope.words, i + 1 + noun.count);
  const orTwo = joiner !== null && isCountWord(scope, i + 1 + noun.count + joiner.count);
  if (!orTwo && (!q || q.qualifier === 'exact')) return null;
  return { first: i, last: i, value: 1, ordinal: false, runs: [], plain: null, indefinite: false, homograph: false, scaled: false };
}

/** A phrase naming a small number exactly at token `i` that opens with a number word (ایک جوڑے, एक जोड़ी: a pair), read before the word alone. */
export function exactCountAtom(scope: FigureScope, i: number): Atom | null {
  const m = scope.lex.looseCounts.match(scope.words, i);
  return m && m.value.exact ? looseCountAtom(scope, i, m) : null;
}

/**
 * A small number said loosely at token `i` (a couple of days, a couple hundred): an approximate
 * atom (a pair of trials: an exact one), times the scale words after it; "a couple" without "of" only before a scale, a counted
 * concept or the end of the phrase. A vague one (several thousand, a few hundred) is an amount
 * without a value, and only before a scale.
 */
function looseCountAtom(scope: FigureScope, i: number, m = scope.lex.looseCounts.match(scope.words, i)): Atom | null {
  if (!m) return null;
  const phraseLast = i + m.count - 1;
  let [value, last] = [m.value.value, phraseLast];
  for (let s = scaleWordValue(scope.words[last + 1] ?? '', scope.lang); s !== null; s = scaleWordValue(scope.words[last + 1] ?? '', scope.lang)) [value, last] = [value === null ? null : value * s, last + 1];
  const scaled = last > phraseLast;
  const next = scope.tokens[last + 1];
  // A pair of a noun written before it (آزمائشوں کے ایک جوڑے, परीक्षणों की एक जोड़ी) ends its phrase.
  const ofNounBefore = m.value.exact && i > 1 && scope.lex.countGenitives.has(scope.words[i - 1]) && scope.tokens[i - 2].kind === 'word';
  const ends = next === undefined || next.kind === 'punct' || ofNounBefore || scope.lex.concepts.match(scope.words, last + 1) !== null;
  if (!scaled && (m.value.value === null || (!ends && !scope.lex.partOf.has(scope.words[phraseLast])))) return null;
  return { first: i, last, value, ordinal: false, runs: [], plain: null, indefinite: false, homograph: false, scaled, approx: !m.value.exact };
}
