/**
 * What a number counts, read from the words around it: the noun after it (70 ممالک, 72 countries,
 * 240 सीटें), a total named before it (ہلاکتوں کی تعداد … 2,000), the verb a count of people is said
 * with, the subject of a rate. Each function looks at a few tokens on one side of the number.
 */
import type { FigureLexicon } from '../lexicon/figureLexicon';
import { knownNames, nameWord } from '../entities/knownNames';
import { PEOPLE } from '../lexicon/claimWords';
import { free, percentAfter, type WordView } from './context';

/** Most tokens (adjectives, conjunctions, commas) allowed between a number and the noun it counts. */
const MAX_NOUN_GAP = 6;

/** Whether token `i` is a Latin word written with a capital or an acronym: part of a name before the noun a number counts (543 Lok Sabha seats, eight PTI workers). */
export function capitalised(view: WordView, i: number): boolean {
  const written = view.original?.(i);
  return written !== undefined && /^[A-Z](?:[a-z]|[A-Z]+$)/.test(written);
}

/** A model's number or code: 777, 9, A320, A320neo. */
const MODEL_CODE = /^[a-z]{0,2}[0-9]+[a-z]*$/i;

/** Whether token `i` is a content word before a concept noun: the noun's modifier in a compound (30 isolation rooms, 1.2 lakh fever cases). */
function compoundModifier(view: WordView, i: number, kinds: { isWord(i: number): boolean }): boolean {
  return !view.lex.headFirst && kinds.isWord(i) && !view.lex.functionWords.has(view.words[i]) && !view.lex.windowWords.has(view.words[i]) && i + 1 < view.words.length && kinds.isWord(i + 1) && view.lex.concepts.match(view.words, i + 1) !== null;
}

/** Tokens searched before a number for "the number of <noun>" (ہلاکتوں کی تعداد بڑھ کر 2,000). */
const COUNT_OF_REACH = 8;

/**
 * What a number counts when the sentence names it before: "ہلاکتوں کی تعداد بڑھ کر 2,000 ہو گئی",
 * "मृतकों की संख्या 2,000", "شمار کشته‌شدگان به ۲۰۰۰ رسید", "the number of deaths rose to 2,000".
 * The noun is a concept or, failing that (when `surface`), the word itself; no other number may stand between.
 */
export function countedBefore(view: WordView, first: number, kinds: { isWord(i: number): boolean }, surface = true): { counted: string; index: number } | null {
  const { words, lex } = view;
  // A total named right before its number: "سندھ کی آبادی 5 کروڑ 56 لاکھ" is a population.
  const total = first > 0 && kinds.isWord(first - 1) ? lex.totalsBefore.matchEndingAt(words, first - 1, 2) : null;
  const totalConcept = total ? lex.concepts.matchEndingAt(words, first - 1, 2) : null;
  if (totalConcept) return { counted: totalConcept.value, index: first - 1 };
  const subject = subjectRightBefore(view, first, kinds);
  if (subject) return subject;
  for (let end = first - 1; end >= 0 && end >= first - COUNT_OF_REACH; end--) {
    if ((!kinds.isWord(end) && words[end] !== '-') || lex.clauseMarkers.has(words[end])) return null;
    const after = lex.countOfAfterNoun.matchEndingAt(words, end, 3);
    const noun = after !== null ? end - after.count : -1;
    if (after !== null && noun >= 0 && kinds.isWord(noun) && !lex.functionWords.has(words[noun])) {
      // A possessive's "s" before it names whose count it is, no noun of it: "taking the year's tally to 6,215".
      const owner = words[noun] === 's' && noun > 0 && !kinds.isWord(noun - 1);
      const concept = owner ? null : lex.concepts.matchEndingAt(words, noun, 3);
      // The toll of an event is its dead: the heatwave toll rose to 11, the year's toll.
      const dead = !concept && lex.deathTolls.has(words[end]) ? 'death' : null;
      if (owner && !dead) return null;
      return concept || dead || surface ? { counted: concept?.value ?? dead ?? nounAsCounted(lex, words[noun]), index: noun } : null;
    }
    const before = lex.countOfBeforeNoun.matchEndingAt(words, end, 3);
    if (before !== null && end + 1 < first && kinds.isWord(end + 1)) {
      // Past adjectives and disease names: the number of new dengue cases.
      let noun = end + 1;
      while (noun + 1 < first && lex.nounGap.has(words[noun]) && !lex.functionWords.has(words[noun]) && kinds.isWord(noun + 1)) noun++;
      // Past one word no table knows, to the known noun it modifies: the number of cellular subscribers.
      if (!lex.concepts.match(words, noun) && noun + 2 < first && !lex.functionWords.has(words[noun]) && kinds.isWord(noun + 1) && lex.concepts.match(words, noun + 1)) noun++;
      const concept = lex.concepts.match(words, noun);
      return concept || surface ? { counted: concept?.value ?? nounAsCounted(lex, words[noun]), index: noun } : null;
    }
  }
  return null;
}

