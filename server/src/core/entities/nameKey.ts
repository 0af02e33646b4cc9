/**
 * Cross-script phonetic keys for names. Arabic script mostly leaves vowels unwritten, so the key
 * is a consonant skeleton (comparable across Urdu, Persian, Hindi and Latin) plus a vowelled form
 * used only when both sides write their vowels.
 */

/** Consonant classes a letter can map to; vowels are 'a' | 'i' | 'u'; '' means silent. */
type Sound = string;

/** A name's phonetic key: one skeleton per word, so multi-word names can be aligned word by word. */
export interface NameKey {
  /** Consonant skeleton per word, e.g. ['FM', 'MN', 'CN'] for Pham Minh Chinh. */
  skeletons: readonly string[];
  /** Skeleton with vowel classes per word (only informative for Latin and Devanagari). */
  vowelled: readonly string[];
  /** Whether the source writes its vowels (Latin, Devanagari), so `vowelled` can be compared. */
  vowelsWritten: boolean;
  /** Number of skeleton consonants: short keys (Hanoi = 2) need extra evidence before linking. */
  information: number;
  /** The skeletons' strong sounds, near sounds merged, sorted (for `similarityBound`). */
  bag: string;
  /** `wordId` of each skeleton and each vowelled word, and the skeletons run together (computed once per key, read per comparison). */
  skeletonIds: readonly number[];
  vowelledIds: readonly number[];
  joined: string;
  /** The skeletons joined by spaces: the linking key of a mention (`EntityMention.key`). */
  spaced: string;
}

/** Arabic-script letters (Urdu and Persian) to sound classes; vowel letters are handled in context. */
const ARABIC: Readonly<Record<string, Sound>> = {
  'ب': 'B', 'پ': 'P', 'ت': 'T', 'ٹ': 'T', 'ث': 'S', 'ج': 'J', 'چ': 'C', 'ح': 'H', 'خ': 'K', 'د': 'D',
  'ڈ': 'D', 'ذ': 'Z', 'ر': 'R', 'ڑ': 'R', 'ز': 'Z', 'ژ': 'Z', 'س': 'S', 'ش': 'S', 'ص': 'S', 'ض': 'Z',
  'ط': 'T', 'ظ': 'Z', 'ع': '', 'غ': 'G', 'ف': 'F', 'ق': 'K', 'ک': 'K', 'ك': 'K', 'گ': 'G', 'ل': 'L',
  'م': 'M', 'ن': 'N', 'ں': '', 'ھ': '', 'ء': '', 'ئ': 'i', 'ؤ': 'u', 'آ': 'a', 'ا': 'a', 'أ': 'a', 'إ': 'i',
  'ے': 'i', 'ۓ': 'i', 'ة': 'a', 'ۀ': 'a',
};

/** Devanagari consonants (with or without nukta) to sound classes. */
const DEVANAGARI_CONSONANTS: Readonly<Record<string, Sound>> = {
  'क': 'K', 'ख': 'K', 'ग': 'G', 'घ': 'G', 'ङ': 'N', 'च': 'C', 'छ': 'C', 'ज': 'J', 'झ': 'J', 'ञ': 'N',
  'ट': 'T', 'ठ': 'T', 'ड': 'D', 'ढ': 'D', 'ण': 'N', 'त': 'T', 'थ': 'T', 'द': 'D', 'ध': 'D', 'न': 'N',
  'प': 'P', 'फ': 'F', 'ब': 'B', 'भ': 'B', 'म': 'M', 'य': 'Y', 'र': 'R', 'ल': 'L', 'व': 'V', 'श': 'S',
  'ष': 'S', 'स': 'S', 'ह': 'H', 'क़': 'K', 'ख़': 'K', 'ग़': 'G', 'ज़': 'Z', 'ड़': 'R', 'ढ़': 'R', 'फ़': 'F',
};

