/**
 * A counted noun written once for two coordinated numbers: "مسلم لیگ ن نے 75 اور پیپلز پارٹی نے 54
 * نشستیں" and "पीएमएल-एन ने 75 और पीपीपी ने 54 सीटें" (the noun after the second number counts the
 * first too), "75 seats and the PPP 54," (the noun after the first counts a second number that
 * ends its clause), "killed 5 and injured 12 people"; a part and its whole ("543 में से 240 सीटें",
 * "93 of the 266 seats"). Only plain counts without a unit share a
 * noun, across a joiner word (and, اور, और, و) or a comma and a few words; a unit after the second
 * number measures a bare first one right before the joiner (38 اور کم سے کم 29 ڈگری).
 */
import type { Figure } from '../types';
import { isNumberAt } from './atoms';
import { scaleWordValue } from './numberGrammar';
import { markerBetween } from '../lexicon/phrases';
import type { FigureScope, FoundFigure } from './recognize';
import { spanOfTimeAfter } from './measures';
import { isCommaWord } from '../text/tokens';

/** Most tokens between the two numbers (the joiner, a name and its particle: "اور پیپلز پارٹی نے"). */
const MAX_GAP = 6;

/** Gives a number without a counted noun the noun of the number coordinated with it; returns the figures. */
export function shareCountedNouns(scope: FigureScope, found: FoundFigure[]): FoundFigure[] {
  levelsAfterChanges(scope, found);
  const gapped = new Set<FoundFigure>();
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k];
    // Times between two counts go with them ("75 seats in 2018 and 149 in 2024"): the counts pair across them.
    let n = k + 1;
    while (n + 1 < found.length && isTime(found[n].figure)) n++;
    const b = found[n];
    const from = (a.outerLast ?? a.last) + 1;
    const to = (b.outerFirst ?? b.first) - 1;
    // A unit written once for two numbers: "زیادہ سے زیادہ 38 اور کم سے کم 29 ڈگری", "38 and 29 degrees".
    // The pair before may now share it too ("دادو میں 50، لاڑکانہ میں 49 جبکہ ملتان میں 48 ڈگری").
    if (measured(b.figure) && joinsAt(scope, from) && writtenOnce(scope, a, from, to) && !comparedThenComma(scope, a)) {
      a.figure.unit = b.figure.unit;
      k = Math.max(k - 2, -1);
      continue;
    }
    // A change from a bare number to one measured: "18,000 से बढ़कर 51,480 रुपये", "6 سے کم ہو کر 5 فیصد", "from 18,000 to Rs 51,480".
    if (n === k + 1 && changeJoined(scope, a, b, from, to)) {
      [a.figure.kind, a.figure.unit] = [b.figure.kind, b.figure.unit];
      continue;
    }
    // A currency written once for two sums in lakhs or more: "صحت کے لیے 630 ارب اور تعلیم کے لیے 811 ارب روپے", "रजत विजेताओं को 20 लाख और कांस्य विजेताओं को 10 लाख रुपये".
    // Not a sign before the second sum, which is its own ("averaged 434 million, worth ₹63,800 crore").
    if (b.figure.kind === 'currency' && isNumberAt(scope, b.first) && inMillions(scope, a) && isJoiner(scope, from) && writtenOnce(scope, a, from, to)) {
      [a.figure.kind, a.figure.unit] = ['currency', b.figure.unit];
      continue;
    }
    // Two rates set against each other are rates of one thing: "ٹرن آؤٹ گزشتہ انتخابات کے 52 فیصد کے مقابلے میں 47 فیصد رہا", "47 percent, down from 52 percent".
    if (n === k + 1 && ratesSetAgainst(scope, a.figure, b.figure, from, to)) {
      a.figure.counted ??= b.figure.counted;
      b.figure.counted ??= a.figure.counted;
      continue;
    }
    if (!plainCount(a.figure) || !plainCount(b.figure) || (a.figure.counted === null) === (b.figure.counted === null)) continue;
    const times = found.slice(k + 1, n);
    // A part and its whole count the same thing: "543 में से 240 सीटें", "93 of the 266 seats", "96 ارکان میں سے 64".
    // Or a whole named first, its phrase closed by a comma: "Of the 16,92,794 candidates who appeared, 14,96,307 passed".
    if (partOfWholeBetween(scope, from, to, a.figure.counted) || frontedWhole(scope, a, from, to)) {
      a.figure.counted ??= b.figure.counted;
      b.figure.counted ??= a.figure.counted;
      continue;
    }
    // The noun of a genitive written once: "سندھ کی آبادی 5 کروڑ، پنجاب کی 12 کروڑ" (and Punjab's 12 crore).
    if (a.figure.counted !== null && b.figure.counted === null && to - from < MAX_GAP && gappedGenitive(scope, a, b, from, gapped.has(a))) {
      b.figure.counted = a.figure.counted;
      gapped.add(b);
      continue;
    }
    if (to - from + 1 > MAX_GAP + timeTokens(times) || !anyJoiner(scope, from, to, times)) continue;
    if (a.figure.counted === null) {
      // The joiner right after the first number: "75 اور … 54 نشستیں", "killed 5 and injured 12 people".
      // The pair before may now share it too ("56، سندھ میں 25 اور بلوچستان میں 16 اموات"); a figure gains its noun once, so this stays linear.
      // Not across a verb of being, which opens another clause ("an average of 9.13 and is the fastest to 50 wickets").
      // Past an adjective the second number has too ("81 lakh domestic and 4.5 lakh foreign tourists").
      // An article before the second number opens a phrase of its own: "Babar's 73 and a four-wicket haul".
      // So does a comparison after the first and a comma: "मरीज 12 हजार के पार, 24 घंटे में 318 नए केस" (12,000 counts no hours).
      const ownPhrase = scope.lex.oneBeforeUnit.has(scope.words[b.first - 1]) || comparedThenComma(scope, a);
      if (joinsAt(scope, pastModifiers(scope, from, to)) && !apposedAge(scope, a) && !verbBetween(scope, from, to) && !ownPhrase) {
        a.figure.counted = b.figure.counted;
        k = Math.max(k - 2, -1);
      }
    } else {
      // The second number ends its clause: "75 seats and the PPP 54,", "149 in 2024."; not after a verb ("3 children and is 45").
      const end = clauseEndAfter(scope, found, n);
      const next = scope.tokens[end + 1];
      // Nor across a clause break ("three sixes, while Rizwan added 55") or a number word left out ("seven fours and a six in his 89").
      const broken = scope.words.slice(from, to + 1).some((_, p) => scope.lex.clauseBreaks.match(scope.words, from + p) || (scope.tokens[from + p].kind === 'word' && isNumberAt(scope, from + p)));
      const parallel = next?.kind === 'word' && sameParticleBetween(scope, from, to, end + 1);
      // Or a side of a vote follows it: "52 votes in favour and 18 against".
      const side = next?.kind === 'word' && scope.lex.voteSidesAfter.match(scope.words, end + 1) !== null;
      if ((next === undefined || next.kind === 'punct' || parallel || side || listGoesOn(scope, found, n, end)) && !verbBetween(scope, from, to) && !broken && !ownNounBefore(scope, b)) b.figure.counted = a.figure.counted;
    }
  }
  return found;
}

