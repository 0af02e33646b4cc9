/**
 * The cross-file entity index: every document's mentions, clustered into entities across files
 * and scripts (core/entities/link.ts). Clusters are rebuilt lazily on the first query after a
 * change, so a burst of edits costs one rebuild; lookups in between are map reads.
 *
 * Stable API for the editor features (hover, definition, references, symbols, rename, spelling):
 * `update`, `remove`, `rename`, `setKnowledgeBase`, `entityAt`, `entity`, `entities`, `search`,
 * `mentionsIn`, and the `EntityInfo` / `EntityMentionRef` shapes.
 */
import { builtinRecord } from '../entities/builtin';
import { Linker, memberKey, type EntityCluster, type LinkedMention } from '../entities/link';
import { EMPTY_KNOWLEDGE_BASE, entryNames, type KnowledgeBase, type KnowledgeBaseEntry, type EntityRecord } from '../entities/model';
import { nameKey, nameSimilarity } from '../entities/nameKey';
import { foldWord } from '../text/fold';
import { scriptOfText } from '../text/language';
import type { EntityMention, EntitySource, EntityType, Lang, Script, Span } from '../types';

/** One mention of an entity somewhere in the corpus. */
export interface EntityMentionRef extends Span {
  /** Document key (URI in the server, path in the CLI). */
  doc: string;
  /** Index in that document's `facts.entities`. */
  index: number;
  text: string;
  lang: Lang;
  /** Confidence that this mention refers to the entity (detection × link), in [0,1]. */
  confidence: number;
}

/** A spelling of an entity and how often it occurs. */
export interface EntityName {
  text: string;
  lang: Lang;
  count: number;
  /** Set when the spelling is the country's adjective or demonym (ایرانی, Iranian), not a name. */
  adjective?: true;
}

/** Everything the index knows about one entity. */
export interface EntityInfo {
  /** Knowledge-base or built-in id; `~type:KEY` for entities only patterns found. */
  id: string;
  type: EntityType;
  /** Knowledge-base name, else the built-in English name, else the most frequent spelling. */
  canonical: string;
  /** Spellings seen in the corpus per script, most frequent first. */
  namesByScript: Partial<Record<Script, EntityName[]>>;
  /** Spellings seen in the corpus per language, most frequent first (the spelling rule works per language). */
  namesByLang: Partial<Record<Lang, EntityName[]>>;
  /** Every mention, ordered by document key then offset. */
  mentions: EntityMentionRef[];
  /** The workspace knowledge-base entry, when the entity has one. */
  kb: KnowledgeBaseEntry | null;
  /** The knowledge-base or built-in record (names per language, description). */
  record: EntityRecord | null;
  description: string | null;
  source: EntitySource;
}

interface IndexedMentions {
  mentions: readonly EntityMention[];
  /** Spelling group of each mention (null: linked by its id). */
  groups: (string | null)[];
  generation: number;
}

/** Mentions of every document, linked into entities incrementally. */
export class EntityIndex {
  private readonly docs = new Map<string, IndexedMentions>();
  private kb: KnowledgeBase = EMPTY_KNOWLEDGE_BASE;
  private kbById = new Map<string, KnowledgeBaseEntry>();
  private linker = new Linker((id) => this.recordOf(id));
  private generation = 0;
  /** Entity views by id, rebuilt when their cluster changed. */
  private readonly infos = new Map<string, { version: number; info: EntityInfo }>();

  /** Sets a document's mentions (from its facts). The new ones are linked before the old ones go, so names both share are not linked again. */
  update(doc: string, facts: { readonly entities: readonly EntityMention[] }): void {
    const previous = this.docs.get(doc);
    if (previous?.mentions === facts.entities) return;
    // Generations are a mention count apart, as the linker's member keys need.
    const generation = this.generation + 1;
    this.generation += facts.entities.length + 1;
    const groups = this.linker.add(doc, generation, facts.entities);
    if (previous) this.linker.remove(doc, previous.generation, previous.mentions, previous.groups);
    this.docs.set(doc, { mentions: facts.entities, groups, generation });
  }

