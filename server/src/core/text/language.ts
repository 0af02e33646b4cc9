/**
 * Script and language identification. Urdu, Persian and Arabic share a script; they are told
 * apart by letters only one of them uses (Urdu ٹ ڈ ڑ ں ے ہ ھ; Persian and Urdu پ چ ژ گ; Arabic ة),
 * by the Arabic article ال at word starts, and by heh (Persian writes ه where Urdu writes ہ). The
 * Arabic forms of yeh and kaf (ي ى ك) are no evidence: Persian and Urdu typed on an Arabic
 * keyboard use them throughout, and folding makes them ی and ک anyway. Counts are taken
 * on the original (unfolded) text, because folding merges exactly these letters, in one
 * table-driven pass; URLs, file names and identifiers are left out, since their Latin letters say
 * nothing about the language of the paragraph. Short function words only one of Urdu and Persian
 * uses (lexicon/languageWords) weigh in too: a headline may have no Urdu-only letter.
 */
import type { Lang, Script } from '../types';
import { ARABIC_WORDS, PERSIAN_WORDS, URDU_WORDS } from '../lexicon/languageWords';

/** Letter counts of a stretch of text, by script and by language marker. */
export interface LetterCounts {
  arabic: number;
  devanagari: number;
  latin: number;
  urduLetters: number;
  persianHeh: number;
  arabicLetters: number;
  arabicArticles: number;
  /** پ چ ژ گ, and the Persian yeh and keheh (ی ک): Persian and Urdu letters that Arabic does not use. */
  iranicLetters: number;
  /** ي ى ك: Arabic forms, also typed in Persian and Urdu on Arabic keyboards. */
  arabicForms: number;
  /** Words only Urdu uses (میں، کی، اور …). */
  urduWords: number;
  /** Words only Persian uses (در، از، است …), and the prefix می‌ and suffix ‌ها. */
  persianWords: number;
  /** Words only Arabic uses (في، هذه، أن …). */
  arabicWords: number;
}

/** Empty counts. */
export function emptyCounts(): LetterCounts {
  return { arabic: 0, devanagari: 0, latin: 0, urduLetters: 0, persianHeh: 0, arabicLetters: 0, arabicArticles: 0, iranicLetters: 0, arabicForms: 0, urduWords: 0, persianWords: 0, arabicWords: 0 };
}

/** Adds counts into a total. */
export function addCounts(into: LetterCounts, from: LetterCounts): void {
  // Field by field: it runs for every line, where a loop over Object.keys allocates and looks keys up.
  into.arabic += from.arabic;
  into.devanagari += from.devanagari;
  into.latin += from.latin;
  into.urduLetters += from.urduLetters;
  into.persianHeh += from.persianHeh;
  into.arabicLetters += from.arabicLetters;
  into.arabicArticles += from.arabicArticles;
  into.iranicLetters += from.iranicLetters;
  into.arabicForms += from.arabicForms;
  into.urduWords += from.urduWords;
  into.persianWords += from.persianWords;
  into.arabicWords += from.arabicWords;
}

// Character categories of the counting table.
const OTHER = 0;
const ARABIC = 1;
const URDU_ONLY = 2;
const HEH = 3;
const ARABIC_ONLY = 4;
const ALEF = 5;
const DEVANAGARI = 6;
const LATIN = 7;
const DIGIT = 8;
const URLISH = 9; // / @ _ . — with Latin letters they make URLs and identifiers
const SPACE = 10;
const IRANIC = 11;
const ARABIC_FORM = 12;
const ZWNJ = 13;

/**
 * Words of up to four letters are looked up by a key of their letters' digits in base 180 (the
 * letters U+0621–U+06D3 are digits 1–179; the Arabic ي ى ك count as ی and ک), which stays a small
 * integer, so the lookup allocates nothing.
 */
const MAX_WORD = 4;
const KEY_BASE = 180;
const ARABIC_FORM_CODES = [0x064a, 0x0649, 0x0643];
/** Key digit of a code unit. */
function keyDigit(code: number): number {
  if (code === 0x064a || code === 0x0649) code = 0x06cc;
  else if (code === 0x0643) code = 0x06a9;
  return code - 0x0620;
}
/** Word key → +1 (Urdu), −1 (Persian) or 2 (Arabic). */
let words: Map<number, number> | null = null;

function wordKey(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * KEY_BASE + keyDigit(word.charCodeAt(i));
  return key;
}

