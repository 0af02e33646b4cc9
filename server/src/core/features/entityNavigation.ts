/**
 * Navigation over entities, as pure functions of the index: definition (the knowledge-base entry,
 * else the first mention in the corpus), references (every mention in every file and script),
 * highlights, workspace symbols (any spelling, any script), a document's outline (its entities
 * and figures) and rename of one spelling across the files of one language.
 */
import type { EntityInfo, EntityMentionRef } from '../index/entityIndex';
import type { KnowledgeBaseEntry } from '../entities/model';
import { LINK_THRESHOLD } from '../entities/link';
import { nameKey, nameSimilarity } from '../entities/nameKey';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import type { EntityType, Span, TextReplacement } from '../types';
import { describeValue } from './describeFigure';
import { mentionAt } from './entityHover';

/** Where "go to definition" on an entity leads. */
export type EntityDefinition = { kind: 'knowledge-base'; entry: KnowledgeBaseEntry } | { kind: 'mention'; mention: EntityMentionRef };

/** Definition of the entity mentioned at an offset. */
export function entityDefinition(index: WorkspaceIndex, doc: string, offset: number): EntityDefinition | null {
  const hit = mentionAt(index, doc, offset);
  if (!hit) return null;
  if (hit.entity.kb) return { kind: 'knowledge-base', entry: hit.entity.kb };
  const first = hit.entity.mentions[0];
  return first ? { kind: 'mention', mention: first } : null;
}

/** Every mention of the entity at an offset: this document's first, then by document and offset. */
export function entityReferences(index: WorkspaceIndex, doc: string, offset: number, includeDeclaration: boolean): EntityMentionRef[] {
  const hit = mentionAt(index, doc, offset);
  if (!hit) return [];
  const mine = hit.entity.mentions.filter((m) => m.doc === doc);
  const others = hit.entity.mentions.filter((m) => m.doc !== doc);
  return [...mine, ...others].filter((m) => includeDeclaration || !(m.doc === doc && m.index === hit.index));
}

/** Mentions in this document of the entity at an offset. */
export function entityHighlights(index: WorkspaceIndex, doc: string, offset: number): Span[] {
  const hit = mentionAt(index, doc, offset);
  return hit ? hit.entity.mentions.filter((m) => m.doc === doc).map((m) => ({ start: m.start, end: m.end })) : [];
}

/** An entity as a workspace symbol. */
export interface EntitySymbol {
  name: string;
  type: EntityType;
  /** Every other spelling, so editors that filter by the container still match any script. */
  container: string;
  /** The first mention (symbols point into the corpus). */
  location: EntityMentionRef;
}

/** Entities whose names (in any script) match a query, best first. */
export function entitySymbols(index: WorkspaceIndex, query: string, limit = 200): EntitySymbol[] {
  const found = index.entities.search(query, limit);
  const seen = new Set(found.map((e) => e.id));
  // Part of a name by sound ("Guterres" for انتونیو گوٹیرس), which whole-name search misses.
  if (found.length < limit) for (const e of entitiesWithWordsLike(index, query)) if (!seen.has(e.id) && found.length < limit) found.push(e);
  return found.flatMap((e) => {
    const symbol = e.mentions.length ? symbolOf(e, query) : null;
    return symbol ? [symbol] : [];
  });
}

/** Least consonants a query needs before it is matched against parts of names (shorter ones match too much). */
const MIN_PART_INFORMATION = 4;

/** Entities one of whose spellings has consecutive words that sound like the query. */
function entitiesWithWordsLike(index: WorkspaceIndex, query: string): EntityInfo[] {
  const key = nameKey(query);
  const words = query.trim().split(/\s+/u).length;
  if (key.information < MIN_PART_INFORMATION) return [];
  return index.entities.entities().filter((e) =>
    Object.values(e.namesByLang).some((names) =>
      names!.some((n) => {
        const parts = n.text.split(/\s+/u);
        for (let i = 0; i + words <= parts.length; i++) {
          if (words < parts.length && nameSimilarity(key, nameKey(parts.slice(i, i + words).join(' '))) >= LINK_THRESHOLD) return true;
        }
        return false;
      }),
    ),
  );
}

/**
 * Editors keep only symbols whose name contains the query's letters in order, so a name found by
 * another spelling shows that spelling, and one found by sound ("Pham Minh Chinh" for فام من چن)
 * says so: "فام من چن ≈ Pham Minh Chinh".
 */
