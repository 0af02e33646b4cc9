/**
 * The number-word grammar for Urdu, Persian, Hindi and English: compounds (دو ہزار پانچ سو,
 * دو هزار و پانصد, दो हज़ार पाँच सौ, two thousand five hundred and six, एक सौ और पाँच), Indian and
 * Western scales, fractions (ڈیڑھ لاکھ, two thirds, तीन चौथाई, دو سوم, one and a half),
 * multipliers (سوا لاکھ, साढ़े तीन), decimals (two point five, पाँच दशमलव पाँच, ممیز), negatives
 * (minus five, منفی یک), ordinals (پانچواں, पाँचवा, پنجم, fifth, hundredth, ہزارواں), vague plurals
 * (اربوں) and ordinal suffixes after digits (80ویں). Words come folded (see text/fold.ts); tables
 * are built in numberGrammar.ts. Linear: one pass over the words of the number, no backtracking.
 */
import type { Lang } from '../types';
import { afterBetweenWord, blocksMultiplier, grammar, isLatin, isTolerance, round, type Grammar } from './numberGrammar';
import { compoundDenominator, ends, improperAhead, MAX_NUMERATOR_WORDS } from './fractionWords';

/** A number read from words. */
export interface NumberWordMatch {
  /** Words consumed. */
  count: number;
  /** Value, or null for a vague amount (اربوں, millions). */
  value: number | null;
  ordinal: boolean;
  /** A scale word with no number before it (ٹریلین ڈالر): an amount with no definite value. */
  scaleOnly: boolean;
  /** One word that is also a common non-number word (ایک "a", سو "so"): a figure only in number context. */
  indefinite: boolean;
  /** One word that is far more often another word (اسی "this", بہتر "better"): never a figure alone. */
  homograph: boolean;
  /** One word that is a figure by itself (zero, शून्य). */
  standalone?: boolean;
}

/** The one scale a scale word alone stands for (हज़ार, هزار, thousand = 1000); others alone are vague (ٹریلین ڈالر, dozen). */
const BARE_SCALE = 1000;
const VAGUE = (count: number): NumberWordMatch => ({ count, value: null, ordinal: false, scaleOnly: true, indefinite: false, homograph: false });

function isNumberWord(g: Grammar, w: string | undefined): boolean {
  return (
    w !== undefined &&
    (g.cardinals.has(w) || g.ordinals.has(w) || g.hundreds.has(w) || g.scales.has(w) || g.fractions.has(w) || g.ordinalScales.has(w) || g.denominators.has(w))
  );
}

/** Whether a number continues at `k`: a number word, or an article before a fraction (and a half). */
function startsNumber(g: Grammar, words: readonly string[], k: number): boolean {
  return isNumberWord(g, words[k]) || (g.articles.has(words[k]) && g.fractions.has(words[k + 1]));
}

const isScaleAt = (g: Grammar, w: string | undefined): boolean => w !== undefined && (g.scales.has(w) || g.hundreds.has(w));

/** The place value a number may still be added to: 20 takes units, 500 takes tens, 0 takes anything. */
function canAdd(current: number, value: number): boolean {
  if (current === 0) return true;
  if (value === 0) return false; // two-nil is two numbers
  if (!Number.isInteger(current)) return false;
  let place = 1;
  while (current % (place * 10) === 0) place *= 10;
  return value < place;
}

/** Latin words in a Hindi or Urdu sentence (five hundred twenty rupees में) are read as English. */