/** Devanagari independent vowels and matras to vowel classes. */
const DEVANAGARI_VOWELS: Readonly<Record<string, Sound>> = {
  'अ': 'a', 'आ': 'a', 'इ': 'i', 'ई': 'i', 'उ': 'u', 'ऊ': 'u', 'ए': 'i', 'ऐ': 'a', 'ओ': 'u', 'औ': 'a',
  'ऋ': 'i', 'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'े': 'i', 'ै': 'a', 'ो': 'u', 'ौ': 'a',
  'ृ': 'i', 'ॉ': 'u', 'ऑ': 'u',
};

/** Latin digraphs read as one sound; checked before single letters. */
const LATIN_DIGRAPHS: Readonly<Record<string, Sound>> = {
  ch: 'C', sh: 'S', kh: 'K', gh: 'G', th: 'T', ph: 'F', ck: 'K', qu: 'K', ng: 'N', zh: 'J', dh: 'D', bh: 'B',
};

/** Latin letters to sound classes ('c' and 'y' are decided in context). */
const LATIN: Readonly<Record<string, Sound>> = {
  a: 'a', e: 'i', i: 'i', o: 'u', u: 'u', b: 'B', d: 'D', f: 'F', g: 'G', h: 'H', j: 'J', k: 'K', l: 'L',
  m: 'M', n: 'N', p: 'P', q: 'K', r: 'R', s: 'S', t: 'T', v: 'V', w: 'V', x: 'S', z: 'Z', 'đ': 'D', 'ø': 'u',
};

const isVowel = (s: Sound): boolean => s === 'a' || s === 'i' || s === 'u';

/** Sounds of one Arabic-script word: و and ی are consonants only at the start of a syllable. */
function arabicSounds(word: string): Sound[] {
  const out: Sound[] = [];
  const chars = [...word];
  chars.forEach((ch, i) => {
    const prev = out.length ? out[out.length - 1] : 'a';
    const syllableStart = i === 0 || isVowel(prev);
    if (ch === 'و') out.push(syllableStart && i < chars.length - 1 ? 'V' : 'u');
    else if (ch === 'ی' || ch === 'ي' || ch === 'ى') out.push(syllableStart && i < chars.length - 1 ? 'Y' : 'i');
    // A final ه/ہ after a letter is the vowel -a/-e (چنہ, ملکه), not h.
    else if (ch === 'ه' || ch === 'ہ') out.push(i === chars.length - 1 && i > 0 ? 'a' : 'H');
    else out.push(ARABIC[ch] ?? '');
  });
  return out;
}

/** Sounds of one Devanagari word, with the inherent schwa written out except word-finally. */
function devanagariSounds(word: string): Sound[] {
  const out: Sound[] = [];
  const chars = [...word.normalize('NFC')];
  chars.forEach((ch, i) => {
    const next = chars[i + 1];
    // NFC keeps ड़ and ज़ decomposed (consonant + nukta), so the nukta forms are looked up as pairs.
    const consonant = next === '\u093c' ? DEVANAGARI_CONSONANTS[ch + next] ?? DEVANAGARI_CONSONANTS[ch] : DEVANAGARI_CONSONANTS[ch];
    if (consonant !== undefined) {
      out.push(consonant);
      const followedByMark = next !== undefined && (DEVANAGARI_VOWELS[next] !== undefined || next === '\u094d' || next === '\u093c');
      // Hindi drops the final schwa (चिन्ह is "chinh", not "chinha").
      if (!followedByMark && next !== undefined && !'ंँ'.includes(next)) out.push('a');
    } else if (ch === 'ं') out.push('N');
    else out.push(DEVANAGARI_VOWELS[ch] ?? '');
  });
  return out;
}

/** Sounds of one Latin word after diacritics are folded away. */
function latinSounds(word: string): Sound[] {
  const s = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-zđø]/g, '');
  const out: Sound[] = [];
  for (let i = 0; i < s.length; i++) {
    const digraph = LATIN_DIGRAPHS[s.slice(i, i + 2)];
    if (digraph !== undefined) { out.push(digraph); i++; continue; }
    const ch = s[i];
    if (ch === 'c') out.push('eiy'.includes(s[i + 1] ?? '') ? 'S' : 'K');
    else if (ch === 'y') out.push(i === 0 ? 'Y' : 'i');
    else out.push(LATIN[ch] ?? '');
  }
  return out;
}

