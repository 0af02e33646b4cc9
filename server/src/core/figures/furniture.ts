/**
 * Numbers that are not claims: page furniture copied with an article (a comment counter such as
 * "تبصرہ (0)", "نظر (0)", "Comments (12)"), list markers ("پانچویں،" = "fifth," opening an item) and
 * the digits of names (COVID-19, کووید-19, कोविड-19, SARS-CoV-2, R0).
 */
import { DIGIT_NAMES, NUMBERED_BEFORE_NAMES, NUMBERED_NAMES } from '../lexicon/digitNames';
import { foldWord } from '../text/fold';
import type { Atom } from './atoms';
import { currencyAfter, currencyBefore, percentAfter, referenceBefore } from './context';
import { inCricketReport } from './cricket';
import { readDigits } from './digitForm';
import { scaleWordValue } from './numberGrammar';
import { parseNumberWords } from './numberWords';
import type { FigureScope } from './recognize';
import { figureLexicon } from '../lexicon/figureLexicon';
import { FISCAL_PREFIX } from './years';
import type { Lang } from '../types';
import { isCommaWord } from '../text/tokens';

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

/** Most words of an identifier's label (کد خبر, شناسه خبر, News ID). */
const MAX_LABEL_WORDS = 3;

/** True when the number token at `i` follows an identifier's label, perhaps with a colon between: کد خبر: ۸۵۶۲۳۴۱۰, News ID: 1234. */
export function isLabelledIdentifier(scope: FigureScope, i: number): boolean {
  const k = scope.tokens[i - 1]?.text === ':' ? i - 2 : i - 1;
  return k >= 0 && scope.lex.identifierLabels.matchEndingAt(scope.words, k, MAX_LABEL_WORDS) !== null;
}

/** True when an ordinal written in words opens a list item: first in its sentence and followed by a comma or colon. */
export function isListMarker(scope: FigureScope, atom: Atom): boolean {
  const next = scope.words[atom.last + 1];
  const opensSentence = atom.first === 0 || (atom.first <= 2 && scope.tokens.slice(0, atom.first).every((t) => t.kind !== 'number'));
  return opensSentence && next !== undefined && LIST_PUNCTUATION.has(next);
}

/** Quotation marks that open and close a name («چمران ۱», “Falcon 9”, a film as Hindi news quotes it: 'पठान 2'). */
const OPEN_QUOTES: ReadonlySet<string> = new Set(['«', '“', '"', "'", '‘']);
const CLOSE_QUOTES: ReadonlySet<string> = new Set(['»', '”', '"', "'", '’']);
/** Most words of a quoted name before its number. */
const MAX_QUOTED_NAME_WORDS = 2;

/**
 * Whether the number at `i` ends a name in quotation marks: words that are no function words after
 * the opening mark, the number, then the closing mark (ماهواره «چمران ۱», موشک «خرمشهر ۴», the
 * rocket "Falcon 9"). A quoted number alone («۱۰ درصد»), after a function word or after a label
 * (“public enemy number 1”) stays a figure.
 */
function isQuotedName(scope: FigureScope, i: number): boolean {
  const { tokens, words, lex } = scope;
  // The name again without its marks (a headline's ماهواره ناهید ۳ را), unless a unit or a counted noun makes it a quantity.
  if (scope.quotedNames?.has(`${words[i - 1]} ${words[i]}`)) return lex.units.match(words, i + 1) === null && percentAfter(scope, i) === 0 && lex.concepts.match(words, i + 1) === null;
  if (!CLOSE_QUOTES.has(tokens[i + 1]?.text ?? '')) return false;
  for (let k = i - 1; k >= Math.max(0, i - MAX_QUOTED_NAME_WORDS); k--) {
    if (tokens[k].kind !== 'word' || lex.functionWords.has(words[k]) || lex.references.match(words, k) !== null) return false;
    if (OPEN_QUOTES.has(tokens[k - 1]?.text ?? '')) return true;
  }
  return false;
}