/**
 * The whole a number is a part of, named by its noun beside it: "12 of the injured", "۱۲ نفر از
 * مجروحان" (past a counter word) after the number; before it where the language names the whole
 * first, "زخمیوں میں سے 12", "घायलों में से 12". Not a whole that has a number of its own ("96 ارکان میں سے 64",
 * "12 of the 40 injured": ellipsis.ts and the claims read those).
 */
export function namedWhole(view: WordView, first: number, last: number): { counted: string; index: number } | null {
  const { words, lex } = view;
  if (!lex.ratioWholeFirst) {
    const k = lex.counters.has(words[last + 1] ?? '') ? last + 2 : last + 1;
    const of = lex.partOfWhole.match(words, k);
    const noun = of ? lex.concepts.match(words, k + of.count) : null;
    return noun ? { counted: noun.value, index: k + of!.count + noun.count - 1 } : (frontedNamedWhole(view, first) ?? null);
  }
  const of = first > 0 ? lex.partOfWhole.matchEndingAt(words, first - 1, 3) : null;
  const noun = of ? lex.concepts.matchEndingAt(words, first - 1 - of.count, 3) : null;
  if (!noun) return null;
  const start = first - of!.count - noun.count;
  return start > 0 && /[0-9]/.test(words[start - 1]) ? null : { counted: noun.value, index: first - 1 - of!.count };
}

/** A whole with no number named first, opening its sentence and closed by a comma right before the number: "Of the injured, 687 were …". */
function frontedNamedWhole(view: WordView, first: number): { counted: string; index: number } | null {
  const { words, lex } = view;
  if (first < 3 || words[first - 1] !== ',') return null;
  const noun = lex.concepts.matchEndingAt(words, first - 2, 3);
  const of = noun ? lex.partOfWhole.matchEndingAt(words, first - 2 - noun.count, 3) : null;
  return noun && of && first - 1 - noun.count - of.count === 0 ? { counted: noun.value, index: first - 2 } : null;
}

/** Spans of time a number counts (a year before its number is a date's cue, not what it counts). */
export const TIME_SPANS = new Set(['year', 'month', 'week', 'day', 'hour', 'season', 'decade']);

/** A known noun right before its number, as a sentence's subject: "زونگ کے صارفین 5 کروڑ 10 لاکھ ہیں" counts users. */
function subjectRightBefore(view: WordView, first: number, kinds: { isWord(i: number): boolean }): { counted: string; index: number } | null {
  const { words, lex } = view;
  const concept = lex.countedSubjectBefore && first > 0 && kinds.isWord(first - 1) ? lex.concepts.matchEndingAt(words, first - 1, 2) : null;
  if (!concept || TIME_SPANS.has(concept.value) || lex.gapNouns.has(words[first - 1]) || lex.functionWords.has(words[first - 1])) return null;
  return { counted: concept.value, index: first - 1 };
}

/** "killed 16 in Bangladesh", "arrested 12 yesterday": a number naming no noun after a verb whose object is people counts people. */
export function countedByVerbBefore(view: WordView, first: number): string | null {
  return first > 0 && free(view, first, 1) && view.lex.peopleVerbs.has(view.words[first - 1]) ? 'person' : null;
}