  /** Forgets a document. */
  remove(doc: string): void {
    const previous = this.docs.get(doc);
    if (!previous) return;
    this.linker.remove(doc, previous.generation, previous.mentions, previous.groups);
    this.docs.delete(doc);
  }

  /** Moves a document's mentions to a new key. */
  rename(oldDoc: string, newDoc: string): void {
    const previous = this.docs.get(oldDoc);
    if (!previous) return;
    this.remove(oldDoc);
    this.update(newDoc, { entities: previous.mentions });
  }

  /** Replaces the workspace knowledge base (records, descriptions and definition targets); links everything again. */
  setKnowledgeBase(kb: KnowledgeBase): void {
    if (kb.hash === this.kb.hash && kb.entries === this.kb.entries) return;
    this.kb = kb;
    this.kbById = new Map(kb.entries.map((e) => [e.id, e]));
    this.linker = new Linker((id) => this.recordOf(id));
    this.infos.clear();
    const all = [...this.docs];
    this.docs.clear();
    for (const [doc, indexed] of all) this.update(doc, { entities: indexed.mentions });
  }

  /** The knowledge base in use. */
  get knowledgeBase(): KnowledgeBase {
    return this.kb;
  }

  /** The entity mentioned at an offset of a document (end inclusive, so a cursor just after a name finds it). */
  entityAt(doc: string, offset: number): EntityInfo | null {
    const indexed = this.docs.get(doc);
    if (!indexed) return null;
    const i = indexed.mentions.findIndex((m) => m.start <= offset && offset <= m.end);
    return i < 0 ? null : this.infoOfMention(indexed, i);
  }

  /** An entity by id. */
  entity(id: string): EntityInfo | null {
    const cluster = this.linker.cluster(id);
    return cluster ? this.view(cluster) : null;
  }

  /**
   * The first mention (in corpus order: document key, then offset) of an entity written `text` in
   * `lang`, found without building the entity's sorted mention list, which can be long.
   */
  firstMention(id: string, lang: Lang, text: string): EntityMentionRef | null {
    let first: LinkedMention | null = null;
    for (const m of this.linker.cluster(id)?.members.values() ?? []) {
      if (m.mention.lang !== lang || m.mention.text !== text) continue;
      if (!first || m.doc < first.doc || (m.doc === first.doc && m.mention.start < first.mention.start)) first = m;
    }
    return first && { doc: first.doc, index: first.index, start: first.mention.start, end: first.mention.end, text: first.mention.text, lang, confidence: first.confidence };
  }

  /** Documents mentioning an entity in a language (unordered; no mention list is built). */
  documentsMentioning(id: string, lang: Lang): Set<string> {
    const out = new Set<string>();
    for (const m of this.linker.cluster(id)?.members.values() ?? []) if (m.mention.lang === lang) out.add(m.doc);
    return out;
  }

  /** All entities with at least one mention, most mentioned first. */
  entities(): EntityInfo[] {
    const size = (id: string): number => this.linker.cluster(id)?.members.size ?? 0;
    return [...this.linker.all()].map((c) => this.view(c)).sort((a, b) => size(b.id) - size(a.id) || (a.id < b.id ? -1 : 1));
  }