/** What a change and the level it reached both count: an index's points, a network's users ("shrank by 15.5 lakh to 21.24 crore" after "subscriber base"). */
const LEVEL_COUNTS: ReadonlySet<string> = new Set(['point', 'subscriber', 'user', 'customer', 'consumer', 'case', 'patient', 'pilgrim', 'passenger']);

/** Most tokens between a change and its level, past a percentage between them: "points, or 1.5%, to close at". */
const MAX_LEVEL_GAP = 8;

/**
 * The level a change in an index's points reached counts points too: "fell 720 points to 73,500",
 * "850 پوائنٹس کی کمی سے 77,600 پر آ گیا", "720 अंक टूटकर 73,500 पर", also past the change told as a
 * percentage ("gained 1,200 points, or 1.5%, to 78,450", "180 अंक यानी 0.8 प्रतिशत चढ़कर 22,500 के स्तर पर").
 * The level is a bare number over ten times the change, marked as a level (FigureWords.levelBefore,
 * levelAfter), in the change's clause.
 */
function levelsAfterChanges(scope: FigureScope, found: FoundFigure[]): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const change = found[k].figure;
    if (change.kind !== 'cardinal' || change.unit !== null || change.counted === null || !LEVEL_COUNTS.has(change.counted) || typeof change.value !== 'number') continue;
    const percent = found[k + 1].figure.kind === 'percent' && k + 2 < found.length ? found[k + 1] : null;
    const level = found[percent ? k + 2 : k + 1];
    const { figure } = level;
    if (figure.kind !== 'cardinal' || figure.unit !== null || figure.counted !== null || typeof figure.value !== 'number' || figure.value <= 10 * change.value) continue;
    const from = (found[k].outerLast ?? found[k].last) + 1;
    const to = (level.outerFirst ?? level.first) - 1;
    const gap = to - from + 1 - (percent ? percent.last - percent.first + 1 : 0);
    if (gap > MAX_LEVEL_GAP || !levelMarked(scope, level) || markerBetween(scope.words, scope.lex.clauseBreaks, from - 1, to + 1)) continue;
    figure.counted = change.counted;
  }
}