/**
 * What a percentage is a rate of, named before it in its clause (inflation in Pakistan reached 38%),
 * also past the percentage it changed from (شرح سود 22 فیصد سے کم کر کے 20.5 فیصد, unemployment rose
 * 0.3 percent to 4.1%), or right after it (65 फीसदी मतदान), or null; when the percentage names
 * another noun after it, the people it is a share of (60 प्रतिशत युवा, 25% of students) or none (40 percent of households).
 */
export function rateSubjectBefore(view: WordView, first: number, last: number, kinds: { isWord(i: number): boolean }): string | null {
  // A rate named right after its percentage: 65 फीसदी मतदान हुआ ("65 percent turnout").
  const named = last + 1 < view.words.length && kinds.isWord(last + 1) ? view.lex.rateSubjects.match(view.words, last + 1) : null;
  if (named) return named.value;
  // What the rate is measured against is no noun it counts (4.4 percent of GDP), nor is a verb (۷٫۲ فیصد مقرر کیا, ۴٫۴ درصد تعیین کرد).
  const base = view.lex.ratioBases.match(view.words, last + 1);
  const baseAfterOf = !base && view.lex.partOf.has(view.words[last + 1] ?? '') ? view.lex.ratioBases.match(view.words, last + 2) : null;
  last += base ? base.count : baseAfterOf ? 1 + baseAfterOf.count : 0;
  const verb = view.lex.lightVerbs.has(view.words[last + 1] ?? '') || view.lex.lightVerbs.has(view.words[last + 2] ?? '') || view.lex.changeVerbs.match(view.words, last + 1) !== null;
  const next = last + 1 < view.words.length && kinds.isWord(last + 1) && !verb ? view.words[last + 1] : null;
  const ofNoun = next !== null && view.lex.partOf.has(next) && !view.lex.oneBeforeUnit.has(next) && last + 2 < view.words.length && kinds.isWord(last + 2) && !view.lex.functionWords.has(view.words[last + 2]);
  // Nor a word setting it against another rate, which names nothing it is of: "eased to 11.8% compared with 17.3%".
  const clauseEnds = next !== null && (view.lex.clauseBreaks.match(view.words, last + 1) !== null || view.lex.versusJoiners.match(view.words, last + 1) !== null);
  if ((next !== null && !view.lex.functionWords.has(next) && !view.lex.partOf.has(next) && !clauseEnds) || ofNoun) return groupOfShare(view, last);
  for (let end = first - 1, seen = 0; end >= 0 && seen < COUNT_OF_REACH; end--) {
    // Past the percentage or the basis points it changed by (شرح سود 100 بیسس پوائنٹس کم کر کے 11 فیصد), and past a
    // compound of a number (a 14-month high of 6.21 per cent), which counts as one word.
    const compound = view.words[end] === '-' || (/^[0-9]+$/.test(view.words[end]) && view.words[end + 1] === '-');
    if (!compound) seen++;
    if (!kinds.isWord(end) && !compound && !changeAmountAt(view, end) && !yearAt(view, end)) return null;
    // Up to six words: a ratio's name in letter names (ٹیکس ٹو جی ڈی پی, tax-to-GDP ratio).
    const m = view.lex.rateSubjects.matchEndingAt(view.words, end, 6);
    if (m) return m.value;
  }
  return null;
}

/**
 * The people a percentage is a share of, named right after it, with "of" or without: "25% of students",
 * "25% students", "30 فیصد طلبہ", "40 प्रतिशत मतदाता", "۴۰ درصد (از) دانشجویان"; null for anything else
 * (40 percent of households, 18 percent GST), whose share is told by the claim's words.
 */
function groupOfShare(view: WordView, last: number): string | null {
  const of = view.lex.partOfWhole.match(view.words, last + 1);
  const noun = view.lex.concepts.match(view.words, last + 1 + (of?.count ?? 0));
  return noun && PEOPLE.has(noun.value) ? noun.value : null;
}

