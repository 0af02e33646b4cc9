/**
 * What a figure's sentence says of it beyond what it counts and the predicate: the goods a price is
 * of and the unit it is per ("petrol … Rs 94.72 per litre", "فی تولہ سونا", "قیمت هر لیتر بنزین"),
 * what a sum is for (a budget's heads: "for defence", "دفاع کے لیے"), a subgroup of a whole ("girls' pass rate", "12 in Rawalpindi district", "including 35"), and a
 * baseline marker ("compared with 85.12", "85.12 प्रतिशत के मुकाबले"). Gold per tola and gold per
 * 10 grams, petrol and diesel per litre, the overall pass rate and the girls' are different facts,
 * and a baseline is the same rate at an earlier time. Words come from the languages' qualifier
 * tables (lexicon/xx/claimWords.ts), found by `findQualifiers`.
 */
import { AMOUNT_LEVEL_BEFORE, FLOW_OF, GROWTH_OF, MARKET_INDICES, MONEY_OF } from '../lexicon/claimWords';
import { markerBetween } from '../lexicon/phrases';
import type { PredicateAt } from './predicates';
import { perFromQuantity, quantityOfGoods } from './quantityPer';

/** A figure's token span, its unit and value. */
interface Span {
  first: number;
  last: number;
  figure: { unit: string | null; value: number | string | null; counted?: string | null };
}

/** What a sentence's qualifier words say of one figure. */
export interface Qualifiers {
  /** The goods priced (`gold`, `petrol`), for a price or a bare percentage, what a bare percentage or a sum is of (`exports`, `economy`: the `of:` words; a sum only of `MONEY_OF`), or what a sum or its change is for (`defence`, `salary`: the `for:` words). */
  priced: string | null;
  /** The unit a price is per (`litre`, `10g`, `tola`). */
  per: string | null;
  /** A subgroup the figure is of (`girls`, `district`, `part`). */
  sub: string | null;
  /** Whether a baseline marker stands right before or after it ("compared with 85.12"). */
  baseline: boolean;
  /** Whether it is the quantity of a "per" phrase ("per 10 grams"), no fact of its own. */
  perUnit: boolean;
}

/** Most tokens between a price and a "per" phrase after it (its currency word, "a"). */
const PER_AFTER = 3;
/** Most tokens between the goods priced and the price. */
const PRICED_REACH = 12;
/**
 * Most tokens between a "per" phrase before a price and the price (فی تولہ قیمت میں 2,500 روپے; هر لیتر بنزین ۳ هزار تومان), as far as
 * the goods priced reach: a verb-final subject puts its place and month between (قیمت هر متر مربع مسکن در شهر تهران در آذر ماه به ۹۲ میلیون تومان رسید).
 */
const PER_BEFORE = PRICED_REACH;
/**
 * Most tokens between a sum and what it is of named after it ("3 ارب ڈالر کی برآمدات", "$2.5 billion in remittances"):
 * farther on, a trade is another clause's ("a $1.1 billion tranche, which will boost reserves").
 */
const MONEY_OF_AFTER = 2;
/** Prepositions that tie what a sum is for to the sum before them (Rs630 billion for health, ₹500 crore on roads). */
const HEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'on', 'towards', 'برای']);
/** Postpositions (two words, folded) that tie what a sum is for to the sum after them: शिक्षा के लिए 13 फीसदी, تعلیم کے لیے 800 ارب. */
const HEAD_POSTPOSITIONS: ReadonlySet<string> = new Set(['के लिए', 'के लिये', 'کے لیے', 'کے لئے', 'کے واسطے']);
/** Datives after a group named after a figure: whom it went to, no subgroup (15 لاکھ خوراکیں اضلاع کو بھیجی گئیں, doses sent to districts). */
const DATIVES: ReadonlySet<string> = new Set(['کو', 'को']);
/** Most tokens between a subgroup word and its figure ("girls' pass rate rose to 71 percent"). */
const SUB_REACH = 6;
/** Most tokens between a baseline marker after a figure and the figure (its unit word: "85.12 प्रतिशत के मुकाबले"). */
const BASELINE_AFTER = 2;