function wordTable(): Map<number, number> {
  if (words) return words;
  const m = new Map<number, number>();
  for (const w of URDU_WORDS) m.set(wordKey(w), 1);
  for (const w of PERSIAN_WORDS) m.set(wordKey(w), -1);
  for (const w of ARABIC_WORDS) m.set(wordKey(w), 2);
  words = m;
  return m;
}

const KEY_MI = wordKey('می');
const HEH_CODE = 0x0647;
const ALEF_CODE = 0x0627;

/** The script of one code unit. */
export function scriptOf(code: number): Script {
  if ((code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0xfb50 && code <= 0xfeff)) return 'arabic';
  if (code >= 0x0900 && code <= 0x097f) return 'devanagari';
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) return 'latin';
  return 'other';
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** The English name of a language tag, for messages: "Urdu" for `ur`. */
export function languageName(lang: string): string {
  return LANGUAGE_NAMES.of(lang) ?? lang;
}

/** The script of a name or phrase: that of its first letter in a known script. */
export function scriptOfText(text: string): Script {
  for (let i = 0; i < text.length; i++) {
    const s = scriptOf(text.charCodeAt(i));
    if (s !== 'other') return s;
  }
  return 'other';
}

let table: Uint8Array | null = null;

function categoryTable(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const s = scriptOf(c);
    t[c] = s === 'arabic' ? ARABIC : s === 'devanagari' ? DEVANAGARI : s === 'latin' ? LATIN : OTHER;
  }
  // Urdu letters, and the Urdu full stop ۔ (Persian and Arabic end sentences with a point).
  for (const c of [0x0679, 0x0688, 0x0691, 0x06ba, 0x06d2, 0x06c1, 0x06be, 0x06d4]) t[c] = URDU_ONLY;
  t[0x0629] = ARABIC_ONLY;
  // Arabic writes yeh and kaf as ي ك; ی and ک are Persian (and Urdu) letters, so a short Persian line
  // with a word in ال (الی, البته, المپیک) is not taken for Arabic.
  for (const c of [0x067e, 0x0686, 0x0698, 0x06af, 0x06cc, 0x06a9]) t[c] = IRANIC;
  for (const c of ARABIC_FORM_CODES) t[c] = ARABIC_FORM;
  t[0x0647] = HEH;
  t[0x0627] = ALEF;
  for (let c = 0x30; c <= 0x39; c++) t[c] = DIGIT;
  for (let c = 0x660; c <= 0x669; c++) t[c] = DIGIT;
  for (let c = 0x6f0; c <= 0x6f9; c++) t[c] = DIGIT;
  for (let c = 0x966; c <= 0x96f; c++) t[c] = DIGIT;
  for (const c of [0x2f, 0x40, 0x5f, 0x2e, 0x3a]) t[c] = URLISH;
  for (const c of [0x20, 0x09, 0x0a, 0x0d, 0xa0, 0x200b]) t[c] = SPACE;
  t[0x200c] = ZWNJ;
  table = t;
  return t;
}

/**
 * Counts the letters of `text[from, to)` into `counts`, chunk by whitespace-delimited chunk; a
 * chunk that mixes Latin letters with digits or URL punctuation is not counted.
 */
export function countLetters(text: string, from: number, to: number, counts: LetterCounts): void {
  const t = categoryTable();
  const wordsOf = wordTable();
  let i = from;
  while (i < to) {
    // One chunk.
    let arabic = 0, deva = 0, latin = 0, urdu = 0, heh = 0, arabicOnly = 0, articles = 0, iranic = 0, forms = 0;
    let digits = false;
    let urlish = false;
    let prev = SPACE;
    let key = 0;
    let persianAffix = 0;
    const start = i;
    for (; i < to; i++) {
      const code = text.charCodeAt(i);
      const k = t[code];
      if (k === SPACE) break;
      switch (k) {
        case ARABIC: arabic++; break;
        case URDU_ONLY: arabic++; urdu++; break;
        case HEH: arabic++; heh++; break;
        case ARABIC_ONLY: arabic++; arabicOnly++; break;
        case IRANIC: arabic++; iranic++; break;
        case ARABIC_FORM: arabic++; forms++; break;
        case ALEF:
          arabic++;
          if (prev === SPACE && text.charCodeAt(i + 1) === 0x0644) articles++;
          break;
        case DEVANAGARI: deva++; break;
        case LATIN: latin++; break;
        case DIGIT: digits = true; break;
        case URLISH: urlish = true; break;
        case ZWNJ:
          // می‌ before a stem, ‌ها after one: Persian's verb prefix and plural.
          if ((i - start === 2 && key === KEY_MI) || (text.charCodeAt(i + 1) === HEH_CODE && text.charCodeAt(i + 2) === ALEF_CODE)) persianAffix++;
          break;
      }
      prev = k;
      // A letter outside U+0621–U+06D3 (a presentation form, ۔) makes the chunk no word: key −1.
      if (i - start < MAX_WORD && key >= 0) key = code > 0x0620 && code < 0x06d4 ? key * KEY_BASE + keyDigit(code) : -1;
    }
    const length = i - start;
    i++;
    if (latin > 0 && (digits || urlish)) continue;
    if (arabic === length && length <= MAX_WORD) {
      const side = wordsOf.get(key);
      if (side === 1) counts.urduWords++;
      else if (side === -1) counts.persianWords++;
      else if (side === 2) counts.arabicWords++;
    }
    counts.persianWords += persianAffix;
    counts.arabic += arabic;
    counts.devanagari += deva;
    counts.latin += latin;
    counts.urduLetters += urdu;
    counts.persianHeh += heh;
    counts.arabicLetters += arabicOnly;
    counts.arabicArticles += articles;
    counts.iranicLetters += iranic;
    counts.arabicForms += forms;
  }
}