/** Whether the word at `end` is a year a rate is of, past which its subject stands: inflation in 2024 reached 3.5%, تورم آبان ۱۴۰۳ ۳۵ درصد بود. */
const yearAt = (view: WordView, end: number): boolean => /^(1[34]|19|20)[0-9]{2}$/.test(view.words[end]) && !/[0-9]/.test(view.words[end - 1] ?? '');

/** A number glued to its unit: 200bps, 2pc (the digits, then the unit's letters). */
const GLUED_UNIT = /^[0-9][0-9.,]*(\p{L}+)$/u;

/**
 * Whether token `end` is the number of a percentage or of basis points, its unit apart or glued to
 * it (100 بیسس پوائنٹس, 200 basis points, 200bps, 0.3pc): a change a rate named before it went through.
 */
function changeAmountAt(view: WordView, end: number): boolean {
  const word = view.words[end];
  if (!/^[0-9]/.test(word)) return false;
  if (percentAfter(view, end) > 0 || view.lex.units.match(view.words, end + 1)?.value === 'bp') return true;
  const unit = GLUED_UNIT.exec(word)?.[1];
  return unit !== undefined && (view.lex.percent.match([unit], 0) !== null || view.lex.units.match([unit], 0)?.value === 'bp');
}

/** Nouns of groups, sites or mishaps (by concept id) that head a compound with another noun before them: 35 ambulance teams, 12 medical camps, 50 ہیٹ ویو ریلیف سینٹرز, 4,61,312 सड़क दुर्घटनाएं (road accidents), 34.8 लाख मोबाइल ग्राहक (mobile customers). */
const GROUP_HEADS: ReadonlySet<string> = new Set(['team', 'camp', 'centre', 'accident', 'customer', 'subscriber', 'consumer', 'user']);

/**
 * The counted noun of a compound whose head, a group, stands last (English, Urdu, Hindi): 35
 * ambulance teams, 53 एम्बुलेंस टीमें, 35 ایمبولینس ٹیمیں count teams (Persian puts the head first: ۳۵ تیم آمبولانس).
 */
function compoundHead(view: WordView, i: number, concept: { value: string; count: number }): { counted: string; index: number } {
  return groupHeadAfter(view, i + concept.count) ?? { counted: concept.value, index: i + concept.count - 1 };
}

/** Most words from a compound's first noun to its group head: 45 mobile health teams, 70 ہیٹ ویو ریلیف کیمپ. */
const GROUP_HEAD_REACH = 3;

/**
 * The group that heads a compound at `from` or past modifiers (45 मोबाइल स्वास्थ्य टीमें, 54 موبائل ہیلتھ ٹیمیں
 * count teams, not phones), or null; not in a language that puts the head first.
 */
function groupHeadAfter(view: WordView, from: number): { counted: string; index: number } | null {
  const { words, lex } = view;
  if (lex.headFirst) return null;
  for (let at = from; at < words.length && at < from + GROUP_HEAD_REACH; at++) {
    const head = lex.concepts.match(words, at);
    if (head && GROUP_HEADS.has(head.value)) return { counted: head.value, index: at + head.count - 1 };
    if (head || lex.functionWords.has(words[at]) || isVerbForm(lex, words[at]) || !/\p{L}/u.test(words[at])) return null;
  }
  return null;
}

/**
 * What a number counts: the first concept noun after it, past adjectives, conjunctions and letter names
 * (150 अंतर्राष्ट्रीय, क्षेत्रीय और निजी संगठनों → organisation); failing that, the next content word
 * itself (folded), so claims still group within one language.
 */