/** Reads a number written in words starting at `words[start]`, or null. */
export function parseNumberWords(words: readonly string[], start: number, lang: Lang): NumberWordMatch | null {
  const first = words[start];
  if (first === undefined) return null;
  const g = grammar(lang !== 'en' && isLatin(first) ? 'en' : lang);
  // Most words start no number: a bit, else one set lookup, decides.
  if (!g || !g.startFilter.mayHave(first) || !g.starters.has(first)) return null;
  if (!g.negatives.has(first)) {
    if (g.insideOnly.has(first)) return null;
    const m = readNumber(g, words, start, true);
    // کوئی ایک ملک, किसी एक व्यक्ति ("any one country"): "one" after an indefinite word is no count.
    if (m && m.indefinite && start > 0 && g.indefiniteBefore.has(words[start - 1])) m.homograph = true;
    // "the first", "the second": after a determiner a weak ordinal ranks something.
    if (m && m.indefinite && m.ordinal && start > 0 && g.ordinalDeterminers.has(words[start - 1])) m.indefinite = false;
    // "zero" opening a clause is a number; after a noun it names something (patient zero, ground zero).
    if (m && m.standalone && start > 0 && /\p{L}/u.test(words[start - 1])) m.standalone = false;
    return m;
  }
  // "plus or minus two per cent": a tolerance, read from the number itself.
  if (isTolerance(g, words, start)) return null;
  const m = readNumber(g, words, start + 1, true);
  if (!m || m.value === null || m.ordinal) return null;
  return { ...m, count: m.count + 1, value: m.value === 0 ? 0 : -m.value, indefinite: false, homograph: false };
}

