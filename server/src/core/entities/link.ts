/**
 * Cross-file, cross-script linking, incremental: mentions with a known id (knowledge base or
 * built-in) form that entity; the others are grouped by spelling (or acronym letters), and each
 * new group joins the entity whose names sound the same (phonetic keys compared with
 * `nameSimilarity`, types agreeing) or starts an entity of its own. A group's decision is kept
 * while it has mentions, so an edit links only the names it brings. Short keys (Hanoi has two
 * consonants) need extra evidence: they only join a known entity, at a higher bar. When a known
 * entity first appears, pattern-only entities that sound like it are merged into it.
 */
import type { EntityMention, EntitySource, EntityType } from '../types';
import { foldWord } from '../text/fold';
import { entryNames, type EntityRecord } from './model';
import { cachedNameKey as nameKey, nameSimilarity, similarityBound, soundSimilarity, type NameKey } from './nameKey';

/** Similarity at or above which names of enough information link. */
/**
 * Least similarity of two persons' last words (surnames) for them to be one person: a given name
 * shared by millions (محمد, Mohammed) must not carry محمد اسلامی to Mohammed Shami.
 */
const SURNAME_FLOOR = 0.7;

/**
 * Whether two persons' names of as many words (two or more) end in different surnames; names of
 * different lengths may drop or add a word (a middle name, a span cut short) and are left to the penalty below.
 */
function surnamesDiffer(a: NameKey, b: NameKey): boolean {
  if (a.skeletons.length < 2 || a.skeletons.length !== b.skeletons.length) return false;
  return soundSimilarity(a.skeletons[a.skeletons.length - 1], b.skeletons[b.skeletons.length - 1]) < SURNAME_FLOOR;
}

/**
 * Whether two organisations' names of as many words (two or more) differ in a word: bodies share
 * their head words (मंत्रालय, Ministry, Board), so the word that differs tells them apart
 * (कृषि मंत्रालय, the agriculture ministry, is no कोयला मंत्रालय, the coal ministry).
 */
function namesDiffer(a: NameKey, b: NameKey): boolean {
  if (a.skeletons.length < 2 || a.skeletons.length !== b.skeletons.length) return false;
  return a.skeletons.some((w, k) => soundSimilarity(w, b.skeletons[k]) < SURNAME_FLOOR);
}

export const LINK_THRESHOLD = 0.8;
/** Similarity a short key (fewer than `SHORT_KEY` consonants) needs, and only towards a known entity. */
export const SHORT_LINK_THRESHOLD = 0.92;
/** Keys with fewer consonants than this are short. */
export const SHORT_KEY = 4;
/** People whose names have a different number of words are usually different people (Luong Cuong, Luong Tam Quang). */
const PERSON_WORD_COUNT_PENALTY = 0.9;
/**
 * Keys kept per entity for matching new spellings. The first names an entity gets are its known
 * names and its commonest spellings; past this many, a new spelling that links adds nothing a
 * later spelling needs, and comparing every new group with hundreds of keys made linking the
 * slowest step of indexing.
 */
const MAX_KEYS = 16;

/** A mention in an entity, with how sure the link is. */
export interface LinkedMention {
  doc: string;
  /** Index in the document's `facts.entities`. */
  index: number;
  mention: EntityMention;
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
  /** Members by `memberKey`. */
  members: Map<number, LinkedMention>;
  /** Phonetic keys of its names, for matching new groups (at most `MAX_KEYS`). */
  keys: NameKey[];
  /** Signatures of `keys`, so a key is added once. */
  keySignatures: Set<string>;
  /** Spelling groups that joined it (pattern-only mentions). */
  groups: Set<string>;
  /** How many mentions use each spelling, by `lang|text` (kept as members come and go). */
  spellings: Map<string, { text: string; lang: EntityMention['lang']; count: number; adjective?: true }>;
  /** Changes on every change of members (never repeats), so cached views can tell they are stale. */
  version: number;
}

/**
 * The key of a document's mention among a cluster's members: generation numbers of documents are at
 * least their mention count apart (see `Linker.add`), so the sum is unique, and a small integer (no string built per mention).
 */
export const memberKey = (generation: number, index: number): number => generation + index;

/** Whether a cluster was started by pattern mentions (no knowledge-base or built-in id). */
const isAuto = (cluster: EntityCluster): boolean => cluster.id.startsWith('~');

/** Counts a mention's spelling in or out of a cluster. */
function countSpelling(cluster: EntityCluster, m: EntityMention, delta: number): void {
  const k = `${m.lang}|${m.text}`;
  const seen = cluster.spellings.get(k);
  if (seen) {
    seen.count += delta;
    if (seen.count <= 0) cluster.spellings.delete(k);
  } else if (delta > 0) cluster.spellings.set(k, { text: m.text, lang: m.lang, count: delta, ...(m.adjective ? { adjective: true as const } : {}) });
}

/** Whether two entity types may be the same entity ('other' is a pattern that could not tell). */
function typesAgree(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'other' || b === 'other';
}