const ids = (q: PredicateAt, kind: string) => q.id.startsWith(kind);

/** The words of every language that say "to" a level after a change (AMOUNT_LEVEL_BEFORE): to, به, घटकर, کر. */
const LEVEL_WORDS: ReadonlySet<string> = new Set(Object.values(AMOUNT_LEVEL_BEFORE).flatMap((set) => [...(set ?? [])]));

/** A day's minimum (न्यूनतम, کم سے کم درجہ حرارت, حداقل دما): of a temperature only, in degrees; elsewhere "minimum" is a bound (a minimum of 33 per cent). */
const MINIMUM = 'of:minimum';
const DEGREES: ReadonlySet<string> = new Set(['°C', '°F', '°']);

/** A count needed (138 seats needed for a majority, بہ ۱۳۸ کرسی لازم): a subgroup of counts only; an amount needed is what is sought. */
const NEEDED = 'sub:needed';

/**
 * The qualifiers of figure `f` among a sentence's qualifier words `found`. `slot` is the token of
 * its counted noun; `others` the sentence's other claiming figures (a qualifier beyond one is
 * that one's); `money` and `bare` say whether it is a price or a bare percentage or measure (only those have
 * goods and units priced; a measure is of something: power demand in MW, wheat in tonnes); `broken(from, to)` whether a clause break stands between two tokens.
 */
