/**
 * Entities to link a mention to, for the client's quick pick: entities of the corpus (found by
 * any spelling or by sound through the entity index), then knowledge-base entries and built-in
 * records whose names contain the query. Every item lists all its names so the picker can
 * filter on any script.
 */
import { builtinRecords } from '../core/entities/builtin';
import { entryNames, type EntityRecord } from '../core/entities/model';
import type { WorkspaceIndex } from '../core/index/workspaceIndex';
import { foldWord } from '../core/text/fold';

/** One entity in the picker. */
export interface EntityChoice {
  id: string;
  name: string;
  type: string;
  description: string;
  names: string[];
  /** Mentions in the corpus. */
  mentions: number;
}

const LIMIT = 300;

/** Entities matching `query` (all when empty), best first. */
export function listEntityChoices(index: WorkspaceIndex, query: string): EntityChoice[] {
  const out = new Map<string, EntityChoice>();
  for (const info of index.entities.search(query, LIMIT)) {
    if (info.id.startsWith('~')) continue; // Pattern-only entities have no stable id to link to.
    const seen = Object.values(info.namesByScript).flatMap((names) => names?.map((n) => n.text) ?? []);
    const listed = info.record ? entryNames(info.record).map((n) => n.name) : [];
    out.set(info.id, { id: info.id, name: info.canonical, type: info.type, description: info.description ?? '', names: unique([...listed, ...seen]), mentions: info.mentions.length });
  }
  const q = foldWord(query.trim()).toLowerCase();
  const matches = (r: EntityRecord) => q === '' || entryNames(r).some((n) => foldWord(n.name).toLowerCase().includes(q));
  for (const r of [...index.entities.knowledgeBase.entries, ...builtinRecords().values()]) {
    if (out.size >= LIMIT) break;
    if (out.has(r.id) || !matches(r)) continue;
    out.set(r.id, { id: r.id, name: r.name, type: r.type, description: r.description ?? '', names: unique(entryNames(r).map((n) => n.name)), mentions: 0 });
  }
  return [...out.values()];
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