/** A name of one or two words and a number in quotation marks, in a document's text (see `quotedNames`). */
const QUOTED_NAME = /[«“"'‘]((?:[^\s«»“”"'‘’0-9۰-۹٠-٩]+\s+)?[^\s«»“”"'‘’0-9۰-۹٠-٩]+)\s+([0-9۰-۹٠-٩]{1,4})\s*[»”"'’]/g;
/** The languages whose function words a quoted name may not hold (the document's language is not known before it is segmented). */
const NAME_LANGS: readonly Lang[] = ['en', 'ur', 'fa', 'hi'];

/**
 * The names a document writes in quotation marks with a number («ناهید ۳», "Falcon 9"), as its last
 * word and the number, folded as tokens are ("ناهید 3"): a document quotes a name once and repeats
 * it bare (see `isQuotedName`). Quoted words with a function word ("we won 3") name nothing. One
 * pass over the text.
 */
export function quotedNames(text: string): ReadonlySet<string> | undefined {
  let names: Set<string> | undefined;
  for (const m of text.matchAll(QUOTED_NAME)) {
    const words = m[1].split(/\s+/).map((w) => foldWord(w).toLowerCase());
    if (words.some((w) => NAME_LANGS.some((l) => figureLexicon(l).functionWords.has(w)))) continue;
    (names ??= new Set()).add(`${words[words.length - 1]} ${foldWord(m[2])}`);
  }
  return names;
}

/**
 * True when the number token at `i` ends a name: glued to a word by a hyphen in any script
 * (کووید-19, (COVID-19), SARS-CoV-2, COVID- 19, COVID -19 after capitals) or glued straight to a
 * Latin word (R0, CoV2) or to a Devanagari one (पीएम10). A year after a
 * hyphen (mid-2020) stays a figure; a number glued to an Arabic-script word is a missing space
 * (تمام۳۰) and stays a figure too.
 */
export function isNameDigits(scope: FigureScope, i: number): boolean {
  const { tokens } = scope;
  const t = tokens[i];
  const prev = tokens[i - 1];
  // Digits glued before a dash and a name in capitals: 2019-nCoV (not 14-day, 2020-Present).
  if (tokens[i + 1]?.text === '-' && tokens[i + 1].glued && tokens[i + 2]?.glued && tokens[i + 2].latin && /[A-Z].*[A-Z]/.test(scope.original?.(i + 2) ?? '')) return true;
  // One letter name spelled in the script after small digits: 5 جی (5G), 3 ڈی (3D); not an acronym's
  // first letter (5 پی ٹی آئی ارکان "5 PTI members"), a clause letter (آرٹیکل 63 اے) nor a format before its noun (9 ٹی ٹوئنٹی میچ).
  const letters = scope.lex.letterNames;
  const modifier = (w = scope.words[i + 2] ?? '') => scope.lex.nounGap.has(w) && !scope.lex.dayJoiners.has(w) && !scope.lex.functionWords.has(w) && /\p{L}/u.test(w);
  if (/^[0-9]$/.test(t.text) && tokens[i + 1]?.glued && scope.lex.gluedLetterNames.has(scope.words[i + 1])) return true;
  if (/^[0-9]$/.test(t.text) && letters.has(scope.words[i + 1]) && !letters.has(scope.words[i + 2]) && !modifier() && !referenceBefore(scope, i)) return true;
  if (!prev) return false;
  if (isQuotedName(scope, i) || isVersionAfterName(scope, i)) return true;
  // A letter name spelled in the script names too: این 95 (N95), ایچ 1 این 1 (H1N1).
  // Or a word glued after a name and a hyphen: पीएसएलवी-सी58 (PSLV-C58), जीएसएलवी-एफ14.
  const hyphenated = prev.glued && tokens[i - 2]?.text === '-' && tokens[i - 2].glued && tokens[i - 3]?.kind === 'word';
  // Devanagari spaces its words, so digits glued after one end a name too: पीएम10 (PM10), जी20 (not रु500).
  const devanagariName = /^[\u0900-\u097f]+$/.test(prev.text) && !currencyBefore(scope, i);
  // Digits priced in a currency after a letter name are an amount of it: سی این جی 212 روپے فی کلو (CNG at Rs212 a kilo).
  const letterName = scope.lex.letterNames.has(scope.words[i - 1]) && !pricedAfter(scope, i);
  // A label glued to its number lost a space (Table2, (Table33), Article370): the label's number, not a name; so is FY's year (FY25, years.ts `fiscalYear`).
  const labelled = prev.latin && (referenceBefore(scope, i) !== null || scope.words[i - 1] === FISCAL_PREFIX);
  // A Latin letter ending a word of another script is a name's too, its own space lost: فرگمنتS۱ (fragment S1).
  const latinEnd = prev.latin || /[A-Za-z]$/.test(prev.text);
  if (prev.kind === 'word') return (t.glued && ((latinEnd && !labelled) || hyphenated || devanagariName)) || letterName || isSpacedAcronymDigits(scope, i);
  // A point between a name in capitals and digits: ARCoV.2 (not Fig.3 or No.5).
  if (prev.text === '.' && prev.glued && t.glued && tokens[i - 2]?.latin && /[A-Z].*[A-Z]/.test(scope.original?.(i - 2) ?? '')) return true;
  if (prev.text !== '-' || tokens[i - 2]?.kind !== 'word') return false;
  // A suffix glued to digits before the dash ends a number, not a name: 5th-10th.
  if (tokens[i - 2].glued && tokens[i - 3]?.kind === 'number') return false;
  // A Latin name typed with a loose hyphen: "COVID- 19", or "COVID -19" after an acronym in capitals
  // (in Urdu "ہے- 26" the dash ends a sentence).
  if (!t.glued || !prev.glued) {
    const word = tokens[i - 2];
    const original = scope.original?.(i - 2) ?? '';
    const acronym = /^[A-Z][A-Z0-9]+$/.test(original);
    // A dash spaced on both sides after a name with two capitals or more (WI - ۳۸, HCoV - ۲۲۹, NUTS - ۲).
    const spaced = !prev.glued && !t.glued && /[A-Z].*[A-Z]/.test(original);
    if (!word.latin || (!(prev.glued && !t.glued) && !(t.glued && acronym) && !spaced)) return false;
  }
  const digits = t.end - t.start;
  return !(digits === 4 && /^(1[89]|20)\d\d$/.test(t.text));
}

/**
 * A version after a name in capitals, inside its sentence: Swadesh Darshan 2.0, Industry 4.0, Web 3.0
 * (not a magnitude 6.0 after a small word, nor a figure with its unit or percent).
 */
function isVersionAfterName(scope: FigureScope, i: number): boolean {
  const prev = scope.tokens[i - 1];
  if (i < 2 || !prev.latin || prev.kind !== 'word' || !/^[0-9]\.0$/.test(scope.tokens[i].text)) return false;
  return /^[A-Z]/.test(scope.original?.(i - 1) ?? '') && percentAfter(scope, i) === 0 && scope.lex.units.match(scope.words, i + 1) === null;
}

/** Whether a currency follows the digits at `i`, past the scale words and digits of their number (212 روپے, 3 ہزار 500 روپے). */
function pricedAfter(scope: FigureScope, i: number): boolean {
  let last = i;
  while (last < i + 4 && (scaleWordValue(scope.words[last + 1] ?? '', scope.lang) !== null || scope.tokens[last + 1]?.kind === 'number')) last++;
  return currencyAfter(scope, last) !== null;
}

/**
 * Digits typed apart from a Latin acronym in a sentence of another script: ACE 2, COVID 19, G 20
 * in Urdu, Persian or Hindi text, where a Latin word in capitals is a name. One or two whole digits
 * ending a phrase (punctuation or a function word after them: ACE 2 اور), and not when the acronym is
 * a currency (PKR 50): digits before a noun count it (SARS 17 वर्ष पहले, RSC 50 سال سے).
 */
function isSpacedAcronymDigits(scope: FigureScope, i: number): boolean {
  const { tokens } = scope;
  if (scope.lang === 'en' || tokens[i].glued || !tokens[i - 1].latin || !/^[0-9]{1,2}$/.test(tokens[i].text)) return false;
  if (!/^[A-Z]{2,}$/.test(scope.original?.(i - 1) ?? '')) return false;
  const next = tokens[i + 1];
  const ends = next === undefined || next.kind === 'punct' || (next.kind === 'word' && scope.lex.functionWords.has(scope.words[i + 1]));
  return ends && !currencyBefore(scope, i) && !currencyAfter(scope, i) && percentAfter(scope, i) === 0;
}

/**
 * True when the number token at `i` is part of a name whose abbreviation, in brackets right after
 * the name, repeats it: "coronavirus 2 (SARS-CoV-2)", "Disease 2019 (COVID-19)", "the 2019 novel
 * coronavirus (2019-nCoV)", "بیماری کرونا ویروس 2019 (کووید-19)", "۲ (NUTS - ۲)". A year may be
 * repeated by its last two digits. The number is part of the name, not a count.
 */
export function isSpelledOutName(scope: FigureScope, i: number): boolean {
  const { tokens, words } = scope;
  // A year after a month (and a year word) is a date: دسامبر سال ۲۰۱۹ ویروس کرونای جدید (2019-nCoV).
  const month = (end: number) => end >= 0 && scope.lex.months.matchEndingAt(words, end, 2) !== null;
  if (month(i - 1) || (i > 1 && scope.lex.yearCues.has(words[i - 1]) && month(i - 2))) return false;
  let open = i + 1;
  while (open <= i + MAX_NAME_WORDS && tokens[open]?.kind === 'word') open++;
  if (tokens[open]?.text !== '(') return false;
  const value = readDigits(tokens[i].text)?.value;
  if (value === undefined) return false;
  let named = false;
  let repeated = false;
  for (let k = open + 1; k <= open + MAX_ABBREVIATION_TOKENS && k < tokens.length && tokens[k].text !== ')'; k++) {
    named ||= tokens[k].kind === 'word' && isNameWord(scope, k);
    repeated ||= namePart(tokens, k) && repeats(tokens[k], value);
  }
  return named && repeated;
}

/** Words of a name between its number and the bracket (2019 novel coronavirus (…)). */
const MAX_NAME_WORDS = 3;
/** Tokens an abbreviation in brackets may have (SARS, -, CoV, -, 2). */
const MAX_ABBREVIATION_TOKENS = 6;

/** A word of a name: Latin with two capitals (SARS, CoV, nCoV), or in another script (کووید). */
function isNameWord(scope: FigureScope, k: number): boolean {
  return !scope.tokens[k].latin || /[A-Z].*[A-Z]/.test(scope.original?.(k) ?? '');
}

/** Whether the number token at `k` is joined to a name by a dash (CoV-2, COVID-19, 2019-nCoV, NUTS - ۲). */
function namePart(tokens: FigureScope['tokens'], k: number): boolean {
  return tokens[k].kind === 'number' && (tokens[k - 1]?.text === '-' || tokens[k + 1]?.text === '-');
}

/** Whether a digit token repeats `value`, or a year's last two digits (COVID-19 for 2019). */
function repeats(token: FigureScope['tokens'][number], value: number): boolean {
  const repeated = readDigits(token.text)?.value;
  return repeated !== undefined && (repeated === value || (value >= 1000 && repeated >= 10 && repeated === value % 100));
}

/** Most parts a reference carries after its number (62 (1) (ایف) has two). */
const MAX_REFERENCE_PARTS = 4;

/**
 * The last token of a reference whose number ends at `last`, with the parts written after it: a
 * clause in brackets (21(4), 62 (1) (ایف), 8(a)), a letter after a dash (63-اے, 370-A) and a
 * number after a slash (ایف آئی آر نمبر 123/24): parts of the name, not figures.
 */
export function referenceEnd(scope: FigureScope, last: number): number {
  const { tokens, words } = scope;
  const letter = (k: number) => tokens[k]?.kind === 'word' && (scope.lex.letterNames.has(words[k]) || words[k].length <= 2);
  const glued = (k: number) => tokens[k]?.glued === true;
  let end = last;
  for (let n = 0; n < MAX_REFERENCE_PARTS; n++) {
    const k = end + 1;
    if (words[k] === '(' && words[k + 2] === ')' && (tokens[k + 1].kind === 'number' || letter(k + 1))) end = k + 2;
    else if (words[k] === '-' && glued(k) && glued(k + 1) && letter(k + 1) && !glued(k + 2)) end = k + 1;
    else if (words[k] === '/' && glued(k) && glued(k + 1) && tokens[k + 1]?.kind === 'number' && n === 0) end = k + 1;
    else if (n === 0 && !glued(k) && scope.lex.letterNames.has(words[k]) && !scope.lex.letterNames.has(words[k + 1])) end = k; // آرٹیکل 63 اے
    else break;
  }
  return end;
}

/** Whether token `k` is one or two digits, as a score's numbers are. */
const smallDigits = (scope: FigureScope, k: number): boolean => scope.tokens[k]?.kind === 'number' && /^[0-9]{1,2}$/.test(scope.words[k]);

/**
 * A match score, not a range: two small whole numbers joined by a dash with a result word after
 * them, past at most one function word (سیریز 2-1 سے جیت لی, 1-1 سے برابر), or two small numbers with a score
 * word between them (۳ بر یک). Returns its last token, or -1.
 */
export function scoreEnd(scope: FigureScope, i: number): number {
  // Every score opens on a small number (most numbers are not: they pay for no more).
  if (!smallDigits(scope, i) && !smallWord(scope, i)) return -1;
  const { tokens, words, lex } = scope;
  const small = (k: number) => smallDigits(scope, k);
  // A score said with a word between its numbers (۳ بر یک, ۲ بر صفر, ۱۰ بر ۲, دو بر یک): each in digits or one number word, no scale after it.
  if ((small(i) || smallWord(scope, i)) && lex.scoreJoiners.has(words[i + 1])) {
    const spelled = small(i + 2) ? { value: Number(words[i + 2]), count: 1 } : parseNumberWords(words, i + 2, lex.lang);
    const last = spelled ? i + 1 + spelled.count : -1;
    const goesOn = scaleWordValue(words[last + 1], lex.lang) !== null || percentAfter(scope, last) > 0;
    return spelled && spelled.value !== null && spelled.value <= 30 && !goesOn ? last : -1;
  }
  // A result named before its numbers: با نتیجه ۲-۰, با نتیجه ۲ ۰.
  if (small(i) && lex.scoreBefore.has(words[i - 1])) {
    if (small(i + 1) && !tokens[i + 1].glued) return i + 1;
    if (words[i + 1] === '-' && small(i + 2)) return i + 2;
  }
  const pair = (k: number) => small(k) && words[k + 1] === '-' && tokens[k + 1].glued && tokens[k + 2]?.glued && small(k + 2);
  if (lex.scoreWords.size === 0 || !pair(i)) return -1;
  const next = lex.functionWords.has(words[i + 3]) ? i + 4 : i + 3;
  // Games listed before the result word: 21-14, 21-17 से जीत; ۲۵-۱۹ و ۲۷-۲۵ بردند.
  const listed = (k: number) => isCommaWord(words[k + 3]) || lex.dayJoiners.has(words[k + 3]);
  if (lex.scoreWords.has(words[next]) || (listed(i) && scoreEnd(scope, i + 4) >= 0)) return i + 2;
  // Sets listed after a result verb are all of the score: beat Medvedev 3-6, 3-6, 6-4, 6-4, 6-3.
  let end = i;
  while (listed(end) && pair(end + 4)) end += 4;
  // A result verb shortly before, nothing counted after: City beat Arsenal 4-1 on Sunday (not "won 15-20 seats").
  const after = words[end + 3];
  if (after !== undefined && tokens[end + 3].kind === 'word' && !lex.functionWords.has(after)) return -1;
  // In a cricket report more runs than wickets after a verb are a bowler's figures, no score: led the attack with 4-31.
  if (end === i && Number(words[i + 2]) > Number(words[i]) && inCricketReport(scope)) return -1;
  for (let k = i - 1; k >= Math.max(0, i - SCORE_VERB_REACH); k--) if (lex.scoreVerbs.has(words[k])) return end + 2;
  return -1;
}

/** Whether token `i` is one number word of a score's size (دو in دو بر یک "two to one"). */
function smallWord(scope: FigureScope, i: number): boolean {
  if (scope.tokens[i]?.kind !== 'word') return false;
  const spelled = parseNumberWords(scope.words, i, scope.lang);
  return spelled !== null && spelled.count === 1 && spelled.value !== null && Number.isInteger(spelled.value) && spelled.value <= 30;
}

/** Most words between a result verb and the score it reports (beat Manchester United 4-1). */
const SCORE_VERB_REACH = 4;

/**
 * Digits that are a code, not a quantity: written with a leading zero and going on in more digits
 * (0300-1234567, 0800 12345, ۰۲۱ ۸۸۸۸), with the parts after them; or three or more groups joined by points (version 1.2.3, the
 * address 192.168.1.1; dates are read before); or three or more groups joined by dashes, eight digits or more (a phone
 * number: 1800-180-1551); or the name of an event in ASCII digits (9/11); or part of a name before it (the FTSE 100).
 * Returns the code's last token, or -1.
 */
export function codeDigitsEnd(scope: FigureScope, i: number): number {
  const { tokens, words } = scope;
  const w = words[i];
  if (tokens[i].kind !== 'number') return -1;
  // A variant glued on by a dash is of the name too: a Boeing 787-9; a name may hold a decimal (PM 2.5).
  if (numberedName(words, i)) return joinedBy(scope, i, '-') && words[i + 2].length <= 2 ? i + 2 : i;
  if (nameAfter(scope, i)) return i;
  if (!/^[0-9]+$/.test(w)) return -1;
  // In Persian digits the slash is a decimal point (۹/۱۱ is 9.11).
  if (!tokens[i].glued && joinedBy(scope, i, '/') && !joinedBy(scope, i + 2, '/') && DIGIT_NAMES.has(`${w}/${words[i + 2]}`) && /^[0-9]+$/.test(scope.text.slice(scope.orig(tokens[i].start), scope.orig(tokens[i].end)))) return i + 2;
  if (!tokens[i].glued && joinedBy(scope, i, '.') && joinedBy(scope, i + 2, '.')) {
    let end = i + 4;
    while (joinedBy(scope, end, '.')) end += 2;
    return end;
  }
  // A phone number in dashed groups (1800-180-1551, 1-800-222-3333); fewer digits are a score or a sequence (3-0-4).
  if (!tokens[i].glued && joinedBy(scope, i, '-') && joinedBy(scope, i + 2, '-')) {
    let end = i + 2;
    let digits = w.length + words[end].length;
    while (joinedBy(scope, end, '-')) digits += words[(end += 2)].length;
    if (digits >= 8) return end;
  }
  // A country code after a plus and the groups after it (+92 300 1234567); a number typed backwards
  // in right-to-left text, its area code with a leading zero after a dash (۸۸۷۶۵۴۳۲-۰۲۱).
  if (tokens[i - 1]?.text === '+' && tokens[i].glued && w.length <= 3) {
    const end = phoneEnd(scope, i);
    if (words.slice(i, end + 1).join('').replace(/-/g, '').length >= 10) return end;
  }
  if (joinedBy(scope, i, '-') && words[i + 2].length >= 3 && words[i + 2].charCodeAt(0) === 0x30 && w.length + words[i + 2].length >= 8) return i + 2;
  // Ten or eleven digits, ungrouped, with no money or unit around them, are a mobile number (3001234567, 9876543210).
  if ((w.length === 10 || w.length === 11) && !currencyBefore(scope, i) && !currencyAfter(scope, i) && !scope.lex.units.match(words, i + 1)) return i;
  // A lone number with a leading zero (0033, 0000) may be one; a code goes on (0300-1234567, 0800 12345).
  // A long one alone is a phone number (03001234567); five digits or more are a train's or a form's number (05049 स्पेशल).
  if (w.length < 3 || w.charCodeAt(0) !== 0x30) return -1;
  if (w.length >= 5 && !joinedBy(scope, i, '-') && tokens[i + 1]?.kind !== 'number') return i;
  if (!(joinedBy(scope, i, '-') || tokens[i + 1]?.kind === 'number' || w.length >= 7)) return -1;
  return phoneEnd(scope, i);
}

/** NUMBERED_NAMES by their folded words before the number. */
const NUMBERED = new Map(Object.entries(NUMBERED_NAMES).map(([name, numbers]) => [name.split(' ').map(foldWord).join(' '), new Set(numbers)]));
/** The last word of each such name: most numbers follow none, and are passed over at once. */
const NUMBERED_LAST = new Set([...NUMBERED.keys()].map((name) => name.slice(name.lastIndexOf(' ') + 1)));
/** Most words of a name before its number (S & P, کے ایس ای). */
const NUMBERED_WORDS = 3;

/** Whether the number at token `i` is part of the name before it (the S&P 500, the Nikkei 225). */
function numberedName(words: readonly string[], i: number): boolean {
  if (i === 0 || !NUMBERED_LAST.has(words[i - 1])) return false;
  for (let n = 1; n <= NUMBERED_WORDS && n <= i; n++) {
    if (NUMBERED.get(words.slice(i - n, i).join(' '))?.has(Number(words[i]))) return true;
  }
  return false;
}

/** NUMBERED_BEFORE_NAMES by their folded word. */
const NUMBERED_BEFORE = new Map(Object.entries(NUMBERED_BEFORE_NAMES).map(([name, numbers]) => [foldWord(name), new Set(numbers)]));

/** Whether the number at token `i` opens the name after it (100 انڈیکس), not a count of that name's points (100 انڈیکس پوائنٹس). */
function nameAfter(scope: FigureScope, i: number): boolean {
  const { words, tokens } = scope;
  if (!NUMBERED_BEFORE.get(words[i + 1] ?? '')?.has(Number(words[i])) || tokens[i + 1].glued) return false;
  return scope.lex.concepts.match(words, i + 2)?.value !== 'point';
}

/** The last token of a number to dial from token `i`: its groups go on in numbers, spaced or joined by dashes. */
function phoneEnd(scope: FigureScope, i: number): number {
  let end = i;
  while (joinedBy(scope, end, '-') || scope.tokens[end + 1]?.kind === 'number') end += joinedBy(scope, end, '-') ? 2 : 1;
  return end;
}

/** Whether the number at token `k` is glued through `sep` to a number right after it (0300-1234567). */
function joinedBy(scope: FigureScope, k: number, sep: string): boolean {
  const { tokens, words } = scope;
  return words[k + 1] === sep && tokens[k + 1].glued && tokens[k + 2]?.kind === 'number' && tokens[k + 2].glued;
}