export function qualifiersOf(words: readonly string[], found: readonly PredicateAt[], f: Span, slot: number, others: readonly Span[], money: boolean, bare: boolean, broken: (from: number, to: number) => boolean, predicates: readonly PredicateAt[]): Qualifiers {
  const result: Qualifiers = { priced: null, per: null, sub: null, baseline: false, perUnit: false };
  if (found.length === 0) return result;
  const across = (from: number, to: number, prices = false) => others.some((g) => g !== f && g.first > from && g.first < to && (!prices || (isMoney(g.figure.unit) && !changedTo(g))));
  // A price's change before its level is of the same goods per the same unit: "فی تولہ سونے کی قیمت 5 ہزار روپے کمی کے بعد 3 لاکھ روپے ہو گئی".
  // Or one word saying "to" stands between them: "fell by Rs5,300 to Rs352,700", "5,300 रुपये घटकर 3,52,700 रुपये".
  const changedTo = (g: Span) => predicates.some((p) => (p.id === 'grow' || p.id === 'fall') && p.index > g.last && p.last < f.first) || (g.last === f.first - 2 && LEVEL_WORDS.has(words[f.first - 1]));
  // A quantity of the goods a price after it is of is the unit it is per, no fact of its own (10 گرام سونے کی قیمت … روپے).
  if (quantityOfGoods(f, found) !== null && others.some((g) => g.first > f.last && isMoney(g.figure.unit) && !broken(f.last, g.first))) result.perUnit = true;
  let pricedGap = PRICED_REACH + 1;
  let subGap = SUB_REACH + 1;
  // The level a price's change reached, one word saying "to" after it ("rose by Rs1,500 to Rs280,000 per tola"): its unit is the change's too.
  const reached = money ? others.find((g) => g !== f && g.first === f.last + 2 && LEVEL_WORDS.has(words[f.last + 1]) && isMoney(g.figure.unit)) : undefined;
  const perAfter = (from: number, q: PredicateAt) => q.index - from <= PER_AFTER + 1 && !across(from, q.index);
  for (const q of found) {
    const after = q.index > f.last;
    const gap = after ? q.index - f.last : f.first - q.last;
    // A figure inside a phrase of the unit a price is per is that unit (فی 10 گرام, price of 10 grams, 10 ग्राम की कीमत, which opens on it).
    if (ids(q, 'per:') && q.index <= f.first && q.last >= f.first) result.perUnit = true;
    if (gap <= 0) continue;
    // A preposition (compared with, در مقایسه با) marks the figure after it, a postposition (کے مقابلے میں, के मुकाबले) the one before.
    if (q.id === 'cmp:next') {
      if (!after && gap === 1) result.baseline = true;
    } else if (q.id === 'cmp:prev') {
      if (after && gap <= BASELINE_AFTER + 1 && !across(f.last, q.index) && wordsOnly(words, f.last, q.index)) result.baseline = true;
    } else if (ids(q, 'per:') && money && result.per === null) {
      // A unit per named before a sum, across a clause break, is the clause before's ("… روپے فی تولہ ہو گئی جبکہ درآمدی بل 5 ارب ڈالر رہا").
      if (after ? perAfter(f.last, q) || (reached !== undefined && q.index > reached.last && perAfter(reached.last, q)) : gap <= PER_BEFORE + 1 && !across(q.last, f.first, true) && !broken(q.last, f.first)) result.per = q.id.slice(4);
    } else if ((((ids(q, 'priced:') && !pricedInItself(q, f, others)) || ids(q, 'for:')) && (money || bare)) || (ids(q, 'of:') && (q.id !== MINIMUM || DEGREES.has(f.figure.unit ?? '')) && (bare || (money && MONEY_OF.has(q.id.slice(3)) && (!after || gap <= MONEY_OF_AFTER))))) {
      // The goods named before a price are its subject; after it ("Rs 78,000 per 10 grams of gold") they count one token further.
      // What a percentage is of ("petrol prices rose 4 percent") yields to the goods named beside it.
      const d = (after ? gap + 1 : gap) + (ids(q, 'of:') ? 1 : 0);
      // Goods named after the figure and as near to the next one are that one's ("salaries rise 10 percent and pensions 7 percent");
      // named before it, past another figure and a joiner, the other clause's ("the Sensex lost 1.2 percent and the rupee 2 percent").
      // Named after another figure that stands between, they are that one's ("costing Rs309 billion, will irrigate 16,737 acres of new land").
      // Named after it past a clause break, or a comma and a verb, they are the next clause's ("13 प्रतिशत है, जबकि स्वास्थ्य के लिए …",
      // "budget, raises defence spending", "बजट पेश किया, रक्षा खर्च बढ़ा").
      // A head after a preposition ("Rs630 billion for health and Rs811bn for education") is the sum's before it, never the next one's;
      // one before a postposition ("22 प्रतिशत, शिक्षा के लिए 13 फीसदी") the sum's after it, when one follows.
      const prepositioned = ids(q, 'for:') && HEAD_PREPOSITIONS.has(words[q.index - 1] ?? '');
      const postpositioned = ids(q, 'for:') && HEAD_POSTPOSITIONS.has(`${words[q.last + 1] ?? ''} ${words[q.last + 2] ?? ''}`);
      const theirs = after
        ? (!prepositioned && others.some((g) => g !== f && g.first > q.last && (postpositioned || g.first - q.last <= gap))) || across(f.last, q.index) || broken(f.last, q.index) || closedByComma(words, predicates, f.last, q.index)
        : (across(q.last, f.first) && broken(q.last, f.first)) || (prepositioned && others.some((g) => g !== f && g.last === q.index - 2));
      if (d < pricedGap && !theirs) [result.priced, pricedGap] = [q.id.slice(q.id.indexOf(':') + 1), d];
    } else if (((ids(q, 'sub:') && !(money && q.id === NEEDED)) || (money && (ids(q, 'paidto:') ? after : ids(q, 'to:') && !after))) && (after ? q.index > slot || (q.index === slot && f.figure.unit !== null) : true) && gap < subGap && !others.some((g) => g !== f && q.index === g.last + 1)) {
      // A subgroup word that another figure counts is that figure's noun ("five men to 14 years", "159 اضلاع میں 4 لاکھ"), no subgroup of ours.
      // Whom an amount is paid to makes a subgroup of money only: named after it (`paidto:`: Rs 10 lakh for the families
      // of the dead) or before it (`to:`: घायलों को 50 हजार रुपये).
      // "including 35", "جن میں سے 5" stand before the part; "5 of them", "۵ نفر از آنان" right after its noun.
      if (q.id === 'sub:part' && after) continue;
      if (q.id === 'sub:of' && !(after && q.index <= slot + 1)) continue;
      if (after && ids(q, 'sub:') && DATIVES.has(words[q.last + 1] ?? '')) continue;
      if (after ? across(f.last, q.index) || broken(f.last, q.index) : across(q.last, f.first) || broken(q.last, f.first)) continue;
      // One right before another figure is that one's: "46.8 डिग्री, जो सामान्य से छह डिग्री अधिक" (the six degrees depart from normal).
      if (after && others.some((g) => g !== f && g.first === q.last + 1)) continue;
      [result.sub, subGap] = [q.id === 'sub:of' ? 'part' : q.id.slice(q.id.indexOf(':') + 1), gap];
    }
  }
  if (money && result.per === null) result.per = perFromQuantity(found, f, others, broken);
  // The level a measure's change reached is of what the change is of, named farther back than a level's own reach:
  // "the KSE-100 index gained 1,548.21 points, or 1.3pc, to close at 120,345.67 points".
  const measured = bare && !money && result.priced === null ? others.findLast((g) => g !== f && g.last < f.first && g.figure.unit === f.figure.unit && g.figure.counted === f.figure.counted) : undefined;
  if (measured && !broken(measured.last, f.first)) result.priced = qualifiersOf(words, found, measured, measured.last + 1, others, false, true, broken, predicates).priced;
  // The level a price's change reached is of the change's goods, per its unit: "فی تولہ سونے کی قیمت 5 ہزار 300 روپے کمی کے بعد
  // 3 لاکھ 52 ہزار روپے ہو گئی", "پیٹرول کی قیمت میں 7 روپے اضافہ کیا گیا جس کے بعد نئی قیمت 272 روپے ہو گئی".
  const change = money && (result.per === null || result.priced === null) ? others.findLast((g) => g !== f && g.last < f.first && isMoney(g.figure.unit)) : undefined;
  if (change && changedTo(change) && !broken(change.last, f.first)) {
    const its = qualifiersOf(words, found, change, change.last + 1, others, true, bare, broken, predicates);
    result.per ??= its.per;
    result.priced ??= its.priced;
  }
  return result;
}