/**
 * In Latin script, an h after a consonant is aspiration or part of a digraph (Minh, Bhutto) and carries
 * no consonant of its own across scripts. Arabic script writes aspiration with its own letter (ھ, silent
 * here), so its ح and ه are consonants wherever they stand (محمد is Mohammad, not Mod).
 */
function dropTrailingH(sounds: Sound[]): Sound[] {
  return sounds.filter((s, i) => !(s === 'H' && i > 0 && sounds[i - 1] !== '' && !isVowel(sounds[i - 1])));
}

/** Whether a word is written in Arabic script. */
const ARABIC_LETTER = /[\u0600-\u06ff]/;

/** Sounds of a word in whatever script it is written in. */
function wordSounds(word: string): { sounds: Sound[]; vowelsWritten: boolean } {
  if (/[\u0900-\u097f]/.test(word)) return { sounds: devanagariSounds(word), vowelsWritten: true };
  if (ARABIC_LETTER.test(word)) return { sounds: arabicSounds(word), vowelsWritten: false };
  return { sounds: latinSounds(word), vowelsWritten: true };
}

/** Collapses repeats so doubled letters and vowel clusters compare equal. */
function collapse(sounds: readonly Sound[]): string {
  let out = '';
  for (const s of sounds) if (s !== '' && out[out.length - 1] !== s) out += s;
  return out;
}

/** Builds the phonetic key of a name written in any supported script. */
export function nameKey(name: string): NameKey {
  const words = name.split(/[\s\u200c\-‐.،,]+/u).filter((w) => w.length > 0);
  const skeletons: string[] = [];
  const vowelled: string[] = [];
  let vowelsWritten = words.length > 0;
  for (const word of words) {
    const { sounds, vowelsWritten: written } = wordSounds(word);
    vowelsWritten &&= written;
    const sounded = sounds.filter((s) => s !== '');
    const cleaned = ARABIC_LETTER.test(word) ? sounded : dropTrailingH(sounded);
    // A final or pre-consonant "ng" is one nasal in Latin (Luong) but two letters in Arabic script and Devanagari (لوونگ, लुओंग).
    const skeleton = collapse(cleaned.filter((s) => !isVowel(s))).replace(/NG(?=[^aiu]|$)/g, 'N');
    if (skeleton === '' && cleaned.length === 0) continue;
    skeletons.push(skeleton);
    vowelled.push(collapse(cleaned));
  }
  const joined = skeletons.join('');
  return {
    skeletons, vowelled, vowelsWritten, information: joined.length, bag: strongBag(skeletons),
    skeletonIds: skeletons.map(wordId), vowelledIds: vowelled.map(wordId), joined, spaced: skeletons.join(' '),
  };
}

/** Near sounds (which substitute for half a cost) as one class; weak sounds (cheap to insert) are left out. */
const SOUND_CLASS: Readonly<Record<string, string>> = { Z: 'S', C: 'S', J: 'S', D: 'T', G: 'K', P: 'F', B: 'F', H: '', Y: '', V: '' };

function strongBag(skeletons: readonly string[]): string {
  const sounds: string[] = [];
  for (const s of skeletons) for (const c of s) {
    const k = SOUND_CLASS[c] ?? c;
    if (k !== '') sounds.push(k);
  }
  return sounds.sort().join('');
}

/**
 * An upper bound of `nameSimilarity(a, b)`, cheap enough to skip most comparisons. Every edit
 * that changes the multiset of strong sound classes costs at least half a unit per sound it changes
 * (a substitution across classes costs 1 and changes two; inserting a strong sound costs 1), so the
 * skeleton distance is at least half the multisets' difference, and the word-aligned and run-together
 * similarities are at most 1 − difference / (2 × both lengths).
 */