/** Reads a number; `decimals` allows a decimal point (not inside the digits after one). */
function readNumber(g: Grammar, words: readonly string[], start: number, decimals: boolean): NumberWordMatch | null {
  const first = words[start];
  if (first === undefined) return null;
  if (g.vague.has(first)) return VAGUE(g.fractionFollowers.has(words[start + 1]) && g.vague.has(words[start + 2]) ? 3 : 1); // tens of thousands
  let i = start;
  let total = 0;
  let current = 0;
  let any = false;
  let ordinal = false;
  let lastScale = Infinity;
  /** Added before the first scale (साढ़े तीन लाख = 3.5 lakh) or at the end (पौने तीन = 2.75). */
  let delta = 0;
  /** The whole number set aside when "and" opened a fraction (one and a half, एक सौ तीन और एक तिहाई). */
  let mixed: number | null = null;
  /** The last word read was a hundred or a scale, so "and" may follow (one hundred and five). */
  let afterScale = false;
  /** The value before "and" after a hundred (three hundred and …): a scale below it multiplies only what follows. */
  let beforeAnd = 0;
  let decimal: { value: number; count: number } | null = null;
  /** Where a connector after a scale was passed, and the number there: a larger scale after "and" starts another amount. */
  let joined: { at: number; total: number; current: number; and: boolean } | null = null;
  /** Joins the pending fraction (साढ़े) and the whole number set aside by "and" before a scale or at the end. */
  const applyDelta = () => {
    current += delta + (mixed ?? 0);
    delta = 0;
    mixed = null;
  };
  // اس کے سوا دو ملک is "besides this, two countries": after its blocker word a multiplier is another word.
  const multiplier = g.multipliers.get(first);
  if (multiplier !== undefined && blocksMultiplier(g, words, start)) return null;
  if (multiplier !== undefined && startsNumber(g, words, start + 1)) {
    i++;
    if (isScaleAt(g, words[i])) {
      current = multiplier;
      any = true;
    } else delta = multiplier - 1;
  }
  for (; i < words.length; i++) {
    const w = words[i];
    if (any && g.connectors.has(w) && startsNumber(g, words, i + 1)) {
      if (afterScale) joined = { at: i, total, current, and: false };
      continue;
    }
    // After a hundred an improper fraction is of the whole: one hundred and thirty fifths = 130/5.
    if (any && g.scaleConnectors.has(w) && fractionAhead(g, words, i + 1) && !(afterScale && improperAhead(g, words, i + 1))) {
      // and before a fraction: one and a half, twenty and three fifths, one million and a half.
      mixed = current;
      current = 0;
      continue;
    }
    if (any && afterScale && g.scaleConnectors.has(w) && startsNumber(g, words, i + 1)) {
      beforeAnd = current; // one hundred and five
      joined = { at: i, total, current, and: true };
      continue;
    }
    const next = words[i + 1];
    if (g.articles.has(w) && g.fractions.has(next)) {
      if (current !== 0) break;
      current = g.fractions.get(next)!;
      i++;
      any = true;
      continue;
    }
    if (any && g.articles.has(w) && !Number.isInteger(current) && isScaleAt(g, next)) continue; // half a dozen
    if (g.articles.has(w) && next !== undefined && isOrdinalFraction(g, words, i + 1, 0, start)) continue; // a fifth
    // three twenty-firsts, one hundred thirty fifths, a twenty-first: tens and a unit ordinal after a number divide it.
    const numerator = g.articles.has(w) && !any ? 1 : total + current;
    const denominator = mixed === null && numerator > 0 && !g.scaleConnectors.has(words[i - 1]) ? compoundDenominator(g, words, g.articles.has(w) && !any ? i + 1 : i, numerator, start) : null;
    if (denominator) {
      [total, current, any, i] = [0, numerator / denominator.value, true, denominator.end + 1];
      break;
    }
    // one one hundred fifth: "one" and an ordinal of several words ending the phrase is a fraction.
    const below = i === start + 1 && total + current === 1 && g.ordinalFractions !== null && g.cardinals.has(w) ? readNumber(g, words, i, false) : null;
    if (below && below.ordinal && below.count > 1 && below.value! >= 3 && ends(g, words[i + below.count])) {
      [current, any, i] = [1 / below.value!, true, i + below.count];
      break;
    }
    const article = g.articles.has(w) && (isScaleAt(g, next) || (next !== undefined && g.ordinalScales.has(next)));
    const cardinal = g.cardinals.get(w) ?? (article ? 1 : undefined);
    const ordinalValue = g.ordinals.get(w);
    // Zero takes nothing after it: three-nought-four, "nought four" read digit by digit are several numbers.
    if (any && cardinal !== undefined && total === 0 && current === 0 && mixed === null && delta === 0) break;
    if (cardinal !== undefined && i === start + 1 && spokenHundreds(g, words, i, current)) {
      current = current * 100 + cardinal; // one twenty two = 122, as hundreds are said aloud
      afterScale = false;
    } else if (cardinal !== undefined && canAdd(current, cardinal)) {
      current += cardinal;
      afterScale = false;
    } else if (g.fractions.has(w) && current === 0) {
      current = g.fractions.get(w)!;
    } else if (g.fractions.has(w) && !g.denominators.has(w) && g.connectors.has(words[i - 1]) && Number.isInteger(current) && g.fractions.get(w)! < 1) {
      current += g.fractions.get(w)!; // دو و نیم میلیون = 2.5 million
    } else if (g.denominators.has(w) && i === start + 2 && words[i - 1] === '-' && current >= g.denominators.get(w)! && total === 0 && mixed === null) {
      break; // a seven-quarter low, five-quarter growth: a count of quarters, no improper fraction
    } else if (g.denominators.has(w) && (current > 0 || (total > 0 && mixed === null))) {
      // A denominator divides the whole number before it (one million two hundred three fifths), unless "and" opened the fraction.
      [total, current] = mixed === null && !isScaleAt(g, next) ? [0, (total + current) / g.denominators.get(w)!] : [total, current / g.denominators.get(w)!];
      any = true;
      if (isScaleAt(g, next)) continue; // three quarters million
      i++;
      break;
    } else if (g.hundreds.has(w) && current < 100) {
      applyDelta();
      current = (current || 1) * 100;
      afterScale = true;
    } else if (g.scales.has(w) || (any && g.laterScales.has(w))) {
      const scale = g.scales.get(w) ?? g.laterScales.get(w)!;
      // A scale with nothing before it is a vague amount (ٹریلین ڈالر), unless it is a thousand (हज़ार, هزار).
      if (!any && (scale !== BARE_SCALE || g.weak.has(w))) return VAGUE(i - start + 1);
      // three hundred and two dozen = 300 + 24; one hundred and twenty thousand = 120,000.
      if (beforeAnd > 0 && scale < beforeAnd && current > beforeAnd) [total, current] = [total + beforeAnd, current - beforeAnd];
      beforeAnd = 0;
      applyDelta();
      // A scale above the ones before multiplies the whole number read so far: five thousand six
      // hundred million, पांच हजार तीन सौ करोड़, پنج هزار و ششصد میلیارد (5,600 × the scale).
      // After "and" (और, اور, or و after a between-word) it starts another amount: five hundred thousand and two million.
      if (any && scale > lastScale && joined && (joined.and || afterBetweenWord(words, start, g.lang))) {
        [total, current, i] = [joined.total, joined.current, joined.at];
        break;
      }
      if (any && scale > lastScale) [total, lastScale] = [(total + current) * scale, scale];
      // پنج هزار و چهارصد هزار میلیارد: the same scale again before a larger one makes one scale of
      // both (هزار میلیارد), which multiplies the whole number: 5,400 × 10^12.
      else if (scale === lastScale && current > 0 && (g.scales.get(words[i + 1]) ?? 0) > scale) total = (total + current) * scale;
      else if (scale < lastScale || current > 0 || !any) [total, lastScale] = [total + (current || 1) * scale, Math.min(lastScale, scale)];
      else break;
      current = 0;
      afterScale = true;
      joined = null;
    } else if (g.ordinalScales.has(w)) {
      const scale = g.ordinalScales.get(w)!;
      applyDelta();
      const fraction = current === 1 && articleFraction(g, words, i, start);
      if (fraction) current = 1 / scale; // a hundredth of
      else if (scale === 100 && current < 100) current = (current || 1) * 100;
      else if (scale < lastScale || current > 0) {
        total += (current || 1) * scale;
        current = 0;
      } else if (current === 0 && scale > lastScale) total *= scale; // हजार खरबवां
      else break;
      ordinal = !fraction;
      any = true;
      i++;
      break;
    } else if (ordinalValue !== undefined && i > start && g.articles.has(words[i - 1]) && isOrdinalFraction(g, words, i, 0, start)) {
      current = 1 / ordinalValue;
      any = true;
      i++;
      break;
    } else if (ordinalValue !== undefined && canAdd(current, ordinalValue) && !(any && g.openingOnly.has(w))) {
      current += ordinalValue;
      ordinal = true;
      any = true;
      i++;
      break;
    } else if (ordinalValue !== undefined && isOrdinalFraction(g, words, i, current, start)) {
      current = (current || 1) / ordinalValue;
      any = true;
      i++;
      break;
    } else if (decimals && any && g.decimalPoints.has(w)) {
      decimal = decimalPart(g, words, i + 1);
      if (decimal !== null) i += decimal.count + 1;
      break;
    } else if (decimals && any && (g.overs.has(w) || g.fractionOf.has(w))) {
      // पांच बटा आठ = 5/8, तीन का पांचवां = 3/5: the number after divides the whole number before it.
      const below = readNumber(g, words, i + 1, false);
      if (below && below.value && (g.overs.has(w) ? !below.ordinal : below.ordinal && below.value >= 3)) {
        const whole = mixed ?? 0; // बीस और तीन बटे पांच = 20 + 3/5
        mixed = null;
        applyDelta();
        const value = round(whole + (total + current) / below.value);
        return { count: i + 1 + below.count - start, value, ordinal: false, scaleOnly: false, indefinite: false, homograph: false };
      }
      break;
    } else break;
    any = true;
  }
  if (!any) return null;
  // A connector the loop skipped over must be followed by a consumed word; trailing ones are not ours.
  while (i - 1 > start && (g.connectors.has(words[i - 1]) || g.scaleConnectors.has(words[i - 1]))) i--;
  // one million and a half, five billion and three quarters: a fraction after a scale is of that scale.
  if (total > 0 && mixed === 0 && current > 0 && current < 1 && Number.isFinite(lastScale)) current *= lastScale;
  applyDelta();
  let value = total + current;
  if (decimal !== null) {
    value += decimal.value;
    // two point two million: the scale applies to the whole decimal.
    const scale = g.scales.get(words[i]);
    if (scale !== undefined && total === 0) {
      value *= scale;
      i++;
    }
  }
  // two thirds of a million, a quarter of a million, half of a billion: a fraction of a scale.
  const ofScale = value > 0 && !Number.isInteger(value) && decimal === null && g.fractionFollowers.has(words[i]) && g.articles.has(words[i + 1]) ? g.scales.get(words[i + 2]) : undefined;
  if (ofScale !== undefined) [value, i] = [value * ofScale, i + 3];
  const count = i - start;
  const indefinite = count === 1 && g.weak.has(first);
  return { count, value: round(value), ordinal, scaleOnly: false, indefinite, homograph: count === 1 && g.homographs.has(first), standalone: count === 1 && g.standalone.has(first) };
}

