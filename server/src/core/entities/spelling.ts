/**
 * How Hindi writers spell a foreign name several ways that folding (nukta, chandrabindu) does not
 * merge: the English "o" as ॉ or ा (हॉन्ग कॉन्ग, हांग कांग), a nasal as a half letter or as anusvara
 * (हॉन्ग, हांग), a conjunct written with or without its virama (स्विट्ज़रलैंड, स्विटजरलैंड; इस्राइल,
 * इसराइल), and ाय or ाइ for the same sound (इजरायल, इजराइल). Name lookup reads every Devanagari word
 * by one key that drops these differences; only name tables are keyed this way, so बॉल and बाल
 * meet only where a table lists a name. Urdu and Persian words lose a closing hamza after alef.
 */

import { detached } from '../text/intern';

const DEVANAGARI_FIRST = 0x0900;
const DEVANAGARI_LAST = 0x097f;
/** Letters a Hindi spelling key changes: ॉ, ऑ, the virama, and ाय. */
const LOOSE = /[\u0949\u0911\u094d]|\u093e\u092f/u;
/** A nasal consonant with a virama before a consonant: written as anusvara. */
const HALF_NASAL = /[\u0919\u091e\u0923\u0928\u092e]\u094d(?=[\u0915-\u0939])/gu;
/** ाय not followed by a vowel sign: ाइ. */
const AY = /\u093e\u092f(?![\u093e-\u094c])/gu;

/** Hindi words' keys as made (a word recurs across a corpus; five replacements cost more than a lookup), emptied when full. */
const hindiKeys = new Map<string, string>();
const HINDI_KEYS_KEPT = 50_000;

const HAMZA = 0x0621;
const ALEF = 0x0627;

/**
 * The lookup key of a folded word for spelling variants: Hindi ones (above), and in Urdu and
 * Persian a hamza closing a word after alef, written or left out (ایشیاء = ایشیا, طلباء = طلبا).
 */
export function spellingKey(folded: string): string {
  const n = folded.length;
  if (folded.charCodeAt(n - 1) === HAMZA && folded.charCodeAt(n - 2) === ALEF) return folded.slice(0, -1);
  const first = folded.charCodeAt(0);
  if (first < DEVANAGARI_FIRST || first > DEVANAGARI_LAST || !LOOSE.test(folded)) return folded;
  let key = hindiKeys.get(folded);
  if (key === undefined) {
    if (hindiKeys.size >= HINDI_KEYS_KEPT) hindiKeys.clear();
    key = detached(
      folded
        .replace(/\u0949/gu, '\u093e')
        .replace(/\u0911/gu, '\u0906')
        .replace(HALF_NASAL, '\u0902')
        .replace(/\u094d/gu, '')
        .replace(AY, '\u093e\u0907'),
    );
    hindiKeys.set(detached(folded), key);
  }
  return key;
}

