/**
 * Cross-file, cross-script linking: mentions with a known id (knowledge base or built-in) form
 * that entity; the others join the entity whose names sound the same (phonetic keys compared with
 * `nameSimilarity`, types agreeing), or start a new entity of their own. Short keys (Hanoi has two
 * consonants) need extra evidence: they only join a known entity, at a higher bar.
 */
import type { EntityMention, EntitySource, EntityType } from '../types';
import { foldWord } from '../text/fold';
import { entryNames, type EntityRecord } from './model';
import { cachedNameKey as nameKey, nameSimilarity, type NameKey } from './nameKey';

/** A mention as the linker sees it: where it is and what the detector said. */
export interface LinkInput {
  doc: string;
  /** Index in the document's `facts.entities`. */
  index: number;
  mention: EntityMention;
}

/** A mention in an entity, with how sure the link is. */
export interface LinkedMention extends LinkInput {
  /** Confidence that this mention refers to the entity, in [0,1]. */
  confidence: number;
}

/** A group of mentions that refer to one entity. */
export interface EntityCluster {
  id: string;
  type: EntityType;
  /** Knowledge-base or built-in record, when the entity is known. */
  record: EntityRecord | null;
  source: EntitySource;
  members: LinkedMention[];
}

/** Similarity at or above which names of enough information link. */
export const LINK_THRESHOLD = 0.8;
/** Similarity a short key (fewer than `SHORT_KEY` consonants) needs, and only towards a known entity. */
export const SHORT_LINK_THRESHOLD = 0.92;
/** Keys with fewer consonants than this are short. */
export const SHORT_KEY = 4;
/** People whose names have a different number of words are usually different people (Luong Cuong, Luong Tam Quang). */
const PERSON_WORD_COUNT_PENALTY = 0.9;

/** Whether two entity types may be the same entity ('other' is a pattern that could not tell). */
function typesAgree(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'other' || b === 'other';
}

/** First consonant class of a key, for blocking: near sounds share a block. */
const BLOCK: Readonly<Record<string, string>> = { Z: 'S', D: 'T', G: 'K', J: 'C', P: 'F', V: 'B', Y: '', H: '' };
function blocksOf(key: NameKey): string[] {
  const out = new Set<string>();
  for (const s of key.skeletons) {
    const first = [...s].find((c) => BLOCK[c] !== '') ?? '';
    if (first) out.add(BLOCK[first] ?? first);
  }
  return [...out];
}

interface Candidate {
  cluster: EntityCluster;
  keys: NameKey[];
  known: boolean;
}

/** Clusters mentions into entities. `recordOf` resolves an id to its knowledge-base or built-in record. */
export function linkMentions(inputs: Iterable<LinkInput>, recordOf: (id: string) => EntityRecord | null): EntityCluster[] {
  const byId = new Map<string, EntityCluster>();
  const unlinked = new Map<string, LinkInput[]>();
  const groupOf = new Map<string, string>();
  for (const input of inputs) {
    const m = input.mention;
    if (m.id !== null) {
      let c = byId.get(m.id);
      if (!c) {
        const record = recordOf(m.id);
        byId.set(m.id, (c = { id: m.id, type: record?.type ?? m.type, record, source: m.source, members: [] }));
      }
      c.members.push({ ...input, confidence: m.confidence });
    } else {
      // An acronym joins its long name ("long name (ACR)"); acronyms group by their letters, names by spelling.
      const partner = m.sameAs !== null && m.sameAs < input.index ? groupOf.get(`${input.doc}#${m.sameAs}`) : undefined;
      const name = partner ?? (m.key.startsWith('#') ? `acronym|${m.key}` : `${m.type}|${foldWord(m.text).toLowerCase()}`);
      groupOf.set(`${input.doc}#${input.index}`, name);
      const group = unlinked.get(name);
      if (group) group.push(input);
      else unlinked.set(name, [input]);
    }
  }
  const blocks = new Map<string, Candidate[]>();
  const addCandidate = (cand: Candidate, key: NameKey): void => {
    cand.keys.push(key);
    for (const b of blocksOf(key)) {
      const list = blocks.get(b) ?? [];
      if (!list.includes(cand)) list.push(cand);
      blocks.set(b, list);
    }
  };
  for (const cluster of byId.values()) {
    const cand: Candidate = { cluster, keys: [], known: true };
    const names = new Set([...(cluster.record ? entryNames(cluster.record).map((n) => n.name) : []), ...cluster.members.map((m) => m.mention.text)]);
    for (const n of names) addCandidate(cand, nameKey(n));
  }
  // Names with more information first, so a short name meets the full name it abbreviates.
  const groups = [...unlinked.values()].map((g) => ({ g, key: nameKey(g[0].mention.text) }));
  groups.sort((a, b) => b.key.information - a.key.information || b.g.length - a.g.length);
  const autos: EntityCluster[] = [];
  const usedIds = new Set(byId.keys());
  for (const { g, key } of groups) {
    const type = g[0].mention.type;
    const acronymOnly = g.every((input) => input.mention.key.startsWith('#'));
    const short = acronymOnly || key.information < SHORT_KEY;
    let best: { cand: Candidate; sim: number } | null = null;
    for (const b of acronymOnly ? [] : blocksOf(key)) {
      for (const cand of blocks.get(b) ?? []) {
        if (!typesAgree(cand.cluster.type, type) || (short && !cand.known)) continue;
        const sim = Math.max(...cand.keys.map((k) => nameSimilarity(k, key) * (type === 'person' && k.skeletons.length !== key.skeletons.length ? PERSON_WORD_COUNT_PENALTY : 1)));
        if (sim >= (short ? SHORT_LINK_THRESHOLD : LINK_THRESHOLD) && (!best || sim > best.sim)) best = { cand, sim };
      }
    }
    if (best) {
      for (const input of g) best.cand.cluster.members.push({ ...input, confidence: round(input.mention.confidence * best.sim) });
      addCandidate(best.cand, key);
      continue;
    }
    const first = g[0].mention;
    const id = uniqueId(`~${type}:${first.key.startsWith('#') ? first.key.slice(1) : key.skeletons.join('-') || foldWord(first.text)}`, usedIds);
    const cluster: EntityCluster = { id, type, record: null, source: 'pattern', members: g.map((input) => ({ ...input, confidence: input.mention.confidence })) };
    autos.push(cluster);
    addCandidate({ cluster, keys: [], known: false }, key);
  }
  const all = [...byId.values(), ...autos];
  for (const c of all) c.members.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.mention.start - b.mention.start));
  return all;
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}#${n}`;
  used.add(id);
  return id;
}

const round = (x: number): number => Math.round(x * 100) / 100;