/** Whether a number is marked as a level reached: "to 73,500", "77,600 پر", "22,500 के स्तर पर". */
function levelMarked(scope: FigureScope, f: FoundFigure): boolean {
  return scope.lex.levelBefore.has(scope.words[f.first - 1]) || scope.lex.levelAfter.match(scope.words, f.last + 1) !== null;
}

/**
 * Numbers listed after a reference are references of the same kind: "آرٹیکل 6، 7، 8 اور 10",
 * "अनुच्छेद 12, 13, 14 और 4", "Articles 5, 6 and 9". Only plain whole numbers joined by commas or
 * a joiner word continue the list.
 */
export function continueReferences(scope: FigureScope, found: FoundFigure[]): FoundFigure[] {
  let plural = false;
  for (let k = 1; k < found.length; k++) {
    const before = found[k - 1].figure;
    const f = found[k].figure;
    // A plural label (دقیقه‌های ۵۵ و ۸۱ گل زد) holds its list's last number against a noun after it.
    if (before.kind !== 'reference') continue;
    if (scope.tokens[found[k - 1].first].kind !== 'number') plural = scope.lex.pluralReferences.has(scope.words[found[k - 1].first]);
    // So does a match report's minute with "and" before a last number whose noun is no known concept (دقیقه ۵۵ و ۸۱ برد).
    const listEnd = scope.lex.dayJoiners.has(scope.words[found[k].first - 1]) && (plural || (before.counted === 'minute' && !scope.lex.concepts.match(scope.words, found[k].last + 1)));
    if (f.kind !== 'cardinal' || f.unit !== null || (f.counted !== null && !listEnd) || f.qualifier !== 'exact') continue;
    if (typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value <= 0) continue;
    const from = found[k - 1].last + 1;
    const to = found[k].first - 1;
    if (to - from > 1 || to < from || !isJoiner(scope, from) || (to > from && !isJoiner(scope, to))) continue;
    [f.kind, f.counted] = ['reference', before.counted];
  }
  return found;
}

/** Most words of the whole's noun before the part-of-whole words (96 ارکان میں سے 64). */
const WHOLE_NOUN_WORDS = 2;

/** Whether tokens `from..to` are part-of-whole words (میں سے, of), after the whole's noun when `noun`. */
function partOfWholeBetween(scope: FigureScope, from: number, to: number, noun: string | null): boolean {
  for (let p = from; p <= from + (noun !== null ? WHOLE_NOUN_WORDS : 0) && p <= to; p++) {
    if (p > from && scope.tokens[p - 1].kind !== 'word') return false;
    // The words before must end in the whole's noun: not "a three-month high of 276".
    if (p > from && (scope.lex.concepts.matchEndingAt(scope.words, p - 1, 3)?.value ?? scope.words[p - 1]) !== noun) continue;
    if (scope.lex.partOfWhole.match(scope.words, p)?.count === to - p + 1) return true;
  }
  return noun !== null && wholeInItsClause(scope, from, to, noun);
}

/** Most tokens of a fronted whole's noun phrase, after its number, before the comma that ends it. */
const FRONTED_WHOLE_WORDS = 5;

/**
 * Whether `a` is a whole the sentence opens with after part-of-whole words, and tokens `from..to` its
 * noun phrase (words only) ending in a comma right before the part: "Of the 300 passengers on board, 12
 * were injured", "از مجموع ۳۰۰ مسافر، ۱۲ نفر". Not a span of time ("Of the 20 years since, 5").
 */