export function countedAfter(view: WordView, last: number, kinds: { isWord(i: number): boolean }): { counted: string; index: number } | null {
  const { words, lex } = view;
  // A comma right after the number ends its noun: "the PPP 54, officials said" counts no officials.
  // So does "and" (a day joiner is a word for it): the number is set against what follows, whose noun
  // is another's (फ्रंट को 5 और राजपक्षे परिवार की पार्टी को 3 सीटें: 5 counts no family); but a noun
  // right after Hindi और is the number's, "more" of it (पांच और मौतों, दो और लोगों: five more deaths).
  // Nor a noun after "and" that a genitive gives to the next number: مردوں کی تعداد 12 کروڑ اور خواتین کی 11 کروڑ.
  const joined = lex.dayJoiners.has(words[last + 1]) ? lex.concepts.match(words, last + 2) : null;
  const nextGenitive = joined !== null && lex.functionWords.has(words[last + 2 + joined.count] ?? '') && /^[0-9]/.test(words[last + 3 + joined.count] ?? '');
  if (words[last + 1] === ',' || (lex.dayJoiners.has(words[last + 1]) && (!joined || nextGenitive))) return null;
  for (let i = last + 1, gap = 0; i < words.length && gap <= MAX_NOUN_GAP; i++, gap++) {
    // A gap noun (5 پاکستانی شہری, 33 recovered cases) gives way to a noun after it, unless it opens a longer concept (41 कांस्य पदक).
    const match = lex.concepts.match(words, i);
    const concept = match && (match.count > 1 || !lex.gapNouns.has(words[i])) ? match : null;
    if (concept) return compoundHead(view, i, concept);
    // Past a hyphened modifier: 122,653 laboratory-confirmed COVID-19 cases, 40 health-care providers.
    const modifier = hyphenedModifier(view, i, kinds);
    if (modifier > 0) {
      i = modifier;
      continue;
    }
    // A model's number after its maker's name is part of the name: 65 Boeing 777-9 jets, 10 Airbus A320 aircraft.
    if (i > last + 1 && capitalised(view, i - 1) && MODEL_CODE.test(words[i])) {
      if (words[i + 1] === '-' && MODEL_CODE.test(words[i + 2] ?? '')) i += 2;
      continue;
    }
    // An acronym spelled in letter names names whose members: 5 پی ٹی آئی ارکان → member.
    // Identifiers keep their case (COVID-19): the gap table is lower case.
    // A participle stands before a noun like an adjective: 12 unidentified persons, 5 armed men.
    if (!lex.nounGap.has(words[i]) && !lex.nounGap.has(words[i].toLowerCase()) && !lex.letterNames.has(words[i]) && !lex.gapNouns.has(words[i]) && !isVerbForm(lex, words[i]) && !capitalised(view, i) && !compoundModifier(view, i, kinds)) break;
  }
  // Past adjectives (not conjunctions) to an unknown noun: 1,245 new dengue cases, 3 general elections; and past
  // a place, which is never what a number counts (جن میں سے 9 بلوچستان سے, 2 India players).
  let next = last + 1;
  let places = 0;
  while (next < words.length && next - last <= MAX_NOUN_GAP) {
    const w = words[next];
    if (lex.nounGap.has(w.toLowerCase()) && !lex.functionWords.has(w) && /\p{L}/u.test(w)) {
      next++;
      continue;
    }
    const place = placeNameAt(words, next);
    if (place === 0) break;
    next += place;
    places++;
  }
  const gapConcept = next < words.length && (lex.gapNouns.has(words[next]) || places > 0) ? lex.concepts.match(words, next) : null;
  if (gapConcept) return { counted: gapConcept.value, index: next };
  // A counting word between a number and its noun counts the noun after it: ۸۰۰ دستگاه چادر, ۶ فروند بالگرد;
  // alone it names nothing counted (تعداد معاملات ۶۸۴۸ فقره بود: the noun named before says), nor does the noun of a light verb (۲۹۰ هزار دستگاه تولید کرد).
  const noun = next + 1;
  if (next < words.length && lex.counters.has(words[next])) {
    if (noun >= words.length || !kinds.isWord(noun) || lex.functionWords.has(words[noun]) || isVerbForm(lex, words[noun]) || lex.lightVerbs.has(words[noun + 1] ?? '')) return null;
    const concept = lex.concepts.match(words, noun);
    return { counted: concept?.value ?? words[noun], index: noun + (concept ? concept.count - 1 : 0) };
  }
  // A hyphened modifier is no noun (22 single-seat and four twin-seat aircraft): the noun after it, or none; a hyphened plural is (five beta-CoVs).
  const modifier = hyphenedModifier(view, next, kinds);
  if (modifier > 0) next = modifier + 1;
  else if (hyphened(view, next, kinds)) next += 2;
  if (next < words.length && kinds.isWord(next) && !lex.functionWords.has(words[next]) && !lex.nounGap.has(words[next]) && !isVerbForm(lex, words[next])) {
    const concept = lex.concepts.match(words, next);
    if (concept) return { counted: concept.value, index: next };
    const group = groupHeadAfter(view, next + 1);
    if (group) return group;
    const head = pluralAfterModifiers(view, next, kinds);
    return { counted: nounAsCounted(lex, words[head]), index: head };
  }
  return null;
}