/** Whether a unit, the tens word at `i` and a unit say hundreds aloud ("one twenty two" = 122), with spaces only ("one twenty-two-year-old" keeps its numbers). */
function spokenHundreds(g: Grammar, words: readonly string[], i: number, unit: number): boolean {
  const [tens, after] = [g.cardinals.get(words[i]) ?? 0, g.cardinals.get(words[i + 1] ?? '') ?? 0];
  return isDigitValue(unit) && tens >= 20 && tens <= 90 && tens % 10 === 0 && isDigitValue(after) && !g.connectors.has(words[i + 2] ?? '');
}

const isDigitValue = (v: number): boolean => v >= 1 && v <= 9 && Number.isInteger(v);

/**
 * Whether the ordinal at `i` is the denominator of a fraction: one fifth, دو سوم, or "a fifth"
 * when a fraction follower (of) or nothing comes after it (a third term is "another").
 */
function isOrdinalFraction(g: Grammar, words: readonly string[], i: number, numerator: number, start: number): boolean {
  if (g.ordinalFractions === null || !g.fractionOrdinals.has(words[i]) || g.ordinals.get(words[i])! < 3) return false;
  if (numerator === 0) return articleFraction(g, words, i, start);
  return g.ordinalFractions === 'any' || numerator === 1;
}