function frontedWhole(scope: FigureScope, a: FoundFigure, from: number, to: number): boolean {
  const { words, tokens, lex } = scope;
  const first = a.outerFirst ?? a.first;
  const of = first > 0 ? lex.partOfWhole.matchEndingAt(words, first - 1, 4) : null;
  // Two words at least (of the, out of, از مجموع): a bare از is also "from", and a bare "of" is left as it was read.
  if (!of || of.count !== first || of.count < 2 || a.figure.counted === null || spanOfTimeAfter(scope, a.last)) return false;
  if (!isCommaWord(words[to]) || to <= from || to - from > FRONTED_WHOLE_WORDS) return false;
  for (let k = from; k < to; k++) if (tokens[k].kind !== 'word' || lex.clauseBreaks.match(words, k)) return false;
  return true;
}

/** Most words of the whole's clause between its noun and the relative (101 نشستیں حاصل کیں جن میں سے 93). */
const WHOLE_CLAUSE_WORDS = 4;

/** Whether tokens `from..to` are the whole's noun, its verb, a relative and part-of-whole words: "101 نشستیں حاصل کیں جن میں سے 93". */
function wholeInItsClause(scope: FigureScope, from: number, to: number, noun: string): boolean {
  const { words, tokens, lex } = scope;
  const of = lex.partOfWhole.matchEndingAt(words, to, 3);
  const relative = of ? to - of.count : -1;
  if (relative <= from || relative - from > WHOLE_CLAUSE_WORDS || !lex.relativeWords.has(words[relative])) return false;
  for (let k = from; k < relative; k++) if (tokens[k].kind !== 'word' || lex.clauseBreaks.match(words, k)) return false;
  return (lex.concepts.match(words, from)?.value ?? words[from]) === noun;
}

/** Most words between a place's particle and the noun named before a number: "پنجاب میں اسکولوں سے باہر بچوں کی تعداد 96 لاکھ". */
const MAX_PLACE_TO_NOUN = 3;

/**
 * Whether `b` repeats the genitive or place of `a` with its noun left out: the word before `b` is the
 * particle between a name and the noun counted by `a` (سندھ کی آبادی 5 کروڑ، پنجاب کی 12 کروڑ), or
 * the particle of a place a few words before that noun (پنجاب میں بچوں کی تعداد 96 لاکھ، سندھ میں 78 لاکھ),
 * or, when `a` left its noun out too, the particle before `a`; after a joiner or a clause break.
 */
function gappedGenitive(scope: FigureScope, a: FoundFigure, b: FoundFigure, from: number, aGapped: boolean): boolean {
  const { words, tokens, lex } = scope;
  const aFirst = a.outerFirst ?? a.first;
  const bFirst = b.outerFirst ?? b.first;
  const particle = words[bFirst - 1];
  if (bFirst < 1 || tokens[bFirst - 1].kind !== 'word' || !lex.functionWords.has(particle)) return false;
  const nounStart = aGapped ? aFirst : nounNamedBefore(scope, a.figure.counted, aFirst);
  if (nounStart === null) return false;
  const farthest = aGapped ? nounStart - 1 : Math.max(nounStart - 1 - MAX_PLACE_TO_NOUN, 0);
  let p = nounStart - 1;
  while (p > farthest && tokens[p].kind === 'word' && words[p] !== particle) p--;
  if (p < 0 || tokens[p].kind !== 'word' || words[p] !== particle) return false;
  for (let k = from; k < bFirst; k++) if (tokens[k].kind === 'number') return false;
  return isJoiner(scope, from) || lex.clauseBreaks.match(words, from) !== null;
}

/** The first token of the noun `counted` named right before a number at `first`, past "the number of" (بچوں کی تعداد), or null. */
function nounNamedBefore(scope: FigureScope, counted: string | null, first: number): number | null {
  const { words, lex } = scope;
  const end = first - 1 - (lex.countOfAfterNoun.matchEndingAt(words, first - 1, 3)?.count ?? 0);
  const noun = end >= 0 ? lex.concepts.matchEndingAt(words, end, 2) : null;
  return noun && noun.value === counted ? end - noun.count + 1 : null;
}

/**
 * Whether the function word at `k` (after the second number) also stands between the two numbers:
 * the clauses run in parallel, "60 seats for women and 10 for non-Muslims", "75 seats in Punjab
 * and 40 in Sindh".
 */
