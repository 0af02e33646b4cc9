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
import { linkMentions, type EntityCluster, type LinkInput } from '../entities/link';
import { EMPTY_KNOWLEDGE_BASE, entryNames, type KnowledgeBase, type KnowledgeBaseEntry, type EntityRecord } from '../entities/model';
import { nameKey, nameSimilarity } from '../entities/nameKey';
import { foldWord } from '../text/fold';
import { scriptOf } from '../text/language';
import type { DocumentFacts, EntityMention, EntitySource, EntityType, Lang, Script, Span } from '../types';

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

interface Built {
  byId: Map<string, EntityInfo>;
  /** doc → mention index → entity id. */
  byMention: Map<string, string[]>;
}

/** Mentions of every document, clustered into entities on demand. */
export class EntityIndex {
  private readonly docs = new Map<string, readonly EntityMention[]>();
  private kb: KnowledgeBase = EMPTY_KNOWLEDGE_BASE;
  private kbById = new Map<string, KnowledgeBaseEntry>();
  private built: Built | null = null;

  /** Sets a document's mentions (from its facts). */
  update(doc: string, facts: Pick<DocumentFacts, 'entities'>): void {
    const previous = this.docs.get(doc);
    if (previous === facts.entities) return;
    this.docs.set(doc, facts.entities);
    this.built = null;
  }

  /** Forgets a document. */
  remove(doc: string): void {
    if (this.docs.delete(doc)) this.built = null;
  }

  /** Moves a document's mentions to a new key. */
  rename(oldDoc: string, newDoc: string): void {
    const mentions = this.docs.get(oldDoc);
    if (!mentions) return;
    this.docs.delete(oldDoc);
    this.docs.set(newDoc, mentions);
    this.built = null;
  }

  /** Replaces the workspace knowledge base (records, descriptions and definition targets). */
  setKnowledgeBase(kb: KnowledgeBase): void {
    if (kb.hash === this.kb.hash && kb.entries === this.kb.entries) return;
    this.kb = kb;
    this.kbById = new Map(kb.entries.map((e) => [e.id, e]));
    this.built = null;
  }

  /** The knowledge base in use. */
  get knowledgeBase(): KnowledgeBase {
    return this.kb;
  }

  /** The entity mentioned at an offset of a document (end inclusive, so a cursor just after a name finds it). */
  entityAt(doc: string, offset: number): EntityInfo | null {
    const mentions = this.docs.get(doc);
    if (!mentions) return null;
    const i = mentions.findIndex((m) => m.start <= offset && offset <= m.end);
    if (i < 0) return null;
    const { byId, byMention } = this.build();
    return byId.get(byMention.get(doc)?.[i] ?? '') ?? null;
  }

  /** An entity by id. */
  entity(id: string): EntityInfo | null {
    return this.build().byId.get(id) ?? null;
  }

  /** All entities with at least one mention, most mentioned first. */
  entities(): EntityInfo[] {
    return [...this.build().byId.values()].sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1));
  }

  /** Entities matching a query in any spelling or script (substring of a name, or a name that sounds alike), best first. */
  search(query: string, limit = 100): EntityInfo[] {
    const q = foldWord(query.trim()).toLowerCase();
    if (q === '') return this.entities().slice(0, limit);
    const qKey = nameKey(query);
    const scored: { info: EntityInfo; score: number }[] = [];
    for (const info of this.build().byId.values()) {
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
    scored.sort((a, b) => b.score - a.score || b.info.mentions.length - a.info.mentions.length);
    return scored.slice(0, limit).map((s) => s.info);
  }

  /** A document's mentions with the entity each belongs to, in text order. */
  mentionsIn(doc: string): { mention: EntityMention; entity: EntityInfo; confidence: number }[] {
    const mentions = this.docs.get(doc);
    if (!mentions) return [];
    const { byId, byMention } = this.build();
    const ids = byMention.get(doc) ?? [];
    return mentions.map((mention, i) => {
      const entity = byId.get(ids[i])!;
      const confidence = entity.mentions.find((r) => r.doc === doc && r.index === i)?.confidence ?? mention.confidence;
      return { mention, entity, confidence };
    });
  }

  private recordOf = (id: string): EntityRecord | null => this.kbById.get(id) ?? builtinRecord(id);

  private build(): Built {
    if (this.built) return this.built;
    const inputs: LinkInput[] = [];
    for (const [doc, mentions] of this.docs) mentions.forEach((mention, index) => inputs.push({ doc, index, mention }));
    const byId = new Map<string, EntityInfo>();
    const byMention = new Map<string, string[]>();
    for (const cluster of linkMentions(inputs, this.recordOf)) {
      const info = infoOf(cluster, this.kbById.get(cluster.id) ?? null);
      byId.set(info.id, info);
      for (const m of cluster.members) {
        let ids = byMention.get(m.doc);
        if (!ids) byMention.set(m.doc, (ids = []));
        ids[m.index] = info.id;
      }
    }
    return (this.built = { byId, byMention });
  }
}

function infoOf(cluster: EntityCluster, kb: KnowledgeBaseEntry | null): EntityInfo {
  const mentions: EntityMentionRef[] = cluster.members.map((m) => ({
    doc: m.doc, index: m.index, start: m.mention.start, end: m.mention.end, text: m.mention.text, lang: m.mention.lang, confidence: m.confidence,
  }));
  const counts = new Map<string, EntityName>();
  for (const m of mentions) {
    const k = `${m.lang}|${m.text}`;
    const seen = counts.get(k);
    if (seen) seen.count++;
    else counts.set(k, { text: m.text, lang: m.lang, count: 1 });
  }
  const names = [...counts.values()].sort((a, b) => b.count - a.count);
  const namesByScript: Partial<Record<Script, EntityName[]>> = {};
  const namesByLang: Partial<Record<Lang, EntityName[]>> = {};
  for (const n of names) {
    (namesByScript[scriptOfName(n.text)] ??= []).push(n);
    (namesByLang[n.lang] ??= []).push(n);
  }
  const canonical = cluster.record?.name ?? (namesByScript.latin?.[0] ?? names[0]).text;
  return {
    id: cluster.id, type: cluster.type, canonical, namesByScript, namesByLang, mentions, kb, record: cluster.record,
    description: cluster.record?.description ?? null, source: kb ? 'kb' : cluster.source,
  };
}

/** Script of a name: that of its first letter in a known script. */
function scriptOfName(text: string): Script {
  for (let i = 0; i < text.length; i++) {
    const s = scriptOf(text.charCodeAt(i));
    if (s !== 'other') return s;
  }
  return 'other';
}

function allNames(info: EntityInfo): string[] {
  return [...new Set([info.canonical, ...(info.record ? entryNames(info.record).map((n) => n.name) : []), ...info.mentions.map((m) => m.text)])];
}