/** First consonant class of each word of a key, for blocking: near sounds share a block. */
const BLOCK: Readonly<Record<string, string>> = { Z: 'S', D: 'T', G: 'K', J: 'C', P: 'F', V: 'B', Y: '', H: '' };
function blocksOf(key: NameKey): string[] {
  const out = new Set<string>();
  for (const s of key.skeletons) {
    const first = [...s].find((c) => BLOCK[c] !== '') ?? '';
    if (first) out.add(BLOCK[first] ?? first);
  }
  return [...out];
}

/** The spelling group of a mention without an id: acronyms by their letters, names by type and folded spelling. */
export function groupOf(m: EntityMention): string {
  return m.key.startsWith('#') ? `acronym|${m.key}` : `${m.type}|${foldWord(m.text).toLowerCase()}`;
}

/** Incremental clustering of mentions into entities. */
export class Linker {
  private readonly clusters = new Map<string, EntityCluster>();
  /** Spelling group → cluster id and the similarity that linked it. */
  private readonly groupCluster = new Map<string, { id: string; similarity: number; count: number }>();
  private readonly blocks = new Map<string, Set<EntityCluster>>();
  /** Version counter shared by all clusters, so a re-created cluster never repeats a version. */
  private tick = 0;

  /** `recordOf` resolves an id to its knowledge-base or built-in record. */
  constructor(private readonly recordOf: (id: string) => EntityRecord | null) {}

  /** A cluster by id. */
  cluster(id: string): EntityCluster | undefined {
    return this.clusters.get(id);
  }

  /** Every cluster with mentions. */
  all(): IterableIterator<EntityCluster> {
    return this.clusters.values();
  }

  /** The cluster id of a mention, given the group `add` returned for it (null: its own id). */
  resolve(mention: EntityMention, group: string | null): string | undefined {
    return group === null ? mention.id ?? undefined : this.groupCluster.get(group)?.id;
  }

  /**
   * Adds a document's mentions under a generation number (so a new version can be added before the
   * old one is removed, and groups both share are not decided again; numbers given to documents must
   * be at least their mention count apart, see `memberKey`); returns each mention's
   * spelling group (null for mentions with an id).
   */
  add(doc: string, generation: number, mentions: readonly EntityMention[]): (string | null)[] {
    // Of the mentions' own length (the index keeps one per document; a list grown by pushing keeps room to spare).
    const groups: (string | null)[] = new Array<string | null>(mentions.length).fill(null);
    mentions.forEach((m, index) => {
      if (m.id !== null) {
        this.join(this.known(m.id, m), memberKey(generation, index), doc, index, m, m.confidence);
        return;
      }
      const partner = m.sameAs !== null && m.sameAs < index ? groups[m.sameAs] : null;
      const group = partner ?? groupOf(m);
      groups[index] = group;
      let decided = this.groupCluster.get(group);
      if (!decided) this.groupCluster.set(group, (decided = this.decide(group, m)));
      decided.count++;
      this.join(this.clusters.get(decided.id)!, memberKey(generation, index), doc, index, m, Math.round(m.confidence * decided.similarity * 100) / 100);
    });
    return groups;
  }

  /** Removes a document's mentions of one generation (with the groups `add` returned for them). */
  remove(doc: string, generation: number, mentions: readonly EntityMention[], groups: readonly (string | null)[]): void {
    mentions.forEach((m, index) => {
      const group = groups[index];
      const id = this.resolve(m, group);
      const cluster = id === undefined ? undefined : this.clusters.get(id);
      if (cluster?.members.delete(memberKey(generation, index))) {
        cluster.version = ++this.tick;
        countSpelling(cluster, m, -1);
      }
      if (group !== null) {
        const decided = this.groupCluster.get(group);
        if (decided && --decided.count <= 0) {
          this.groupCluster.delete(group);
          cluster?.groups.delete(group);
        }
      }
      if (cluster && cluster.members.size === 0) this.drop(cluster);
    });
  }

  private join(cluster: EntityCluster, member: number, doc: string, index: number, mention: EntityMention, confidence: number): void {
    cluster.members.set(member, { doc, index, mention, confidence });
    cluster.version = ++this.tick;
    countSpelling(cluster, mention, 1);
  }

  /** The cluster of a known id, created (and merging pattern-only look-alikes) on first sight. */
  private known(id: string, m: EntityMention): EntityCluster {
    const existing = this.clusters.get(id);
    if (existing) return existing;
    const record = this.recordOf(id);
    const cluster = this.create(id, record?.type ?? m.type, record, m.source);
    for (const name of new Set([...(record ? entryNames(record).map((n) => n.name) : []), m.text])) this.addKey(cluster, nameKey(name));
    this.absorbLookAlikes(cluster);
    return cluster;
  }

