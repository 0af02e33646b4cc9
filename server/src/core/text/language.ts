/**
 * Script and language identification. Urdu, Persian and Arabic share a script; they are told
 * apart by letters only one of them uses (Urdu ٹ ڈ ڑ ں ے ہ ھ; Arabic ة ي ى ك) and by frequent
 * function words, counted on the original (unfolded) text because folding merges those letters.
 */
import type { Lang, Script } from '../types';

/** Letter counts of a stretch of text, by script and by language marker. */
export interface LetterCounts {
  arabic: number;
  devanagari: number;
  latin: number;
  urduLetters: number;
  persianHeh: number;
  arabicLetters: number;
  persianWords: number;
  arabicWords: number;
  urduWords: number;
}

/** Empty counts. */
export function emptyCounts(): LetterCounts {
  return { arabic: 0, devanagari: 0, latin: 0, urduLetters: 0, persianHeh: 0, arabicLetters: 0, persianWords: 0, arabicWords: 0, urduWords: 0 };
}

/** The script of one code unit. */
export function scriptOf(code: number): Script {
  if ((code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0xfb50 && code <= 0xfeff)) return 'arabic';
  if (code >= 0x0900 && code <= 0x097f) return 'devanagari';
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) return 'latin';
  return 'other';
}

const URDU_ONLY = new Set([0x0679, 0x0688, 0x0691, 0x06ba, 0x06d2, 0x06c1, 0x06be]);
const ARABIC_ONLY = new Set([0x0629, 0x064a, 0x0649, 0x0643]);
// Function words that are frequent in one language and rare in the others (space-delimited).
const PERSIAN_WORDS = /(?:^|\s)(?:است|را|این|برای|می|های|شد|کرد|خود|بر)(?=\s|$)/gu;
const ARABIC_WORDS = /(?:^|\s)(?:في|من|على|إلى|التي|الذي|عن|أن|هذا|ال[\u0621-\u064a]+)(?=\s|$)/gu;
const URDU_WORDS = /(?:^|\s)(?:کے|کی|کا|میں|نے|ہے|ہیں|سے|کو|اور)(?=\s|$)/gu;

/** Adds the letter counts of `text[from, to)` to `counts`. Linear. */
export function countLetters(text: string, from: number, to: number, counts: LetterCounts): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41) continue;
    const s = scriptOf(c);
    if (s === 'arabic') {
      counts.arabic++;
      if (URDU_ONLY.has(c)) counts.urduLetters++;
      else if (c === 0x0647) counts.persianHeh++;
      else if (ARABIC_ONLY.has(c)) counts.arabicLetters++;
    } else if (s === 'devanagari') counts.devanagari++;
    else if (s === 'latin') counts.latin++;
  }
  if (counts.arabic > 0) {
    const slice = text.slice(from, to);
    counts.persianWords += countMatches(slice, PERSIAN_WORDS);
    counts.arabicWords += countMatches(slice, ARABIC_WORDS);
    counts.urduWords += countMatches(slice, URDU_WORDS);
  }
}

function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Fewer letters than this and a paragraph's language is taken from its document. */
export const MIN_LETTERS_FOR_LANGUAGE = 12;

/** Decides the language from letter counts; `und` when there are too few letters. */
export function languageOf(c: LetterCounts): Lang {
  const total = c.arabic + c.devanagari + c.latin;
  if (total < MIN_LETTERS_FOR_LANGUAGE) return 'und';
  if (c.devanagari >= c.arabic && c.devanagari >= c.latin) return 'hi';
  if (c.latin > c.arabic) return 'en';
  // Arabic script: weigh script-specific letters and function words.
  const urdu = c.urduLetters + 3 * c.urduWords;
  const arabic = 2 * c.arabicLetters + 3 * c.arabicWords;
  const persian = c.persianHeh + 3 * c.persianWords;
  if (urdu >= persian && urdu >= arabic) return 'ur';
  if (arabic > persian) return 'ar';
  return 'fa';
}
