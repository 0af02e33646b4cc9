/**
 * Hover on an entity mention: who or what it is (canonical name, type, knowledge-base
 * description), how it is spelled in each script, where it is mentioned, its first mention with
 * the sentence, and how sure the link is. Mixed-script text is wrapped in bidi isolates.
 */
import { entryNames } from '../entities/model';
import type { EntityInfo } from '../index/entityIndex';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { isolate } from '../text/bidi';
import type { EntityMention, Script } from '../types';
import type { HoverResult } from './hover';
import { languageName } from '../text/language';

/** Most files, or names per script, listed before "and N more". */
const MAX_LISTED = 6;
/** Longest sentence quoted, in UTF-16 units. */
const MAX_SENTENCE = 220;

const SCRIPT_NAMES: Readonly<Record<Script, string>> = { arabic: 'Arabic script', devanagari: 'Devanagari', latin: 'Latin', other: 'other scripts' };
const SOURCE_WORDS = { kb: 'the workspace knowledge base', builtin: "Concord's built-in tables", pattern: 'patterns (titles, acronyms, names)' } as const;

/** A mention of a document with the entity it belongs to. */
export interface MentionHit {
  mention: EntityMention;
  entity: EntityInfo;
  /** Index in the document's `facts.entities`. */
  index: number;
  /** Confidence that the mention refers to the entity, in [0,1]. */
  confidence: number;
}

/** The entity mention covering an offset (end inclusive), with its entity. */
export function mentionAt(index: WorkspaceIndex, doc: string, offset: number): MentionHit | null {
  const hits = index.entities.mentionsIn(doc);
  const i = hits.findIndex((h) => h.mention.start <= offset && offset <= h.mention.end);
  return i < 0 ? null : { ...hits[i], index: i };
}

/** Markdown with special characters escaped, so names and sentences show as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~-]/g, (c) => `\\${c}`);
}

const quoted = (text: string): string => isolate(escapeMarkdown(text));

/** "high (92%)". */
export function describeConfidence(confidence: number): string {
  const word = confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low';
  return `${word} (${Math.round(confidence * 100)}%)`;
}

/** "a, b, c and 3 more". */
function listWithRest(items: string[]): string {
  const shown = items.slice(0, MAX_LISTED);
  const rest = items.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

/** The sentence around a span of a document, trimmed, with the span in bold. */
export function sentenceAround(index: WorkspaceIndex, doc: string, start: number, end: number): string | null {
  const indexed = index.get(doc);
  if (!indexed) return null;
  const { sentences } = indexed.facts;
  const at = sentences.indexAt(start);
  const sentence = at >= 0 && end <= sentences.end(at) ? { start: sentences.start(at), end: sentences.end(at) } : { start, end };
  let from = sentence.start;
  let to = sentence.end;
  if (to - from > MAX_SENTENCE) {
    from = Math.max(sentence.start, start - MAX_SENTENCE / 2);
    to = Math.min(sentence.end, end + MAX_SENTENCE / 2);
  }
  const clean = (s: string) => escapeMarkdown(s.replace(/\s+/g, ' '));
  const text = indexed.text;
  const before = `${from > sentence.start ? '…' : ''}${clean(text.slice(from, start)).trimStart()}`;
  const after = `${clean(text.slice(end, to)).trimEnd()}${to < sentence.end ? '…' : ''}`;
  return isolate(`${before}**${clean(text.slice(start, end))}**${after}`);
}

/** Hover for the entity mentioned at an offset, or null. */
export function entityHover(index: WorkspaceIndex, doc: string, offset: number, displayName: (doc: string) => string): HoverResult | null {
  const hit = mentionAt(index, doc, offset);
  if (!hit) return null;
  const { entity, mention } = hit;
  const lines = [`**Concord entity** ${quoted(entity.canonical)} · ${entity.type}${mention.adjective ? ` · ${quoted(mention.text)} is its adjective` : ''}`];
  if (entity.description && entity.description !== entity.canonical) lines.push('', escapeMarkdown(entity.description));
  lines.push('');
  const scripts = (Object.keys(SCRIPT_NAMES) as Script[]).filter((s) => entity.namesByScript[s]?.length);
  for (const script of scripts) {
    const seen = entity.namesByScript[script]!;
    // Urdu and Persian share a script: say which is which when both occur.
    const mixed = new Set(seen.map((n) => n.lang)).size > 1;
    const names = seen.map((n) => `${quoted(n.text)}${mixed ? ` (${languageName(n.lang)})` : ''}${n.adjective ? ' (adjective)' : ''} ×${n.count}`);
    lines.push(`- Names in ${SCRIPT_NAMES[script]}: ${listWithRest(names)}`);
  }
  // Names the knowledge base or Concord's tables know that no file uses yet.
  const seenNames = new Set(entity.mentions.map((m) => m.text));
  const known = entity.record ? entryNames(entity.record).map((n) => n.name).filter((n) => n !== entity.canonical && !seenNames.has(n)) : [];
  if (known.length > 0) lines.push(`- Also known as: ${listWithRest([...new Set(known)].map(quoted))}`);
  const perFile = new Map<string, number>();
  for (const m of entity.mentions) perFile.set(m.doc, (perFile.get(m.doc) ?? 0) + 1);
  const files = [...perFile.entries()].map(([d, n]) => `${quoted(displayName(d))} ×${n}`);
  lines.push(`- Mentions: ${entity.mentions.length} in ${perFile.size} file${perFile.size === 1 ? '' : 's'}: ${listWithRest(files)}`);
  const first = entity.mentions[0];
  const sentence = first && sentenceAround(index, first.doc, first.start, first.end);
  if (first && sentence) lines.push(`- First mention (${quoted(displayName(first.doc))}): ${sentence}`);
  lines.push(`- Link confidence: ${describeConfidence(hit.confidence)}; found by ${SOURCE_WORDS[entity.source]}`);
  if (entity.kb) lines.push(`- Knowledge base: \`${entity.kb.id}\`${entity.record?.wikidata ? ` (Wikidata ${entity.record.wikidata})` : ''}`);
  else lines.push('- Not in the workspace knowledge base ("Add to knowledge base" is a code action here)');
  return { start: mention.start, end: mention.end, markdown: lines.join('\n') };
}