export function similarityBound(a: NameKey, b: NameKey): number {
  const total = a.information + b.information;
  if (total === 0 || a.information === 0 || b.information === 0) return 0;
  const skeleton = Math.max(0, 1 - (0.5 * bagDifference(a, b)) / total);
  return a.vowelsWritten && b.vowelsWritten ? 0.7 * skeleton + 0.3 : skeleton;
}

/** Size of the multisets' difference of two keys' strong sounds (see `similarityBound`). */
function bagDifference(a: NameKey, b: NameKey): number {
  let difference = 0;
  let i = 0;
  let j = 0;
  const x = a.bag;
  const y = b.bag;
  while (i < x.length && j < y.length) {
    const cx = x.charCodeAt(i);
    const cy = y.charCodeAt(j);
    if (cx === cy) (i++, j++);
    else if (cx < cy) (i++, difference++);
    else (j++, difference++);
  }
  return difference + x.length - i + (y.length - j);
}

/** Consonant pairs that scripts confuse (voicing, sibilants) and so cost half a substitution. */
const NEAR: ReadonlySet<string> = new Set(['SZ', 'ZS', 'TD', 'DT', 'KG', 'GK', 'CJ', 'JC', 'SC', 'CS', 'FP', 'PF', 'VB', 'BV', 'FV', 'VF', 'ZJ', 'JZ']);
/** Sounds that one script writes and another drops (glides, h) and so are cheap to insert. */
const WEAK = 'HYV';

/** Cost of inserting or deleting a sound, by char code (sounds are ASCII letters). */
const INDEL = new Float64Array(128).fill(1);
for (const c of WEAK) INDEL[c.charCodeAt(0)] = 0.4;
for (const c of 'aiu') INDEL[c.charCodeAt(0)] = 0.3;
/** Cost of substituting one sound for another, by char codes (row × 128 + column). */
const SUBSTITUTION = new Float64Array(128 * 128).fill(1);
for (let c = 0; c < 128; c++) SUBSTITUTION[c * 128 + c] = 0;
for (const pair of NEAR) SUBSTITUTION[pair.charCodeAt(0) * 128 + pair.charCodeAt(1)] = 0.5;

/** Two reusable rows for the edit distance (names are short; they grow when needed). */
let rowA = new Float64Array(64);
let rowB = new Float64Array(64);

function indelCost(sound: number): number {
  return sound < 128 ? INDEL[sound] : 1;
}

/** Weighted edit distance between two skeletons (allocation-free: it runs for every pair of names compared). */
function skeletonDistance(a: string, b: string): number {
  if (rowA.length <= b.length) {
    rowA = new Float64Array(b.length * 2 + 1);
    rowB = new Float64Array(b.length * 2 + 1);
  }
  let prev = rowA;
  let row = rowB;
  prev[0] = 0;
  for (let j = 1; j <= b.length; j++) prev[j] = prev[j - 1] + indelCost(b.charCodeAt(j - 1));
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    const deleteA = indelCost(ca);
    row[0] = prev[0] + deleteA;
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      const sub = ca === cb ? 0 : ca < 128 && cb < 128 ? SUBSTITUTION[ca * 128 + cb] : 1;
      row[j] = Math.min(prev[j - 1] + sub, prev[j] + deleteA, row[j - 1] + indelCost(cb));
    }
    const t = prev;
    prev = row;
    row = t;
  }
  return prev[b.length];
}

/** Similarity of two strings of sounds in [0,1]. */
export function soundSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : Math.max(0, 1 - skeletonDistance(a, b) / longest);
}

/**
 * Words of keys by id, so the similarity of a word pair is computed once: linking compares every
 * new name with the names of many entities, and the same few thousand words recur in them. Ids
 * stop at `MAX_WORD_IDS` (a word past them gets -1 and is compared afresh), which bounds both tables.
 */
const wordIds = new Map<string, number>();
const MAX_WORD_IDS = 1 << 15;
/** `soundSimilarity` of word pairs by `first id × MAX_WORD_IDS + second id` (a small integer key). */
const pairSimilarity = new Map<number, number>();
const MAX_PAIRS = 1 << 18;

function wordId(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    if (wordIds.size >= MAX_WORD_IDS) return -1;
    wordIds.set(word, (id = wordIds.size));
  }
  return id;
}