/**
 * Whether goods priced are a currency the figure is in (ڈالر beside 4 ارب ڈالر) or another figure's word (۸۰ میلیون یورو و ۶۰ میلیون دلار):
 * a currency is goods only when priced in another (ڈالر 281 روپے).
 */
function pricedInItself(q: PredicateAt, f: Span, others: readonly Span[]): boolean {
  return (f.figure.unit !== null && q.id === `priced:${f.figure.unit.toLowerCase()}`) || others.some((g) => g !== f && q.index >= g.first && q.index <= g.last);
}

/** Whether a unit is a currency (an ISO 4217 code). */
export function isMoney(unit: string | null): boolean {
  return unit !== null && /^[A-Z]{3}$/.test(unit);
}

/** Commas and semicolons, which end a clause whose verb stands before them, or open one whose verb follows. */
const COMMAS: ReadonlySet<string> = new Set([',', '،', ';', '؛']);

/**
 * Whether a comma (or a semicolon) and a predicate stand between tokens `from` and `to`: a clause told with its verb ended
 * there, or another opened ("India unveils Rs 50.65 lakh crore budget, raises defence spending", "بجٹ پیش، دفاعی اخراجات میں اضافہ",
 * "بودجه … را ارائه کرد؛ افزایش هزینه‌های دفاعی").
 */