  /** Pattern-only clusters that sound like a newly seen known entity join it. */
  private absorbLookAlikes(known: EntityCluster): void {
    const candidates = new Set<EntityCluster>();
    for (const key of known.keys) for (const b of blocksOf(key)) for (const other of this.blocks.get(b) ?? []) candidates.add(other);
    for (const other of candidates) {
      if (!isAuto(other) || other === known || !typesAgree(known.type, other.type)) continue;
      const similarity = this.bestSimilarity(known, other.keys, other.type);
      if (similarity < LINK_THRESHOLD || other.keys.some((k) => k.information < SHORT_KEY && similarity < SHORT_LINK_THRESHOLD)) continue;
      for (const group of other.groups) {
        const decided = this.groupCluster.get(group);
        if (decided) Object.assign(decided, { id: known.id, similarity });
        known.groups.add(group);
      }
      for (const [k, member] of other.members) {
        known.members.set(k, { ...member, confidence: Math.round(member.mention.confidence * similarity * 100) / 100 });
        countSpelling(known, member.mention, 1);
      }
      for (const k of other.keys) this.addKey(known, k);
      known.version = ++this.tick;
      this.drop(other);
    }
  }

  /** Where a new spelling group goes: the best-sounding cluster of an agreeing type, or a new one. */
  private decide(group: string, m: EntityMention): { id: string; similarity: number; count: number } {
    const exactOnly = m.key.startsWith('#');
    const key = nameKey(m.text);
    const short = exactOnly || key.information < SHORT_KEY;
    const threshold = short ? SHORT_LINK_THRESHOLD : LINK_THRESHOLD;
    let best: { cluster: EntityCluster; similarity: number } | null = null;
    const keys = [key];
    for (const b of exactOnly ? [] : blocksOf(key)) {
      for (const cluster of this.blocks.get(b) ?? []) {
        if (!typesAgree(cluster.type, m.type) || (short && isAuto(cluster))) continue;
        const similarity = this.bestSimilarity(cluster, keys, m.type, Math.max(threshold, best?.similarity ?? 0));
        if (similarity >= threshold && (!best || similarity > best.similarity)) best = { cluster, similarity };
      }
    }
    if (best) {
      // A pattern that could not tell the type ('other': a capitalised English run) learns it from a
      // spelling that could (the same name after a title in Urdu is a person).
      if (best.cluster.type === 'other' && m.type !== 'other') best.cluster.type = m.type;
      best.cluster.groups.add(group);
      this.addKey(best.cluster, key);
      return { id: best.cluster.id, similarity: best.similarity, count: 0 };
    }
    const base = `~${m.type}:${exactOnly ? m.key.slice(1) : key.skeletons.join('-') || foldWord(m.text)}`;
    let id = base;
    for (let n = 2; this.clusters.has(id); n++) id = `${base}#${n}`;
    const cluster = this.create(id, m.type, null, 'pattern');
    cluster.groups.add(group);
    if (!exactOnly) this.addKey(cluster, key);
    return { id, similarity: 1, count: 0 };
  }

  /** The best similarity of a cluster's keys to `keys`; pairs that cannot reach `floor` (or the best so far) are not compared. */
  private bestSimilarity(cluster: EntityCluster, keys: readonly NameKey[], type: EntityType, floor = 0): number {
    let best = 0;
    for (const a of cluster.keys) {
      for (const b of keys) {
        const bound = similarityBound(a, b);
        if (bound < floor || bound <= best) continue;
        const persons = type === 'person' && cluster.type === 'person';
        if (persons && surnamesDiffer(a, b)) continue;
        if (type === 'organisation' && cluster.type === 'organisation' && namesDiffer(a, b)) continue;
        const penalty = persons && a.skeletons.length !== b.skeletons.length ? PERSON_WORD_COUNT_PENALTY : 1;
        // A pair below both the floor and the best so far changes nothing, so it may stop early.
        best = Math.max(best, nameSimilarity(a, b, Math.max(floor, best)) * penalty);
      }
    }
    return best;
  }

  private create(id: string, type: EntityType, record: EntityRecord | null, source: EntitySource): EntityCluster {
    const cluster: EntityCluster = { id, type, record, source, members: new Map(), keys: [], keySignatures: new Set(), groups: new Set(), spellings: new Map(), version: 0 };
    this.clusters.set(id, cluster);
    return cluster;
  }

  private addKey(cluster: EntityCluster, key: NameKey): void {
    if (key.information === 0 || cluster.keys.length >= MAX_KEYS) return;
    const signature = `${key.skeletons.join(' ')}|${key.vowelled.join(' ')}`;
    if (cluster.keySignatures.has(signature)) return;
    cluster.keySignatures.add(signature);
    cluster.keys.push(key);
    for (const b of blocksOf(key)) {
      const set = this.blocks.get(b);
      if (set) set.add(cluster);
      else this.blocks.set(b, new Set([cluster]));
    }
  }

  private drop(cluster: EntityCluster): void {
    this.clusters.delete(cluster.id);
    for (const key of cluster.keys) for (const b of blocksOf(key)) this.blocks.get(b)?.delete(cluster);
  }
}
