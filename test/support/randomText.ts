/**
 * Seeded random text in Arabic script (Urdu, Persian) and Devanagari (Hindi) for property tests:
 * frequent function words (so quotes repeat, as in real news) mixed with made-up names.
 */

/** A seeded pseudo-random generator (mulberry32, shared with the benchmark): the same seed gives the same sequence. */
export { prng as seededRandom } from '../../bench/corpusGen';

/** Per script: frequent words and letters for made-up names. */
export const SCRIPTS = {
  urdu: {
    words: ['کے', 'میں', 'کی', 'اور', 'نے', 'سے', 'کو', 'ہے', 'یہ', 'ایک', 'وزیر اعظم', 'اقوام متحدہ', 'ہنوئی', 'کہا', '۲۵', 'اکتوبر', 'ملین', 'ڈالر', 'ممالک', 'کنونشن', '۔', '،'],
    letters: 'ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہھءیےںۓ',
    marks: ['\u200c', '\u064e', '\u0650'],
  },
  persian: {
    words: ['و', 'در', 'به', 'از', 'که', 'این', 'را', 'با', 'است', 'سازمان ملل متحد', 'هانوی', 'گفت', '۱۸', 'کشور', 'میلیون', 'دلار', 'نخست وزیر', '.', '،'],
    letters: 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی',
    marks: ['\u200c'],
  },
  hindi: {
    words: ['के', 'में', 'की', 'और', 'है', 'ने', 'से', 'को', 'यह', 'एक', 'संयुक्त राष्ट्र', 'हनोई', 'प्रधानमंत्री', 'कहा', '72', 'देश', 'करोड़', 'डॉलर', '।', ','],
    letters: 'कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह',
    marks: ['\u093e', '\u093f', '\u0940', '\u0941', '\u094d', '\u0902', '\u093c'],
  },
} as const;

/** Script names. */
export type ScriptName = keyof typeof SCRIPTS;

/** A made-up name: 2–6 letters with the occasional mark. */
export function randomName(rand: () => number, script: ScriptName): string {
  const { letters, marks } = SCRIPTS[script];
  let out = '';
  const n = 2 + Math.floor(rand() * 5);
  for (let i = 0; i < n; i++) {
    out += letters[Math.floor(rand() * letters.length)];
    if (rand() < 0.2) out += marks[Math.floor(rand() * marks.length)];
  }
  return out;
}

/** A run of `count` words: 75% frequent words, 25% made-up names. */
export function randomWords(rand: () => number, script: ScriptName, count: number): string {
  const { words } = SCRIPTS[script];
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(rand() < 0.75 ? words[Math.floor(rand() * words.length)] : randomName(rand, script));
  return out.join(' ');
}

/** A document of paragraphs (one per line). */
export function randomDocument(rand: () => number, script: ScriptName, paragraphs: number): string {
  const lines: string[] = [];
  for (let p = 0; p < paragraphs; p++) lines.push(randomWords(rand, script, 20 + Math.floor(rand() * 40)));
  return lines.join('\n');
}