/** Fewer letters than this and a paragraph's language is taken from its document. */
export const MIN_LETTERS_FOR_LANGUAGE = 12;

/** Whether counts have enough letters for a paragraph to have a language of its own. */
export function enoughLetters(c: LetterCounts): boolean {
  return c.arabic + c.devanagari + c.latin >= MIN_LETTERS_FOR_LANGUAGE;
}

/** Weight of one Urdu-only or Persian-only word against one telling letter. */
const WORD_WEIGHT = 2;
/** A paragraph whose Urdu and Persian evidence differ by this much keeps its own language. */
const STRONG_EVIDENCE = 4;

/** Urdu evidence minus Persian evidence: letters only one of them uses, and words. */
export function urduOverPersian(c: LetterCounts): number {
  return c.urduLetters + WORD_WEIGHT * c.urduWords - c.persianHeh - WORD_WEIGHT * c.persianWords;
}

/** Whether the evidence for Urdu or for Persian is strong enough for a paragraph to keep its own language. */
export function strongEvidence(c: LetterCounts): boolean {
  return Math.abs(urduOverPersian(c)) >= STRONG_EVIDENCE;
}

/**
 * Whether text in Urdu or Persian (`lang`) is clearly so: its evidence is strong and at least
 * twice the other language's.
 */
export function clearlyUrduOrPersian(c: LetterCounts, lang: Lang): boolean {
  const ur = c.urduLetters + WORD_WEIGHT * c.urduWords;
  const fa = c.persianHeh + WORD_WEIGHT * c.persianWords;
  return lang === 'ur' ? ur - fa >= STRONG_EVIDENCE && ur >= 2 * fa : lang === 'fa' && fa - ur >= STRONG_EVIDENCE && fa >= 2 * ur;
}

/**
 * Whether counts tell Arabic by nothing but the Arabic forms of yeh and kaf (ي ك; no ة, no article,
 * no Arabic-only word): weak evidence, since Persian and Urdu typed on an Arabic keyboard have them.
 */
export function arabicByFormsOnly(c: LetterCounts): boolean {
  return c.arabicLetters === 0 && c.arabicArticles === 0 && c.arabicWords === 0 && c.arabicForms > 0;
}

/** The best guess of the language from letter counts; `und` only when there are no letters. */
export function languageOf(c: LetterCounts): Lang {
  const total = c.arabic + c.devanagari + c.latin;
  if (total === 0) return 'und';
  if (c.devanagari >= c.arabic && c.devanagari >= c.latin) return 'hi';
  if (c.latin > c.arabic) return 'en';
  // Arabic script. Urdu-only letters are frequent in any Urdu sentence (ے ہ ں); Arabic has teh
  // marbuta and many words with the article; Persian has neither, writes heh as ه and uses پ چ ژ گ.
  // The Arabic forms of yeh and kaf count for Arabic only in text without پ چ ژ گ and Urdu words.
  // Words only one of Urdu and Persian uses weigh in on both sides.
  const urdu = c.urduLetters + WORD_WEIGHT * c.urduWords;
  const persian = c.persianHeh + WORD_WEIGHT * c.persianWords;
  const arabic = c.arabicLetters + 2 * c.arabicArticles + WORD_WEIGHT * c.arabicWords + (c.iranicLetters === 0 && c.urduWords === 0 ? c.arabicForms : 0);
  if (urdu >= persian && urdu >= arabic && urdu > 0) return 'ur';
  if (arabic > persian + c.iranicLetters) return 'ar';
  return 'fa';
}