/** `soundSimilarity` of two words through the pair table. */
function wordSimilarity(a: string, b: string, aId: number, bId: number): number {
  if (aId < 0 || bId < 0) return soundSimilarity(a, b);
  const pair = aId * MAX_WORD_IDS + bId;
  let similarity = pairSimilarity.get(pair);
  if (similarity === undefined) {
    if (pairSimilarity.size >= MAX_PAIRS) pairSimilarity.clear();
    pairSimilarity.set(pair, (similarity = soundSimilarity(a, b)));
  }
  return similarity;
}

/** Reusable alignment table (rows × columns of word pairs). */
let table = new Float64Array(256);

/** Word-aligned similarity: words in order, unmatched words cost their full length (`aIds`, `bIds`: the words' `wordId`s). */
function alignedSimilarity(a: readonly string[], b: readonly string[], aIds: readonly number[], bIds: readonly number[]): number {
  let total = 0;
  for (const w of a) total += w.length;
  for (const w of b) total += w.length;
  if (total === 0) return 0;
  // best[i][j] (at i × width + j): matched weight aligning a[0..i) with b[0..j) in order.
  const width = b.length + 1;
  const size = (a.length + 1) * width;
  if (table.length < size) table = new Float64Array(size * 2);
  const best = table;
  best.fill(0, 0, size);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const pair = wordSimilarity(a[i - 1], b[j - 1], aIds[i - 1], bIds[j - 1]) * (a[i - 1].length + b[j - 1].length);
      best[i * width + j] = Math.max(best[(i - 1) * width + j], best[i * width + j - 1], best[(i - 1) * width + j - 1] + pair);
    }
  }
  return best[a.length * width + b.length] / total;
}

/** Weight of the run-together comparison, which can only win when the word-aligned one is below it. */
const RUN_TOGETHER = 0.9;

/**
 * Similarity of two name keys in [0,1]; compares word by word and as run-together words (spacing varies).
 * With a `floor`, a pair that cannot reach it may return early some value below it (the exact value is
 * returned whenever it is at least `floor`).
 */
export function nameSimilarity(a: NameKey, b: NameKey, floor = 0): number {
  if (a.information === 0 || b.information === 0) return 0;
  const vowels = a.vowelsWritten && b.vowelsWritten;
  // Both sides write vowels (Latin, Devanagari), so vowels are evidence too (Hanoi is not Hà Nam); they weigh 0.3.
  const withVowels = (skeleton: number, vowelled: number): number => (vowels ? 0.7 * skeleton + 0.3 * vowelled : skeleton);
  let skeleton = alignedSimilarity(a.skeletons, b.skeletons, a.skeletonIds, b.skeletonIds);
  if (a.skeletons.length !== b.skeletons.length && skeleton < RUN_TOGETHER) {
    // The run-together distance is at least half the strong sounds' difference (see `similarityBound`); the margin covers rounding.
    const runBound = Math.min(1, Math.max(0, 1 - (0.5 * bagDifference(a, b)) / Math.max(a.joined.length, b.joined.length)) + 1e-9);
    const most = withVowels(Math.max(skeleton, runBound * RUN_TOGETHER), 1);
    if (most < floor) return most;
    skeleton = Math.max(skeleton, soundSimilarity(a.joined, b.joined) * RUN_TOGETHER);
  }
  if (!vowels) return skeleton;
  const most = withVowels(skeleton, 1);
  if (most < floor) return most;
  return withVowels(skeleton, alignedSimilarity(a.vowelled, b.vowelled, a.vowelledIds, b.vowelledIds));
}

/** Name keys by text: the same names recur across sentences, documents and linking rebuilds. */
const keyCache = new Map<string, NameKey>();
const KEY_CACHE_SIZE = 50_000;

/** `nameKey` through a bounded cache (cleared when full). */
export function cachedNameKey(name: string): NameKey {
  let key = keyCache.get(name);
  if (!key) {
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
    keyCache.set(name, (key = nameKey(name)));
  }
  return key;
}