function sameParticleBetween(scope: FigureScope, from: number, to: number, k: number): boolean {
  const word = scope.words[k];
  if (!scope.lex.functionWords.has(word)) return false;
  for (let p = from; p <= to; p++) if (scope.words[p] === word) return true;
  return false;
}

/**
 * Whether a joiner after the number `found[n]` (its clause ending at token `end`) goes on to another
 * bare count of the same list: "Sindh 22, KP 20, Punjab 1 and Islamabad 1".
 */
function listGoesOn(scope: FigureScope, found: readonly FoundFigure[], n: number, end: number): boolean {
  const after = found[n + 1];
  if (!after || !isJoiner(scope, end + 1) || !plainCount(after.figure) || after.figure.counted !== null) return false;
  const first = after.outerFirst ?? after.first;
  return first - end - 1 <= MAX_GAP && !verbBetween(scope, end + 1, first - 1);
}

/** Whether a number stands between commas after a capitalised name: a person's age (Salah, 32, has scored 27 goals). */
function apposedAge(scope: FigureScope, f: FoundFigure): boolean {
  const { tokens, words } = scope;
  const first = f.outerFirst ?? f.first;
  const name = tokens[first - 2];
  if (words[first - 1] !== ',' || words[(f.outerLast ?? f.last) + 1] !== ',' || name?.kind !== 'word') return false;
  const initial = scope.text[scope.orig(name.start)];
  return initial !== initial.toLowerCase();
}

/** Whether a bare count `a` may take a unit or currency written once after the next number, tokens `from..to` between them: a joiner and no verb. */
function writtenOnce(scope: FigureScope, a: FoundFigure, from: number, to: number): boolean {
  return plainCount(a.figure) && a.figure.counted === null && to - from < MAX_GAP && anyJoiner(scope, from, to, []) && !verbBetween(scope, from, to, true);
}

/**
 * Whether a change joiner alone stands between a bare uncounted number and a number with a unit, percent or currency,
 * and neither has a scale word the other lacks (2 से बढ़कर 5 लाख रुपये leaves open whether the first is in lakhs).
 */
function changeJoined(scope: FigureScope, a: FoundFigure, b: FoundFigure, from: number, to: number): boolean {
  const { lex, words } = scope;
  if (!plainCount(a.figure) || a.figure.counted !== null || b.figure.unit === null) return false;
  if (lex.changeJoiners.match(words, from)?.count !== to - from + 1) return false;
  if (lex.changeFrom.size > 0 && !lex.changeFrom.has(words[(a.outerFirst ?? a.first) - 1])) return false;
  return !scaled(scope, b) || scaled(scope, a);
}

/** Whether a number holds a scale word (5 लाख रुपये, Rs 2 crore). */
function scaled(scope: FigureScope, f: FoundFigure): boolean {
  for (let k = f.first; k <= f.last; k++) if (scaleWordValue(scope.words[k], scope.lang) !== null) return true;
  return false;
}

/** The first token from `from` (up to `to`) that is no adjective of the noun left out: "domestic" in "81 lakh domestic and 4.5 lakh foreign tourists". */
function pastModifiers(scope: FigureScope, from: number, to: number): number {
  let k = from;
  while (k < to && scope.tokens[k].kind === 'word' && scope.lex.nounGap.has(scope.words[k].toLowerCase()) && !scope.lex.functionWords.has(scope.words[k]) && !joinsAt(scope, k)) k++;
  return k;
}

/** Whether a number ends in a scale word of a lakh or more (630 ارب, 12 crore, 20 लाख): a sum, when money is named beside it. */
function inMillions(scope: FigureScope, f: FoundFigure): boolean {
  return (scaleWordValue(scope.words[f.last], scope.lang) ?? 0) >= 1e5;
}

/** Whether two percentages, one of a named rate, stand on either side of a word that sets them against each other (past a comma: ", down from"). */
function ratesSetAgainst(scope: FigureScope, a: Figure, b: Figure, from: number, to: number): boolean {
  if (a.unit !== '%' || b.unit !== '%' || a.kind !== 'percent' || b.kind !== 'percent' || (a.counted === null) === (b.counted === null)) return false;
  const start = isJoiner(scope, from) && scope.tokens[from].kind === 'punct' ? from + 1 : from;
  return scope.lex.versusJoiners.match(scope.words, start)?.count === to - start + 1;
}

