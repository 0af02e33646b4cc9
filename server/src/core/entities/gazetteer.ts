/**
 * Longest-match lookup of known names over folded words: a trie keyed by whole words, so a scan
 * of a sentence is linear in its words times the longest name's length.
 */
import type { EntityType } from '../types';
import { foldWord as foldText } from '../text/fold';

const foldWord = (w: string): string => foldText(w).toLowerCase();

/** One known name of an entity, as written in text (it is folded and split on spaces here). */
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
}

interface TrieNode {
  children: Map<string, TrieNode>;
  entity: { id: string; type: EntityType } | null;
}

const newNode = (): TrieNode => ({ children: new Map(), entity: null });

/**
 * Builds a gazetteer; the first entry for a given name wins, so curated tables go first.
 * `wordKey` maps each folded, lower-cased word of a name (callers look up words mapped the same way).
 */
export function buildGazetteer(entries: Iterable<GazetteerEntry>, wordKey: (word: string) => string = (w) => w): Gazetteer {
  const root = newNode();
  for (const entry of entries) {
    const words = entry.name.split(/[\s\u00a0]+/u).map((w) => wordKey(foldWord(w))).filter((w) => w.length > 0);
    if (words.length === 0) continue;
    let node = root;
    for (const word of words) {
      let child = node.children.get(word);
      if (!child) node.children.set(word, (child = newNode()));
      node = child;
    }
    node.entity ??= { id: entry.id, type: entry.type };
  }
  return {
    lookup(foldedWords, start) {
      let node: TrieNode | undefined = root;
      let best: GazetteerHit | null = null;
      for (let i = start; i < foldedWords.length; i++) {
        node = node.children.get(foldedWords[i]);
        if (!node) break;
        if (node.entity) best = { ...node.entity, count: i - start + 1 };
      }
      return best;
    },
  };
}