function closedByComma(words: readonly string[], predicates: readonly PredicateAt[], from: number, to: number): boolean {
  return markerBetween(words, COMMAS, from, to) && predicates.some((p) => p.index > from && p.last < to);
}

/** Whether only words stand between two tokens (a baseline marker after a comma is the next figure's: "91.52, compared with 85.12"). */
function wordsOnly(words: readonly string[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (!/\p{L}/u.test(words[k])) return false;
  return true;
}

/** Whether a concept is a measure of something named beside it: a unit (power demand in MW, wheat in tonnes) or points (the Sensex's, the Nifty's). */
function isMeasure(concept: string | null): boolean {
  return concept !== null && (concept.startsWith('unit:') || concept === 'point');
}

/** Whether what a figure is of may qualify its concept: a measure's, or units counted (an index's, see `qualifiedConcept`). */
export function takesWhatOf(concept: string | null): boolean {
  return isMeasure(concept) || concept === UNITS;
}

/** The concept of units counted (۲۵ هزار واحد, 50,000 units). */
const UNITS = 'unit';

/**
 * What a measure is always of, so naming it says nothing more: an area is of land, whether a
 * telling says so ("16,737 acres of new land", "۱۶ هزار و ۷۳۷ ایکر زمین") or not ("16,737 एकड़ की सिंचाई").
 */
const OF_ITSELF: Readonly<Record<string, ReadonlySet<string>>> = {
  land: new Set(['unit:acre', 'unit:ha', 'unit:km2', 'unit:m2', 'unit:ft2', 'unit:mi2', 'unit:kanal', 'unit:marla']),
};

/** A claim concept with its qualifiers: `money:INR petrol/litre`, `%:gold`, `%:pass#girls`, `point sensex`. */
export function qualifiedConcept(concept: string, q: Qualifiers): string {
  // Units of a market index are its points, as other languages count them (شاخص کل ۲۵ هزار واحد افزایش یافت).
  if (concept === UNITS && q.priced !== null && MARKET_INDICES.has(q.priced)) concept = 'point';
  let qualified = concept;
  if (concept.startsWith('money:')) qualified += `${q.priced ? ` ${q.priced}` : ''}${q.per ? `/${q.per}` : ''}`;
  else if (concept === '%' && q.priced) qualified = `%:${q.priced}`;
  else if (isMeasure(concept) && q.priced && !OF_ITSELF[q.priced]?.has(concept)) qualified += ` ${q.priced}`;
  return q.sub ? `${qualified}#${q.sub}` : qualified;
}

/** What a trade's word is of, as the qualifier tables write it (`of:production`), by the trade. */
const TRADE_OF: ReadonlySet<string> = new Set(Object.values(FLOW_OF).map((of) => `of:${of}`));

/**
 * The qualifiers a measure can be of: a trade word that is also a predicate of the sentence tells what
 * happened, and the goods named are what the measure is of ("گندم کی پیداوار 2 کروڑ 80 لاکھ ٹن رہی": wheat produced).
 */
export function goodsOf(qualifiers: PredicateAt[], predicates: readonly PredicateAt[]): PredicateAt[] {
  return qualifiers.some((x) => TRADE_OF.has(x.id)) ? qualifiers.filter((x) => !TRADE_OF.has(x.id) || !predicates.some((p) => p.index === x.index)) : qualifiers;
}

/**
 * The growth rate a percentage an economy grows by states (see `GROWTH_OF`): `%:growth` with `rate`, or `estimate`
 * when the sentence expects it ("expected to grow by 6.3 to 6.8 percent"), taking the economy out of its qualifiers; else null.
 */
export function growthRate(concept: string, predicate: string, q: Qualifiers, expected: boolean): { concept: string; predicate: string } | null {
  const rate = concept === '%' && predicate === 'grow' && q.priced !== null ? GROWTH_OF[q.priced] : undefined;
  if (rate === undefined) return null;
  q.priced = null;
  return { concept: `%:${rate}`, predicate: expected ? 'estimate' : 'rate' };
}