/** The last token of a hyphened modifier at `i` (single-seat, laboratory-confirmed), or -1; one that ends in a plural is a noun (beta-CoVs, sub-lineages). */
function hyphenedModifier(view: WordView, i: number, kinds: { isWord(i: number): boolean }): number {
  return hyphened(view, i, kinds) && singularOf(view.lex, view.words[i + 2]) === null ? i + 2 : -1;
}

/** Whether two words joined by a hyphen start at `i` (single-seat, beta-CoVs). */
function hyphened(view: WordView, i: number, kinds: { isWord(i: number): boolean }): boolean {
  return view.words[i + 1] === '-' && kinds.isWord(i) && kinds.isWord(i + 2);
}

/** Most unknown words read as modifiers before the plural noun a number counts (35 mobile health teams). */
const MAX_MODIFIERS = 2;

/**
 * In a language that marks plurals, the noun a number counts is the first plural among the words
 * from `first` (eight strong aftershocks, 12,000 immigrant visas, 155 UNRWA facilities); `first`
 * when it is plural itself or no plural follows before a function word or a verb.
 */
function pluralAfterModifiers(view: WordView, first: number, kinds: { isWord(i: number): boolean }): number {
  const { words, lex } = view;
  if (!lex.plurals || singularOf(lex, words[first]) !== null) return first;
  for (let k = first + 1; k <= first + MAX_MODIFIERS && k < words.length; k++) {
    if (!kinds.isWord(k) || lex.functionWords.has(words[k]) || isVerbForm(lex, words[k])) break;
    if (singularOf(lex, words[k]) !== null) return k;
  }
  return first;
}

/** An unknown noun as a number's `counted`: folded, in the singular where the language marks plurals (ambulances → ambulance). */
function nounAsCounted(lex: FigureLexicon, word: string): string {
  return singularOf(lex, word) ?? word;
}

/** The singular of a plural noun by the language's endings (ambulances → ambulance), or null when the word is no plural or the language marks none. */
export function singularOf(lex: FigureLexicon, word: string): string | null {
  const plurals = lex.plurals;
  if (!plurals || plurals.notPlural.has(word)) return null;
  const irregular = plurals.irregular.get(word);
  if (irregular !== undefined) return irregular;
  if (plurals.notEndings.some((end) => word.endsWith(end))) return null;
  for (const [plural, singular] of plurals.endings) {
    if (word.length > plural.length + 2 && word.endsWith(plural)) return word.slice(0, word.length - plural.length) + singular;
  }
  return null;
}

/** Most words of a place name looked up after a number. */
const PLACE_WORDS = 3;

/** Tokens of the built-in place name at `k` (کراچی, خیبر پختونخوا, India), or 0. */
function placeNameAt(words: readonly string[], k: number): number {
  const hit = knownNames().builtin.lookup(words.slice(k, k + PLACE_WORDS).map(nameWord), 0);
  return hit?.type === 'place' ? hit.count : 0;
}

/** Whether a word has a verb ending its table names (showed, rated) and is no noun that ends so (hundred). */
function isVerbForm(lex: FigureLexicon, word: string): boolean {
  return lex.verbForms.has(word) || lex.changeVerbs.match([word], 0) !== null || (!lex.notVerbs.has(word) && lex.verbEndings.some((end) => word.length > end.length + 2 && word.endsWith(end)));
}