function symbolOf(entity: EntityInfo, query: string): EntitySymbol | null {
  const spellings = new Set(Object.values(entity.namesByLang).flatMap((names) => names!.map((n) => n.text)));
  spellings.delete(entity.canonical);
  const q = plain(query);
  let name = entity.canonical;
  if (q && !inOrder(q, plain(name))) {
    const other = [...spellings, ...(entity.record?.name ? [entity.record.name] : [])].find((n) => inOrder(q, plain(n)));
    if (other) name = `${entity.canonical} (${other})`;
    else if (soundsLike(query, [entity.canonical, ...spellings].flatMap((n) => [n, ...n.split(/\s+/u)]))) name = `${entity.canonical} ≈ ${query.trim()}`;
    else return null;
  }
  return { name, type: entity.type, container: [entity.type, ...spellings].join(' · '), location: entity.mentions[0] };
}

/** Whether a query sounds like one of the names (as the linker would link them). */
function soundsLike(query: string, names: readonly string[]): boolean {
  const key = nameKey(query);
  return names.some((n) => nameSimilarity(key, nameKey(n)) >= LINK_THRESHOLD);
}

/** Lower case, without marks or spaces. */
const plain = (text: string): string => text.normalize('NFD').replace(/[\p{M}\s]/gu, '').toLowerCase();

/** Whether the characters of `query` occur in `target` in order. */
function inOrder(query: string, target: string): boolean {
  let i = 0;
  for (const c of target) if (i < query.length && c === query[i]) i++;
  return i === query.length;
}

/** A node of a document's outline. */
export interface OutlineNode extends Span {
  name: string;
  detail: string;
  kind: 'group' | 'figure' | EntityType;
  /** The span to select (the node's first occurrence). */
  selection: Span;
  children: OutlineNode[];
}

/** A document's outline: its entities (one node per entity, first mention) and its figures, in text order. */
export function documentOutline(index: WorkspaceIndex, doc: string): OutlineNode[] {
  const indexed = index.get(doc);
  if (!indexed) return [];
  const whole = { start: 0, end: indexed.text.length };
  const entities = new Map<string, { node: OutlineNode; count: number }>();
  for (const { mention, entity } of index.entities.mentionsIn(doc)) {
    const seen = entities.get(entity.id);
    if (seen) seen.count++;
    else {
      const span = { start: mention.start, end: mention.end };
      entities.set(entity.id, { node: { ...span, name: entity.canonical, detail: mention.text, kind: entity.type, selection: span, children: [] }, count: 1 });
    }
  }
  const entityNodes = [...entities.values()].map(({ node, count }) => ({ ...node, detail: `${node.detail} ×${count}` }));
  const figures = indexed.facts.figures.map((f): OutlineNode => {
    const span = { start: f.start, end: f.end };
    return { ...span, name: f.text, detail: describeValue(f), kind: 'figure', selection: span, children: [] };
  });
  const group = (name: string, children: OutlineNode[]): OutlineNode[] =>
    children.length ? [{ ...whole, name: `${name} (${children.length})`, detail: '', kind: 'group', selection: children[0], children }] : [];
  return [...group('Entities', entityNodes), ...group('Figures', figures)];
}

/** What rename would change: the mention's span and its spelling. */
export function prepareEntityRename(index: WorkspaceIndex, doc: string, offset: number): (Span & { placeholder: string }) | null {
  const hit = mentionAt(index, doc, offset);
  return hit ? { start: hit.mention.start, end: hit.mention.end, placeholder: hit.mention.text } : null;
}

/** Edits per document that respell every mention of the entity written like the one at the offset, in the same language. */
export function entityRenameEdits(index: WorkspaceIndex, doc: string, offset: number, newName: string): Map<string, TextReplacement[]> {
  const hit = mentionAt(index, doc, offset);
  const edits = new Map<string, TextReplacement[]>();
  if (!hit || newName.trim() === '' || newName === hit.mention.text) return edits;
  for (const m of hit.entity.mentions) {
    if (m.text !== hit.mention.text || m.lang !== hit.mention.lang) continue;
    const list = edits.get(m.doc) ?? [];
    list.push({ start: m.start, end: m.end, newText: newName });
    edits.set(m.doc, list);
  }
  return edits;
}

/** "12 mentions in 4 files" for an entity id, with the mentions (none when nothing mentions it). */
export function mentionSummary(index: WorkspaceIndex, id: string): { title: string; mentions: EntityMentionRef[] } {
  const mentions = index.entities.entity(id)?.mentions ?? [];
  if (mentions.length === 0) return { title: 'not mentioned in the corpus', mentions };
  const files = new Set(mentions.map((m) => m.doc)).size;
  return { title: `${mentions.length} mention${mentions.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`, mentions };
}