  /** Entities matching a query in any spelling or script (substring of a name, or a name that sounds alike), best first. */
  search(query: string, limit = 100): EntityInfo[] {
    const q = foldWord(query.trim()).toLowerCase();
    if (q === '') return this.entities().slice(0, limit);
    const qKey = nameKey(query);
    const scored: { info: EntityInfo; score: number }[] = [];
    for (const info of this.entities()) {
      let score = 0;
      for (const name of allNames(info)) {
        const folded = foldWord(name).toLowerCase();
        if (folded === q) score = Math.max(score, 2);
        else if (folded.includes(q)) score = Math.max(score, 1.5);
        else if (qKey.information >= 2) {
          const sim = nameSimilarity(qKey, nameKey(name));
          if (sim >= 0.75) score = Math.max(score, sim);
        }
      }
      if (score > 0) scored.push({ info, score });
    }
    const size = (id: string): number => this.linker.cluster(id)?.members.size ?? 0;
    scored.sort((a, b) => b.score - a.score || size(b.info.id) - size(a.info.id));
    return scored.slice(0, limit).map((s) => s.info);
  }

  /** A document's mentions with the entity each belongs to and the link's confidence, in text order. */
  mentionsIn(doc: string): { mention: EntityMention; entity: EntityInfo; confidence: number }[] {
    const indexed = this.docs.get(doc);
    if (!indexed) return [];
    return indexed.mentions.map((mention, i) => {
      const cluster = this.clusterOf(indexed, i);
      const confidence = cluster?.members.get(memberKey(indexed.generation, i))?.confidence ?? mention.confidence;
      return { mention, entity: this.view(cluster!), confidence };
    });
  }

  private recordOf(id: string): EntityRecord | null {
    return this.kbById.get(id) ?? builtinRecord(id);
  }

  private clusterOf(indexed: IndexedMentions, i: number): EntityCluster | undefined {
    const id = this.linker.resolve(indexed.mentions[i], indexed.groups[i]);
    return id === undefined ? undefined : this.linker.cluster(id);
  }

  private infoOfMention(indexed: IndexedMentions, i: number): EntityInfo | null {
    const cluster = this.clusterOf(indexed, i);
    return cluster ? this.view(cluster) : null;
  }

  /** The view of a cluster, cached until its members change. */
  private view(cluster: EntityCluster): EntityInfo {
    const cached = this.infos.get(cluster.id);
    if (cached && cached.version === cluster.version && cached.info.type === cluster.type) return cached.info;
    const info = infoOf(cluster, this.kbById.get(cluster.id) ?? null);
    this.infos.set(cluster.id, { version: cluster.version, info });
    if (this.infos.size > 4 * (this.docs.size + 64)) this.infos.clear();
    return info;
  }
}

/** The view of a cluster: names from its spelling counts; the mention list is built on first read (it can be long). */
function infoOf(cluster: EntityCluster, kb: KnowledgeBaseEntry | null): EntityInfo {
  const names = [...cluster.spellings.values()].map((n) => ({ ...n })).sort((a, b) => b.count - a.count);
  const namesByScript: Partial<Record<Script, EntityName[]>> = {};
  const namesByLang: Partial<Record<Lang, EntityName[]>> = {};
  for (const n of names) {
    (namesByScript[scriptOfText(n.text)] ??= []).push(n);
    (namesByLang[n.lang] ??= []).push(n);
  }
  const canonical = cluster.record?.name ?? (namesByScript.latin?.[0] ?? names[0])?.text ?? cluster.id;
  let mentions: EntityMentionRef[] | null = null;
  return {
    id: cluster.id, type: cluster.type, canonical, namesByScript, namesByLang, kb, record: cluster.record,
    description: cluster.record?.description ?? null, source: kb ? 'kb' : cluster.source,
    get mentions(): EntityMentionRef[] {
      mentions ??= [...cluster.members.values()]
        .sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.mention.start - b.mention.start))
        .map((m) => ({ doc: m.doc, index: m.index, start: m.mention.start, end: m.mention.end, text: m.mention.text, lang: m.mention.lang, confidence: m.confidence }));
      return mentions;
    },
  };
}

function allNames(info: EntityInfo): string[] {
  const seen = Object.values(info.namesByLang).flatMap((names) => (names ?? []).map((n) => n.text));
  return [...new Set([info.canonical, ...(info.record ? entryNames(info.record).map((n) => n.name) : []), ...seen])];
}