/** A count without a unit: a whole number (a fraction, "by a third", shares no noun). */
export function plainCount(f: Figure): boolean {
  return f.kind === 'cardinal' && f.unit === null && typeof f.value === 'number' && Number.isInteger(f.value);
}

/** Whether a verb of a clause of its own ("3 children and is 45"), or any verb when `anyVerb` ("scored 5 and ran 10 km"), stands in tokens `from..to`. */
function verbBetween(scope: FigureScope, from: number, to: number, anyVerb = false): boolean {
  return scope.words.slice(from, to + 1).some((w) => scope.lex.clauseVerbs.has(w) || (anyVerb && scope.lex.verbForms.has(w)));
}

/** Whether a noun with its genitive stands right before `b`, naming what it is: "निवेशकों की संपत्ति 6.4 लाख करोड़" (the investors' wealth), not "कांग्रेस की 99". */
function ownNounBefore(scope: FigureScope, b: FoundFigure): boolean {
  const at = (b.outerFirst ?? b.first) - 1;
  return at >= 2 && scope.tokens[at].kind === 'word' && !scope.lex.functionWords.has(scope.words[at]) && scope.lex.countGenitives.has(scope.words[at - 1]);
}

/** A comparison after the number and then a comma closes its statement: "صارفین 56 ہزار سے بڑھ گئے، گنجائش 2 ہزار میگاواٹ". */
function comparedThenComma(scope: FigureScope, a: FoundFigure): boolean {
  const end = a.outerLast ?? a.last;
  return end > a.last && a.figure.qualifier !== 'exact' && (scope.words[end + 1] === '،' || scope.words[end + 1] === ',');
}

/** A cardinal measured in a unit (29 ڈگری, 62 mm), not money or a percentage. */
function measured(f: Figure): boolean {
  return f.kind === 'cardinal' && f.unit !== null && typeof f.value === 'number';
}

function isJoiner(scope: FigureScope, k: number): boolean {
  return isCommaWord(scope.words[k]) || scope.lex.dayJoiners.has(scope.words[k]);
}

/**
 * A joiner, a clause break that joins two elliptical clauses ("لاہور میں 12 جبکہ کراچی میں 30 افراد"),
 * or a word that sets two numbers of one thing against each other ("288 के मुकाबले 232 मतों").
 */
function joinsAt(scope: FigureScope, k: number): boolean {
  return isJoiner(scope, k) || scope.lex.clauseBreaks.match(scope.words, k) !== null || scope.lex.versusJoiners.match(scope.words, k) !== null;
}

/** Whether a joiner stands between tokens `from` and `to` and no other number does but those of `times`. */
function anyJoiner(scope: FigureScope, from: number, to: number, times: readonly FoundFigure[]): boolean {
  let joiner = false;
  for (let k = from; k <= to; k++) {
    if (scope.tokens[k].kind === 'number' && !inFigure(times, k)) return false;
    joiner ||= joinsAt(scope, k);
  }
  return joiner;
}

/** Whether token `k` is within one of `figures` (a loop, not a closure over a token loop's variable: that costs each token an allocation). */
function inFigure(figures: readonly FoundFigure[], k: number): boolean {
  for (const t of figures) if (k >= t.first && k <= t.last) return true;
  return false;
}

function isTime(f: Figure): boolean {
  return f.kind === 'year' || f.kind === 'date';
}

/** Tokens the times take, with the word before each ("in 2018"). */
function timeTokens(times: readonly FoundFigure[]): number {
  return times.reduce((n, t) => n + t.last - t.first + 2, 0);
}

/**
 * Last token of the number `found[n]`, of the time right after it with one word between ("149 in
 * 2024"), or of the verb that ends its clause in a verb-final language ("93 جیتیں۔", "93 जीतीं।").
 */
function clauseEndAfter(scope: FigureScope, found: readonly FoundFigure[], n: number): number {
  const b = found[n];
  const last = b.outerLast ?? b.last;
  const time = found[n + 1];
  if (time && isTime(time.figure) && time.first - last <= 2 && scope.tokens[last + 1]?.kind === 'word') return time.last;
  return scope.lex.verbForms.has(scope.words[last + 1] ?? '') && scope.lang !== 'en' ? last + 1 : last;
}