/** "a fifth", "a hundredth" as fractions: an article just before, and a fraction follower (of) or nothing after. */
function articleFraction(g: Grammar, words: readonly string[], i: number, start: number): boolean {
  const article = (i === start + 1 && g.articles.has(words[start])) || (i > start + 1 && g.articles.has(words[i - 1]) && g.scaleConnectors.has(words[i - 2]));
  return g.ordinalFractions !== null && article && ends(g, words[i + 1]);
}

/** Whether a fraction starts at `k`: a half, a fifth, three quarters, one fourth, दो तिहाई. */
function fractionAhead(g: Grammar, words: readonly string[], k: number): boolean {
  // The numerator: an article, or a few cardinal, hundred and connector words (fifty-four hundredths).
  let j = k;
  while (j < k + MAX_NUMERATOR_WORDS && (g.cardinals.has(words[j]) || g.hundreds.has(words[j]) || (j > k && g.connectors.has(words[j])))) j++;
  if (j === k && g.articles.has(words[k])) j++;
  // Languages without an article write "and half" (سات اور نصف, सात और आधा): a fraction word below one alone.
  const alone = words[k] !== undefined && j === k && (g.fractions.get(words[k]) ?? 1) < 1 && !g.denominators.has(words[k]);
  if (alone) return true;
  const w = words[j];
  return (
    j > k &&
    w !== undefined &&
    (g.fractions.has(w) || g.denominators.has(w) || (g.ordinalFractions !== null && g.fractionOrdinals.has(w)) || g.overs.has(w) || (g.fractionOf.has(w) && g.ordinals.has(words[j + 1])))
  );
}

/** The digits after a decimal point written in words at `words[k]` (zero three = .03, seventy-one = .71), or null. */
export function decimalWords(words: readonly string[], k: number, lang: Lang): { value: number; count: number } | null {
  const g = grammar(lang !== 'en' && isLatin(words[k] ?? '') ? 'en' : lang);
  return g && decimalPart(g, words, k);
}

/**
 * The part after a decimal point: digits one by one (zero three = .03, nought four) or one number
 * read as digits (seventy-one = .71, three hundred and twelve = .312), or null.
 */
function decimalPart(g: Grammar, words: readonly string[], k: number): { value: number; count: number } | null {
  let digits = '';
  let j = k;
  for (; j < words.length; j++) {
    const d = g.cardinals.get(words[j]);
    if (d === undefined || d > 9 || !Number.isInteger(d)) break;
    digits += d;
  }
  const w = words[j];
  const continues = w !== undefined && (g.cardinals.has(w) || g.hundreds.has(w) || g.ordinals.has(w) || g.connectors.has(w) || g.scaleConnectors.has(w));
  const single = digits.length >= 2 || (digits.length === 1 && !continues);
  if (!single) {
    const m = readNumber(g, words, k, false);
    if (!m || m.value === null || m.ordinal || !Number.isInteger(m.value) || m.value < 0) return null;
    digits = String(m.value);
    j = k + m.count;
  }
  if (digits === '') return null;
  return { value: Number(`0.${digits}`), count: j - k };
}
