/**
 * Matching word sequences (phrases) of a lexicon against folded tokens, longest first. Phrases
 * are folded once at build time; lookup costs one Map access per candidate start word.
 */
import { foldWord } from '../text/fold';
import { tokenize } from '../text/tokens';

/** A phrase table: phrase → value, matched on folded, lower-cased words. */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();
  /** Last words of the phrases: a phrase can end only on one of them. */
  private readonly lastWords = new Set<string>();
  /** Words in the longest phrase. */
  private longest = 0;

  /** Builds a matcher; keys are phrases written as in text (folded and split into tokens as text is: "rs." is rs + .). */
  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const words = tokenize(foldWord(phrase).toLowerCase()).map((t) => t.text);
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ words, value });
      this.byFirst.set(words[0], list);
      this.lastWords.add(words[words.length - 1]);
      this.longest = Math.max(this.longest, words.length);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting at `words[start]`, with the number of words it covers. */
  match(words: readonly string[], start: number): { value: T; count: number } | null {
    const list = this.byFirst.get(words[start]);
    if (!list) return null;
    for (const entry of list) {
      if (start + entry.words.length > words.length) continue;
      let ok = true;
      for (let k = 1; k < entry.words.length; k++) {
        if (words[start + k] !== entry.words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { value: entry.value, count: entry.words.length };
    }
    return null;
  }

  /** The longest phrase that ends at `words[end]` (inclusive), for words written before a number. */
  matchEndingAt(words: readonly string[], end: number, maxWords = 4): { value: T; count: number } | null {
    // Most words before a number end no phrase: one lookup instead of one per length.
    if (!this.lastWords.has(words[end])) return null;
    let best: { value: T; count: number } | null = null;
    for (let n = Math.min(maxWords, end + 1, this.longest); n >= 1 && !best; n--) {
      const m = this.match(words, end - n + 1);
      if (m && m.count === n) best = m;
    }
    return best;
  }

  /** Whether a single word starts any phrase. */
  startsWith(word: string): boolean {
    return this.byFirst.has(word);
  }
}
