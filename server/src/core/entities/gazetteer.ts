/**
 * Longest-match lookup of known names over folded words: a trie keyed by whole words, so a scan
 * of a sentence is linear in its words times the longest name's length.
 */
import type { EntityType } from '../types';
import { foldWord as foldText } from '../text/fold';
import { WordFilter } from '../lexicon/phrases';
import { tokenize } from '../text/tokens';

const foldWord = (w: string): string => foldText(w).toLowerCase();

/** One known name of an entity, as written in text (it is folded and tokenized here, see `nameKeys`). */
export interface GazetteerEntry {
  id: string;
  type: EntityType;
  name: string;
}

/** A match of a known name starting at a word index. */
export interface GazetteerHit {
  id: string;
  type: EntityType;
  /** Number of words the name consumed. */
  count: number;
}

/** Lookup over folded words. */
export interface Gazetteer {
  /** Longest known name starting at `start`, or null. */
  lookup(foldedWords: readonly string[], start: number): GazetteerHit | null;
  /** Adds a name (the first entry for a name wins). */
  add(entry: GazetteerEntry): void;
  /** The words names start with, so callers can skip words no name starts with. */
  firstWords(): IterableIterator<string>;
  /** Whether any name was added. */
  readonly size: number;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  entity: { id: string; type: EntityType } | null;
}

const newNode = (): TrieNode => ({ children: new Map(), entity: null });

/**
 * The lookup keys of a name, tokenized as text is (so PML-N, Tehreek-e-Insaf and People's match
 * their tokens): words through `wordKey`, numbers as written, punctuation and identifiers '' as in
 * a sentence's keys (see `sentenceKeys` in detect.ts).
 */
export function nameKeys(name: string, wordKey: (word: string) => string): string[] {
  return tokenize(foldText(name)).map((t) => (t.kind === 'word' ? wordKey(foldWord(t.text)) : t.kind === 'number' ? t.text : ''));
}

/**
 * Builds a gazetteer; the first entry for a given name wins, so curated tables go first.
 * `wordKey` maps each folded, lower-cased word of a name (callers look up words mapped the same way).
 */
export function buildGazetteer(entries: Iterable<GazetteerEntry>, wordKey: (word: string) => string = (w) => w): Gazetteer {
  const root = newNode();
  /** The words names start with, as a bit filter: most words of a text start none, and skip the map. */
  const first = new WordFilter();
  let size = 0;
  const add = (entry: GazetteerEntry): void => {
    const words = nameKeys(entry.name, wordKey);
    // A name starting with punctuation or an identifier (G20) could never start a match.
    if (words.length === 0 || words[0] === '') return;
    let node = root;
    first.add(words[0]);
    for (const word of words) {
      let child = node.children.get(word);
      if (!child) node.children.set(word, (child = newNode()));
      node = child;
    }
    if (!node.entity) size++;
    node.entity ??= { id: entry.id, type: entry.type };
  };
  for (const entry of entries) add(entry);
  return {
    add,
    firstWords: () => root.children.keys(),
    get size() {
      return size;
    },
    lookup(foldedWords, start) {
      if (start >= foldedWords.length || !first.mayHave(foldedWords[start])) return null;
      let node: TrieNode | undefined = root;
      let best: TrieNode | null = null;
      let count = 0;
      for (let i = start; i < foldedWords.length; i++) {
        node = node.children.get(foldedWords[i]);
        if (!node) break;
        if (node.entity) {
          best = node;
          count = i - start + 1;
        }
      }
      return best ? { id: best.entity!.id, type: best.entity!.type, count } : null;
    },
  };
}
