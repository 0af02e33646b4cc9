/**
 * Matching word sequences (phrases) of a lexicon against folded tokens, longest first. Phrases
 * are folded once at build time; lookup costs one Map access per candidate start word.
 */
import { foldWord } from '../text/fold';
import { tokenize } from '../text/tokens';

/**
 * A cheap pre-check before a Map or Set lookup of a word: one bit per signature (length, first two
 * and last code units; or the first `prefix` code units) of every key. A clear bit proves a word is
 * no key; a set bit only says "look it up". The bits (8 KB) stay in cache where a large Map does not.
 */
export class WordFilter {
  private readonly bits = new Uint32Array(1 << (FILTER_BITS - 5));

  /** `prefix` > 0 keys words by their first `prefix` code units (for stems looked up by prefix). */
  constructor(private readonly prefix = 0) {}

  add(key: string): void {
    const h = this.signature(key);
    this.bits[h >>> 5] |= 1 << (h & 31);
  }

  /** False when `word` is surely no key; true when it may be one. */
  mayHave(word: string): boolean {
    return this.mayHaveSignature(this.signature(word));
  }

  /** `mayHave` for a word of a filter keyed by a prefix, by its signature from `prefixSignatures`. */
  mayHaveSignature(h: number): boolean {
    return (this.bits[h >>> 5] & (1 << (h & 31))) !== 0;
  }

  private signature(w: string): number {
    if (this.prefix === 0) {
      // Several filters test the same word in a row (the word after a number against each table).
      if (w !== lastWord) {
        lastSignature = mix(Math.imul(Math.imul(Math.imul(w.length, 0x9e3779b1) ^ w.charCodeAt(0), 0x85ebca6b) ^ w.charCodeAt(1), 0xc2b2ae35) ^ w.charCodeAt(w.length - 1));
        lastWord = w;
      }
      return lastSignature;
    }
    return prefixSignature(w, this.prefix);
  }
}

function prefixSignature(w: string, prefix: number): number {
  let h = prefix;
  for (let k = 0; k < prefix; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x9e3779b1);
  return mix(h);
}

/**
 * The signatures of a sentence's words for filters keyed by their first `prefix` code units. Every
 * table of a sentence (predicates, events, rounds, qualifiers) reads the same words: they are
 * computed once for the last words array asked for (words arrays are not changed once made).
 */
export function prefixSignatures(words: readonly string[], prefix: number): Int32Array {
  if (words !== lastWords || prefix !== lastPrefix) {
    if (lastSignatures.length < words.length) lastSignatures = new Int32Array(Math.max(words.length, 2 * lastSignatures.length));
    for (let k = 0; k < words.length; k++) lastSignatures[k] = prefixSignature(words[k], prefix);
    [lastWords, lastPrefix] = [words, prefix];
  }
  return lastSignatures;
}

let lastWords: readonly string[] | null = null;
let lastPrefix = 0;
let lastSignatures = new Int32Array(64);

/** The word whose whole-word signature was computed last, and that signature. */
let lastWord: string | null = null;
let lastSignature = 0;

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 16)) & ((1 << FILTER_BITS) - 1);
}

/** 2^16 signature bits per filter. */
const FILTER_BITS = 16;

/** A phrase table: phrase → value, matched on folded words (Latin words lower-cased, identifiers as written: KSE-100). */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();
  private readonly firstWords = new WordFilter();
  /** The phrases by their last word, longest first (in table order among equals): a phrase can end only on one of them. */
  private readonly byLast = new Map<string, { words: string[]; value: T }[]>();

  /**
   * Builds a matcher; keys are phrases written as in text (folded and split into tokens as text is: "rs." is rs + .;
   * Latin words in any case, an identifier in the case news writes it: KSE-100).
   */
  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const words = tokenize(foldWord(phrase)).map((t) => t.text);
      if (words.length === 0) continue;
      const entry = { words, value };
      const list = this.byFirst.get(words[0]) ?? [];
      list.push(entry);
      this.byFirst.set(words[0], list);
      this.firstWords.add(words[0]);
      const ending = this.byLast.get(words[words.length - 1]) ?? [];
      ending.push(entry);
      this.byLast.set(words[words.length - 1], ending);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    for (const list of this.byLast.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting at `words[start]` (of at most `limit` words), with the number of words it covers. */
  match(words: readonly string[], start: number, limit = Infinity): { value: T; count: number } | null {
    const first = words[start];
    if (first === undefined || !this.firstWords.mayHave(first)) return null;
    const list = this.byFirst.get(first);
    if (!list) return null;
    for (const entry of list) {
      if (start + entry.words.length > words.length || entry.words.length > limit) continue;
      if (sameWords(words, start, entry.words, 1, entry.words.length)) return { value: entry.value, count: entry.words.length };
    }
    return null;
  }

  /** The longest phrase that ends at `words[end]` (inclusive), for words written before a number. */
  matchEndingAt(words: readonly string[], end: number, maxWords = 4): { value: T; count: number } | null {
    // Most words before a number end no phrase: one lookup, then only the phrases that end on it, longest
    // first (a longer phrase from the same start, "تقریباً ایک", cannot hide one that ends here, "تقریباً").
    const list = this.byLast.get(words[end]);
    if (!list) return null;
    const most = Math.min(maxWords, end + 1);
    for (const entry of list) {
      const n = entry.words.length;
      if (n <= most && sameWords(words, end - n + 1, entry.words, 0, n - 1)) return { value: entry.value, count: n };
    }
    return null;
  }

  /** Whether a single word starts any phrase. */
  startsWith(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** Every word a phrase starts with. */
  firstWordsOfPhrases(): Iterable<string> {
    return this.byFirst.keys();
  }
}

/** Whether a phrase's words `from`..`to` - 1 stand in `words` from `start` on (its word k at `start` + k). */
function sameWords(words: readonly string[], start: number, phrase: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words[start + k] !== phrase[k]) return false;
  return true;
}

/** Whether a marker (a clause marker: نے, ने, after; a joiner: and, اور; a clause break: while, جبکہ, در حالی که) stands between tokens `from` and `to`. */
export function markerBetween(words: readonly string[], markers: ReadonlySet<string> | PhraseMatcher<true>, from: number, to: number): boolean {
  if (markers instanceof PhraseMatcher) {
    for (let k = from + 1; k < to; k++) if (markers.match(words, k)) return true;
  } else for (let k = from + 1; k < to; k++) if (markers.has(words[k])) return true;
  return false;
}
